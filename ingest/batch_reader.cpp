#include "ingest/batch_reader.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
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
  BatchSummary summary;
  bool stopped = false;

  // One batch handed to the workers. Each batch has its own index counter, so a worker that
  // wakes late for a finished batch finds no index left and never touches the next one.
  struct Job {
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> remaining{0};
    std::size_t size = 0;
  };
  std::mutex mutex;
  std::condition_variable work_ready;
  std::condition_variable work_done;
  std::shared_ptr<Job> job;  // the current batch, guarded by mutex
  bool quit = false;
  std::vector<std::thread> workers;  // persistent: a thread per batch would cost more than small documents

  State(const Pipeline& p, const ActorDictionary& d, BatchOptions o, BatchSink s)
      : pipeline(p), dictionary(d), options(o), sink(std::move(s)), reader(callbacks()) {
    options.threads = std::max(1u, options.threads);
    options.batch_documents = std::max<std::size_t>(1, options.batch_documents);
    if (options.threads > 1) {
      for (unsigned t = 0; t < options.threads; ++t) workers.emplace_back([this] { work(); });
    }
  }

  ~State() {
    wait_job();
    {
      std::lock_guard lock(mutex);
      quit = true;
    }
    work_ready.notify_all();
    for (auto& worker : workers) worker.join();
  }

  void work() {
    std::shared_ptr<Job> seen;
    for (;;) {
      std::shared_ptr<Job> current;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return quit || (job && job != seen); });
        if (quit) return;
        current = seen = job;
      }
      std::size_t done = 0;
      for (std::size_t i = current->next++; i < current->size; i = current->next++) {
        run_one(i);
        ++done;
      }
      if (done > 0 && current->remaining.fetch_sub(done) == done) {
        std::lock_guard lock(mutex);
        work_done.notify_all();
      }
    }
  }

  void wait_job() {
    std::unique_lock lock(mutex);
    if (job) work_done.wait(lock, [&] { return job->remaining.load() == 0; });
    job.reset();
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
          // The graph reader names the file itself; the diagnostic already does.
          if (why->starts_with(origin + ": ")) why->erase(0, origin.size() + 2);
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

  void run_one(std::size_t i) {
    try {
      pipeline.run(in_flight[i]);
    } catch (const std::exception& e) {
      // A bug in a stage must cost one document, not the batch.
      failed[i] = 1;
      in_flight[i].diagnostics.push_back(Diagnostic{Severity::Error, in_flight[i].origin,
                                                    in_flight[i].first_line,
                                                    std::string("document skipped: ") + e.what()});
    }
  }

  // Waits for the in-flight batch and hands its results out in order.
  void collect() {
    wait_job();
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
    if (workers.empty()) {
      for (std::size_t i = 0; i < in_flight.size(); ++i) run_one(i);
      return;
    }
    // The workers process this batch while the caller reads the next one.
    auto next_job = std::make_shared<Job>();
    next_job->size = in_flight.size();
    next_job->remaining = in_flight.size();
    {
      std::lock_guard lock(mutex);
      job = std::move(next_job);
    }
    work_ready.notify_all();
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
