// The wire format: JSON bodies of the HTTP API, also printed by the CLI's --json.
#include <cmath>
#include <rapidjson/document.h>

#include "orienta/api.h"

#include "writer.h"

namespace orienta::api {

const char* error_code(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument:
      return "bad_request";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kUnavailable:
      return "unavailable";
    case StatusCode::kOk:
    case StatusCode::kInternal:
      break;
  }
  return "internal";
}

std::string error_json(std::string_view code, std::string_view message) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.String(code.data(), static_cast<rapidjson::SizeType>(code.size()));
  w.Key("message");
  w.String(message.data(), static_cast<rapidjson::SizeType>(message.size()));
  w.EndObject();
  w.EndObject();
  return buf.GetString();
}

std::string error_json(const Status& status) {
  return error_json(error_code(status.code()), status.message());
}

std::string search_json(const search::Results& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("query");
  w.String(r.query);
  w.Key("total");
  w.Int(r.total);
  w.Key("total_exact");
  w.Bool(r.total_exact);
  w.Key("page");
  w.Int(r.page);
  w.Key("size");
  w.Int(r.size);
  if (r.corrected_query) {
    w.Key("corrected_query");
    w.String(*r.corrected_query);
  }
  w.Key("results");
  w.StartArray();
  for (const auto& h : r.hits) {
    w.StartObject();
    w.Key("id");
    w.String(h.id);
    w.Key("kind");
    w.String(h.kind);
    w.Key("title");
    w.String(h.title);
    w.Key("snippet");
    w.String(h.snippet);
    w.Key("lang");
    w.String(h.lang);
    w.Key("themes");
    write_list(w, h.themes);
    w.Key("bassins");
    write_list(w, h.bassins);
    w.Key("score");
    w.Double(std::round(h.score * 1000.0) / 1000.0);
    if (h.distance_km) {
      w.Key("distance_km");
      w.Double(*h.distance_km);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("facets");
  w.StartObject();
  for (const auto& [facet, counts] : r.facets) {
    w.Key(facet.c_str());
    w.StartObject();
    for (const auto& [value, n] : counts) {
      w.Key(value.c_str());
      w.Int(n);
    }
    w.EndObject();
  }
  w.EndObject();
  if (!r.notices.empty()) {
    w.Key("notices");
    write_list(w, r.notices);
  }
  w.EndObject();
  return buf.GetString();
}

// Byte offsets of a text as offsets in characters (Unicode code points).
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : text_(text) {}
  std::size_t operator()(std::size_t byte) const {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < byte && i < text_.size(); ++i) {
      chars += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return chars;
  }

 private:
  std::string_view text_;
};

void write_spans(Writer& w, const std::vector<matcher::TextSpan>& spans, const CharOffsets& at) {
  w.StartArray();
  for (const auto& s : spans) {
    w.StartObject();
    w.Key("text");
    w.String(s.text);
    w.Key("begin");
    w.Uint64(at(s.begin));
    w.Key("end");
    w.Uint64(at(s.end));
    w.EndObject();
  }
  w.EndArray();
}

std::string match_json(const matcher::MatchResult& m, std::string_view text) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  const CharOffsets at(text);
  w.StartObject();
  w.Key("needs");
  w.StartArray();
  for (const auto& n : m.needs) {
    w.StartObject();
    w.Key("theme");
    w.String(n.theme);
    w.Key("confidence");
    w.Double(n.confidence);
    w.Key("evidence");
    write_list(w, n.evidence);
    w.Key("spans");
    write_spans(w, n.spans, at);
    w.EndObject();
  }
  w.EndArray();
  w.Key("urgency");
  w.StartObject();
  w.Key("urgent");
  w.Bool(m.urgency.urgent);
  w.Key("reason");
  m.urgency.reason.empty() ? w.Null() : w.String(m.urgency.reason);
  w.Key("evidence");
  write_spans(w, m.urgency.evidence, at);
  w.EndObject();
  w.Key("patient");
  w.StartObject();
  w.Key("age");
  m.patient.age ? w.Int(*m.patient.age) : w.Null();
  w.Key("sex");
  m.patient.sex.empty() ? w.Null() : w.String(m.patient.sex);
  for (const auto& [key, value] : {std::pair{"pregnant", m.patient.pregnant},
                                   {"victim_of_violence", m.patient.victim_of_violence},
                                   {"author_of_violence", m.patient.author_of_violence},
                                   {"no_insurance", m.patient.no_insurance},
                                   {"no_legal_residence", m.patient.no_legal_residence},
                                   {"homeless", m.patient.homeless}}) {
    w.Key(key);
    w.Bool(value);
  }
  w.Key("groups");
  write_list(w, m.patient.groups);
  w.Key("evidence");
  write_spans(w, m.patient.evidence, at);
  w.EndObject();
  w.Key("location");
  w.StartObject();
  w.Key("bassin");
  m.location.bassin.empty() ? w.Null() : w.String(m.location.bassin);
  w.Key("commune");
  m.location.commune.empty() ? w.Null() : w.String(m.location.commune);
  w.Key("source");
  w.String(m.location.source);
  if (m.location.outside_brussels) {
    w.Key("outside_brussels");
    w.Bool(true);
  }
  w.EndObject();
  w.Key("lang");
  w.String(m.lang);
  if (!m.spoken.empty()) {
    w.Key("languages_spoken");
    write_list(w, m.spoken);
  }
  w.Key("referrals");
  w.StartArray();
  for (const auto& r : m.referrals) {
    w.StartObject();
    w.Key("id");
    w.String(r.id);
    w.Key("name");
    w.String(r.name);
    w.Key("themes");
    write_list(w, r.themes);
    w.Key("bassins");
    write_list(w, r.bassins);
    w.Key("languages");
    write_list(w, r.languages);
    w.Key("needs_covered");
    write_list(w, r.needs_covered);
    w.Key("proximity");
    w.String(std::string(matcher::proximity_code(r.proximity)));
    w.Key("score");
    w.Double(r.score);
    w.Key("why");
    w.String(r.why);
    w.Key("offers");
    write_list(w, r.offers);
    w.Key("eligibility");
    w.StartObject();
    w.Key("audiences");
    write_list(w, r.audiences);
    w.Key("conditions");
    write_list(w, r.conditions);
    w.Key("areas");
    write_list(w, r.areas);
    w.Key("requires");
    write_list(w, r.requirements);
    w.Key("age_min");
    r.age_min ? w.Int(*r.age_min) : w.Null();
    w.Key("age_max");
    r.age_max ? w.Int(*r.age_max) : w.Null();
    w.EndObject();
    // The stored objects; when absent, {} for those always present, else null.
    struct Stored {
      const char* key;
      const std::string* json;
      bool always;
    };
    for (const Stored& x :
         {Stored{"contact", &r.contact, true}, Stored{"names", &r.names, true},
          Stored{"address", &r.address, false}, Stored{"hours", &r.hours, false}}) {
      w.Key(x.key);
      rapidjson::Document object;
      object.Parse(x.json->c_str());
      if (object.IsObject()) {
        object.Accept(w);
      } else if (x.always) {
        w.StartObject();
        w.EndObject();
      } else {
        w.Null();
      }
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("related");
  w.StartObject();
  w.Key("answers");
  w.StartArray();
  for (const auto& a : m.related_answers) {
    w.StartObject();
    w.Key("id");
    w.String(a.id);
    w.Key("title");
    w.String(a.title);
    w.Key("snippet");
    w.String(a.snippet);
    w.EndObject();
  }
  w.EndArray();
  w.Key("dossiers");
  w.StartArray();
  for (const auto& d : m.related_dossiers) {
    w.StartObject();
    w.Key("id");
    w.String(d.id);
    w.Key("title");
    w.String(d.title);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  if (!m.notices.empty()) {
    w.Key("notices");
    write_list(w, m.notices);
  }
  w.EndObject();
  return buf.GetString();
}

}  // namespace orienta::api
