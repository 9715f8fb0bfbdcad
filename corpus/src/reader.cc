// JSON Lines readers and the validation of every corpus record.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <set>
#include <unordered_set>

#include "orienta/corpus.h"

namespace orienta::corpus {
namespace {

using rapidjson::Value;

constexpr int kMaxAge = 120;
const std::set<std::string, std::less<>> kCallerRoles = {
    "gp",           "nurse",      "social_worker", "pharmacist", "hospital", "coordinator",
    "psychologist", "specialist", "paramedical",   "family",     "other"};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string today_utc() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

namespace {

// "" when `text` is a real YYYY-MM-DD date, else the reason it is not.
std::string date_problem(const std::string& text) {
  int y = 0;
  int m = 0;
  int d = 0;
  char tail = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
    return "expected a date YYYY-MM-DD, got \"" + text + "\"";
  }
  if (!is_calendar_date(text)) {
    return "no such date \"" + text + "\"";
  }
  if (text > today_utc()) {
    return "date \"" + text + "\" is in the future";
  }
  return "";
}

}  // namespace

bool is_calendar_date(std::string_view text) {
  int y = 0;
  int m = 0;
  int d = 0;
  char tail = 0;
  const std::string t(text);
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' ||
      std::sscanf(t.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      t.find_first_not_of("0123456789-") != std::string::npos) {
    return false;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 &&
         d <= kDays[m - 1] + (m == 2 && is_leap(y) ? 1 : 0);
}

namespace {

bool valid_id(const std::string& id, std::string_view prefix) {
  if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool valid_language(const std::string& code) {
  return (code.size() == 2 || code.size() == 3) &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Reads the fields of one record and collects its problems.
class RecordReader {
 public:
  RecordReader(const Value& object, std::string file, int line, const ReferenceData& ref,
               std::vector<Problem>& problems)
      : obj_(object), file_(std::move(file)), line_(line), ref_(ref), problems_(problems) {}

  bool ok() const { return ok_; }

  void fail(std::string field, std::string reason) {
    problems_.push_back(Problem{file_, line_, std::move(field), std::move(reason)});
    ok_ = false;
  }

  const Value* member(const char* field, bool required) {
    const auto it = obj_.FindMember(field);
    if (it == obj_.MemberEnd() || it->value.IsNull()) {
      if (required) {
        fail(field, "missing");
      }
      return nullptr;
    }
    return &it->value;
  }

  std::string string(const char* field, bool required = true) {
    const Value* v = member(field, required);
    if (v == nullptr) {
      return "";
    }
    if (!v->IsString()) {
      fail(field, "expected a string");
      return "";
    }
    std::string s(v->GetString(), v->GetStringLength());
    if (required && trim_empty(s)) {
      fail(field, "is empty");
    }
    return s;
  }

  // An optional true/false; absent or null: false.
  bool boolean(const char* field) {
    const Value* v = member(field, false);
    if (v == nullptr) {
      return false;
    }
    if (!v->IsBool()) {
      fail(field, "expected true or false");
      return false;
    }
    return v->GetBool();
  }

  LocalText local(const char* field, bool required = true) {
    LocalText text;
    const Value* v = member(field, required);
    if (v == nullptr) {
      return text;
    }
    if (v->IsString()) {
      fail(field, "expected an object {\"fr\": ..., \"nl\": ...}, got a string");
      return text;
    }
    if (!v->IsObject()) {
      fail(field, "expected an object {\"fr\": ..., \"nl\": ...}");
      return text;
    }
    for (auto it = v->MemberBegin(); it != v->MemberEnd(); ++it) {
      const std::string lang(it->name.GetString(), it->name.GetStringLength());
      if (lang != "fr" && lang != "nl") {
        fail(field, "unknown language \"" + lang + "\" (expected \"fr\" or \"nl\")");
        continue;
      }
      if (!it->value.IsString()) {
        fail(field, "\"" + lang + "\" must be a string");
        continue;
      }
      std::string s(it->value.GetString(), it->value.GetStringLength());
      if (trim_empty(s)) {
        s.clear();
      }
      (lang == "fr" ? text.fr : text.nl) = std::move(s);
    }
    if (required && text.empty()) {
      fail(field, "needs a non-empty \"fr\" or \"nl\" text");
    }
    return text;
  }

  std::vector<std::string> strings(const char* field, bool required = true) {
    std::vector<std::string> out;
    const Value* v = member(field, required);
    if (v == nullptr) {
      return out;
    }
    if (!v->IsArray()) {
      fail(field, "expected an array of strings");
      return out;
    }
    for (const auto& item : v->GetArray()) {
      if (!item.IsString()) {
        fail(field, "expected an array of strings");
        return {};
      }
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }

  std::vector<std::string> themes(std::size_t max) {
    auto codes = strings("themes");
    if (ok_ && (codes.empty() || codes.size() > max)) {
      fail("themes", "expected 1 to " + std::to_string(max) + " theme codes, got " +
                         std::to_string(codes.size()));
    }
    std::set<std::string> seen;
    for (const auto& code : codes) {
      if (!ref_.themes.contains(code)) {
        fail("themes", "unknown theme \"" + code + "\"");
      } else if (!seen.insert(code).second) {
        fail("themes", "theme \"" + code + "\" listed twice");
      }
    }
    return codes;
  }

  std::string date(const char* field) {
    std::string text = string(field);
    if (!text.empty()) {
      if (auto why = date_problem(text); !why.empty()) {
        fail(field, why);
      }
    }
    return text;
  }

  std::string id(std::string_view prefix) {
    std::string text = string("id");
    if (!text.empty() && !valid_id(text, prefix)) {
      fail("id", "\"" + text + "\" must be \"" + std::string(prefix) +
                     "\" followed by lowercase letters, digits or hyphens");
    }
    return text;
  }

  std::string bassin(const char* field) {
    std::string code = string(field);
    if (!code.empty() && !ref_.geography.is_bassin(code)) {
      fail(field, "unknown bassin \"" + code + "\"");
    }
    return code;
  }

  double number(const char* field) {
    const Value* v = member(field, true);
    if (v == nullptr) {
      return 0.0;
    }
    if (!v->IsNumber()) {
      fail(field, "expected a number");
      return 0.0;
    }
    return v->GetDouble();
  }

  std::optional<int> age(const char* field) {
    const Value* v = member(field, false);
    if (v == nullptr) {
      return std::nullopt;
    }
    if (!v->IsInt() || v->GetInt() < 0 || v->GetInt() > kMaxAge) {
      fail(field, "expected an age in years, 0 to " + std::to_string(kMaxAge));
      return std::nullopt;
    }
    return v->GetInt();
  }

  const Value* object(const char* field) {
    const Value* v = member(field, true);
    if (v != nullptr && !v->IsObject()) {
      fail(field, "expected an object");
      return nullptr;
    }
    return v;
  }

  // A string member of a nested object, reported as "parent.child".
  std::string nested(const Value* parent, const char* parent_name, const char* field,
                     bool required) {
    const std::string name = std::string(parent_name) + "." + field;
    if (parent == nullptr) {
      return "";
    }
    const auto it = parent->FindMember(field);
    if (it == parent->MemberEnd() || it->value.IsNull()) {
      if (required) {
        fail(name, "missing");
      }
      return "";
    }
    if (!it->value.IsString()) {
      fail(name, "expected a string");
      return "";
    }
    std::string s(it->value.GetString(), it->value.GetStringLength());
    if (required && trim_empty(s)) {
      fail(name, "is empty");
    }
    return s;
  }

  const ReferenceData& ref() const { return ref_; }

 private:
  static bool trim_empty(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
  }

  const Value& obj_;
  std::string file_;
  int line_;
  const ReferenceData& ref_;
  std::vector<Problem>& problems_;
  bool ok_ = true;
};

std::optional<Service> read_service(RecordReader& r) {
  Service s;
  s.id = r.id("svc-");
  s.name = r.local("name");
  s.description = r.local("description");
  s.organization = r.string("organization");
  s.themes = r.themes(3);
  s.service_area = r.strings("service_area");
  if (s.service_area.empty() && r.ok()) {
    r.fail("service_area", "expected bassin codes, area ids or [\"region\"]");
  }
  for (const auto& code : s.service_area) {
    if (code == "region") {
      if (s.service_area.size() > 1) {
        r.fail("service_area", "\"region\" cannot be combined with bassins or areas");
      }
    } else if (!r.ref().geography.is_bassin(code) && r.ref().geography.area(code) == nullptr) {
      r.fail("service_area", "unknown bassin or area \"" + code + "\"");
    }
  }
  const Value* address = r.object("address");
  s.address.street = r.nested(address, "address", "street", true);
  s.address.postcode = r.nested(address, "address", "postcode", true);
  s.address.commune = r.nested(address, "address", "commune", true);
  if (!s.address.postcode.empty() && !r.ref().geography.is_postcode(s.address.postcode)) {
    r.fail("address.postcode", "\"" + s.address.postcode + "\" is not a Brussels-Capital postcode");
  }
  if (!s.address.commune.empty() && !r.ref().geography.by_name(s.address.commune).ok()) {
    r.fail("address.commune", "unknown commune \"" + s.address.commune + "\"");
  }
  s.lat = r.number("lat");
  s.lon = r.number("lon");
  if (r.ok() && !Geography::inside_region(s.lat, s.lon)) {
    r.fail("lat", "coordinates (" + std::to_string(s.lat) + ", " + std::to_string(s.lon) +
                      ") are outside the Brussels-Capital Region");
  }
  s.languages = r.strings("languages");
  if (r.ok() && s.languages.empty()) {
    r.fail("languages", "needs at least one language code");
  }
  for (const auto& code : s.languages) {
    if (!valid_language(code)) {
      r.fail("languages", "\"" + code + "\" is not a language code such as \"fr\" or \"nl\"");
    }
  }
  const Value* contact = r.object("contact");
  s.contact.phone = r.nested(contact, "contact", "phone", false);
  s.contact.email = r.nested(contact, "contact", "email", false);
  s.contact.url = r.nested(contact, "contact", "url", false);
  if (contact != nullptr && s.contact.phone.empty() && s.contact.email.empty() &&
      s.contact.url.empty()) {
    r.fail("contact", "needs a phone, an email or a url");
  }
  if (!s.contact.email.empty() && s.contact.email.find('@') == std::string::npos) {
    r.fail("contact.email", "\"" + s.contact.email + "\" is not an e-mail address");
  }
  if (!s.contact.url.empty() && s.contact.url.rfind("http://", 0) != 0 &&
      s.contact.url.rfind("https://", 0) != 0) {
    r.fail("contact.url", "\"" + s.contact.url + "\" must start with http:// or https://");
  }
  s.hours = r.local("hours", false);
  s.audience = r.local("audience", false);
  s.eligibility = r.local("eligibility", false);
  s.cost = r.local("cost", false);
  s.age_min = r.age("age_min");
  s.age_max = r.age("age_max");
  if (s.age_min && s.age_max && *s.age_min > *s.age_max) {
    r.fail("age_min", "is above age_max");
  }
  s.audiences = r.strings("audiences", false);
  for (const auto& code : s.audiences) {
    if (r.ref().audience(code) == nullptr) {
      r.fail("audiences", "unknown audience \"" + code + "\" (see data/audiences.tsv)");
    }
  }
  s.offers = r.strings("offers", false);
  for (const auto& code : s.offers) {
    if (r.ref().offer(code) == nullptr) {
      r.fail("offers", "unknown offer \"" + code + "\" (see data/offers.tsv)");
    }
  }
  if (s.offers.size() > 3) {
    r.fail("offers", "expected at most 3 offer codes, got " + std::to_string(s.offers.size()));
  }
  s.conditions = r.strings("conditions", false);
  for (const auto& code : s.conditions) {
    if (r.ref().condition(code) == nullptr) {
      r.fail("conditions", "unknown condition \"" + code + "\" (see data/conditions.tsv)");
    }
  }
  s.requirements = r.strings("requires", false);
  for (const auto& code : s.requirements) {
    if (std::find(kRequirements.begin(), kRequirements.end(), code) == kRequirements.end()) {
      r.fail("requires", "unknown requirement \"" + code +
                             "\" (health_insurance, legal_residence, medical_referral, "
                             "commune_residence, followed_here)");
    }
  }
  s.updated = r.date("updated");
  return r.ok() ? std::optional<Service>(std::move(s)) : std::nullopt;
}

std::optional<Answer> read_answer(RecordReader& r) {
  Answer a;
  a.id = r.id("ans-");
  a.date = r.date("date");
  a.bassin = r.bassin("bassin");
  a.caller_role = r.string("caller_role");
  if (!a.caller_role.empty() && kCallerRoles.count(a.caller_role) == 0) {
    r.fail("caller_role", "unknown role \"" + a.caller_role + "\" (see docs/corpus.md)");
  }
  a.lang = r.string("lang");
  if (!a.lang.empty() && a.lang != "fr" && a.lang != "nl") {
    r.fail("lang", "expected \"fr\" or \"nl\", got \"" + a.lang + "\"");
  }
  a.question = r.string("question");
  a.answer = r.string("answer");
  a.themes = r.themes(4);
  a.referred = r.strings("referred");
  a.urgent = r.boolean("urgent");
  return r.ok() ? std::optional<Answer>(std::move(a)) : std::nullopt;
}

std::optional<Dossier> read_dossier(RecordReader& r) {
  Dossier d;
  d.id = r.id("dos-");
  d.title = r.local("title");
  d.body = r.local("body");
  d.themes = r.themes(3);
  d.updated = r.date("updated");
  return r.ok() ? std::optional<Dossier>(std::move(d)) : std::nullopt;
}

// Calls `on_object(object, line)` for each JSON object line of `path`; reports the lines
// that are too long, not UTF-8, not JSON or not an object.
template <typename F>
void for_each_line(const std::filesystem::path& path, std::vector<Problem>& problems, F on_object) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!std::filesystem::exists(path)) {
    problems.push_back(Problem{file, 0, "-", "file not found"});
    return;
  }
  if (!in) {
    problems.push_back(Problem{file, 0, "-", "cannot read file"});
    return;
  }
  std::string line;
  int number = 0;
  int records = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) {
      line.erase(0, 3);  // a UTF-8 byte order mark
    }
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.find_first_not_of(" \t") == std::string::npos) {
      continue;
    }
    ++records;
    if (line.size() > kMaxLineBytes) {
      problems.push_back(Problem{file, number, "-",
                                 "line is " + std::to_string(line.size()) +
                                     " bytes long, over the limit of " +
                                     std::to_string(kMaxLineBytes) + " bytes"});
      continue;
    }
    if (!is_valid_utf8(line)) {
      problems.push_back(Problem{file, number, "-", "line is not valid UTF-8"});
      continue;
    }
    rapidjson::Document doc;
    // Iterative: a line of a million "[" would overflow the stack of a recursive parser.
    doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(),
                                                                                      line.size());
    if (doc.HasParseError()) {
      problems.push_back(Problem{
          file, number, "-",
          std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
              " (at byte " + std::to_string(doc.GetErrorOffset() + 1) + ")"});
      continue;
    }
    if (!doc.IsObject()) {
      problems.push_back(Problem{file, number, "-", "expected a JSON object"});
      continue;
    }
    on_object(doc, number);
  }
  if (records == 0) {
    problems.push_back(Problem{file, 0, "-", "file is empty"});
  }
}

template <typename Record>
void check_unique(std::vector<std::pair<Record, int>>& loaded, const std::string& file,
                  std::vector<Problem>& problems, std::vector<Record>& out) {
  std::unordered_set<std::string> seen;
  for (auto& [record, line] : loaded) {
    if (!seen.insert(record.id).second) {
      problems.push_back(Problem{file, line, "id", "duplicate id \"" + record.id + "\""});
      continue;
    }
    out.push_back(std::move(record));
  }
}

}  // namespace

std::string LocalText::lang() const {
  if (!fr.empty() && !nl.empty()) {
    return "fr+nl";
  }
  if (!fr.empty()) {
    return "fr";
  }
  return nl.empty() ? "" : "nl";
}

const std::string& LocalText::in(std::string_view lang) const {
  if (lang == "nl") {
    return nl.empty() ? fr : nl;
  }
  return fr.empty() ? nl : fr;
}

std::string Problem::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
  }
  out += ": ";
  if (!field.empty() && field != "-") {
    out += "field \"" + field + "\": ";
  }
  return out + reason;
}

Result<Corpus> load_corpus(const std::filesystem::path& dir, const ReferenceData& ref) {
  if (!std::filesystem::is_directory(dir)) {
    return Status::not_found("corpus folder \"" + dir.string() + "\" does not exist");
  }
  Corpus corpus;
  // Problems are gathered per file, then merged in file order (services, answers, dossiers).
  std::vector<Problem> service_problems;
  std::vector<Problem> answer_problems;
  std::vector<Problem> dossier_problems;

  const auto services_file = dir / "services.jsonl";
  std::vector<std::pair<Service, int>> services;
  for_each_line(services_file, service_problems, [&](const Value& obj, int line) {
    RecordReader r(obj, services_file.string(), line, ref, service_problems);
    if (auto s = read_service(r)) {
      services.emplace_back(std::move(*s), line);
    }
  });
  check_unique(services, services_file.string(), service_problems, corpus.services);

  std::unordered_set<std::string> service_ids;
  for (const auto& s : corpus.services) {
    service_ids.insert(s.id);
  }
  const auto answers_file = dir / "answers.jsonl";
  std::vector<std::pair<Answer, int>> answers;
  for_each_line(answers_file, answer_problems, [&](const Value& obj, int line) {
    RecordReader r(obj, answers_file.string(), line, ref, answer_problems);
    auto a = read_answer(r);
    if (!a) {
      return;
    }
    for (const auto& id : a->referred) {
      if (service_ids.count(id) == 0) {
        r.fail("referred", "unknown service \"" + id + "\"");
      }
    }
    if (r.ok()) {
      answers.emplace_back(std::move(*a), line);
    }
  });
  check_unique(answers, answers_file.string(), answer_problems, corpus.answers);

  const auto dossiers_file = dir / "dossiers.jsonl";
  std::vector<std::pair<Dossier, int>> dossiers;
  for_each_line(dossiers_file, dossier_problems, [&](const Value& obj, int line) {
    RecordReader r(obj, dossiers_file.string(), line, ref, dossier_problems);
    if (auto d = read_dossier(r)) {
      dossiers.emplace_back(std::move(*d), line);
    }
  });
  check_unique(dossiers, dossiers_file.string(), dossier_problems, corpus.dossiers);

  for (auto* list : {&service_problems, &answer_problems, &dossier_problems}) {
    std::stable_sort(list->begin(), list->end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    corpus.problems.insert(corpus.problems.end(), list->begin(), list->end());
  }
  return corpus;
}

CorpusStats compute_stats(const Corpus& corpus) {
  CorpusStats stats;
  stats.by_kind["service"] = static_cast<int>(corpus.services.size());
  stats.by_kind["answer"] = static_cast<int>(corpus.answers.size());
  stats.by_kind["dossier"] = static_cast<int>(corpus.dossiers.size());
  for (const auto& s : corpus.services) {
    ++stats.by_lang["service:" + s.description.lang()];
    for (const auto& t : s.themes) {
      ++stats.by_theme[t];
    }
    for (const auto& b : s.service_area) {
      ++stats.by_bassin["service:" + b];
    }
  }
  for (const auto& a : corpus.answers) {
    ++stats.by_lang["answer:" + a.lang];
    for (const auto& t : a.themes) {
      ++stats.by_theme[t];
    }
    ++stats.by_bassin["answer:" + a.bassin];
    if (!a.referred.empty()) {
      ++stats.answers_with_referrals;
    }
    if (stats.first_answer_date.empty() || a.date < stats.first_answer_date) {
      stats.first_answer_date = a.date;
    }
    stats.last_answer_date = std::max(stats.last_answer_date, a.date);
  }
  for (const auto& d : corpus.dossiers) {
    ++stats.by_lang["dossier:" + d.body.lang()];
    for (const auto& t : d.themes) {
      ++stats.by_theme[t];
    }
  }
  return stats;
}

}  // namespace orienta::corpus
