// The matcher: a short orchestration of its stages (needs, urgency, location, similar
// answers, candidates, rank, cover, explain), each in its own file.
#include "orienta/matcher.h"

#include <algorithm>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unordered_set>

#include "candidates.h"
#include "cover.h"
#include "explain.h"
#include "location.h"
#include "needs.h"
#include "offers.h"
#include "patient.h"
#include "rank.h"
#include "similar.h"
#include "urgency.h"

namespace orienta::matcher {
namespace {

// What services that act at once say of themselves, in both languages.
constexpr const char* kActingNow =
    "24h/24 24/7 7j/7 nuit urgence jour et nuit dag en nacht nacht spoed";

std::string local_text(const rapidjson::Value& obj, const char* key, const std::string& lang) {
  const auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsObject()) {
    return "";
  }
  for (const std::string& l : {lang, std::string(lang == "nl" ? "fr" : "nl")}) {
    const auto m = it->value.FindMember(l.c_str());
    if (m != it->value.MemberEnd() && m->value.IsString()) {
      return m->value.GetString();
    }
  }
  return "";
}

std::string to_json(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return buf.GetString();
}

Status validate(std::string_view text, int limit, const std::vector<std::string>& needs,
                const MatchOptions& options, const corpus::Themes& themes) {
  const std::string_view as_of = options.as_of;
  if (options.patient) {
    const PatientFacts& p = *options.patient;
    if (p.age && (*p.age < 0 || *p.age > search::kMaxAge)) {
      return Status::invalid_argument("the patient's age must be from 0 to " +
                                      std::to_string(search::kMaxAge) + ", got " +
                                      std::to_string(*p.age));
    }
    if (!p.sex.empty() && p.sex != "f" && p.sex != "m") {
      return Status::invalid_argument("the patient's sex must be \"f\", \"m\" or unknown");
    }
  }
  for (const auto& theme : needs) {
    if (themes.find(theme) == nullptr) {
      return Status::invalid_argument("unknown theme \"" + theme + "\" in needs (see /v1/themes)");
    }
  }
  if (!corpus::is_valid_utf8(text)) {
    return Status::invalid_argument("the situation text is not valid UTF-8");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::invalid_argument("the situation text is empty");
  }
  const auto chars = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
  if (chars > kMaxTextChars) {
    return Status::invalid_argument("the situation text has " + std::to_string(chars) +
                                    " characters, over the limit of " +
                                    std::to_string(kMaxTextChars));
  }
  if (limit < 1 || limit > kMaxLimit) {
    return Status::invalid_argument("limit must be from 1 to " + std::to_string(kMaxLimit) +
                                    ", got " + std::to_string(limit));
  }
  if (!as_of.empty() && !corpus::is_calendar_date(as_of)) {
    return Status::invalid_argument("as_of must be a date YYYY-MM-DD, got \"" + std::string(as_of) +
                                    "\"");
  }
  return Status::ok();
}

// The needs the responder settled on, in their order: a need found in the text keeps its
// evidence and confidence; one the text did not show gets confidence 1 and no evidence.
std::vector<Need> settle_needs(std::vector<Need> found, const std::vector<std::string>& chosen) {
  std::vector<Need> out;
  for (const auto& theme : chosen) {
    if (std::any_of(out.begin(), out.end(), [&](const Need& n) { return n.theme == theme; })) {
      continue;
    }
    const auto it =
        std::find_if(found.begin(), found.end(), [&](const Need& n) { return n.theme == theme; });
    out.push_back(it != found.end() ? std::move(*it) : Need{theme, 1.0, {}, {}});
  }
  return out;
}

// The need whose words carry an urgent danger comes first.
void put_danger_first(std::vector<Need>& needs, const Urgency& urgency) {
  if (urgency.reason != "danger") {
    return;
  }
  const auto carrier = std::find_if(needs.begin(), needs.end(), [&](const Need& n) {
    return std::any_of(n.spans.begin(), n.spans.end(), [&](const TextSpan& s) {
      return std::any_of(urgency.evidence.begin(), urgency.evidence.end(),
                         [&](const TextSpan& u) { return s.begin < u.end && u.begin < s.end; });
    });
  });
  if (carrier != needs.end()) {
    std::rotate(needs.begin(), carrier, carrier + 1);
  }
}

// The needs in their final order: the responder's choice, else the danger first.
std::vector<Need> final_needs(std::vector<Need> found, const Urgency& urgency,
                              const std::vector<std::string>& chosen) {
  if (!chosen.empty()) {
    return settle_needs(std::move(found), chosen);
  }
  put_danger_first(found, urgency);
  return found;
}

// For an urgent situation, the words of services that act now and those of its urgency.
std::string acting_now(const Urgency& urgency) {
  std::string words;
  if (urgency.urgent) {
    words = kActingNow;
    for (const auto& e : urgency.evidence) {
      words += " " + e.text;
    }
  }
  return words;
}

std::vector<std::string> spoken_codes(const Evidence& evidence,
                                      const std::vector<LanguageName>& languages) {
  std::vector<std::string> out;
  for (const auto& concept_id : evidence.spoken) {
    const auto l = std::find_if(languages.begin(), languages.end(),
                                [&](const LanguageName& x) { return x.concept_id == concept_id; });
    if (l != languages.end() && std::find(out.begin(), out.end(), l->code) == out.end()) {
      out.push_back(l->code);
    }
  }
  return out;
}

}  // namespace

std::string_view proximity_code(Proximity p) {
  switch (p) {
    case Proximity::kSameBassin:
      return "same_bassin";
    case Proximity::kRegional:
      return "regional";
    case Proximity::kAdjacentBassin:
      return "adjacent_bassin";
    case Proximity::kOtherBassin:
      return "other_bassin";
  }
  return "other_bassin";
}

struct Matcher::Impl {
  const search::Searcher* searcher = nullptr;
  const indexer::Analyzer* analyzer = nullptr;
  const corpus::ReferenceData* ref = nullptr;
  std::vector<LanguageName> languages;
  UrgencyCues urgency;
  std::optional<PatientReader> patients;
  std::optional<OfferReader> offers;
  std::unordered_set<std::string> case_words;
  MatcherOptions options;

  // The needs of an analysed situation, by the classifier (unless the rules alone are asked)
  // and the rules, before their final order.
  std::vector<Need> read_needs(std::string_view text, const indexer::AnalysedText& analysed,
                               const Evidence& evidence,
                               const std::map<std::string, double>& votes) const {
    const auto scores = options.needs.detector == NeedDetector::kRulesOnly
                            ? std::vector<indexer::ThemeScore>{}
                            : searcher->need_model().predict(*analyzer, analysed);
    return decide_needs(text, analysed, evidence, scores, votes, options.needs);
  }

  // The urgency by the cues, else by the classifier.
  Urgency read_urgency(std::string_view text, const indexer::AnalysedText& analysed,
                       const std::vector<Need>& needs) const {
    return with_learned_urgency(urgency.detect(text, analysed, needs),
                                searcher->need_model().urgency(*analyzer, analysed), text, analysed,
                                options.needs.urgency);
  }

  // The referral of a chosen candidate, with its stored name, contact, address and hours.
  Result<Referral> referral(const Candidate& c, const MatchResult& result) const {
    auto record = searcher->document(c.id);
    if (!record.ok()) {
      return record.status();
    }
    rapidjson::Document data;
    data.Parse(record->c_str());
    if (!data.IsObject()) {
      return Status::internal("the stored record of " + c.id + " is not a JSON object");
    }
    Referral r;
    r.id = c.id;
    r.name = local_text(data, "name", result.lang);
    r.themes = c.themes;
    r.bassins = c.bassins;
    r.languages = c.languages;
    r.needs_covered = c.covers;
    r.proximity = c.proximity;
    r.score = c.score;
    r.past_referrals = c.past;
    r.audiences = c.audiences;
    r.conditions = c.conditions;
    r.offers = c.offers;
    r.areas = c.areas;
    r.requirements = c.requirements;
    r.age_min = c.age_min;
    r.age_max = c.age_max;
    r.why = explain(c, result.location, result.lang, result.spoken, *ref, languages);
    // What a console or a chatbot shows of the service, so that it needs no second request.
    for (auto [field, out] : {std::pair{"contact", &r.contact}, std::pair{"name", &r.names},
                              std::pair{"address", &r.address}, std::pair{"hours", &r.hours}}) {
      if (data.HasMember(field) && data[field].IsObject()) {
        *out = to_json(data[field]);
      }
    }
    return r;
  }
};

Matcher::Matcher() : impl_(std::make_unique<Impl>()) {}
Matcher::~Matcher() = default;

Result<std::unique_ptr<Matcher>> Matcher::create(const search::Searcher& searcher,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref,
                                                 const std::filesystem::path& data_dir,
                                                 const MatcherOptions& options) {
  std::unique_ptr<Matcher> m(new Matcher());
  m->impl_->options = options;
  m->impl_->searcher = &searcher;
  m->impl_->analyzer = &analyzer;
  m->impl_->ref = &ref;
  auto rows = corpus::read_tsv(data_dir / "languages.tsv");
  if (!rows.ok()) {
    return rows.status();
  }
  for (const auto& row : *rows) {
    const auto& cols = row.cells;
    if (cols.size() != 4) {
      return Status::invalid_argument("languages.tsv:" + std::to_string(row.line) +
                                      ": expected concept, code, speaks_fr, speaks_nl");
    }
    m->impl_->languages.push_back({cols[0], cols[1], cols[2], cols[3]});
  }
  auto cues = UrgencyCues::load(data_dir / "urgency.tsv", analyzer);
  if (!cues.ok()) {
    return cues.status();
  }
  m->impl_->urgency = std::move(*cues);
  auto patients =
      PatientReader::load(data_dir / "patient.tsv", data_dir / "person_words.tsv", ref, analyzer);
  if (!patients.ok()) {
    return patients.status();
  }
  m->impl_->patients = std::move(*patients);
  auto offers = OfferReader::load(data_dir / "offer_words.tsv", ref, analyzer);
  if (!offers.ok()) {
    return offers.status();
  }
  m->impl_->offers = std::move(*offers);
  auto words = corpus::read_tsv(data_dir / "case_words.txt");
  if (!words.ok()) {
    return words.status();
  }
  for (const auto& row : *words) {
    if (row.cells.size() != 1 || corpus::fold(row.cells[0]) != row.cells[0]) {
      return Status::invalid_argument("case_words.txt:" + std::to_string(row.line) +
                                      ": expected one folded word");
    }
    m->impl_->case_words.insert(row.cells[0]);
  }
  return m;
}

Result<MatchResult> Matcher::match(std::string_view text, const Location& where, int limit,
                                   const MatchOptions& options) const {
  const Impl& im = *impl_;
  const auto& needs = options.needs;
  if (Status s = validate(text, limit, needs, options, im.ref->themes); !s.is_ok()) {
    return s;
  }
  auto location = resolve_location(where, text, *im.analyzer, im.ref->geography);
  if (!location.ok()) {
    return location.status();
  }
  MatchResult result;
  result.location = *location;
  result.lang = im.analyzer->detect_language(text) == "nl" ? "nl" : "fr";
  if (result.location.outside_brussels) {
    result.notices.push_back(result.lang == "nl" ? "postcode buiten het Brussels Gewest"
                                                 : "code postal hors de la Région bruxelloise");
  }
  const indexer::AnalysedText analysed = indexer::analyse_for_needs(*im.analyzer, text);
  const Evidence evidence = read_evidence(text, *im.analyzer, analysed);
  const std::string words = situation_words(text, analysed, im.case_words);
  // Similar situations share needs: answers of the needs the text shows (or the responder
  // chose) rank higher.
  auto similar =
      similar_answers(*im.searcher, words, needs.empty() ? evident_themes(evidence) : needs);
  if (!similar.ok()) {
    return similar.status();
  }
  result.needs = im.read_needs(text, analysed, evidence, similar->votes);
  result.urgency = im.read_urgency(text, analysed, result.needs);
  result.needs = final_needs(std::move(result.needs), result.urgency, needs);
  result.spoken = spoken_codes(evidence, im.languages);
  result.patient = options.patient ? *options.patient : im.patients->read(text, analysed);

  result.related_answers = shown_answers(*similar, result.needs);
  result.related_dossiers = related_dossiers(*im.searcher, words, result.needs);
  auto candidates =
      retrieve_candidates(*im.searcher, result.needs, result.location.bassin,
                          person_of(result.patient, result.location.area, result.needs), words,
                          acting_now(result.urgency));
  if (!candidates.ok()) {
    return candidates.status();
  }
  const OffersNamed offers = im.offers->read(text, analysed);
  const RankContext context{
      &result.needs,   &result.location, &result.spoken,     &similar->referred,
      &result.patient, options.as_of,    &im.ref->geography, result.urgency.urgent,
      im.ref,          &offers};
  const auto ranked = rank_candidates(*candidates, context, im.options.rank);
  for (const Candidate* c : choose_cover(ranked, result.needs, limit, im.options.rank.extra_need)) {
    auto r = im.referral(*c, result);
    if (!r.ok()) {
      return r.status();
    }
    result.referrals.push_back(std::move(*r));
  }
  return result;
}

}  // namespace orienta::matcher
