// `newsgraph path GRAPH FROM TO`: how two actors are connected (issue #4), and
// `newsgraph path GRAPH --pairs FILE`: many such questions of one graph, one JSON line each.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <thread>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/path_writer.hpp"
#include "export/text_escape.hpp"
#include "graph/utf8.hpp"
#include "graph/graph_filter.hpp"
#include "graph/paths.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::app {

namespace {

struct Query {
  const graph::CompactGraph& graph;
  const ingest::ActorDictionary& dictionary;
  const std::string& graph_path;
  graph::PathFinder& finder;
};

// Resolves FROM and TO into `ends`. False, after saying why on stderr (prefixed by
// `where`), when an actor is unknown (status 2; 1 for a known actor the graph lacks) or has no
// edge the filters keep (status 1).
bool resolve_ends(const Query& q, const std::string& from_name, const std::string& to_name,
                  graph::NodeIndex ends[2], int& status, const std::string& where = "") {
  const std::string* names[2] = {&from_name, &to_name};
  for (int i = 0; i < 2; ++i) {
    status = kExitOk;
    auto v = resolve_actor(q.graph, q.dictionary, *names[i], q.graph_path, status, where);
    if (!v) return false;
    ends[i] = *v;
  }
  for (int i = 0; i < 2; ++i) {
    if (ends[0] != ends[1] && !q.finder.has_edges(ends[i])) {
      print_note(where + "no path from " + from_name + " to " + to_name + " (" + std::string(q.graph.label(ends[i])) +
                 " has no edge the filters keep)");
      status = kExitSkipped;
      return false;
    }
  }
  return true;
}

void say_no_path(const std::string& where, const std::string& from_name, const std::string& to_name) {
  print_note(where + "no path from " + from_name + " to " + to_name);
}

// One line of a --pairs batch.
struct Pair {
  long line = 0;
  std::string from, to;
  graph::NodeIndex ends[2] = {0, 0};
  const char* error = nullptr;  // set when the line cannot be searched
  std::vector<graph::Path> paths;
};

void write_unanswered(const Pair& pair) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto string = [&w](std::string_view s) {
    std::string clean = graph::valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  };
  w.StartObject();
  w.Key("line");
  w.Int64(pair.line);
  w.Key("from");
  string(pair.from);
  w.Key("to");
  string(pair.to);
  w.Key("error");
  w.String(pair.error);
  w.EndObject();
  std::cout << buffer.GetString() << '\n';
}

// One JSON line per line of `in`: FROM<TAB>TO. A line that cannot be answered (unknown actor,
// no tab) is said on stderr with its line number and written as {"line", "from", "to",
// "error"}, and the batch goes on. Lines are resolved in order, in blocks; a block's searches
// run on two threads (each its own PathFinder), and its answers are written in order. 0 when
// every pair has a path, else 1.
int answer_pairs(const Query& q, const graph::PathOptions& options, std::istream& in, const std::string& origin) {
  constexpr std::size_t kBlock = 4096;
  std::unique_ptr<graph::PathFinder> second;
  if (std::thread::hardware_concurrency() > 1) second = std::make_unique<graph::PathFinder>(q.graph, options);
  std::vector<Pair> block;
  std::size_t unanswered = 0;
  auto finish_block = [&] {
    auto search = [&block](graph::PathFinder& finder, std::size_t first, std::size_t stride) {
      for (std::size_t i = first; i < block.size(); i += stride) {
        if (!block[i].error) block[i].paths = finder.find(block[i].ends[0], block[i].ends[1]);
      }
    };
    if (second) {
      std::thread helper(search, std::ref(*second), 1, 2);
      search(q.finder, 0, 2);
      helper.join();
    } else {
      search(q.finder, 0, 1);
    }
    for (const Pair& pair : block) {
      if (pair.error) {
        write_unanswered(pair);
        ++unanswered;
        continue;
      }
      if (pair.paths.empty()) {
        say_no_path(origin + ":" + std::to_string(pair.line) + ": ", pair.from, pair.to);
        ++unanswered;
      }
      exporters::write_paths_json(std::cout, q.graph, q.graph.id(pair.ends[0]), q.graph.id(pair.ends[1]),
                                  pair.paths, true);
    }
    block.clear();
  };
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::string where = origin + ":" + std::to_string(number) + ": ";
    Pair& pair = block.emplace_back();
    pair.line = number;
    auto tab = line.find('\t');
    if (tab == std::string::npos) {
      print_error(where + "expected FROM<TAB>TO");
      pair.from = line;
      pair.error = "expected FROM<TAB>TO";
    } else {
      pair.from = line.substr(0, tab);
      pair.to = line.substr(tab + 1);
      int status = kExitOk;
      if (!resolve_ends(q, pair.from, pair.to, pair.ends, status, where)) {
        pair.error = status == kExitSkipped ? "no path" : "unknown actor";
      }
    }
    if (block.size() == kBlock) finish_block();
  }
  finish_block();
  if (in.bad()) {
    print_error(origin + ": read error");
    return kExitSkipped;
  }
  if (unanswered > 0) print_note(std::to_string(unanswered) + " of " + std::to_string(number) + " lines without a path");
  return unanswered > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

int run_path(int argc, char** argv) {
  CLI::App app{"Show how two actors are connected in a graph built by `newsgraph build`.\n"
               "FROM and TO are ids or any name the actor dictionary knows (\"the U.S\", \"Moscow\").\n"
               "With --pairs, answer many such questions of one graph: one JSON line per pair.",
               "newsgraph path"};
  app.footer(
      "Examples:\n"
      "  newsgraph path seed.json Qatar Russia --explain\n"
      "  newsgraph path seed.json USA NATO --directed --k 3 --json\n"
      "  newsgraph path seed.json Qatar Russia --kinds country,armed-group --min-weight 2\n"
      "  newsgraph build seed.json -o seed.ngx && printf 'QAT\\tRUS\\nUSA\\tNATO\\n' | newsgraph path seed.ngx --pairs -\n"
      "GRAPH is a graph .json or a .ngx snapshot (mapped, not parsed: much faster on big graphs).\n"
      "Exit status: 0 path found (every pair: a path), 1 no path (for some pair) or unreadable graph,\n"
      "2 usage error or unknown actor (with --pairs, an unknown actor is said with its line number\n"
      "and the batch goes on: exit 1).");
  std::string graph_path, from_name, to_name, pairs_path;
  FilterOptions filter_options;
  bool json = false, explain = false;
  CommonOptions common;
  graph::PathOptions options;
  app.add_option("GRAPH", graph_path, "graph .json or .ngx snapshot written by `newsgraph build`")->required();
  auto* from_option = app.add_option("FROM", from_name, "actor the path starts at");
  auto* to_option = app.add_option("TO", to_name, "actor the path ends at");
  auto* pairs_option = app.add_option("--pairs", pairs_path,
                                      "answer each FROM<TAB>TO line of FILE (- for standard input) with one JSON line")
                           ->type_name("FILE");
  app.add_flag("--json", json, "print the paths as JSON (the stable interface)");
  auto* explain_option = app.add_flag("--explain", explain, "print each hop's best evidence sentence");
  app.add_flag("--directed", options.directed,
               "follow criticizes and urges only from source to target (ties both ways)");
  add_filter_options(app, filter_options, FilterScope::Query);
  app.add_option("--max-hops", options.max_hops, "longest path to show, in hops")
      ->check(CLI::Range(0, 1000000));
  app.add_option("--k", options.k, "show the K shortest loopless paths")
      ->check(CLI::Range(1, 10000));
  app.add_flag("--weighted", options.weighted, "prefer strong edges: cost 1/weight (Dijkstra)");
  app.add_option("--actors", common.actors, "extra actor dictionary JSON file (repeatable)")
      ->allow_extra_args(false);
  pairs_option->excludes(from_option)->excludes(to_option)->excludes(explain_option);
  if (int status = parse(app, argc, argv); status >= 0) return status;
  bool batch = !pairs_option->empty();
  if (!batch && (from_option->empty() || to_option->empty())) {
    print_error(std::string(from_option->empty() ? "FROM" : "TO") + " is required (or --pairs FILE)");
    return kExitUsage;
  }
  auto filter = make_filter(filter_options);
  if (!filter) return kExitUsage;
  options.filter = *filter;

  ingest::ActorDictionary dict;
  if (!load_dictionary(common, dict)) return kExitUsage;
  std::ifstream pairs_file;
  if (batch && pairs_path != "-") {
    pairs_file.open(pairs_path);
    if (!pairs_file) {
      print_error("\"" + pairs_path + "\": " + std::strerror(errno));
      return kExitSkipped;
    }
  }

  graph::CompactGraph g;
  if (!load_query_graph(graph_path, g, explain)) return kExitSkipped;
  graph::PathFinder finder(g, options);
  Query query{g, dict, graph_path, finder};
  if (batch) {
    int status = answer_pairs(query, options, pairs_path == "-" ? std::cin : pairs_file,
                              pairs_path == "-" ? "standard input" : pairs_path);
    return flush_stdout() ? status : kExitSkipped;
  }
  graph::NodeIndex ends[2];
  int status = kExitOk;
  if (!resolve_ends(query, from_name, to_name, ends, status)) return status;
  std::vector<graph::Path> paths = finder.find(ends[0], ends[1]);
  if (json) {
    exporters::write_paths_json(std::cout, g, g.id(ends[0]), g.id(ends[1]), paths);
  } else {
    exporters::write_paths_text(std::cout, g, paths, explain);
  }
  if (!flush_stdout()) return kExitSkipped;
  if (paths.empty()) {
    say_no_path("", from_name, to_name);
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace ng::app
