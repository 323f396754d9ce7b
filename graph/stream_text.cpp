#include "graph/stream_text.hpp"

#include <algorithm>
#include <cstring>
#include <new>

namespace ng::graph {

namespace {

std::unique_ptr<char[], StreamText::FreeDeleter> allocate_text(std::size_t bytes) {
  char* p = static_cast<char*>(std::malloc(bytes));
  if (p == nullptr) throw std::bad_alloc();
  return std::unique_ptr<char[], StreamText::FreeDeleter>(p);
}

}  // namespace

StreamText read_stream_text(std::istream& in) {
  // The size, when the stream can tell it, lets one read fill the block directly (large
  // reads bypass the stream's own buffer); pipes grow the block by doubling.
  std::size_t capacity = std::size_t{1} << 20;
  auto start = in.tellg();
  if (start != std::streampos(-1) && in.seekg(0, std::ios::end)) {
    auto end = in.tellg();
    if (end != std::streampos(-1) && end > start) capacity = static_cast<std::size_t>(end - start) + 1;
    in.seekg(start);
  }
  in.clear();
  StreamText text{allocate_text(capacity), 0};
  for (;;) {
    in.read(text.data.get() + text.size, static_cast<std::streamsize>(capacity - 1 - text.size));
    text.size += static_cast<std::size_t>(in.gcount());
    // A full block is usually the whole file: peek rather than grow it to find out.
    if (!in || in.peek() == std::char_traits<char>::eof()) break;
    auto bigger = allocate_text(2 * capacity);
    std::memcpy(bigger.get(), text.data.get(), text.size);
    text.data = std::move(bigger);
    capacity *= 2;
  }
  text.data[text.size] = '\0';
  return text;
}

std::string stream_position(std::istream& in, std::streampos start, std::size_t offset) {
  in.clear();
  if (start == std::streampos(-1) || !in.seekg(start)) return "offset " + std::to_string(offset);
  std::size_t line = 1, column = 1;
  char chunk[1 << 16];
  while (offset > 0) {
    in.read(chunk, static_cast<std::streamsize>(std::min(offset, sizeof chunk)));
    auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    for (std::size_t i = 0; i < got; ++i) {
      if (chunk[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    offset -= got;
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace ng::graph
