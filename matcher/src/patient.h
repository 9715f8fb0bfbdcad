// The patient stage: the facts of the person the help is for that a referral depends on.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

#include "cues.h"

namespace orienta::matcher {

/// Reads patient facts with the cues of data/patient.tsv. Immutable; read() is thread-safe.
class PatientReader {
 public:
  /// Errors: those of CueTable::load.
  static Result<PatientReader> load(const std::filesystem::path& file,
                                    const indexer::Analyzer& analyzer);

  /// The facts `text` shows: the stated age ("82 ans", "78j", "16-jarige", not "depuis 2
  /// ans"), else a number after a person ("jongen 17", "moeder (84)", "man van rond de 45",
  /// "bébé de 6 semaines" is 0), else an age in words ("octogénaire" 85, "kleuter" 4); the sex
  /// of the first sex word before an age ("F 34a", "fils 30a"), else of the first title or
  /// word of a person's sex, else of the personal pronouns when all are of one sex ("elle",
  /// "hij"; a pregnancy says female); pregnancy, being a victim or an author of violence, no
  /// health insurance, no legal residence, no home; each with its words.
  PatientFacts read(std::string_view text, const indexer::AnalysedText& analysed) const;

 private:
  CueTable cues_;
};

/// The person a candidate service must be able to serve: the patient's facts as search
/// facts (index_schema.h kFact*), their area ("" when unknown), "victim" also when violence
/// is a need and the patient is not shown as its author, and "not-professional" unless the
/// needs ask something for a professional (professional_support).
search::Person person_of(const PatientFacts& patient, const std::string& area,
                         const std::vector<Need>& needs);

}  // namespace orienta::matcher
