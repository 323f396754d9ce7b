#include "ingest/reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <ext/stdio_filebuf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

namespace ng::ingest {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are not).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

std::string os_reason(int err) { return std::strerror(err); }

// RapidJSON's messages read "Missing a comma or '}' after an object member."; ours are
// lowercase without a final period.
std::string parse_error_text(rapidjson::ParseErrorCode code) {
  std::string text = rapidjson::GetParseError_En(code);
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// A string member, or nullopt when absent or null. Sets `bad` when present with another type.
std::optional<std::string> string_member(const rapidjson::Value& object, const char* key, bool& bad) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) return std::nullopt;
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  bad = true;
  return std::nullopt;
}

// The whole stream in one string, read in large blocks with the size reserved when known
// (istreambuf_iterator goes byte by byte: 10% of converting a 400 MB graph).
std::string read_whole(std::istream& in) {
  std::string text;
  auto start = in.tellg();
  if (start != std::streampos(-1) && in.seekg(0, std::ios::end)) {
    auto end = in.tellg();
    if (end != std::streampos(-1) && end > start) text.reserve(static_cast<std::size_t>(end - start));
  }
  in.clear();
  if (start != std::streampos(-1)) in.seekg(start);
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    text.append(block, static_cast<std::size_t>(in.gcount()));
  }
  return text;
}

// Whether a JSON text is a graph: an object with a "nodes" member. Stops at that key, so a
// graph of a million edges is recognized without parsing it twice (the graph reader does).
bool looks_like_graph(const std::string& text) {
  struct Probe : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Probe> {
    int depth = 0;
    bool graph = false;
    bool StartObject() { return ++depth, true; }
    bool EndObject(rapidjson::SizeType) { return --depth, true; }
    bool StartArray() { return ++depth, true; }
    bool EndArray(rapidjson::SizeType) { return --depth, true; }
    bool Key(const char* key, rapidjson::SizeType length, bool) {
      graph = depth == 1 && std::string_view(key, length) == "nodes";
      return !graph;
    }
  } probe;
  rapidjson::Reader reader;
  rapidjson::StringStream stream(text.c_str());
  reader.Parse(stream, probe);
  return probe.graph;
}

}  // namespace

std::size_t sanitize_text(std::string& text, long first_line, long* first_bad_line) {
  // Most text is clean ASCII: check before copying.
  if (std::none_of(text.begin(), text.end(), [](char c) {
        return c == '\0' || c == '\r' || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return 0;
  }
  std::string out;
  out.reserve(text.size());
  std::size_t bad = 0;
  long line = first_line;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\0') {
      ++i;
    } else if (c == '\r') {
      out += '\n';
      ++line;
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    } else if (std::size_t n = utf8_length(text, i); n > 0) {
      if (c == '\n') ++line;
      out.append(text, i, n);
      i += n;
    } else {
      if (bad++ == 0 && first_bad_line) *first_bad_line = line;
      out += kReplacement;
      ++i;
    }
  }
  text = std::move(out);
  return bad;
}

bool Reader::warn(const std::string& origin, long line, std::string message) {
  if (!callbacks_.on_diagnostic) return true;
  return callbacks_.on_diagnostic(Diagnostic{Severity::Warning, origin, line, std::move(message)});
}

bool Reader::error(const std::string& origin, long line, std::string message) {
  ++counts_.skipped;
  if (!callbacks_.on_diagnostic) return true;
  return callbacks_.on_diagnostic(Diagnostic{Severity::Error, origin, line, std::move(message)});
}

bool Reader::read_text(std::istream& in, const std::string& id, const std::string& origin) {
  std::string raw{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  counts_.bytes += raw.size();
  if (in.bad()) return error(origin, 0, "read error: " + os_reason(errno));
  if (raw.compare(0, kBom.size(), kBom) == 0) raw.erase(0, kBom.size());
  long bad_line = 0;
  if (std::size_t bad = sanitize_text(raw, 1, &bad_line); bad > 0) {
    if (!warn(origin, bad_line, fmt_invalid_utf8(bad))) return false;
  }
  Document doc;
  doc.id = id;
  doc.origin = origin;
  doc.first_line = 1;
  doc.raw = std::move(raw);
  ++counts_.documents;
  return !callbacks_.on_document || callbacks_.on_document(std::move(doc));
}

std::string Reader::fmt_invalid_utf8(std::size_t count) {
  std::string message = "invalid UTF-8 replaced with U+FFFD";
  if (count > 1) message += " (" + std::to_string(count) + " sequences)";
  return message;
}

bool Reader::read_object(const rapidjson::Value& object, const std::string& origin, long line) {
  bool bad = false;
  if (object.HasMember("relation")) {
    StatementRecord record;
    record.origin = origin;
    record.line = line;
    auto relation = string_member(object, "relation", bad);
    auto source = string_member(object, "source", bad);
    auto target = string_member(object, "target", bad);
    if (bad || !relation || !source || !target) {
      return error(origin, line, R"(a statement needs "source", "relation" and "target" strings)");
    }
    record.relation = *relation;
    record.source = *source;
    record.target = *target;
    record.doc = string_member(object, "doc", bad).value_or(origin + ":" + std::to_string(line));
    record.text = string_member(object, "text", bad).value_or("");
    record.source_name = string_member(object, "source_name", bad).value_or("");
    record.target_name = string_member(object, "target_name", bad).value_or("");
    record.speaker = string_member(object, "speaker", bad);
    record.speaker_for = string_member(object, "speaker_for", bad);
    record.date = string_member(object, "date", bad).value_or("");
    if (auto it = object.FindMember("sentence"); it != object.MemberEnd()) {
      if (!it->value.IsInt()) bad = true;
      else record.sentence = it->value.GetInt();
    }
    if (bad) return error(origin, line, "a statement field has the wrong type");
    for (std::string* field : {&record.doc, &record.text, &record.source, &record.source_name,
                               &record.relation, &record.target, &record.target_name, &record.date}) {
      sanitize_text(*field);
    }
    if (record.speaker) sanitize_text(*record.speaker);
    if (record.speaker_for) sanitize_text(*record.speaker_for);
    ++counts_.statements;
    return !callbacks_.on_statement || callbacks_.on_statement(std::move(record));
  }
  auto text_it = object.FindMember("text");
  if (text_it == object.MemberEnd()) {
    return error(origin, line, R"(object has neither "text" nor "relation")");
  }
  if (!text_it->value.IsString()) return error(origin, line, R"("text" must be a string)");
  Document doc;
  doc.raw.assign(text_it->value.GetString(), text_it->value.GetStringLength());
  doc.id = string_member(object, "id", bad).value_or(origin + ":" + std::to_string(line));
  doc.title = string_member(object, "title", bad).value_or("");
  doc.date = string_member(object, "date", bad).value_or("");
  doc.url = string_member(object, "url", bad).value_or("");
  if (bad) return error(origin, line, R"("id", "title", "date" and "url" must be strings)");
  // JSON escapes can still carry what the line check cannot see: \u0000, lone surrogates, \r.
  std::size_t bad_text = 0;
  for (std::string* field : {&doc.raw, &doc.id, &doc.title, &doc.date, &doc.url}) {
    bad_text += sanitize_text(*field);
  }
  if (bad_text > 0 && !warn(origin, line, fmt_invalid_utf8(bad_text))) return false;
  doc.origin = origin;
  doc.first_line = line;
  ++counts_.documents;
  return !callbacks_.on_document || callbacks_.on_document(std::move(doc));
}

bool Reader::read_line(std::string& line, const std::string& origin, long line_no) {
  if (line_no == 1 && line.compare(0, kBom.size(), kBom) == 0) line.erase(0, kBom.size());
  if (is_blank(line)) return true;
  long bad_line = 0;
  if (std::size_t bad = sanitize_text(line, line_no, &bad_line); bad > 0) {
    if (!warn(origin, line_no, fmt_invalid_utf8(bad))) return false;
  }
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError()) {
    return error(origin, line_no,
                 "invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                     parse_error_text(json.GetParseError()));
  }
  if (!json.IsObject()) return error(origin, line_no, "expected a JSON object");
  return read_object(json, origin, line_no);
}

bool Reader::read_jsonl_from(std::istream& in, const std::string& origin, long line_no) {
  if (callbacks_.on_lines) return read_blocks(in, origin, line_no);
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    counts_.bytes += line.size() + 1;
    if (!read_line(line, origin, line_no)) return false;
  }
  if (in.bad()) return error(origin, line_no, "read error: " + os_reason(errno));
  return true;
}

void Reader::set_block_limits(std::size_t max_lines, std::size_t max_bytes) {
  block_lines_ = std::max<std::size_t>(1, max_lines);
  block_bytes_ = std::max<std::size_t>(1, max_bytes);
}

bool Reader::read_blocks(std::istream& in, const std::string& origin, long line_no) {
  // Only newlines are looked for here (at memchr speed); parsing is left to whoever takes
  // the blocks. `scanned` and `lines` carry over between reads, so a 50 MB line costs one scan.
  constexpr std::size_t kRead = 1u << 16;
  std::string block;
  std::size_t scanned = 0;
  std::size_t lines = 0;
  long first_line = line_no + 1;
  auto emit = [&](std::size_t cut) {
    std::string out = std::move(block);
    block.assign(out, cut, std::string::npos);
    out.resize(cut);
    long first = first_line;
    first_line += static_cast<long>(lines);
    lines = 0;
    scanned = 0;
    return callbacks_.on_lines(std::move(out), origin, first);
  };
  for (;;) {
    std::size_t old = block.size();
    block.resize(old + kRead);
    in.read(block.data() + old, static_cast<std::streamsize>(kRead));
    auto got = static_cast<std::size_t>(in.gcount());
    block.resize(old + got);
    counts_.bytes += got;
    while (scanned < block.size()) {
      const void* nl = std::memchr(block.data() + scanned, '\n', block.size() - scanned);
      if (!nl) {
        scanned = block.size();
        break;
      }
      scanned = static_cast<std::size_t>(static_cast<const char*>(nl) - block.data()) + 1;
      ++lines;
      if ((lines >= block_lines_ || scanned >= block_bytes_) && !emit(scanned)) return false;
    }
    if (got == 0) break;
  }
  if (in.bad()) {
    return error(origin, first_line + static_cast<long>(lines), "read error: " + os_reason(errno));
  }
  if (!block.empty() && !emit(block.size())) return false;
  return true;
}

bool Reader::read_lines(std::string_view block, const std::string& origin, long first_line) {
  long line_no = first_line;
  while (!block.empty()) {
    std::size_t end = block.find('\n');
    std::string_view piece = block.substr(0, end);
    block.remove_prefix(end == std::string_view::npos ? block.size() : end + 1);
    line_.assign(piece);
    if (!read_line(line_, origin, line_no++)) return false;
  }
  return true;
}

bool Reader::read_jsonl(std::istream& in, const std::string& origin) {
  return read_jsonl_from(in, origin, 0);
}

bool Reader::read_stdin(std::istream& in, const std::string& origin) {
  // Buffer up to the first non-empty line, which decides how the rest is read.
  std::vector<std::string> head;
  std::string line;
  while (std::getline(in, line)) {
    counts_.bytes += line.size() + 1;
    if (head.empty() && line.compare(0, kBom.size(), kBom) == 0) line.erase(0, kBom.size());
    head.push_back(line);
    if (!is_blank(line)) break;
  }
  bool json_lines = false;
  if (!head.empty() && !is_blank(head.back())) {
    rapidjson::Document json;
    json.Parse(head.back().data(), head.back().size());
    json_lines = !json.HasParseError() && json.IsObject();
  }
  if (json_lines && callbacks_.on_lines) {
    std::string block;
    for (const std::string& buffered : head) block += buffered + "\n";
    long line_no = static_cast<long>(head.size());
    if (!callbacks_.on_lines(std::move(block), origin, 1)) return false;
    return read_jsonl_from(in, origin, line_no);
  }
  if (json_lines) {
    long line_no = 0;
    for (std::string& buffered : head) {
      if (!read_line(buffered, origin, ++line_no)) return false;
    }
    return read_jsonl_from(in, origin, line_no);
  }
  std::string text;
  for (const std::string& buffered : head) text += buffered + "\n";
  counts_.bytes -= text.size();  // read_text counts them again
  if (head.empty() && in.peek() == std::char_traits<char>::eof()) return true;  // empty stdin
  std::string rest{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::istringstream whole(text + rest);
  return read_text(whole, "stdin", origin);
}

bool Reader::read_json(std::istream& in, const std::string& origin) {
  // A graph names "nodes" in its first bytes: told from them, a seekable file goes to the
  // graph reader as it is, read once.
  auto start = in.tellg();
  if (start != std::streampos(-1)) {
    std::string head(std::size_t{4096}, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    bool graph = head.compare(0, kBom.size(), kBom) != 0 && looks_like_graph(head);
    in.clear();
    if (graph && in.seekg(0, std::ios::end)) {
      auto end = in.tellg();
      if (end != std::streampos(-1) && in.seekg(start)) {
        counts_.bytes += static_cast<std::size_t>(end - start);
        ++counts_.graphs;
        return !callbacks_.on_graph || callbacks_.on_graph(in, origin);
      }
    }
    in.clear();
    in.seekg(start);
  }
  std::string content = read_whole(in);
  counts_.bytes += content.size();
  if (in.bad()) return error(origin, 0, "read error: " + os_reason(errno));
  if (content.compare(0, kBom.size(), kBom) == 0) content.erase(0, kBom.size());
  if (looks_like_graph(content)) {
    // The graph reader reports its own syntax errors; moved, not copied (C++20).
    ++counts_.graphs;
    std::istringstream graph(std::move(content));
    return !callbacks_.on_graph || callbacks_.on_graph(graph, origin);
  }
  rapidjson::Document json;
  json.Parse(content.data(), content.size());
  if (json.HasParseError()) {
    return error(origin, 0,
                 "invalid JSON at offset " + std::to_string(json.GetErrorOffset()) + ": " +
                     parse_error_text(json.GetParseError()));
  }
  if (!json.IsObject()) return error(origin, 0, R"(expected a graph (an object with "nodes") or a document)");
  return read_object(json, origin, 1);
}

bool Reader::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return error(path, 0, "cannot open: " + os_reason(errno));
  if (ends_with(path, ".txt")) return read_text(in, path, path);
  if (ends_with(path, ".jsonl")) return read_jsonl(in, path);
  return read_json(in, path);
}

bool Reader::read_directory(const std::string& root) {
  namespace fs = std::filesystem;
  // Directories on the way down, by (device, inode): meeting one again is a symlink loop.
  std::vector<std::pair<dev_t, ino_t>> ancestors;
  std::set<std::pair<dev_t, ino_t>> visited;
  std::function<bool(const std::string&)> walk = [&](const std::string& dir) -> bool {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return error(dir, 0, "cannot open: " + os_reason(errno));
    std::pair<dev_t, ino_t> key{st.st_dev, st.st_ino};
    if (std::find(ancestors.begin(), ancestors.end(), key) != ancestors.end()) {
      return warn(dir, 0, "directory loop through a symlink, not followed");
    }
    if (!visited.insert(key).second) return warn(dir, 0, "directory already read through another path");
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) return error(dir, 0, "cannot read directory: " + ec.message());
    std::sort(names.begin(), names.end());
    ancestors.push_back(key);
    std::string prefix = ends_with(dir, "/") ? dir : dir + "/";
    for (const std::string& name : names) {
      if (name.empty() || name[0] == '.') continue;  // hidden files, temporary outputs
      std::string path = prefix + name;
      fs::file_status status = fs::status(path, ec);
      if (ec || !fs::exists(status)) {
        if (!warn(path, 0, "broken symlink, skipped")) return false;
        continue;
      }
      bool ok = true;
      if (fs::is_directory(status)) {
        ok = walk(path);
      } else if (fs::is_regular_file(status) && (ends_with(name, ".txt") || ends_with(name, ".jsonl"))) {
        ok = read_file(path);
      }
      if (!ok) return false;
    }
    ancestors.pop_back();
    return true;
  };
  return walk(root);
}

bool Reader::read_path(const std::string& path) {
  namespace fs = std::filesystem;
  if (path == "-") {
    // std::cin, kept in step with C stdio, reads a character at a time; a buffer of our own
    // over a duplicate of fd 0 reads at file speed (the duplicate is what the buffer closes).
    int fd = ::dup(STDIN_FILENO);
    if (fd < 0) return read_stdin(std::cin, "-");
    __gnu_cxx::stdio_filebuf<char> buffer(fd, std::ios::in, 1 << 16);
    std::istream in(&buffer);
    return read_stdin(in, "-");
  }
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) {
    return error(path, 0, "cannot open: " + (ec ? ec.message() : os_reason(ENOENT)));
  }
  if (fs::is_directory(status)) return read_directory(path);
  if (!ends_with(path, ".txt") && !ends_with(path, ".jsonl") && !ends_with(path, ".json")) {
    return error(path, 0, "unsupported input (expected a .txt, .jsonl or .json file, a directory or -)");
  }
  return read_file(path);
}

std::optional<graph::Statement> resolve_statement(const StatementRecord& record,
                                                  const ActorDictionary& dictionary, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<graph::Statement> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  auto relation = graph::parse_relation_type(record.relation);
  if (!relation) return fail("unknown relation \"" + record.relation + "\"");
  if (record.source.empty() || record.target.empty()) return fail("empty \"source\" or \"target\"");
  auto actor = [&](const std::string& name, const std::string& label) {
    const ActorEntry* entry = dictionary.find_id(name);
    if (!entry) entry = dictionary.resolve(name);
    if (entry) return dictionary.actor(*entry);
    // relations.md: a name the dictionary does not know is an actor of kind unknown.
    return graph::Actor{name, label.empty() ? name : label, graph::ActorKind::Unknown};
  };
  graph::Statement statement;
  statement.source = actor(record.source, record.source_name);
  statement.relation = *relation;
  statement.target = actor(record.target, record.target_name);
  statement.evidence = graph::Evidence{record.doc, record.sentence, record.text, record.speaker, record.date,
                                       std::nullopt};
  if (record.speaker_for && !record.speaker_for->empty()) {
    statement.evidence.speaker_for = actor(*record.speaker_for, "").id;
  }
  return statement;
}

}  // namespace ng::ingest
