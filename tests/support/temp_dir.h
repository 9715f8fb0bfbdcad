// TempDir: a unique folder for one test, removed with everything in it on destruction.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <unistd.h>

namespace orienta::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    const auto base = std::filesystem::temp_directory_path();
    for (;;) {
      path_ = base / ("orienta-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
      if (std::filesystem::create_directory(path_)) {
        break;
      }
    }
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  /// Writes `content` to `name` inside the folder and returns its path.
  std::filesystem::path write(const std::string& name, std::string_view content) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
  }

 private:
  std::filesystem::path path_;
};

/// The project's reference data folder (data/).
inline std::filesystem::path data_dir() {
  return std::filesystem::path(ORIENTA_SOURCE_DIR) / "data";
}

/// The inputs shared beside the checkout (../shared: spec/, eval/, hsds/).
inline std::filesystem::path shared_dir() { return ORIENTA_SHARED_DIR; }

/// The project's small test fixtures (tests/data/).
inline std::filesystem::path test_data_dir() { return ORIENTA_TEST_DATA_DIR; }

}  // namespace orienta::testing
