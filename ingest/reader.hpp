#pragma once
// Readers: turn input files into Documents and statement records, one callback per item, so
// a batch of any size is read in bounded memory. They repair what can be repaired (BOM, CRLF,
// NUL bytes, invalid UTF-8) with a warning, and report what cannot as `file:line: error: ...`
// without stopping the batch; the caller decides whether an error stops the run (--strict).

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/fwd.h>

#include "graph/statement.hpp"
#include "ingest/actor_dictionary.hpp"
#include "ingest/diagnostics.hpp"
#include "ingest/document.hpp"
#include "ingest/statement_record.hpp"
#include "ingest/text_repair.hpp"

namespace ng::ingest {

/// What a reader hands out. Each callback returns false to stop reading (--strict).
/// Unset callbacks accept and drop their items.
struct ReadCallbacks {
  std::function<bool(Document&&)> on_document;
  std::function<bool(StatementRecord&&)> on_statement;
  /// A graph `.json` (an object with "nodes"); the stream holds the whole file.
  std::function<bool(std::istream&, const std::string& origin)> on_graph;
  /// Every warning and error. An error means an item (or a whole file) was skipped.
  std::function<bool(const Diagnostic&)> on_diagnostic;
  /// When set, JSON Lines are not parsed here but handed out raw, in blocks of whole lines
  /// (each but maybe the last ends with '\n'), so other threads can parse them with
  /// Reader::read_lines. `first_line` is the 1-based line number of the block's first line.
  std::function<bool(std::string&& block, const std::string& origin, long first_line)> on_lines;
};

/// Counters a reader keeps while it runs (progress, the skipped summary).
struct ReadCounts {
  std::uint64_t bytes = 0;      // input bytes consumed so far
  std::uint64_t documents = 0;  // documents handed out
  std::uint64_t statements = 0; // statement records handed out
  std::uint64_t graphs = 0;     // graph files handed out
  std::uint64_t skipped = 0;    // items (lines, files) reported as errors and not handed out
};

/// A document's Spans are 32-bit byte offsets (document.hpp), so a document must stay below
/// 4 GiB: the reader rejects a larger one with an error rather than let its offsets wrap.
inline constexpr std::uint64_t kMaxDocumentBytes = UINT32_MAX;

class Reader {
 public:
  explicit Reader(ReadCallbacks callbacks) : callbacks_(std::move(callbacks)) {}

  /// Reads one input as `newsgraph build` takes it: "-" (standard input), a directory
  /// (recursively, in sorted order, .txt and .jsonl files only), or a .txt, .jsonl or .json
  /// file. Returns false when a callback asked to stop.
  bool read_path(const std::string& path);

  /// A whole stream as one text document with the given id.
  bool read_text(std::istream& in, const std::string& id, const std::string& origin);
  /// JSON Lines: one document or statement record per line; `origin` names the input.
  bool read_jsonl(std::istream& in, const std::string& origin);
  /// Standard input: JSON Lines, or one text document with id "stdin" when its first
  /// non-empty line is not a JSON object.
  bool read_stdin(std::istream& in, const std::string& origin = "-");
  /// A .json file: a graph written by `build` (an object with "nodes") goes to on_graph;
  /// a single document object {"text", ...} or statement object is read like a JSONL line.
  bool read_json(std::istream& in, const std::string& origin);
  /// Parses a block of JSON Lines as on_lines hands them out, numbering from `first_line`.
  bool read_lines(std::string_view block, const std::string& origin, long first_line);
  /// Where on_lines cuts blocks: after this many lines or once a block reaches this many bytes.
  void set_block_limits(std::size_t max_lines, std::size_t max_bytes);

  const ReadCounts& counts() const { return counts_; }

 private:
  bool read_file(const std::string& path);
  bool read_directory(const std::string& path);
  bool read_line(std::string& line, const std::string& origin, long line_no);
  bool read_jsonl_from(std::istream& in, const std::string& origin, long line_no);
  bool read_object(const rapidjson::Value& object, const std::string& origin, long line);
  bool warn(const std::string& origin, long line, std::string message);
  bool error(const std::string& origin, long line, std::string message);

  bool read_blocks(std::istream& in, const std::string& origin, long line_no);

  ReadCallbacks callbacks_;
  ReadCounts counts_;
  std::size_t block_lines_ = 1024;
  std::size_t block_bytes_ = 1u << 20;
  std::string line_;  // read_lines' current line, reused to save an allocation per line
};

}  // namespace ng::ingest
