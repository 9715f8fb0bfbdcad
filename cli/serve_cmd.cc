// orienta serve: the HTTP API; orienta keys: creates API keys for it.
#include <csignal>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <mutex>
#include <thread>

#include "orienta/server.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kServeHelp =
    "usage: orienta serve --db DIR [--host 127.0.0.1] [--port 8080] [--keys FILE]\n"
    "                     [--threads N] [--connections-per-address N] [--cors ORIGIN]...\n"
    "                     [--log-text] [--data DIR] [--web DIR]\n"
    "\n"
    "Serves the HTTP API (docs/api.md, GET /openapi.json) on the index in DIR. A new index\n"
    "written by 'orienta index' is picked up without a restart. Logs one JSON line per request\n"
    "on stderr (never the situation text; --log-text adds it, scrubbed). Also serves the\n"
    "responder console on / and the analyst dashboard on /analytics.\n"
    "\n"
    "  --keys FILE    API keys with their roles (orienta keys); without it, 127.0.0.1 only\n"
    "  --cors ORIGIN  a browser origin allowed to call the API (repeatable)\n"
    "  --threads N    worker threads (default: 2 per core, at least 4)\n"
    "  --connections-per-address N\n"
    "                 open connections per client address, past which a new one gets 429\n"
    "                 (default 64; behind a reverse proxy every client has its address)\n"
    "  --web DIR      the web pages (default: the repository's web/)\n";

constexpr const char* kKeysHelp =
    "usage: orienta keys --file FILE --id KEY_ID --role responder|chatbot|analyst\n"
    "\n"
    "Creates an API key, appends its id, role and SHA-256 hash to FILE, and prints the key\n"
    "once: only its hash is stored.\n";

orienta::api::Server* running = nullptr;

extern "C" void on_signal(int) {
  if (running != nullptr) {
    running->stop();
  }
}

}  // namespace

int run_serve(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv,
                                {{"--db", "--host", "--port", "--keys", "--threads",
                                  "--connections-per-address", "--cors", "--data", "--web"},
                                 {"--cors"},
                                 {"--help", "--log-text"}},
                                kServeHelp, {"--db"}, args)) {
    return *exit;
  }
  api::ServerOptions options;
  options.db_dir = args.get("--db");
  options.data_dir = args.get("--data");
  options.web_dir = args.get("--web");
  options.host = args.get("--host", "127.0.0.1");
  auto port = parse_int("--port", args.get("--port", "8080"), 0, 65535);
  auto threads = parse_int("--threads", args.get("--threads", "0"), 0, 256);
  auto per_address =
      parse_int("--connections-per-address", args.get("--connections-per-address", "64"), 1, 65535);
  for (const auto* parsed : {&port, &threads, &per_address}) {
    if (!parsed->ok()) {
      print_error(parsed->status().message());
      return kExitUsage;
    }
  }
  options.connections_per_address = *per_address;
  options.port = *port;
  options.threads = *threads;
  options.keys_file = args.get("--keys");
  options.cors_origins = args.all("--cors");
  options.log_text = args.has("--log-text");
  static std::mutex log_mu;
  options.log = [](const std::string& line) {
    std::lock_guard<std::mutex> lock(log_mu);
    std::fprintf(stderr, "%s\n", line.c_str());
  };
  // glibc gives threads up to 8 malloc arenas per core, and the server has hundreds of
  // connection threads: memory freed in one arena stays there, and the resident size kept
  // rising with each index switch. Two arenas per core keep it flat (docs/performance.md).
  mallopt(M_ARENA_MAX, 2 * static_cast<int>(std::max(1U, std::thread::hardware_concurrency())));
  auto server = api::Server::create(options);
  if (!server.ok()) {
    print_error(server.status().message());
    return kExitFailure;
  }
  for (const auto& notice : (*server)->notices()) {
    std::fprintf(stderr, "orienta: %s\n", notice.c_str());
  }
  const std::string url = "http://" + options.host + ":" + std::to_string((*server)->port());
  std::printf(
      "Orienta serves on %s/\n  responder console: %s/\n  analyst dashboard: %s/analytics\n"
      "  API: %s/v1/search, %s/v1/match (spec: %s/openapi.json)\n",
      url.c_str(), url.c_str(), url.c_str(), url.c_str(), url.c_str(), url.c_str());
  std::fflush(stdout);
  running = server->get();
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  (*server)->run();
  running = nullptr;
  return kExitOk;
}

int run_keys(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv, {{"--file", "--id", "--role"}, {}, {"--help"}}, kKeysHelp,
                                {"--file", "--id", "--role"}, args)) {
    return *exit;
  }
  auto key = api::make_key(args.get("--id"), args.get("--role"));
  if (!key.ok()) {
    print_error(key.status().message());
    return kExitUsage;
  }
  std::ofstream out(args.get("--file"), std::ios::app);
  out << key->line << "\n";
  if (!out) {
    print_error("cannot write " + args.get("--file"));
    return kExitFailure;
  }
  std::printf("%s\n", key->key.c_str());
  return kExitOk;
}

}  // namespace orienta::cli
