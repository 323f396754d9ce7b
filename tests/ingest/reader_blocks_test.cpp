// Reader in block mode (on_lines): what the BatchReader's calling thread does before the
// workers parse the blocks with read_lines.

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.hpp"

using namespace ng::ingest;

namespace {

struct Block {
  std::string text;
  long first_line = 0;
};

std::vector<Block> blocks_of(const std::string& input, std::size_t max_lines, std::size_t max_bytes) {
  std::vector<Block> blocks;
  ReadCallbacks cb;
  cb.on_lines = [&](std::string&& text, const std::string& origin, long first_line) {
    CHECK(origin == "x.jsonl");
    blocks.push_back({std::move(text), first_line});
    return true;
  };
  Reader reader(std::move(cb));
  reader.set_block_limits(max_lines, max_bytes);
  std::istringstream in(input);
  reader.read_jsonl(in, "x.jsonl");
  CHECK(reader.counts().bytes == input.size());
  return blocks;
}

}  // namespace

TEST_CASE("read: blocks are whole lines, numbered, and together the whole input", "[read]") {
  std::string input;
  for (int i = 1; i <= 10; ++i) input += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"t\"}\n";
  input += "{\"id\": \"last\", \"text\": \"no newline\"}";
  for (std::size_t max_lines : {1u, 3u, 100u}) {
    auto blocks = blocks_of(input, max_lines, 1u << 20);
    std::string joined;
    long expected_line = 1;
    for (const Block& b : blocks) {
      CHECK(b.first_line == expected_line);
      expected_line += static_cast<long>(std::count(b.text.begin(), b.text.end(), '\n'));
      joined += b.text;
    }
    CHECK(joined == input);
    CHECK(blocks.size() == (max_lines == 1 ? 11u : max_lines == 3 ? 4u : 1u));
  }
  // The byte limit cuts after the line that reaches it; a line is never cut.
  auto by_bytes = blocks_of(input, 100, 10);
  CHECK(by_bytes.size() == 11);
}

TEST_CASE("read: a line longer than every read buffer stays one block", "[read]") {
  std::string long_line = "{\"id\": \"long\", \"text\": \"" + std::string(300000, 'a') + "\"}";
  auto blocks = blocks_of("{\"id\": \"a\", \"text\": \"b\"}\n" + long_line + "\n\n", 1, 1u << 20);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].text == long_line + "\n");
  CHECK(blocks[1].first_line == 2);
  CHECK(blocks[2].text == "\n");
}

TEST_CASE("read: read_lines numbers documents and errors from the block's first line", "[read]") {
  std::vector<std::string> ids;
  std::vector<long> lines;
  std::vector<std::string> diagnostics;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) {
    ids.push_back(d.id);
    lines.push_back(d.first_line);
    return true;
  };
  cb.on_diagnostic = [&](const Diagnostic& d) {
    diagnostics.push_back(d.format());
    return true;
  };
  Reader reader(std::move(cb));
  reader.read_lines("{\"id\": \"a\", \"text\": \"x\"}\r\n\n{oops\n{\"text\": \"y\"}", "x.jsonl", 41);
  CHECK(ids == std::vector<std::string>{"a", "x.jsonl:44"});
  CHECK(lines == std::vector<long>{41, 44});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rfind("x.jsonl:43: error: invalid JSON", 0) == 0);
}
