// The HTTP API server: routes, roles, limits, errors, logs and metrics on cpp-httplib.
#include "orienta/server.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <fstream>
#include <httplib.h>
#include <malloc.h>
#include <map>
#include <mutex>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sstream>
#include <thread>

#include "orienta/analytics.h"
#include "orienta/api.h"
#include "orienta/matcher.h"

#include "keys.h"
#include "listener.h"
#include "worker.h"

namespace orienta::api {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxBody = 64 * 1024;
// A request's line, headers and body together.
constexpr std::size_t kMaxRequestBytes = kMaxBody + 64 * 1024;
constexpr double kFailedKeyBurst = 10.0;
constexpr int kDefaultSize = 10;
constexpr int kDefaultLimit = 10;
constexpr double kReopenEverySeconds = 1.0;
constexpr int kConnectionThreads = 256;
constexpr double kBucketsMs[] = {1, 2, 5, 10, 20, 50, 100, 250, 500, 1000};
const char* const kJson = "application/json; charset=utf-8";

// One worker's Xapian handles: a Searcher and the Matcher on it (neither is thread-safe).
// An engine works on a thread of its own (Worker): a request's connection thread lends it
// the work and waits.
struct Engine {
  std::unique_ptr<search::Searcher> searcher;
  std::unique_ptr<matcher::Matcher> matcher;
  std::unique_ptr<Worker> worker = std::make_unique<Worker>();  // last: ends first
};

// The generation every engine serves: the index's stub, read at most once a second by the
// first request that needs it. Every engine lent after a change is first brought to the new
// generation, so that once one request has seen it, every later request does.
class LiveGeneration {
 public:
  void watch(std::filesystem::path db_dir, std::string generation) {
    db_dir_ = std::move(db_dir);
    live_ = std::move(generation);
  }
  std::string current() {
    std::lock_guard<std::mutex> lock(mu_);
    const auto now = Clock::now();
    if (std::chrono::duration<double>(now - read_).count() >= kReopenEverySeconds) {
      read_ = now;
      std::string stub = search::Searcher::live_generation(db_dir_);
      if (!stub.empty()) {
        live_ = std::move(stub);
      }
    }
    return live_;
  }

 private:
  std::mutex mu_;
  std::filesystem::path db_dir_;
  std::string live_;
  Clock::time_point read_ = Clock::now();
};

// A fixed set of engines lent to requests one at a time, first come first served: a request
// that waits gets the next engine given back before any request that came after it, so that
// no request starves while others are served (the tail latency under load).
class EnginePool {
 public:
  void add(std::unique_ptr<Engine> e) { free_.push_back(std::move(e)); }
  std::unique_ptr<Engine> take() {
    std::unique_lock<std::mutex> lock(mu_);
    if (!free_.empty() && waiting_.empty()) {
      auto e = std::move(free_.back());
      free_.pop_back();
      return e;
    }
    Waiter me;
    waiting_.push_back(&me);
    me.cv.wait(lock, [&] { return me.engine != nullptr; });
    return std::move(me.engine);
  }
  void give(std::unique_ptr<Engine> e) {
    std::lock_guard<std::mutex> lock(mu_);
    if (waiting_.empty()) {
      free_.push_back(std::move(e));
      return;
    }
    Waiter* next = waiting_.front();
    waiting_.pop_front();
    next->engine = std::move(e);
    next->cv.notify_one();
  }

 private:
  struct Waiter {
    std::condition_variable cv;
    std::unique_ptr<Engine> engine;
  };
  std::mutex mu_;
  std::vector<std::unique_ptr<Engine>> free_;
  std::deque<Waiter*> waiting_;
};

// Requests by route and status, and latency histograms, in Prometheus text format.
class Metrics {
 public:
  void record(const std::string& route, int status, double ms) {
    std::lock_guard<std::mutex> lock(mu_);
    ++requests_[{route, status}];
    Histogram& h = latency_[route];
    for (std::size_t i = 0; i < std::size(kBucketsMs); ++i) {
      if (ms <= kBucketsMs[i]) {
        ++h.buckets[i];
      }
    }
    ++h.count;
    h.sum += ms / 1000.0;
  }
  std::string text(int documents, const std::string& built_at) const {
    std::lock_guard<std::mutex> lock(mu_);
    std::ostringstream out;
    out << "# HELP orienta_requests_total HTTP requests by route and status.\n"
        << "# TYPE orienta_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
      out << "orienta_requests_total{route=\"" << key.first << "\",status=\"" << key.second
          << "\"} " << n << "\n";
    }
    out << "# HELP orienta_request_duration_seconds Request latency.\n"
        << "# TYPE orienta_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
      for (std::size_t i = 0; i < std::size(kBucketsMs); ++i) {
        out << "orienta_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
            << kBucketsMs[i] / 1000.0 << "\"} " << h.buckets[i] << "\n";
      }
      out << "orienta_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
          << h.count << "\n"
          << "orienta_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n"
          << "orienta_request_duration_seconds_count{route=\"" << route << "\"} " << h.count
          << "\n";
    }
    out << "# HELP orienta_index_documents Documents in the served index.\n"
        << "# TYPE orienta_index_documents gauge\n"
        << "orienta_index_documents " << documents << "\n";
    std::tm tm{};
    if (strptime(built_at.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm) != nullptr) {
      const double age = std::difftime(std::time(nullptr), timegm(&tm));
      out << "# HELP orienta_index_age_seconds Seconds since the served index was built.\n"
          << "# TYPE orienta_index_age_seconds gauge\n"
          << "orienta_index_age_seconds " << age << "\n";
    }
    return out.str();
  }

 private:
  struct Histogram {
    long buckets[std::size(kBucketsMs)] = {};
    long count = 0;
    double sum = 0.0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, long> requests_;
  std::map<std::string, Histogram> latency_;
};

int http_status(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kUnavailable:
      return 503;
    case StatusCode::kOk:
    case StatusCode::kInternal:
      break;
  }
  return 500;
}

void send_error(httplib::Response& res, int status, const std::string& code,
                const std::string& message) {
  res.status = status;
  res.set_content(error_json(code, message), kJson);
}

void send_status(httplib::Response& res, const Status& s) {
  send_error(res, http_status(s.code()), error_code(s.code()), s.message());
}

// The route a request matched, for logs and metrics (ids are not labels).
std::string route_of(const httplib::Request& req) {
  if (req.path.rfind("/v1/documents/", 0) == 0) {
    return "/v1/documents/{id}";
  }
  if (req.path.rfind("/assets/", 0) == 0) {
    return "/assets";
  }
  static const char* const kRoutes[] = {"/v1/search",       "/v1/match", "/v1/themes",
                                        "/v1/themes/stats", "/healthz",  "/metrics",
                                        "/openapi.json",    "/",         "/analytics"};
  for (const char* r : kRoutes) {
    if (req.path == r) {
      return r;
    }
  }
  return "other";
}

// cpp-httplib's request parsing and routing, fed by our connections (listener.h) rather than
// by its own sockets.
class Handlers : public httplib::Server {
 public:
  bool serve(httplib::Stream& stream, bool last, bool& closed) {
    return process_request(stream, last, closed, [](httplib::Request&) {});
  }
};

thread_local Clock::time_point request_start;
thread_local bool unreadable = false;  // the request being answered could not be read
thread_local std::string request_key = "-";

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<corpus::ReferenceData> ref;
  std::unique_ptr<indexer::Analyzer> analyzer;
  std::unique_ptr<indexer::Scrubber> scrubber;  // for the logged situation texts
  std::optional<KeyStore> keys;
  std::unique_ptr<RateLimiter> limiter;
  // Failed key attempts per client address: a burst of kFailedKeyBurst, then one a second.
  std::unique_ptr<RateLimiter> failures;
  EnginePool pool;
  LiveGeneration live;
  std::mutex analytics_mu;  // an Analytics is not thread-safe; statistics are rare requests
  std::unique_ptr<analytics::Analytics> analytics;  // opened by the first statistics request
  std::filesystem::path web_dir;                    // empty: no pages
  Metrics metrics;
  std::string openapi;
  Handlers http;
  RequestHandler handler = [this](httplib::Stream& stream, bool last, bool& closed) {
    unreadable = false;
    const bool went_on = http.serve(stream, last, closed);
    // After a request that could not be read, where the next one starts is unknown.
    closed = closed || unreadable;
    return went_on;
  };
  std::unique_ptr<Listener> listener;
  std::thread thread;
  int port = 0;
  std::vector<std::string> notices;

  // glibc's heap back to the system; not under AddressSanitizer, whose allocator replaces
  // glibc's (malloc_trim then walks arenas glibc never set up, and crashes).
  static void trim_heap() {
#if defined(__SANITIZE_ADDRESS__)
    return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return;
#else
    malloc_trim(0);
#endif
#else
    malloc_trim(0);
#endif
  }

  // Runs `f` with an engine of the pool, brought to the live generation first, on the
  // engine's thread.
  template <typename F>
  void with_engine(F f) {
    std::unique_ptr<Engine> e = pool.take();
    const std::string generation = live.current();
    try {
      e->worker->run([&] {
        // On failure the engine keeps the generation it has.
        if (auto switched = e->searcher->reopen(generation); switched.ok() && *switched) {
          trim_heap();  // what the old generation's tables held goes back to the system
        }
        f(*e);
      });
    } catch (...) {
      pool.give(std::move(e));
      throw;
    }
    pool.give(std::move(e));
  }

  // The key's entry, or nullopt after answering 401, or 429 while the client's address has
  // spent its attempts with unknown keys (then even a right key waits: guesses cannot go
  // faster).
  // Needs keys.
  std::optional<KeyEntry> known_key(const httplib::Request& req, httplib::Response& res) const {
    double retry = 0.0;
    if (failures->exhausted(req.remote_addr, retry)) {
      const std::string seconds = std::to_string(static_cast<int>(std::ceil(retry)));
      res.set_header("Retry-After", seconds);
      send_error(res, 429, "rate_limited",
                 "too many requests with an unknown API key from this address; retry "
                 "in " +
                     seconds + " s");
      return std::nullopt;
    }
    std::string key = req.get_header_value("X-API-Key");
    const std::string auth = req.get_header_value("Authorization");
    if (key.empty() && auth.rfind("Bearer ", 0) == 0) {
      key = auth.substr(7);
    }
    // No key is no guess: not counted, or a console without its key would lock out its office.
    if (key.empty()) {
      send_error(
          res, 401, "unauthorized",
          "an API key is required: send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
      return std::nullopt;
    }
    auto entry = keys->find(key);
    if (!entry) {
      failures->allow(req.remote_addr, retry);
      send_error(res, 401, "unauthorized", "this API key is not known");
    }
    return entry;
  }

  // The caller's role, or false after answering 401/403/429.
  bool authorize(const httplib::Request& req, httplib::Response& res, Role& role) {
    request_key = "-";
    role = Role::kResponder;
    if (!keys) {
      return true;
    }
    const auto entry = known_key(req, res);
    if (!entry) {
      return false;
    }
    request_key = entry->id;
    double retry = 0.0;
    if (!limiter->allow(entry->id, retry)) {
      res.set_header("Retry-After", std::to_string(static_cast<int>(std::ceil(retry))));
      send_error(res, 429, "rate_limited",
                 "too many requests for this key; retry in " +
                     std::to_string(static_cast<int>(std::ceil(retry))) + " s");
      return false;
    }
    role = entry->role;
    return true;
  }

  void forbid(httplib::Response& res, Role role, const std::string& what) {
    send_error(res, 403, "forbidden",
               std::string("the ") + role_name(role) + " role cannot " + what);
  }

  void handle_search(const httplib::Request& req, httplib::Response& res);
  void handle_match(const httplib::Request& req, httplib::Response& res);
  void handle_document(const httplib::Request& req, httplib::Response& res);
  void handle_themes(httplib::Response& res);
  void handle_stats(const httplib::Request& req, httplib::Response& res);
  void install_pages();
  void install_routes();
};

void Server::Impl::handle_search(const httplib::Request& req, httplib::Response& res) {
  Role role;
  if (!authorize(req, res, role)) {
    return;
  }
  search::Query q;
  auto all = [&](const char* key) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < req.get_param_value_count(key); ++i) {
      out.push_back(req.get_param_value(key, i));
    }
    return out;
  };
  for (const auto& param : req.params) {
    const std::string& key = param.first;  // a lambda may not capture a structured binding (C++17)
    static const char* const kKnown[] = {"q",       "kind",   "theme", "bassin", "lang",
                                         "commune", "spoken", "page",  "size"};
    if (std::find_if(std::begin(kKnown), std::end(kKnown),
                     [&](const char* k) { return key == k; }) == std::end(kKnown)) {
      send_error(res, 400, "bad_request", "unknown parameter \"" + key + "\"");
      return;
    }
  }
  q.text = req.get_param_value("q");
  q.kinds = all("kind");
  q.themes = all("theme");
  q.bassins = all("bassin");
  q.langs = all("lang");
  q.communes = all("commune");
  q.spoken = all("spoken");
  for (auto [key, target, fallback] :
       {std::tuple{"page", &q.page, 1}, std::tuple{"size", &q.size, kDefaultSize}}) {
    if (!req.has_param(key)) {
      *target = fallback;
      continue;
    }
    const std::string v = req.get_param_value(key);
    try {
      std::size_t used = 0;
      *target = std::stoi(v, &used);
      if (used != v.size()) {
        throw std::invalid_argument(v);
      }
    } catch (const std::exception&) {
      send_error(res, 400, "bad_request",
                 std::string(key) + " must be a whole number, got \"" + v + "\"");
      return;
    }
  }
  if (role == Role::kChatbot) {
    if (std::find(q.kinds.begin(), q.kinds.end(), "answer") != q.kinds.end()) {
      forbid(res, role, "read past helpdesk answers");
      return;
    }
    q.allowed_kinds = {"service", "dossier"};  // not even counted in the facets
  }
  with_engine([&](Engine& e) {
    auto r = e.searcher->search(q);
    if (!r.ok()) {
      send_status(res, r.status());
      return;
    }
    res.set_content(search_json(*r), kJson);
  });
}

// The patient facts of a match request: {"age": 0..119 | null, "sex": "f" | "m" | null,
// "pregnant", "victim_of_violence", "author_of_violence", "no_insurance",
// "no_legal_residence", "homeless": booleans, "groups": audience and condition codes of
// `ref`}; absent members are unknown.
Result<matcher::PatientFacts> read_patient(const rapidjson::Value& v,
                                           const corpus::ReferenceData& ref) {
  if (!v.IsObject()) {
    return Status::invalid_argument("\"patient\" must be an object");
  }
  matcher::PatientFacts p;
  for (const auto& m : v.GetObject()) {
    const std::string key(m.name.GetString(), m.name.GetStringLength());
    const auto& x = m.value;
    if (key == "age") {
      if (!x.IsNull() && (!x.IsInt() || x.GetInt() < 0 || x.GetInt() > 119)) {
        return Status::invalid_argument("\"patient.age\" must be a whole number from 0 to 119");
      }
      if (x.IsInt()) {
        p.age = x.GetInt();
      }
    } else if (key == "sex") {
      const bool known = x.IsString() && (std::string_view(x.GetString()) == "f" ||
                                          std::string_view(x.GetString()) == "m");
      if (!x.IsNull() && !known) {
        return Status::invalid_argument("\"patient.sex\" must be \"f\", \"m\" or null");
      }
      p.sex = known ? x.GetString() : "";
    } else if (key == "groups") {
      if (!x.IsArray() || x.Size() > 64) {
        return Status::invalid_argument("\"patient.groups\" must be an array of at most 64 codes");
      }
      for (const auto& g : x.GetArray()) {
        const std::string code =
            g.IsString() ? std::string(g.GetString(), g.GetStringLength()) : "";
        if (ref.audience(code) == nullptr && ref.condition(code) == nullptr) {
          return Status::invalid_argument(
              "\"patient.groups\" takes audience and condition codes (data/audiences.tsv, "
              "data/conditions.tsv), got " +
              (g.IsString() ? "\"" + code.substr(0, 64) + "\"" : std::string("a non-string")));
        }
        if (std::find(p.groups.begin(), p.groups.end(), code) == p.groups.end()) {
          p.groups.push_back(code);
        }
      }
      std::sort(p.groups.begin(), p.groups.end());
    } else {
      bool* flag = key == "pregnant"             ? &p.pregnant
                   : key == "victim_of_violence" ? &p.victim_of_violence
                   : key == "author_of_violence" ? &p.author_of_violence
                   : key == "no_insurance"       ? &p.no_insurance
                   : key == "no_legal_residence" ? &p.no_legal_residence
                   : key == "homeless"           ? &p.homeless
                                                 : nullptr;
      if (flag == nullptr) {
        return Status::invalid_argument("unknown member \"patient." + key + "\"");
      }
      if (!x.IsBool()) {
        return Status::invalid_argument("\"patient." + key + "\" must be true or false");
      }
      *flag = x.GetBool();
    }
  }
  return p;
}

void Server::Impl::handle_match(const httplib::Request& req, httplib::Response& res) {
  Role role;
  if (!authorize(req, res, role)) {
    return;
  }
  if (role == Role::kAnalyst) {
    forbid(res, role, "match situations");
    return;
  }
  rapidjson::Document body;
  // Iterative: 65,000 "[" would overflow a connection thread's stack in a recursive parser.
  body.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
      req.body.data(), req.body.size());
  if (body.HasParseError()) {
    send_error(res, 400, "bad_request",
               std::string("the body is not valid JSON: ") +
                   rapidjson::GetParseError_En(body.GetParseError()) + " (at byte " +
                   std::to_string(body.GetErrorOffset() + 1) + ")");
    return;
  }
  if (!body.IsObject()) {
    send_error(res, 400, "bad_request", "the body must be a JSON object with \"text\"");
    return;
  }
  if (!body.HasMember("text")) {
    send_error(res, 400, "bad_request", "the body has no \"text\"");
    return;
  }
  if (!body["text"].IsString()) {
    send_error(res, 400, "bad_request", "\"text\" must be a string");
    return;
  }
  const std::string text(body["text"].GetString(), body["text"].GetStringLength());
  matcher::Location where;
  if (body.HasMember("location") && !body["location"].IsNull()) {
    const auto& loc = body["location"];
    if (!loc.IsObject()) {
      send_error(res, 400, "bad_request", "\"location\" must be an object");
      return;
    }
    for (auto [key, target] :
         {std::pair{"postcode", &where.postcode}, std::pair{"commune", &where.commune},
          std::pair{"bassin", &where.bassin}}) {
      if (loc.HasMember(key)) {
        if (!loc[key].IsString()) {
          send_error(res, 400, "bad_request",
                     std::string("\"location.") + key + "\" must be a string");
          return;
        }
        *target = loc[key].GetString();
      }
    }
  }
  int limit = kDefaultLimit;
  if (body.HasMember("limit")) {
    if (!body["limit"].IsInt()) {
      send_error(res, 400, "bad_request", "\"limit\" must be a whole number");
      return;
    }
    limit = body["limit"].GetInt();
  }
  std::vector<std::string> needs;
  if (body.HasMember("needs") && !body["needs"].IsNull()) {
    const auto& list = body["needs"];
    if (!list.IsArray() ||
        std::any_of(list.Begin(), list.End(), [](const auto& v) { return !v.IsString(); })) {
      send_error(res, 400, "bad_request", "\"needs\" must be a list of theme codes");
      return;
    }
    for (const auto& v : list.GetArray()) {
      needs.emplace_back(v.GetString(), v.GetStringLength());
    }
  }
  matcher::MatchOptions asked;
  asked.needs = std::move(needs);
  asked.as_of = corpus::today_utc();
  if (body.HasMember("patient") && !body["patient"].IsNull()) {
    auto patient = read_patient(body["patient"], *ref);
    if (!patient.ok()) {
      send_error(res, 400, "bad_request", patient.status().message());
      return;
    }
    asked.patient = std::move(*patient);
  }
  with_engine([&](Engine& e) {
    auto r = e.matcher->match(text, where, limit, asked);
    if (!r.ok()) {
      send_status(res, r.status());
      return;
    }
    if (role == Role::kChatbot) {
      r->related_answers.clear();  // chatbots never see past answers
    }
    res.set_content(match_json(*r, text), kJson);
  });
}

void Server::Impl::handle_document(const httplib::Request& req, httplib::Response& res) {
  Role role;
  if (!authorize(req, res, role)) {
    return;
  }
  const std::string id = req.matches[1];
  if (role == Role::kChatbot && id.rfind("ans-", 0) == 0) {
    forbid(res, role, "read past helpdesk answers");
    return;
  }
  with_engine([&](Engine& e) {
    auto doc = e.searcher->document(id);
    if (!doc.ok()) {
      send_status(res, doc.status());
      return;
    }
    res.set_content(*doc, kJson);
  });
}

void Server::Impl::handle_themes(httplib::Response& res) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("themes");
  w.StartArray();
  for (const auto& t : ref->themes.all()) {
    w.StartObject();
    w.Key("code");
    w.String(t.code);
    w.Key("label_fr");
    w.String(t.label_fr);
    w.Key("label_nl");
    w.String(t.label_nl);
    w.Key("label_en");
    w.String(t.label_en);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  res.set_content(buf.GetString(), kJson);
}

void Server::Impl::handle_stats(const httplib::Request& req, httplib::Response& res) {
  Role role;
  if (!authorize(req, res, role)) {
    return;
  }
  if (role == Role::kChatbot) {
    forbid(res, role, "read statistics of past helpdesk answers");
    return;
  }
  StatsRequest stats;
  for (const auto& [key, value] : req.params) {
    if (key == "report") {
      stats.report = value;
    } else if (key == "by") {
      stats.by.push_back(value);
    } else if (key == "from") {
      stats.filter.from = value;
    } else if (key == "to") {
      stats.filter.to = value;
    } else if (key == "theme") {
      stats.filter.themes.push_back(value);
    } else if (key == "bassin") {
      stats.filter.bassins.push_back(value);
    } else if (key == "recent") {
      const bool digits =
          !value.empty() && value.size() <= 3 &&
          std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
      stats.recent = digits ? std::stoi(value) : -1;
      if (stats.recent < 1) {
        send_error(res, 400, "bad_request",
                   "recent must be a number of months in 1..120, got \"" + value + "\"");
        return;
      }
    } else if (key == "format") {
      if (value != "json" && value != "csv") {
        send_error(res, 400, "bad_request", "format must be json or csv, got \"" + value + "\"");
        return;
      }
      stats.csv = value == "csv";
    } else {
      send_error(res, 400, "bad_request", "unknown parameter \"" + key + "\"");
      return;
    }
  }
  Result<std::string> body = Status::unavailable("no analytics");
  {
    std::lock_guard<std::mutex> lock(analytics_mu);
    if (!analytics) {  // read on first use: most servers never answer a statistics request
      auto opened = analytics::Analytics::open(options.db_dir, *analyzer, *ref);
      if (!opened.ok()) {
        send_status(res, opened.status());
        return;
      }
      analytics = std::move(opened).value();
    } else {
      (void)analytics->reopen();  // on failure it keeps the answers it has
    }
    body = stats_body(*analytics, stats);
  }
  if (!body.ok()) {
    send_status(res, body.status());
    return;
  }
  res.set_content(*body, stats.csv ? "text/csv; charset=utf-8" : kJson);
}

// The responder console (/) and the analyst dashboard (/analytics), and their assets, read
// from disk at each request. They call the same API with the same keys and limits.
void Server::Impl::install_pages() {
  if (web_dir.empty()) {
    return;
  }
  const httplib::Headers headers = {
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"}};
  const auto page = [this, headers](const char* file) {
    return [this, headers, file](const httplib::Request&, httplib::Response& res) {
      std::ifstream in(web_dir / file, std::ios::binary);
      if (!in) {
        send_error(res, 404, "not_found", std::string("the page ") + file + " is not installed");
        return;
      }
      const std::string html((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
      for (const auto& [name, value] : headers) {
        res.set_header(name, value);
      }
      res.set_header("Cache-Control", "no-cache");
      res.set_content(html, "text/html; charset=utf-8");
    };
  };
  http.Get("/", page("index.html"));
  http.Get("/analytics", page("analytics.html"));
  http.set_mount_point("/assets", (web_dir / "assets").string(), headers);
  http.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
  http.set_file_request_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.status = 200;  // httplib says 206 when a Range was asked; ranges are ignored (whole files)
  });
}

void Server::Impl::install_routes() {
  http.set_payload_max_length(kMaxBody);
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    request_start = Clock::now();
    request_key = "-";
    // Before any body is read (httplib reads it after this handler): a body must come plain,
    // with its length, from a known key. A compressed body would be inflated whole and a
    // chunked one read whole, past the limit, before the limit is checked.
    const std::string encoding = req.get_header_value("Content-Encoding");
    if (!encoding.empty() && encoding != "identity") {
      send_error(res, 415, "unsupported_media_type",
                 "request bodies are read uncompressed only (Content-Encoding: " +
                     encoding.substr(0, 40) + ")");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.has_header("Transfer-Encoding")) {
      send_error(res, 411, "length_required",
                 "a request body needs a Content-Length (of at most " + std::to_string(kMaxBody) +
                     " bytes), not Transfer-Encoding");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (keys && req.method == "POST" && !known_key(req, res)) {
      return httplib::Server::HandlerResponse::Handled;
    }
    // Range requests are ignored: every answer is whole (RFC 9110 lets a server ignore
    // Range), so that overlapping ranges cannot multiply a response. httplib parsed them into
    // the request it owns, which is not const.
    const_cast<httplib::Request&>(req).ranges.clear();
    // Every answer may differ by Origin (allowed or not): caches must keep them apart.
    res.set_header("Vary", "Origin");
    const std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && std::find(options.cors_origins.begin(), options.cors_origins.end(),
                                     origin) != options.cors_origins.end()) {
      res.set_header("Access-Control-Allow-Origin", origin);
      if (req.method == "OPTIONS") {
        res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-API-Key");
        res.status = 204;
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.Get("/v1/search", [this](const httplib::Request& req, httplib::Response& res) {
    handle_search(req, res);
  });
  http.Post("/v1/match", [this](const httplib::Request& req, httplib::Response& res) {
    handle_match(req, res);
  });
  http.Get(R"(/v1/documents/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    handle_document(req, res);
  });
  http.Get("/v1/themes", [this](const httplib::Request& req, httplib::Response& res) {
    Role role;
    if (authorize(req, res, role)) {
      handle_themes(res);
    }
  });
  http.Get("/v1/themes/stats",
           [this](const httplib::Request& req, httplib::Response& res) { handle_stats(req, res); });
  install_pages();
  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    with_engine([&](Engine& e) {
      res.set_content("{\"status\":\"ok\",\"documents\":" +
                          std::to_string(e.searcher->document_count()) + ",\"analysis\":\"" +
                          (e.searcher->analysis_current() ? "current" : "outdated") + "\"}",
                      kJson);
    });
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    int documents = 0;
    std::string built_at;
    with_engine([&](Engine& e) {
      documents = e.searcher->document_count();
      built_at = e.searcher->built_at();
    });
    res.set_content(metrics.text(documents, built_at), "text/plain; version=0.0.4");
  });
  http.Get("/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(openapi, kJson);
  });
  // A known path with another method is 405, not 404.
  const auto not_allowed = [](const char* allowed) {
    return [allowed](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", allowed);
      send_error(res, 405, "method_not_allowed",
                 req.method + " is not allowed on " + req.path + "; use " + allowed);
    };
  };
  for (const char* path :
       {"/v1/search", R"(/v1/documents/([^/]+))", "/v1/themes", "/v1/themes/stats", "/healthz",
        "/metrics", "/openapi.json", "/", "/analytics"}) {
    http.Post(path, not_allowed("GET"));
    http.Put(path, not_allowed("GET"));
    http.Delete(path, not_allowed("GET"));
    http.Patch(path, not_allowed("GET"));
  }
  http.Get("/v1/match", not_allowed("POST"));
  http.Put("/v1/match", not_allowed("POST"));
  http.Delete("/v1/match", not_allowed("POST"));
  http.Patch("/v1/match", not_allowed("POST"));

  // Errors httplib raises itself (unknown route, body too large, bad request) get our shape.
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) {
      return;
    }
    const Overrun overrun = current_overrun();
    unreadable = overrun != Overrun::kNone;
    if (overrun == Overrun::kTime) {
      send_error(res, 408, "request_timeout",
                 "the request did not arrive whole within " +
                     std::to_string(static_cast<int>(options.request_seconds)) + " s");
    } else if (overrun == Overrun::kBytes) {
      send_error(res, 413, "payload_too_large",
                 "the request is over the limit of " + std::to_string(kMaxRequestBytes) +
                     " bytes with its headers");
    } else if (res.status == 404) {
      send_error(res, 404, "not_found",
                 "no route " + req.method + " " + req.path + " (see /openapi.json)");
    } else if (res.status == 413) {
      send_error(res, 413, "payload_too_large",
                 "the request body is over the limit of " + std::to_string(kMaxBody) + " bytes");
    } else if (res.status >= 400 && res.status < 500) {
      send_error(res, res.status, "bad_request", "the request could not be read");
      unreadable = true;
    } else {
      send_error(res, res.status, "internal", "internal error");
    }
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unexpected error";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        send_error(res, 500, "internal", "internal error: " + what);
      });
  // Metrics are counted before the response is written (cpp-httplib calls the post-routing
  // handler then, and the logger only after): a client that has its response sees it in
  // /metrics. The log line, after, also has the time to write the response.
  http.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    metrics.record(route_of(req), res.status,
                   std::chrono::duration<double, std::milli>(Clock::now() - request_start).count());
  });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    if (!options.log) {
      return;
    }
    const double ms =
        std::chrono::duration<double, std::milli>(Clock::now() - request_start).count();
    const std::string route = route_of(req);
    char when[32];
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("time");
    w.String(when);
    w.Key("method");
    w.String(req.method);
    w.Key("route");
    w.String(route);
    w.Key("status");
    w.Int(res.status);
    w.Key("duration_ms");
    w.Double(std::round(ms * 100.0) / 100.0);
    w.Key("key");
    w.String(request_key);
    if (scrubber && route == "/v1/match") {
      w.Key("body");
      w.String(scrubber->scrub(req.body));
    }
    w.EndObject();
    options.log(buf.GetString());
  });
}

Server::Server() : impl_(std::make_unique<Impl>()) {}
Server::~Server() { stop(); }

Result<std::unique_ptr<Server>> Server::create(const ServerOptions& options) {
  std::unique_ptr<Server> s(new Server());
  Impl& im = *s->impl_;
  im.options = options;
  const std::filesystem::path data =
      options.data_dir.empty() ? corpus::default_data_dir() : options.data_dir;
  if (options.keys_file.empty()) {
    if (options.host != "127.0.0.1" && options.host != "localhost") {
      return Status::invalid_argument(
          "without a key file the server only listens on 127.0.0.1 (got --host " + options.host +
          "); give --keys FILE to serve other hosts");
    }
    im.notices.push_back(
        "no key file: serving 127.0.0.1 only, every request with the responder role");
  } else {
    auto keys = KeyStore::load(options.keys_file);
    if (!keys.ok()) {
      return keys.status();
    }
    im.keys = std::move(keys).value();
    im.limiter = std::make_unique<RateLimiter>(options.rate_per_second, options.rate_burst);
    im.failures = std::make_unique<RateLimiter>(1.0, kFailedKeyBurst);
  }
  auto ref = corpus::ReferenceData::load(data);
  if (!ref.ok()) {
    return ref.status();
  }
  im.ref = std::make_unique<corpus::ReferenceData>(std::move(ref).value());
  if (options.log_text) {
    im.scrubber = std::make_unique<indexer::Scrubber>(*im.ref);
  }
  auto analyzer = indexer::Analyzer::load(data);
  if (!analyzer.ok()) {
    return analyzer.status();
  }
  im.analyzer = std::move(analyzer).value();
  std::ifstream openapi(data / "openapi.json");
  im.openapi.assign(std::istreambuf_iterator<char>(openapi), std::istreambuf_iterator<char>());
  im.web_dir = options.web_dir.empty() ? std::filesystem::path(ORIENTA_WEB_DIR) : options.web_dir;
  if (!std::filesystem::is_regular_file(im.web_dir / "index.html")) {
    im.notices.push_back("no web pages in " + im.web_dir.string() + ": serving the API only");
    im.web_dir.clear();
  }
  const int threads = options.threads > 0
                          ? options.threads
                          : std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  for (int i = 0; i < threads; ++i) {
    auto e = std::make_unique<Engine>();
    auto searcher = search::Searcher::open(options.db_dir, *im.analyzer, *im.ref);
    if (!searcher.ok()) {
      return searcher.status();
    }
    e->searcher = std::move(searcher).value();
    if (i == 0) {
      im.live.watch(options.db_dir, e->searcher->generation());
    }
    if (i == 0 && !e->searcher->analysis_current()) {
      im.notices.push_back("the index was built with another lexicon or stop-word list than " +
                           data.string() +
                           " holds: run 'orienta index' again, then restart the server");
    }
    auto m = matcher::Matcher::create(*e->searcher, *im.analyzer, *im.ref, data);
    if (!m.ok()) {
      return m.status();
    }
    e->matcher = std::move(m).value();
    im.pool.add(std::move(e));
  }
  im.install_routes();
  // A worker per open connection: many more connection threads than engines, so that
  // keep-alive clients never wait for a connection slot, only for an engine.
  ListenerOptions listen;
  listen.host = options.host;
  listen.port = options.port;
  listen.threads = static_cast<std::size_t>(std::max(kConnectionThreads, threads));
  listen.per_address = static_cast<std::size_t>(std::max(1, options.connections_per_address));
  listen.limits.request_seconds = options.request_seconds;
  listen.limits.request_bytes = kMaxRequestBytes;
  auto listener = Listener::bind(listen);
  if (!listener.ok()) {
    return listener.status();
  }
  im.listener = std::move(listener).value();
  // What httplib says of the connection (Keep-Alive: timeout=5, max=1000).
  im.http.set_keep_alive_max_count(listen.limits.requests_per_connection);
  im.http.set_keep_alive_timeout(static_cast<time_t>(listen.limits.idle_seconds));
  im.port = im.listener->port();
  return s;
}

void Server::start() {
  impl_->thread = std::thread([this] { impl_->listener->run(impl_->handler); });
  while (!impl_->listener->running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

void Server::run() { impl_->listener->run(impl_->handler); }

void Server::stop() {
  if (impl_ == nullptr || impl_->listener == nullptr) {
    return;
  }
  impl_->listener->stop();
  if (impl_->thread.joinable()) {
    impl_->thread.join();
  }
}

std::string Server::exchange(std::string_view bytes) {
  ConnectionLimits limits;
  limits.request_bytes = kMaxRequestBytes;
  return exchange_in_memory(bytes, impl_->handler, limits);
}

int Server::port() const { return impl_->port; }
const std::vector<std::string>& Server::notices() const { return impl_->notices; }

}  // namespace orienta::api
