#pragma once
// IdTable: node ids (views into a text that outlives the table) to vertices, in an
// open-addressing table probed in place. graph_json_reader looks up every edge end here:
// in the graph's own node-based hash map, a million lookups cost as much as parsing them.
// Insert-only; the first vertex given for an id stays.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace ng::graph {

class IdTable {
 public:
  void insert(std::string_view id, Vertex v) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    Slot& slot = slots_[slot_of(id)];
    if (slot.id.data() == nullptr) {
      slot = Slot{id, v};
      ++count_;
    }
  }
  std::optional<Vertex> find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    const Slot& slot = slots_[slot_of(id)];
    if (slot.id.data() == nullptr) return std::nullopt;
    return slot.vertex;
  }

 private:
  struct Slot {
    std::string_view id;  // data() == nullptr: empty (ids from the text never are)
    Vertex vertex = 0;
  };
  static std::size_t hash(std::string_view id) {
    std::uint64_t h = 14695981039346656037ULL;  // FNV-1a: ids are a few bytes long
    for (unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The slot holding `id`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view id) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(id) & mask;
    while (slots_[i].id.data() != nullptr && slots_[i].id != id) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    for (const Slot& slot : old) {
      if (slot.id.data() != nullptr) slots_[slot_of(slot.id)] = slot;
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t count_ = 0;
};

}  // namespace ng::graph
