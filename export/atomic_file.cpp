#include "export/atomic_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace ng::exporters {

namespace {

std::string cannot_write(const std::string& path, const std::string& reason) {
  return "cannot write \"" + path + "\": " + reason;
}

// errno is the most precise reason a stream failure has; fall back on a generic one when a
// library call in between left it at 0.
std::string reason_from_errno(int err, const char* fallback) {
  return err != 0 ? std::strerror(err) : fallback;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) return cannot_write(path, std::strerror(EISDIR));

  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  auto fail = [&](const std::string& reason) -> std::optional<std::string> {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return cannot_write(path, reason);
  };

  errno = 0;
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out) return fail(reason_from_errno(errno, "cannot create the file"));
  errno = 0;
  try {
    write(out);
  } catch (const std::exception& e) {
    out.close();
    return fail(e.what());
  }
  if (!out) return fail(reason_from_errno(errno, "write failed"));
  out.flush();
  if (!out) return fail(reason_from_errno(errno, "write failed"));
  out.close();
  if (!out) return fail(reason_from_errno(errno, "write failed"));
  if (std::rename(temp.c_str(), path.c_str()) != 0) return fail(std::strerror(errno));
  return std::nullopt;
}

std::optional<std::string> write_stream_checked(std::ostream& out, const std::string& name,
                                                const std::function<void(std::ostream&)>& write) {
  errno = 0;
  try {
    write(out);
  } catch (const std::exception& e) {
    return "cannot write to " + name + ": " + e.what();
  }
  if (!out) return "cannot write to " + name + ": " + reason_from_errno(errno, "write failed");
  out.flush();
  if (!out) return "cannot write to " + name + ": " + reason_from_errno(errno, "write failed");
  return std::nullopt;
}

}  // namespace ng::exporters
