// The matcher: needs, location, candidates from search, covering-set ranking, reasons.
#include "orienta/matcher.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <set>

#include "location.h"
#include "needs.h"

namespace orienta::matcher {
namespace {

constexpr int kCandidatesPerNeed = 30;
constexpr int kEnoughLocal = 15;
// Similar answers are searched with the situation's most telling terms only (Xapian's elite
// set): its common words would add thousands of answers to score for no better ranking.
constexpr int kEliteTerms = 12;
constexpr int kSimilarAnswers = 10;
// What sharing one of the situation's needs adds to a past answer's text weight: about what
// one more of its telling words would (BM25 weighs a rare word 2 to 3). Related answers on
// the situation's themes 0.800 -> 0.892 on the dev situations (docs/relevance.md).
constexpr double kSharedNeedBoost = 3.0;
constexpr int kRelatedShown = 3;
// The blend of a referral's score; the weights sum to 1.
constexpr double kWeightNeeds = 0.35;
constexpr double kWeightProximity = 0.35;
constexpr double kWeightText = 0.10;
constexpr double kWeightLanguage = 0.08;
constexpr double kWeightPast = 0.07;
constexpr double kWeightFresh = 0.05;
constexpr double kAgePenalty = 0.5;  // outside the service's age limits: score halved
constexpr int kFreshMonths = 12;
constexpr int kMaxAge = 119;

struct Candidate {
  std::string id;
  std::optional<int> age_min;
  std::optional<int> age_max;
  std::string updated;  // YYYY-MM-DD
  std::vector<std::string> themes;
  std::vector<std::string> bassins;
  std::vector<std::string> languages;
  double text = 0.0;  // best text score over the needs' searches, in [0, 1]
  double score = 0.0;
  std::vector<std::string> covers;  // detected needs among its themes, need order
  std::string proximity;
  int past = 0;
  bool speaks = false;
};

std::vector<std::string> string_list(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  const auto it = obj.FindMember(key);
  if (it != obj.MemberEnd() && it->value.IsArray()) {
    for (const auto& v : it->value.GetArray()) {
      if (v.IsString()) {
        out.emplace_back(v.GetString());
      }
    }
  }
  return out;
}

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

// The patient's age, from "82 ans", "78j", "67 jaar", "83a".
std::optional<int> age_in(std::string_view text) {
  // A number of 1 to 119, not part of a longer number, then (maybe after a space) an age unit
  // that ends the word.
  static constexpr std::string_view kUnits[] = {"jarige", "jaar", "ans", "an", "jr", "a", "j", "y"};
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (static_cast<unsigned char>(c) >= 0x80);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) {
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) {
      ++end;
    }
    const int value = end - i <= 3 ? std::stoi(std::string(text.substr(i, end - i))) : 0;
    std::size_t unit = end < text.size() && text[end] == ' ' ? end + 1 : end;
    for (const std::string_view u : kUnits) {
      if (text.size() - unit < u.size()) {
        continue;
      }
      std::string word(text.substr(unit, u.size()));
      for (char& c : word) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      const std::size_t after = unit + u.size();
      if (word == u && (after == text.size() || !is_letter(text[after])) && value >= 1 &&
          value <= kMaxAge) {
        return value;
      }
    }
    i = end;
  }
  return std::nullopt;
}

int months_since(const std::string& date) {
  if (date.size() < 7) {
    return 1000;
  }
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  const int y = std::stoi(date.substr(0, 4));
  const int m = std::stoi(date.substr(5, 2));
  return (static_cast<int>(ymd.year()) - y) * 12 +
         static_cast<int>(static_cast<unsigned>(ymd.month())) - m;
}

}  // namespace

struct Matcher::Impl {
  const search::Searcher* searcher = nullptr;
  const indexer::Analyzer* analyzer = nullptr;
  const corpus::ReferenceData* ref = nullptr;
  std::vector<LanguageName> languages;

  const LanguageName* language_of_concept(const std::string& id) const {
    for (const auto& l : languages) {
      if (l.concept_id == id) {
        return &l;
      }
    }
    return nullptr;
  }
  const LanguageName* language_of_code(const std::string& code) const {
    for (const auto& l : languages) {
      if (l.code == code) {
        return &l;
      }
    }
    return nullptr;
  }
  std::string proximity(const std::vector<std::string>& area, const ResolvedLocation& loc) const;
  std::string why(const Candidate& c, const ResolvedLocation& loc, const std::string& lang,
                  const std::vector<std::string>& spoken) const;
};

Matcher::Matcher() : impl_(std::make_unique<Impl>()) {}
Matcher::~Matcher() = default;

Result<std::unique_ptr<Matcher>> Matcher::create(const search::Searcher& searcher,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref,
                                                 const std::filesystem::path& data_dir) {
  std::unique_ptr<Matcher> m(new Matcher());
  m->impl_->searcher = &searcher;
  m->impl_->analyzer = &analyzer;
  m->impl_->ref = &ref;
  const auto file = data_dir / "languages.tsv";
  std::ifstream in(file);
  if (!in) {
    return Status::unavailable(file.string() + ": cannot read file");
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(line.substr(start));
    if (cols.size() != 4) {
      return Status::invalid_argument("languages.tsv:" + std::to_string(number) +
                                      ": expected concept, code, speaks_fr, speaks_nl");
    }
    m->impl_->languages.push_back({cols[0], cols[1], cols[2], cols[3]});
  }
  return m;
}

std::string Matcher::Impl::proximity(const std::vector<std::string>& area,
                                     const ResolvedLocation& loc) const {
  if (area.size() == 1 && area[0] == "region") {
    return "regional";
  }
  if (loc.bassin.empty()) {
    return "other_bassin";
  }
  if (std::find(area.begin(), area.end(), loc.bassin) != area.end()) {
    return "same_bassin";
  }
  for (const auto& b : area) {
    if (ref->geography.adjacent(b, loc.bassin) || b == loc.second_bassin) {
      return "adjacent_bassin";
    }
  }
  return "other_bassin";
}

std::string Matcher::Impl::why(const Candidate& c, const ResolvedLocation& loc,
                               const std::string& lang,
                               const std::vector<std::string>& spoken) const {
  const bool nl = lang == "nl";
  std::string out;
  for (const auto& theme : c.covers) {
    const corpus::Theme* t = ref->themes.find(theme);
    out += (out.empty() ? "" : " / ") + (t ? (nl ? t->label_nl : t->label_fr) : theme);
  }
  const corpus::Bassin* b = loc.bassin.empty() ? nullptr : ref->geography.bassin(loc.bassin);
  const std::string bassin_label = b ? (nl ? b->label_nl : b->label_fr) : "";
  if (c.proximity == "same_bassin") {
    out += nl ? ", zelfde zorgzone (" + bassin_label + ")" : ", même bassin (" + bassin_label + ")";
  } else if (c.proximity == "regional") {
    out += nl ? ", voor heel Brussel" : ", pour toute la Région bruxelloise";
  } else if (c.proximity == "adjacent_bassin") {
    out += nl ? ", naburige zorgzone" : ", bassin voisin";
  } else {
    out += nl ? ", andere zorgzone" : ", autre bassin";
  }
  for (const auto& code : spoken) {
    if (std::find(c.languages.begin(), c.languages.end(), code) != c.languages.end()) {
      if (const LanguageName* l = language_of_code(code)) {
        out += ", " + (nl ? l->speaks_nl : l->speaks_fr);
      }
    }
  }
  if (c.past > 0) {
    const std::string n = std::to_string(c.past);
    out +=
        nl ? ", voorgesteld in " + n +
                 (c.past == 1 ? " gelijkaardig antwoord" : " gelijkaardige antwoorden")
           : ", proposé dans " + n + (c.past == 1 ? " réponse semblable" : " réponses semblables");
  }
  return out + ".";
}

Result<MatchResult> Matcher::match(std::string_view text, const Location& where, int limit,
                                   const std::vector<std::string>& needs) const {
  const Impl& im = *impl_;
  for (const auto& theme : needs) {
    if (im.ref->themes.find(theme) == nullptr) {
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

  // Similar past answers: they vote for themes and for the services they referred.
  search::Query similar;
  similar.text = std::string(text);
  similar.kinds = {"answer"};
  similar.size = kSimilarAnswers;
  similar.facets = false;
  similar.count_limit = 0;
  similar.elite_terms = kEliteTerms;
  similar.max_snippets = kRelatedShown;
  // Similar situations share needs: answers of the needs the text shows (or the responder
  // chose) rank higher.
  const Evidence evidence = read_evidence(text, *im.analyzer);
  similar.boost_themes = needs.empty() ? evident_themes(evidence) : needs;
  similar.theme_boost = kSharedNeedBoost;
  auto answers = im.searcher->search(similar);
  if (!answers.ok()) {
    return answers.status();
  }
  std::map<std::string, double> votes;
  std::map<std::string, int> referred;
  double vote_total = 0.0;
  for (const auto& hit : answers->hits) {
    for (const auto& theme : hit.themes) {
      votes[theme] += hit.score;
    }
    vote_total += hit.score;
    rapidjson::Document d;
    d.Parse(hit.data.c_str());
    if (d.IsObject()) {
      for (const auto& id : string_list(d, "referred")) {
        ++referred[id];
      }
    }
  }
  for (auto& [theme, v] : votes) {
    v = vote_total > 0 ? v / vote_total : 0.0;
  }

  result.needs = decide_needs(evidence, votes);
  if (!needs.empty()) {
    std::vector<Need> chosen;
    for (const auto& theme : needs) {
      if (std::any_of(chosen.begin(), chosen.end(),
                      [&](const Need& n) { return n.theme == theme; })) {
        continue;
      }
      const auto found = std::find_if(result.needs.begin(), result.needs.end(),
                                      [&](const Need& n) { return n.theme == theme; });
      chosen.push_back(found != result.needs.end() ? *found : Need{theme, 1.0, {}});
    }
    result.needs = std::move(chosen);
  }
  for (const auto& concept_id : evidence.spoken) {
    if (const LanguageName* l = im.language_of_concept(concept_id)) {
      if (std::find(result.spoken.begin(), result.spoken.end(), l->code) == result.spoken.end()) {
        result.spoken.push_back(l->code);
      }
    }
  }
  for (std::size_t i = 0; i < answers->hits.size() && static_cast<int>(i) < kRelatedShown; ++i) {
    const auto& h = answers->hits[i];
    result.related_answers.push_back({h.id, h.title, h.snippet});
  }

  // Candidates: per need, services of that theme ranked by the need's words and the text.
  std::map<std::string, Candidate> candidates;
  for (const auto& need : result.needs) {
    search::Query q;
    for (const auto& w : need.evidence) {
      q.text += w + " ";
    }
    q.kinds = {"service"};
    q.themes = {need.theme};
    q.size = kCandidatesPerNeed;
    q.facets = false;
    q.snippets = false;
    q.count_limit = 0;
    q.records = false;  // ranking needs only the value slots; records are read for the chosen
    // Services of the patient's bassin (and region-wide ones) first, then the rest of the
    // region: proximity is a boost, never a filter.
    std::vector<search::Hit> hits;
    for (const bool local : {true, false}) {
      if (local && result.location.bassin.empty()) {
        continue;
      }
      if (!local && hits.size() >= static_cast<std::size_t>(kEnoughLocal)) {
        break;  // enough near the patient: the rest of the region would rank below them
      }
      search::Query qq = q;
      if (local) {
        qq.bassins = {result.location.bassin};
      }
      auto found = im.searcher->search(qq);
      if (!found.ok()) {
        return found.status();
      }
      if (found->hits.empty()) {
        qq.text.clear();  // no service uses those words: every service of the theme
        found = im.searcher->search(qq);
        if (!found.ok()) {
          return found.status();
        }
      }
      hits.insert(hits.end(), found->hits.begin(), found->hits.end());
    }
    for (const auto& hit : hits) {
      auto [it, fresh] = candidates.try_emplace(hit.id);
      Candidate& c = it->second;
      if (fresh) {
        c.id = hit.id;
        c.themes = hit.themes;
        c.bassins = hit.bassins;
        c.languages = hit.spoken;
        c.age_min = hit.age_min;
        c.age_max = hit.age_max;
        c.updated = hit.date;
      }
      c.text = std::max(c.text, hit.score);
    }
  }

  // Scores.
  const std::optional<int> age = age_in(text);
  double need_weight_total = 0.0;
  for (const auto& n : result.needs) {
    need_weight_total += n.confidence;
  }
  std::vector<Candidate*> pool;
  for (auto& [id, c] : candidates) {
    if (c.themes.empty()) {
      continue;
    }
    double covered = 0.0;
    for (const auto& n : result.needs) {
      if (std::find(c.themes.begin(), c.themes.end(), n.theme) != c.themes.end()) {
        c.covers.push_back(n.theme);
        covered += n.confidence * (c.themes.front() == n.theme ? 1.0 : 0.8);
      }
    }
    c.proximity = im.proximity(c.bassins, result.location);
    const double proximity = c.proximity == "same_bassin"       ? 1.0
                             : c.proximity == "regional"        ? 0.8
                             : c.proximity == "adjacent_bassin" ? 0.3
                                                                : 0.1;
    c.speaks =
        std::any_of(result.spoken.begin(), result.spoken.end(), [&](const std::string& code) {
          return std::find(c.languages.begin(), c.languages.end(), code) != c.languages.end();
        });
    const double language = result.spoken.empty() ? 0.5 : (c.speaks ? 1.0 : 0.0);
    const auto past = referred.find(c.id);
    c.past = past == referred.end() ? 0 : past->second;
    const double fresh = months_since(c.updated) <= kFreshMonths ? 1.0 : 0.0;
    c.score = kWeightNeeds * (need_weight_total > 0 ? covered / need_weight_total : 0.0) +
              kWeightProximity * proximity + kWeightText * c.text + kWeightLanguage * language +
              kWeightPast * std::min(1.0, c.past / 2.0) + kWeightFresh * fresh;
    if (age) {
      const bool too_young = c.age_min && *age < *c.age_min;
      const bool too_old = c.age_max && *age > *c.age_max;
      if (too_young || too_old) {
        c.score *= kAgePenalty;
      }
    }
    c.score = std::round(c.score * 1000.0) / 1000.0;
    if (!c.covers.empty()) {
      pool.push_back(&c);
    }
  }
  std::sort(pool.begin(), pool.end(), [](const Candidate* a, const Candidate* b) {
    return a->score != b->score ? a->score > b->score : a->id < b->id;
  });

  // The covering set: each need gets its best service before any need gets a second one;
  // a service covering several uncovered needs is worth more in that round.
  std::set<std::string> uncovered;
  for (const auto& n : result.needs) {
    uncovered.insert(n.theme);
  }
  std::vector<Candidate*> chosen;
  std::set<std::string> taken;
  while (!uncovered.empty() && static_cast<int>(chosen.size()) < limit) {
    Candidate* best = nullptr;
    double best_value = -1.0;
    for (Candidate* c : pool) {
      if (taken.count(c->id) > 0) {
        continue;
      }
      const auto n = std::count_if(c->covers.begin(), c->covers.end(),
                                   [&](const std::string& t) { return uncovered.count(t) > 0; });
      if (n == 0) {
        continue;
      }
      const double value = c->score + 0.1 * static_cast<double>(n - 1);
      if (value > best_value) {
        best_value = value;
        best = c;
      }
    }
    if (best == nullptr) {
      break;  // no service for the remaining needs
    }
    chosen.push_back(best);
    taken.insert(best->id);
    for (const auto& t : best->covers) {
      uncovered.erase(t);
    }
  }
  // Then the next best for each need in turn, until the limit: services near the patient
  // (same bassin or region-wide) in a first round, the others after.
  for (const bool near_only : {true, false}) {
    bool added = true;
    while (added && static_cast<int>(chosen.size()) < limit) {
      added = false;
      for (const auto& n : result.needs) {
        if (static_cast<int>(chosen.size()) >= limit) {
          break;
        }
        for (Candidate* c : pool) {
          const bool near = c->proximity == "same_bassin" || c->proximity == "regional";
          if (taken.count(c->id) == 0 && (near || !near_only) &&
              std::find(c->covers.begin(), c->covers.end(), n.theme) != c->covers.end()) {
            chosen.push_back(c);
            taken.insert(c->id);
            added = true;
            break;
          }
        }
      }
    }
  }

  for (Candidate* c : chosen) {
    Referral r;
    r.id = c->id;
    auto record = im.searcher->document(c->id);
    if (!record.ok()) {
      return record.status();
    }
    rapidjson::Document data;
    data.Parse(record->c_str());
    if (!data.IsObject()) {
      return Status::internal("the stored record of " + c->id + " is not a JSON object");
    }
    r.name = local_text(data, "name", result.lang);
    r.themes = c->themes;
    r.bassins = c->bassins;
    r.languages = c->languages;
    r.needs_covered = c->covers;
    r.proximity = c->proximity;
    r.score = c->score;
    r.past_referrals = c->past;
    r.why = im.why(*c, result.location, result.lang, result.spoken);
    if (data.HasMember("contact")) {
      r.contact = to_json(data["contact"]);
    }
    result.referrals.push_back(std::move(r));
  }

  // Dossiers of the detected themes, ranked by every word of the situation: the themes keep
  // the search short, and all the words find more dossiers than the elite set does.
  if (!result.needs.empty()) {
    search::Query dq;
    dq.kinds = {"dossier"};
    for (const auto& n : result.needs) {
      dq.themes.push_back(n.theme);
    }
    dq.text = std::string(text);
    dq.size = kRelatedShown;
    dq.facets = false;
    dq.snippets = false;
    dq.count_limit = 0;
    auto dossiers = im.searcher->search(dq);
    if (dossiers.ok()) {
      for (const auto& h : dossiers->hits) {
        result.related_dossiers.push_back({h.id, h.title, ""});
      }
    }
  }
  return result;
}

}  // namespace orienta::matcher
