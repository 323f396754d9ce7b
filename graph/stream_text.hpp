#pragma once
// StreamText: a whole stream as one writable, NUL-terminated block, for in-situ parsing
// (graph_json_reader). Not a std::string: that would zero 400 MB before reading over it.
// (Huge pages were tried: fewer faults, but after another large process exits the kernel
// takes longer to find them, and `path` ran slower in the benchmark's sequence, not faster.)

#include <cstddef>
#include <cstdlib>
#include <istream>
#include <memory>
#include <string>

namespace ng::graph {

struct StreamText {
  struct FreeDeleter {
    void operator()(char* p) const { std::free(p); }
  };
  std::unique_ptr<char[], FreeDeleter> data;  // size + 1 bytes, the last one '\0'
  std::size_t size = 0;
};

/// Reads `in` to its end. A stream that can tell its size is read in one go; a pipe grows
/// the block by doubling. Throws std::bad_alloc when memory runs out.
StreamText read_stream_text(std::istream& in);

/// "LINE:COLUMN" (both from 1) of byte `offset` of the stream that read_stream_text read from
/// `start`, found by reading it again: an in-situ parse rewrites the text it has passed
/// (escapes decoded in place). "offset N" when the stream cannot go back (a pipe).
std::string stream_position(std::istream& in, std::streampos start, std::size_t offset);

}  // namespace ng::graph
