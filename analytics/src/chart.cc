// Charts: the time series of answers per theme (and per bassin) as a self-contained SVG.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include "orienta/analytics.h"

#include "calendar.h"

namespace orienta::analytics {
namespace {

constexpr int kWidth = 960;
constexpr int kMargin = 16;
constexpr int kTop = 112;  // title, subtitles and legend
constexpr int kFooter = 30;
constexpr int kPanelTitle = 24;
constexpr int kPanelLeft = 40;  // y labels
constexpr int kPanelRight = 18;
constexpr int kAxisBand = 36;  // month and year labels under each panel
constexpr int kSingleHeight = 320;
constexpr int kSmallHeight = 130;
constexpr std::size_t kMaxThemes = 10;
constexpr int kMaxYTicks = 5;
constexpr int kMinTickSpacing = 44;  // pixels between two quarter labels
constexpr std::size_t kMaxDots = 60;
constexpr int kMonthsPerYear = 12;
constexpr int kMonthsPerQuarter = 3;
// Moving averages: months or weeks, wider when split by bassin (each holds a fifth of the
// answers, so single months are mostly 0, 1 or 2).
constexpr int kMonthWindow = 3;
constexpr int kWeekWindow = 5;
constexpr int kSplitMonthWindow = 5;
constexpr int kSplitWeekWindow = 9;
constexpr double kTitleCharWidth = 7.2;   // pixels per character, 12 px bold
constexpr double kLegendCharWidth = 6.6;  // pixels per character, 12 px
constexpr const char* kLineColour = "#4e79a7";
constexpr const char* kRisingColour = "#d62728";
// Tableau 10 for the bassins.
constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
                                    "#76b7b2", "#9c755f", "#ff9da7", "#edc948", "#bab0ac"};

// The words of a chart in one language.
struct Words {
  const char* questions;  // title start
  const char* per_theme;
  const char* per_bassin;
  const char* per_month;
  const char* per_week;
  const char* answers;  // "{n} réponses"
  const char* from_to;  // "de {a} à {b}"
  const char* note;     // what is counted
  const char* top;      // "the {k} most frequent themes of {m}"
  const char* raw;      // legend of the thin line
  const char* smooth;   // "moving average over %d %s"
  const char* month_unit;
  const char* week_unit;
  const char* rising;
  const char* y_label;
  const char* source;
  const char* months[kMonthsPerYear];
};

constexpr Words kFrench = {
    "Questions aux helpdesks",
    ", par thème",
    " et par bassin",
    ", par mois",
    ", par semaine",
    "%d réponses",
    "de %s à %s",
    "Nombre de réponses par thème ; une réponse peut porter sur plusieurs thèmes.",
    "Les %zu thèmes les plus fréquents sur %zu.",
    "nombre par période",
    "moyenne mobile sur %d %s",
    "mois",
    "semaines",
    "▲ en hausse (test de tendance)",
    "réponses",
    "Source : réponses des helpdesks, anonymisées (index Orienta)",
    {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
     "déc."}};

constexpr Words kDutch = {
    "Vragen aan de helpdesks",
    ", per thema",
    " en per zorgzone",
    ", per maand",
    ", per week",
    "%d antwoorden",
    "van %s tot %s",
    "Aantal antwoorden per thema; een antwoord kan over meerdere thema's gaan.",
    "De %zu meest voorkomende thema's van %zu.",
    "aantal per periode",
    "voortschrijdend gemiddelde over %d %s",
    "maanden",
    "weken",
    "▲ stijgend (trendtest)",
    "antwoorden",
    "Bron: antwoorden van de helpdesks, geanonimiseerd (Orienta-index)",
    {"jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
     "dec."}};

std::string escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

template <typename... Args>
std::string format(const char* pattern, Args... args) {
  const int size = std::snprintf(nullptr, 0, pattern, args...);
  if (size <= 0) {
    return {};
  }
  std::string out(static_cast<std::size_t>(size) + 1, '\0');
  std::snprintf(out.data(), out.size(), pattern, args...);
  out.pop_back();
  return out;
}

std::string number(double v) { return format("%.1f", v); }

// The first month a period label covers, or -1.
int month_of_period(const std::string& label, Dimension unit) {
  if (unit == Dimension::kMonth) {
    return parse_month(label).value_or(-1);
  }
  const auto monday = parse_week(label);
  return monday ? month_of_day(*monday) : -1;
}

std::string period_words(const std::string& label, Dimension unit, const Words& w) {
  if (unit != Dimension::kMonth) {
    return label;
  }
  const int m = month_of_period(label, unit);
  return m < 0
             ? label
             : std::string(w.months[m % kMonthsPerYear]) + " " + std::to_string(m / kMonthsPerYear);
}

// A tick step of 1, 2 or 5 times a power of ten giving at most kMaxYTicks ticks up to `max`.
int tick_step(int max) {
  for (int scale = 1;; scale *= 10) {
    for (const int s : {1, 2, 5}) {
      if (max <= s * scale * kMaxYTicks) {
        return s * scale;
      }
    }
  }
}

// The number of characters of UTF-8 text.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// `label` cut at a word boundary, with an ellipsis, so that it takes at most `max_chars`
// characters together with `suffix`.
std::string fit(const std::string& label, const std::string& suffix, std::size_t max_chars) {
  if (characters(label) + characters(suffix) <= max_chars) {
    return label + suffix;
  }
  std::string cut = label;
  while (!cut.empty() && characters(cut) + characters(suffix) + 1 > max_chars) {
    const std::size_t space = cut.rfind(' ');
    if (space == std::string::npos || space == 0) {
      break;
    }
    cut.resize(space);
  }
  return cut + "…" + suffix;
}

// A centred moving average over `window` periods (fewer at the ends).
std::vector<double> moving_average(const std::vector<int>& counts, int window) {
  std::vector<double> out(counts.size());
  const int half = window / 2;
  const int n = static_cast<int>(counts.size());
  for (int i = 0; i < n; ++i) {
    const int lo = std::max(0, i - half);
    const int hi = std::min(n - 1, i + half);
    double sum = 0.0;
    for (int j = lo; j <= hi; ++j) {
      sum += counts[static_cast<std::size_t>(j)];
    }
    out[static_cast<std::size_t>(i)] = sum / (hi - lo + 1);
  }
  return out;
}

// One small chart: a theme, with one series (all bassins) or one per bassin.
struct Panel {
  std::string theme;
  int total = 0;
  std::vector<const TimeSeries::Line*> lines;
};

// Where a panel is drawn.
struct Frame {
  double left = 0;
  double top = 0;  // of the plot area
  double width = 0;
  double height = 0;
};

class SvgChart {
 public:
  SvgChart(const TimeSeries& series, const Words& words, int y_max, int step)
      : series_(series), w_(words), y_max_(y_max), step_(step) {}

  std::string& out() { return svg_; }

  double x_of(const Frame& f, std::size_t i) const {
    const std::size_t n = series_.periods.size();
    return n > 1 ? f.left + static_cast<double>(i) * f.width / static_cast<double>(n - 1)
                 : f.left + f.width / 2.0;
  }
  double y_of(const Frame& f, double v) const { return f.top + f.height - v * f.height / y_max_; }

  void text(double x, double y, int size, const char* fill, const std::string& s,
            const char* extra = "") {
    svg_ += format("<text x=\"%s\" y=\"%s\" font-size=\"%d\" fill=\"%s\"%s>%s</text>\n",
                   number(x).c_str(), number(y).c_str(), size, fill, extra, escape(s).c_str());
  }

  void axes(const Frame& f, bool quarter_labels) {
    for (int v = 0; v <= y_max_; v += step_) {
      const std::string y = number(y_of(f, v));
      svg_ += format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>\n",
                     number(f.left).c_str(), y.c_str(), number(f.left + f.width).c_str(), y.c_str(),
                     v == 0 ? "#888" : "#e6e6e6");
      text(f.left - 6, y_of(f, v) + 4, 10, "#555", std::to_string(v), " text-anchor=\"end\"");
    }
    // Ticks at quarters; labels at quarters when there is room, else years only.
    std::vector<std::pair<std::size_t, int>> ticks;  // period index, month index
    for (std::size_t i = 0; i < series_.periods.size(); ++i) {
      const int m = month_of_period(series_.periods[i], series_.unit);
      const int before = i == 0 ? -1 : month_of_period(series_.periods[i - 1], series_.unit);
      if (m >= 0 && m != before && m % kMonthsPerQuarter == 0) {
        ticks.emplace_back(i, m);
      }
    }
    const bool room =
        !ticks.empty() && f.width / static_cast<double>(ticks.size()) >= kMinTickSpacing;
    const double bottom = f.top + f.height;
    for (const auto& [i, m] : ticks) {
      const double x = x_of(f, i);
      const bool january = m % kMonthsPerYear == 0;
      svg_ += format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#888\"/>\n",
                     number(x).c_str(), number(bottom).c_str(), number(x).c_str(),
                     number(bottom + (january ? 6 : 3)).c_str());
      if (quarter_labels && room) {
        text(x, bottom + 17, 10, "#555", w_.months[m % kMonthsPerYear], " text-anchor=\"middle\"");
      }
      if (january || i == ticks.front().first) {
        text(x, bottom + (quarter_labels && room ? 30 : 17), 10, "#444",
             std::to_string(m / kMonthsPerYear), " text-anchor=\"middle\" font-weight=\"bold\"");
      }
    }
  }

  void polyline(const Frame& f, const std::vector<double>& values, const char* colour, double width,
                double opacity, const std::string& tooltip) {
    std::string points;
    for (std::size_t i = 0; i < values.size(); ++i) {
      points += (points.empty() ? "" : " ") + number(x_of(f, i)) + "," + number(y_of(f, values[i]));
    }
    svg_ += format(
        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" "
        "stroke-opacity=\"%s\" stroke-linejoin=\"round\" points=\"%s\">"
        "<title>%s</title></polyline>\n",
        colour, number(width).c_str(), number(opacity).c_str(), points.c_str(),
        escape(tooltip).c_str());
  }

  void dots(const Frame& f, const std::vector<int>& counts, const char* colour) {
    if (counts.size() > kMaxDots) {
      return;
    }
    for (std::size_t i = 0; i < counts.size(); ++i) {
      svg_ += format("<circle cx=\"%s\" cy=\"%s\" r=\"1.8\" fill=\"%s\" fill-opacity=\"0.6\"/>\n",
                     number(x_of(f, i)).c_str(), number(y_of(f, counts[i])).c_str(), colour);
    }
  }

  // A legend entry: a short stroke and its label; returns the x after it.
  double legend(double x, double y, const char* colour, double width, double opacity,
                const std::string& label) {
    svg_ += format(
        "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" "
        "stroke-width=\"%s\" stroke-opacity=\"%s\"/>\n",
        number(x).c_str(), number(y - 4).c_str(), number(x + 22).c_str(), number(y - 4).c_str(),
        colour, number(width).c_str(), number(opacity).c_str());
    text(x + 28, y, 12, "#333", label);
    // About 6.6 pixels per character at 12 px (bytes: close enough for French and Dutch).
    return x + 28 + kLegendCharWidth * static_cast<double>(characters(label)) + 22;
  }

 private:
  const TimeSeries& series_;
  const Words& w_;
  int y_max_;
  int step_;
  std::string svg_;
};

}  // namespace

Result<std::string> render_svg(const TimeSeries& series, const corpus::ReferenceData& ref,
                               const ChartOptions& options) {
  if (options.lang != "fr" && options.lang != "nl") {
    return Status::invalid_argument("chart labels exist in fr or nl, not \"" + options.lang + "\"");
  }
  if (options.max_themes < 1 || options.max_themes > kMaxThemes) {
    return Status::invalid_argument("a chart shows 1 to 10 themes, not " +
                                    std::to_string(options.max_themes));
  }
  const Words& w = options.lang == "nl" ? kDutch : kFrench;
  const bool dutch = options.lang == "nl";

  // Panels: the most frequent themes, one small chart each.
  std::map<std::string, Panel> by_theme;
  bool split = false;
  for (const auto& line : series.lines) {
    Panel& p = by_theme[line.theme];
    p.theme = line.theme;
    p.total += line.total;
    p.lines.push_back(&line);
    split = split || !line.bassin.empty();
  }
  std::vector<Panel> panels;
  panels.reserve(by_theme.size());
  for (auto& [code, p] : by_theme) {
    panels.push_back(std::move(p));
  }
  std::stable_sort(panels.begin(), panels.end(),
                   [](const Panel& x, const Panel& y) { return x.total > y.total; });
  const std::size_t all_themes = panels.size();
  if (panels.size() > options.max_themes) {
    panels.resize(options.max_themes);
  }
  // Bassin colours, in the order of bassins.tsv.
  std::map<std::string, std::size_t> bassin_colour;
  for (const auto& b : ref.geography.bassins()) {
    bassin_colour.emplace(b.code, bassin_colour.size() % std::size(kPalette));
  }

  const bool weeks = series.unit == Dimension::kWeek;
  const int window =
      split ? (weeks ? kSplitWeekWindow : kSplitMonthWindow) : (weeks ? kWeekWindow : kMonthWindow);
  const std::string smooth = format(w.smooth, window, weeks ? w.week_unit : w.month_unit);
  // The curves drawn, for one shared scale: raw counts alone, averages per bassin when split.
  double max_value = 1.0;
  for (const auto& p : panels) {
    for (const auto* line : p.lines) {
      if (split) {
        for (const double v : moving_average(line->counts, window)) {
          max_value = std::max(max_value, v);
        }
      } else {
        for (const int c : line->counts) {
          max_value = std::max(max_value, static_cast<double>(c));
        }
      }
    }
  }
  const int top_value = static_cast<int>(std::ceil(max_value));
  const int step = tick_step(top_value);
  const int y_max = ((top_value + step - 1) / step) * step;

  const std::size_t columns = panels.size() <= 1 ? 1 : panels.size() <= 4 ? 2 : 3;
  const std::size_t rows = panels.empty() ? 1 : (panels.size() + columns - 1) / columns;
  const double cell_w = static_cast<double>(kWidth - 2 * kMargin) / static_cast<double>(columns);
  const int plot_h = columns == 1 ? kSingleHeight : kSmallHeight;
  const int cell_h = kPanelTitle + plot_h + kAxisBand;
  const int height = kTop + static_cast<int>(rows) * cell_h + kFooter;

  SvgChart chart(series, w, y_max, step);
  std::string& svg = chart.out();
  const std::string title = std::string(w.questions) + w.per_theme + (split ? w.per_bassin : "") +
                            (series.unit == Dimension::kWeek ? w.per_week : w.per_month);
  svg += format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
      "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" lang=\"%s\">\n",
      kWidth, height, kWidth, height, options.lang.c_str());
  svg += "<title>" + escape(title) + "</title>\n";
  svg += format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", kWidth, height);
  chart.text(kMargin, 30, 19, "#222", title, " font-weight=\"bold\"");
  std::string sub = format(w.answers, series.answers);
  if (!series.periods.empty()) {
    sub += ", " + format(w.from_to, period_words(series.periods.front(), series.unit, w).c_str(),
                         period_words(series.periods.back(), series.unit, w).c_str());
  }
  chart.text(kMargin, 52, 13, "#555", sub + ". " + w.note);
  std::string second;
  if (all_themes > panels.size()) {
    second = format(w.top, panels.size(), all_themes) + " ";
  }
  if (split) {
    std::string sentence = smooth;  // starts with an ASCII letter in both languages
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    second += sentence + ".";
  }
  chart.text(kMargin, 70, 13, "#555", second);
  // Legend: what the strokes mean, or the bassin colours.
  double lx = kMargin;
  const double ly = 96;
  if (split) {
    for (const auto& b : ref.geography.bassins()) {
      lx = chart.legend(lx, ly, kPalette[bassin_colour.at(b.code)], 2.4, 1.0,
                        dutch ? b.label_nl : b.label_fr);
    }
  } else {
    lx = chart.legend(lx, ly, kLineColour, 1.2, 0.45, w.raw);
    lx = chart.legend(lx, ly, kLineColour, 2.6, 1.0, smooth);
    bool any_rising = false;
    for (const auto& p : panels) {
      any_rising = any_rising || options.rising.count(p.theme) > 0;
    }
    if (any_rising) {
      chart.text(lx, ly, 12, kRisingColour, w.rising);
    }
  }

  for (std::size_t k = 0; k < panels.size(); ++k) {
    const Panel& p = panels[k];
    const std::size_t column = k % columns;
    const std::size_t row = k / columns;
    const double cell_x = kMargin + static_cast<double>(column) * cell_w;
    const double cell_y = kTop + static_cast<double>(row) * cell_h;
    const Frame f{cell_x + kPanelLeft, cell_y + kPanelTitle, cell_w - kPanelLeft - kPanelRight,
                  static_cast<double>(plot_h)};
    const bool rising = options.rising.count(p.theme) > 0;
    const corpus::Theme* t = ref.themes.find(p.theme);
    const std::string label =
        fit(t ? (dutch ? t->label_nl : t->label_fr) : p.theme,
            " (" + std::to_string(p.total) + ")" + (rising ? " ▲" : ""),
            static_cast<std::size_t>((cell_w - kPanelLeft / 2.0) / kTitleCharWidth));
    chart.text(cell_x + kPanelLeft / 2.0, cell_y + 15, 12, rising ? kRisingColour : "#222", label,
               " font-weight=\"bold\"");
    chart.axes(f, columns == 1);
    if (columns == 1) {
      chart.text(0, 0, 11, "#555", w.y_label,
                 format(" text-anchor=\"middle\" transform=\"translate(%d,%d) rotate(-90)\"",
                        kMargin + 4, static_cast<int>(f.top + f.height / 2))
                     .c_str());
    }
    for (const auto* line : p.lines) {
      if (split) {
        chart.polyline(
            f, moving_average(line->counts, window),
            kPalette[bassin_colour.count(line->bassin) > 0 ? bassin_colour.at(line->bassin) : 0],
            2.0, 0.95, line->theme + " " + line->bassin);
      } else {
        const char* colour = rising ? kRisingColour : kLineColour;
        const std::vector<double> raw(line->counts.begin(), line->counts.end());
        chart.polyline(f, raw, colour, 1.2, 0.45, line->theme);
        chart.dots(f, line->counts, colour);
        chart.polyline(f, moving_average(line->counts, window), colour, 2.6, 1.0,
                       line->theme + " (" + smooth + ")");
      }
    }
  }
  chart.text(kMargin, height - 10, 10, "#888", w.source);
  svg += "</svg>\n";
  return svg;
}

}  // namespace orienta::analytics
