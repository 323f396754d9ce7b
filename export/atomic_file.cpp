#include "export/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <vector>

namespace ng::exporters {

namespace {

std::string reason(int error) { return std::strerror(error); }

// The mode a newly created file would get: 0666 minus the umask, or the existing file's.
mode_t target_mode(const std::string& path) {
  struct stat existing;
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write) {
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return path + ": " + reason(errno);
  std::string temp(name.data());
  ::fchmod(fd, target_mode(path));
  ::close(fd);

  auto fail = [&](const std::string& why) -> std::optional<std::string> {
    std::remove(temp.c_str());
    return path + ": " + why;
  };
  try {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return fail(reason(errno));
    write(out);
    out.flush();
    if (!out) return fail("write failed: " + reason(errno));
    out.close();
    if (out.fail()) return fail("write failed: " + reason(errno));
  } catch (...) {
    std::remove(temp.c_str());
    throw;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) return fail(reason(errno));
  return std::nullopt;
}

}  // namespace ng::exporters
