#include "export/output_target.hpp"

#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace ng::exporters {

namespace {

namespace fs = std::filesystem;

// As many links as the kernel follows (MAXSYMLINKS) before it says ELOOP.
constexpr int kMaxLinks = 40;

fs::path directory_of(const fs::path& path) {
  fs::path parent = path.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

bool on_proc(const fs::path& path) {
  struct statfs fs_info = {};
  return ::statfs(directory_of(path).c_str(), &fs_info) == 0 && fs_info.f_type == PROC_SUPER_MAGIC;
}

OutputTarget failed(int error, const fs::path& where) { return {OutputKind::ReplaceFile, where.string(), error}; }

// A file that does not exist yet: its directory must.
OutputTarget new_file(const fs::path& path) {
  struct stat info = {};
  if (::stat(directory_of(path).c_str(), &info) != 0) return failed(errno, path);
  if (!S_ISDIR(info.st_mode)) return failed(ENOTDIR, path);
  return {OutputKind::ReplaceFile, path.string(), 0};
}

}  // namespace

OutputTarget resolve_output(const std::string& given) {
  fs::path path = given;
  for (int links = 0;; ++links) {
    struct stat info = {};
    if (::lstat(path.c_str(), &info) != 0) return errno == ENOENT ? new_file(path) : failed(errno, path);
    if (S_ISREG(info.st_mode)) return {OutputKind::ReplaceFile, path.string(), 0};
    if (S_ISDIR(info.st_mode)) return failed(EISDIR, path);
    if (!S_ISLNK(info.st_mode)) return {OutputKind::WriteThrough, given, 0};  // device, FIFO, socket
    if (links == kMaxLinks) return failed(ELOOP, given);
    if (on_proc(path)) return {OutputKind::WriteThrough, given, 0};
    std::error_code ec;
    fs::path target = fs::read_symlink(path, ec);
    if (ec) return failed(ec.value(), path);
    path = target.is_absolute() ? target : directory_of(path) / target;
  }
}

std::string cannot_write(const std::string& path, const OutputTarget& target, const std::string& reason) {
  std::string message = "cannot write \"" + path + "\"";
  if (target.kind == OutputKind::ReplaceFile && !target.path.empty() && target.path != path) {
    message += " (a link to \"" + target.path + "\")";
  }
  return message + ": " + reason;
}

}  // namespace ng::exporters
