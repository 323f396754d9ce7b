#include "export/fd_ostream.hpp"

#include <unistd.h>

#include <cerrno>

namespace ng::exporters {

FdOutputBuffer::FdOutputBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

bool FdOutputBuffer::write_all(const char* data, std::size_t size) {
  if (error_ != 0) return false;
  while (size > 0) {
    ssize_t written = ::write(fd_, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      error_ = written < 0 ? errno : EIO;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

bool FdOutputBuffer::drain() {
  bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdOutputBuffer::xsputn(const char* data, std::streamsize size) {
  if (size > epptr() - pptr() && !drain()) return 0;
  if (size <= epptr() - pptr()) {
    traits_type::copy(pptr(), data, static_cast<std::size_t>(size));
    pbump(static_cast<int>(size));
    return size;
  }
  // Larger than the whole buffer: written as it is, without copying it.
  return write_all(data, static_cast<std::size_t>(size)) ? size : 0;
}

int FdOutputBuffer::sync() { return drain() ? 0 : -1; }

}  // namespace ng::exporters
