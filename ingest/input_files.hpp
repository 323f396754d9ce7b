#pragma once
// Which files an input directory gives, in one place: Reader reads them and the progress
// line of the commands sizes them (app/common.cpp), so both see the same files.

#include <functional>
#include <string>
#include <string_view>

namespace ng::ingest {

/// A news file a directory is searched for: a .txt or .jsonl name that is not hidden.
bool is_news_file_name(std::string_view name);

/// What walk_news_files meets besides news files. Each returns false to stop the walk.
struct WalkCallbacks {
  std::function<bool(const std::string& path)> on_file;
  /// A directory met again (a symlink loop or a second path) or a broken symlink: skipped.
  std::function<bool(const std::string& path, const std::string& message)> on_warning;
  /// A directory that cannot be opened or read: skipped.
  std::function<bool(const std::string& path, const std::string& message)> on_error;
};

/// Walks `root` recursively, names in sorted order, hidden names skipped, and calls on_file
/// for each regular news file. A directory is entered once, by (device, inode): a symlink
/// back to an ancestor is not followed. Returns false when a callback stopped it.
bool walk_news_files(const std::string& root, const WalkCallbacks& callbacks);

}  // namespace ng::ingest
