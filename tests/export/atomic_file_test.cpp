#include "export/atomic_file.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("export: files are replaced whole, failures leave no trace", "[export]") {
  fs::path dir = fs::temp_directory_path() / ("ng-atomic-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path target = dir / "graph.dot";
  std::ofstream(target) << "old";

  auto ok = ng::exporters::write_file_atomically(target.string(),
                                                 [](std::ostream& out) { out << "new"; });
  CHECK_FALSE(ok);
  CHECK(slurp(target) == "new");

  CHECK_THROWS(ng::exporters::write_file_atomically(target.string(), [](std::ostream& out) {
    out << "partial";
    throw std::runtime_error("writer failed");
  }));
  CHECK(slurp(target) == "new");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  auto missing = ng::exporters::write_file_atomically((dir / "no" / "x.dot").string(),
                                                      [](std::ostream& out) { out << "x"; });
  REQUIRE(missing);
  CHECK(*missing == (dir / "no" / "x.dot").string() + ": No such file or directory");
  fs::remove_all(dir);
}
