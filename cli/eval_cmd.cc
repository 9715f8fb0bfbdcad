// orienta eval: scores the matcher, and a plain full-text baseline, on labelled situations.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <rapidjson/document.h>
#include <set>

#include "orienta/matcher.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta eval --db DIR --situations FILE [--verbose] [--data DIR]\n"
    "\n"
    "Scores the matcher on situations (JSON Lines: id, text, location, bassin, needs), beside a\n"
    "plain full-text baseline (the situation text as a query over services):\n"
    "  need precision, recall, F1; primary-need accuracy; location accuracy;\n"
    "  coverage@5: share of expected needs with a covering service in the top 5;\n"
    "  precision@5: share of the top 5 that serve an expected need;\n"
    "  locality@5: share of the top 5 that serve the situation's bassin or the whole region;\n"
    "  related answers, related dossiers: share of the past answers and dossiers shown beside\n"
    "  the referrals that carry an expected need's theme (the matcher only).\n"
    "--verbose prints the misses.\n";

constexpr std::size_t kTop = 5;

struct Situation {
  std::string id;
  std::string text;
  matcher::Location where;
  std::string bassin;  // expected, "" when the situation gives none
  std::vector<std::string> needs;
};

struct Top {
  std::vector<std::vector<std::string>> themes;   // per referral
  std::vector<std::vector<std::string>> bassins;  // per referral
};

struct Score {
  double covered = 0, expected = 0;   // coverage@5
  double relevant = 0, shown = 0;     // precision@5
  double local = 0, local_shown = 0;  // locality@5
  void add(const Situation& s, const Top& top) {
    for (const auto& need : s.needs) {
      ++expected;
      for (const auto& t : top.themes) {
        if (std::find(t.begin(), t.end(), need) != t.end()) {
          ++covered;
          break;
        }
      }
    }
    for (std::size_t i = 0; i < top.themes.size(); ++i) {
      ++shown;
      const auto& t = top.themes[i];
      relevant +=
          std::any_of(t.begin(), t.end(),
                      [&](const std::string& x) {
                        return std::find(s.needs.begin(), s.needs.end(), x) != s.needs.end();
                      })
              ? 1
              : 0;
      if (!s.bassin.empty()) {
        ++local_shown;
        const auto& b = top.bassins[i];
        local += (std::find(b.begin(), b.end(), s.bassin) != b.end() ||
                  std::find(b.begin(), b.end(), "region") != b.end())
                     ? 1
                     : 0;
      }
    }
  }
};

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

// How many of `docs` carry one of `needs` among the themes of their stored record.
int on_theme(const search::Searcher& searcher, const std::vector<matcher::RelatedDocument>& docs,
             const std::vector<std::string>& needs) {
  int n = 0;
  for (const auto& doc : docs) {
    auto record = searcher.document(doc.id);
    rapidjson::Document d;
    if (!record.ok() || d.Parse(record->c_str()).HasParseError() || !d.IsObject() ||
        !d.HasMember("themes") || !d["themes"].IsArray()) {
      continue;
    }
    const auto& themes = d["themes"].GetArray();
    n += std::any_of(themes.begin(), themes.end(),
                     [&](const rapidjson::Value& t) {
                       return t.IsString() &&
                              std::find(needs.begin(), needs.end(), t.GetString()) != needs.end();
                     })
             ? 1
             : 0;
  }
  return n;
}

Result<std::vector<Situation>> read_situations(const std::string& file) {
  std::ifstream in(file);
  if (!in) {
    return Status::not_found(file + ": cannot read file");
  }
  std::vector<Situation> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    rapidjson::Document d;
    d.Parse(line.c_str());
    if (!d.IsObject() || !d.HasMember("text") || !d["text"].IsString() || !d.HasMember("needs") ||
        !d["needs"].IsArray()) {
      return Status::invalid_argument(file + ":" + std::to_string(number) +
                                      ": expected an object with \"text\" and \"needs\"");
    }
    Situation s;
    s.id = d.HasMember("id") && d["id"].IsString() ? d["id"].GetString() : std::to_string(number);
    s.text = d["text"].GetString();
    if (d.HasMember("bassin") && d["bassin"].IsString()) {
      s.bassin = d["bassin"].GetString();
    }
    for (const auto& n : d["needs"].GetArray()) {
      if (n.IsString()) {
        s.needs.emplace_back(n.GetString());
      }
    }
    if (d.HasMember("location") && d["location"].IsObject()) {
      const auto& l = d["location"];
      auto get = [&](const char* k) {
        return l.HasMember(k) && l[k].IsString() ? std::string(l[k].GetString()) : std::string();
      };
      s.where = {get("postcode"), get("commune"), get("bassin")};
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) {
    out += (out.empty() ? "" : ",") + x;
  }
  return out;
}

}  // namespace

int run_eval(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit =
          parse_command(argv, {{"--db", "--situations", "--data"}, {}, {"--help", "--verbose"}},
                        kHelp, {"--db", "--situations"}, args)) {
    return *exit;
  }
  auto situations = read_situations(args.get("--situations"));
  if (!situations.ok()) {
    print_error(situations.status().message());
    return kExitFailure;
  }
  auto engine = open_engine(args, Open::kMatcher);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  const bool verbose = args.has("--verbose");
  double tp = 0, fp = 0, fn = 0, primary = 0, with_needs = 0, located = 0, with_bassin = 0;
  Score matched;
  Score baseline;
  double answers_on_theme = 0, answers_shown = 0, dossiers_on_theme = 0, dossiers_shown = 0;
  for (const auto& s : *situations) {
    auto r = engine->matcher->match(s.text, s.where, static_cast<int>(kTop));
    if (!r.ok()) {
      std::printf("%s: error: %s\n", s.id.c_str(), r.status().message().c_str());
      continue;
    }
    std::vector<std::string> found;
    for (const auto& n : r->needs) {
      found.push_back(n.theme);
    }
    std::vector<std::string> missed;
    std::vector<std::string> extra;
    for (const auto& n : s.needs) {
      (std::find(found.begin(), found.end(), n) != found.end() ? tp : (missed.push_back(n), fn)) +=
          1;
    }
    for (const auto& n : found) {
      if (std::find(s.needs.begin(), s.needs.end(), n) == s.needs.end()) {
        fp += 1;
        extra.push_back(n);
      }
    }
    if (!s.needs.empty()) {
      ++with_needs;
      primary += !found.empty() && found[0] == s.needs[0] ? 1 : 0;
    }
    if (!s.bassin.empty()) {
      ++with_bassin;
      located += r->location.bassin == s.bassin ? 1 : 0;
    }
    Top top;
    for (const auto& ref_ : r->referrals) {
      top.themes.push_back(ref_.themes);
      top.bassins.push_back(ref_.bassins);
    }
    matched.add(s, top);
    answers_on_theme += on_theme(*engine->searcher, r->related_answers, s.needs);
    answers_shown += static_cast<double>(r->related_answers.size());
    dossiers_on_theme += on_theme(*engine->searcher, r->related_dossiers, s.needs);
    dossiers_shown += static_cast<double>(r->related_dossiers.size());

    search::Query q;
    q.text = s.text;
    q.kinds = {"service"};
    q.size = static_cast<int>(kTop);
    q.facets = false;
    q.snippets = false;
    q.lexicon = false;
    Top base;
    if (auto b = engine->searcher->search(q); b.ok()) {
      for (const auto& h : b->hits) {
        base.themes.push_back(h.themes);
        base.bassins.push_back(h.bassins);
      }
    }
    baseline.add(s, base);
    if (verbose && (!missed.empty() || !extra.empty() ||
                    (!s.bassin.empty() && r->location.bassin != s.bassin))) {
      std::printf("%s: expected [%s] found [%s]", s.id.c_str(), join(s.needs).c_str(),
                  join(found).c_str());
      if (!missed.empty()) {
        std::printf(" missed [%s]", join(missed).c_str());
      }
      if (!extra.empty()) {
        std::printf(" extra [%s]", join(extra).c_str());
      }
      if (!s.bassin.empty() && r->location.bassin != s.bassin) {
        std::printf(" location %s (from %s), expected %s",
                    r->location.bassin.empty() ? "none" : r->location.bassin.c_str(),
                    r->location.source.c_str(), s.bassin.c_str());
      }
      std::printf("\n");
    }
  }
  const double precision = ratio(tp, tp + fp);
  const double recall = ratio(tp, tp + fn);
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  std::printf("situations            %zu\n", situations->size());
  std::printf("                      matcher  baseline\n");
  std::printf("need precision        %.3f\n", precision);
  std::printf("need recall           %.3f\n", recall);
  std::printf("need F1               %.3f\n", f1);
  std::printf("primary need accuracy %.3f\n", ratio(primary, with_needs));
  std::printf("location accuracy     %.3f\n", ratio(located, with_bassin));
  std::printf("coverage@5            %.3f    %.3f\n", ratio(matched.covered, matched.expected),
              ratio(baseline.covered, baseline.expected));
  std::printf("precision@5           %.3f    %.3f\n", ratio(matched.relevant, matched.shown),
              ratio(baseline.relevant, baseline.shown));
  std::printf("locality@5            %.3f    %.3f\n", ratio(matched.local, matched.local_shown),
              ratio(baseline.local, baseline.local_shown));
  std::printf("related answers       %.3f (%.0f shown)\n", ratio(answers_on_theme, answers_shown),
              answers_shown);
  std::printf("related dossiers      %.3f (%.0f shown)\n", ratio(dossiers_on_theme, dossiers_shown),
              dossiers_shown);
  return kExitOk;
}

}  // namespace orienta::cli
