#pragma once
// RelationLexicon: the wordings that make each relation type, the role nouns that make a
// person a speaker for an actor, and the cues for reporting, negation and plans. Loaded
// from JSON (ingest/lexicon/cues.json is embedded as the default; --lexicon adds more).

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ng::ingest {

class RelationLexicon {
 public:
  /// The built-in lexicon embedded in the binary.
  static RelationLexicon builtin();
  RelationLexicon();
  ~RelationLexicon();
  RelationLexicon(RelationLexicon&&) noexcept;
  RelationLexicon& operator=(RelationLexicon&&) noexcept;

  /// Adds the wordings of a cues JSON document; returns an error naming `origin` on bad input.
  std::optional<std::string> add_json(std::string_view json, std::string_view origin);
  /// Reads a file and calls add_json; the error names the path and the OS reason.
  std::optional<std::string> add_file(const std::string& path);

  struct Data;
  const Data& data() const { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

}  // namespace ng::ingest
