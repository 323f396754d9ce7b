#pragma once
// BatchReader: reads inputs, runs the pipeline on their documents in batches with N worker
// threads, and hands every result out in input order, on the calling thread. It is the one
// way the commands read and run documents: build and statements take the statements,
// inspect takes whole annotated documents (BatchOptions::annotations). The calling
// thread only reads raw blocks of lines and merges results; the workers parse the JSON and
// run the pipeline, several batches in flight. Memory stays bounded (a few batches per
// worker) and the results do not depend on the thread count, so a graph merged from them is
// byte-identical for any --threads.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/statement.hpp"
#include "ingest/actor_dictionary.hpp"
#include "ingest/diagnostics.hpp"
#include "ingest/document.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"

namespace ng::ingest {

struct BatchOptions {
  unsigned threads = 1;                   // pipeline workers; 1 runs everything inline
  std::size_t batch_documents = 512;      // a batch ends at this many documents or lines ...
  std::size_t batch_bytes = 1u << 20;     // ... or this many raw bytes
  bool strict = false;                    // the first error stops the run
  /// Keep every annotation (text, tokens, sentences, mentions, ...) on the documents handed
  /// out, and hand out a document the pipeline failed on too, as far as it got, with the
  /// error in its diagnostics (inspect). Costs memory: results wait whole to be handed out.
  bool annotations = false;
  /// The last stage to run (Pipeline::run_until); "" runs them all. BatchReader throws
  /// std::invalid_argument when the pipeline has no such stage.
  std::string until;
};

/// Where results go, in input order. Unset callbacks drop their items.
struct BatchSink {
  /// A document after the pipeline; its statements are in doc.statements. Unless
  /// BatchOptions::annotations, only id, title, date, url, origin, first_line, statements and
  /// diagnostics are kept: the annotations are released in the worker, so that results
  /// waiting to be merged stay small.
  std::function<void(const Document&)> on_document;
  /// A statement record of the input, resolved against the dictionary.
  std::function<void(const graph::Statement&)> on_statement;
  /// A graph .json input; returns an error message when it cannot be merged.
  std::function<std::optional<std::string>(std::istream&, const std::string& origin)> on_graph;
  /// Every reader and pipeline diagnostic.
  std::function<void(const Diagnostic&)> on_diagnostic;
  /// After each batch: how far the reading has got.
  std::function<void(const ReadCounts&)> on_progress;
};

struct BatchSummary {
  std::uint64_t documents = 0;   // documents read (processed or skipped)
  std::uint64_t statements = 0;  // statement records read
  std::uint64_t graphs = 0;      // graph files merged
  std::uint64_t skipped = 0;     // lines, files, documents and records that were not used
  std::uint64_t bytes = 0;
  bool stopped = false;          // --strict stopped the run at the first error

  /// Everything that could have been skipped, for "2 of 40 documents skipped".
  std::uint64_t items() const { return documents + statements + graphs + reader_skipped; }
  std::uint64_t reader_skipped = 0;  // the part of `skipped` that never became an item
};

class BatchReader {
 public:
  /// The pipeline and dictionary must outlive the reader.
  BatchReader(const Pipeline& pipeline, const ActorDictionary& dictionary, BatchOptions options,
              BatchSink sink);
  ~BatchReader();
  BatchReader(const BatchReader&) = delete;
  BatchReader& operator=(const BatchReader&) = delete;

  /// Reads one input as Reader::read_path does. Returns false once the run has stopped.
  bool read_path(const std::string& path);
  /// Reads a JSON Lines stream (tests, and anything not on disk).
  bool read_jsonl(std::istream& in, const std::string& origin);
  /// Processes what is still pending and returns the totals. Call once, at the end.
  BatchSummary finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Convenience: reads every input in order and finishes.
BatchSummary read_inputs(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                         const ActorDictionary& dictionary, const BatchOptions& options,
                         const BatchSink& sink);

}  // namespace ng::ingest
