// Reads the past answers and the services of an index into plain records for the reports.
#include "index_reader.h"

#include <algorithm>
#include <rapidjson/document.h>

#include "orienta/index_schema.h"

#include "calendar.h"

namespace orienta::analytics {
namespace {

std::string term(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + std::string(value);
}

std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t sep = value.find(schema::kListSeparator, start);
    if (sep == std::string::npos) {
      sep = value.size();
    }
    out.push_back(value.substr(start, sep - start));
    start = sep + 1;
  }
  return out;
}

std::string string_field(const rapidjson::Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : std::string();
}

// The answer in a stored record, or the reason it cannot be used.
std::string parse_answer(const std::string& data, AnswerRecord& a) {
  rapidjson::Document d;
  d.Parse(data.c_str(), data.size());
  if (d.HasParseError() || !d.IsObject()) {
    return "the stored record is not a JSON object";
  }
  a.id = string_field(d, "id");
  a.bassin = string_field(d, "bassin");
  a.caller_role = string_field(d, "caller_role");
  if (a.id.empty() || a.bassin.empty() || a.caller_role.empty()) {
    return "the stored record lacks its id, bassin or caller_role";
  }
  const auto day = parse_date(string_field(d, "date"));
  if (!day) {
    return "field \"date\" is not a date YYYY-MM-DD";
  }
  a.day = *day;
  a.month = month_of_day(*day);
  const rapidjson::Value::ConstMemberIterator themes = d.FindMember("themes");
  if (themes == static_cast<const rapidjson::Value&>(d).MemberEnd() || !themes->value.IsArray()) {
    return "field \"themes\" is not a list";
  }
  for (const auto& t : themes->value.GetArray()) {
    if (t.IsString() &&
        std::find(a.themes.begin(), a.themes.end(), t.GetString()) == a.themes.end()) {
      a.themes.emplace_back(t.GetString(), t.GetStringLength());
    }
  }
  if (a.themes.empty()) {
    return "the stored record has no theme";
  }
  return {};
}

}  // namespace

Snapshot read_snapshot(const Xapian::Database& db) {
  Snapshot snap;
  const std::string answer_term = term(schema::kPrefixKind, "answer");
  for (auto p = db.postlist_begin(answer_term); p != db.postlist_end(answer_term); ++p) {
    const Xapian::Document doc = db.get_document(*p);
    AnswerRecord a;
    a.docid = *p;
    if (const std::string why = parse_answer(doc.get_data(), a); !why.empty()) {
      snap.notices.push_back("answer document " + std::to_string(*p) + " (" +
                             doc.get_value(schema::kSlotId) + ") left out: " + why);
      continue;
    }
    snap.answers.push_back(std::move(a));
  }
  std::sort(snap.answers.begin(), snap.answers.end(),
            [](const AnswerRecord& x, const AnswerRecord& y) {
              return x.day != y.day ? x.day < y.day : x.id < y.id;
            });
  const std::string service_term = term(schema::kPrefixKind, "service");
  for (auto p = db.postlist_begin(service_term); p != db.postlist_end(service_term); ++p) {
    const Xapian::Document doc = db.get_document(*p);
    ServiceRecord s;
    s.id = doc.get_value(schema::kSlotId);
    s.themes = split_list(doc.get_value(schema::kSlotThemes));
    s.area = split_list(doc.get_value(schema::kSlotBassins));
    snap.services.push_back(std::move(s));
  }
  std::sort(snap.services.begin(), snap.services.end(),
            [](const ServiceRecord& x, const ServiceRecord& y) { return x.id < y.id; });
  return snap;
}

}  // namespace orienta::analytics
