#include <fstream>
#include <gtest/gtest.h>

#include "orienta/indexer.h"

#include "temp_dir.h"

namespace orienta::indexer {
namespace {

struct Labelled {
  std::string input;
  std::vector<std::pair<std::string, std::string>> items;  // (type, text)
};

// Reads tests/data/scrub_labelled.txt: sentences with {{type:text}} marks.
std::vector<Labelled> read_labelled() {
  std::ifstream in(testing::test_data_dir() / "scrub_labelled.txt");
  std::vector<Labelled> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    // Marks are {{type:text}}; the text holds no '}'.
    Labelled l;
    std::size_t pos = 0;
    for (std::size_t open = line.find("{{"); open != std::string::npos;
         open = line.find("{{", pos)) {
      const std::size_t colon = line.find(':', open);
      const std::size_t close = line.find("}}", open);
      if (colon == std::string::npos || close == std::string::npos || colon > close) {
        break;
      }
      l.input += line.substr(pos, open - pos);
      const std::string text = line.substr(colon + 1, close - colon - 1);
      l.input += text;
      l.items.emplace_back(line.substr(open + 2, colon - open - 2), text);
      pos = close + 2;
    }
    l.input += line.substr(pos);
    out.push_back(std::move(l));
  }
  return out;
}

// True for an ASCII letter or digit, or a byte of an accented Latin letter (U+00C0..U+00FF,
// lead byte 0xC3): enough to tell "in a word" from punctuation such as "°" or "(".
bool is_letter_byte(const std::string& s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    return std::isalnum(c) != 0;
  }
  std::size_t lead = i;
  while (lead > 0 && (static_cast<unsigned char>(s[lead]) & 0xC0) == 0x80) {
    --lead;
  }
  return static_cast<unsigned char>(s[lead]) == 0xC3;
}

class ScrubberTest : public ::testing::Test {
 protected:
  Scrubber scrubber_;
};

TEST_F(ScrubberTest, ReplacesEachKindWithItsPlaceholder) {
  EXPECT_EQ(scrubber_.scrub("Rappeler au 0470 12 34 56 svp"), "Rappeler au [phone] svp");
  EXPECT_EQ(scrubber_.scrub("tel +32 2 123 45 67."), "tel [phone].");
  EXPECT_EQ(scrubber_.scrub("mail: jan.peeters@example.org"), "mail: [email]");
  EXPECT_EQ(scrubber_.scrub("NN 85.07.30-033.61 ok"), "NN [nrn] ok");
  EXPECT_EQ(scrubber_.scrub("compte BE68 5390 0754 7034"), "compte [iban]");
  EXPECT_EQ(scrubber_.scrub("habite rue de la Loi 16, 1000"), "habite [address], 1000");
  EXPECT_EQ(scrubber_.scrub("woont Kerkstraat 12 bus 3"), "woont [address]");
  EXPECT_EQ(scrubber_.scrub("pte née le 12/03/1941"), "pte née le [dob]");
  EXPECT_EQ(scrubber_.scrub("geboren op 3 mei 1938"), "geboren op [dob]");
  EXPECT_EQ(scrubber_.scrub("Mme Dupont appelle"), "Mme [name] appelle");
  EXPECT_EQ(scrubber_.scrub("dhr. De Smet belt"), "dhr. [name] belt");
  EXPECT_EQ(scrubber_.scrub("mijn patiënt Jan Peeters is 80"), "mijn patiënt [name] is 80");
}

TEST_F(ScrubberTest, LeavesOrdinaryWordsNumbersAndHelplinesAlone) {
  for (const char* clean :
       {"Drogues et adresse: voir le CPAS d'Anderlecht", "RDV le 12/03/2025 à 14h30",
        "Forfait palliatif de 828 euros", "habite 1030, 82 ans", "Appeler le 107 ou le 1712",
        "Écoute violences conjugales 0800 30 030", "metformine 850 mg, insuline 20 UI",
        "Le dr de garde passe ce soir", "Madame souhaite rester chez elle",
        "rue de la Loi sans numéro"}) {
    EXPECT_EQ(scrubber_.scrub(clean), clean);
  }
}

TEST_F(ScrubberTest, SurvivesInvalidUtf8) {
  const std::string out = scrubber_.scrub(std::string("Mme Dupont \xff\xfe tel 0470 12 34 56"));
  EXPECT_NE(out.find("[phone]"), std::string::npos);
  EXPECT_EQ(out.find("0470"), std::string::npos);
}

// The labelled file: at least 0.98 of the personal data is removed, clean sentences are left
// as they are, and no placeholder lands inside a word.
TEST_F(ScrubberTest, RecallOnTheLabelledSentences) {
  const auto labelled = read_labelled();
  ASSERT_GE(labelled.size(), 200U);
  int items = 0;
  int removed = 0;
  int clean = 0;
  int clean_kept = 0;
  std::string misses;
  for (const auto& l : labelled) {
    const std::string out = scrubber_.scrub(l.input);
    if (l.items.empty()) {
      ++clean;
      if (out == l.input) {
        ++clean_kept;
      } else {
        misses += "  changed: " + l.input + "\n       -> " + out + "\n";
      }
    }
    for (const auto& [type, text] : l.items) {
      ++items;
      if (out.find(text) == std::string::npos) {
        ++removed;
      } else {
        misses += "  missed " + type + " \"" + text + "\" in: " + out + "\n";
      }
    }
    for (std::size_t p = out.find('['); p != std::string::npos; p = out.find('[', p + 1)) {
      const std::size_t close = out.find(']', p);
      ASSERT_NE(close, std::string::npos);
      EXPECT_FALSE(p > 0 && is_letter_byte(out, p - 1)) << out;
      EXPECT_FALSE(close + 1 < out.size() && is_letter_byte(out, close + 1)) << out;
    }
  }
  const double recall = static_cast<double>(removed) / items;
  const double clean_rate = static_cast<double>(clean_kept) / clean;
  std::cout << "scrubber recall " << recall << " (" << removed << "/" << items
            << "), clean sentences kept " << clean_rate << " (" << clean_kept << "/" << clean
            << ")\n";
  EXPECT_GE(recall, 0.98) << misses;
  EXPECT_GE(clean_rate, 0.95) << misses;
}

}  // namespace
}  // namespace orienta::indexer
