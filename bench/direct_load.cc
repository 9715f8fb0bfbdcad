// direct_load: the requests of the wrk scripts (bench/wrk/), made by calling the library
// directly from N threads, each with its own Searcher and Matcher as the server's engines have.
// Prints requests/s and latency percentiles, to set beside wrk's figures for the HTTP layer.
//
// usage: direct_load --db DIR --kind search|match [--threads 4] [--seconds 20]
// Run from the repository (it reads bench/wrk/search-queries.txt or match-bodies.jsonl).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <rapidjson/document.h>
#include <string>
#include <thread>
#include <vector>

#include "orienta/matcher.h"
#include "orienta/search.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace o = orienta;

std::string url_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out.push_back(static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(s[i] == '+' ? ' ' : s[i]);
    }
  }
  return out;
}

// "palliatieve%20thuiszorg&bassin=sud" as the server reads it.
o::search::Query parse_search(const std::string& line) {
  o::search::Query q;
  std::size_t start = 0;
  std::string key = "q";
  while (start <= line.size()) {
    const std::size_t amp = std::min(line.find('&', start), line.size());
    std::string part = line.substr(start, amp - start);
    if (start > 0) {
      const std::size_t eq = part.find('=');
      key = part.substr(0, eq);
      part = eq == std::string::npos ? "" : part.substr(eq + 1);
    }
    const std::string value = url_decode(part);
    if (key == "q") {
      q.text = value;
    } else if (key == "bassin") {
      q.bassins.push_back(value);
    } else if (key == "theme") {
      q.themes.push_back(value);
    }
    start = amp + 1;
  }
  q.size = 10;
  return q;
}

struct Situation {
  std::string text;
  o::matcher::Location where;
};

Situation parse_match(const std::string& line) {
  rapidjson::Document d;
  d.Parse(line.c_str());
  Situation s;
  s.text = d["text"].GetString();
  if (d.HasMember("location")) {
    for (auto [key, target] :
         {std::pair{"postcode", &s.where.postcode}, std::pair{"commune", &s.where.commune},
          std::pair{"bassin", &s.where.bassin}}) {
      if (d["location"].HasMember(key)) {
        *target = d["location"][key].GetString();
      }
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  std::string kind;
  int threads = 4;
  int seconds = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--db") {
      db = argv[i + 1];
    } else if (flag == "--kind") {
      kind = argv[i + 1];
    } else if (flag == "--threads") {
      threads = std::stoi(argv[i + 1]);
    } else if (flag == "--seconds") {
      seconds = std::stoi(argv[i + 1]);
    }
  }
  if (db.empty() || (kind != "search" && kind != "match") || threads < 1 || seconds < 1) {
    std::fprintf(stderr,
                 "usage: direct_load --db DIR --kind search|match [--threads 4] [--seconds 20]\n");
    return 2;
  }
  std::ifstream in(kind == "search" ? "bench/wrk/search-queries.txt"
                                    : "bench/wrk/match-bodies.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  if (lines.empty()) {
    std::fprintf(stderr, "direct_load: no requests (run it from the repository)\n");
    return 1;
  }
  auto ref = o::corpus::ReferenceData::load(o::corpus::default_data_dir());
  auto analyzer = o::indexer::Analyzer::load(o::corpus::default_data_dir());
  if (!ref.ok() || !analyzer.ok()) {
    std::fprintf(stderr, "direct_load: cannot read the reference data\n");
    return 1;
  }
  // One engine per thread, opened before the clock starts.
  struct Engine {
    std::unique_ptr<o::search::Searcher> searcher;
    std::unique_ptr<o::matcher::Matcher> matcher;
  };
  std::vector<Engine> engines(static_cast<std::size_t>(threads));
  for (auto& e : engines) {
    auto s = o::search::Searcher::open(db, **analyzer, *ref);
    if (!s.ok()) {
      std::fprintf(stderr, "direct_load: %s\n", s.status().message().c_str());
      return 1;
    }
    e.searcher = std::move(*s);
    auto m =
        o::matcher::Matcher::create(*e.searcher, **analyzer, *ref, o::corpus::default_data_dir());
    if (!m.ok()) {
      std::fprintf(stderr, "direct_load: %s\n", m.status().message().c_str());
      return 1;
    }
    e.matcher = std::move(*m);
  }
  std::atomic<bool> stop{false};
  std::atomic<long> failures{0};
  std::vector<std::vector<double>> latencies(engines.size());
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < engines.size(); ++t) {
    workers.emplace_back([&, t] {
      std::size_t i = t;
      while (!stop) {
        const std::string& line = lines[i++ % lines.size()];
        const auto start = Clock::now();
        bool ok = false;
        if (kind == "search") {
          ok = engines[t].searcher->search(parse_search(line)).ok();
        } else {
          const Situation s = parse_match(line);
          ok = engines[t].matcher->match(s.text, s.where, 10).ok();
        }
        latencies[t].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        failures += ok ? 0 : 1;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  stop = true;
  for (auto& w : workers) {
    w.join();
  }
  std::vector<double> all;
  for (const auto& l : latencies) {
    all.insert(all.end(), l.begin(), l.end());
  }
  std::sort(all.begin(), all.end());
  const auto pct = [&](double p) {
    return all[std::min(all.size() - 1,
                        static_cast<std::size_t>(p * static_cast<double>(all.size())))];
  };
  std::printf(
      "%s, %d threads, %d s: %zu requests, %.1f requests/s, p50 %.2f ms, p99 %.2f ms, "
      "%ld failed\n",
      kind.c_str(), threads, seconds, all.size(), static_cast<double>(all.size()) / seconds,
      pct(0.50), pct(0.99), failures.load());
  return failures > 0 ? 1 : 0;
}
