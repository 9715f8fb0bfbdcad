// Turns corpus records into Xapian documents following index_schema.h.
#include "document_builder.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "orienta/index_schema.h"

namespace orienta::indexer {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr Xapian::termcount kTitleWeight = 3;
constexpr Xapian::termcount kBodyWeight = 1;
constexpr std::size_t kMaxSpellingWord = 32;
constexpr std::size_t kAnswerTitleChars = 90;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out.push_back(schema::kListSeparator);
    }
    out += item;
  }
  return out;
}

std::string term(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + std::string(value);
}

void write_local(Writer& w, const char* key, const corpus::LocalText& t) {
  if (t.empty()) {
    return;
  }
  w.Key(key);
  w.StartObject();
  if (!t.fr.empty()) {
    w.Key("fr");
    w.String(t.fr);
  }
  if (!t.nl.empty()) {
    w.Key("nl");
    w.String(t.nl);
  }
  w.EndObject();
}

void write_list(Writer& w, const char* key, const std::vector<std::string>& items) {
  w.Key(key);
  w.StartArray();
  for (const auto& item : items) {
    w.String(item);
  }
  w.EndArray();
}

void write_string(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value);
}

// The first sentence-ish part of a note, cut at a word boundary.
std::string headline(const std::string& text) {
  if (text.size() <= kAnswerTitleChars) {
    return text;
  }
  std::size_t cut = text.rfind(' ', kAnswerTitleChars);
  if (cut == std::string::npos || cut < kAnswerTitleChars / 2) {
    cut = kAnswerTitleChars;
  }
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;  // never cut inside a UTF-8 sequence
  }
  return text.substr(0, cut) + "…";
}

std::string date_value(const std::string& date) {
  std::string v;
  for (const char c : date) {
    if (c != '-') {
      v.push_back(c);
    }
  }
  return v;
}

// Indexes the words, stems and concepts of one text field.
class FieldIndexer {
 public:
  FieldIndexer(const Analyzer& analyzer, Xapian::Document& doc, std::vector<std::string>& words)
      : analyzer_(analyzer), doc_(doc), words_(words) {}

  void add(std::string_view text, std::string_view lang_hint, Xapian::termcount weight) {
    const auto tokens = analyzer_.tokenize(text, lang_hint);
    for (const auto& t : tokens) {
      ++pos_;
      if (t.stop) {
        continue;
      }
      doc_.add_posting(t.word, pos_, weight);
      doc_.add_term(term(schema::kPrefixStem, t.stem()), weight);
      const bool has_digit = t.word.find_first_of("0123456789") != std::string::npos;
      if (!has_digit && t.word.size() >= 3 && t.word.size() <= kMaxSpellingWord) {
        words_.push_back(t.word);
      }
    }
    for (const auto& hit : analyzer_.find_concepts(tokens)) {
      doc_.add_term(term(schema::kPrefixConcept, analyzer_.concepts()[hit.concept_index].id),
                    weight);
    }
    pos_ += 10;  // no phrase across two fields
  }
  void add(const corpus::LocalText& text, Xapian::termcount weight) {
    if (!text.fr.empty()) {
      add(text.fr, "fr", weight);
    }
    if (!text.nl.empty()) {
      add(text.nl, "nl", weight);
    }
  }

 private:
  const Analyzer& analyzer_;
  Xapian::Document& doc_;
  std::vector<std::string>& words_;
  Xapian::termpos pos_ = 0;
};

void add_common(Xapian::Document& doc, const std::string& id, std::string_view kind,
                const std::vector<std::string>& themes, const std::vector<std::string>& bassins,
                const std::string& lang, const std::string& date) {
  doc.add_boolean_term(term(schema::kPrefixId, id));
  doc.add_value(schema::kSlotId, id);
  doc.add_boolean_term(term(schema::kPrefixKind, kind));
  for (const auto& t : themes) {
    doc.add_boolean_term(term(schema::kPrefixTheme, t));
    doc.add_boolean_term(schema::kind_theme_term(kind, t));
  }
  for (const auto& b : bassins) {
    doc.add_boolean_term(term(schema::kPrefixBassin, b));
  }
  if (lang.find("fr") != std::string::npos) {
    doc.add_boolean_term(term(schema::kPrefixLang, "fr"));
  }
  if (lang.find("nl") != std::string::npos) {
    doc.add_boolean_term(term(schema::kPrefixLang, "nl"));
  }
  doc.add_value(schema::kSlotKind, std::string(kind));
  doc.add_value(schema::kSlotThemes, join(themes));
  doc.add_value(schema::kSlotBassins, join(bassins));
  doc.add_value(schema::kSlotLang, lang);
  doc.add_value(schema::kSlotDate, date_value(date));
}

// The age range that audiences made only of age groups imply (index_schema.h).
std::optional<std::pair<int, int>> audience_ages(const std::vector<std::string>& audiences) {
  static const std::map<std::string, std::pair<int, int>, std::less<>> kGroups = {
      {"children", {0, 11}},
      {"adolescents", {12, 17}},
      {"young_adults", {18, 25}},
      {"older_people", {60, 119}},
      {"pregnant", {12, 55}}};
  std::optional<std::pair<int, int>> range;
  for (const auto& a : audiences) {
    const auto g = kGroups.find(a);
    if (g == kGroups.end()) {
      return std::nullopt;  // an audience of any age
    }
    range = range ? std::pair{std::min(range->first, g->second.first),
                              std::max(range->second, g->second.second)}
                  : g->second;
  }
  return range;
}

// The terms and values of a service's eligibility (index_schema.h).
void add_eligibility(Xapian::Document& doc, const corpus::Service& s,
                     const corpus::Geography& geography) {
  auto only = [&](std::initializer_list<std::string_view> codes) {
    return !s.audiences.empty() &&
           std::all_of(s.audiences.begin(), s.audiences.end(), [&](const std::string& a) {
             return std::find(codes.begin(), codes.end(), a) != codes.end();
           });
  };
  auto has = [](const std::vector<std::string>& v, std::string_view x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  std::vector<std::string_view> excluded;
  // Women or men restrict the sex whatever the other codes ("victims_of_violence", "men" is
  // for men who are victims, not for women).
  const bool women = has(s.audiences, "women") || only({"pregnant"});
  const bool men = has(s.audiences, "men");
  if (women && !men) {
    excluded.push_back(schema::kFactMale);
  }
  if (men && !women) {
    excluded.push_back(schema::kFactFemale);
  }
  if (only({"authors_of_violence"})) {
    excluded.push_back(schema::kFactVictim);
  }
  if (only({"professionals"}) && !corpus::booked_for_others(s.offers)) {
    excluded.push_back(schema::kFactNotProfessional);
  }
  if (has(s.requirements, "health_insurance")) {
    excluded.push_back(schema::kFactNoInsurance);
  }
  if (has(s.requirements, "legal_residence")) {
    excluded.push_back(schema::kFactNoResidence);
  }
  for (const auto fact : excluded) {
    doc.add_boolean_term(term(schema::kPrefixExcludes, fact));
  }
  std::vector<std::string> areas;
  if (corpus::commune_bound(s, geography)) {
    doc.add_boolean_term(term(schema::kPrefixExcludes, schema::kCommuneBound));
    for (const auto& code : s.service_area) {
      if (geography.area(code) != nullptr) {
        doc.add_boolean_term(term(schema::kPrefixServesArea, code));
        areas.push_back(code);
      }
    }
  }
  std::optional<int> age_min = s.age_min;
  std::optional<int> age_max = s.age_max;
  if (const auto range = audience_ages(s.audiences)) {
    age_min = std::max(age_min.value_or(range->first), range->first);
    age_max = std::min(age_max.value_or(range->second), range->second);
  }
  if (age_min && *age_min > 0) {
    doc.add_value(schema::kSlotAgeMin, Xapian::sortable_serialise(*age_min));
  }
  if (age_max && *age_max < 119) {
    doc.add_value(schema::kSlotAgeMax, Xapian::sortable_serialise(*age_max));
  }
  doc.add_value(schema::kSlotAudiences, join(s.audiences));
  doc.add_value(schema::kSlotAreas, join(areas));
  doc.add_value(schema::kSlotRequires, join(s.requirements));
  doc.add_value(schema::kSlotConditions, join(s.conditions));
  doc.add_value(schema::kSlotOffers, join(s.offers));
}

// The kSlotHead value of a document whose other values are set.
std::string head_value(const Xapian::Document& doc) {
  const auto years = [&](unsigned slot) {
    const std::string v = doc.get_value(slot);
    return v.empty() ? std::string()
                     : std::to_string(static_cast<int>(Xapian::sortable_unserialise(v)));
  };
  const std::string fields[] = {doc.get_value(schema::kSlotKind),
                                doc.get_value(schema::kSlotLang),
                                doc.get_value(schema::kSlotThemes),
                                doc.get_value(schema::kSlotBassins),
                                doc.get_value(schema::kSlotSpoken),
                                years(schema::kSlotAgeMin),
                                years(schema::kSlotAgeMax),
                                doc.get_value(schema::kSlotDate),
                                doc.get_value(schema::kSlotId),
                                doc.get_value(schema::kSlotAudiences),
                                doc.get_value(schema::kSlotAreas),
                                doc.get_value(schema::kSlotRequires),
                                doc.get_value(schema::kSlotConditions),
                                doc.get_value(schema::kSlotOffers)};
  std::string head;
  for (std::size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) {
      head.push_back(schema::kHeadSeparator);
    }
    head += fields[i];
  }
  return head;
}

std::string finish(BuiltDocument& built, const rapidjson::StringBuffer& data) {
  std::string json(data.GetString(), data.GetSize());
  built.doc.set_data(json);
  built.doc.add_value(schema::kSlotHead, head_value(built.doc));
  // The hash covers what the index shows and the schema version, so a schema change or a
  // changed record is re-indexed and an unchanged one is left alone.
  const std::size_t h = std::hash<std::string>{}(json + std::string(schema::kSchemaVersion));
  built.hash = std::to_string(h);
  built.doc.add_value(schema::kSlotHash, built.hash);
  return json;
}

}  // namespace

BuiltDocument DocumentBuilder::build(const corpus::Service& s) const {
  BuiltDocument built;
  built.id = s.id;
  Xapian::Document& doc = built.doc;
  const std::string lang = s.description.lang();
  add_common(doc, s.id, "service", s.themes, corpus::service_bassins(s, ref_.geography), lang,
             s.updated);
  add_eligibility(doc, s, ref_.geography);

  FieldIndexer fields(analyzer_, doc, built.words);
  fields.add(s.name, kTitleWeight);
  fields.add(s.description, kBodyWeight);
  fields.add(s.organization, lang == "nl" ? "nl" : "fr", kBodyWeight);
  fields.add(s.audience, kBodyWeight);
  fields.add(s.eligibility, kBodyWeight);

  std::string area_id;
  if (auto area = ref_.geography.by_name(s.address.commune); area.ok()) {
    area_id = (*area)->id;
  } else if (auto pc = ref_.geography.by_postcode(s.address.postcode); pc.ok()) {
    area_id = pc->area->id;
  }
  if (!area_id.empty()) {
    doc.add_boolean_term(term(schema::kPrefixArea, area_id));
    doc.add_value(schema::kSlotArea, area_id);
  }
  for (const auto& l : s.languages) {
    doc.add_boolean_term(term(schema::kPrefixSpoken, l));
  }
  doc.add_value(schema::kSlotSpoken, join(s.languages));
  Xapian::LatLongCoords coords;
  coords.append(Xapian::LatLongCoord(s.lat, s.lon));
  doc.add_value(schema::kSlotCoords, coords.serialise());

  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  write_string(w, "id", s.id);
  write_string(w, "kind", "service");
  write_local(w, "title", s.name);
  write_local(w, "text", s.description);
  write_local(w, "name", s.name);
  write_local(w, "description", s.description);
  write_string(w, "organization", s.organization);
  write_list(w, "themes", s.themes);
  write_list(w, "service_area", s.service_area);
  write_string(w, "lang", lang);
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
  if (!s.contact.phone.empty()) {
    write_string(w, "phone", s.contact.phone);
  }
  if (!s.contact.email.empty()) {
    write_string(w, "email", s.contact.email);
  }
  if (!s.contact.url.empty()) {
    write_string(w, "url", s.contact.url);
  }
  w.EndObject();
  write_local(w, "hours", s.hours);
  write_local(w, "audience", s.audience);
  write_local(w, "eligibility", s.eligibility);
  write_local(w, "cost", s.cost);
  write_list(w, "audiences", s.audiences);
  write_list(w, "offers", s.offers);
  write_list(w, "conditions", s.conditions);
  write_list(w, "requires", s.requirements);
  if (s.age_min) {
    w.Key("age_min");
    w.Int(*s.age_min);
  }
  if (s.age_max) {
    w.Key("age_max");
    w.Int(*s.age_max);
  }
  write_string(w, "updated", s.updated);
  w.EndObject();
  finish(built, buf);
  return built;
}

BuiltDocument DocumentBuilder::build(const corpus::Answer& a) const {
  BuiltDocument built;
  built.id = a.id;
  const std::string question = scrubber_.scrub(a.question);
  const std::string answer = scrubber_.scrub(a.answer);
  add_common(built.doc, a.id, "answer", a.themes, {a.bassin}, a.lang, a.date);
  FieldIndexer fields(analyzer_, built.doc, built.words);
  fields.add(question, a.lang, kTitleWeight);
  fields.add(answer, a.lang, kBodyWeight);

  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  write_string(w, "id", a.id);
  write_string(w, "kind", "answer");
  w.Key("title");
  w.StartObject();
  w.Key(a.lang == "nl" ? "nl" : "fr");
  w.String(headline(question));
  w.EndObject();
  w.Key("text");
  w.StartObject();
  w.Key(a.lang == "nl" ? "nl" : "fr");
  w.String(question + "\n" + answer);
  w.EndObject();
  write_string(w, "date", a.date);
  write_string(w, "bassin", a.bassin);
  write_string(w, "caller_role", a.caller_role);
  write_string(w, "lang", a.lang);
  write_string(w, "question", question);
  write_string(w, "answer", answer);
  write_list(w, "themes", a.themes);
  write_list(w, "referred", a.referred);
  w.EndObject();
  finish(built, buf);
  return built;
}

BuiltDocument DocumentBuilder::build(const corpus::Dossier& d) const {
  BuiltDocument built;
  built.id = d.id;
  const std::string lang = d.body.lang();
  add_common(built.doc, d.id, "dossier", d.themes, {"region"}, lang, d.updated);
  FieldIndexer fields(analyzer_, built.doc, built.words);
  fields.add(d.title, kTitleWeight);
  fields.add(d.body, kBodyWeight);

  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  write_string(w, "id", d.id);
  write_string(w, "kind", "dossier");
  write_local(w, "title", d.title);
  write_local(w, "text", d.body);
  write_local(w, "body", d.body);
  write_list(w, "themes", d.themes);
  write_string(w, "lang", lang);
  write_string(w, "updated", d.updated);
  w.EndObject();
  finish(built, buf);
  return built;
}

}  // namespace orienta::indexer
