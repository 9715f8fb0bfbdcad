// The orienta program: dispatches to one subcommand.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr const char* kUsage =
    "usage: orienta COMMAND [OPTIONS]\n"
    "\n"
    "Bilingual search and referral matching for the Brussels social-health helpdesks.\n"
    "\n"
    "commands:\n"
    "  validate  check a corpus folder and print its counts\n"
    "  index     build or update the index of a corpus\n"
    "  search    search services, past answers and dossiers\n"
    "  match     find the needs of a situation and the services to refer to\n"
    "  eval      score the matcher on labelled situations\n"
    "  themes    recurring question themes: counts, trends, gaps, charts\n"
    "  serve     serve the HTTP API\n"
    "  keys      create an API key\n"
    "\n"
    "Run 'orienta COMMAND --help' for the options of a command.\n";

}  // namespace

namespace orienta::cli {

void print_error(const std::string& message) {
  std::fprintf(stderr, "orienta: error: %s\n", message.c_str());
}

}  // namespace orienta::cli

int main(int argc, char** argv) {
  using namespace orienta::cli;  // NOLINT(google-build-using-namespace): the program's own
                                 // namespace
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> rest(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (command == "validate") {
    return run_validate(rest);
  }
  if (command == "index") {
    return run_index(rest);
  }
  if (command == "search") {
    return run_search(rest);
  }
  if (command == "match") {
    return run_match(rest);
  }
  if (command == "eval") {
    return run_eval(rest);
  }
  if (command == "themes") {
    return run_themes(rest);
  }
  if (command == "serve") {
    return run_serve(rest);
  }
  if (command == "keys") {
    return run_keys(rest);
  }
  print_error("unknown command \"" + command + "\" (try 'orienta --help')");
  return kExitUsage;
}
