#pragma once
// A stream buffer over an open file descriptor. Outputs are opened with open(2), not by
// std::ofstream, so that a name is never created where a device or FIFO should be and a
// temporary file never follows a link; and a failed write keeps its errno, which is the only
// honest reason a full disk or a closed socket gives.

#include <array>
#include <cstddef>
#include <streambuf>

namespace ng::exporters {

class FdOutputBuffer : public std::streambuf {
 public:
  explicit FdOutputBuffer(int fd);
  FdOutputBuffer(const FdOutputBuffer&) = delete;
  FdOutputBuffer& operator=(const FdOutputBuffer&) = delete;

  /// The errno of the first write that failed, 0 when none did.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool write_all(const char* data, std::size_t size);
  bool drain();

  int fd_;
  int error_ = 0;
  // Big blocks: few system calls, and a FIFO reader sees whole records most of the time.
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace ng::exporters
