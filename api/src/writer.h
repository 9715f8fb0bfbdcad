// The JSON writer of the API's bodies (json.cc, stats.cc) and the list helper they share.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string>
#include <vector>

namespace orienta::api {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

/// `items` as a JSON array of strings.
inline void write_list(Writer& w, const std::vector<std::string>& items) {
  w.StartArray();
  for (const auto& item : items) {
    w.String(item);
  }
  w.EndArray();
}

}  // namespace orienta::api
