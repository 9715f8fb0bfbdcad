#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <map>

#include "orienta/indexer.h"

#include "temp_dir.h"

namespace orienta::indexer {
namespace {

struct Labelled {
  std::string input;
  std::vector<std::pair<std::string, std::string>> items;  // (type, text)
};

// Reads a labelled file of tests/data/: sentences or notes with {{type:text}} marks.
std::vector<Labelled> read_labelled(const std::string& name = "scrub_labelled.txt") {
  std::ifstream in(testing::test_data_dir() / name);
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

// The project's reference data (its list of names, data/person_names.tsv), read once.
const corpus::ReferenceData& reference() {
  static const corpus::ReferenceData ref = [] {
    auto loaded = corpus::ReferenceData::load(testing::data_dir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return ref;
}

class ScrubberTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(reference().person_names.size(), 1000U); }
  Scrubber scrubber_{reference()};
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

TEST_F(ScrubberTest, FindsNamesNoTitleAnnounces) {
  // A listed name anywhere, a surname after it, particles included.
  EXPECT_EQ(scrubber_.scrub("Rappeler Samuel demain"), "Rappeler [name] demain");
  EXPECT_EQ(scrubber_.scrub("Fatima El Amrani a rappelé"), "[name] a rappelé");
  EXPECT_EQ(scrubber_.scrub("ses enfants Matteo et Giulia"), "ses enfants [name] et [name]");
  // After a cue, listed or not; in lower case after a title or a call.
  EXPECT_EQ(scrubber_.scrub("Bonjour Wiremu, merci"), "Bonjour [name], merci");
  EXPECT_EQ(scrubber_.scrub("virement au nom de Thibault Lhoestrix"), "virement au nom de [name]");
  EXPECT_EQ(scrubber_.scrub("mijn naam is Arta Berisha"), "mijn naam is [name]");
  EXPECT_EQ(scrubber_.scrub("mme lecomte rappelle"), "mme [name] rappelle");
  EXPECT_EQ(scrubber_.scrub("dhr de vos belt"), "dhr [name] belt");
  EXPECT_EQ(scrubber_.scrub("mevr de qwertyck was niet thuis"), "mevr [name] was niet thuis");
  EXPECT_EQ(scrubber_.scrub("le dr de garde passe"), "le dr de garde passe");
  EXPECT_EQ(scrubber_.scrub("appel de bogdan ce matin"), "appel de [name] ce matin");
  // After a role or kin word, across a comma; after "famille".
  EXPECT_EQ(scrubber_.scrub("sa fille, Nathalie, appelle"), "sa fille, [name], appelle");
  EXPECT_EQ(scrubber_.scrub("la famille Wiremu vit à Jette"), "la famille [name] vit à Jette");
  // Before an age in brackets or after a comma, not at a sentence's start.
  EXPECT_EQ(scrubber_.scrub("la sœur de Wiremu (15 ans) appelle"),
            "la sœur de [name] (15 ans) appelle");
  EXPECT_EQ(scrubber_.scrub("Dakloze, 45j, slaapt buiten"), "Dakloze, 45j, slaapt buiten");
  // A listed given name in lower case before whom the person works for.
  EXPECT_EQ(scrubber_.scrub("voir avec sandrine du CPAS"), "voir avec [name] du CPAS");
  EXPECT_EQ(scrubber_.scrub("vraag aan ria van de thuiszorg"), "vraag aan [name] van de thuiszorg");
  // Without the list, the context alone.
  const Scrubber bare;
  EXPECT_EQ(bare.scrub("Dag Griet, kan jij"), "Dag [name], kan jij");
  EXPECT_EQ(bare.scrub("Mme Dupont appelle"), "Mme [name] appelle");
}

TEST_F(ScrubberTest, KeepsPlacesAndInstitutionsNamedAfterPeople) {
  for (const char* clean : {"Hospitalisée à la Clinique Saint-Jean depuis lundi",
                            "suivi à l'Institut Jules Bordet",
                            "Huis Marie-José organiseert een infosessie",
                            "Ingang aan de Paul Hégerlaan",
                            "avenue Paul Héger, sans numéro",
                            "Fondation Roi Baudouin : appel clos le 31/01",
                            "pt Anderlecht, 5 schuldeisers",
                            "cliënt Sint-Joost, leefloner",
                            "Hij spreekt Nederlands en Engels",
                            "Hij wil niet naar een dokter. Wat kunnen we doen?",
                            "chimio à domicile pour pt d'Evere",
                            "Verpleegkundige Kind en Gezin belt",
                            "pharmacie de garde via le 0903 99 000",
                            "Mevrouw wil morgen teruggebeld worden",
                            "échelle de Katz à refaire",
                            "Lui est encore autonome",
                            "kind met spina bifida",
                            "nachtopvang Ariane ook vol",
                            "le syndrome de Gilles de la Tourette chez l'enfant",
                            "vit en rue depuis 2019",
                            "via de place Flagey. Vertraging 20 min"}) {
    EXPECT_EQ(scrubber_.scrub(clean), clean);
  }
}

TEST_F(ScrubberTest, ReadsEveryFormOfNumbersAndDates) {
  // National numbers in any grouping with valid control digits, BIS numbers, after a cue.
  EXPECT_EQ(scrubber_.scrub("NN 850730-033-28 ok"), "NN [nrn] ok");
  EXPECT_EQ(scrubber_.scrub("numéro 85073003328 ok"), "numéro [nrn] ok");
  EXPECT_EQ(scrubber_.scrub("BIS 85 47 30 033 17"), "BIS [nrn]");
  EXPECT_EQ(scrubber_.scrub("INSZ 85.07.30.033.99"), "INSZ [nrn]");
  EXPECT_EQ(scrubber_.scrub("dossier 850730033 99"), "dossier 850730033 99");
  // Dates of birth in words, with a place, the year alone, after a comma.
  EXPECT_EQ(scrubber_.scrub("ik ben geboren op zeventien augustus negentienzesenveertig"),
            "ik ben geboren op [dob]");
  EXPECT_EQ(scrubber_.scrub("née le premier avril mil neuf cent quarante et un"), "née le [dob]");
  EXPECT_EQ(scrubber_.scrub("geboren te Gent op 4 juni 1950"), "geboren te Gent op [dob]");
  EXPECT_EQ(scrubber_.scrub("né en 1946 à Liège"), "né en [dob] à Liège");
  EXPECT_EQ(scrubber_.scrub("date de naissance, 30/01/58."), "date de naissance, [dob].");
  EXPECT_EQ(scrubber_.scrub("née le 12 mars 41"), "née le [dob]");
  EXPECT_EQ(scrubber_.scrub("geb. op 3/5/41, woont alleen"), "geb. op [dob], woont alleen");
  EXPECT_EQ(scrubber_.scrub("geboortedatum: 1941-03-12"), "geboortedatum: [dob]");
  EXPECT_EQ(scrubber_.scrub("né le 03 03 1941"), "né le [dob]");
  EXPECT_EQ(scrubber_.scrub("geboren in maart 1938"), "geboren in [dob]");
  EXPECT_EQ(scrubber_.scrub("geboortejaar 1950"), "geboortejaar [dob]");
  EXPECT_EQ(scrubber_.scrub("DN : 02-11-1944, diabète"), "DN : [dob], diabète");
  EXPECT_EQ(scrubber_.scrub("date naiss. 5/5/1950"), "date naiss. [dob]");
  EXPECT_EQ(scrubber_.scrub("geb.datum: 1/2/1939"), "geb.datum: [dob]");
  EXPECT_EQ(scrubber_.scrub("DDN 1948/07/21"), "DDN [dob]");
  EXPECT_EQ(scrubber_.scrub("mevr (geb. 1961) belt"), "mevr (geb. [dob]) belt");
  // An address with its box after a slash.
  EXPECT_EQ(scrubber_.scrub("habite rue Haute 120/4 à Bruxelles"), "habite [address] à Bruxelles");
}

TEST_F(ScrubberTest, SurvivesInvalidUtf8) {
  const std::string out = scrubber_.scrub(std::string("Mme Dupont \xff\xfe tel 0470 12 34 56"));
  EXPECT_NE(out.find("[phone]"), std::string::npos);
  EXPECT_EQ(out.find("0470"), std::string::npos);
}

// What the scrubber does on a labelled file: per type, the pieces of personal data removed,
// the clean notes left unchanged, the placeholders that land inside a word.
struct Score {
  std::map<std::string, std::pair<int, int>> by_type;  // type -> (removed, all)
  int removed = 0;
  int items = 0;
  int clean = 0;
  int clean_kept = 0;
  int inside_words = 0;
  std::string misses;  // for the files tuned on only
};

Score score(const Scrubber& scrubber, const std::vector<Labelled>& labelled) {
  Score sc;
  for (const auto& l : labelled) {
    const std::string out = scrubber.scrub(l.input);
    if (l.items.empty()) {
      ++sc.clean;
      if (out == l.input) {
        ++sc.clean_kept;
      } else {
        sc.misses += "  changed: " + l.input + "\n       -> " + out + "\n";
      }
    }
    for (const auto& [type, text] : l.items) {
      auto& [removed, all] = sc.by_type[type];
      ++all;
      ++sc.items;
      if (out.find(text) == std::string::npos) {
        ++removed;
        ++sc.removed;
      } else {
        sc.misses += "  missed " + type + " \"" + text + "\" in: " + out + "\n";
      }
    }
    for (std::size_t p = out.find('['); p != std::string::npos; p = out.find('[', p + 1)) {
      const std::size_t close = out.find(']', p);
      if (close == std::string::npos || (p > 0 && is_letter_byte(out, p - 1)) ||
          (close + 1 < out.size() && is_letter_byte(out, close + 1))) {
        ++sc.inside_words;
        sc.misses += "  placeholder inside a word: " + out + "\n";
      }
    }
  }
  return sc;
}

void report(const std::string& name, const Score& sc) {
  std::cout << name << ": recall " << static_cast<double>(sc.removed) / sc.items << " ("
            << sc.removed << "/" << sc.items << "), clean kept " << sc.clean_kept << "/" << sc.clean
            << ", placeholders inside a word " << sc.inside_words << "\n";
  for (const auto& [type, counts] : sc.by_type) {
    std::cout << "  " << type << " " << counts.first << "/" << counts.second << "\n";
  }
}

// The labelled sentences and the tuning notes: at least 0.98 of the personal data is removed
// (each type too, on the notes), clean ones are left as they are, and no placeholder lands
// inside a word. Misses are listed.
TEST_F(ScrubberTest, RecallOnTheLabelledSentences) {
  const auto labelled = read_labelled();
  ASSERT_GE(labelled.size(), 200U);
  const Score sc = score(scrubber_, labelled);
  report("scrub_labelled.txt", sc);
  EXPECT_GE(static_cast<double>(sc.removed) / sc.items, 0.98) << sc.misses;
  EXPECT_GE(static_cast<double>(sc.clean_kept) / sc.clean, 0.95) << sc.misses;
  EXPECT_EQ(sc.inside_words, 0) << sc.misses;
}

TEST_F(ScrubberTest, RecallOnTheTuningNotes) {
  auto labelled = read_labelled("scrub_notes_dev.txt");
  ASSERT_GE(labelled.size(), 250U);
  for (const char* more :
       {"scrub_notes_dev2.txt", "scrub_notes_dev3.txt", "scrub_notes_dev4.txt"}) {
    const auto notes = read_labelled(more);
    ASSERT_GE(notes.size(), 150U) << more;
    labelled.insert(labelled.end(), notes.begin(), notes.end());
  }
  const Score sc = score(scrubber_, labelled);
  report("scrub_notes_dev.txt to scrub_notes_dev4.txt", sc);
  for (const auto& [type, counts] : sc.by_type) {
    EXPECT_GE(counts.first, 0.98 * counts.second) << type << "\n" << sc.misses;
  }
  EXPECT_GE(static_cast<double>(sc.removed) / sc.items, 0.98) << sc.misses;
  EXPECT_EQ(sc.clean_kept, sc.clean) << sc.misses;
  EXPECT_EQ(sc.inside_words, 0) << sc.misses;
}

// The notes kept aside (tests/data/scrub_notes_heldout.txt, never read while tuning): the
// figures only, never the notes, so that a failure does not show what to tune on.
TEST_F(ScrubberTest, RecallOnTheNotesKeptAside) {
  const auto labelled = read_labelled("scrub_notes_heldout.txt");
  ASSERT_GE(labelled.size(), 200U);
  const Score sc = score(scrubber_, labelled);
  report("scrub_notes_heldout.txt", sc);
  EXPECT_GE(sc.items, 150);
  // A floor against regressions, below the target (0.98 per type, every clean note kept)
  // that these notes are to show without being tuned on.
  EXPECT_GE(static_cast<double>(sc.removed) / sc.items, 0.97);
  EXPECT_GE(static_cast<double>(sc.clean_kept) / sc.clean, 0.97);
  EXPECT_EQ(sc.inside_words, 0);
}

}  // namespace
}  // namespace orienta::indexer
