#include "ingest/input_files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>
#include <vector>

namespace ng::ingest {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool is_news_file_name(std::string_view name) {
  return !name.empty() && name[0] != '.' && (ends_with(name, ".txt") || ends_with(name, ".jsonl"));
}

bool walk_news_files(const std::string& root, const WalkCallbacks& callbacks) {
  namespace fs = std::filesystem;
  auto warn = [&](const std::string& path, const std::string& message) {
    return !callbacks.on_warning || callbacks.on_warning(path, message);
  };
  auto error = [&](const std::string& path, const std::string& message) {
    return !callbacks.on_error || callbacks.on_error(path, message);
  };
  // Directories on the way down, by (device, inode): meeting one again is a symlink loop.
  std::vector<std::pair<dev_t, ino_t>> ancestors;
  std::set<std::pair<dev_t, ino_t>> visited;
  std::function<bool(const std::string&)> walk = [&](const std::string& dir) -> bool {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return error(dir, std::string("cannot open: ") + std::strerror(errno));
    std::pair<dev_t, ino_t> key{st.st_dev, st.st_ino};
    if (std::find(ancestors.begin(), ancestors.end(), key) != ancestors.end()) {
      return warn(dir, "directory loop through a symlink, not followed");
    }
    if (!visited.insert(key).second) return warn(dir, "directory already read through another path");
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) return error(dir, "cannot read directory: " + ec.message());
    std::sort(names.begin(), names.end());
    ancestors.push_back(key);
    std::string prefix = ends_with(dir, "/") ? dir : dir + "/";
    for (const std::string& name : names) {
      if (name.empty() || name[0] == '.') continue;  // hidden files, temporary outputs
      std::string path = prefix + name;
      fs::file_status status = fs::status(path, ec);
      if (ec || !fs::exists(status)) {
        if (!warn(path, "broken symlink, skipped")) return false;
        continue;
      }
      bool ok = true;
      if (fs::is_directory(status)) {
        ok = walk(path);
      } else if (fs::is_regular_file(status) && is_news_file_name(name)) {
        ok = !callbacks.on_file || callbacks.on_file(path);
      }
      if (!ok) return false;
    }
    ancestors.pop_back();
    return true;
  };
  return walk(root);
}

}  // namespace ng::ingest
