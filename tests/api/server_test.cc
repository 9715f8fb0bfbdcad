#include "orienta/server.h"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <rapidjson/document.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

#include "orienta/indexer.h"

#include "recording_client.h"
#include "temp_dir.h"

namespace orienta::api {
namespace {

namespace fs = std::filesystem;

// A real server on 127.0.0.1 and an ephemeral port, over an index of tests/data/corpus.
class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = dir_.path() / "corpus";
    fs::create_directories(corpus_);
    for (const auto& e : fs::directory_iterator(testing::test_data_dir() / "corpus")) {
      fs::copy_file(e.path(), corpus_ / e.path().filename());
    }
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    ref_ = std::make_unique<corpus::ReferenceData>(std::move(ref).value());
    auto analyzer = indexer::Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = std::move(analyzer).value();
    db_ = dir_.path() / "db";
    ASSERT_TRUE(indexer::build_index(corpus_, db_, *ref_, *analyzer_).ok());
  }
  void TearDown() override {
    if (server_) {
      server_->stop();
    }
    if (client_) {
      const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
      testing::save_exchanges(std::string(info->test_suite_name()) + "." + info->name(),
                              client_->exchanges());
    }
  }
  void start(ServerOptions options = {}) {
    options.db_dir = db_;
    options.data_dir = testing::data_dir();
    options.port = 0;
    options.threads = 4;
    options.log = [this](const std::string& line) {
      std::lock_guard<std::mutex> lock(log_mu_);
      log_.push_back(line);
    };
    auto s = Server::create(options);
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(s).value();
    server_->start();
    client_ = std::make_unique<testing::RecordingClient>("127.0.0.1", server_->port());
  }
  static rapidjson::Document json(const httplib::Result& r) {
    rapidjson::Document d;
    if (r) {
      d.Parse(r->body.c_str());
    }
    return d;
  }
  // The status and the error code of an error response.
  static std::pair<int, std::string> error(const httplib::Result& r) {
    if (!r) {
      return {0, "no response"};
    }
    auto d = json(r);
    const bool shaped = d.IsObject() && d.HasMember("error") && d["error"].HasMember("code") &&
                        d["error"]["code"].IsString() && d["error"].HasMember("message") &&
                        d["error"]["message"].IsString();
    return {r->status,
            shaped ? d["error"]["code"].GetString() : "<not the error shape: " + r->body + ">"};
  }
  std::string write_keys(const std::vector<std::pair<std::string, std::string>>& keys,
                         std::map<std::string, std::string>& secrets) {
    const auto file = dir_.path() / "keys.tsv";
    std::ofstream out(file);
    for (const auto& [id, role] : keys) {
      auto k = make_key(id, role);
      EXPECT_TRUE(k.ok());
      out << k->line << "\n";
      secrets[id] = k->key;
    }
    return file.string();
  }

  testing::TempDir dir_;
  fs::path corpus_;
  fs::path db_;
  std::unique_ptr<corpus::ReferenceData> ref_;
  std::unique_ptr<indexer::Analyzer> analyzer_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<testing::RecordingClient> client_;
  std::mutex log_mu_;
  std::vector<std::string> log_;
};

TEST_F(ServerTest, SearchReturnsTheContractShape) {
  start();
  auto r = client_->Get("/v1/search?q=palliatieve%20thuiszorg&size=5");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  auto d = json(r);
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["query"].GetString(), "palliatieve thuiszorg");
  EXPECT_GT(d["total"].GetInt(), 0);
  EXPECT_EQ(d["size"].GetInt(), 5);
  ASSERT_TRUE(d["results"].IsArray());
  EXPECT_TRUE(d["facets"]["kind"].IsObject());
  auto filtered = json(client_->Get("/v1/search?kind=service&kind=dossier&theme=palliative"));
  EXPECT_EQ(filtered["total"].GetInt(), 2);
}

TEST_F(ServerTest, MatchReturnsNeedsLocationAndReferrals) {
  start();
  auto r = client_->Post(
      "/v1/match",
      R"({"text": "pt en fin de vie, soins palliatifs à domicile", "location": {"postcode": "1190"}, "limit": 3})",
      "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto d = json(r);
  EXPECT_STREQ(d["needs"][0]["theme"].GetString(), "palliative");
  EXPECT_STREQ(d["location"]["bassin"].GetString(), "sud");
  EXPECT_STREQ(d["location"]["source"].GetString(), "postcode");
  ASSERT_GE(d["referrals"].Size(), 1U);
  EXPECT_STREQ(d["referrals"][0]["id"].GetString(), "svc-palliasud");
  EXPECT_TRUE(d["referrals"][0]["why"].IsString());
  // What a card shows comes with the referral: no request per referral.
  const auto& first = d["referrals"][0];
  EXPECT_STREQ(first["names"]["fr"].GetString(),
               "Palliasud - équipe de soutien palliatif à domicile");
  EXPECT_STREQ(first["address"]["postcode"].GetString(), "1190");
  EXPECT_STREQ(first["hours"]["fr"].GetString(), "Permanence téléphonique 24h/24");
  EXPECT_STREQ(first["contact"]["phone"].GetString(), "+32 2 000 41 10");
  EXPECT_TRUE(d["related"]["answers"].IsArray());
  EXPECT_TRUE(d["related"]["dossiers"].IsArray());
  // The responder's needs replace the detected ones.
  auto chosen = json(client_->Post(
      "/v1/match",
      R"({"text": "pt en fin de vie, soins palliatifs à domicile", "needs": ["interpreting"]})",
      "application/json"));
  ASSERT_TRUE(chosen.IsObject());
  ASSERT_EQ(chosen["needs"].Size(), 1U);
  EXPECT_STREQ(chosen["needs"][0]["theme"].GetString(), "interpreting");
  ASSERT_GE(chosen["referrals"].Size(), 1U);
  EXPECT_STREQ(chosen["referrals"][0]["id"].GetString(), "svc-tolken-brussel");
  using E = std::pair<int, std::string>;
  for (const char* bad :
       {R"({"text": "soins", "needs": "palliative"})", R"({"text": "soins", "needs": [1]})",
        R"({"text": "soins", "needs": ["astrology"]})"}) {
    EXPECT_EQ(error(client_->Post("/v1/match", bad, "application/json")), (E{400, "bad_request"}))
        << bad;
  }
}

TEST_F(ServerTest, MatchTakesThePatientsFactsAndChecksThem) {
  start();
  auto given = json(client_->Post(
      "/v1/match",
      R"({"text": "pt en fin de vie, soins palliatifs", "patient": {"age": 71, "sex": "m", "no_insurance": true}})",
      "application/json"));
  ASSERT_TRUE(given.IsObject());
  EXPECT_EQ(given["patient"]["age"].GetInt(), 71);
  EXPECT_STREQ(given["patient"]["sex"].GetString(), "m");
  EXPECT_TRUE(given["patient"]["no_insurance"].GetBool());
  EXPECT_FALSE(given["urgency"]["urgent"].GetBool());
  ASSERT_GE(given["referrals"].Size(), 1U);
  EXPECT_TRUE(given["referrals"][0]["eligibility"]["audiences"].IsArray());
  EXPECT_TRUE(given["referrals"][0]["eligibility"]["conditions"].IsArray());
  EXPECT_TRUE(given["referrals"][0]["offers"].IsArray());
  EXPECT_EQ(given["patient"]["groups"].Size(), 0U);
  auto grouped = json(client_->Post(
      "/v1/match",
      R"({"text": "soins palliatifs", "patient": {"groups": ["parkinson", "deaf", "parkinson"]}})",
      "application/json"));
  ASSERT_TRUE(grouped.IsObject());
  ASSERT_EQ(grouped["patient"]["groups"].Size(), 2U);  // in code order, once each
  EXPECT_STREQ(grouped["patient"]["groups"][0].GetString(), "deaf");
  EXPECT_STREQ(grouped["patient"]["groups"][1].GetString(), "parkinson");
  // Read from the text when not given.
  auto read = json(client_->Post(
      "/v1/match", R"({"text": "Mme 84 ans, soins palliatifs à domicile"})", "application/json"));
  EXPECT_EQ(read["patient"]["age"].GetInt(), 84);
  EXPECT_STREQ(read["patient"]["sex"].GetString(), "f");
  const std::pair<const char*, const char*> bad[] = {
      {R"({"text": "soins", "patient": 3})", "\"patient\" must be an object"},
      {R"({"text": "soins", "patient": {"age": 200}})",
       "\"patient.age\" must be a whole number from 0 to 119"},
      {R"({"text": "soins", "patient": {"sex": "x"}})",
       "\"patient.sex\" must be \"f\", \"m\" or null"},
      {R"({"text": "soins", "patient": {"pregnant": "yes"}})",
       "\"patient.pregnant\" must be true or false"},
      {R"({"text": "soins", "patient": {"height": 180}})", "unknown member \"patient.height\""},
      {R"({"text": "soins", "patient": {"groups": "deaf"}})",
       "\"patient.groups\" must be an array of at most 64 codes"},
      {R"({"text": "soins", "patient": {"groups": ["giants"]}})",
       "\"patient.groups\" takes audience and condition codes (data/audiences.tsv, "
       "data/conditions.tsv), got \"giants\""}};
  for (const auto& [body, message] : bad) {
    auto r = client_->Post("/v1/match", body, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << body;
    auto d = json(r);
    ASSERT_TRUE(d.IsObject()) << body;
    EXPECT_STREQ(d["error"]["message"].GetString(), message) << body;
  }
}

TEST_F(ServerTest, DocumentsThemesHealthAndMetrics) {
  start();
  auto doc = client_->Get("/v1/documents/svc-palliasud");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
  EXPECT_STREQ(json(doc)["id"].GetString(), "svc-palliasud");
  EXPECT_EQ(error(client_->Get("/v1/documents/svc-none")),
            (std::pair<int, std::string>{404, "not_found"}));
  auto themes = json(client_->Get("/v1/themes"));
  EXPECT_EQ(themes["themes"].Size(), 23U);
  auto health = json(client_->Get("/healthz"));
  EXPECT_STREQ(health["status"].GetString(), "ok");
  EXPECT_EQ(health["documents"].GetInt(), 13);
  EXPECT_STREQ(health["analysis"].GetString(), "current");
  auto metrics = client_->Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(
      metrics->body.find("orienta_requests_total{route=\"/v1/documents/{id}\",status=\"200\"} 1"),
      std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("orienta_index_documents 13"), std::string::npos);
  EXPECT_NE(metrics->body.find("orienta_request_duration_seconds_bucket"), std::string::npos);
  auto spec = json(client_->Get("/openapi.json"));
  ASSERT_TRUE(spec.IsObject());
  EXPECT_STREQ(spec["openapi"].GetString(), "3.1.0");
  EXPECT_TRUE(spec["paths"].HasMember("/v1/match"));
}

TEST_F(ServerTest, ThemeStatsAreTheAnalyticsReports) {
  start();
  // The three answers of tests/data/corpus: 2024-03 sud palliative; 2024-04 nord home_care +
  // elderly_autonomy; 2025-01 nord-est access_to_care + migration.
  auto r = client_->Get("/v1/themes/stats");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  auto counts = json(r);
  ASSERT_TRUE(counts.IsObject());
  EXPECT_STREQ(counts["report"].GetString(), "counts");
  EXPECT_EQ(counts["answer_count"].GetInt(), 3);
  EXPECT_STREQ(counts["from"].GetString(), "2024-03");
  EXPECT_STREQ(counts["to"].GetString(), "2025-01");
  ASSERT_EQ(counts["rows"].Size(), 5U);
  EXPECT_STREQ(counts["rows"][0]["theme"].GetString(), "access_to_care");
  EXPECT_STREQ(counts["rows"][0]["answers"][0].GetString(), "ans-2025-0003");

  auto by = json(client_->Get("/v1/themes/stats?by=bassin,month&theme=palliative"));
  ASSERT_EQ(by["rows"].Size(), 1U);
  EXPECT_STREQ(by["rows"][0]["bassin"].GetString(), "sud");
  EXPECT_STREQ(by["rows"][0]["month"].GetString(), "2024-03");
  EXPECT_EQ(by["rows"][0]["count"].GetInt(), 1);

  auto pairs = json(client_->Get("/v1/themes/stats?report=cooccurrence&from=2025-01"));
  EXPECT_EQ(pairs["answer_count"].GetInt(), 1);
  auto gaps = json(client_->Get("/v1/themes/stats?report=gaps&bassin=sud"));
  ASSERT_GE(gaps["rows"].Size(), 1U);
  EXPECT_STREQ(gaps["rows"][0]["bassin"].GetString(), "sud");
  for (const char* report : {"trends", "emerging"}) {
    auto other = client_->Get(std::string("/v1/themes/stats?report=") + report + "&recent=6");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 200) << report << ": " << other->body;
    EXPECT_STREQ(json(other)["report"].GetString(), report);
  }

  auto csv = client_->Get("/v1/themes/stats?by=bassin&format=csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->body.substr(0, csv->body.find('\n')), "theme,bassin,count,answers");
  EXPECT_NE(csv->body.find("\npalliative,sud,1,ans-2024-0001\n"), std::string::npos) << csv->body;

  using E = std::pair<int, std::string>;
  for (const char* bad :
       {"/v1/themes/stats?report=nope", "/v1/themes/stats?by=year", "/v1/themes/stats?recent=0",
        "/v1/themes/stats?recent=121", "/v1/themes/stats?recent=x", "/v1/themes/stats?format=xml",
        "/v1/themes/stats?from=2025-13", "/v1/themes/stats?theme=astrology",
        "/v1/themes/stats?report=gaps&by=bassin", "/v1/themes/stats?color=red"}) {
    EXPECT_EQ(error(client_->Get(bad)), (E{400, "bad_request"})) << bad;
  }
  EXPECT_EQ(error(client_->Post("/v1/themes/stats", "", "application/json")),
            (E{405, "method_not_allowed"}));
}

TEST_F(ServerTest, ServesThePagesAndTheirAssets) {
  const auto web = dir_.path() / "web";
  fs::create_directories(web / "assets");
  std::ofstream(web / "index.html") << "<!doctype html><title>console</title>";
  std::ofstream(web / "analytics.html") << "<!doctype html><title>dashboard</title>";
  std::ofstream(web / "assets" / "app.js") << "export const x = 1;";
  std::ofstream(dir_.path() / "secret.txt") << "not for the web";
  ServerOptions options;
  options.web_dir = web;
  start(options);
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body, "<!doctype html><title>console</title>");
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  auto dashboard = client_->Get("/analytics");
  ASSERT_TRUE(dashboard);
  EXPECT_EQ(dashboard->body, "<!doctype html><title>dashboard</title>");
  auto script = client_->Get("/assets/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->body, "export const x = 1;");
  EXPECT_NE(script->get_header_value("Content-Type").find("javascript"), std::string::npos);
  EXPECT_EQ(script->get_header_value("X-Content-Type-Options"), "nosniff");
  // Nothing outside web/assets is reachable.
  for (const char* path : {"/assets/../index.html", "/assets/../../secret.txt",
                           "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/none.js"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_NE(r->status, 200) << path;
    EXPECT_EQ(r->body.find("not for the web"), std::string::npos) << path;
  }
}

TEST_F(ServerTest, WithoutPagesTheApiStillServes) {
  ServerOptions options;
  options.web_dir = dir_.path() / "no-web";
  start(options);
  using E = std::pair<int, std::string>;
  EXPECT_EQ(error(client_->Get("/")), (E{404, "not_found"}));
  ASSERT_FALSE(server_->notices().empty());
  EXPECT_NE(server_->notices().back().find("no web pages"), std::string::npos);
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(ServerTest, BadRequestsGetTheErrorShapeAndTheRightStatus) {
  start();
  using E = std::pair<int, std::string>;
  const E bad{400, "bad_request"};
  EXPECT_EQ(error(client_->Post("/v1/match", "{not json", "application/json")), bad);
  EXPECT_EQ(error(client_->Post("/v1/match", "[1, 2]", "application/json")), bad);
  EXPECT_EQ(error(client_->Post("/v1/match", R"({"text": 12})", "application/json")), bad);
  EXPECT_EQ(error(client_->Post("/v1/match", R"({"location": {}})", "application/json")), bad);
  EXPECT_EQ(error(client_->Post("/v1/match", R"({"text": "   "})", "application/json")), bad);
  EXPECT_EQ(error(client_->Post("/v1/match", "{\"text\": \"soins \xff\"}", "application/json")),
            bad);
  EXPECT_EQ(
      error(client_->Post("/v1/match", R"({"text": "soins", "limit": "ten"})", "application/json")),
      bad);
  EXPECT_EQ(
      error(client_->Post("/v1/match", R"({"text": "soins", "limit": 0})", "application/json")),
      bad);
  EXPECT_EQ(
      error(client_->Post("/v1/match", R"({"text": "soins", "location": {"bassin": "noord"}})",
                          "application/json")),
      bad);
  EXPECT_EQ(
      error(client_->Post("/v1/match", R"({"text": "soins", "location": {"commune": "Gent"}})",
                          "application/json")),
      bad);
  EXPECT_EQ(error(client_->Post("/v1/match", "{\"text\": \"" + std::string(6000, 'a') + "\"}",
                                "application/json")),
            bad);
  EXPECT_EQ(error(client_->Post("/v1/match", "{\"text\": \"" + std::string(70000, 'a') + "\"}",
                                "application/json")),
            (E{413, "payload_too_large"}));
  EXPECT_EQ(error(client_->Get("/v1/search?q=x&size=0")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?q=x&size=101")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?q=x&size=ten")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?theme=palliatif")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?bassin=noord")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?colour=blue")), bad);
  EXPECT_EQ(error(client_->Get("/v1/search?q=%FF%FE")), bad);
  EXPECT_EQ(error(client_->Get("/v1/nowhere")), (E{404, "not_found"}));
  EXPECT_EQ(error(client_->Post("/v1/search", "", "application/json")),
            (E{405, "method_not_allowed"}));
  EXPECT_EQ(error(client_->Get("/v1/match")), (E{405, "method_not_allowed"}));
  EXPECT_EQ(error(client_->Delete("/v1/documents/svc-palliasud")), (E{405, "method_not_allowed"}));
  // ...and it keeps serving.
  auto ok = client_->Get("/healthz");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

// What the server answers to `request` written as is on a new connection: the bytes it sends
// until it closes the connection or is silent for 5 s.
std::string raw_exchange(int port, const std::string& request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  EXPECT_GE(fd, 0);
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
          static_cast<ssize_t>(request.size())) {
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) {
      answer.append(buf, static_cast<std::size_t>(n));
    }
  }
  ::close(fd);
  return answer;
}

TEST_F(ServerTest, BodiesComePlainWithTheirLengthAndRangesAreIgnored) {
  std::map<std::string, std::string> secret;
  ServerOptions options;
  options.keys_file = write_keys({{"console", "responder"}}, secret);
  start(options);
  const std::string head =
      "POST /v1/match HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
      "Content-Type: application/json\r\nX-API-Key: " +
      secret["console"] + "\r\n";
  // Refused on the headers, before the body, which is never sent (the server would wait for
  // it; and bytes it never reads would make its close a reset): a compressed body would be
  // inflated whole, a chunked one read whole.
  const std::string chunked =
      raw_exchange(server_->port(), head + "Transfer-Encoding: chunked\r\n\r\n");
  EXPECT_EQ(chunked.rfind("HTTP/1.1 411", 0), 0U) << chunked;
  EXPECT_NE(chunked.find("length_required"), std::string::npos);
  const std::string gzip = raw_exchange(
      server_->port(), head + "Content-Encoding: gzip\r\nContent-Length: 60000\r\n\r\n");
  EXPECT_EQ(gzip.rfind("HTTP/1.1 415", 0), 0U) << gzip;
  // No body is read for an unknown key.
  const std::string keyless =
      raw_exchange(server_->port(),
                   "POST /v1/match HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                   "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n");
  EXPECT_EQ(keyless.rfind("HTTP/1.1 401", 0), 0U) << keyless;
  // A plain body with its length is read as before.
  const std::string body = R"({"text": "soins palliatifs à domicile"})";
  const std::string plain = raw_exchange(
      server_->port(), head + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(plain.rfind("HTTP/1.1 200", 0), 0U) << plain.substr(0, 200);
  // Ranges, even many overlapping ones, get the whole answer once.
  auto whole = client_->Get("/openapi.json");
  ASSERT_TRUE(whole);
  std::string ranges = "bytes=0-99";
  for (int i = 0; i < 300; ++i) {
    ranges += ",0-99999";
  }
  auto ranged = client_->Get("/openapi.json", {{"Range", ranges}});
  ASSERT_TRUE(ranged);
  EXPECT_EQ(ranged->status, 200);
  EXPECT_EQ(ranged->body, whole->body);
  auto page = client_->Get("/assets/style.css");
  auto ranged_page = client_->Get("/assets/style.css", {{"Range", "bytes=0-10"}});
  ASSERT_TRUE(page && ranged_page);
  EXPECT_EQ(ranged_page->status, 200);
  EXPECT_EQ(ranged_page->body, page->body);
  auto healthy = client_->Get("/healthz");
  ASSERT_TRUE(healthy);
  EXPECT_EQ(healthy->status, 200);
}

TEST_F(ServerTest, KeysRolesAndRateLimit) {
  std::map<std::string, std::string> secret;
  ServerOptions options;
  options.keys_file =
      write_keys({{"console", "responder"}, {"bot", "chatbot"}, {"stats", "analyst"}}, secret);
  options.rate_per_second = 1.0;
  options.rate_burst = 30.0;
  start(options);
  using E = std::pair<int, std::string>;
  EXPECT_EQ(error(client_->Get("/v1/search?q=cpas")), (E{401, "unauthorized"}));
  EXPECT_EQ(error(client_->Get("/v1/search?q=cpas", {{"X-API-Key", "ok_wrong"}})),
            (E{401, "unauthorized"}));
  auto ok = client_->Get("/v1/search?q=cpas", {{"Authorization", "Bearer " + secret["console"]}});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  const httplib::Headers bot{{"X-API-Key", secret["bot"]}};
  EXPECT_EQ(error(client_->Get("/v1/search?kind=answer", bot)), (E{403, "forbidden"}));
  EXPECT_EQ(error(client_->Get("/v1/documents/ans-2024-0001", bot)), (E{403, "forbidden"}));
  auto bot_search = json(client_->Get("/v1/search?q=palliatif", bot));
  ASSERT_TRUE(bot_search.IsObject());
  for (const auto& hit : bot_search["results"].GetArray()) {
    EXPECT_STRNE(hit["kind"].GetString(), "answer");
  }
  // Not even counted: a chatbot cannot learn how many past answers match.
  EXPECT_FALSE(bot_search["facets"]["kind"].HasMember("answer"));
  auto bot_services = json(client_->Get("/v1/search?q=palliatif&kind=service", bot));
  EXPECT_FALSE(bot_services["facets"]["kind"].HasMember("answer"));
  auto bot_match = json(client_->Post(
      "/v1/match", bot, R"({"text": "soins palliatifs à domicile"})", "application/json"));
  ASSERT_TRUE(bot_match.IsObject());
  EXPECT_EQ(bot_match["related"]["answers"].Size(), 0U);
  const httplib::Headers stats{{"X-API-Key", secret["stats"]}};
  EXPECT_EQ(error(client_->Post("/v1/match", stats, R"({"text": "soins palliatifs"})",
                                "application/json")),
            (E{403, "forbidden"}));
  EXPECT_EQ(error(client_->Get("/v1/themes/stats", bot)), (E{403, "forbidden"}));
  auto analyst_stats = client_->Get("/v1/themes/stats?report=gaps", stats);
  ASSERT_TRUE(analyst_stats);
  EXPECT_EQ(analyst_stats->status, 200);
  auto analyst_doc = client_->Get("/v1/documents/ans-2024-0001", stats);
  ASSERT_TRUE(analyst_doc);
  EXPECT_EQ(analyst_doc->status, 200);
  // The rate limit: a burst of 30, then 429 with Retry-After.
  int limited = 0;
  for (int i = 0; i < 40; ++i) {
    auto r = client_->Get("/v1/themes", stats);
    if (r && r->status == 429) {
      ++limited;
      EXPECT_FALSE(r->get_header_value("Retry-After").empty());
    }
  }
  EXPECT_GE(limited, 5);
  // The logs name the key, never the key itself or the situation text.
  std::lock_guard<std::mutex> lock(log_mu_);
  ASSERT_FALSE(log_.empty());
  bool named = false;
  for (const auto& line : log_) {
    named = named || line.find("\"key\":\"stats\"") != std::string::npos;
    EXPECT_EQ(line.find(secret["stats"]), std::string::npos);
    EXPECT_EQ(line.find("palliatifs"), std::string::npos);
  }
  EXPECT_TRUE(named);
}

// A body nested deeper than any request needs, and a page far beyond the last, get 400 on the
// real server, which goes on serving.
TEST_F(ServerTest, DeepBodiesAndHugePagesAreRefusedAndTheServerGoesOn) {
  start();
  auto deep = client_->Post("/v1/match", std::string(65000, '['), "application/json");
  ASSERT_TRUE(deep);
  EXPECT_EQ(error(deep), (std::pair<int, std::string>{400, "bad_request"}));
  auto nested = client_->Post(
      "/v1/match", R"({"text": "soins palliatifs", "patient": )" + std::string(9000, '[') + "}",
      "application/json");
  ASSERT_TRUE(nested);
  EXPECT_EQ(nested->status, 400);
  auto page = client_->Get("/v1/search?q=aide&page=2147483647&size=100");
  ASSERT_TRUE(page);
  EXPECT_EQ(error(page), (std::pair<int, std::string>{400, "bad_request"}));
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto match =
      client_->Post("/v1/match", R"({"text": "soins palliatifs à domicile"})", "application/json");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->status, 200);
}

// --log-text logs the situation a responder sent, scrubbed as the past answers are.
TEST_F(ServerTest, TheLoggedSituationIsScrubbed) {
  ServerOptions options;
  options.log_text = true;
  start(options);
  auto r = client_->Post(
      "/v1/match",
      R"({"text": "Appel de Mme Vandenbroucke, 0470 00 12 34, sa fille Yasmina est épuisée"})",
      "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // The line is written once the response is sent: wait for it.
  auto match_line = [this] {
    std::lock_guard<std::mutex> lock(log_mu_);
    for (const auto& line : log_) {
      if (line.find("\"route\":\"/v1/match\"") != std::string::npos) {
        return line;
      }
    }
    return std::string();
  };
  std::string line = match_line();
  for (int i = 0; i < 500 && line.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    line = match_line();
  }
  const bool logged = !line.empty();
  {
    EXPECT_NE(line.find("est épuisée"), std::string::npos) << line;
    EXPECT_NE(line.find("[phone]"), std::string::npos) << line;
    EXPECT_EQ(line.find("Vandenbroucke"), std::string::npos) << line;
    EXPECT_EQ(line.find("Yasmina"), std::string::npos) << line;
    EXPECT_EQ(line.find("0470"), std::string::npos) << line;
  }
  EXPECT_TRUE(logged);
}

TEST_F(ServerTest, FailedKeysAreThrottledPerAddress) {
  std::map<std::string, std::string> secret;
  ServerOptions options;
  options.keys_file = write_keys({{"console", "responder"}}, secret);
  start(options);
  const httplib::Headers wrong{{"X-API-Key", "ok_guess"}};
  const httplib::Headers right{{"X-API-Key", secret["console"]}};
  using E = std::pair<int, std::string>;
  // Requests without a key guess nothing: they are never throttled.
  for (int i = 0; i < 14; ++i) {
    EXPECT_EQ(error(client_->Get("/v1/themes")), (E{401, "unauthorized"}));
  }
  // A burst of unknown keys is answered 401, then the address must wait...
  int unauthorized = 0;
  int limited = 0;
  for (int i = 0; i < 14; ++i) {
    auto r = client_->Get("/v1/themes", wrong);
    ASSERT_TRUE(r);
    unauthorized += r->status == 401 ? 1 : 0;
    if (r->status == 429) {
      ++limited;
      EXPECT_FALSE(r->get_header_value("Retry-After").empty());
    }
  }
  EXPECT_GE(unauthorized, 10);
  EXPECT_GE(limited, 2);
  // ...even with a right key, so that guesses cannot go faster; the server keeps serving.
  EXPECT_EQ(error(client_->Get("/v1/themes", right)), (E{429, "rate_limited"}));
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  // A second later the address has one attempt again.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  auto later = client_->Get("/v1/themes", right);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 200);
}

TEST_F(ServerTest, WithoutKeysOnlyLocalhost) {
  ServerOptions options;
  options.db_dir = db_;
  options.data_dir = testing::data_dir();
  options.host = "0.0.0.0";
  options.port = 0;
  auto s = Server::create(options);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ServerTest, ParallelClientsAllSucceed) {
  start();
  std::atomic<int> failures{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      for (int i = 0; i < 25; ++i) {
        auto r = (i + t) % 2 == 0
                     ? c.Get("/v1/search?q=palliatif")
                     : c.Post("/v1/match", R"({"text": "soins palliatifs à domicile"})",
                              "application/json");
        if (!r || r->status != 200) {
          ++failures;
        }
      }
    });
  }
  for (auto& c : clients) {
    c.join();
  }
  EXPECT_EQ(failures.load(), 0);
}

TEST_F(ServerTest, HotIndexSwapUnderLoadFailsNoRequest) {
  start();
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::atomic<int> requests{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&] {
      httplib::Client c("127.0.0.1", server_->port());
      c.set_keep_alive(true);
      while (!done) {
        auto r = c.Get("/v1/search?q=palliatif");
        ++requests;
        if (!r || r->status != 200) {
          ++failures;
        }
      }
    });
  }
  // Two rebuilds while the clients search: a new service appears.
  std::ofstream(corpus_ / "services.jsonl", std::ios::app)
      << R"({"id": "svc-nouveau", "name": {"fr": "Nouvelle équipe palliative"}, "description": {"fr": "Soins palliatifs à domicile, nouvelle équipe."}, "organization": "O", "themes": ["palliative"], "service_area": ["region"], "address": {"street": "Rue 1", "postcode": "1000", "commune": "Bruxelles"}, "lat": 50.85, "lon": 4.35, "languages": ["fr"], "contact": {"phone": "+32 2 000 00 01"}, "updated": "2025-01-01"})"
      << "\n";
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(indexer::build_index(corpus_, db_, *ref_, *analyzer_).ok());
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  }
  done = true;
  for (auto& c : clients) {
    c.join();
  }
  EXPECT_GT(requests.load(), 10);
  EXPECT_EQ(failures.load(), 0);
  auto doc = client_->Get("/v1/documents/svc-nouveau");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
}

std::vector<int> statuses(const std::string& answer);

TEST_F(ServerTest, OnlyAllowedOriginsAreToldSoAndEveryAnswerVariesByOrigin) {
  ServerOptions options;
  options.cors_origins = {"https://console.example.org"};
  start(options);
  auto allowed = client_->Get("/healthz", {{"Origin", "https://console.example.org"}});
  ASSERT_TRUE(allowed);
  EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"),
            "https://console.example.org");
  EXPECT_EQ(allowed->get_header_value("Vary"), "Origin");
  auto other = client_->Get("/healthz", {{"Origin", "https://evil.example.org"}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
  EXPECT_FALSE(other->has_header("Access-Control-Allow-Origin"));
  EXPECT_EQ(other->get_header_value("Vary"), "Origin");
  for (const char* path : {"/v1/search?q=aide", "/v1/nowhere", "/openapi.json"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->get_header_value("Vary"), "Origin") << path;
  }
  const std::string preflight = raw_exchange(
      server_->port(),
      "OPTIONS /v1/match HTTP/1.1\r\nHost: x\r\nOrigin: https://console.example.org\r\n"
      "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(statuses(preflight), std::vector<int>{204});
  EXPECT_NE(preflight.find("Access-Control-Allow-Methods: GET, POST, OPTIONS"), std::string::npos);
}

TEST_F(ServerTest, AfterASwitchEveryRequestSeesTheNewGeneration) {
  start();  // 4 engines
  std::ofstream(corpus_ / "services.jsonl", std::ios::app)
      << R"({"id": "svc-nouveau", "name": {"fr": "Nouvelle équipe palliative"}, "description": {"fr": "Soins palliatifs à domicile, nouvelle équipe."}, "organization": "O", "themes": ["palliative"], "service_area": ["region"], "address": {"street": "Rue 1", "postcode": "1000", "commune": "Bruxelles"}, "lat": 50.85, "lon": 4.35, "languages": ["fr"], "contact": {"phone": "+32 2 000 00 01"}, "updated": "2025-01-01"})"
      << "\n";
  // Four clients at once keep every engine busy; each request notes when it began and ended.
  using Clock = std::chrono::steady_clock;
  struct Seen {
    Clock::time_point begin, end;
    int status;
  };
  std::mutex mu;
  std::vector<Seen> seen;
  std::atomic<bool> done{false};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&] {
      httplib::Client c("127.0.0.1", server_->port());
      c.set_keep_alive(true);  // one connection each, as a chatbot's backend keeps
      while (!done) {
        const auto begin = Clock::now();
        auto r = c.Get("/v1/documents/svc-nouveau");
        const Seen one{begin, Clock::now(), r ? r->status : 0};
        std::lock_guard<std::mutex> lock(mu);
        seen.push_back(one);
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(indexer::build_index(corpus_, db_, *ref_, *analyzer_).ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  done = true;
  for (auto& c : clients) {
    c.join();
  }
  // Once one answer has shown the new service, no request begun after it misses it.
  Clock::time_point first = Clock::time_point::max();
  for (const Seen& s : seen) {
    if (s.status == 200) {
      first = std::min(first, s.end);
    }
  }
  ASSERT_NE(first, Clock::time_point::max()) << "the new generation was never served";
  int before = 0, missed = 0, after = 0;
  for (const Seen& s : seen) {
    before += s.end < first && s.status == 404;
    if (s.begin > first) {
      ++after;
      missed += s.status != 200;
    }
  }
  EXPECT_GT(before, 0);
  EXPECT_GT(after, 20);
  EXPECT_EQ(missed, 0);
}

// A socket connected to the server from the loopback address `source` (127.0.0.2 is another
// client than 127.0.0.1), with a receive timeout of `wait_ms`; -1 on failure.
int connect_from(const char* source, int port, int wait_ms) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{wait_ms / 1000, (wait_ms % 1000) * 1000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in from{};
  from.sin_family = AF_INET;
  inet_pton(AF_INET, source, &from.sin_addr);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<std::uint16_t>(port));
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0 ||
      ::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

void send_text(int fd, std::string_view text) {
  (void)::send(fd, text.data(), text.size(), MSG_NOSIGNAL);
}

// What has come on `fd` until it closed or was silent for its timeout.
std::string received(int fd) {
  std::string answer;
  char buf[4096];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) {
    answer.append(buf, static_cast<std::size_t>(n));
  }
  return answer;
}

// The status codes of the responses in `answer`, in order.
std::vector<int> statuses(const std::string& answer) {
  std::vector<int> found;
  for (std::size_t at = answer.find("HTTP/1.1 "); at != std::string::npos;
       at = answer.find("HTTP/1.1 ", at + 1)) {
    found.push_back(std::atoi(answer.c_str() + at + 9));
  }
  return found;
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInTurn) {
  start();
  const std::string answer =
      raw_exchange(server_->port(),
                   "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                   "GET /v1/documents/svc-nope HTTP/1.1\r\nHost: x\r\n\r\n"
                   "POST /v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: 34\r\n\r\n{\"text\": \"soins palliatifs Uccle\"}"
                   "GET /v1/themes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(statuses(answer), (std::vector<int>{200, 404, 200, 200})) << answer.substr(0, 300);
  EXPECT_NE(answer.find("\"referrals\""), std::string::npos);
  // The same bytes answered without a socket (the HTTP fuzzer's way in) give the same answers.
  EXPECT_EQ(statuses(server_->exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /v1/documents/svc-nope HTTP/1.1\r\n\r\n")),
            (std::vector<int>{200, 404}));
  EXPECT_EQ(statuses(server_->exchange("\x01\x02 garbage\r\n\r\n")), std::vector<int>{400});
  EXPECT_EQ(statuses(server_->exchange(
                "GET /healthz HTTP/1.1\r\nX-a: " + std::string(200 * 1024, 'a') + "\r\n\r\n")),
            std::vector<int>{413});
}

TEST_F(ServerTest, SlowClientsCannotHoldTheServer) {
  ServerOptions options;
  options.request_seconds = 1.0;
  options.connections_per_address = 8;
  start(options);
  // 40 clients from 127.0.0.2 that send a header line every 200 ms and never end their request.
  std::vector<int> slow;
  for (int i = 0; i < 40; ++i) {
    const int fd = connect_from("127.0.0.2", server_->port(), 3000);
    ASSERT_GE(fd, 0);
    send_text(fd, "GET /healthz HTTP/1.1\r\n");
    slow.push_back(fd);
  }
  std::atomic<bool> done{false};
  std::thread dribble([&] {
    while (!done) {
      for (int fd : slow) {
        send_text(fd, "X-a: b\r\n");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  });
  // Meanwhile another client is answered at once, throughout.
  int healthy = 0;
  for (int i = 0; i < 20; ++i) {
    const int fd = connect_from("127.0.0.1", server_->port(), 2000);
    ASSERT_GE(fd, 0);
    send_text(fd, "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
    healthy += statuses(received(fd)) == std::vector<int>{200};
    ::close(fd);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(healthy, 20);
  // Past 8 connections from one address: 429 at once; the 8 served get 408 when their second
  // is over, and are closed.
  std::map<int, int> answers;
  for (int fd : slow) {
    const auto got = statuses(received(fd));
    ++answers[got.size() == 1 ? got[0] : 0];
  }
  done = true;
  dribble.join();
  for (int fd : slow) {
    ::close(fd);
  }
  EXPECT_EQ(answers, (std::map<int, int>{{408, 8}, {429, 32}}));
}

}  // namespace
}  // namespace orienta::api
