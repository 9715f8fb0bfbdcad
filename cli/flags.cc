// A small command-line flag parser for the orienta subcommands.
#include "flags.h"

#include <charconv>

namespace orienta::cli {

std::string Args::get(const std::string& flag, const std::string& fallback) const {
  const auto it = values.find(flag);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Args::all(const std::string& flag) const {
  const auto it = values.find(flag);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

Result<Args> parse_flags(const std::vector<std::string>& argv, const FlagSpec& spec) {
  Args args;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string word = argv[i];
    if (word == "--") {
      args.positional.insert(args.positional.end(), argv.begin() + static_cast<long>(i) + 1,
                             argv.end());
      break;
    }
    if (word.size() < 2 || word[0] != '-' || word == "-") {
      args.positional.push_back(word);
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (const auto eq = word.find('='); eq != std::string::npos) {
      value = word.substr(eq + 1);
      word = word.substr(0, eq);
      inline_value = true;
    }
    if (spec.switches.count(word) > 0 && !inline_value) {
      args.switches.insert(word);
      continue;
    }
    if (spec.with_value.count(word) == 0) {
      return Status::invalid_argument("unknown option " + word + " (see --help)");
    }
    if (!inline_value) {
      if (i + 1 >= argv.size()) {
        return Status::invalid_argument("option " + word + " needs a value");
      }
      value = argv[++i];
    }
    auto& list = args.values[word];
    if (!list.empty() && spec.repeatable.count(word) == 0) {
      return Status::invalid_argument("option " + word + " is given twice");
    }
    list.push_back(value);
  }
  return args;
}

Result<int> parse_int(const std::string& flag, const std::string& text, int lo, int hi) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi) {
    return Status::invalid_argument(flag + " must be a whole number from " + std::to_string(lo) +
                                    " to " + std::to_string(hi) + ", got \"" + text + "\"");
  }
  return value;
}

}  // namespace orienta::cli
