// A small command-line flag parser for the orienta subcommands.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "orienta/status.h"

namespace orienta::cli {

/// What a subcommand accepts: flags with a value (repeatable or not) and switches.
struct FlagSpec {
  std::set<std::string> with_value;  ///< e.g. "--db"
  std::set<std::string> repeatable;  ///< subset of with_value that may be given several times
  std::set<std::string> switches;    ///< e.g. "--json"
};

/// Parsed arguments: flag values, switches and positional words ("--" ends the options).
struct Args {
  std::map<std::string, std::vector<std::string>> values;
  std::set<std::string> switches;
  std::vector<std::string> positional;

  bool has(const std::string& flag) const {
    return values.count(flag) > 0 || switches.count(flag) > 0;
  }
  /// The last value of `flag`, or `fallback`.
  std::string get(const std::string& flag, const std::string& fallback = "") const;
  std::vector<std::string> all(const std::string& flag) const;
};

/// Parses `argv` (after the subcommand). Errors: kInvalidArgument for an unknown flag, a
/// missing value, or a repeated non-repeatable flag.
Result<Args> parse_flags(const std::vector<std::string>& argv, const FlagSpec& spec);

/// Parses a whole number in [lo, hi] given to `flag`; kInvalidArgument otherwise.
Result<int> parse_int(const std::string& flag, const std::string& text, int lo, int hi);

}  // namespace orienta::cli
