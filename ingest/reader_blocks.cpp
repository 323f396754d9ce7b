// Reader's block cutting: JSON Lines handed out raw, in blocks of whole lines, for other
// threads to parse (ReadCallbacks::on_lines, BatchReader).

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "ingest/reader.hpp"

namespace ng::ingest {

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
    return error(origin, first_line + static_cast<long>(lines), std::string("read error: ") + std::strerror(errno));
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

}  // namespace ng::ingest
