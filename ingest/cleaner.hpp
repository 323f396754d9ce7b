#pragma once
// Cleaner: reads Document::raw and ::title, writes Document::text. Typographic quotes,
// dashes and spaces become ASCII, control characters go, each paragraph becomes one line,
// and page furniture ("Share this post") and wire credits ("(Reporting by ...") are dropped,
// as listed in the lexicon. The title, when there is one, is the first line.

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class Cleaner : public Stage {
 public:
  explicit Cleaner(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "clean"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Raw}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Text}; }
  void run(Document& doc) const override;

 private:
  const RelationLexicon& lexicon_;
};

/// Typographic characters to ASCII, control characters to spaces, CRLF to LF.
std::string normalize_characters(std::string_view text);

}  // namespace ng::ingest
