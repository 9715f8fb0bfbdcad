// The matcher's stages on their own: urgency, needs and their order, rank, cover, explain.
#include <gtest/gtest.h>
#include <map>
#include <sstream>
#include <unordered_set>

#include "orienta/matcher.h"

#include "candidates.h"
#include "cover.h"
#include "cues.h"
#include "explain.h"
#include "needs.h"
#include "offers.h"
#include "patient.h"
#include "rank.h"
#include "similar.h"
#include "temp_dir.h"
#include "urgency.h"

namespace orienta::matcher {
namespace {

class StagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = indexer::Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = std::move(analyzer).value().release();  // NOLINT: suite fixture
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    ref_ = new corpus::ReferenceData(std::move(ref).value());  // NOLINT: suite fixture
    auto cues = UrgencyCues::load(testing::data_dir() / "urgency.tsv", *analyzer_);
    ASSERT_TRUE(cues.ok()) << cues.status().message();
    cues_ = new UrgencyCues(std::move(cues).value());  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete cues_;      // NOLINT: suite fixture
    delete ref_;       // NOLINT: suite fixture
    delete analyzer_;  // NOLINT: suite fixture
  }
  static Urgency urgency(std::string_view text, const std::vector<std::string>& themes = {}) {
    std::vector<Need> needs;
    for (const auto& t : themes) {
      needs.push_back({t, 1.0, {}, {}});
    }
    return cues_->detect(text, indexer::analyse_for_needs(*analyzer_, text), needs);
  }
  static std::vector<std::string> themes_of(const std::vector<Need>& needs) {
    std::vector<std::string> out;
    for (const auto& n : needs) {
      out.push_back(n.theme);
    }
    return out;
  }
  static indexer::Analyzer* analyzer_;
  static corpus::ReferenceData* ref_;
  static UrgencyCues* cues_;
};
indexer::Analyzer* StagesTest::analyzer_ = nullptr;
corpus::ReferenceData* StagesTest::ref_ = nullptr;
UrgencyCues* StagesTest::cues_ = nullptr;

TEST_F(StagesTest, ADangerToLifeIsUrgentOnItsOwn) {
  const auto u = urgency("Elle dit qu'elle veut en finir, elle a des idées suicidaires");
  EXPECT_TRUE(u.urgent);
  EXPECT_EQ(u.reason, "danger");
  ASSERT_FALSE(u.evidence.empty());
  EXPECT_EQ(u.evidence.front().text, "veut en finir");
  EXPECT_TRUE(urgency("vrouw belt, wil er vanavond een einde aan maken").urgent);  // a word between
  EXPECT_TRUE(urgency("haar partner slaat haar, ze is bang voor haar leven").urgent);
}

TEST_F(StagesTest, TheEndOfLifeIsNotADanger) {
  // "fin" is the stem of "finir": "en fin de vie" must not read as "pour en finir".
  EXPECT_FALSE(urgency("pt en fin de vie, soins palliatifs à domicile").urgent);
  EXPECT_TRUE(urgency("il met ses comprimés de côté pour en finir ce week-end").urgent);
}

TEST_F(StagesTest, ADeniedDangerIsNotUrgent) {
  EXPECT_FALSE(urgency("pas en danger, demande un suivi psychologique").urgent);
  EXPECT_FALSE(urgency("geen gevaar, wel eenzaam").urgent);
}

TEST_F(StagesTest, NoBedTonightIsUrgentWhenABedIsAsked) {
  EXPECT_EQ(urgency("famille à la rue, où dormir ce soir ?").reason, "shelter");
  EXPECT_TRUE(urgency("hij slaapt vanavond op straat", {"homelessness"}).urgent);
  // Tonight without a bed asked, or a bed without tonight, is not.
  EXPECT_FALSE(urgency("rendez-vous ce soir chez le MG pour son diabète").urgent);
  EXPECT_FALSE(urgency("cherche un logement social, dort chez sa soeur").urgent);
}

TEST_F(StagesTest, ADischargeTomorrowWithNobodyAtHomeIsUrgent) {
  const auto u = urgency("Mme 84 ans sort demain de l'hôpital, elle vit seule");
  EXPECT_EQ(u.reason, "discharge");
  EXPECT_TRUE(urgency("hij wordt morgen ontslagen en kan niet meer alleen naar huis").urgent);
  EXPECT_FALSE(urgency("sortie demain, sa fille vit avec elle et l'aide").urgent);
  EXPECT_FALSE(urgency("sortie prévue dans trois semaines, vit seule").urgent);
}

TEST_F(StagesTest, EssentialCareLackingTomorrowIsUrgent) {
  EXPECT_EQ(urgency("pt diabétique, plus d'insuline demain, pharmacie refuse le crédit").reason,
            "care");
  EXPECT_TRUE(urgency("meneer, insuline op tegen morgen").urgent);
  EXPECT_FALSE(urgency("plus d'insuline dans un mois si rien ne change").urgent);
}

TEST_F(StagesTest, TheClassifierMakesUrgentWhatNoCueDoes) {
  const std::string text = "Mme seule, plus rien depuis hier";
  const auto a = indexer::analyse_for_needs(*analyzer_, text);
  indexer::NeedModel::UrgencyScore learned;
  learned.probability = 0.8;
  learned.tokens = {3, 0};
  const Urgency likely = with_learned_urgency(Urgency{}, learned, text, a, 0.5);
  EXPECT_TRUE(likely.urgent);
  EXPECT_EQ(likely.reason, "likely");
  ASSERT_EQ(likely.evidence.size(), 2u);
  EXPECT_EQ(likely.evidence[0].text, "Mme");  // in the text's order
  EXPECT_EQ(likely.evidence[1].text, "rien");
  EXPECT_FALSE(with_learned_urgency(Urgency{}, learned, text, a, 0.9).urgent);
  EXPECT_FALSE(with_learned_urgency(Urgency{}, std::nullopt, text, a, 0.5).urgent);
  // The cues' reason stands when they find it urgent.
  Urgency cues;
  cues.urgent = true;
  cues.reason = "danger";
  EXPECT_EQ(with_learned_urgency(cues, learned, text, a, 0.5).reason, "danger");
}

TEST_F(StagesTest, UrgencyCuesFileRejectsAnUnknownCue) {
  testing::TempDir dir;
  const auto file = dir.write("urgency.tsv", "# cues\nsoon\tbientôt\t-\t-\n");
  const auto r = UrgencyCues::load(file, *analyzer_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("urgency.tsv:2"), std::string::npos);
  EXPECT_EQ(UrgencyCues::load(dir.path() / "none.tsv", *analyzer_).status().code(),
            StatusCode::kUnavailable);
}

TEST_F(StagesTest, TheLexiconGivesNoEvidenceFromTheCallerOrADenial) {
  const std::string text = "Je suis infirmière à domicile. Pas de diabète. Mme tombe souvent";
  const auto a = indexer::analyse_for_needs(*analyzer_, text);
  const Evidence ev = read_evidence(text, *analyzer_, a);
  EXPECT_EQ(ev.score.count("home_care"), 0u);
  EXPECT_EQ(ev.score.count("diabetes"), 0u);
  ASSERT_EQ(ev.score.count("elderly_autonomy"), 1u);
  const auto& span = ev.spans.at("elderly_autonomy").front();
  EXPECT_EQ(text.substr(span.begin, span.end - span.begin), span.text);
}

TEST_F(StagesTest, ServicesAreSearchedByTheAskNotTheCaseOrADenial) {
  const std::unordered_set<std::string> case_words = {"madame", "semaine"};
  const std::string text =
      "Je suis infirmière. Madame vit seule depuis une semaine, pas de dettes. "
      "Elle cherche un centre de jour pour sa démence";
  const auto a = indexer::analyse_for_needs(*analyzer_, text);
  std::map<std::string, int> count;
  std::istringstream words(situation_words(text, a, case_words));
  for (std::string w; words >> w;) {
    ++count[w];
  }
  EXPECT_EQ(count.count("infirmiere"), 0u);  // the caller's presentation
  EXPECT_EQ(count.count("dettes"), 0u);      // denied
  EXPECT_EQ(count.count("madame"), 0u);      // a word of the case
  EXPECT_EQ(count.count("semaine"), 0u);
  EXPECT_EQ(count["seule"], 1);   // a word of the case's telling
  EXPECT_EQ(count["centre"], 2);  // the sentence that asks counts twice
  EXPECT_EQ(count["demence"], 2);
  // A question asks too, and no word comes more than twice.
  const std::string q = "Centre de jour? Centre de jour? Centre de jour?";
  std::istringstream qw(situation_words(q, indexer::analyse_for_needs(*analyzer_, q), {}));
  int centre = 0;
  for (std::string w; qw >> w;) {
    centre += w == "centre" ? 1 : 0;
  }
  EXPECT_EQ(centre, 2);
}

TEST(SimilarTest, ShownAnswersShareANeedAndAreNoNearCopies) {
  SimilarAnswers similar;
  similar.answers = {
      {{"ans-1", "Colis alimentaire pour une famille de 4 à Forest", ""}, {"social_aid"}},
      {{"ans-2", "Monsieur cherche un kiné la semaine prochaine", ""}, {"rehabilitation"}},
      {{"ans-3", "colis alimentaire pour une famille de 4 a Forest ?", ""}, {"social_aid"}},
      {{"ans-4", "Épicerie sociale à Forest, famille sans revenus", ""}, {"social_aid"}},
      {{"ans-5", "Plus de revenus, loyer impayé", ""}, {"housing", "social_aid"}},
      {{"ans-6", "Aide alimentaire et CPAS", ""}, {"social_aid"}},
  };
  const std::vector<Need> needs = {{"social_aid", 1.0, {}, {}}};
  std::vector<std::string> ids;
  for (const auto& d : shown_answers(similar, needs)) {
    ids.push_back(d.id);
  }
  // ans-2 shares no need, ans-3 is a near-copy of ans-1; three are shown at most.
  EXPECT_EQ(ids, (std::vector<std::string>{"ans-1", "ans-4", "ans-5"}));
  EXPECT_TRUE(shown_answers(similar, {}).empty());
}

TEST_F(StagesTest, NeedsComeInTheOrderOfTheMainRequest) {
  const std::string text = "Mme 80 ans, chutes. Sa fille est à bout.";
  const auto a = indexer::analyse_for_needs(*analyzer_, text);
  const Evidence ev = read_evidence(text, *analyzer_, a);
  // The classifier says the carers' need is the main request: it comes first.
  std::vector<indexer::ThemeScore> scores = {{"elderly_autonomy", 0.9, true, 0.2, {}},
                                             {"caregivers", 0.8, true, 0.7, {}},
                                             {"diabetes", 0.1, true, 0.1, {}}};
  const NeedWeights w;
  const auto needs = decide_needs(text, a, ev, scores, {}, w);
  EXPECT_EQ(themes_of(needs), (std::vector<std::string>{"caregivers", "elderly_autonomy"}));
  for (const auto& n : needs) {
    EXPECT_GT(n.confidence, 0.0);
    EXPECT_LE(n.confidence, 1.0);
    EXPECT_FALSE(n.evidence.empty()) << n.theme;
  }
  // With the classifier undecided, what the text asks first comes first.
  std::vector<indexer::ThemeScore> even = {{"elderly_autonomy", 0.9, true, 0.45, {}},
                                           {"caregivers", 0.9, true, 0.45, {}}};
  EXPECT_EQ(themes_of(decide_needs(text, a, ev, even, {}, w)),
            (std::vector<std::string>{"elderly_autonomy", "caregivers"}));
  const std::string later = "Sa fille est à bout. Mme 80 ans, chutes.";
  const auto b = indexer::analyse_for_needs(*analyzer_, later);
  EXPECT_EQ(themes_of(decide_needs(later, b, read_evidence(later, *analyzer_, b), even, {}, w)),
            (std::vector<std::string>{"caregivers", "elderly_autonomy"}));
}

TEST_F(StagesTest, AToldSituationGetsItsLikeliestNeedAndAVagueOneNone) {
  const std::vector<indexer::ThemeScore> weak = {{"social_aid", 0.15, true, 0.5, {}},
                                                 {"housing", 0.05, true, 0.5, {}}};
  const std::string told = "monsieur appelle parce que les factures arrivent sans cesse chez lui";
  const auto a = indexer::analyse_for_needs(*analyzer_, told);
  EXPECT_EQ(themes_of(decide_needs(told, a, read_evidence(told, *analyzer_, a), weak, {}, {})),
            std::vector<std::string>{"social_aid"});
  const std::string vague = "question sur un patient";
  const auto b = indexer::analyse_for_needs(*analyzer_, vague);
  EXPECT_TRUE(decide_needs(vague, b, read_evidence(vague, *analyzer_, b), weak, {}, {}).empty());
}

TEST_F(StagesTest, WithoutAClassifierTheRulesDecide) {
  const std::string text = "Mme 80 ans, chutes à répétition";
  const auto a = indexer::analyse_for_needs(*analyzer_, text);
  const auto needs = decide_needs(text, a, read_evidence(text, *analyzer_, a), {}, {}, {});
  EXPECT_EQ(themes_of(needs), std::vector<std::string>{"elderly_autonomy"});
  // A theme the classifier does not model is still decided by the rules.
  const std::vector<indexer::ThemeScore> unmodelled = {{"elderly_autonomy", 0.0, false, 0.0, {}}};
  EXPECT_EQ(
      themes_of(decide_needs(text, a, read_evidence(text, *analyzer_, a), unmodelled, {}, {})),
      std::vector<std::string>{"elderly_autonomy"});
}

TEST_F(StagesTest, FreshnessCountsMonthsToTheDayGiven) {
  EXPECT_EQ(months_between("2025-11-20", "2026-12-02"), 13);
  EXPECT_EQ(months_between("2026-12-01", "2026-12-02"), 0);
  EXPECT_EQ(months_between("2026-12-01", ""), std::nullopt);
  EXPECT_EQ(months_between("bad", "2026-12-02"), std::nullopt);
}

TEST_F(StagesTest, ProximityComesFromTheServiceArea) {
  ResolvedLocation loc;
  loc.bassin = "sud";
  const auto& g = ref_->geography;
  EXPECT_EQ(proximity_of({"region"}, loc, g), Proximity::kRegional);
  EXPECT_EQ(proximity_of({"sud", "sud-est"}, loc, g), Proximity::kSameBassin);
  EXPECT_EQ(proximity_of({"nord"}, ResolvedLocation{}, g), Proximity::kOtherBassin);
  EXPECT_EQ(proximity_code(Proximity::kAdjacentBassin), "adjacent_bassin");
}

Candidate candidate(std::string id, std::optional<int> age_max, std::string updated,
                    std::vector<std::string> themes, std::vector<std::string> bassins,
                    std::vector<std::string> languages, double text) {
  Candidate c;
  c.id = std::move(id);
  c.age_max = age_max;
  c.updated = std::move(updated);
  c.themes = std::move(themes);
  c.bassins = std::move(bassins);
  c.languages = std::move(languages);
  c.text = text;
  return c;
}

std::vector<Candidate> candidates() {
  return {candidate("svc-a", {}, "2026-06-01", {"palliative"}, {"sud"}, {"fr"}, 0.5),
          candidate("svc-b", {}, "2020-01-01", {"caregivers", "palliative"}, {"nord"}, {"fr"}, 0.9),
          candidate("svc-c", {}, "2026-06-01", {"caregivers"}, {"region"}, {"fr", "tr"}, 0.4),
          candidate("svc-d", 65, "2026-06-01", {"palliative"}, {"sud"}, {"fr"}, 0.5)};
}

TEST_F(StagesTest, RankPrefersNearFreshAndSpokenAndPenalisesAges) {
  auto c = candidates();
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}, {"caregivers", 1.0, {}, {}}};
  ResolvedLocation loc;
  loc.bassin = "sud";
  const std::vector<std::string> spoken = {"tr"};
  const std::map<std::string, int> referred;
  PatientFacts patient;
  patient.age = 80;
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    nullptr};
  const auto ranked = rank_candidates(c, ctx, RankWeights{});
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_TRUE(c[2].speaks);
  EXPECT_EQ(c[0].proximity, Proximity::kSameBassin);
  // svc-d is svc-a with an upper age limit of 65 for an 80-year-old: half the score.
  EXPECT_NEAR(c[3].score, c[0].score * RankWeights{}.age_penalty, 0.002);
  EXPECT_EQ(ranked.back()->id, "svc-d");
  // Without a day, no record counts as fresh.
  auto stale = candidates();
  const RankContext no_day{&needs,           &loc,  &spoken, &referred, &patient, "",
                           &ref_->geography, false, ref_,    nullptr};
  rank_candidates(stale, no_day, RankWeights{});
  EXPECT_NEAR(c[0].score - stale[0].score, RankWeights{}.fresh, 0.002);
}

TEST_F(StagesTest, AnAudienceIsShownByTheFactsOrByTheNeeds) {
  Candidate carers;
  carers.audiences = {"carers"};
  Candidate shelter;
  shelter.audiences = {"homeless", "women"};
  Candidate women;
  women.audiences = {"women"};
  PatientFacts patient;
  const std::vector<Need> none;
  const std::vector<Need> caregiving = {{"caregivers", 1.0, {}, {}}};
  EXPECT_TRUE(audience_shown(Candidate{}, patient, none, *ref_));  // for everyone
  EXPECT_FALSE(audience_shown(carers, patient, none, *ref_));
  EXPECT_TRUE(audience_shown(carers, patient, caregiving, *ref_));  // shown_by
  patient.sex = "f";
  EXPECT_TRUE(audience_shown(women, patient, none, *ref_));
  EXPECT_EQ(target_of(women, patient, ""), "");  // the sex restricts, it does not target
  // Beside "homeless", "women" only widens it: a housed woman is not shown in it.
  EXPECT_FALSE(audience_shown(shelter, patient, none, *ref_));
  patient.homeless = true;
  EXPECT_TRUE(audience_shown(shelter, patient, none, *ref_));
  EXPECT_EQ(target_of(shelter, patient, ""), "homeless");
}

TEST_F(StagesTest, RankTakesOffForAnAudienceNotShownAndForOwnPatientsOnly) {
  auto c = candidates();
  c[1] = c[0];
  c[1].id = "svc-b";
  c[1].audiences = {"carers"};
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}};
  ResolvedLocation loc;
  loc.bassin = "sud";
  const std::vector<std::string> spoken;
  const std::map<std::string, int> referred;
  const PatientFacts patient;
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    nullptr};
  c[2] = c[0];
  c[2].id = "svc-c";
  c[2].requirements = {"followed_here"};
  c[3] = c[0];
  c[3].id = "svc-d";
  c[3].audiences = {"authors_of_violence", "men"};
  rank_candidates(c, ctx, RankWeights{});
  EXPECT_NEAR(c[0].score - c[1].score, RankWeights{}.unshown_audience, 0.002);
  EXPECT_NEAR(c[0].score - c[2].score, RankWeights{}.unshown_audience, 0.002);  // own patients
  // No need shows an author of violence: only the facts can, so twice as much.
  EXPECT_NEAR(c[0].score - c[3].score, 2 * RankWeights{}.unshown_audience, 0.002);
}

TEST_F(StagesTest, ProfessionalsBookAnInterpreterWhoMustSpeakThePatientsLanguage) {
  auto c = candidates();
  for (auto& x : c) {
    x = c[0];
    x.themes = {"interpreting"};
    x.offers = {"interpreting"};
    x.audiences = {"professionals"};  // booked by the professional who calls
    x.languages = {"fr", "ro"};
  }
  c[0].id = "svc-a";
  c[1].id = "svc-b";
  c[1].languages = {"fr", "ar"};  // does not speak the patient's language
  c[2].id = "svc-c";
  c[2].offers = {"training"};  // teaches the professional: not for the patient
  c[3].id = "svc-d";
  c[3].audiences.clear();
  const std::vector<Need> needs = {{"interpreting", 1.0, {}, {}}};
  ResolvedLocation loc;
  const std::vector<std::string> spoken = {"ro"};
  const std::map<std::string, int> referred;
  const PatientFacts patient;
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    nullptr};
  const auto ranked = rank_candidates(c, ctx, RankWeights{});
  EXPECT_TRUE(c[1].covers.empty());  // no Romanian: it covers no need and is not proposed
  EXPECT_TRUE(std::none_of(ranked.begin(), ranked.end(),
                           [](const Candidate* x) { return x->id == "svc-b"; }));
  EXPECT_EQ(c[0].score, c[3].score);  // for professionals, booked for the patient: no penalty
  EXPECT_NEAR(c[0].score - c[2].score, RankWeights{}.unshown_audience, 0.002);
  EXPECT_TRUE(corpus::booked_for_others({"interpreting", "case_management"}));
  EXPECT_FALSE(corpus::booked_for_others({"interpreting", "consultation"}));
  EXPECT_FALSE(corpus::booked_for_others({}));
  // When none speaks it, every interpreter covers the need: the responder asks them.
  const std::vector<std::string> tigrinya = {"ti"};
  const RankContext none_speaks{&needs,   &loc,         &tigrinya,        &referred,
                                &patient, "2026-12-02", &ref_->geography, false,
                                ref_,     nullptr};
  const auto asked = rank_candidates(c, none_speaks, RankWeights{});
  EXPECT_EQ(asked.size(), c.size());
  EXPECT_FALSE(c[1].covers.empty());
}

TEST_F(StagesTest, TheTextNamesThePersonsGroupsUnlessItDeniesThem) {
  auto reader = PatientReader::load(testing::data_dir() / "patient.tsv",
                                    testing::data_dir() / "person_words.tsv", *ref_, *analyzer_);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  auto groups = [&](std::string_view text) {
    return reader->read(text, indexer::analyse_for_needs(*analyzer_, text)).groups;
  };
  using G = std::vector<std::string>;
  EXPECT_EQ(groups("Monsieur 74 ans, Parkinson avancé, sourd depuis l'enfance"),
            (G{"deaf", "parkinson"}));
  EXPECT_EQ(groups("Meneer van 70 met longkanker"), G{"cancer"});  // a Dutch compound
  EXPECT_EQ(groups("Dame de 80 ans, pas diabétique, chute hier"), G{});
  EXPECT_EQ(groups("Mevrouw, geen dementie, wel eenzaam"), G{});
  const std::string text = "Mme 81 ans, Alzheimer";
  const auto facts = reader->read(text, indexer::analyse_for_needs(*analyzer_, text));
  ASSERT_EQ(facts.groups, G{"dementia"});
  EXPECT_TRUE(std::any_of(facts.evidence.begin(), facts.evidence.end(),
                          [](const TextSpan& s) { return s.text == "Alzheimer"; }));
}

TEST_F(StagesTest, ThePersonCaredForIsThePatient) {
  auto reader = PatientReader::load(testing::data_dir() / "patient.tsv",
                                    testing::data_dir() / "person_words.tsv", *ref_, *analyzer_);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  auto read = [&](std::string_view text) {
    return reader->read(text, indexer::analyse_for_needs(*analyzer_, text));
  };
  const auto nl = read("Mevrouw van 58 zorgt voor haar moeder van 87, die vaak valt");
  EXPECT_EQ(nl.age, 87);
  EXPECT_EQ(nl.sex, "f");
  const auto fr = read("Mme 70 ans s'occupe de son mari de 74 ans, désorienté la nuit");
  EXPECT_EQ(fr.age, 74);
  EXPECT_EQ(fr.sex, "m");
  // Unless the carer asks for themselves.
  const auto self = read("Ik bel voor mezelf: vrouw van 52, ik zorg voor mijn vader van 90");
  EXPECT_EQ(self.age, 52);
  EXPECT_EQ(self.sex, "f");
  // Without a person after the words of care, the first person stays the patient.
  const auto own = read("Monsieur 80 ans, sa voisine s'occupe de ses courses");
  EXPECT_EQ(own.age, 80);
  EXPECT_EQ(own.sex, "m");
}

TEST_F(StagesTest, AConditionIsShownByTheTextsWordsOrByTheNeeds) {
  Candidate nurse;
  nurse.conditions = {"parkinson", "multiple_sclerosis"};
  Candidate education;
  education.conditions = {"diabetes"};
  PatientFacts patient;
  const std::vector<Need> none;
  const std::vector<Need> diabetes = {{"diabetes", 1.0, {}, {}}};
  EXPECT_TRUE(condition_shown(Candidate{}, patient, none, *ref_));  // for any condition
  EXPECT_FALSE(condition_shown(nurse, patient, none, *ref_));
  EXPECT_FALSE(condition_shown(education, patient, none, *ref_));
  EXPECT_TRUE(condition_shown(education, patient, diabetes, *ref_));  // shown_by
  EXPECT_EQ(target_of(education, patient, ""), "");  // a need shows it, it does not target
  patient.groups = {"parkinson"};
  EXPECT_TRUE(condition_shown(nurse, patient, none, *ref_));
  EXPECT_EQ(target_of(nurse, patient, ""), "parkinson");
  nurse.targets = "parkinson";
  nurse.covers = {"chronic_disease"};
  EXPECT_NE(explain(nurse, ResolvedLocation{}, "fr", {}, *ref_, {})
                .find("pour les personnes atteintes de la maladie de Parkinson"),
            std::string::npos);
  EXPECT_NE(explain(nurse, ResolvedLocation{}, "nl", {}, *ref_, {})
                .find("voor mensen met de ziekte van Parkinson"),
            std::string::npos);
}

TEST_F(StagesTest, RankTakesOffForAConditionNotShownAndNothingForOneNamed) {
  auto c = candidates();
  c[1] = c[0];
  c[1].id = "svc-b";
  c[1].conditions = {"parkinson"};
  c[2] = c[0];
  c[2].id = "svc-c";
  c[2].conditions = {"dementia"};
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}};
  ResolvedLocation loc;
  loc.bassin = "sud";
  const std::vector<std::string> spoken;
  const std::map<std::string, int> referred;
  PatientFacts patient;
  patient.groups = {"dementia"};
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    nullptr};
  const auto ranked = rank_candidates(c, ctx, RankWeights{});
  EXPECT_NEAR(c[0].score - c[1].score, RankWeights{}.unshown_condition, 0.002);
  EXPECT_NEAR(c[2].score, c[0].score, 0.002);  // no better than one open to all
  EXPECT_EQ(ranked.back()->id, "svc-b");
  EXPECT_EQ(c[2].targets, "dementia");  // the reason says it
}

TEST_F(StagesTest, TheOffersAskedAreThoseOfTheAskingSentenceAndNotThoseInPlace) {
  auto reader = OfferReader::load(testing::data_dir() / "offer_words.tsv", *ref_, *analyzer_);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  auto read = [&](std::string_view text) {
    return reader->read(text, indexer::analyse_for_needs(*analyzer_, text));
  };
  using C = std::vector<std::string>;
  // The sentence that asks says what is asked; the other offers named are the case.
  const auto fr = read(
      "Mme 79 ans, vit seule, elle a eu une hospitalisation en mars. "
      "Sa fille cherche un centre de jour pour elle.");
  EXPECT_EQ(fr.asked, C{"day_centre"});
  // An offer already there is not asked; the one asked is.
  const auto nl = read(
      "Meneer van 84, de thuisverpleging komt al twee keer per dag. Kan er een nachtoppas "
      "komen?");
  EXPECT_EQ(nl.asked, C{"night_sitting"});
  EXPECT_EQ(nl.in_place, C{"home_nursing"});
  // What the caller is, is in place: a home nurse is not sent to another nursing service.
  const auto caller = read(
      "Je suis infirmière à domicile. Mme 81 ans, diabétique, seule, cherche un centre de "
      "jour.");
  EXPECT_EQ(caller.asked, C{"day_centre"});
  EXPECT_EQ(caller.in_place, C{"home_nursing"});
  // With no sentence that asks, the offers named are what is needed; a denied one is not.
  const auto told =
      read("Famille sans revenu, pas de logement social possible, colis alimentaires");
  EXPECT_EQ(told.asked, (C{"food_aid", "social_assistance"}));
  EXPECT_FALSE(told.evidence.empty());
}

TEST_F(StagesTest, RankPrefersTheOfferAskedAndNotTheOneInPlace) {
  auto c = candidates();
  c[0].offers = {"home_nursing"};
  c[1] = c[0];
  c[1].id = "svc-b";
  c[1].offers = {"night_sitting", "home_help"};
  c[2] = c[0];
  c[2].id = "svc-c";
  c[2].offers = {};
  c[3] = c[2];
  c[3].id = "svc-d";
  c[3].offers = {"home_help", "home_nursing"};  // its main offer is not the one in place
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}};
  ResolvedLocation loc;
  loc.bassin = "sud";
  const std::vector<std::string> spoken;
  const std::map<std::string, int> referred;
  const PatientFacts patient;
  OffersNamed offers;
  offers.asked = {"night_sitting"};
  offers.in_place = {"home_nursing"};
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    &offers};
  const auto ranked = rank_candidates(c, ctx, RankWeights{});
  EXPECT_EQ(ranked.front()->id, "svc-b");
  EXPECT_EQ(c[1].offer, "night_sitting");
  EXPECT_NEAR(c[1].score - c[2].score, RankWeights{}.offer_asked, 0.002);
  EXPECT_NEAR(c[2].score - c[0].score, RankWeights{}.offer_in_place, 0.002);
  EXPECT_NEAR(c[3].score, c[2].score, 0.002);
  c[1].covers = {"palliative"};
  EXPECT_NE(explain(c[1], loc, "fr", {}, *ref_, {}).find("garde de nuit"), std::string::npos);
  // An offer the theme's label already says is not said twice.
  c[1].covers = {"interpreting"};
  c[1].offer = "interpreting";
  const std::string once = explain(c[1], loc, "fr", {}, *ref_, {});
  EXPECT_EQ(once.find("nterprétariat"), once.rfind("nterprétariat")) << once;
  // A word that only begins like the offer's is no reason to leave it out.
  c[1].covers = {"caregivers"};
  c[1].offer = "home_help";
  EXPECT_NE(explain(c[1], loc, "fr", {}, *ref_, {}).find("aide à domicile"), std::string::npos);
  // Nor a word the offer shares with the theme, when it says more ("Aide sociale et CPAS, aide
  // alimentaire").
  c[1].covers = {"social_aid"};
  c[1].offer = "food_aid";
  EXPECT_NE(explain(c[1], loc, "fr", {}, *ref_, {}).find("aide alimentaire"), std::string::npos);
}

TEST(CueTableTest, AWordsEndMatchesOnlyAsAWordOfItsOwn) {
  testing::TempDir dir;
  auto analyzer = indexer::Analyzer::load(testing::data_dir());
  ASSERT_TRUE(analyzer.ok());
  const auto good = dir.write("good.tsv", "cancer\t-\t*kanker\t-\n");
  const auto bad = dir.write("bad.tsv", "cancer\t-\t*kanker long\t-\n");
  auto table = CueTable::load(good, {"cancer"}, **analyzer);
  ASSERT_TRUE(table.ok()) << table.status().message();
  for (const std::string text : {"met longkanker", "borstkanker, geen kanker"}) {
    const auto found = table->find(text, indexer::analyse_for_needs(**analyzer, text));
    ASSERT_EQ(found[0].size(), 1u) << text;  // "kanker" alone is not a word's end
    EXPECT_NE(found[0][0].text.find("kanker"), std::string::npos);
  }
  auto refused = CueTable::load(bad, {"cancer"}, **analyzer);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("bad.tsv:1"), std::string::npos);
}

TEST(CoverTest, TheMainRequestGetsTheRemainingPlacesFirst) {
  auto make = [](const char* id, const char* theme, double score) {
    Candidate c;
    c.id = id;
    c.covers = {theme};
    c.score = score;
    c.proximity = Proximity::kSameBassin;
    return c;
  };
  // The side need's services score higher, yet after one each the main request gets more.
  std::vector<Candidate> c = {make("side-1", "caregivers", 0.9), make("side-2", "caregivers", 0.8),
                              make("main-1", "palliative", 0.7), make("main-2", "palliative", 0.6),
                              make("main-3", "palliative", 0.5)};
  c[4].proximity = Proximity::kOtherBassin;
  std::vector<Candidate*> ranked;
  for (auto& x : c) {
    ranked.push_back(&x);
  }
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}, {"caregivers", 1.0, {}, {}}};
  std::vector<std::string> ids;
  for (const auto* x : choose_cover(ranked, needs, 5, 0.1)) {
    ids.push_back(x->id);
  }
  // A service each, shown in the needs' order; then main-2 (near), side-2 (near), and main-3
  // (another bassin) last.
  EXPECT_EQ(ids, (std::vector<std::string>{"main-1", "side-1", "main-2", "side-2", "main-3"}));
}

TEST_F(StagesTest, CoverServesEveryNeedBeforeASecondServiceForAny) {
  auto c = candidates();
  const std::vector<Need> needs = {{"palliative", 1.0, {}, {}}, {"caregivers", 1.0, {}, {}}};
  ResolvedLocation loc;
  loc.bassin = "sud";
  const std::vector<std::string> spoken;
  const std::map<std::string, int> referred;
  const PatientFacts patient;
  const RankContext ctx{&needs,           &loc,  &spoken, &referred, &patient, "2026-12-02",
                        &ref_->geography, false, ref_,    nullptr};
  const auto ranked = rank_candidates(c, ctx, RankWeights{});
  const auto two = choose_cover(ranked, needs, 2, 0.1);
  ASSERT_EQ(two.size(), 2u);
  std::set<std::string> covered;
  for (const auto* x : two) {
    covered.insert(x->covers.begin(), x->covers.end());
  }
  EXPECT_EQ(covered, (std::set<std::string>{"palliative", "caregivers"}));
  EXPECT_EQ(choose_cover(ranked, needs, 10, 0.1).size(), 4u);
  EXPECT_TRUE(choose_cover(ranked, {}, 10, 0.1).empty());
}

TEST_F(StagesTest, TheReasonSpeaksTheRequestsLanguage) {
  auto c = candidates();
  c[2].covers = {"caregivers"};
  c[2].proximity = Proximity::kRegional;
  c[2].past = 2;
  ResolvedLocation loc;
  const std::vector<LanguageName> languages = {
      {"langue-turc", "tr", "parle turc", "spreekt Turks"}};
  const auto fr = explain(c[2], loc, "fr", {"tr"}, *ref_, languages);
  EXPECT_EQ(fr,
            "Aidants proches et répit, pour toute la Région bruxelloise, parle turc, proposé "
            "dans 2 réponses semblables.");
  const auto nl = explain(c[2], loc, "nl", {"tr"}, *ref_, languages);
  EXPECT_EQ(nl,
            "Mantelzorg en respijt, voor heel Brussel, spreekt Turks, voorgesteld in 2 "
            "gelijkaardige antwoorden.");
}

}  // namespace
}  // namespace orienta::matcher
