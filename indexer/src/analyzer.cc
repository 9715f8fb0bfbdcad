// Text analysis: ICU word breaks and folding, language per sentence, stemming, the lexicon.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <unordered_map>
#include <unordered_set>
#include <xapian.h>

#include "orienta/indexer.h"

namespace orienta::indexer {
namespace {

// Two-letter acronyms ("AS", "MR") are ordinary words in lowercase ("as", "Mr").
constexpr std::size_t kShortAcronym = 2;
// A one-word expression matches any word of the same stem only when the stem is this long.
constexpr std::size_t kMinLooseStem = 5;
constexpr std::size_t kMaxMemoWords = 200'000;
// Change it with any rule that changes what a text is analysed into (Analyzer::fingerprint).
constexpr std::string_view kAnalysisRules = "2";

struct Pattern {
  std::size_t concept_index = 0;
  bool dutch = false;
  bool needs_capitals = false;
  std::vector<std::string> stems;  // the words of the expression, stemmed in its language
  std::vector<std::string> words;  // the same words, folded
  // Matched by its folded words, not its stems, when stems would overmatch: a lone short
  // stem ("aide" and "aidant" both stem to "aid"), or stems that an expression of another
  // concept has too ("aide familiale" and "aidant familial", "ouderen" and "ouders").
  bool as_written = false;
};

// What the analysis knows of one folded word, for one Analyzer.
struct WordFacts {
  std::string stem_fr;
  std::string stem_nl;
  bool stop_fr = false;
  bool stop_nl = false;
  const std::vector<Pattern>* starts_fr = nullptr;  // expressions whose first stem it has
  const std::vector<Pattern>* starts_nl = nullptr;
};

using Memo = std::unordered_map<std::string, WordFacts>;

// ICU break iterators and Xapian stemmers are not thread-safe; each thread keeps its own.
struct ThreadTools {
  std::unique_ptr<icu::BreakIterator> words;
  Xapian::Stem fr{"french"};
  Xapian::Stem nl{"dutch"};
  // Stemming is the costliest step of the analysis and words repeat a lot: each thread keeps
  // what it learnt of each word for the Analyzer it served last (`owner`), forgetting it all
  // when the memo grows past kMaxMemoWords.
  Memo memo;
  std::uint64_t owner = 0;
  ThreadTools() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }
};

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

ThreadTools& tools() {
  thread_local ThreadTools t;
  return t;
}

// The ASCII folding of U+00C0..U+00FF, or nullptr where ICU must decide (ß, Ø, Ð, Þ, ×, ÷).
const char* latin1_fold(unsigned char low) {
  static constexpr const char* kFold[64] = {
      "a", "a", "a", "a",     "a",     "a",     "ae", "c", "e", "e",     "e",     "e",     "i",
      "i", "i", "i", nullptr, "n",     "o",     "o",  "o", "o", "o",     nullptr, nullptr, "u",
      "u", "u", "u", "y",     nullptr, nullptr, "a",  "a", "a", "a",     "a",     "a",     "ae",
      "c", "e", "e", "e",     "e",     "i",     "i",  "i", "i", nullptr, "n",     "o",     "o",
      "o", "o", "o", nullptr, nullptr, "u",     "u",  "u", "u", "y",     nullptr, "y"};
  return kFold[low - 0x80];
}

// corpus::fold for one word, without ICU for ASCII and the accented letters of French and
// Dutch (the same result, much cheaper); anything else goes through ICU.
std::string fold_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      continue;
    }
    const auto next = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
    const char* folded = nullptr;
    if (c == 0xC3 && next >= 0x80 && next <= 0xBF) {
      folded = latin1_fold(next);
    } else if (c == 0xC5 && (next == 0x92 || next == 0x93)) {
      folded = "oe";  // Œ œ
    }
    if (folded == nullptr) {
      return corpus::fold(word);
    }
    out += folded;
    ++i;
  }
  return out;
}

// True if every letter of `word` is a capital and it has at least two letters.
bool all_capitals(std::string_view word) {
  if (word.empty() || (word[0] >= 'a' && word[0] <= 'z')) {
    return false;  // the common case, without ICU
  }
  int letters = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      return false;
    }
    if (u_isalpha(c)) {
      if (!u_isupper(c)) {
        return false;
      }
      ++letters;
    }
  }
  return letters >= 2;
}

// French elided articles and pronouns before an apostrophe: l'arabe, d'aide, qu'il.
bool is_elision(std::string_view folded) {
  return folded.size() <= 2 || folded == "qu" || folded == "jusqu" || folded == "lorsqu" ||
         folded == "puisqu" || folded == "quoiqu";
}

// Accented letters typical of French text, in UTF-8.
bool has_french_accent(std::string_view s) {
  static constexpr std::array<std::string_view, 9> kMarks = {"é", "è", "ê", "à", "ç",
                                                             "ù", "û", "ô", "î"};
  return std::any_of(kMarks.begin(), kMarks.end(),
                     [&](std::string_view m) { return s.find(m) != std::string_view::npos; });
}

bool has_dutch_shape(std::string_view folded) {
  static constexpr std::array<std::string_view, 6> kShapes = {"ij", "aa", "oo", "uu", "sch", "oe"};
  return std::any_of(kShapes.begin(), kShapes.end(),
                     [&](std::string_view m) { return folded.find(m) != std::string_view::npos; });
}

// A compound's head and first part, in letters ("prostaat" + "kanker").
constexpr std::size_t kMinCompoundHead = 5;
constexpr std::size_t kMinCompoundPart = 4;

// In text order, each hit once (one expression can match through both languages' stems).
void sort_distinct(std::vector<ConceptHit>& hits) {
  std::sort(hits.begin(), hits.end(), [](const ConceptHit& a, const ConceptHit& b) {
    return std::tie(a.first, a.last, a.concept_index) < std::tie(b.first, b.last, b.concept_index);
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const ConceptHit& a, const ConceptHit& b) {
                           return a.first == b.first && a.last == b.last &&
                                  a.concept_index == b.concept_index;
                         }),
             hits.end());
}

bool sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';'; }

}  // namespace

struct Analyzer::Impl {
  const std::uint64_t serial = next_serial();  // what the threads' memos know it by
  std::unordered_set<std::string> stop_fr;
  std::unordered_set<std::string> stop_nl;
  std::vector<Concept> concepts;
  std::unordered_map<std::string, std::vector<Pattern>> by_first;  // "f:stem" / "n:stem"
  // The one-word Dutch expressions of at least kMinCompoundHead letters, by folded word: the
  // heads a compound ends with ("prostaatkanker" ends with "kanker").
  std::unordered_map<std::string, std::vector<const Pattern*>> dutch_heads;
  std::string fingerprint;
  std::uint64_t digest = 0xcbf29ce484222325ULL;  // FNV-1a of the rules and data lines

  void mix(std::string_view line) {
    for (const char c : line) {
      digest = (digest ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    digest = (digest ^ '\n') * 0x100000001b3ULL;
  }

  // The words of `text` with positions, before languages are assigned.
  std::vector<Token> split(std::string_view text) const;
  // Sets each token's language; `facts` are the tokens' word facts (facts_of).
  void assign_languages(std::string_view text, std::vector<Token>& tokens,
                        const std::vector<const WordFacts*>& facts, std::string_view hint) const;
  // This thread's memo of word facts for this Analyzer: emptied first if it held another
  // Analyzer's or grew past kMaxMemoWords. Facts stay valid until the next call of memo().
  Memo& memo() const;
  // The facts of a folded word, from `m` (which memo() gave).
  const WordFacts& facts(Memo& m, const std::string& word) const;
  // The facts of each token's word (valid until the next call of memo()).
  std::vector<const WordFacts*> facts_of(const std::vector<Token>& tokens) const;
  // Sets the French and Dutch stems and the stop flag of each token, from its facts.
  static void stem(std::vector<Token>& tokens, const std::vector<const WordFacts*>& facts);
  // Calls found(pattern, i) for each lexicon expression that starts at token i. Expressions
  // are matched word for word on the stems of their language, stop words included ("à la
  // rue" must not shrink to "rue", which is in every address); a two-letter acronym only in
  // capitals.
  template <typename Found>
  static void for_each_expression(const std::vector<Token>& tokens,
                                  const std::vector<const WordFacts*>& facts, Found found);
  // The expressions whose first word has the stem `stem` in `dutch` or French, or nullptr.
  const std::vector<Pattern>* starting_with(const std::string& stem, bool dutch) const {
    const auto it = by_first.find((dutch ? "n:" : "f:") + stem);
    return it == by_first.end() ? nullptr : &it->second;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::Impl::split(std::string_view text) const {
  std::vector<Token> tokens;
  if (text.empty()) {
    return tokens;
  }
  tokens.reserve(text.size() / 5 + 1);  // about one word per six bytes
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    return tokens;
  }
  icu::BreakIterator& bi = *tools().words;
  bi.setText(ut, status);
  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    if (bi.getRuleStatus() == UBRK_WORD_NONE) {
      continue;
    }
    // Split "l'arabe" / "l’arabe" at the apostrophe; drop the elided part.
    std::string_view segment =
        text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    std::size_t offset = static_cast<std::size_t>(start);
    while (!segment.empty()) {
      std::size_t cut = segment.find('\'');
      std::size_t skip = 1;
      const std::size_t curly = segment.find("\xE2\x80\x99");
      if (curly != std::string_view::npos && (cut == std::string_view::npos || curly < cut)) {
        cut = curly;
        skip = 3;
      }
      const std::string_view part = segment.substr(0, cut);
      if (!part.empty()) {
        std::string folded = fold_word(part);
        const bool elided = cut != std::string_view::npos && is_elision(folded);
        if (!elided && !folded.empty()) {
          Token t;
          t.word = std::move(folded);
          t.begin = offset;
          t.end = offset + part.size();
          t.upper = all_capitals(part);
          tokens.push_back(std::move(t));
        }
      }
      if (cut == std::string_view::npos) {
        break;
      }
      offset += cut + skip;
      segment.remove_prefix(cut + skip);
    }
  }
  utext_close(ut);
  return tokens;
}

void Analyzer::Impl::assign_languages(std::string_view text, std::vector<Token>& tokens,
                                      const std::vector<const WordFacts*>& facts,
                                      std::string_view hint) const {
  // Score each sentence by its stop words and spellings; a sentence without such clues takes
  // the language of the whole text, else the hint. Only then (a short query: "gezinszorg",
  // "thuisverpleging Jette") do the words that begin a lexicon expression of one language
  // decide, the sentence's then the text's; else French.
  struct Sentence {
    std::size_t first, last;
    int fr = 0, nl = 0;
    int lex_fr = 0, lex_nl = 0;
  };
  std::vector<Sentence> sentences;
  int total_fr = 0;
  int total_nl = 0;
  int total_lex_fr = 0;
  int total_lex_nl = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool starts = sentences.empty() || [&] {
      for (std::size_t p = tokens[i - 1].end; p < tokens[i].begin; ++p) {
        if (sentence_end(text[p])) {
          return true;
        }
      }
      return false;
    }();
    if (starts) {
      sentences.push_back({i, i});
    }
    Sentence& s = sentences.back();
    s.last = i;
    const Token& t = tokens[i];
    const WordFacts& f = *facts[i];
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    const int fr = (f.stop_fr ? 1 : 0) + (has_french_accent(raw) ? 1 : 0);
    const int nl = (f.stop_nl ? 1 : 0) + (has_dutch_shape(t.word) ? 1 : 0);
    s.fr += fr;
    s.nl += nl;
    total_fr += fr;
    total_nl += nl;
    const int lex_fr = f.starts_fr != nullptr && f.starts_nl == nullptr ? 1 : 0;
    const int lex_nl = f.starts_nl != nullptr && f.starts_fr == nullptr ? 1 : 0;
    s.lex_fr += lex_fr;
    s.lex_nl += lex_nl;
    total_lex_fr += lex_fr;
    total_lex_nl += lex_nl;
  }
  auto by = [](int fr, int nl) -> std::string { return nl > fr ? "nl" : fr > nl ? "fr" : ""; };
  // The text's stop words and spellings, else the hint, else its lexicon words.
  std::string fallback = by(total_fr, total_nl);
  fallback = fallback.empty() ? std::string(hint) : fallback;
  const std::string lexicon = by(total_lex_fr, total_lex_nl);
  for (const auto& s : sentences) {
    std::string lang = by(s.fr, s.nl);
    for (const std::string& next : {fallback, by(s.lex_fr, s.lex_nl), lexicon, std::string("fr")}) {
      lang = lang.empty() ? next : lang;
    }
    for (std::size_t i = s.first; i <= s.last; ++i) {
      tokens[i].lang = lang;
    }
  }
}

Memo& Analyzer::Impl::memo() const {
  ThreadTools& t = tools();
  if (t.owner != serial || t.memo.size() >= kMaxMemoWords) {
    t.memo.clear();
    t.owner = serial;
  }
  return t.memo;
}

const WordFacts& Analyzer::Impl::facts(Memo& m, const std::string& word) const {
  const auto found = m.find(word);
  if (found != m.end()) {
    return found->second;
  }
  ThreadTools& t = tools();
  WordFacts f;
  f.stem_fr = t.fr(word);
  f.stem_nl = t.nl(word);
  f.stop_fr = stop_fr.count(word) > 0;
  f.stop_nl = stop_nl.count(word) > 0;
  f.starts_fr = starting_with(f.stem_fr, false);
  f.starts_nl = starting_with(f.stem_nl, true);
  return m.emplace(word, std::move(f)).first->second;
}

void Analyzer::Impl::stem(std::vector<Token>& tokens, const std::vector<const WordFacts*>& facts) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& token = tokens[i];
    const WordFacts& f = *facts[i];
    token.stem_fr = f.stem_fr;
    token.stem_nl = f.stem_nl;
    token.stop = token.lang == "nl" ? f.stop_nl : f.stop_fr;
  }
}

std::vector<Token> Analyzer::tokenize(std::string_view text, std::string_view lang_hint) const {
  std::vector<Token> tokens = impl_->split(text);
  const std::vector<const WordFacts*> facts = impl_->facts_of(tokens);
  impl_->assign_languages(text, tokens, facts, lang_hint);
  Impl::stem(tokens, facts);
  return tokens;
}

std::string Analyzer::detect_language(std::string_view text) const {
  std::vector<Token> tokens = impl_->split(text);
  impl_->assign_languages(text, tokens, impl_->facts_of(tokens), "");
  std::size_t fr = 0;
  std::size_t nl = 0;
  for (const auto& t : tokens) {
    (t.lang == "nl" ? nl : fr)++;
  }
  if (tokens.empty()) {
    return "";
  }
  // Both languages count when each holds a fair share of the words.
  const std::size_t minority = std::min(fr, nl);
  if (minority >= 4 && minority * 5 >= tokens.size()) {
    return "fr+nl";
  }
  return nl > fr ? "nl" : "fr";
}

const std::string& Analyzer::fingerprint() const { return impl_->fingerprint; }

bool Analyzer::is_stop_word(std::string_view folded_word) const {
  const std::string w(folded_word);
  return impl_->stop_fr.count(w) > 0 || impl_->stop_nl.count(w) > 0;
}

const std::vector<Concept>& Analyzer::concepts() const { return impl_->concepts; }

std::vector<const WordFacts*> Analyzer::Impl::facts_of(const std::vector<Token>& tokens) const {
  Memo& m = memo();
  std::vector<const WordFacts*> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    out.push_back(&facts(m, t.word));
  }
  return out;
}

template <typename Found>
void Analyzer::Impl::for_each_expression(const std::vector<Token>& tokens,
                                         const std::vector<const WordFacts*>& facts, Found found) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const auto* patterns : {facts[i]->starts_fr, facts[i]->starts_nl}) {
      for (std::size_t j = 0; patterns != nullptr && j < patterns->size(); ++j) {
        const Pattern& p = (*patterns)[j];
        const std::size_t n = p.stems.size();
        if (i + n > tokens.size() || (p.needs_capitals && !tokens[i].upper)) {
          continue;
        }
        bool match = true;
        for (std::size_t w = 0; w < n && match; ++w) {
          match = p.as_written
                      ? tokens[i + w].word == p.words[w]
                      : (p.dutch ? facts[i + w]->stem_nl : facts[i + w]->stem_fr) == p.stems[w];
        }
        if (match) {
          found(p, i);
        }
      }
    }
  }
}

std::vector<ConceptHit> Analyzer::find_concepts(const std::vector<Token>& tokens) const {
  std::vector<ConceptHit> hits;
  Impl::for_each_expression(tokens, impl_->facts_of(tokens), [&](const Pattern& p, std::size_t i) {
    hits.push_back({p.concept_index, i, i + p.stems.size() - 1});
  });
  sort_distinct(hits);
  return hits;
}

std::vector<ConceptHit> Analyzer::find_concepts(const std::vector<Token>& tokens,
                                                const LooseMatch& loose) const {
  std::vector<ConceptHit> hits = find_concepts(tokens);
  const auto facts = impl_->facts_of(tokens);
  auto exact = [&](std::size_t concept_index, std::size_t first) {
    return std::any_of(hits.begin(), hits.end(), [&](const ConceptHit& h) {
      return h.concept_index == concept_index && h.first == first;
    });
  };
  std::vector<ConceptHit> more;
  if (loose.max_gap > 0) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      for (const auto* patterns : {facts[i]->starts_fr, facts[i]->starts_nl}) {
        for (std::size_t j = 0; patterns != nullptr && j < patterns->size(); ++j) {
          const Pattern& p = (*patterns)[j];
          if (p.stems.size() < 2 || p.as_written || exact(p.concept_index, i)) {
            continue;
          }
          // Each next word of the expression within the gaps left.
          std::size_t at = i;
          std::size_t gaps = 0;
          bool match = true;
          for (std::size_t w = 1; w < p.stems.size() && match; ++w) {
            match = false;
            for (std::size_t k = at + 1; k < tokens.size() && k - at - 1 + gaps <= loose.max_gap;
                 ++k) {
              if ((p.dutch ? facts[k]->stem_nl : facts[k]->stem_fr) == p.stems[w]) {
                gaps += k - at - 1;
                at = k;
                match = true;
                break;
              }
            }
          }
          if (match && gaps > 0) {
            more.push_back({p.concept_index, i, at});
          }
        }
      }
    }
  }
  if (loose.compounds) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string& word = tokens[i].word;
      // The longest head that leaves a first part of kMinCompoundPart letters or more.
      for (std::size_t cut = kMinCompoundPart; cut + kMinCompoundHead <= word.size(); ++cut) {
        const auto it = impl_->dutch_heads.find(word.substr(cut));
        if (it == impl_->dutch_heads.end()) {
          continue;
        }
        for (const Pattern* p : it->second) {
          if (!exact(p->concept_index, i)) {
            more.push_back({p->concept_index, i, i});
          }
        }
        break;
      }
    }
  }
  hits.insert(hits.end(), more.begin(), more.end());
  sort_distinct(hits);
  return hits;
}

Result<std::unique_ptr<Analyzer>> Analyzer::load(const std::filesystem::path& data_dir) {
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  Impl& impl = *analyzer->impl_;
  impl.mix(kAnalysisRules);
  for (const auto& [name, set] : {std::pair{"stopwords-fr.txt", &impl.stop_fr},
                                  std::pair{"stopwords-nl.txt", &impl.stop_nl}}) {
    std::ifstream in(data_dir / name);
    if (!in) {
      return Status::unavailable((data_dir / name).string() + ": cannot read file");
    }
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      if (!line.empty() && line[0] != '#') {
        impl.mix(line);
        set->insert(fold_word(line));
      }
    }
    impl.mix(name);  // the end of a list
  }

  const auto lexicon_file = data_dir / "lexicon.tsv";
  std::ifstream in(lexicon_file);
  if (!in) {
    return Status::unavailable(lexicon_file.string() + ": cannot read file");
  }
  std::string line;
  int number = 0;
  std::unordered_set<std::string> ids;
  auto split_on = [](const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
      const auto pos = s.find(sep, start);
      std::string part =
          s.substr(start, pos == std::string::npos ? std::string::npos : pos - start);
      const auto b = part.find_first_not_of(' ');
      const auto e = part.find_last_not_of(' ');
      part = b == std::string::npos ? "" : part.substr(b, e - b + 1);
      if (!part.empty() && part != "-") {
        out.push_back(part);
      }
      if (pos == std::string::npos) {
        return out;
      }
      start = pos + 1;
    }
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    impl.mix(line);
    const std::string where = "lexicon.tsv:" + std::to_string(number) + ": ";
    if (!corpus::is_valid_utf8(line)) {
      return Status::invalid_argument(where + "invalid UTF-8");
    }
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      cols.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) {
        break;
      }
      start = tab + 1;
    }
    if (cols.size() != 4 && cols.size() != 5) {
      return Status::invalid_argument(where + "expected 4 or 5 tab-separated columns, got " +
                                      std::to_string(cols.size()));
    }
    Concept c{cols[0], split_on(cols[1], ','), split_on(cols[2], '|'), split_on(cols[3], '|'),
              cols.size() == 5 ? split_on(cols[4], '|') : std::vector<std::string>()};
    if (c.id.empty() || !ids.insert(c.id).second) {
      return Status::invalid_argument(where + "empty or duplicate concept id \"" + c.id + "\"");
    }
    impl.concepts.push_back(std::move(c));
  }

  // Every expression, stemmed in its language.
  std::vector<Pattern> patterns;
  std::map<std::pair<bool, std::vector<std::string>>, std::set<std::size_t>> concepts_of;
  for (std::size_t ci = 0; ci < impl.concepts.size(); ++ci) {
    const Concept& c = impl.concepts[ci];
    // English expressions are matched on the French stems, as French ones are: the stemmer
    // takes off little of an English word, and the inflections are listed in the lexicon.
    for (const auto* list : {&c.fr, &c.nl, &c.en}) {
      const bool dutch = list == &c.nl;
      for (const auto& expr : *list) {
        Pattern p;
        p.concept_index = ci;
        p.dutch = dutch;
        for (const auto& t : analyzer->tokenize(expr, dutch ? "nl" : "fr")) {
          p.stems.push_back(dutch ? t.stem_nl : t.stem_fr);
          p.words.push_back(t.word);
        }
        if (p.stems.empty()) {
          continue;
        }
        p.needs_capitals = p.words.size() == 1 && p.words[0].size() <= kShortAcronym;
        concepts_of[{dutch, p.stems}].insert(ci);
        patterns.push_back(std::move(p));
      }
    }
  }
  // Index them by the stem of their first word, once per concept and stems, or per concept
  // and words when matched as written.
  for (Pattern& p : patterns) {
    p.as_written = (p.stems.size() == 1 && p.stems[0].size() < kMinLooseStem) ||
                   concepts_of[{p.dutch, p.stems}].size() > 1;
    auto& list = impl.by_first[(p.dutch ? "n:" : "f:") + p.stems[0]];
    const bool duplicate = std::any_of(list.begin(), list.end(), [&](const Pattern& q) {
      return q.concept_index == p.concept_index && q.stems == p.stems &&
             (!p.as_written || q.words == p.words);
    });
    if (!duplicate) {
      list.push_back(std::move(p));
    }
  }
  for (const auto& [first, list] : impl.by_first) {
    for (const Pattern& p : list) {
      if (p.dutch && p.words.size() == 1 && p.words[0].size() >= kMinCompoundHead &&
          !p.needs_capitals) {
        impl.dutch_heads[p.words[0]].push_back(&p);
      }
    }
  }
  // The facts learnt while reading the lexicon point into an unfinished by_first.
  if (tools().owner == impl.serial) {
    tools().memo.clear();
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(impl.digest));
  impl.fingerprint = hex;
  return analyzer;
}

// ---------------------------------------------------------------------------------------------
// KeyFinder

struct KeyFinder::Impl {
  const Analyzer::Impl& analyzer;
  MatchKeys keys;
  std::vector<bool> key_concept;  // by concept index

  Impl(const Analyzer::Impl& a, MatchKeys k) : analyzer(a), keys(std::move(k)) {
    key_concept.resize(analyzer.concepts.size());
    for (std::size_t i = 0; i < analyzer.concepts.size(); ++i) {
      key_concept[i] = keys.concepts.count(analyzer.concepts[i].id) > 0;
    }
  }

  // A stop word of either language never matches.
  static bool stop(const WordFacts& f) { return f.stop_fr || f.stop_nl; }
  bool is_key(const std::string& word, const WordFacts& f) const {
    return !stop(f) && (keys.words.count(word) > 0 || keys.stems.count(f.stem_fr) > 0 ||
                        keys.stems.count(f.stem_nl) > 0);
  }
};

KeyFinder::KeyFinder(const Analyzer& analyzer, MatchKeys keys)
    : impl_(std::make_unique<Impl>(*analyzer.impl_, std::move(keys))) {}
KeyFinder::~KeyFinder() = default;

std::vector<WordMatch> KeyFinder::find(std::string_view text) {
  const Impl& k = *impl_;
  const std::vector<Token> tokens = k.analyzer.split(text);
  const std::vector<const WordFacts*> facts = k.analyzer.facts_of(tokens);
  std::vector<WordMatch> out;
  out.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out.push_back({tokens[i].begin, tokens[i].end, k.is_key(tokens[i].word, *facts[i])});
  }
  if (!k.keys.concepts.empty()) {
    Analyzer::Impl::for_each_expression(tokens, facts, [&](const Pattern& p, std::size_t i) {
      if (k.key_concept[p.concept_index]) {
        for (std::size_t w = i; w < i + p.stems.size(); ++w) {
          out[w].matched = out[w].matched || !Impl::stop(*facts[w]);
        }
      }
    });
  }
  return out;
}

}  // namespace orienta::indexer
