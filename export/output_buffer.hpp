#pragma once
// A string buffer flushed to an ostream in large blocks: streaming writers append to it
// and never hold the whole file, and the stream sees few, big writes.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace ng::exporters {

class OutputBuffer {
 public:
  // RapidJSON's output stream concept.
  using Ch = char;

  explicit OutputBuffer(std::ostream& out) : out_(out) { buffer_.reserve(kBlock + 4096); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;
  ~OutputBuffer() { Flush(); }

  std::string& text() { return buffer_; }
  /// Writes the buffer out once it is big enough; call between records.
  void maybe_flush() {
    if (buffer_.size() >= kBlock) Flush();
  }

  /// Writes what is buffered, then `text` straight to the stream, without copying it.
  void write_through(std::string_view text) {
    Flush();
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }

  void Put(char c) { buffer_ += c; }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace ng::exporters
