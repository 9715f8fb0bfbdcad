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

/// Reads patient facts with the cues of data/patient.tsv, and the groups the person is named
/// by with those of data/person_words.tsv. Immutable; read() is thread-safe.
class PatientReader {
 public:
  /// `facts` as data/patient.tsv; `words` as data/person_words.tsv, whose names are the
  /// audience and condition codes of `ref`. Errors: those of CueTable::load.
  static Result<PatientReader> load(const std::filesystem::path& facts,
                                    const std::filesystem::path& words,
                                    const corpus::ReferenceData& ref,
                                    const indexer::Analyzer& analyzer);

  /// The facts `text` shows: the stated age ("82 ans", "78j", "16-jarige", not "depuis 2
  /// ans"), else a number after a person ("jongen 17", "moeder (84)", "man van rond de 45",
  /// "bébé de 6 semaines" is 0), else an age in words ("octogénaire" 85, "kleuter" 4); the sex
  /// of the first sex word before an age ("F 34a", "fils 30a"), else of the first title or
  /// word of a person's sex, else of the personal pronouns when all are of one sex ("elle",
  /// "hij"; a pregnancy says female); but the person cared for when the text says who is
  /// ("s'occupe de son mari de 66 ans": 66, male); pregnancy, being a victim or an author of
  /// violence, no health insurance, no legal residence, no home; the audiences and conditions its
  /// words name (PatientFacts::groups: "sourde" deaf, "zijn Parkinson" parkinson), unless they are
  /// denied ("pas diabétique", "geen dementie"); each with its words.
  PatientFacts read(std::string_view text, const indexer::AnalysedText& analysed) const;

 private:
  CueTable cues_;
  CueTable words_;
  std::vector<std::string> groups_;  ///< the names of words_, in its order
};

/// The person a candidate service must be able to serve: the patient's facts as search
/// facts (index_schema.h kFact*), their area ("" when unknown), "victim" also when violence
/// is a need and the patient is not shown as its author, and "not-professional" unless the
/// needs ask something for a professional (professional_support).
search::Person person_of(const PatientFacts& patient, const std::string& area,
                         const std::vector<Need>& needs);

}  // namespace orienta::matcher
