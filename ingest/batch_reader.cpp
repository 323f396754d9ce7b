#include "ingest/batch_reader.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <thread>
#include <utility>

namespace ng::ingest {

struct BatchReader::State {
  const Pipeline& pipeline;
  const ActorDictionary& dictionary;
  BatchOptions options;
  BatchSink sink;
  Reader reader;

  std::vector<Document> filling;     // being read
  std::size_t filling_bytes = 0;
  std::vector<Document> in_flight;   // being processed by the workers
  std::vector<char> failed;          // per in-flight document: the pipeline threw
  std::future<void> processing;
  BatchSummary summary;
  bool stopped = false;

  State(const Pipeline& p, const ActorDictionary& d, BatchOptions o, BatchSink s)
      : pipeline(p), dictionary(d), options(o), sink(std::move(s)), reader(callbacks()) {
    options.threads = std::max(1u, options.threads);
    options.batch_documents = std::max<std::size_t>(1, options.batch_documents);
  }

  ~State() {
    if (processing.valid()) processing.wait();
  }

  ReadCallbacks callbacks() {
    ReadCallbacks cb;
    cb.on_document = [this](Document&& doc) {
      filling_bytes += doc.raw.size();
      filling.push_back(std::move(doc));
      if (filling.size() >= options.batch_documents || filling_bytes >= options.batch_bytes) {
        hand_off();
      }
      return !stopped;
    };
    cb.on_statement = [this](StatementRecord&& record) {
      drain();  // documents read before this line come out first
      if (stopped) return false;
      std::string why;
      auto statement = resolve_statement(record, dictionary, &why);
      if (!statement) {
        ++summary.skipped;
        report(Diagnostic{Severity::Error, record.origin, record.line, why});
        return !stopped;
      }
      if (sink.on_statement) sink.on_statement(*statement);
      return !stopped;
    };
    cb.on_graph = [this](std::istream& in, const std::string& origin) {
      drain();
      if (stopped) return false;
      if (sink.on_graph) {
        if (auto why = sink.on_graph(in, origin)) {
          ++summary.skipped;
          report(Diagnostic{Severity::Error, origin, 0, *why});
        }
      }
      return !stopped;
    };
    cb.on_diagnostic = [this](const Diagnostic& diagnostic) {
      report(diagnostic);
      return !stopped;
    };
    return cb;
  }

  void report(const Diagnostic& diagnostic) {
    if (sink.on_diagnostic) sink.on_diagnostic(diagnostic);
    if (options.strict && diagnostic.severity == Severity::Error) stopped = true;
  }

  void process(std::vector<Document>& docs, std::vector<char>& fail) const {
    auto run_one = [&](std::size_t i) {
      try {
        pipeline.run(docs[i]);
      } catch (const std::exception& e) {
        // A bug in a stage must cost one document, not the batch.
        fail[i] = 1;
        docs[i].diagnostics.push_back(Diagnostic{Severity::Error, docs[i].origin, docs[i].first_line,
                                                 std::string("document skipped: ") + e.what()});
      }
    };
    std::size_t workers = std::min<std::size_t>(options.threads, docs.size());
    if (workers <= 1) {
      for (std::size_t i = 0; i < docs.size(); ++i) run_one(i);
      return;
    }
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i = next++; i < docs.size(); i = next++) run_one(i);
    };
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
  }

  // Waits for the in-flight batch and hands its results out in order.
  void collect() {
    if (!processing.valid()) return;
    processing.get();
    for (std::size_t i = 0; i < in_flight.size(); ++i) {
      const Document& doc = in_flight[i];
      if (stopped) break;
      for (const Diagnostic& diagnostic : doc.diagnostics) report(diagnostic);
      if (failed[i]) {
        ++summary.skipped;
      } else if (sink.on_document) {
        sink.on_document(doc);
      }
    }
    in_flight.clear();
    failed.clear();
    if (sink.on_progress) sink.on_progress(reader.counts());
  }

  // Starts processing the filled batch; with one thread, processes it right here.
  void hand_off() {
    collect();
    if (filling.empty()) return;
    in_flight = std::move(filling);
    filling.clear();
    filling_bytes = 0;
    failed.assign(in_flight.size(), 0);
    if (options.threads == 1) {
      std::promise<void> done;
      process(in_flight, failed);
      done.set_value();
      processing = done.get_future();
    } else {
      // The workers process this batch while the caller reads the next one.
      processing = std::async(std::launch::async, [this] { process(in_flight, failed); });
    }
  }

  void drain() {
    hand_off();
    collect();
  }
};

BatchReader::BatchReader(const Pipeline& pipeline, const ActorDictionary& dictionary,
                         BatchOptions options, BatchSink sink)
    : state_(std::make_unique<State>(pipeline, dictionary, options, std::move(sink))) {}

BatchReader::~BatchReader() = default;

bool BatchReader::read_path(const std::string& path) {
  if (state_->stopped) return false;
  state_->reader.read_path(path);
  return !state_->stopped;
}

bool BatchReader::read_jsonl(std::istream& in, const std::string& origin) {
  if (state_->stopped) return false;
  state_->reader.read_jsonl(in, origin);
  return !state_->stopped;
}

BatchSummary BatchReader::finish() {
  State& s = *state_;
  s.drain();
  const ReadCounts& counts = s.reader.counts();
  s.summary.documents = counts.documents;
  s.summary.statements = counts.statements;
  s.summary.graphs = counts.graphs;
  s.summary.reader_skipped = counts.skipped;
  s.summary.skipped += counts.skipped;
  s.summary.bytes = counts.bytes;
  s.summary.stopped = s.stopped;
  return s.summary;
}

BatchSummary read_inputs(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                         const ActorDictionary& dictionary, const BatchOptions& options,
                         const BatchSink& sink) {
  BatchReader reader(pipeline, dictionary, options, sink);
  for (const std::string& input : inputs) {
    if (!reader.read_path(input)) break;
  }
  return reader.finish();
}

}  // namespace ng::ingest
