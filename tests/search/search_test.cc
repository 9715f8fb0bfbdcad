#include "orienta/search.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <thread>

#include "sample_index.h"

namespace orienta::search {
namespace {

class SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new testing::SampleIndex(); }  // NOLINT: suite fixture
  static void TearDownTestSuite() {
    delete index_;  // NOLINT: suite fixture
    index_ = nullptr;
  }
  static Results run(Query q) {
    auto r = index_->searcher().search(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value() : Results{};
  }
  static Results run(const std::string& text) {
    Query q;
    q.text = text;
    return run(q);
  }
  static std::vector<std::string> ids(const Results& r) {
    std::vector<std::string> out;
    for (const auto& h : r.hits) {
      out.push_back(h.id);
    }
    return out;
  }
  static bool finds(const std::string& text, const std::string& id) {
    const auto got = ids(run(text));
    return std::find(got.begin(), got.end(), id) != got.end();
  }
  static testing::SampleIndex* index_;
};
testing::SampleIndex* SearchTest::index_ = nullptr;

TEST_F(SearchTest, AHitCarriesTheFieldsOfItsRecord) {
  Query q;
  q.text = "thuiszorg";
  q.kinds = {"service"};
  q.bassins = {"nord"};
  const auto r = run(q);
  const auto hit = std::find_if(r.hits.begin(), r.hits.end(),
                                [](const Hit& h) { return h.id == "svc-thuiszorg-noord"; });
  ASSERT_NE(hit, r.hits.end());
  EXPECT_EQ(hit->kind, "service");
  EXPECT_EQ(hit->lang, "nl");
  EXPECT_EQ(hit->themes, (std::vector<std::string>{"home_care", "elderly_autonomy"}));
  EXPECT_EQ(hit->bassins, std::vector<std::string>{"nord"});
  EXPECT_EQ(hit->spoken, (std::vector<std::string>{"nl", "fr"}));
  EXPECT_EQ(hit->age_min, 60);
  EXPECT_FALSE(hit->age_max.has_value());
  EXPECT_EQ(hit->date, "2025-02-01");
  EXPECT_GT(hit->score, 0.0);
}

TEST_F(SearchTest, DutchQueryFindsFrenchOnlyServiceAndBack) {
  EXPECT_TRUE(finds("palliatieve thuiszorg", "svc-palliasud"));      // French only
  EXPECT_TRUE(finds("aide familiale", "svc-thuiszorg-noord"));       // Dutch only
  EXPECT_TRUE(finds("maison médicale", "svc-wgc-de-brug"));          // wijkgezondheidscentrum
  EXPECT_TRUE(finds("administrateur de biens", "svc-bewind-info"));  // bewindvoerder
  EXPECT_TRUE(finds("OCMW", "svc-ocmw-schaarbeek"));
  EXPECT_TRUE(finds("CPAS", "svc-ocmw-schaarbeek"));
  EXPECT_TRUE(finds("tolk", "svc-tolken-brussel"));
}

TEST_F(SearchTest, AcronymsMeetTheirOtherLanguage) {
  // AMU (French) is "dringende medische hulp" in the bilingual CPAS record and DMH in Dutch.
  EXPECT_TRUE(finds("DMH", "svc-ocmw-schaarbeek"));
  EXPECT_TRUE(finds("AMU", "svc-ocmw-schaarbeek"));
}

TEST_F(SearchTest, AccentsAndCaseNeverMatter) {
  EXPECT_EQ(ids(run("diabete")), ids(run("diabète")));
  EXPECT_EQ(ids(run("DIABÈTE")), ids(run("diabète")));
  EXPECT_FALSE(run("diabete").hits.empty());
}

TEST_F(SearchTest, StemmingInBothLanguages) {
  for (const char* q : {"palliatifs", "palliatieve", "palliatief", "palliatif"}) {
    EXPECT_TRUE(finds(q, "svc-palliasud")) << q;
    EXPECT_TRUE(finds(q, "dos-forfait-palliatif")) << q;
  }
}

TEST_F(SearchTest, FiltersByKindThemeBassinCommuneLangAndSpoken) {
  Query q;
  q.kinds = {"service"};
  const Results services = run(q);
  EXPECT_EQ(services.total, 8);
  q.themes = {"palliative"};
  EXPECT_EQ(ids(run(q)), std::vector<std::string>{"svc-palliasud"});
  q.themes.clear();
  q.bassins = {"nord"};  // two services in nord, two region-wide
  EXPECT_EQ(run(q).total, 4);
  q.bassins.clear();
  q.communes = {"Sint-Jans-Molenbeek"};
  EXPECT_EQ(ids(run(q)), std::vector<std::string>{"svc-wgc-de-brug"});
  q.communes.clear();
  q.spoken = {"tr"};
  EXPECT_EQ(run(q).total, 2);
  q.spoken.clear();
  q.langs = {"nl"};  // nl and fr+nl
  EXPECT_EQ(run(q).total, 5);
}

TEST_F(SearchTest, KindsAndThemesTogetherFilterOnBoth) {
  Query every;
  every.size = 50;
  const Results all = run(every);
  ASSERT_EQ(all.hits.size(), static_cast<std::size_t>(all.total));
  Query q = every;
  q.kinds = {"service", "dossier"};
  q.themes = {"palliative", "home_care"};
  auto chosen = [&](const Hit& h) {
    const bool kind = std::find(q.kinds.begin(), q.kinds.end(), h.kind) != q.kinds.end();
    const bool theme = std::any_of(h.themes.begin(), h.themes.end(), [&](const std::string& t) {
      return std::find(q.themes.begin(), q.themes.end(), t) != q.themes.end();
    });
    return kind && theme;
  };
  std::vector<std::string> expected;
  for (const auto& h : all.hits) {
    if (chosen(h)) {
      expected.push_back(h.id);
    }
  }
  ASSERT_GE(expected.size(), 3U);
  std::vector<std::string> got = ids(run(q));
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected);
  // The counts of the selected facets stay disjunctive: other themes of these kinds are counted.
  EXPECT_GT(run(q).facets.at("theme").size(), 2U);
}

TEST_F(SearchTest, AllowedKindsAreNeverCountedOrReturned) {
  Query q;
  q.allowed_kinds = {"service", "dossier"};
  q.kinds = {"service"};
  const Results r = run(q);
  EXPECT_EQ(r.total, 8);
  EXPECT_EQ(r.facets.at("kind").count("answer"), 0U);  // even in the disjunctive count
  EXPECT_EQ(r.facets.at("kind").at("dossier"), 2);
}

TEST_F(SearchTest, ARestrictedCallerLearnsNoWordOfWhatItMayNotRead) {
  // "thuiszorgdienst" is in a past answer only.
  Query open;
  open.text = "thuiszorgdenst";
  const Results everyone = run(open);
  ASSERT_TRUE(everyone.corrected_query.has_value());
  EXPECT_EQ(*everyone.corrected_query, "thuiszorgdienst");
  Query q = open;
  q.allowed_kinds = {"service", "dossier"};
  const Results restricted = run(q);
  EXPECT_FALSE(restricted.corrected_query.has_value());  // the answers' word is not suggested
  EXPECT_EQ(restricted.total, 0);
  // A word of the answers only ("mutuelle") is named as in no document, as for everyone a
  // word no document has.
  open.text = "mutuelle palliatif";
  EXPECT_EQ(run(open).notices, std::vector<std::string>{"aucun résultat n'a tous les mots : "
                                                        "voici ceux qui en ont une partie"});
  q.text = "mutuelle palliatif";
  EXPECT_EQ(run(q).notices, std::vector<std::string>{"« mutuelle » ne se trouve dans aucun "
                                                     "document : résultats sans ce mot"});
}

TEST_F(SearchTest, FacetCountsMatchTheFilteredResults) {
  Query q;
  const Results all = run(q);
  EXPECT_EQ(all.total, 13);
  EXPECT_EQ(all.facets.at("kind").at("service"), 8);
  EXPECT_EQ(all.facets.at("kind").at("answer"), 3);
  EXPECT_EQ(all.facets.at("kind").at("dossier"), 2);
  EXPECT_EQ(all.facets.at("theme").at("palliative"), 3);
  // Each count is what selecting that value gives.
  for (const auto& facet : {"theme", "bassin", "lang"}) {
    for (const auto& [value, n] : all.facets.at(facet)) {
      Query f;
      if (std::string(facet) == "theme") {
        f.themes = {value};
      } else if (std::string(facet) == "bassin") {
        if (value == "region") {
          continue;
        }
        f.bassins = {value};
      } else {
        f.langs = {value};
      }
      EXPECT_EQ(run(f).total, n) << facet << "=" << value;
    }
  }
}

TEST_F(SearchTest, CountsAreExactUpToTheCountLimit) {
  Query q;
  q.count_limit = 13;  // every document matches
  const Results r = run(q);
  EXPECT_TRUE(r.total_exact);
  EXPECT_EQ(r.total, 13);
  EXPECT_EQ(r.facets, run(Query{}).facets);
  EXPECT_TRUE(run(Query{}).total_exact);
}

TEST_F(SearchTest, BeyondTheCountLimitTotalAndFacetsAreEstimated) {
  Query q;
  q.count_limit = 5;  // of 13 matches
  const Results r = run(q);
  EXPECT_FALSE(r.total_exact);
  EXPECT_EQ(r.hits.size(), 10U);  // the page itself is complete
  EXPECT_GE(r.total, 10);
  EXPECT_LE(r.total, 13);
  // Counts are scaled from the 5 counted matches: the kinds still add up to the total.
  int kinds = 0;
  for (const auto& [kind, n] : r.facets.at("kind")) {
    kinds += n;
  }
  EXPECT_NEAR(kinds, r.total, 2);
  // Services come first in docid order and take the 5 counted matches: the answers and the
  // dossiers, out of reach, are counted on their own (all of them, so exactly).
  EXPECT_EQ(r.facets.at("kind").at("answer"), 3);
  EXPECT_EQ(r.facets.at("kind").at("dossier"), 2);
  // A facet under selection is counted without its filter: estimated the same way.
  q.kinds = {"service"};
  const Results services = run(q);
  EXPECT_FALSE(services.total_exact);
  EXPECT_EQ(services.total, 8);  // 8 matches, more than 5: an estimate, here exact
  EXPECT_GE(services.facets.at("kind").at("service"), 5);
  EXPECT_LE(services.facets.at("kind").at("service"), 13);
}

TEST_F(SearchTest, NoCountingGivesTheHitsWithoutFacets) {
  Query q;
  q.text = "palliatif";
  q.count_limit = 0;
  const Results r = run(q);
  EXPECT_FALSE(r.hits.empty());
  EXPECT_TRUE(r.facets.empty());
  EXPECT_GE(r.total, static_cast<int>(r.hits.size()));
}

TEST_F(SearchTest, DisjunctiveCountsForTheSelectedFacet) {
  Query q;
  q.themes = {"palliative"};
  const Results r = run(q);
  EXPECT_EQ(r.total, 3);
  // The theme facet still shows what the other themes would give...
  EXPECT_EQ(r.facets.at("theme").at("diabetes"), 2);
  EXPECT_EQ(r.facets.at("theme").at("palliative"), 3);
  // ...while the other facets count the filtered results.
  EXPECT_EQ(r.facets.at("kind").at("service"), 1);
  EXPECT_EQ(r.facets.at("kind").count("answer") + r.facets.at("kind").count("dossier"), 2U);
}

TEST_F(SearchTest, SnippetsHighlightMatchesWhateverTheAccents) {
  const Results r = run("diabete");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_NE(r.hits[0].snippet.find("<mark>diabète</mark>"), std::string::npos) << r.hits[0].snippet;
  const Results cross = run("palliatieve");
  bool marked = false;
  for (const auto& h : cross.hits) {
    marked = marked || h.snippet.find("<mark>palliatif</mark>") != std::string::npos;
  }
  EXPECT_TRUE(marked);
}

TEST_F(SearchTest, SpellingSuggestsAndRescuesAnEmptyQuery) {
  const Results r = run("diabte");
  ASSERT_TRUE(r.corrected_query.has_value());
  EXPECT_EQ(*r.corrected_query, "diabete");
  EXPECT_FALSE(r.hits.empty());
  // Nothing matched as typed: the results are the corrected query's, and a notice says so.
  EXPECT_EQ(r.query, "diabete");
  EXPECT_EQ(r.notices, std::vector<std::string>{"aucun résultat pour « diabte », voici ceux de "
                                                "« diabete »"});
  EXPECT_FALSE(run("diabète").corrected_query.has_value());
  // The notice speaks the language of the corrected query.
  EXPECT_EQ(run("thuiszorgg").notices,
            std::vector<std::string>{"geen resultaten voor „thuiszorgg”, wel voor „thuiszorg”"});
  // A suggestion for a query that found something as typed: its own results (those of
  // "diabète", the word the index has), and the notice says which word it lacks.
  const Results typed = run("diabète insulline");
  ASSERT_TRUE(typed.corrected_query.has_value());
  EXPECT_EQ(typed.query, "diabète insulline");
  EXPECT_FALSE(typed.hits.empty());
  EXPECT_EQ(typed.notices, std::vector<std::string>{"« insulline » ne se trouve dans aucun "
                                                    "document : résultats sans ce mot"});
}

TEST_F(SearchTest, ANoticeSaysWhenNoDocumentHasEveryWord) {
  // Every word is known, never together: the results have some of them. Within filters too.
  const Results some = run("interprète diabète");
  EXPECT_GT(some.total, 0);
  EXPECT_EQ(some.notices, std::vector<std::string>{"aucun résultat n'a tous les mots : voici "
                                                   "ceux qui en ont une partie"});
  // Words that no document has are named, in the query's language.
  EXPECT_EQ(run("palliatieve zorg kinderziekenhuis").notices,
            std::vector<std::string>{"„kinderziekenhuis” staat in geen enkel document: "
                                     "resultaten zonder dat woord"});
  EXPECT_EQ(run("soins palliatifs xylophone zanzibar").notices,
            std::vector<std::string>{"« xylophone », « zanzibar » ne se trouvent dans aucun "
                                     "document : résultats sans ces mots"});
  EXPECT_EQ(run("bewindvoerder diabetes").notices,
            std::vector<std::string>{"geen enkel resultaat heeft alle woorden: dit zijn die met "
                                     "een deel ervan"});
  // Every word found together: no notice; but within a filter, those results may lack some.
  EXPECT_TRUE(run("soins palliatifs").notices.empty());
  EXPECT_TRUE(run("cancer domicile").notices.empty());
  Query services;
  services.text = "cancer domicile";
  services.kinds = {"service"};
  EXPECT_EQ(run(services).notices, some.notices);
}

TEST_F(SearchTest, SortsByDistanceFromAPoint) {
  Query q;
  q.kinds = {"service"};
  q.sort = SortOrder::kDistance;
  q.near = Point{50.8195, 4.3230};  // Forest
  const Results r = run(q);
  ASSERT_EQ(r.hits.size(), 8U);
  EXPECT_EQ(r.hits[0].id, "svc-palliasud");
  ASSERT_TRUE(r.hits[0].distance_km.has_value());
  EXPECT_LT(*r.hits[0].distance_km, 0.1);
  for (std::size_t i = 1; i < r.hits.size(); ++i) {
    EXPECT_LE(*r.hits[i - 1].distance_km, *r.hits[i].distance_km);
  }
}

TEST_F(SearchTest, PagingSplitsTheResults) {
  Query q;
  q.size = 5;
  const Results p1 = run(q);
  q.page = 3;
  const Results p3 = run(q);
  EXPECT_EQ(p1.hits.size(), 5U);
  EXPECT_EQ(p3.hits.size(), 3U);
  EXPECT_EQ(p3.total, 13);
}

TEST_F(SearchTest, HostileQueriesAreSearchedAsPlainWords) {
  for (const char* q : {"AND OR (", "\"unbalanced", "NOT NOT NOT", "*", "a*", "((()))", "-",
                        "palliatif AND", "\"\"", "zzzz*", "🙂 émoji"}) {
    auto r = index_->searcher().search(Query{.text = q});
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
  }
  EXPECT_TRUE(finds("\"forfait palliatif\"", "dos-forfait-palliatif"));
  EXPECT_FALSE(finds("palliatif -forfait", "dos-forfait-palliatif"));
  EXPECT_TRUE(finds("pallia*", "svc-palliasud"));
}

TEST_F(SearchTest, EliteTermsKeepOnlyTheMostTellingTermsEvenOfAFewWords) {
  // Five words (more than kMaxRequiredGroups: any word matches) but more than five terms: a
  // word's stems and its lexicon concepts each count as one.
  Query q;
  q.text = "soins domicile médecin forfait autosurveillance";
  const Results every_term = run(q);
  q.elite_terms = 5;
  const Results elite = run(q);
  ASSERT_FALSE(elite.hits.empty());
  EXPECT_EQ(elite.hits.front().id, "svc-diabete-educ");  // the one rare word is kept
  EXPECT_LT(elite.total, every_term.total);              // common terms no longer match alone
  q.elite_terms = 1;
  EXPECT_EQ(ids(run(q)), std::vector<std::string>{"svc-diabete-educ"});
}

TEST_F(SearchTest, EliteTermsLetAnyOfAFewWordsMatch) {
  // Two words that no document has together: all required, nothing matches at first and the
  // search falls back to any word, saying so; with elite terms any word matches at once.
  Query q;
  q.text = "autosurveillance palliatieve";
  q.kinds = {"service"};
  const Results plain = run(q);
  ASSERT_GE(plain.hits.size(), 2U);
  EXPECT_EQ(plain.notices.size(), 1U);
  q.elite_terms = 10;
  const Results elite = run(q);
  EXPECT_TRUE(elite.notices.empty());
  EXPECT_EQ(ids(elite), ids(plain));
}

TEST_F(SearchTest, BoostedThemesRankFirstButFilterNothing) {
  Query q;
  q.text = "soins";
  const Results plain = run(q);
  ASSERT_GE(plain.hits.size(), 3U);
  ASSERT_EQ(plain.hits.back().id, "svc-palliasud");  // the weakest text match
  q.boost_themes = {"palliative"};
  q.theme_boost = 3.0;
  const Results boosted = run(q);
  EXPECT_EQ(boosted.total, plain.total);
  ASSERT_EQ(boosted.hits.size(), plain.hits.size());
  EXPECT_EQ(boosted.hits.front().id, "svc-palliasud");
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(sorted(ids(boosted)), sorted(ids(plain)));
  // A boost alone finds nothing: documents must match the text.
  q.text = "zzzzzz";
  EXPECT_TRUE(run(q).hits.empty());
}

TEST_F(SearchTest, LongQueryIsCutWithANotice) {
  // The notice of a query of 1,500 times `words`, which speaks the language of the query.
  auto notice = [](const std::string& words) {
    std::string text;
    for (int i = 0; i < 1500; ++i) {
      text += words + " ";
    }
    const Results r = run(text);
    EXPECT_EQ(r.notices.size(), 1U) << words;
    return r.notices.empty() ? std::string() : r.notices[0];
  };
  EXPECT_EQ(notice("palliatif"), "la recherche a été coupée après ses 1000 premiers mots");
  EXPECT_EQ(notice("zoekt een palliatieve thuiszorg voor het gezin"),
            "de zoekopdracht is ingekort tot de eerste 1000 woorden");
}

// The promise of search.h: one Searcher per thread, nothing else to share. Queries that match
// every document (an empty text, a person's restriction) once copied Xapian's one static
// MatchAll from every thread; its reference count is not atomic, and the server died under
// load. Many threads at once, each with its own Searcher, on exactly those queries.
TEST_F(SearchTest, SearchersOnManyThreadsShareNothing) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      auto mine = Searcher::open(index_->db(), index_->analyzer(), index_->ref());
      if (!mine.ok()) {
        ++failures;
        return;
      }
      for (int i = 0; i < 3000; ++i) {
        Query q;
        q.text = i % 2 == 0 ? "" : "-aide";
        q.person = Person{.age = 30 + i % 40, .facts = {"sex-f"}};
        q.facets = false;
        q.snippets = false;
        q.records = false;
        failures += !(*mine)->search(q).ok();
      }
    });
  }
  for (auto& t : threads) {
    t.join();
  }
  EXPECT_EQ(failures.load(), 0);
}

TEST_F(SearchTest, BadRequestsGetClearErrors) {
  auto error = [](Query q) { return index_->searcher().search(q).status().message(); };
  EXPECT_EQ(error(Query{.text = std::string("ab\xff")}), "the query is not valid UTF-8");
  EXPECT_EQ(error(Query{.size = 0}), "size must be from 1 to 100, got 0");
  EXPECT_EQ(error(Query{.size = 101}), "size must be from 1 to 100, got 101");
  EXPECT_EQ(error(Query{.page = 0}), "page must be from 1 to 10000, got 0");
  // (page - 1) * size would overflow an int: refused before it is computed.
  EXPECT_EQ(error(Query{.page = 2147483647, .size = 100}),
            "page must be from 1 to 10000, got 2147483647");
  EXPECT_EQ(error(Query{.themes = {"palliatif"}}), "unknown theme \"palliatif\"");
  EXPECT_EQ(error(Query{.bassins = {"noord"}}),
            "unknown bassin \"noord\" (nord, nord-est, sud, sud-est or centre-ouest)");
  EXPECT_EQ(error(Query{.communes = {"Gent"}}), "unknown commune \"Gent\"");
  EXPECT_EQ(error(Query{.kinds = {"people"}}),
            "unknown kind \"people\" (service, answer or dossier)");
  EXPECT_EQ(error(Query{.sort = SortOrder::kDistance}), "sorting by distance needs a point");
  EXPECT_EQ(error(Query{.boost_themes = {"palliatif"}}), "unknown theme \"palliatif\"");
  EXPECT_EQ(error(Query{.theme_boost = -1}), "theme_boost must be 0 or more");
  // An age near INT_MIN or INT_MAX would overflow the age bounds (found by search_fuzz).
  EXPECT_EQ(error(Query{.person = Person{.age = -2147483647 - 1}}),
            "a person's age must be from 0 to 119, got -2147483648");
  EXPECT_EQ(error(Query{.person = Person{.age = 120}}),
            "a person's age must be from 0 to 119, got 120");
  EXPECT_TRUE(index_->searcher().search(Query{.person = Person{.age = 119}}).ok());
}

TEST_F(SearchTest, AnswersAreScrubbedInTheIndex) {
  auto doc = index_->searcher().document("ans-2025-0003");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->find("0470"), std::string::npos);
  EXPECT_NE(doc->find("[phone]"), std::string::npos);
  auto nurse = index_->searcher().document("ans-2024-0002");
  ASSERT_TRUE(nurse.ok());
  EXPECT_EQ(nurse->find("Claes"), std::string::npos);
  EXPECT_TRUE(run("Claes").hits.empty());
  EXPECT_EQ(index_->searcher().document("svc-none").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace orienta::search
