// Generates benchmark corpora by recombining the sentences of the sample corpus.
#include "corpus_gen.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string_view>
#include <system_error>
#include <vector>

namespace orienta::bench {
namespace {

namespace fs = std::filesystem;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Rng = std::mt19937_64;

// Part of the fingerprint: change it whenever the generator's output changes.
constexpr std::string_view kGeneratorVersion = "orienta corpus_gen 2";
constexpr const char* kMarkerName = "GENERATED";
constexpr std::array<const char*, 3> kFiles = {"services.jsonl", "answers.jsonl", "dossiers.jsonl"};

constexpr std::size_t kMinDocuments = 20;
constexpr double kServiceShare = 0.35;
constexpr double kDossierShare = 0.05;

// Shorter pieces are mostly the debris of abbreviations ("p. ex.", "Dr.").
constexpr std::size_t kMinSentenceBytes = 25;
constexpr int kMinSentences = 2;
constexpr int kMaxSentences = 5;
constexpr int kMaxQuestionSentences = 2;
constexpr int kMinParagraphs = 2;  // dossiers are several paragraphs long
constexpr int kMaxParagraphs = 4;

constexpr double kRegionalShare = 0.25;
constexpr double kSecondBassinShare = 0.3;
constexpr double kNoReferralShare = 0.25;
constexpr int kMaxReferrals = 3;

// Services sit around their area's reference point, kept inside the region's bounding box
// (Geography::inside_region) with a margin.
constexpr double kJitterDegrees = 0.006;
constexpr double kMinLat = 50.77;
constexpr double kMaxLat = 50.91;
constexpr double kMinLon = 4.25;
constexpr double kMaxLon = 4.48;
constexpr double kCoordScale = 1e4;  // 4 decimals, about 10 m

constexpr int kFirstYear = 2023;
constexpr int kLastYear = 2025;

constexpr std::array<const char*, 11> kCallerRoles = {
    "gp",           "nurse",      "social_worker", "pharmacist", "hospital", "coordinator",
    "psychologist", "specialist", "paramedical",   "family",     "other"};

enum Lang : std::size_t { kFr = 0, kNl = 1 };
constexpr std::array<const char*, 2> kLangCodes = {"fr", "nl"};

std::size_t pick(Rng& rng, std::size_t size) {
  return std::uniform_int_distribution<std::size_t>(0, size - 1)(rng);
}

int between(Rng& rng, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(rng);
}

bool chance(Rng& rng, double p) { return std::bernoulli_distribution(p)(rng); }

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return {};
  }
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// True when text[i] starts a lowercase letter (ASCII, or Latin-1 à..ÿ in UTF-8).
bool lowercase_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) {
    return false;
  }
  const auto c = static_cast<unsigned char>(text[i]);
  if (c >= 'a' && c <= 'z') {
    return true;
  }
  return c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0;
}

// Sentences end at '.', '!' or '?' followed by a space and no lowercase letter (so the
// abbreviations of helpdesk notes, "une inf. à domicile", stay whole), and at line breaks.
std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool stop = (c == '.' || c == '!' || c == '?') &&
                      (i + 1 == text.size() || (text[i + 1] == ' ' && !lowercase_at(text, i + 2)));
    if (c != '\n' && !stop && i + 1 != text.size()) {
      continue;
    }
    const std::size_t end = c == '\n' ? i : i + 1;
    const std::string_view sentence = trim(text.substr(start, end - start));
    if (sentence.size() >= kMinSentenceBytes) {
      out.push_back(sentence);
    }
    start = i + 1;
  }
  return out;
}

// The sentences of one family of texts (prose or helpdesk notes) by theme and language.
class SentencePool {
 public:
  void add(const std::vector<std::string>& themes, Lang lang, std::string_view text) {
    for (const std::string_view s : split_sentences(text)) {
      const std::size_t index = sentences_.size();
      sentences_.emplace_back(s);
      all_[lang].push_back(index);
      for (const auto& theme : themes) {
        by_theme_[theme][lang].push_back(index);
      }
    }
  }

  bool has(const std::vector<std::string>& themes, Lang lang) const {
    return std::any_of(themes.begin(), themes.end(),
                       [&](const std::string& t) { return !list(t, lang).empty(); });
  }

  // `count` sentences in `lang`, each from the records of one of `themes` (any record of the
  // language when none of the themes has a sentence in it), joined by spaces.
  std::string draw(const std::vector<std::string>& themes, Lang lang, int count, Rng& rng) const {
    std::vector<const std::vector<std::size_t>*> lists;
    for (const auto& theme : themes) {
      if (const auto& l = list(theme, lang); !l.empty()) {
        lists.push_back(&l);
      }
    }
    if (lists.empty()) {
      lists.push_back(all_[lang].empty() ? &all_[1 - lang] : &all_[lang]);
    }
    std::string out;
    for (int i = 0; i < count; ++i) {
      const auto& l = *lists[pick(rng, lists.size())];
      if (!out.empty()) {
        out.push_back(' ');
      }
      out += sentences_[l[pick(rng, l.size())]];
    }
    return out;
  }

  bool empty() const { return sentences_.empty(); }

 private:
  const std::vector<std::size_t>& list(const std::string& theme, Lang lang) const {
    const auto it = by_theme_.find(theme);
    return it == by_theme_.end() ? none_ : it->second[lang];
  }

  std::vector<std::string> sentences_;
  std::map<std::string, std::array<std::vector<std::size_t>, 2>, std::less<>> by_theme_;
  std::array<std::vector<std::size_t>, 2> all_;
  const std::vector<std::size_t> none_{};
};

// What an answer copies from its source record.
struct AnswerSource {
  std::vector<std::string> themes;
  std::vector<Lang> langs;
  std::string caller_role;  // "" for a source that is not an answer
};

std::vector<Lang> langs_of(const corpus::LocalText& t) {
  std::vector<Lang> out;
  if (!t.fr.empty()) {
    out.push_back(kFr);
  }
  if (!t.nl.empty()) {
    out.push_back(kNl);
  }
  return out;
}

// FNV-1a, 64 bits: a stable hash of the sample files for the fingerprint.
class Fnv {
 public:
  void add(std::string_view bytes) {
    for (const char c : bytes) {
      hash_ = (hash_ ^ static_cast<unsigned char>(c)) * kPrime;
    }
  }
  std::string hex() const {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
    return buf;
  }

 private:
  static constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash_ = 14695981039346656037ULL;
};

std::string fingerprint(const GeneratorOptions& options) {
  Fnv fnv;
  for (const char* name : kFiles) {
    std::ifstream in(options.sample_dir / name, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fnv.add(name);
    fnv.add(bytes);
  }
  return std::string(kGeneratorVersion) + " seed=" + std::to_string(options.seed) +
         " documents=" + std::to_string(options.documents) + " sample=" + fnv.hex();
}

std::string read_marker(const fs::path& dir) {
  std::ifstream in(dir / kMarkerName);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string random_date(Rng& rng) {
  const std::chrono::sys_days first{std::chrono::year{kFirstYear} / 1 / 1};
  const std::chrono::sys_days last{std::chrono::year{kLastYear} / 12 / 31};
  const int offset = between(rng, 0, static_cast<int>((last - first).count()));
  const std::chrono::year_month_day ymd{first + std::chrono::days{offset}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

double jitter(Rng& rng, double value, double low, double high) {
  const double v =
      value + std::uniform_real_distribution<double>(-kJitterDegrees, kJitterDegrees)(rng);
  return std::round(std::clamp(v, low, high) * kCoordScale) / kCoordScale;
}

std::string numbered_id(const char* prefix, std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%07zu", prefix, n);
  return buf;
}

void write_string(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_list(Writer& w, const char* key, const std::vector<std::string>& items) {
  w.Key(key);
  w.StartArray();
  for (const auto& item : items) {
    w.String(item);
  }
  w.EndArray();
}

void write_local(Writer& w, const char* key, const corpus::LocalText& t) {
  if (t.empty()) {
    return;
  }
  w.Key(key);
  w.StartObject();
  if (!t.fr.empty()) {
    write_string(w, "fr", t.fr);
  }
  if (!t.nl.empty()) {
    write_string(w, "nl", t.nl);
  }
  w.EndObject();
}

// Writes one JSON object per line.
class LineWriter {
 public:
  explicit LineWriter(const fs::path& file) : out_(file, std::ios::binary | std::ios::trunc) {}
  template <typename F>
  void record(F fill) {
    buf_.Clear();
    Writer w(buf_);
    w.StartObject();
    fill(w);
    w.EndObject();
    out_.write(buf_.GetString(), static_cast<std::streamsize>(buf_.GetSize()));
    out_.put('\n');
  }
  bool close() {
    out_.close();
    return !out_.fail();
  }

 private:
  std::ofstream out_;
  rapidjson::StringBuffer buf_;
};

// The sample corpus, read once, and the pools drawn from.
struct Sample {
  corpus::Corpus corpus;
  SentencePool prose;      // service descriptions, dossier bodies
  SentencePool questions;  // answers' questions, as noted
  SentencePool replies;    // answers' answers
  std::vector<AnswerSource> answer_sources;

  explicit Sample(corpus::Corpus c) : corpus(std::move(c)) {
    for (const auto& s : corpus.services) {
      prose.add(s.themes, kFr, s.description.fr);
      prose.add(s.themes, kNl, s.description.nl);
    }
    for (const auto& d : corpus.dossiers) {
      prose.add(d.themes, kFr, d.body.fr);
      prose.add(d.themes, kNl, d.body.nl);
    }
    for (const auto& a : corpus.answers) {
      const Lang lang = a.lang == "nl" ? kNl : kFr;
      questions.add(a.themes, lang, a.question);
      replies.add(a.themes, lang, a.answer);
      answer_sources.push_back({a.themes, {lang}, a.caller_role});
    }
    if (answer_sources.empty()) {
      for (const auto& s : corpus.services) {
        answer_sources.push_back({s.themes, langs_of(s.description), ""});
      }
      for (const auto& d : corpus.dossiers) {
        answer_sources.push_back({d.themes, langs_of(d.body), ""});
      }
    }
  }
};

class Generator {
 public:
  Generator(const Sample& sample, const corpus::ReferenceData& ref, std::uint64_t seed)
      : sample_(sample), ref_(ref), rng_(seed) {}

  corpus::Service service(std::size_t n) {
    const corpus::Service& src =
        sample_.corpus.services[pick(rng_, sample_.corpus.services.size())];
    const auto& areas = ref_.geography.areas();
    const corpus::Area& area = areas[pick(rng_, areas.size())];
    corpus::Service s = src;  // organisation, contact, hours, audience, cost, ages, languages
    s.id = numbered_id("svc-gen-", n);
    s.name = {};
    s.description = {};
    if (!src.name.fr.empty()) {
      s.name.fr = src.name.fr + " – " + area.name_fr;
    }
    if (!src.name.nl.empty()) {
      s.name.nl = src.name.nl + " – " + area.name_nl;
    }
    if (!src.description.fr.empty()) {
      s.description.fr = sentences(sample_.prose, s.themes, kFr);
    }
    if (!src.description.nl.empty()) {
      s.description.nl = sentences(sample_.prose, s.themes, kNl);
    }
    if (chance(rng_, kRegionalShare)) {
      s.service_area = {"region"};
    } else {
      s.service_area = {area.bassin};
      const auto next = ref_.geography.neighbours(area.bassin);
      if (!next.empty() && chance(rng_, kSecondBassinShare)) {
        s.service_area.push_back(next[pick(rng_, next.size())]);
      }
    }
    s.address.postcode = area.postcodes.front();
    s.address.commune = chance(rng_, 0.5) ? area.name_fr : area.name_nl;
    s.lat = jitter(rng_, area.lat, kMinLat, kMaxLat);
    s.lon = jitter(rng_, area.lon, kMinLon, kMaxLon);
    s.updated = random_date(rng_);
    return s;
  }

  corpus::Answer answer(std::size_t n, const std::vector<corpus::Service>& services,
                        const std::map<std::string, std::vector<std::size_t>>& by_theme) {
    const AnswerSource& src = sample_.answer_sources[pick(rng_, sample_.answer_sources.size())];
    corpus::Answer a;
    a.id = numbered_id("ans-gen-", n);
    a.date = random_date(rng_);
    const auto& bassins = ref_.geography.bassins();
    a.bassin = bassins[pick(rng_, bassins.size())].code;
    a.caller_role =
        src.caller_role.empty() ? kCallerRoles[pick(rng_, kCallerRoles.size())] : src.caller_role;
    const Lang lang = src.langs.empty() ? kFr : src.langs[pick(rng_, src.langs.size())];
    a.lang = kLangCodes[lang];
    a.themes = src.themes;
    // Notes read like notes: questions from questions, answers from answers, when the sample
    // has some of the theme in the language.
    const bool notes = sample_.questions.has(a.themes, lang) && sample_.replies.has(a.themes, lang);
    const int total = between(rng_, kMinSentences, kMaxSentences);
    const int in_question = between(rng_, 1, std::min(kMaxQuestionSentences, total - 1));
    a.question =
        (notes ? sample_.questions : sample_.prose).draw(a.themes, lang, in_question, rng_);
    a.answer =
        (notes ? sample_.replies : sample_.prose).draw(a.themes, lang, total - in_question, rng_);
    if (!chance(rng_, kNoReferralShare)) {
      const auto it = by_theme.find(a.themes.front());
      if (it != by_theme.end()) {
        const int wanted = between(rng_, 1, kMaxReferrals);
        for (int i = 0; i < wanted; ++i) {
          const std::string& id = services[it->second[pick(rng_, it->second.size())]].id;
          if (std::find(a.referred.begin(), a.referred.end(), id) == a.referred.end()) {
            a.referred.push_back(id);
          }
        }
      }
    }
    return a;
  }

  corpus::Dossier dossier(std::size_t n) {
    const corpus::Dossier& src =
        sample_.corpus.dossiers[pick(rng_, sample_.corpus.dossiers.size())];
    corpus::Dossier d;
    d.id = numbered_id("dos-gen-", n);
    d.title = src.title;
    d.themes = src.themes;
    if (!src.body.fr.empty()) {
      d.body.fr = paragraphs(d.themes, kFr);
    }
    if (!src.body.nl.empty()) {
      d.body.nl = paragraphs(d.themes, kNl);
    }
    d.updated = random_date(rng_);
    return d;
  }

 private:
  std::string sentences(const SentencePool& pool, const std::vector<std::string>& themes,
                        Lang lang) {
    return pool.draw(themes, lang, between(rng_, kMinSentences, kMaxSentences), rng_);
  }

  std::string paragraphs(const std::vector<std::string>& themes, Lang lang) {
    std::string out;
    const int count = between(rng_, kMinParagraphs, kMaxParagraphs);
    for (int i = 0; i < count; ++i) {
      if (!out.empty()) {
        out += "\n\n";
      }
      out += sentences(sample_.prose, themes, lang);
    }
    return out;
  }

  const Sample& sample_;
  const corpus::ReferenceData& ref_;
  Rng rng_;
};

void write_service(Writer& w, const corpus::Service& s) {
  write_string(w, "id", s.id);
  write_local(w, "name", s.name);
  write_local(w, "description", s.description);
  write_string(w, "organization", s.organization);
  write_list(w, "themes", s.themes);
  write_list(w, "service_area", s.service_area);
  w.Key("address");
  w.StartObject();
  write_string(w, "street", s.address.street);
  write_string(w, "postcode", s.address.postcode);
  write_string(w, "commune", s.address.commune);
  w.EndObject();
  w.Key("lat");
  w.Double(s.lat);
  w.Key("lon");
  w.Double(s.lon);
  write_list(w, "languages", s.languages);
  w.Key("contact");
  w.StartObject();
  for (const auto& [key, value] :
       {std::pair{"phone", &s.contact.phone}, std::pair{"email", &s.contact.email},
        std::pair{"url", &s.contact.url}}) {
    if (!value->empty()) {
      write_string(w, key, *value);
    }
  }
  w.EndObject();
  write_local(w, "hours", s.hours);
  write_local(w, "audience", s.audience);
  write_local(w, "eligibility", s.eligibility);
  write_local(w, "cost", s.cost);
  if (s.age_min) {
    w.Key("age_min");
    w.Int(*s.age_min);
  }
  if (s.age_max) {
    w.Key("age_max");
    w.Int(*s.age_max);
  }
  write_string(w, "updated", s.updated);
}

void write_answer(Writer& w, const corpus::Answer& a) {
  write_string(w, "id", a.id);
  write_string(w, "date", a.date);
  write_string(w, "bassin", a.bassin);
  write_string(w, "caller_role", a.caller_role);
  write_string(w, "lang", a.lang);
  write_string(w, "question", a.question);
  write_string(w, "answer", a.answer);
  write_list(w, "themes", a.themes);
  write_list(w, "referred", a.referred);
}

void write_dossier(Writer& w, const corpus::Dossier& d) {
  write_string(w, "id", d.id);
  write_local(w, "title", d.title);
  write_local(w, "body", d.body);
  write_list(w, "themes", d.themes);
  write_string(w, "updated", d.updated);
}

}  // namespace

Result<GeneratedCorpus> generate_corpus(const GeneratorOptions& options, const fs::path& out_root,
                                        const corpus::ReferenceData& ref) {
  if (options.documents < kMinDocuments) {
    return Status::invalid_argument("a generated corpus needs at least " +
                                    std::to_string(kMinDocuments) + " documents, got " +
                                    std::to_string(options.documents));
  }
  GeneratedCorpus out;
  const auto documents = static_cast<double>(options.documents);
  out.dossiers =
      std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(kDossierShare * documents)));
  out.services = static_cast<std::size_t>(std::llround(kServiceShare * documents));
  out.answers = options.documents - out.services - out.dossiers;
  out.dir = out_root / ("corpus-" + std::to_string(options.documents));

  auto loaded = corpus::load_corpus(options.sample_dir, ref);
  if (!loaded.ok()) {
    return loaded.status();
  }
  out.fingerprint = fingerprint(options);
  if (fs::is_directory(out.dir) && read_marker(out.dir) == out.fingerprint) {
    out.reused = true;
    return out;
  }
  const Sample sample(std::move(*loaded));
  if (sample.corpus.services.empty() || sample.corpus.dossiers.empty() || sample.prose.empty()) {
    return Status::invalid_argument("the sample corpus " + options.sample_dir.string() +
                                    " needs services and dossiers with text");
  }

  std::error_code ec;
  const fs::path tmp = out_root / ("corpus-" + std::to_string(options.documents) + ".tmp");
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  if (ec) {
    return Status::unavailable("cannot create " + tmp.string() + ": " + ec.message());
  }

  Generator gen(sample, ref, options.seed);
  std::vector<corpus::Service> services;
  services.reserve(out.services);
  std::map<std::string, std::vector<std::size_t>> services_by_theme;
  LineWriter service_file(tmp / "services.jsonl");
  for (std::size_t i = 0; i < out.services; ++i) {
    services.push_back(gen.service(i + 1));
    for (const auto& theme : services.back().themes) {
      services_by_theme[theme].push_back(i);
    }
    service_file.record([&](Writer& w) { write_service(w, services.back()); });
  }
  LineWriter answer_file(tmp / "answers.jsonl");
  for (std::size_t i = 0; i < out.answers; ++i) {
    const corpus::Answer a = gen.answer(i + 1, services, services_by_theme);
    answer_file.record([&](Writer& w) { write_answer(w, a); });
  }
  LineWriter dossier_file(tmp / "dossiers.jsonl");
  for (std::size_t i = 0; i < out.dossiers; ++i) {
    const corpus::Dossier d = gen.dossier(i + 1);
    dossier_file.record([&](Writer& w) { write_dossier(w, d); });
  }
  if (!service_file.close() || !answer_file.close() || !dossier_file.close()) {
    return Status::unavailable("cannot write the corpus files in " + tmp.string());
  }

  // A benchmark must not time a corpus that the indexer would partly reject.
  auto check = corpus::load_corpus(tmp, ref);
  if (!check.ok()) {
    return check.status();
  }
  if (!check->problems.empty()) {
    return Status::internal(
        "the generated corpus does not validate: " + check->problems.front().to_string() +
        " (and " + std::to_string(check->problems.size() - 1) + " more)");
  }
  {
    std::ofstream marker(tmp / kMarkerName, std::ios::trunc);
    marker << out.fingerprint << "\n";
    if (!marker.flush()) {
      return Status::unavailable("cannot write " + (tmp / kMarkerName).string());
    }
  }
  fs::remove_all(out.dir, ec);
  fs::rename(tmp, out.dir, ec);
  if (ec) {
    return Status::unavailable("cannot move the corpus to " + out.dir.string() + ": " +
                               ec.message());
  }
  return out;
}

}  // namespace orienta::bench
