// newsgraph build: inputs -> knowledge graph -> GraphML / GEXF / DOT / JSON files, HTML pages.

#include <spdlog/spdlog.h>

#include <spdlog/fmt/ranges.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/dot_writer.hpp"
#include "export/exporter.hpp"
#include "export/format.hpp"
#include "export/output_file.hpp"
#include "export/output_target.hpp"
#include "graph/graph_json_reader.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/snapshot_reader.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/person_ids.hpp"
#include "ingest/pipeline.hpp"

namespace ng::app {

namespace {

constexpr const char* kBuildFooter = R"(
INPUT is any of:
  a .txt file        one document; its id is the path as given
  a .jsonl file      one JSON object per line: {"id", "text", "title"?, "date"?, "url"?}
                     is a document; a line with "relation" is a statement (as printed by
                     `newsgraph statements`)
  a graph .json      written by `build`: merged, so build also converts and merges graphs
  a graph snapshot   a .ngx file written by `build` (told by its first bytes, not its name):
                     merged like a graph .json, read without parsing
  a directory        read recursively in sorted order (.txt and .jsonl files only)
  -                  standard input: JSON Lines, or one text document with id "stdin"
OUT's extension picks the format (.graphml, .gexf, .dot/.gv, .json, .html, .ngx: the binary
snapshot that path, neighbors and stats map instead of parsing); `-o -` writes standard output
and needs --format. A regular OUT (or the file a symlink OUT points to) is replaced
atomically: a failed or interrupted run leaves it untouched. A device, FIFO or socket is
written to directly, never replaced; a directory is a usage error.
--timeline makes the GEXF dynamic, for Gephi's timeline (Timeline, then Enable).
An .html OUT is one page that works offline: the graph drawn with sigma.js, search, filters,
paths, and each edge's evidence one click away. Above --html-max-edges it draws the heaviest
edges and says how many it left out.

Exit status: 0 ok, 1 some input skipped (with a summary) or an output failed, 2 usage error,
128+N killed by signal N (SIGINT, SIGTERM and SIGHUP remove the temporary file first).

Examples:
  newsgraph build samples -o out/seed.graphml -o out/seed.dot -o out/seed.json
  newsgraph build news.jsonl --threads 2 -o - --format dot | dot -Tsvg > news.svg
  newsgraph build a.json b.json -o merged.json
  newsgraph build news.jsonl -o out/news.json -o out/news.ngx
  newsgraph build news.jsonl --since 2021-08-01 --types criticizes,urges --min-weight 2 -o out/g.json
  newsgraph build news.jsonl --level person -o out/persons.json
  newsgraph build news.jsonl --timeline -o out/news.gexf
  newsgraph build samples -o out/seed.html
)";

// Whether every edge of `g` keeps at most `max_evidence` records (else merging caps them).
bool fits(const graph::CompactGraph& g, std::size_t max_evidence) {
  return std::all_of(g.edges.begin(), g.edges.end(),
                     [max_evidence](const graph::CompactEdge& e) { return e.evidence_count <= max_evidence; });
}

struct Output {
  std::string path;
  exporters::Format format;
};

// A directory, or a file in a missing directory, is known before hours of reading are spent.
// Nothing is opened yet: a FIFO's reader may come later.
int check_output(const std::string& path) {
  exporters::OutputTarget target = exporters::resolve_output(path);
  if (target.error == 0) return kExitOk;
  print_error(exporters::cannot_write(path, target, std::strerror(target.error)));
  return target.error == EISDIR ? kExitUsage : kExitSkipped;
}

// What the DOT writer chose by size is said once, with the way to choose otherwise.
void explain_dot_choice(const std::string& path, const exporters::DotChoice& choice) {
  std::string layout = choice.layout.empty() ? "no layout (the command's engine decides)"
                                             : "layout=" + choice.layout;
  std::cerr << "newsgraph: " << (path == "-" ? "standard output" : path) << ": " << choice.edges
            << " edges, " << choice.nodes << " actors: " << layout << ", edge labels "
            << (choice.labels ? "on" : "off (widths and colours stay)")
            << "; change with --dot-layout dot|neato|fdp|sfdp|none, --dot-labels on|off\n";
}

// Says on stderr what a page left out, and how to draw more.
void explain_html_cap(const std::string& path, const exporters::HtmlCap& cap) {
  if (!cap.capped()) return;
  std::cerr << "newsgraph: " << (path == "-" ? "standard output" : path) << ": drawing the " << cap.edges
            << " heaviest of " << cap.edges_total << " edges: " << cap.edges_total - cap.edges
            << " edges and " << cap.actors_total - cap.actors
            << " actors left out; change with --html-max-edges N (0: no limit)\n";
}

// The command line as the page shows it; words with spaces or quotes are single-quoted.
std::string command_line(int argc, char** argv) {
  std::string line = "newsgraph";
  for (int i = 0; i < argc; ++i) {
    std::string_view word = argv[i];
    line += ' ';
    if (!word.empty() && word.find_first_of(" \t\n'\"\\$`*?;&|<>()") == std::string_view::npos) {
      line += word;
      continue;
    }
    line += '\'';
    for (char c : word) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

// What the search box finds an actor by: its dictionary names (not capitals or persons).
std::map<std::string, std::vector<std::string>> search_names(const ingest::ActorDictionary& dictionary) {
  std::map<std::string, std::vector<std::string>> names;
  for (const ingest::Alias& alias : dictionary.aliases()) {
    if (alias.form != ingest::AliasForm::Name) continue;
    names[dictionary.entries()[alias.entry].id].push_back(alias.text);
  }
  return names;
}

}  // namespace

int run_build(int argc, char** argv) {
  CLI::App app{"Read news and write the knowledge graph of actors and their relations.", "newsgraph build"};
  app.footer(kBuildFooter);
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> output_paths;
  std::string format_name;
  bool portable = false;
  bool timeline = false;
  app.add_option("INPUT", inputs, "text, JSON Lines, graph JSON, directory or -")->required();
  app.add_option("-o,--output", output_paths, "output file (repeatable); - for standard output")
      ->required()
      ->type_name("OUT");
  app.add_option("--format", format_name,
                 "graphml, gexf, dot, json, html or ngx: for -o - and for names without a known extension")
      ->type_name("F");
  app.add_flag("--portable", portable,
               "write has-ties-with as one directed edge per pair (readable by networkx and Boost)");
  app.add_flag("--timeline", timeline,
               "GEXF: a dynamic graph, each edge on the dates of its statements (Gephi's timeline)");
  exporters::ExportOptions export_options;
  app.add_option("--dot-layout", export_options.dot_layout,
                 fmt::format("DOT: the engine written as layout=, or none to leave it to the command; "
                             "auto: dot up to {} edges, neato up to {} actors, sfdp beyond",
                             exporters::kDotRanksMaxEdges, exporters::kDotLayoutMaxNodes))
      ->type_name("ENGINE")
      ->check(CLI::IsMember({"auto", "none", "dot", "neato", "fdp", "sfdp", "circo", "twopi"}))
      ->capture_default_str();
  app.add_option("--dot-labels", export_options.dot_labels,
                 fmt::format("DOT: edge labels; auto drops them above {} edges (widths and colours stay)",
                             exporters::kDotLabelsMaxEdges))
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "on", "off"}))
      ->capture_default_str();
  app.add_option("--html-max-edges", export_options.html.max_edges,
                 "HTML: draw at most this many edges, the heaviest (0: all); the page says how many were left out")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000000}))
      ->capture_default_str();
  add_common_options(app, common);
  FilterOptions filters;
  add_filter_options(app, filters, FilterScope::Build);
  if (int status = parse(app, argc, argv); status >= 0) return status;

  std::optional<exporters::Format> forced;
  if (!format_name.empty()) {
    forced = exporters::parse_format(format_name);
    if (!forced) {
      print_error("unknown format '" + format_name + "' (expected graphml, gexf, dot, json, html or ngx)");
      return kExitUsage;
    }
  }
  std::vector<Output> outputs;
  int stdout_count = 0;
  for (const std::string& path : output_paths) {
    std::optional<exporters::Format> format = path == "-" ? forced : exporters::format_for_path(path);
    if (!format) format = forced;
    if (!format) {
      print_error(path == "-" ? "-o - needs --format graphml|gexf|dot|json|html|ngx"
                              : "cannot tell the format of \"" + path +
                                    "\" from its extension (.graphml, .gexf, .dot, .json, .html, .ngx); use --format");
      return kExitUsage;
    }
    if (path == "-" && ++stdout_count > 1) {
      print_error("-o - given twice");
      return kExitUsage;
    }
    if (*format == exporters::Format::Html && !exporters::html_view_available()) {
      print_error("cannot write \"" + path + "\": this newsgraph was built without the HTML view "
                  "(node or the npm packages of view/ were missing when it was built, or NG_HTML_VIEW was OFF: "
                  "run `bash .ci/deps`, then build again)");
      return kExitSkipped;
    }
    if (path != "-") {
      if (int status = check_output(path); status != kExitOk) return status;
    }
    outputs.push_back({path, *format});
  }

  ingest::ActorDictionary dictionary;
  ingest::RelationLexicon lexicon;
  if (!load_dictionary(common, dictionary) || !load_lexicon(common, lexicon)) return kExitUsage;
  ingest::Pipeline pipeline = ingest::default_pipeline(dictionary, lexicon);

  // The process ends right after the outputs are written, and freeing a million edges one by
  // one costs more than writing them (0.7 of 4 s): the system takes the memory back at once,
  // as compilers do. Sanitizer builds free it, so that LeakSanitizer stays meaningful.
  auto graph_owner = std::make_unique<graph::KnowledgeGraph>(common.max_evidence);
  graph::KnowledgeGraph& graph = *graph_owner;
#if !defined(__SANITIZE_ADDRESS__) && !defined(NG_FREE_AT_EXIT)
  struct Abandon {
    std::unique_ptr<graph::KnowledgeGraph>& owner;
    ~Abandon() { static_cast<void>(owner.release()); }
  } abandon{graph_owner};
#endif
  if (!configure_graph(filters, graph)) return kExitUsage;
  // Snapshots are merged here, before the other inputs (merging does not depend on order);
  // the readers under ingest/ know text and JSON only.
  std::vector<std::string> snapshots, others;
  for (const std::string& input : inputs) (input != "-" && graph::is_snapshot_file(input) ? snapshots : others).push_back(input);
  std::uint64_t snapshot_skipped = 0;
  auto filter = make_filter(filters);
  // A lone snapshot with nothing to filter is written from the mapping where the format
  // allows (GraphML, JSON, .ngx): converting a big graph then costs no rebuilding.
  std::optional<graph::CompactGraph> lone;
  for (const std::string& path : snapshots) {
    graph::CompactGraph snapshot;
    if (auto why = graph::map_snapshot(path, snapshot)) {
      print_error(*why);
      ++snapshot_skipped;
      if (common.strict) {
        print_error("stopped at the first error (--strict); no output written");
        return kExitSkipped;
      }
      continue;
    }
    if (snapshots.size() == 1 && others.empty() && filter && filter->empty() && fits(snapshot, common.max_evidence)) {
      lone = std::move(snapshot);
    } else {
      graph::merge_compact(snapshot, graph);
    }
  }
  ingest::PersonIds person_ids(dictionary);
  graph.set_person_resolver(std::ref(person_ids));
  ingest::BatchSink sink;
  bool html = std::any_of(outputs.begin(), outputs.end(),
                          [](const Output& o) { return o.format == exporters::Format::Html; });
  std::map<std::string, std::string>& doc_urls = export_options.html.doc_urls;
  sink.on_document = [&](const ingest::Document& doc) {
    if (html && !doc.url.empty() && !doc.statements.empty()) doc_urls.emplace(doc.id, doc.url);
    for (const graph::Statement& statement : doc.statements) graph.add(statement);
  };
  sink.on_statement = [&](const graph::Statement& statement) { graph.add(statement); };
  sink.on_graph = [&](std::istream& in, const std::string& origin) {
    return graph::read_graph_json(in, origin, graph);
  };
  ingest::BatchSummary summary;
  if (!others.empty()) summary = read_news(others, pipeline, dictionary, batch_options(common), sink);
  summary.graphs += snapshots.size();  // counted as the graph .json reader counts them
  summary.skipped += snapshot_skipped;
  if (summary.stopped) {
    print_error("stopped at the first error (--strict); no output written");
    return kExitSkipped;
  }

  finish_graph(filters, graph);
  bool write_failed = false;
  export_options.portable = portable;
  export_options.timeline = timeline;
  if (html) {
    export_options.html.title = fmt::format("{}", fmt::join(inputs, " "));
    export_options.html.command = command_line(argc, argv);
    export_options.html.aliases = search_names(dictionary);
  }
  // A snapshot written with JSON or GraphML: the graph is made compact once (the snapshot is
  // that form), and they are written from it too, reading flat arrays in export order instead
  // of sorting the edges again and walking the graph's scattered edges and evidence.
  auto compact_outputs = std::count_if(outputs.begin(), outputs.end(),
                                       [](const Output& o) { return exporters::writes_from_compact(o.format); });
  bool share_compact = !lone && compact_outputs > 1 &&
                       std::any_of(outputs.begin(), outputs.end(),
                                   [](const Output& o) { return o.format == exporters::Format::Snapshot; });
  std::optional<graph::CompactGraph> shared;
  for (const Output& output : outputs) {
    const graph::CompactGraph* compact = nullptr;
    if (exporters::writes_from_compact(output.format) && (lone || share_compact)) {
      if (!lone && !shared) shared = graph::compact_graph(graph);
      compact = lone ? &*lone : &*shared;
    }
    if (lone && !compact && boost::num_vertices(graph.graph()) == 0) graph::merge_compact(*lone, graph);
    exporters::HtmlCap cap;
    auto write = [&](std::ostream& out) {
      if (output.format == exporters::Format::Html) {
        cap = exporters::write_html(out, graph, export_options.html);
      } else if (compact) {
        exporters::write_graph(out, *compact, output.format, export_options);
      } else {
        exporters::write_graph(out, graph, output.format, export_options);
      }
    };
    std::optional<std::string> why = output.path == "-"
                                         ? exporters::write_stream_checked(std::cout, "standard output", write)
                                         : exporters::write_output(output.path, write);
    if (why) {
      print_error(*why);
      write_failed = true;
    } else if (output.format == exporters::Format::Dot) {
      explain_dot_choice(output.path, exporters::choose_dot(graph, export_options));
    } else if (output.format == exporters::Format::Html) {
      explain_html_cap(output.path, cap);
    }
  }
  spdlog::debug("{} documents, {} statement records, {} vertices", summary.documents, summary.statements,
                boost::num_vertices(graph.graph()));
  print_skipped_summary(summary);
  return write_failed || summary.skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace ng::app
