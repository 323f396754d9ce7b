#pragma once
// What the subcommands share: the common options, loading the dictionary and lexicon,
// argument parsing with our exit codes, and printing to stderr.

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/actor_dictionary.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/diagnostics.hpp"
#include "ingest/relation_lexicon.hpp"

namespace ng::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;
inline constexpr int kExitUsage = 2;

struct CommonOptions {
  std::vector<std::string> actors;
  std::vector<std::string> lexicons;
  unsigned threads = 0;  // 0: all cores
  bool strict = false;
  std::size_t max_evidence = 20;
};

/// Adds --actors, --lexicon, --threads, --strict and --max-evidence.
void add_common_options(CLI::App& app, CommonOptions& options);
/// Adds only --actors and --lexicon (commands that read no news).
void add_dictionary_options(CLI::App& app, CommonOptions& options);

/// Parses; returns -1 to go on, or the exit status (0 after --help, 2 on a usage error).
int parse(CLI::App& app, int argc, char** argv);

/// "newsgraph: error: <message>" on stderr.
void print_error(std::string_view message);
void print_diagnostic(const ingest::Diagnostic& diagnostic);
/// "2 of 40 documents skipped" on stderr when anything was skipped.
void print_skipped_summary(const ingest::BatchSummary& summary);

/// The built-in dictionary and lexicon plus the user's files; false (after printing why)
/// when a file cannot be used.
bool load_dictionary(const CommonOptions& options, ingest::ActorDictionary& dictionary);
bool load_lexicon(const CommonOptions& options, ingest::RelationLexicon& lexicon);

ingest::BatchOptions batch_options(const CommonOptions& options);

/// The closest candidate by edit distance, or "" when none is close ("did you mean").
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

/// A progress line on stderr (documents, MB/s, time left), only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(const std::vector<std::string>& inputs);
  ~Progress();
  void update(const ingest::ReadCounts& counts);
  void done();

 private:
  bool enabled_ = false;
  bool shown_ = false;
  std::uint64_t total_bytes_ = 0;  // 0 when unknown (stdin)
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace ng::app
