#include "export/output_file.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>

#include "export/fd_ostream.hpp"
#include "export/output_target.hpp"
#include "export/remove_on_interrupt.hpp"

namespace ng::exporters {

namespace {

// errno is the most precise reason a stream failure has; fall back on a generic one when a
// library call in between left it at 0.
std::string reason_from_errno(int err, const char* fallback) {
  return err != 0 ? std::strerror(err) : fallback;
}

// Runs `write` into `fd` and closes it: nullopt, or why it failed.
std::optional<std::string> write_and_close(int fd, const WriteContent& write) {
  FdOutputBuffer buffer(fd);
  std::ostream out(&buffer);
  std::optional<std::string> why;
  try {
    write(out);
    out.flush();
  } catch (const std::exception& e) {
    why = e.what();
  }
  if (!why && (!out || buffer.error() != 0)) why = reason_from_errno(buffer.error(), "write failed");
  if (::close(fd) != 0 && !why) why = std::strerror(errno);
  return why;
}

// A Unix socket cannot be opened, only connected to.
int connect_socket(const std::string& path) {
  sockaddr_un address = {};
  address.sun_family = AF_UNIX;
  if (path.size() >= sizeof(address.sun_path)) {
    errno = ENAMETOOLONG;
    return -1;
  }
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
    int err = errno;
    ::close(fd);
    errno = err;
    return -1;
  }
  return fd;
}

// Devices, FIFOs and sockets. No O_CREAT: if the node went away, nothing is created in its
// place. O_APPEND keeps what a shell's `>>` behind /dev/stdout already holds.
std::optional<std::string> write_through(const std::string& path, const OutputTarget& target,
                                         const WriteContent& write) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
  struct stat info = {};
  if (fd < 0 && errno == ENXIO && ::stat(path.c_str(), &info) == 0 && S_ISSOCK(info.st_mode)) {
    fd = connect_socket(path);
  }
  if (fd < 0) return cannot_write(path, target, std::strerror(errno));
  if (auto why = write_and_close(fd, write)) return cannot_write(path, target, *why);
  return std::nullopt;
}

std::optional<std::string> replace_atomically(const std::string& path, const OutputTarget& target,
                                              const WriteContent& write) {
  const std::string& file = target.path;
  const std::string temp = file + ".tmp." + std::to_string(::getpid());
  RemoveOnInterrupt cleanup(temp);
  // A replaced file keeps its permissions; a new one gets 0666 less the umask, as `>` does.
  struct stat old = {};
  bool replacing = ::stat(file.c_str(), &old) == 0;
  // O_NOFOLLOW: a link planted at the temporary name is not written through.
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) return cannot_write(path, target, std::strerror(errno));
  if (replacing) ::fchmod(fd, old.st_mode & 07777);
  std::optional<std::string> why = write_and_close(fd, write);
  if (!why && std::rename(temp.c_str(), file.c_str()) != 0) why = std::strerror(errno);
  if (!why) return std::nullopt;
  ::unlink(temp.c_str());
  return cannot_write(path, target, *why);
}

}  // namespace

std::optional<std::string> write_output(const std::string& path, const WriteContent& write) {
  OutputTarget target = resolve_output(path);
  if (target.error != 0) return cannot_write(path, target, std::strerror(target.error));
  if (target.kind == OutputKind::WriteThrough) return write_through(path, target, write);
  return replace_atomically(path, target, write);
}

std::optional<std::string> write_stream_checked(std::ostream& out, const std::string& name,
                                                const WriteContent& write) {
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
