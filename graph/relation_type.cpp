#include "graph/relation_type.hpp"

namespace ng::graph {

std::string_view to_string(RelationType type) {
  switch (type) {
    case RelationType::HasTiesWith: return "has-ties-with";
    case RelationType::Criticizes: return "criticizes";
    case RelationType::Urges: return "urges";
  }
  return "unknown";
}

std::optional<RelationType> parse_relation_type(std::string_view text) {
  for (RelationType type : kAllRelationTypes) {
    if (to_string(type) == text) return type;
  }
  return std::nullopt;
}

}  // namespace ng::graph
