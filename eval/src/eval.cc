// Labelled situations, their counts and figures, the bootstrap, and the run of both systems.
#include "orienta/eval.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <rapidjson/document.h>
#include <set>

namespace orienta::eval {
namespace {

constexpr std::size_t kMaxLine = 64 * 1024;

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string get_string(const rapidjson::Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

std::vector<std::string> get_strings(const rapidjson::Value& obj, const char* key) {
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

bool get_bool(const rapidjson::Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

// The themes of the stored records of `docs` that carry an expected need.
int on_theme(const search::Searcher& searcher, const std::vector<matcher::RelatedDocument>& docs,
             const std::vector<std::string>& needs) {
  int n = 0;
  for (const auto& doc : docs) {
    auto record = searcher.document(doc.id);
    rapidjson::Document d;
    if (!record.ok() || d.Parse(record->c_str()).HasParseError() || !d.IsObject()) {
      continue;
    }
    const auto themes = get_strings(d, "themes");
    n += std::any_of(themes.begin(), themes.end(),
                     [&](const std::string& t) { return contains(needs, t); })
             ? 1
             : 0;
  }
  return n;
}

}  // namespace

Result<SituationFile> read_situations(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    return Status::not_found(file.string() + ": cannot read file");
  }
  SituationFile out;
  std::string line;
  int number = 0;
  const std::string name = file.filename().string();
  auto problem = [&](const std::string& why) {
    out.problems.push_back(name + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    if (line.size() > kMaxLine) {
      problem("line over 64 KiB");
      continue;
    }
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
    if (d.HasParseError() || !d.IsObject()) {
      problem("not a JSON object");
      continue;
    }
    const auto text = d.FindMember("text");
    const auto needs = d.FindMember("needs");
    if (text == d.MemberEnd() || !text->value.IsString() || needs == d.MemberEnd() ||
        !needs->value.IsArray()) {
      problem("expected a string \"text\" and an array \"needs\"");
      continue;
    }
    Situation s;
    s.id = get_string(d, "id");
    if (s.id.empty()) {
      s.id = name + ":" + std::to_string(number);
    }
    s.lang = get_string(d, "lang");
    s.text = text->value.GetString();
    s.bassin = get_string(d, "bassin");
    s.needs = get_strings(d, "needs");
    s.spoken = get_strings(d, "languages_spoken");
    s.urgent = get_bool(d, "urgent");
    if (const auto l = d.FindMember("location"); l != d.MemberEnd() && l->value.IsObject()) {
      s.where = {get_string(l->value, "postcode"), get_string(l->value, "commune"),
                 get_string(l->value, "bassin")};
    }
    if (const auto p = d.FindMember("patient"); p != d.MemberEnd() && p->value.IsObject()) {
      const auto age = p->value.FindMember("age");
      if (age != p->value.MemberEnd() && age->value.IsInt()) {
        s.patient.age = age->value.GetInt();
      }
      s.patient.sex = get_string(p->value, "sex");
      s.patient.victim_of_violence = get_bool(p->value, "victim_of_violence");
      s.patient.pregnant = get_bool(p->value, "pregnant");
    }
    out.situations.push_back(std::move(s));
  }
  return out;
}

Counts& Counts::operator+=(const Counts& o) {
  need_tp += o.need_tp;
  need_fp += o.need_fp;
  need_fn += o.need_fn;
  with_needs += o.with_needs;
  main_right += o.main_right;
  none_found += o.none_found;
  urgent_tp += o.urgent_tp;
  urgent_said += o.urgent_said;
  urgent_labelled += o.urgent_labelled;
  with_bassin += o.with_bassin;
  located += o.located;
  covered += o.covered;
  expected += o.expected;
  relevant += o.relevant;
  shown += o.shown;
  local += o.local;
  local_shown += o.local_shown;
  answers_on_theme += o.answers_on_theme;
  answers_shown += o.answers_shown;
  dossiers_on_theme += o.dossiers_on_theme;
  dossiers_shown += o.dossiers_shown;
  violations += o.violations;
  checked += o.checked;
  return *this;
}

bool excludes(const Eligibility& e, const Patient& p, const std::string& area) {
  if (p.age && ((e.age_min && *p.age < *e.age_min) || (e.age_max && *p.age > *e.age_max))) {
    return true;
  }
  if (!e.areas.empty() && (area.empty() || !contains(e.areas, area))) {
    return true;
  }
  if (e.audiences.empty()) {
    return false;
  }
  // Women or men restrict the sex whatever the other codes.
  const bool women = contains(e.audiences, "women");
  const bool men = contains(e.audiences, "men");
  if ((women && !men && p.sex == "m") || (men && !women && p.sex == "f")) {
    return true;
  }
  auto age_out = [&](int lo, int hi) { return p.age && (*p.age < lo || *p.age > hi); };
  // The patient can be one of the audiences unless a known fact rules each out.
  return std::all_of(e.audiences.begin(), e.audiences.end(), [&](const std::string& a) {
    return ((a == "women" || a == "pregnant") && p.sex == "m") || (a == "men" && p.sex == "f") ||
           (a == "authors_of_violence" && p.victim_of_violence) ||
           (a == "children" && age_out(0, 11)) || (a == "adolescents" && age_out(12, 17)) ||
           (a == "young_adults" && age_out(18, 25)) || (a == "older_people" && age_out(60, 150));
  });
}

Counts score(const Situation& s, const Proposal& p) {
  Counts c;
  for (const auto& n : s.needs) {
    (contains(p.needs, n) ? c.need_tp : c.need_fn) += 1;
  }
  for (const auto& n : p.needs) {
    c.need_fp += contains(s.needs, n) ? 0 : 1;
  }
  if (!s.needs.empty()) {
    c.with_needs = 1;
    c.main_right = !p.needs.empty() && p.needs.front() == s.needs.front() ? 1 : 0;
    c.none_found = p.needs.empty() ? 1 : 0;
  }
  if (p.urgent) {
    c.urgent_said = *p.urgent ? 1 : 0;
    c.urgent_labelled = s.urgent ? 1 : 0;
    c.urgent_tp = *p.urgent && s.urgent ? 1 : 0;
  }
  if (!s.bassin.empty()) {
    c.with_bassin = 1;
    c.located = p.bassin == s.bassin ? 1 : 0;
  }
  const std::size_t top = std::min(kTop, p.top_themes.size());
  for (const auto& need : s.needs) {
    c.expected += 1;
    for (std::size_t i = 0; i < top; ++i) {
      if (contains(p.top_themes[i], need)) {
        c.covered += 1;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < top; ++i) {
    c.shown += 1;
    const auto& t = p.top_themes[i];
    c.relevant +=
        std::any_of(t.begin(), t.end(), [&](const std::string& x) { return contains(s.needs, x); })
            ? 1
            : 0;
    if (!s.bassin.empty() && i < p.top_areas.size()) {
      c.local_shown += 1;
      const auto& area = p.top_areas[i];
      c.local += contains(area, s.bassin) || contains(area, "region") ? 1 : 0;
    }
  }
  for (std::size_t i = 0; i < top && i < p.top_eligibility.size(); ++i) {
    c.checked += 1;
    c.violations += excludes(p.top_eligibility[i], s.patient, p.area) ? 1 : 0;
  }
  c.answers_on_theme = p.related_answers_on_theme;
  c.answers_shown = p.related_answers_shown;
  c.dossiers_on_theme = p.related_dossiers_on_theme;
  c.dossiers_shown = p.related_dossiers_shown;
  return c;
}

double value(const Counts& c, Metric metric) {
  const double precision = ratio(c.need_tp, c.need_tp + c.need_fp);
  const double recall = ratio(c.need_tp, c.need_tp + c.need_fn);
  switch (metric) {
    case Metric::kNeedPrecision:
      return precision;
    case Metric::kNeedRecall:
      return recall;
    case Metric::kNeedF1:
      return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    case Metric::kMainNeed:
      return ratio(c.main_right, c.with_needs);
    case Metric::kNoNeedFound:
      return ratio(c.none_found, c.with_needs);
    case Metric::kUrgencyPrecision:
      return ratio(c.urgent_tp, c.urgent_said);
    case Metric::kUrgencyRecall:
      return ratio(c.urgent_tp, c.urgent_labelled);
    case Metric::kLocation:
      return ratio(c.located, c.with_bassin);
    case Metric::kCoverage:
      return ratio(c.covered, c.expected);
    case Metric::kPrecision:
      return ratio(c.relevant, c.shown);
    case Metric::kLocality:
      return ratio(c.local, c.local_shown);
    case Metric::kRelatedAnswers:
      return ratio(c.answers_on_theme, c.answers_shown);
    case Metric::kRelatedDossiers:
      return ratio(c.dossiers_on_theme, c.dossiers_shown);
    case Metric::kViolations:
      return ratio(c.violations, c.checked);
  }
  return 0.0;
}

namespace {

// The metric of `a` (minus that of `b` when given) on the whole set and on `resamples` draws.
Figure bootstrap(const std::vector<Counts>& a, const std::vector<Counts>* b, Metric metric,
                 const Bootstrap& bs) {
  auto stat = [&](const std::vector<std::size_t>* draw) {
    Counts sa;
    Counts sb;
    const std::size_t n = draw ? draw->size() : a.size();
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t k = draw ? (*draw)[i] : i;
      sa += a[k];
      if (b) {
        sb += (*b)[k];
      }
    }
    return value(sa, metric) - (b ? value(sb, metric) : 0.0);
  };
  Figure f;
  f.value = stat(nullptr);
  if (a.empty() || bs.resamples <= 0) {
    f.low = f.high = f.value;
    return f;
  }
  std::mt19937_64 rng(bs.seed);
  std::uniform_int_distribution<std::size_t> pick(0, a.size() - 1);
  std::vector<double> stats;
  stats.reserve(static_cast<std::size_t>(bs.resamples));
  std::vector<std::size_t> draw(a.size());
  for (int r = 0; r < bs.resamples; ++r) {
    for (auto& k : draw) {
      k = pick(rng);
    }
    stats.push_back(stat(&draw));
  }
  std::sort(stats.begin(), stats.end());
  auto at = [&](double q) {
    const auto i = static_cast<std::size_t>(q * static_cast<double>(stats.size() - 1) + 0.5);
    return stats[std::min(i, stats.size() - 1)];
  };
  f.low = at(0.025);
  f.high = at(0.975);
  return f;
}

}  // namespace

Figure figure(const std::vector<Counts>& per_situation, Metric metric, const Bootstrap& b) {
  return bootstrap(per_situation, nullptr, metric, b);
}

Figure difference(const std::vector<Counts>& a, const std::vector<Counts>& b, Metric metric,
                  const Bootstrap& bs) {
  return bootstrap(a, &b, metric, bs);
}

std::vector<Row> evaluate(const matcher::Matcher& matcher, const search::Searcher& searcher,
                          const std::vector<Situation>& situations, std::string_view as_of) {
  matcher::MatchOptions options;
  options.as_of = std::string(as_of);
  std::vector<Row> rows;
  rows.reserve(situations.size());
  for (const auto& s : situations) {
    Row row;
    row.situation = &s;
    auto r = matcher.match(s.text, s.where, static_cast<int>(kTop), options);
    if (r.ok()) {
      Proposal& p = row.matcher;
      for (const auto& n : r->needs) {
        p.needs.push_back(n.theme);
      }
      p.urgent = r->urgency.urgent;
      p.bassin = r->location.bassin;
      p.area = r->location.area;
      for (const auto& ref : r->referrals) {
        p.top_themes.push_back(ref.themes);
        p.top_areas.push_back(ref.bassins);
        p.top_eligibility.push_back({ref.audiences, ref.areas, ref.age_min, ref.age_max});
        p.top_ids.push_back(ref.id);
      }
      p.related_answers_on_theme = on_theme(searcher, r->related_answers, s.needs);
      p.related_answers_shown = static_cast<int>(r->related_answers.size());
      p.related_dossiers_on_theme = on_theme(searcher, r->related_dossiers, s.needs);
      p.related_dossiers_shown = static_cast<int>(r->related_dossiers.size());
    } else {
      row.error = r.status().message();
      row.matcher.urgent = false;
    }
    search::Query q;
    q.text = s.text;
    q.kinds = {"service"};
    q.size = static_cast<int>(kTop);
    q.facets = false;
    q.snippets = false;
    q.lexicon = false;
    if (auto b = searcher.search(q); b.ok()) {
      row.baseline.area = row.matcher.area;  // the same place: the baseline has no location
      for (const auto& h : b->hits) {
        row.baseline.top_themes.push_back(h.themes);
        row.baseline.top_areas.push_back(h.bassins);
        row.baseline.top_eligibility.push_back({h.audiences, h.areas, h.age_min, h.age_max});
        row.baseline.top_ids.push_back(h.id);
      }
    }
    row.matcher_counts = score(s, row.matcher);
    row.baseline_counts = score(s, row.baseline);
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<JudgementFile> read_judgements(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    return Status::not_found(file.string() + ": cannot read file");
  }
  JudgementFile out;
  std::string line;
  int number = 0;
  const std::string name = file.filename().string();
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    rapidjson::Document d;
    if (line.size() > kMaxLine ||
        d.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size()).HasParseError() ||
        !d.IsObject()) {
      out.problems.push_back(name + ":" + std::to_string(number) + ": not a JSON object");
      continue;
    }
    Judgement j{get_string(d, "situation"), get_string(d, "service"), get_string(d, "judgement"),
                get_string(d, "reason")};
    if (j.situation.empty() || j.service.empty() ||
        (j.verdict != "accept" && j.verdict != "partial" && j.verdict != "reject")) {
      out.problems.push_back(name + ":" + std::to_string(number) +
                             ": expected \"situation\", \"service\" and \"judgement\" "
                             "(accept, partial or reject)");
      continue;
    }
    out.judgements[{j.situation, j.service}] = j;
  }
  return out;
}

Judged judge(const std::vector<Row>& rows, const JudgementFile& file) {
  std::set<std::string> judged_situations;
  for (const auto& [key, j] : file.judgements) {
    judged_situations.insert(key.first);
  }
  Judged out;
  for (const auto& row : rows) {
    const std::string& id = row.situation->id;
    if (judged_situations.count(id) == 0) {
      continue;
    }
    ++out.situations;
    for (std::size_t i = 0; i < row.matcher.top_ids.size() && i < kTop; ++i) {
      const auto it = file.judgements.find({id, row.matcher.top_ids[i]});
      if (it == file.judgements.end()) {
        out.unjudged.emplace_back(id, row.matcher.top_ids[i]);
        continue;
      }
      ++out.judged;
      const Judgement& j = it->second;
      if (j.verdict == "accept") {
        ++out.accepted;
      } else if (j.verdict == "partial") {
        ++out.partial;
      } else {
        ++out.rejected[j.reason.empty() ? "other" : j.reason];
      }
    }
  }
  return out;
}

}  // namespace orienta::eval
