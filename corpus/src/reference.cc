// Themes and geography, read from the data files at start-up.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include "orienta/corpus.h"

namespace orienta::corpus {
namespace {

// The bounding box of the Brussels-Capital Region, with a small margin.
constexpr double kMinLat = 50.76;
constexpr double kMaxLat = 50.92;
constexpr double kMinLon = 4.24;
constexpr double kMaxLon = 4.49;

std::string where(const std::filesystem::path& file, int line) {
  return file.filename().string() + ":" + std::to_string(line) + ": ";
}

bool parse_double(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size() && std::isfinite(out);
}

// The key a place name is looked up by: folded, punctuation as spaces, and every spelling of
// "saint" (St, Ste, Sint, Sainte) as "saint", so "St-Gilles" and "Saint Gilles" meet.
std::string name_key(std::string_view name) {
  const std::string folded = fold(name);
  std::string spaced;
  for (const char c : folded) {
    const bool separator = c == '-' || c == '\'' || c == '.' || c == '(' || c == ')' || c == ',' ||
                           c == '/' || c == '_' || std::isspace(static_cast<unsigned char>(c));
    spaced.push_back(separator ? ' ' : c);
  }
  std::string key;
  for (const auto& word : split_list(spaced, ' ')) {
    const bool saint =
        word == "st" || word == "ste" || word == "sint" || word == "saint" || word == "sainte";
    if (!key.empty()) {
      key.push_back(' ');
    }
    key += saint ? "saint" : word;
  }
  return key;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Themes

Result<Themes> Themes::load(const std::filesystem::path& file) {
  auto rows = read_tsv(file);
  if (!rows.ok()) {
    return rows.status();
  }
  Themes themes;
  for (const auto& row : *rows) {
    if (row.cells.size() < 4 || row.cells[0].empty()) {
      return Status::invalid_argument(where(file, row.line) +
                                      "expected code, label_fr, label_nl, label_en, scope");
    }
    if (themes.contains(row.cells[0])) {
      return Status::invalid_argument(where(file, row.line) + "duplicate theme \"" + row.cells[0] +
                                      "\"");
    }
    themes.themes_.push_back(Theme{row.cells[0], row.cells[1], row.cells[2], row.cells[3],
                                   row.cells.size() > 4 ? row.cells[4] : ""});
  }
  if (themes.themes_.empty()) {
    return Status::invalid_argument(file.string() + ": no themes");
  }
  return themes;
}

const Theme* Themes::find(std::string_view code) const {
  for (const auto& theme : themes_) {
    if (theme.code == code) {
      return &theme;
    }
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Geography

struct Geography::Impl {
  std::vector<Area> areas;
  std::vector<Bassin> bassins;
  std::unordered_map<std::string, std::vector<std::size_t>> by_postcode;  // file order
  std::unordered_map<std::string, std::size_t> by_name;                   // key -> area
};

Geography::Geography() : impl_(std::make_unique<Impl>()) {}
Geography::Geography(Geography&&) noexcept = default;
Geography& Geography::operator=(Geography&&) noexcept = default;
Geography::~Geography() = default;

Result<Geography> Geography::load(const std::filesystem::path& dir) {
  Geography geo;
  Impl& g = *geo.impl_;

  const auto bassins_file = dir / "bassins.tsv";
  auto bassin_rows = read_tsv(bassins_file);
  if (!bassin_rows.ok()) {
    return bassin_rows.status();
  }
  for (const auto& row : *bassin_rows) {
    if (row.cells.size() < 6) {
      return Status::invalid_argument(
          where(bassins_file, row.line) +
          "expected code, label_fr, label_nl, communes, population, adjacent_bassins");
    }
    g.bassins.push_back(
        Bassin{row.cells[0], row.cells[1], row.cells[2], split_list(row.cells[5], ',')});
  }
  for (const auto& bassin : g.bassins) {
    for (const auto& next : bassin.adjacent) {
      if (!geo.is_bassin(next)) {
        return Status::invalid_argument(bassins_file.filename().string() + ": bassin \"" +
                                        bassin.code + "\" has unknown neighbour \"" + next + "\"");
      }
    }
  }

  const auto areas_file = dir / "geography.tsv";
  auto area_rows = read_tsv(areas_file);
  if (!area_rows.ok()) {
    return area_rows.status();
  }
  for (const auto& row : *area_rows) {
    const auto& c = row.cells;
    Area area;
    if (c.size() < 8 || !parse_double(c[5], area.lat) || !parse_double(c[6], area.lon)) {
      return Status::invalid_argument(
          where(areas_file, row.line) +
          "expected area, name_fr, name_nl, aliases, postcodes, lat, lon, bassin");
    }
    if (!geo.is_bassin(c[7])) {
      return Status::invalid_argument(where(areas_file, row.line) + "unknown bassin \"" + c[7] +
                                      "\"");
    }
    area.id = c[0];
    area.name_fr = c[1];
    area.name_nl = c[2];
    area.aliases = split_list(c[3], ',');
    area.postcodes = split_list(c[4], ',');
    area.bassin = c[7];
    g.areas.push_back(std::move(area));
  }
  if (g.areas.empty()) {
    return Status::invalid_argument(areas_file.string() + ": no areas");
  }
  for (std::size_t i = 0; i < g.areas.size(); ++i) {
    const Area& area = g.areas[i];
    for (const auto& postcode : area.postcodes) {
      g.by_postcode[postcode].push_back(i);
    }
    // Official names first, so an alias never hides another area's name.
    g.by_name.emplace(name_key(area.id), i);
    g.by_name.emplace(name_key(area.name_fr), i);
    g.by_name.emplace(name_key(area.name_nl), i);
  }
  for (std::size_t i = 0; i < g.areas.size(); ++i) {
    for (const auto& alias : g.areas[i].aliases) {
      g.by_name.emplace(name_key(alias), i);
    }
  }
  return geo;
}

const std::vector<Area>& Geography::areas() const { return impl_->areas; }
const std::vector<Bassin>& Geography::bassins() const { return impl_->bassins; }

Result<PostcodeMatch> Geography::by_postcode(std::string_view postcode) const {
  const auto code = trim(postcode);
  const bool four_digits = code.size() == 4 && std::all_of(code.begin(), code.end(), [](char c) {
                             return c >= '0' && c <= '9';
                           });
  if (!four_digits) {
    return Status::invalid_argument("postcode \"" + std::string(postcode) +
                                    "\" is not a 4-digit Belgian postcode");
  }
  const auto it = impl_->by_postcode.find(std::string(code));
  if (it == impl_->by_postcode.end()) {
    return Status::not_found("postcode " + std::string(code) +
                             " is not in the Brussels-Capital Region");
  }
  PostcodeMatch match;
  match.area = &impl_->areas[it->second[0]];
  if (it->second.size() > 1) {
    match.second = &impl_->areas[it->second[1]];
  }
  return match;
}

bool Geography::is_postcode(std::string_view postcode) const {
  return impl_->by_postcode.count(std::string(postcode)) > 0;
}

Result<const Area*> Geography::by_name(std::string_view name) const {
  const auto it = impl_->by_name.find(name_key(name));
  if (it == impl_->by_name.end() || name_key(name).empty()) {
    return Status::not_found("unknown commune \"" + std::string(name) + "\"");
  }
  return &impl_->areas[it->second];
}

const Bassin* Geography::bassin(std::string_view code) const {
  for (const auto& bassin : impl_->bassins) {
    if (bassin.code == code) {
      return &bassin;
    }
  }
  return nullptr;
}

const Area* Geography::area(std::string_view id) const {
  for (const auto& a : impl_->areas) {
    if (a.id == id) {
      return &a;
    }
  }
  return nullptr;
}

std::vector<std::string> Geography::neighbours(std::string_view code) const {
  const Bassin* b = bassin(code);
  return b ? b->adjacent : std::vector<std::string>{};
}

bool Geography::adjacent(std::string_view a, std::string_view b) const {
  if (a == b) {
    return false;
  }
  for (const auto& next : neighbours(a)) {
    if (next == b) {
      return true;
    }
  }
  return false;
}

const Area& Geography::nearest_area(double lat, double lon) const {
  // An equirectangular distance is exact enough at the scale of a city.
  const double k = std::cos(50.85 * M_PI / 180.0);
  const Area* best = &impl_->areas.front();
  double best_d = std::numeric_limits<double>::max();
  for (const auto& area : impl_->areas) {
    const double dx = (area.lon - lon) * k;
    const double dy = area.lat - lat;
    const double d = dx * dx + dy * dy;
    if (d < best_d) {
      best_d = d;
      best = &area;
    }
  }
  return *best;
}

bool Geography::inside_region(double lat, double lon) {
  return lat >= kMinLat && lat <= kMaxLat && lon >= kMinLon && lon <= kMaxLon;
}

// ---------------------------------------------------------------------------------------------

namespace {

// The lines code, label_fr, label_nl, shown_by of audiences.tsv or conditions.tsv, or
// without shown_by (offers.tsv).
Result<std::vector<Audience>> read_groups(const std::filesystem::path& file, const Themes& themes,
                                          bool shown = true) {
  auto rows = read_tsv(file);
  if (!rows.ok()) {
    return rows.status();
  }
  std::vector<Audience> groups;
  for (const auto& row : *rows) {
    if (row.cells.size() != (shown ? 4U : 3U)) {
      return Status::invalid_argument(where(file, row.line) + "expected code, label_fr, label_nl" +
                                      (shown ? ", shown_by" : ""));
    }
    std::vector<std::string> shown_by;
    if (shown && row.cells[3] != "-") {
      shown_by = split_list(row.cells[3], '|');
    }
    for (const auto& theme : shown_by) {
      if (themes.find(theme) == nullptr) {
        return Status::invalid_argument(where(file, row.line) + "unknown theme \"" + theme + "\"");
      }
    }
    if (std::any_of(groups.begin(), groups.end(),
                    [&](const Audience& a) { return a.code == row.cells[0]; })) {
      return Status::invalid_argument(where(file, row.line) + "\"" + row.cells[0] +
                                      "\" is given twice");
    }
    groups.push_back({row.cells[0], row.cells[1], row.cells[2], std::move(shown_by)});
  }
  return groups;
}

// person_names.tsv: name, kind (given or surname), origin, word (yes or no); a header line
// starting with "name" is skipped.
Result<std::vector<PersonName>> read_person_names(const std::filesystem::path& file) {
  auto rows = read_tsv(file);
  if (!rows.ok()) {
    return rows.status();
  }
  std::vector<PersonName> names;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& row : *rows) {
    if (row.cells.size() == 4 && row.cells[0] == "name" && row.cells[1] == "kind") {
      continue;
    }
    if (row.cells.size() != 4 || row.cells[0].empty()) {
      return Status::invalid_argument(where(file, row.line) +
                                      "expected name, kind, origin and word");
    }
    const std::string& kind = row.cells[1];
    const std::string& word = row.cells[3];
    if ((kind != "given" && kind != "surname") || (word != "yes" && word != "no")) {
      return Status::invalid_argument(where(file, row.line) +
                                      "kind is given or surname, word is yes or no");
    }
    auto [it, fresh] = index.emplace(row.cells[0], names.size());
    if (fresh) {
      names.push_back({row.cells[0]});
    }
    PersonName& n = names[it->second];
    (kind == "given" ? n.given : n.surname) = true;
    n.word = n.word || word == "yes";
  }
  return names;
}

}  // namespace

Result<ReferenceData> ReferenceData::load(const std::filesystem::path& dir) {
  auto themes = Themes::load(dir / "themes.tsv");
  if (!themes.ok()) {
    return themes.status();
  }
  auto geography = Geography::load(dir);
  if (!geography.ok()) {
    return geography.status();
  }
  auto audiences = read_groups(dir / "audiences.tsv", *themes);
  if (!audiences.ok()) {
    return audiences.status();
  }
  auto conditions = read_groups(dir / "conditions.tsv", *themes);
  if (!conditions.ok()) {
    return conditions.status();
  }
  auto offers = read_groups(dir / "offers.tsv", *themes, false);
  if (!offers.ok()) {
    return offers.status();
  }
  auto names = read_person_names(dir / "person_names.tsv");
  if (!names.ok()) {
    return names.status();
  }
  return ReferenceData{std::move(themes).value(),    std::move(geography).value(),
                       std::move(audiences).value(), std::move(conditions).value(),
                       std::move(offers).value(),    std::move(names).value()};
}

namespace {

const Audience* find_group(const std::vector<Audience>& groups, std::string_view code) {
  const auto it =
      std::find_if(groups.begin(), groups.end(), [&](const Audience& a) { return a.code == code; });
  return it == groups.end() ? nullptr : &*it;
}

}  // namespace

const Audience* ReferenceData::condition(std::string_view code) const {
  return find_group(conditions, code);
}

const Audience* ReferenceData::offer(std::string_view code) const {
  return find_group(offers, code);
}

const Audience* ReferenceData::audience(std::string_view code) const {
  return find_group(audiences, code);
}

std::vector<std::string> service_bassins(const Service& service, const Geography& geography) {
  std::vector<std::string> out;
  for (const auto& code : service.service_area) {
    const Area* area = geography.area(code);
    const std::string b = area != nullptr ? area->bassin : code;
    if (std::find(out.begin(), out.end(), b) == out.end()) {
      out.push_back(b);
    }
  }
  return out;
}

bool commune_bound(const Service& service, const Geography& geography) {
  return std::any_of(service.service_area.begin(), service.service_area.end(),
                     [&](const std::string& code) { return geography.area(code) != nullptr; });
}

bool booked_for_others(const std::vector<std::string>& offers) {
  return !offers.empty() && std::none_of(offers.begin(), offers.end(), [](const std::string& o) {
    return o == "training" || o == "consultation";
  });
}

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("ORIENTA_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  return ORIENTA_DATA_DIR;
}

}  // namespace orienta::corpus
