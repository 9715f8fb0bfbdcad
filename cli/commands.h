// The orienta subcommands; each parses its flags, calls a library and prints.
#pragma once

#include <string>
#include <vector>

namespace orienta::cli {

/// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Prints "orienta: error: MESSAGE" on stderr.
void print_error(const std::string& message);

int run_validate(const std::vector<std::string>& argv);
int run_index(const std::vector<std::string>& argv);
int run_search(const std::vector<std::string>& argv);
int run_match(const std::vector<std::string>& argv);
int run_eval(const std::vector<std::string>& argv);
int run_themes(const std::vector<std::string>& argv);
int run_serve(const std::vector<std::string>& argv);
int run_keys(const std::vector<std::string>& argv);

}  // namespace orienta::cli
