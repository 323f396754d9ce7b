#include "ingest/reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <ext/stdio_filebuf.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>
#include <vector>

#include "graph/node_link_schema.hpp"
#include "ingest/graph_sniffer.hpp"
#include "ingest/input_files.hpp"

namespace ng::ingest {

namespace {

// A statement line has the fields of the evidence of an edge, and its ends.
namespace nl = graph::node_link;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string os_reason(int err) { return std::strerror(err); }

std::string too_large(std::uint64_t bytes) {
  return "a document of " + std::to_string(bytes) + " bytes is too large (offsets are 32-bit: at most " +
         std::to_string(kMaxDocumentBytes) + " bytes); split it into several documents";
}

// The bytes left in a stream that can tell (a file), or 0.
std::uint64_t bytes_left(std::istream& in) {
  auto start = in.tellg();
  if (start == std::streampos(-1) || !in.seekg(0, std::ios::end)) return in.clear(), 0;
  auto end = in.tellg();
  in.seekg(start);
  return end > start ? static_cast<std::uint64_t>(end - start) : 0;
}

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

}  // namespace

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
  // Told before reading when the file can say its size, so nothing of it is read.
  if (std::uint64_t size = bytes_left(in); size > kMaxDocumentBytes) return error(origin, 0, too_large(size));
  std::string raw{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  counts_.bytes += raw.size();
  if (in.bad()) return error(origin, 0, "read error: " + os_reason(errno));
  if (raw.size() > kMaxDocumentBytes) return error(origin, 0, too_large(raw.size()));
  if (raw.compare(0, kBom.size(), kBom) == 0) raw.erase(0, kBom.size());
  long bad_line = 0;
  if (std::size_t bad = sanitize_text(raw, 1, &bad_line); bad > 0) {
    if (!warn(origin, bad_line, invalid_utf8_message(bad))) return false;
  }
  Document doc;
  doc.id = id;
  doc.origin = origin;
  doc.first_line = 1;
  doc.raw = std::move(raw);
  ++counts_.documents;
  return !callbacks_.on_document || callbacks_.on_document(std::move(doc));
}

bool Reader::read_object(const rapidjson::Value& object, const std::string& origin, long line) {
  bool bad = false;
  if (object.HasMember(nl::kRelation)) {
    StatementRecord record;
    record.origin = origin;
    record.line = line;
    auto relation = string_member(object, nl::kRelation, bad);
    auto source = string_member(object, nl::kSource, bad);
    auto target = string_member(object, nl::kTarget, bad);
    if (bad || !relation || !source || !target) {
      return error(origin, line, R"(a statement needs "source", "relation" and "target" strings)");
    }
    record.relation = *relation;
    record.source = *source;
    record.target = *target;
    record.doc = string_member(object, nl::kDoc, bad).value_or(origin + ":" + std::to_string(line));
    record.text = string_member(object, nl::kText, bad).value_or("");
    record.source_name = string_member(object, nl::kSourceName, bad).value_or("");
    record.target_name = string_member(object, nl::kTargetName, bad).value_or("");
    record.speaker = string_member(object, nl::kSpeaker, bad);
    record.speaker_for = string_member(object, nl::kSpeakerFor, bad);
    record.date = string_member(object, nl::kDate, bad).value_or("");
    if (auto it = object.FindMember(nl::kSentence); it != object.MemberEnd()) {
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
  if (bad_text > 0 && !warn(origin, line, invalid_utf8_message(bad_text))) return false;
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
    if (!warn(origin, line_no, invalid_utf8_message(bad))) return false;
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
  WalkCallbacks walk;
  walk.on_file = [this](const std::string& path) { return read_file(path); };
  walk.on_warning = [this](const std::string& path, const std::string& message) { return warn(path, 0, message); };
  walk.on_error = [this](const std::string& path, const std::string& message) { return error(path, 0, message); };
  return walk_news_files(root, walk);
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

}  // namespace ng::ingest
