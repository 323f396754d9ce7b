#pragma once
// Stage: one step of the ingest pipeline. It reads what earlier stages put on the
// Document and adds its own annotations; requires()/assigns() let the pipeline check
// the order once, when it is built.

#include <string_view>
#include <vector>

#include "ingest/document.hpp"

namespace ng::ingest {

/// The annotation layers of a Document, in the order the default pipeline fills them.
enum class Layer { Raw, Text, Sentences, Mentions, Persons, References, Chunks, Speakers, Clauses, Statements };

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual std::vector<Layer> requires_layers() const = 0;
  virtual std::vector<Layer> assigns_layers() const = 0;
  virtual void run(Document& doc) const = 0;
};

}  // namespace ng::ingest
