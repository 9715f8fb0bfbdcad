// The need classifier: one logistic regression per theme, trained with LIBLINEAR, kept as a
// sparse table of feature weights.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <linear.h>
#include <map>
#include <set>
#include <span>
#include <sstream>

#include "orienta/indexer.h"

#include "need_features.h"

namespace orienta::indexer {
namespace {

constexpr std::string_view kFormat = "orienta-need-model 1";
// LIBLINEAR's stopping tolerance for the primal logistic regression solver (its default).
constexpr double kTolerance = 0.01;
// Weights smaller than this change no probability that matters and are not kept.
constexpr double kMinWeight = 1e-3;
constexpr std::size_t kExplainingTokens = 3;
// The label of urgency among the model's labels, after the themes (no theme code starts with
// "+").
constexpr std::string_view kUrgentLabel = "+urgent";

void quiet(const char* /*message*/) {}

// A text's features as the model reads them: each once, with its token.
std::vector<std::pair<std::string, std::size_t>> distinct_features(
    const Analyzer& analyzer, const AnalysedText& text,
    const std::unordered_set<std::string>& ignored) {
  auto located = located_features(analyzer, text, ignored);
  std::vector<std::pair<std::string, std::size_t>> out;
  std::set<std::string_view> seen;
  for (auto& f : located) {
    if (seen.insert(f.first).second) {
      out.push_back(f);
    }
  }
  // `seen` views strings of `located`, which outlive it; `out` holds copies.
  return out;
}

std::vector<std::string> split(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t p; (p = line.find(sep, start)) != std::string_view::npos; start = p + 1) {
    out.emplace_back(line.substr(start, p - start));
  }
  out.emplace_back(line.substr(start));
  return out;
}

bool to_double(std::string_view s, double& out) {
  // std::from_chars for double is in g++ 12's library.
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

// A model's weights by feature, in four buffers whatever its size: the tens of thousands of
// features of a generation's model, each in its own node, string and vector, were as many small
// allocations that stayed in a server's malloc arenas, scattered among the live ones, after
// the index switch that freed them (docs/performance.md).
class FeatureWeights {
 public:
  using Weight = std::pair<std::uint16_t, float>;

  /// Starts the weights of `feature`; false (and nothing added) unless it sorts after the
  /// previous feature (or when the buffers would pass 4 GiB).
  bool add_feature(std::string_view feature) {
    if ((!ends_.empty() && feature <= name(ends_.size() - 1)) ||
        names_.size() + feature.size() > UINT32_MAX || weights_.size() >= UINT32_MAX) {
      return false;
    }
    names_.append(feature);
    ends_.push_back(
        {static_cast<std::uint32_t>(names_.size()), static_cast<std::uint32_t>(weights_.size())});
    return true;
  }
  /// Adds a weight to the last feature added (at least one must be).
  void add_weight(std::uint16_t label, float w) {
    weights_.emplace_back(label, w);
    ++ends_.back().weights;
  }
  /// Builds the look-up table; call once all features are added.
  void finish() {
    std::size_t size = 16;
    while (size < 2 * ends_.size()) {
      size *= 2;
    }
    slots_.assign(size, 0);
    for (std::size_t i = 0; i < ends_.size(); ++i) {
      std::size_t s = std::hash<std::string_view>{}(name(i)) & (size - 1);
      while (slots_[s] != 0) {
        s = (s + 1) & (size - 1);
      }
      slots_[s] = static_cast<std::uint32_t>(i + 1);
    }
    names_.shrink_to_fit();
    ends_.shrink_to_fit();
    weights_.shrink_to_fit();
  }

  std::size_t size() const { return ends_.size(); }
  std::string_view name(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1].name;
    return std::string_view(names_).substr(begin, ends_[i].name - begin);
  }
  std::span<const Weight> weights(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1].weights;
    return std::span<const Weight>(weights_).subspan(begin, ends_[i].weights - begin);
  }
  /// The weights of `feature`; empty for a feature the model does not know.
  std::span<const Weight> find(std::string_view feature) const {
    if (slots_.empty()) {
      return {};
    }
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = std::hash<std::string_view>{}(feature)&mask; slots_[s] != 0;
         s = (s + 1) & mask) {
      if (name(slots_[s] - 1) == feature) {
        return weights(slots_[s] - 1);
      }
    }
    return {};
  }

 private:
  struct End {
    std::uint32_t name;     // where the feature's name ends in names_
    std::uint32_t weights;  // where its weights end in weights_
  };
  std::string names_;                 // every feature's name, in ascending order
  std::vector<End> ends_;             // per feature
  std::vector<Weight> weights_;       // every feature's weights, in the features' order
  std::vector<std::uint32_t> slots_;  // open addressing: feature index + 1, 0 for none
};

}  // namespace

struct NeedModel::Impl {
  std::vector<std::string> themes;
  // Per theme, then per theme again for the main-theme model (index themes.size() + t); -inf
  // for a theme without a model.
  std::vector<double> bias;
  std::unordered_set<std::string> ignored;  // words that give no word features
  FeatureWeights weights;                   // feature -> (theme index, weight)

  // Trains on featurised examples (each feature list sorted and distinct).
  static Impl fit(const std::vector<std::vector<std::string>>& features,
                  const std::vector<std::vector<std::string>>& labels,
                  const std::vector<std::string>& themes, const Options& options);
};

NeedModel::NeedModel() : impl_(std::make_unique<Impl>()) {}
NeedModel::~NeedModel() = default;
NeedModel::NeedModel(NeedModel&&) noexcept = default;
NeedModel& NeedModel::operator=(NeedModel&&) noexcept = default;

bool NeedModel::trained() const { return !impl_->themes.empty(); }

NeedModel::Impl NeedModel::Impl::fit(const std::vector<std::vector<std::string>>& features,
                                     const std::vector<std::vector<std::string>>& labels,
                                     const std::vector<std::string>& themes,
                                     const Options& options) {
  Impl m;
  m.themes = themes;
  std::map<std::string_view, std::vector<FeatureWeights::Weight>> weights;  // sorted
  // The dictionary: features seen in enough texts, numbered from 1 in their sorted order.
  std::map<std::string, int> count;
  for (const auto& f : features) {
    for (const auto& x : f) {
      ++count[x];
    }
  }
  std::vector<const std::string*> names;
  std::unordered_map<std::string_view, int> index;
  for (const auto& [name, n] : count) {
    if (n >= options.min_feature_count) {
      names.push_back(&name);
      index.emplace(name, static_cast<int>(names.size()));
    }
  }
  const int n_features = static_cast<int>(names.size());
  constexpr double kBias = 1.0;
  // Each text's feature nodes, of value 1/sqrt(its number of features), then the bias node.
  std::vector<std::vector<feature_node>> rows(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    const double v = features[i].empty() ? 0.0 : 1.0 / std::sqrt(features[i].size());
    for (const auto& x : features[i]) {
      if (auto it = index.find(x); it != index.end()) {
        rows[i].push_back({it->second, v});
      }
    }
    std::sort(rows[i].begin(), rows[i].end(),
              [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    rows[i].push_back({n_features + 1, kBias});
    rows[i].push_back({-1, 0.0});
  }
  std::vector<feature_node*> x(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    x[i] = rows[i].data();
  }
  std::vector<double> y(rows.size());
  problem prob{};
  prob.l = static_cast<int>(rows.size());
  prob.n = n_features + 1;
  prob.x = x.data();
  prob.y = y.data();
  prob.bias = kBias;
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = kTolerance;
  param.C = options.c;
  param.p = 0.1;
  set_print_string_function(quiet);
  m.bias.assign(2 * themes.size(), -std::numeric_limits<double>::infinity());
  for (std::size_t t = 0; t < themes.size(); ++t) {
    int positives = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const bool pos = std::find(labels[i].begin(), labels[i].end(), themes[t]) != labels[i].end();
      y[i] = pos ? 1.0 : -1.0;
      positives += pos ? 1 : 0;
    }
    if (positives < options.min_positives || positives == prob.l) {
      continue;
    }
    model* fitted = ::train(&prob, &param);
    const int positive = fitted->label[0] == 1 ? 0 : 1;
    for (int j = 1; j <= n_features; ++j) {
      const double w = get_decfun_coef(fitted, j, positive);
      if (std::abs(w) >= kMinWeight) {
        weights[*names[static_cast<std::size_t>(j - 1)]].emplace_back(static_cast<std::uint16_t>(t),
                                                                      static_cast<float>(w));
      }
    }
    m.bias[t] = get_decfun_bias(fitted, positive);
    free_and_destroy_model(&fitted);
  }
  // The main-theme model: which theme comes first, one-vs-rest over the first themes.
  std::vector<int> firsts(themes.size(), 0);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const auto it = labels[i].empty() || labels[i].front() == kUrgentLabel
                        ? themes.end()
                        : std::find(themes.begin(), themes.end(), labels[i].front());
    y[i] = it == themes.end() ? -1.0 : static_cast<double>(it - themes.begin());
    if (it != themes.end()) {
      ++firsts[static_cast<std::size_t>(it - themes.begin())];
    }
  }
  const int classes =
      static_cast<int>(std::count_if(firsts.begin(), firsts.end(), [](int n) { return n > 0; }));
  if (classes >= 2) {
    model* fitted = ::train(&prob, &param);
    for (int k = 0; k < fitted->nr_class; ++k) {
      const int t = fitted->label[k];
      if (t < 0 || firsts[static_cast<std::size_t>(t)] < options.min_positives) {
        continue;
      }
      const auto slot = static_cast<std::uint16_t>(themes.size() + static_cast<std::size_t>(t));
      // With two classes LIBLINEAR keeps one weight vector: the second class is its negation.
      for (int j = 1; j <= n_features; ++j) {
        const double w = get_decfun_coef(fitted, j, k);
        if (std::abs(w) >= kMinWeight) {
          weights[*names[static_cast<std::size_t>(j - 1)]].emplace_back(slot,
                                                                        static_cast<float>(w));
        }
      }
      m.bias[slot] = get_decfun_bias(fitted, k);
    }
    free_and_destroy_model(&fitted);
  }
  for (const auto& [feature, ws] : weights) {
    m.weights.add_feature(feature);
    for (const auto& [label, w] : ws) {
      m.weights.add_weight(label, w);
    }
  }
  m.weights.finish();
  return m;
}

Result<NeedModel> NeedModel::train(const Analyzer& analyzer,
                                   const std::vector<NeedExample>& examples,
                                   const std::vector<std::string>& themes, const Options& options) {
  if (examples.empty()) {
    return Status::invalid_argument("no examples to train the need classifier on");
  }
  const std::size_t n = std::min(examples.size(), options.max_examples);
  std::vector<std::vector<std::string>> features(n);
  std::vector<std::vector<std::string>> labels(n);
  for (std::size_t i = 0; i < n; ++i) {
    features[i] = need_features(analyzer, analyse_for_needs(analyzer, examples[i].text),
                                options.ignored_words);
    labels[i] = examples[i].themes;
    if (examples[i].urgent) {
      labels[i].emplace_back(kUrgentLabel);
    }
  }
  std::vector<std::string> all_labels = themes;
  all_labels.emplace_back(kUrgentLabel);  // no model when too few examples are urgent
  NeedModel model;
  *model.impl_ = Impl::fit(features, labels, all_labels, options);
  model.impl_->ignored = options.ignored_words;
  return model;
}

std::string NeedModel::serialize() const {
  std::ostringstream out;
  out.precision(5);
  out << kFormat << "\nthemes";
  for (const auto& t : impl_->themes) {
    out << '\t' << t;
  }
  out << "\nbias";
  for (const double b : impl_->bias) {
    out << '\t';
    if (std::isinf(b)) {
      out << "none";
    } else {
      out << b;
    }
  }
  out << "\nignore";
  const std::set<std::string> ignored(impl_->ignored.begin(), impl_->ignored.end());
  for (const auto& w : ignored) {
    out << '\t' << w;
  }
  out << '\n';
  // In the features' order, so that the same model always serialises to the same bytes.
  const FeatureWeights& weights = impl_->weights;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    out << weights.name(i);
    for (const auto& [theme, w] : weights.weights(i)) {
      out << '\t' << theme << ':' << w;
    }
    out << '\n';
  }
  return out.str();
}

Result<NeedModel> NeedModel::parse(std::string_view serialized) {
  NeedModel model;
  Impl& m = *model.impl_;
  std::size_t line_no = 0;
  std::size_t start = 0;
  auto bad = [&](const std::string& why) {
    return Status::invalid_argument("need model line " + std::to_string(line_no) + ": " + why);
  };
  while (start < serialized.size()) {
    std::size_t end = serialized.find('\n', start);
    if (end == std::string_view::npos) {
      end = serialized.size();
    }
    const std::string_view line = serialized.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line_no == 1) {
      if (line != kFormat) {
        return bad("expected \"" + std::string(kFormat) + "\"");
      }
      continue;
    }
    const auto cols = split(line, '\t');
    if (line_no == 2) {
      if (cols.empty() || cols[0] != "themes" || cols.size() > 1 + UINT16_MAX) {
        return bad("expected the themes");
      }
      m.themes.assign(cols.begin() + 1, cols.end());
      continue;
    }
    if (line_no == 3) {
      if (cols.size() != 2 * m.themes.size() + 1 || cols[0] != "bias") {
        return bad("expected two biases per theme");
      }
      for (std::size_t i = 1; i < cols.size(); ++i) {
        double b = 0.0;
        if (cols[i] == "none") {
          b = -std::numeric_limits<double>::infinity();
        } else if (!to_double(cols[i], b)) {
          return bad("bad bias \"" + cols[i] + "\"");
        }
        m.bias.push_back(b);
      }
      continue;
    }
    if (line_no == 4) {
      if (cols.empty() || cols[0] != "ignore") {
        return bad("expected the ignored words");
      }
      m.ignored.insert(cols.begin() + 1, cols.end());
      continue;
    }
    if (cols.size() < 2 || cols[0].empty()) {
      return bad("expected a feature and its weights");
    }
    if (!m.weights.add_feature(cols[0])) {
      return bad("feature \"" + cols[0] + "\" is not after the one before");
    }
    for (std::size_t i = 1; i < cols.size(); ++i) {
      const auto colon = cols[i].find(':');
      unsigned theme = 0;
      double w = 0.0;
      const auto r = std::from_chars(cols[i].data(), cols[i].data() + colon, theme);
      if (colon == std::string::npos || r.ec != std::errc() || r.ptr != cols[i].data() + colon ||
          theme >= 2 * m.themes.size() ||
          !to_double(std::string_view(cols[i]).substr(colon + 1), w)) {
        return bad("bad weight \"" + cols[i] + "\"");
      }
      m.weights.add_weight(static_cast<std::uint16_t>(theme), static_cast<float>(w));
    }
  }
  if (line_no < 4) {
    return bad("the model ends before its weights");
  }
  m.weights.finish();
  return model;
}

std::vector<ThemeScore> NeedModel::predict(const Analyzer& analyzer,
                                           const AnalysedText& text) const {
  const Impl& m = *impl_;
  std::vector<ThemeScore> out;
  if (m.themes.empty()) {
    return out;
  }
  const auto features = distinct_features(analyzer, text, m.ignored);
  const double v = features.empty() ? 0.0 : 1.0 / std::sqrt(features.size());
  const std::size_t n = m.themes.size();
  std::vector<double> sum(2 * n, 0.0);
  // Per theme, how much each token raised it.
  std::vector<std::map<std::size_t, double>> lift(n);
  for (const auto& [feature, token] : features) {
    for (const auto& [theme, w] : m.weights.find(feature)) {
      sum[theme] += v * w;
      if (theme < n && w > 0 && token < text.tokens.size()) {
        lift[theme][token] += v * w;
      }
    }
  }
  // The main-theme model's one-vs-rest probabilities, normalised as LIBLINEAR does.
  std::vector<double> main(n, 0.0);
  double main_total = 0.0;
  for (std::size_t t = 0; t < n; ++t) {
    if (!std::isinf(m.bias[n + t])) {
      main[t] = 1.0 / (1.0 + std::exp(-(sum[n + t] + m.bias[n + t])));
      main_total += main[t];
    }
  }
  for (std::size_t t = 0; t < n; ++t) {
    if (m.themes[t] == kUrgentLabel) {
      continue;
    }
    ThemeScore s;
    s.theme = m.themes[t];
    s.modelled = !std::isinf(m.bias[t]);
    s.probability = s.modelled ? 1.0 / (1.0 + std::exp(-(sum[t] + m.bias[t]))) : 0.0;
    s.main_probability = main_total > 0 ? main[t] / main_total : 0.0;
    std::vector<std::pair<double, std::size_t>> ranked;
    for (const auto& [token, l] : lift[t]) {
      ranked.emplace_back(-l, token);
    }
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t k = 0; k < ranked.size() && k < kExplainingTokens; ++k) {
      s.tokens.push_back(ranked[k].second);
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<NeedModel::UrgencyScore> NeedModel::urgency(const Analyzer& analyzer,
                                                          const AnalysedText& text) const {
  const Impl& m = *impl_;
  const auto label = std::find(m.themes.begin(), m.themes.end(), kUrgentLabel);
  if (label == m.themes.end()) {
    return std::nullopt;
  }
  const auto slot = static_cast<std::uint16_t>(label - m.themes.begin());
  if (std::isinf(m.bias[slot])) {
    return std::nullopt;
  }
  const auto features = distinct_features(analyzer, text, m.ignored);
  const double v = features.empty() ? 0.0 : 1.0 / std::sqrt(features.size());
  double sum = m.bias[slot];
  std::map<std::size_t, double> lift;
  for (const auto& [feature, token] : features) {
    for (const auto& [l, w] : m.weights.find(feature)) {
      if (l == slot) {
        sum += v * w;
        if (w > 0 && token < text.tokens.size()) {
          lift[token] += v * w;
        }
      }
    }
  }
  UrgencyScore out;
  out.probability = 1.0 / (1.0 + std::exp(-sum));
  std::vector<std::pair<double, std::size_t>> ranked;
  for (const auto& [token, l] : lift) {
    ranked.emplace_back(-l, token);
  }
  std::sort(ranked.begin(), ranked.end());
  for (std::size_t k = 0; k < ranked.size() && k < kExplainingTokens; ++k) {
    out.tokens.push_back(ranked[k].second);
  }
  return out;
}

NeedModel::Options need_model_options(const Analyzer& analyzer,
                                      const corpus::Geography& geography) {
  NeedModel::Options options;
  for (const auto& area : geography.areas()) {
    std::vector<std::string> names = area.aliases;
    names.push_back(area.name_fr);
    names.push_back(area.name_nl);
    for (const auto& name : names) {
      for (const auto& t : analyzer.tokenize(name)) {
        if (!t.stop) {
          options.ignored_words.insert(t.word);
        }
      }
    }
  }
  return options;
}

Result<CrossValidation> cross_validate(const Analyzer& analyzer,
                                       const std::vector<NeedExample>& examples,
                                       const std::vector<std::string>& themes,
                                       const NeedModel::Options& options, int folds,
                                       double threshold, double urgency_threshold) {
  if (folds < 2 || examples.size() < static_cast<std::size_t>(folds)) {
    return Status::invalid_argument(
        "cross-validation needs at least 2 folds and one example "
        "per fold");
  }
  std::vector<AnalysedText> analysed;
  std::vector<std::vector<std::string>> features;
  analysed.reserve(examples.size());
  for (const auto& e : examples) {
    analysed.push_back(analyse_for_needs(analyzer, e.text));
    features.push_back(need_features(analyzer, analysed.back(), options.ignored_words));
  }
  std::vector<std::string> all_labels = themes;
  all_labels.emplace_back(kUrgentLabel);
  double tp = 0;
  double fp = 0;
  double fn = 0;
  double urgent_tp = 0;
  double urgent_fp = 0;
  double urgent_fn = 0;
  for (int k = 0; k < folds; ++k) {
    std::vector<std::vector<std::string>> train_f;
    std::vector<std::vector<std::string>> train_l;
    for (std::size_t i = 0; i < examples.size(); ++i) {
      if (static_cast<int>(i % static_cast<std::size_t>(folds)) != k) {
        train_f.push_back(features[i]);
        train_l.push_back(examples[i].themes);
        if (examples[i].urgent) {
          train_l.back().emplace_back(kUrgentLabel);
        }
      }
    }
    NeedModel model;
    *model.impl_ = NeedModel::Impl::fit(train_f, train_l, all_labels, options);
    model.impl_->ignored = options.ignored_words;
    for (std::size_t i = static_cast<std::size_t>(k); i < examples.size();
         i += static_cast<std::size_t>(folds)) {
      const auto& want = examples[i].themes;
      for (const auto& s : model.predict(analyzer, analysed[i])) {
        const bool said = s.probability >= threshold;
        const bool wanted = std::find(want.begin(), want.end(), s.theme) != want.end();
        tp += said && wanted ? 1 : 0;
        fp += said && !wanted ? 1 : 0;
        fn += !said && wanted ? 1 : 0;
      }
      if (const auto u = model.urgency(analyzer, analysed[i])) {
        const bool said = u->probability >= urgency_threshold;
        urgent_tp += said && examples[i].urgent ? 1 : 0;
        urgent_fp += said && !examples[i].urgent ? 1 : 0;
        urgent_fn += !said && examples[i].urgent ? 1 : 0;
      }
    }
  }
  CrossValidation cv;
  cv.folds = folds;
  cv.examples = static_cast<int>(examples.size());
  cv.precision = tp + fp > 0 ? tp / (tp + fp) : 0.0;
  cv.recall = tp + fn > 0 ? tp / (tp + fn) : 0.0;
  cv.f1 = cv.precision + cv.recall > 0 ? 2 * cv.precision * cv.recall / (cv.precision + cv.recall)
                                       : 0.0;
  cv.urgency_precision = urgent_tp + urgent_fp > 0 ? urgent_tp / (urgent_tp + urgent_fp) : 0.0;
  cv.urgency_recall = urgent_tp + urgent_fn > 0 ? urgent_tp / (urgent_tp + urgent_fn) : 0.0;
  return cv;
}

}  // namespace orienta::indexer
