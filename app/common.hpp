#pragma once
// What the subcommands share: the common options, loading the dictionary and lexicon,
// argument parsing with our exit codes, and printing to stderr.

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/compact_graph.hpp"
#include "graph/graph_filter.hpp"
#include "graph/knowledge_graph.hpp"
#include "ingest/actor_dictionary.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/diagnostics.hpp"
#include "ingest/pipeline.hpp"
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
/// Adds --actors, --lexicon, --threads and --strict (inspect, which keeps no evidence).
void add_reading_options(CLI::App& app, CommonOptions& options);
/// Adds only --actors and --lexicon (commands that read no news).
void add_dictionary_options(CLI::App& app, CommonOptions& options);

/// Parses; returns -1 to go on, or the exit status (0 after --help, 2 on a usage error).
int parse(CLI::App& app, int argc, char** argv);

/// "newsgraph: error: <message>" on stderr.
void print_error(std::string_view message);
/// "newsgraph: <message>" on stderr: an answer that is not an error ("no path from X to Y").
void print_note(std::string_view message);
/// Flushes standard output; false (after printing why) when the results did not all get
/// out, e.g. to a full disk: the command then exits 1.
bool flush_stdout();
void print_diagnostic(const ingest::Diagnostic& diagnostic);
/// "2 of 40 documents skipped" on stderr when anything was skipped.
void print_skipped_summary(const ingest::BatchSummary& summary);

/// The built-in dictionary and lexicon plus the user's files; false (after printing why)
/// when a file cannot be used.
bool load_dictionary(const CommonOptions& options, ingest::ActorDictionary& dictionary);
bool load_lexicon(const CommonOptions& options, ingest::RelationLexicon& lexicon);

ingest::BatchOptions batch_options(const CommonOptions& options);

/// Reads the inputs and runs the pipeline on their documents (ingest::read_inputs), with a
/// progress line and every diagnostic on stderr; the rest of the sink is the command's.
ingest::BatchSummary read_news(const std::vector<std::string>& inputs, const ingest::Pipeline& pipeline,
                               const ingest::ActorDictionary& dictionary,
                               const ingest::BatchOptions& options, ingest::BatchSink sink);
/// The exit status of a command that printed its results to stdout as it read (statements,
/// inspect), after saying why when it is not 0: stdout could not be written, --strict
/// stopped the run, or inputs were skipped.
int printed_exit_status(const ingest::BatchSummary& summary);

/// The closest candidate by edit distance, or "" when none is close ("did you mean").
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

/// --types, --kinds, --min-weight (build, path, neighbors) and, for build, --since, --until
/// and --level, as given on the command line.
struct FilterOptions {
  std::string types, kinds, since, until, level = "actor";
  double min_weight = 0;
  std::size_t top = 0;
};
enum class FilterScope { Build, Query };
void add_filter_options(CLI::App& app, FilterOptions& options, FilterScope scope);
/// The checked filter; nullopt (after printing why) on a bad type, kind or date.
std::optional<graph::GraphFilter> make_filter(const FilterOptions& options);
/// For build: checks the options and sets the graph's level and statement filter, so
/// statements are filtered as they merge. False (after printing why) on a usage error.
bool configure_graph(const FilterOptions& options, graph::KnowledgeGraph& graph);
/// For build, after reading: drops what only the aggregated graph can tell (min weight,
/// edges of graph .json inputs). Does nothing when no filter was given.
void finish_graph(const FilterOptions& options, graph::KnowledgeGraph& graph);

/// Resolves an actor named on the command line (ingest::find_actor). On failure prints why and sets
/// `status`: 2 for an unknown name ("did you mean"), 1 for a known actor the graph lacks.
/// `where` prefixes the message (a --pairs line: "pairs.tsv:3: ").
std::optional<graph::NodeIndex> resolve_actor(const graph::CompactGraph& graph,
                                           const ingest::ActorDictionary& dictionary,
                                           const std::string& name, const std::string& graph_path,
                                           int& status, const std::string& where = "");

/// Reads the graph a query runs on: a .ngx snapshot (told by its first bytes) is mapped and
/// checked, a graph .json is parsed and compacted. `evidence` says whether the query prints
/// evidence; a snapshot's evidence is otherwise left unread. False after printing why.
bool load_query_graph(const std::string& path, graph::CompactGraph& graph, bool evidence);

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
