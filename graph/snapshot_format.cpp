#include "graph/snapshot_format.hpp"

#include <cstring>

namespace ng::graph::snapshot {

std::uint64_t checksum(std::span<const std::byte> bytes) {
  // Four independent lanes, so the multiplies overlap instead of waiting on each other.
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t lane[4] = {14695981039346656037ULL, 0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL,
                           0x165667b19e3779f9ULL};
  std::size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + i + 8 * k, 8);
      lane[k] = (lane[k] ^ word) * kPrime;
    }
  }
  std::uint64_t h = lane[0] ^ (lane[1] << 1 | lane[1] >> 63) ^ (lane[2] << 2 | lane[2] >> 62) ^
                    (lane[3] << 3 | lane[3] >> 61);
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<std::uint64_t>(bytes[i])) * kPrime;
  return (h ^ bytes.size()) * kPrime;
}

}  // namespace ng::graph::snapshot
