#include "app/common.hpp"

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "graph/graph_json_reader.hpp"
#include "graph/snapshot_reader.hpp"
#include "ingest/edit_distance.hpp"
#include "ingest/input_files.hpp"
#include "ingest/actor_lookup.hpp"

namespace ng::app {

namespace {

// Without a bound, -1 would wrap to the largest size_t and be accepted.
constexpr std::size_t kMaxEvidence = 1'000'000;

// CLI::NonNegativeNumber lets NaN through, and its message prints DBL_MAX in 300 digits.
const CLI::Validator kNonNegativeWeight(
    [](std::string& text) -> std::string {
      double value = 0;
      if (CLI::detail::lexical_cast(text, value) && std::isfinite(value) && value >= 0) return {};
      return "expected a number >= 0, got '" + text + "'";
    },
    "N >= 0");

}  // namespace

void add_dictionary_options(CLI::App& app, CommonOptions& options) {
  app.add_option("--actors", options.actors,
                 "extra actor dictionary (JSON array of {id, names, kind}); repeatable, later wins")
      ->type_name("FILE");
  app.add_option("--lexicon", options.lexicons,
                 "extra relation wordings and noun patterns (cues or patterns JSON); repeatable")
      ->type_name("FILE");
}

void add_reading_options(CLI::App& app, CommonOptions& options) {
  add_dictionary_options(app, options);
  app.add_option("--threads", options.threads, "pipeline threads (default: all cores)")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  app.add_flag("--strict", options.strict, "stop at the first bad input instead of skipping it");
}

void add_common_options(CLI::App& app, CommonOptions& options) {
  add_reading_options(app, options);
  app.add_option("--max-evidence", options.max_evidence, "evidence kept per edge")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{0}, kMaxEvidence))
      ->capture_default_str();
}

int parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    std::fputs(app.help("", CLI::AppFormatMode::All).c_str(), stdout);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    std::fputs((std::string(e.what()) + "\n").c_str(), stdout);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    print_error(message);
    spdlog::error("run '{} --help' for usage", app.get_name());
    return kExitUsage;
  }
  return -1;
}

void print_error(std::string_view message) { spdlog::error("newsgraph: error: {}", message); }

void print_note(std::string_view message) { spdlog::error("newsgraph: {}", message); }

void print_diagnostic(const ingest::Diagnostic& diagnostic) {
  if (diagnostic.severity == ingest::Severity::Error) spdlog::error("{}", diagnostic.format());
  else spdlog::warn("{}", diagnostic.format());
}

bool flush_stdout() {
  std::cout.flush();
  if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return true;
  print_error(std::string("cannot write to standard output: ") + std::strerror(errno ? errno : EIO));
  return false;
}

void print_skipped_summary(const ingest::BatchSummary& summary) {
  if (summary.skipped == 0) return;
  bool documents_only = summary.statements == 0 && summary.graphs == 0;
  spdlog::error("{} of {} {} skipped", summary.skipped, summary.items(),
                documents_only ? "documents" : "inputs");
}

bool load_dictionary(const CommonOptions& options, ingest::ActorDictionary& dictionary) {
  dictionary = ingest::ActorDictionary::builtin();
  for (const std::string& file : options.actors) {
    if (auto why = dictionary.add_file(file)) {
      print_error(*why);
      return false;
    }
  }
  return true;
}

bool load_lexicon(const CommonOptions& options, ingest::RelationLexicon& lexicon) {
  lexicon = ingest::RelationLexicon::builtin();
  for (const std::string& file : options.lexicons) {
    if (auto why = lexicon.add_file(file)) {
      print_error(*why);
      return false;
    }
  }
  return true;
}

ingest::BatchOptions batch_options(const CommonOptions& options) {
  ingest::BatchOptions batch;
  batch.threads = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  batch.strict = options.strict;
  return batch;
}

ingest::BatchSummary read_news(const std::vector<std::string>& inputs, const ingest::Pipeline& pipeline,
                               const ingest::ActorDictionary& dictionary,
                               const ingest::BatchOptions& options, ingest::BatchSink sink) {
  Progress progress(inputs);
  sink.on_diagnostic = [&](const ingest::Diagnostic& d) {
    progress.done();
    print_diagnostic(d);
  };
  sink.on_progress = [&](const ingest::ReadCounts& counts) { progress.update(counts); };
  ingest::BatchSummary summary = ingest::read_inputs(inputs, pipeline, dictionary, options, sink);
  progress.done();
  return summary;
}

int printed_exit_status(const ingest::BatchSummary& summary) {
  if (!flush_stdout()) return kExitSkipped;
  if (summary.stopped) {
    print_error("stopped at the first error (--strict)");
    return kExitSkipped;
  }
  print_skipped_summary(summary);
  return summary.skipped > 0 ? kExitSkipped : kExitOk;
}

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  // Like ninja's SpellcheckString: only suggest what a typo could explain.
  std::size_t best = std::max<std::size_t>(2, word.size() / 3) + 1;
  std::string match;
  for (std::string_view candidate : candidates) {
    std::size_t d = ingest::edit_distance(word, candidate);
    if (d < best) {
      best = d;
      match = std::string(candidate);
    }
  }
  return match;
}

void add_filter_options(CLI::App& app, FilterOptions& options, FilterScope scope) {
  app.add_option("--types", options.types, "comma list of relation types to keep, e.g. has-ties-with,urges")
      ->type_name("LIST");
  app.add_option("--kinds", options.kinds,
                 "comma list of actor kinds; both ends of an edge must be one, e.g. country,organization")
      ->type_name("LIST");
  app.add_option("--min-weight", options.min_weight, "drop edges with fewer supporting statements")
      ->type_name("N")
      ->check(kNonNegativeWeight);
  if (scope != FilterScope::Build) return;
  app.add_option("--top", options.top,
                 "keep the N heaviest edges and their actors, for a readable picture of a big graph")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.add_option("--since", options.since,
                 "keep statements dated on or after this ISO date (undated ones are dropped)")
      ->type_name("DATE");
  app.add_option("--until", options.until,
                 "keep statements dated on or before this ISO date (undated ones are dropped)")
      ->type_name("DATE");
  app.add_option("--level", options.level,
                 "actor (default): a speaker's statement is their actor's; person: speakers become "
                 "nodes with a represents edge to their actor")
      ->check(CLI::IsMember({"actor", "person"}))
      ->capture_default_str();
}

std::optional<graph::GraphFilter> make_filter(const FilterOptions& options) {
  graph::GraphFilter filter;
  std::string bad;
  auto types = graph::parse_relation_list(options.types, bad);
  if (!types) {
    print_error("unknown relation type '" + bad + "' (expected has-ties-with, criticizes or urges)");
    return std::nullopt;
  }
  auto kinds = graph::parse_kind_list(options.kinds, bad);
  if (!kinds) {
    print_error("unknown actor kind '" + bad +
                "' (expected country, organization, armed-group, person or unknown)");
    return std::nullopt;
  }
  for (const std::string* date : {&options.since, &options.until}) {
    if (!date->empty() && !graph::is_iso_date(*date)) {
      print_error("bad date '" + *date + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
      return std::nullopt;
    }
  }
  filter.types = std::move(*types);
  filter.kinds = std::move(*kinds);
  filter.min_weight = options.min_weight;
  filter.top = options.top;
  filter.since = options.since;
  filter.until = options.until;
  return filter;
}

bool configure_graph(const FilterOptions& options, graph::KnowledgeGraph& graph) {
  auto filter = make_filter(options);
  if (!filter) return false;
  graph.set_level(options.level == "person" ? graph::Level::Person : graph::Level::Actor);
  if (!filter->empty()) {
    graph.set_statement_filter(
        [filter = *filter](const graph::Statement& statement) { return filter.keeps(statement); });
  }
  return true;
}

void finish_graph(const FilterOptions& options, graph::KnowledgeGraph& graph) {
  auto filter = make_filter(options);
  if (!filter || filter->empty()) return;
  graph = graph::filter_graph(graph, *filter);
}

namespace {

std::string did_you_mean(const std::vector<std::string>& names) {
  if (names.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out + "?";
}

}  // namespace

std::optional<graph::NodeIndex> resolve_actor(const graph::CompactGraph& graph,
                                              const ingest::ActorDictionary& dictionary,
                                              const std::string& name, const std::string& graph_path,
                                              int& status, const std::string& where) {
  ingest::ActorLookup lookup = ingest::find_actor(graph, dictionary, name);
  if (lookup.node) return lookup.node;
  if (lookup.known) {
    print_error(where + lookup.known->label + " (" + lookup.known->id + ") is not in " + graph_path);
    status = kExitSkipped;
  } else {
    print_error(where + "unknown actor '" + name + "'" + did_you_mean(lookup.suggestions));
    status = kExitUsage;
  }
  return std::nullopt;
}

bool load_query_graph(const std::string& path, graph::CompactGraph& graph, bool evidence) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    print_error("\"" + path + "\": " + std::strerror(errno));
    return false;
  }
  if (graph::is_snapshot_file(path)) {
    graph::SnapshotReadOptions options;
    options.evidence = evidence;
    if (auto error = graph::map_snapshot(path, graph, options)) {
      print_error(*error);
      return false;
    }
    return true;
  }
  // Never freed: destroying a million-edge graph one edge at a time takes longer than the
  // query, and the OS reclaims it at exit at once. Reachable, so no leak is reported.
  static auto* parsed = new graph::KnowledgeGraph;
  graph::GraphReadOptions read_options;
  read_options.evidence = evidence;
  if (auto error = graph::read_graph_json(in, path, *parsed, read_options)) {
    print_error(*error);
    return false;
  }
  graph = graph::compact_graph(*parsed);
  return true;
}

Progress::Progress(const std::vector<std::string>& inputs) {
  enabled_ = ::isatty(STDERR_FILENO) == 1;
  if (!enabled_) return;
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") {
      total_bytes_ = 0;
      break;
    }
    if (fs::is_directory(input, ec)) {
      // The files the reader will read, no others (problems are reported when it reads).
      ingest::WalkCallbacks walk;
      walk.on_file = [&](const std::string& path) {
        auto size = fs::file_size(path, ec);
        if (!ec) total_bytes_ += size;
        return true;
      };
      ingest::walk_news_files(input, walk);
    } else {
      auto size = fs::file_size(input, ec);
      if (!ec) total_bytes_ += size;
    }
  }
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { done(); }

void Progress::update(const ingest::ReadCounts& counts) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mb_per_s = seconds > 0 ? static_cast<double>(counts.bytes) / 1e6 / seconds : 0;
  std::string line = fmt::format("\r{} documents, {:.1f} MB/s", counts.documents, mb_per_s);
  if (total_bytes_ > counts.bytes && counts.bytes > 0) {
    double left = seconds * static_cast<double>(total_bytes_ - counts.bytes) / static_cast<double>(counts.bytes);
    line += fmt::format(", {:.0f} s left", left);
  }
  line += "\033[K";
  std::fputs(line.c_str(), stderr);
  shown_ = true;
}

void Progress::done() {
  if (shown_) std::fputs("\r\033[K", stderr);
  shown_ = false;
}

}  // namespace ng::app
