#include "export/atomic_file.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;
using ng::exporters::write_file_atomically;

namespace {

// A fresh directory per test, removed at the end.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("ng-test-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Only the named files: no temporary left behind.
std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("write: a file is written whole and no temporary is left", "[write]") {
  TempDir dir("atomic-ok");
  std::string path = dir.file("g.json");
  auto error = write_file_atomically(path, [](std::ostream& out) { out << "{}\n"; });
  CHECK_FALSE(error.has_value());
  CHECK(slurp(path) == "{}\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("write: a missing directory fails with the path and the OS reason", "[write]") {
  TempDir dir("atomic-missing");
  std::string path = dir.file("nope/g.json");
  auto error = write_file_atomically(path, [](std::ostream& out) { out << "{}\n"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + path + "\": No such file or directory");
  CHECK(entries(dir.path) == 0);
}

TEST_CASE("write: a parent that is a regular file fails", "[write]") {
  TempDir dir("atomic-parent-file");
  std::ofstream(dir.file("plain")) << "x";
  std::string path = dir.file("plain/g.json");
  auto error = write_file_atomically(path, [](std::ostream& out) { out << "{}\n"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + path + "\": Not a directory");
  CHECK(slurp(dir.file("plain")) == "x");
}

TEST_CASE("write: an existing file is untouched when writing fails", "[write]") {
  TempDir dir("atomic-untouched");
  std::string path = dir.file("g.json");
  std::ofstream(path) << "old";
  auto error = write_file_atomically(path, [](std::ostream& out) {
    out << "partial";
    throw std::runtime_error("writer failed");
  });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + path + "\": writer failed");
  CHECK(slurp(path) == "old");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("write: a directory where a file is expected fails", "[write]") {
  TempDir dir("atomic-is-dir");
  fs::create_directory(dir.path / "sub");
  auto error = write_file_atomically(dir.file("sub"), [](std::ostream& out) { out << "{}"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + dir.file("sub") + "\": Is a directory");
}

TEST_CASE("write: a full device is an error, not a silent truncation", "[write]") {
  if (!fs::exists("/dev/full")) {
    WARN("no /dev/full here");
    return;
  }
  std::ofstream full("/dev/full");
  auto error = ng::exporters::write_stream_checked(full, "standard output", [](std::ostream& out) {
    for (int i = 0; i < 100000; ++i) out << "0123456789";
  });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write to standard output: No space left on device");
}
