#include "orienta/matcher.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "temp_dir.h"

namespace orienta::matcher {
namespace {

// A real index of the bundled sample corpus, built once for the suite.
class MatcherTest : public ::testing::Test {
 protected:
  struct Fixture {
    testing::TempDir dir;
    std::unique_ptr<corpus::ReferenceData> ref;
    std::unique_ptr<indexer::Analyzer> analyzer;
    std::unique_ptr<search::Searcher> searcher;
    std::unique_ptr<Matcher> matcher;
  };
  static void SetUpTestSuite() {
    fixture_ = new Fixture();  // NOLINT: suite fixture
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    fixture_->ref = std::make_unique<corpus::ReferenceData>(std::move(ref).value());
    auto analyzer = indexer::Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok());
    fixture_->analyzer = std::move(analyzer).value();
    const auto db = fixture_->dir.path() / "db";
    auto built = indexer::build_index(std::filesystem::path(ORIENTA_SOURCE_DIR) / "corpus/data", db,
                                      *fixture_->ref, *fixture_->analyzer);
    ASSERT_TRUE(built.ok()) << built.status().message();
    auto searcher = search::Searcher::open(db, *fixture_->analyzer, *fixture_->ref);
    ASSERT_TRUE(searcher.ok());
    fixture_->searcher = std::move(searcher).value();
    auto matcher = Matcher::create(*fixture_->searcher, *fixture_->analyzer, *fixture_->ref,
                                   testing::data_dir());
    ASSERT_TRUE(matcher.ok()) << matcher.status().message();
    fixture_->matcher = std::move(matcher).value();
  }
  static void TearDownTestSuite() {
    delete fixture_;  // NOLINT: suite fixture
    fixture_ = nullptr;
  }
  static MatchResult match(const std::string& text, const Location& where = {}, int limit = 10) {
    auto r = fixture_->matcher->match(text, where, limit);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value() : MatchResult{};
  }
  static std::vector<std::string> themes(const MatchResult& r) {
    std::vector<std::string> out;
    for (const auto& n : r.needs) {
      out.push_back(n.theme);
    }
    return out;
  }
  // The themes of an indexed document, from its stored record.
  static std::vector<std::string> themes_of(const std::string& id) {
    std::vector<std::string> out;
    auto record = fixture_->searcher->document(id);
    EXPECT_TRUE(record.ok()) << id;
    rapidjson::Document doc;
    doc.Parse(record.ok() ? record->c_str() : "{}");
    if (doc.IsObject() && doc.HasMember("themes") && doc["themes"].IsArray()) {
      for (const auto& t : doc["themes"].GetArray()) {
        out.emplace_back(t.GetString());
      }
    }
    EXPECT_FALSE(out.empty()) << id << " has no themes";
    return out;
  }
  static bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  static Fixture* fixture_;
};
MatcherTest::Fixture* MatcherTest::fixture_ = nullptr;

TEST_F(MatcherTest, FindsNeedsWithEvidence) {
  const auto r = match("pt 82 ans, diabétique sous insuline, vit seule, chutes à répétition");
  EXPECT_TRUE(has(themes(r), "diabetes"));
  EXPECT_TRUE(has(themes(r), "elderly_autonomy"));
  for (const auto& n : r.needs) {
    EXPECT_FALSE(n.evidence.empty()) << n.theme;
    EXPECT_GT(n.confidence, 0.0);
    EXPECT_LE(n.confidence, 1.0);
  }
}

TEST_F(MatcherTest, UnderstandsNegation) {
  EXPECT_FALSE(
      has(themes(match("pas de problème de diabète, mais elle tombe souvent")), "diabetes"));
  EXPECT_TRUE(has(themes(match("problème de diabète, elle tombe souvent")), "diabetes"));
  EXPECT_FALSE(has(themes(match("geen financiële problemen, wel eenzaam")), "social_aid"));
}

TEST_F(MatcherTest, InventsNoNeedForAVagueText) {
  EXPECT_TRUE(match("besoin d'aide pour un patient").needs.empty());
  EXPECT_TRUE(match("vraag over een patiënt").needs.empty());
}

TEST_F(MatcherTest, ReadsMixedLanguageAndAbbreviations) {
  const auto mixed = match("patiënte 88j, beginnende dementie, mais elle refuse la MRS");
  EXPECT_TRUE(has(themes(mixed), "elderly_autonomy"));
  const auto abbreviated = match("pt 78j, ontslag uit ZH vrijdag, thuisverpl. nodig");
  EXPECT_TRUE(has(themes(abbreviated), "hospital_discharge"));
  EXPECT_TRUE(has(themes(abbreviated), "home_care"));
}

TEST_F(MatcherTest, ALanguageBarrierIsANeedAndAPreference) {
  const auto r = match("Mme 76 ans, cancer, soins palliatifs à domicile, ne parle que l'arabe",
                       {"1190", "", ""});
  EXPECT_TRUE(has(themes(r), "interpreting"));
  EXPECT_EQ(r.spoken, std::vector<std::string>{"ar"});
  const bool mentioned = std::any_of(r.referrals.begin(), r.referrals.end(), [](const Referral& x) {
    return x.why.find("parle arabe") != std::string::npos;
  });
  EXPECT_TRUE(mentioned);
}

TEST_F(MatcherTest, ResolvesEveryWayOfGivingALocation) {
  const std::string text = "cherche soins palliatifs à domicile";
  auto loc = [&](const Location& where, const std::string& t) { return match(t, where).location; };
  EXPECT_EQ(loc({"1030", "", ""}, text).bassin, "nord-est");
  EXPECT_EQ(loc({"1030", "", ""}, text).source, "postcode");
  EXPECT_EQ(loc({"", "Schaarbeek", ""}, text).commune, "Schaerbeek");
  EXPECT_EQ(loc({"", "Schaarbeek", ""}, text).source, "commune");
  EXPECT_EQ(loc({"", "", "sud-est"}, text).bassin, "sud-est");
  EXPECT_EQ(loc({"", "", "sud-est"}, text).source, "bassin");
  EXPECT_EQ(loc({}, "pt woont in Jette, palliatieve zorg").bassin, "nord");
  EXPECT_EQ(loc({}, "pt woont in Jette, palliatieve zorg").source, "text");
  EXPECT_EQ(loc({}, "habite à Forest, soins palliatifs").bassin, "sud");
  EXPECT_EQ(loc({}, "soins palliatifs 1190").commune, "Forest");
  EXPECT_EQ(loc({}, "pt à Laeken, soins palliatifs").bassin, "nord");
  EXPECT_EQ(loc({}, "pt NOH soins palliatifs").commune, "Neder-Over-Heembeek");
  EXPECT_EQ(loc({}, text).source, "none");
  const auto ambiguous = loc({"1040", "", ""}, text);
  EXPECT_EQ(ambiguous.commune, "Etterbeek");
  EXPECT_EQ(ambiguous.second_bassin, "nord-est");
  const auto outside = match(text, {"9300", "", ""});
  EXPECT_TRUE(outside.location.outside_brussels);
  EXPECT_EQ(outside.notices.size(), 1U);
  EXPECT_FALSE(outside.referrals.empty());
}

TEST_F(MatcherTest, CoversEveryNeedBeforeASecondServiceForAny) {
  const auto r =
      match("pt 80 ans diabète insuline, fille épuisée, besoin de répit", {"1180", "", ""}, 6);
  ASSERT_GE(r.needs.size(), 2U);
  std::vector<std::string> covered;
  std::size_t first_repeat = r.referrals.size();
  for (std::size_t i = 0; i < r.referrals.size(); ++i) {
    bool new_need = false;
    for (const auto& n : r.referrals[i].needs_covered) {
      if (!has(covered, n)) {
        covered.push_back(n);
        new_need = true;
      }
    }
    if (!new_need && first_repeat == r.referrals.size()) {
      first_repeat = i;
    }
  }
  for (const auto& n : r.needs) {
    EXPECT_TRUE(has(covered, n.theme)) << n.theme;
  }
  // No referral repeats a covered need before every need has one.
  EXPECT_GE(first_repeat, std::min(r.needs.size(), r.referrals.size()) - 1);
}

TEST_F(MatcherTest, PrefersTheBassinOfThePatient) {
  for (const char* postcode : {"1180", "1030", "1080", "1090", "1200"}) {
    const auto r = match("équipe de soutien palliatif à domicile", {postcode, "", ""}, 3);
    ASSERT_FALSE(r.referrals.empty());
    const auto& p = r.referrals[0].proximity;
    EXPECT_TRUE(p == Proximity::kSameBassin || p == Proximity::kRegional)
        << postcode << ": " << proximity_code(p);
  }
}

TEST_F(MatcherTest, PastAnswersBoostTheServicesTheyReferred) {
  const auto r =
      match("MG: pt en fin de vie à domicile, demande forfait palliatif et équipe de soutien");
  ASSERT_FALSE(r.related_answers.empty());
  const auto it = std::find_if(r.referrals.begin(), r.referrals.end(),
                               [](const Referral& x) { return x.past_referrals > 0; });
  ASSERT_NE(it, r.referrals.end());
  EXPECT_NE(it->why.find("réponse"), std::string::npos) << it->why;
  ASSERT_FALSE(r.related_dossiers.empty());
}

TEST_F(MatcherTest, RelatedDossiersAreThoseOfTheDetectedNeeds) {
  // A long situation and a short one: each gets at most 3 dossiers, all of its needs' themes.
  for (const char* text :
       {"MG: patiente en fin de vie, cancer, souhaite mourir à domicile, la famille est épuisée "
        "et demande le forfait palliatif et une équipe de soutien",
        "diabète type 2, trajet de soins"}) {
    const auto r = match(text);
    ASSERT_FALSE(r.needs.empty()) << text;
    ASSERT_FALSE(r.related_dossiers.empty()) << text;
    EXPECT_LE(r.related_dossiers.size(), 3U);
    for (const auto& d : r.related_dossiers) {
      const auto of = themes_of(d.id);
      EXPECT_TRUE(
          std::any_of(of.begin(), of.end(), [&](const auto& t) { return has(themes(r), t); }))
          << text << ": " << d.id;
      EXPECT_FALSE(d.title.empty()) << d.id;
    }
  }
}

TEST_F(MatcherTest, SimilarAnswersShareTheNeeds) {
  // The same words; the need the responder keeps decides which past answers are most alike.
  const std::string text = "maman seule, dépression, expulsion du logement";
  for (const std::string need : {"mental_health", "housing"}) {
    auto r = fixture_->matcher->match(text, {}, 5, {.needs = {need}});
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_FALSE(r->related_answers.empty());
    for (const auto& a : r->related_answers) {
      EXPECT_TRUE(has(themes_of(a.id), need)) << need << ": " << a.id;
    }
  }
}

TEST_F(MatcherTest, ExplainsInTheLanguageOfTheRequest) {
  const auto fr = match("cherche soins palliatifs à domicile pour un patient", {"1180", "", ""}, 3);
  ASSERT_FALSE(fr.referrals.empty());
  EXPECT_EQ(fr.lang, "fr");
  EXPECT_NE(fr.referrals[0].why.find("Soins palliatifs"), std::string::npos) << fr.referrals[0].why;
  const auto nl = match("zoekt palliatieve thuiszorg voor een patiënt die thuis wil sterven",
                        {"1180", "", ""}, 3);
  ASSERT_FALSE(nl.referrals.empty());
  EXPECT_EQ(nl.lang, "nl");
  EXPECT_NE(nl.referrals[0].why.find("Palliatieve zorg"), std::string::npos) << nl.referrals[0].why;
  const bool dutch_place = nl.referrals[0].why.find("zorgzone") != std::string::npos ||
                           nl.referrals[0].why.find("heel Brussel") != std::string::npos;
  EXPECT_TRUE(dutch_place) << nl.referrals[0].why;
}

TEST_F(MatcherTest, TheRespondersNeedsReplaceTheDetectedOnes) {
  const std::string text = "pt 82 ans, diabétique sous insuline, vit seule, chutes à répétition";
  const auto detected = match(text, {"1070", "", ""});
  ASSERT_TRUE(has(themes(detected), "diabetes"));
  ASSERT_TRUE(has(themes(detected), "elderly_autonomy"));
  ASSERT_FALSE(has(themes(detected), "caregivers"));
  // The responder removes elderly_autonomy and adds caregivers (and names diabetes twice).
  auto r = fixture_->matcher->match(text, {"1070", "", ""}, 10,
                                    {.needs = {"caregivers", "diabetes", "diabetes"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(themes(*r), (std::vector<std::string>{"caregivers", "diabetes"}));
  EXPECT_DOUBLE_EQ(r->needs[0].confidence, 1.0);
  EXPECT_TRUE(r->needs[0].evidence.empty());
  const auto kept = std::find_if(detected.needs.begin(), detected.needs.end(),
                                 [](const Need& n) { return n.theme == "diabetes"; });
  EXPECT_EQ(r->needs[1].evidence, kept->evidence);  // what the text showed is kept
  bool caregivers = false;
  for (const auto& ref : r->referrals) {
    EXPECT_FALSE(has(ref.needs_covered, "elderly_autonomy")) << ref.id;
    caregivers = caregivers || has(ref.needs_covered, "caregivers");
  }
  EXPECT_TRUE(caregivers) << "no referral for the added need";
  auto bad = fixture_->matcher->match(text, {}, 10, {.needs = {"astrology"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unknown theme \"astrology\" in needs (see /v1/themes)");
}

TEST_F(MatcherTest, BadInputGetsClearErrors) {
  auto error = [](const std::string& text, const Location& where, int limit) {
    auto r = fixture_->matcher->match(text, where, limit);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    return r.status().message();
  };
  EXPECT_EQ(error("", {}, 10), "the situation text is empty");
  EXPECT_EQ(error("  \n\t ", {}, 10), "the situation text is empty");
  EXPECT_EQ(error(std::string(100000, 'a'), {}, 10),
            "the situation text has 100000 characters, over the limit of 5000");
  EXPECT_EQ(error("soins \xff", {}, 10), "the situation text is not valid UTF-8");
  EXPECT_EQ(error("soins palliatifs", {"", "Gent", ""}, 10), "unknown commune \"Gent\"");
  EXPECT_EQ(error("soins palliatifs", {"", "", "noord"}, 10),
            "unknown bassin \"noord\" (nord, nord-est, sud, sud-est or centre-ouest)");
  EXPECT_EQ(error("soins palliatifs", {"10x0", "", ""}, 10),
            "postcode \"10x0\" is not a 4-digit Belgian postcode");
  EXPECT_EQ(error("soins palliatifs", {}, 0), "limit must be from 1 to 50, got 0");
  EXPECT_EQ(error("soins palliatifs", {}, 51), "limit must be from 1 to 50, got 51");
  auto patient_error = [](std::optional<int> age, const std::string& sex) {
    PatientFacts p;
    p.age = age;
    p.sex = sex;
    MatchOptions options;
    options.patient = p;
    auto r = fixture_->matcher->match("soins palliatifs", {}, 5, options);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    return r.status().message();
  };
  EXPECT_EQ(patient_error(2147483647, ""),
            "the patient's age must be from 0 to 119, got 2147483647");
  EXPECT_EQ(patient_error(-1, "f"), "the patient's age must be from 0 to 119, got -1");
  EXPECT_EQ(patient_error(std::nullopt, "x"), "the patient's sex must be \"f\", \"m\" or unknown");
}

// Issue #16: referrals that fit who the person is and where they live.
TEST_F(MatcherTest, AVictimOfViolenceIsNeverOfferedAProgrammeForAuthors) {
  const auto r = match("Mme 45 ans, son mari la frappe, elle a peur pour sa vie, Saint-Gilles",
                       {"1060", "", ""}, 10);
  EXPECT_TRUE(r.patient.victim_of_violence);
  EXPECT_EQ(r.patient.sex, "f");
  ASSERT_FALSE(r.referrals.empty());
  bool targeted = false;
  for (const auto& x : r.referrals) {
    EXPECT_NE(x.audiences, std::vector<std::string>{"authors_of_violence"}) << x.id;
    targeted = targeted || x.why.find("pour les victimes de violences") != std::string::npos;
  }
  EXPECT_TRUE(targeted) << "no service for victims said so";
}

TEST_F(MatcherTest, AServiceBoundToCommunesIsProposedOnlyInItsOwn) {
  const std::string text = "Monsieur 58 ans, plus de revenus, dettes, demande une aide du CPAS";
  const auto r = match(text, {"1060", "", ""}, 10);
  bool own = false;
  for (const auto& x : r.referrals) {
    if (!x.areas.empty()) {
      EXPECT_TRUE(std::find(x.areas.begin(), x.areas.end(), "saint-gilles") != x.areas.end())
          << x.id;
      own = own || x.why.find("de votre commune (Saint-Gilles)") != std::string::npos;
    }
  }
  EXPECT_TRUE(own) << "the CPAS of Saint-Gilles was not proposed as the patient's own";
  // In Dutch the commune is named in Dutch; with no commune known, no CPAS is guessed.
  const auto nl = match("Meneer 58 jaar, geen inkomen meer, schulden, vraagt hulp van het OCMW",
                        {"1060", "", ""}, 10);
  EXPECT_TRUE(std::any_of(nl.referrals.begin(), nl.referrals.end(), [](const Referral& x) {
    return x.why.find("van uw gemeente (Sint-Gillis)") != std::string::npos;
  }));
  for (const auto& x : match(text, {}, 10).referrals) {
    EXPECT_TRUE(x.areas.empty()) << x.id;
  }
}

TEST_F(MatcherTest, AgeLimitsExcludeAndTheRequestsFactsReplaceTheTexts) {
  const std::string text = "cherche un centre de jour, soutien, activités";
  MatchOptions options;
  options.patient = PatientFacts{};
  options.patient->age = 30;
  auto r = fixture_->matcher->match(text, {"1180", "", ""}, 20, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->patient.age, 30);
  for (const auto& x : r->referrals) {
    EXPECT_FALSE(x.age_min && *x.age_min > 30) << x.id;
    EXPECT_FALSE(x.age_max && *x.age_max < 30) << x.id;
  }
  const auto old = match("dame 84 ans, isolée, cherche un centre de jour", {"1180", "", ""}, 20);
  EXPECT_EQ(old.patient.age, 84);
  for (const auto& x : old.referrals) {
    EXPECT_FALSE(x.age_max && *x.age_max < 84) << x.id;
  }
}

TEST_F(MatcherTest, AnUrgentSituationGetsServicesThatActNow) {
  const auto r = match("Homme 45 ans, à la rue depuis une semaine, cherche un lit pour ce soir",
                       {"1000", "", ""}, 5);
  EXPECT_TRUE(r.urgency.urgent);
  EXPECT_EQ(r.urgency.reason, "shelter");
  const bool tonight = std::any_of(r.referrals.begin(), r.referrals.end(), [](const Referral& x) {
    return x.name.find("nuit") != std::string::npos || x.name.find("Urgence") != std::string::npos;
  });
  EXPECT_TRUE(tonight) << "no night shelter or emergency service in the top 5";
}

TEST_F(MatcherTest, ReadsThePatientsFactsInFrenchDutchOrBoth) {
  const auto fr = match("Mme enceinte de 5 mois, sans mutuelle, sans papiers, dort dehors");
  EXPECT_EQ(fr.patient.sex, "f");
  EXPECT_TRUE(fr.patient.pregnant);
  EXPECT_TRUE(fr.patient.no_insurance);
  EXPECT_TRUE(fr.patient.no_legal_residence);
  EXPECT_TRUE(fr.patient.homeless);
  EXPECT_FALSE(fr.patient.evidence.empty());
  for (std::size_t i = 1; i < fr.patient.evidence.size(); ++i) {  // in order, each span once
    const auto& a = fr.patient.evidence[i - 1];
    const auto& b = fr.patient.evidence[i];
    EXPECT_TRUE(a.begin < b.begin || (a.begin == b.begin && a.end < b.end)) << b.text;
  }
  const auto nl = match("jongen 17, blowt elke dag, spijbelt");
  EXPECT_EQ(nl.patient.age, 17);
  EXPECT_EQ(nl.patient.sex, "m");
  EXPECT_EQ(match("zoon van 22 met autisme").patient.age, 22);
  EXPECT_EQ(match("mevrouw, tachtiger, woont alleen").patient.age, 85);
  EXPECT_EQ(match("bébé de 6 semaines qui pleure").patient.age, 0);
  // Unknown stays unknown.
  const auto none = match("question sur les soins palliatifs à domicile");
  EXPECT_EQ(none.patient.age, std::nullopt);
  EXPECT_EQ(none.patient.sex, "");
  EXPECT_FALSE(none.patient.no_insurance);
}

TEST_F(MatcherTest, TheSexIsThatOfThePersonWithAnAgeThenOfTitlesThenOfPronouns) {
  auto sex = [&](const std::string& text) { return match(text).patient.sex; };
  // A sex word before an age, even abbreviated, and before any other sex word.
  EXPECT_EQ(sex("F 34a, frappée par son compagnon cette nuit"), "f");
  EXPECT_EQ(sex("mère appelle : fils 30a décompensé, refuse les soins"), "m");
  EXPECT_EQ(sex("Dochter belt: patiënte van 71, pancreaskanker, wil thuis sterven"), "f");
  // A stem shared by both sexes does not decide: "patient" is not "patiente".
  EXPECT_EQ(sex("patient de 77 ans, sortie demain, vit seul"), "m");
  EXPECT_EQ(sex("Huisarts: patiënt 72j, COPD, wil thuis blijven"), "m");
  // Pronouns only when nothing else says it, and only when all are of one sex.
  EXPECT_EQ(sex("cliënt van 38, dakloos. Hij drinkt veel"), "m");
  EXPECT_EQ(sex("voor mijn collega, 19: elle cherche un endroit sûr"), "f");
  EXPECT_EQ(sex("pour une colocataire : elle dit qu'il la menace"), "");
  EXPECT_EQ(sex("il faut un lit pour ce soir, il y a urgence"), "");
  // Ages after approximate words and kin; a time is not an age.
  EXPECT_EQ(match("Straathoekwerker: man van rond de 45, slaapt buiten").patient.age, 45);
  EXPECT_EQ(match("Dochter belt: haar moeder (84) vergeet alles").patient.age, 84);
  EXPECT_EQ(match("ma belle-mère chez nous depuis 2 ans, diabétique").patient.age, std::nullopt);
}

}  // namespace
}  // namespace orienta::matcher
