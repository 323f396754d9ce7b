#include "export/output_file.hpp"

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "export/output_target.hpp"
#include "export/remove_on_interrupt.hpp"
#include "tests/skip.hpp"

namespace fs = std::filesystem;
using ng::exporters::OutputKind;
using ng::exporters::resolve_output;
using ng::exporters::write_output;

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
  auto error = write_output(path, [](std::ostream& out) { out << "{}\n"; });
  CHECK_FALSE(error.has_value());
  CHECK(slurp(path) == "{}\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("write: a missing directory fails with the path and the OS reason", "[write]") {
  TempDir dir("atomic-missing");
  std::string path = dir.file("nope/g.json");
  auto error = write_output(path, [](std::ostream& out) { out << "{}\n"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + path + "\": No such file or directory");
  CHECK(entries(dir.path) == 0);
}

TEST_CASE("write: a parent that is a regular file fails", "[write]") {
  TempDir dir("atomic-parent-file");
  std::ofstream(dir.file("plain")) << "x";
  std::string path = dir.file("plain/g.json");
  auto error = write_output(path, [](std::ostream& out) { out << "{}\n"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + path + "\": Not a directory");
  CHECK(slurp(dir.file("plain")) == "x");
}

TEST_CASE("write: an existing file is untouched when writing fails", "[write]") {
  TempDir dir("atomic-untouched");
  std::string path = dir.file("g.json");
  std::ofstream(path) << "old";
  auto error = write_output(path, [](std::ostream& out) {
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
  auto error = write_output(dir.file("sub"), [](std::ostream& out) { out << "{}"; });
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + dir.file("sub") + "\": Is a directory");
}

TEST_CASE("write: a full device is an error, not a silent truncation", "[write]") {
  TempDir dir("full-device");
  std::string full = dir.file("full");
  // The numbers of /dev/full, made here: the tests never touch the real /dev.
  if (::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0 || ::access(full.c_str(), W_OK) != 0) {
    NG_SKIP("making a character device needs root and a filesystem without nodev");
  }
  auto fill = [](std::ostream& out) {
    for (int i = 0; i < 100000; ++i) out << "0123456789";
  };
  auto error = write_output(full, fill);
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write \"" + full + "\": No space left on device");
  CHECK(fs::is_character_file(full));
  CHECK(entries(dir.path) == 1);

  std::ofstream as_stdout(full);
  error = ng::exporters::write_stream_checked(as_stdout, "standard output", fill);
  REQUIRE(error.has_value());
  CHECK(*error == "cannot write to standard output: No space left on device");
}

TEST_CASE("output kinds: what is replaced and what is written through", "[write]") {
  TempDir dir("kinds");
  std::ofstream(dir.file("regular")) << "x";
  fs::create_directory(dir.path / "sub");
  fs::create_symlink("regular", dir.path / "link");
  fs::create_symlink("link", dir.path / "chain");
  fs::create_symlink("sub/new", dir.path / "dangling");
  REQUIRE(::mkfifo(dir.file("fifo").c_str(), 0600) == 0);
  fs::create_symlink("/proc/self/fd/1", dir.path / "stdout");

  auto absent = resolve_output(dir.file("absent"));
  CHECK((absent.kind == OutputKind::ReplaceFile && absent.path == dir.file("absent") && absent.error == 0));
  auto chain = resolve_output(dir.file("chain"));
  CHECK((chain.kind == OutputKind::ReplaceFile && fs::equivalent(chain.path, dir.file("regular"))));
  auto dangling = resolve_output(dir.file("dangling"));
  CHECK((dangling.kind == OutputKind::ReplaceFile && dangling.error == 0));
  CHECK(fs::path(dangling.path) == dir.path / "sub/new");
  auto fifo = resolve_output(dir.file("fifo"));
  CHECK((fifo.kind == OutputKind::WriteThrough && fifo.path == dir.file("fifo")));
  CHECK(resolve_output(dir.file("stdout")).kind == OutputKind::WriteThrough);
  CHECK(resolve_output(dir.file("sub")).error == EISDIR);
  CHECK(resolve_output(dir.file("missing/new")).error == ENOENT);
  CHECK(resolve_output(dir.file("regular/new")).error == ENOTDIR);
}

TEST_CASE("write: a replaced file keeps its permissions and the link to it stays", "[write]") {
  TempDir dir("keeps-mode");
  std::ofstream(dir.file("g.json")) << "old";
  fs::permissions(dir.file("g.json"), fs::perms(0640));
  fs::create_symlink("g.json", dir.path / "link.json");
  auto error = write_output(dir.file("link.json"), [](std::ostream& out) { out << "new"; });
  CHECK_FALSE(error.has_value());
  CHECK(fs::is_symlink(dir.path / "link.json"));
  CHECK(slurp(dir.file("g.json")) == "new");
  CHECK(fs::status(dir.file("g.json")).permissions() == fs::perms(0640));
  CHECK(entries(dir.path) == 2);
}

namespace {

// Runs `body` in a child process; its wait status.
template <typename Body>
int in_child(Body body) {
  pid_t pid = ::fork();
  if (pid == 0) {
    body();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("interrupt: the file is removed and the process ends by the same signal", "[write]") {
  TempDir dir("interrupt");
  std::string temp = dir.file("g.json.tmp.1");
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    int status = in_child([&] {
      ng::exporters::RemoveOnInterrupt cleanup(temp);
      std::ofstream(temp) << "partial";
      std::raise(signal_number);
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal_number);
    CHECK_FALSE(fs::exists(temp));
  }
  // After the guard, a signal does its default work and removes nothing.
  int status = in_child([&] {
    { ng::exporters::RemoveOnInterrupt cleanup(temp); }
    std::ofstream(temp) << "complete";
    std::raise(SIGTERM);
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM));
  CHECK(slurp(temp) == "complete");
}

TEST_CASE("interrupt: a signal ignored before (nohup) stays ignored", "[write]") {
  TempDir dir("nohup");
  std::string temp = dir.file("g.json.tmp.1");
  int status = in_child([&] {
    std::signal(SIGHUP, SIG_IGN);
    ng::exporters::RemoveOnInterrupt cleanup(temp);
    std::ofstream(temp) << "partial";
    std::raise(SIGHUP);
  });
  CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  CHECK(fs::exists(temp));
}
