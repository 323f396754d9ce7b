#include "ingest/batch_reader.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>
#include <variant>

namespace ng::ingest {

namespace {

struct ProcessedDocument {
  Document doc;
  bool failed = false;  // the pipeline threw
};

// What a batch hands out, in input order.
using Item = std::variant<ProcessedDocument, StatementRecord, Diagnostic>;

// The pipeline runs in a scratch Document that lives as long as the batch: its token,
// sentence and mention buffers keep their capacity from one document to the next, so a
// document costs no allocations beyond what it keeps. The item gets back only what the sink
// reads (id, title, date, url, origin, first_line, statements, diagnostics), which also keeps
// results waiting to be merged small. With BatchOptions::annotations the pipeline runs on the
// item itself, which keeps everything.
void clear_annotations(Document& doc) {
  doc.text.clear();
  doc.body_begin = ByteOffset{};
  doc.tokens.clear();
  doc.token_keys.clear();
  doc.sentences.clear();
  doc.mentions.clear();
  doc.persons.clear();
  doc.attributions.clear();
  doc.statements.clear();
}

void swap_reader_fields(Document& a, Document& b) {
  a.id.swap(b.id);
  a.title.swap(b.title);
  a.date.swap(b.date);
  a.url.swap(b.url);
  a.origin.swap(b.origin);
  std::swap(a.first_line, b.first_line);
  a.diagnostics.swap(b.diagnostics);
}

}  // namespace

struct BatchReader::State {
  // A unit of work: either a raw block of JSON Lines (parsed by the worker) or items the
  // reader produced itself (documents of text files, records of .json files, diagnostics).
  struct Batch {
    bool is_lines = false;
    std::string lines;
    std::string origin;
    long first_line = 0;
    std::vector<Item> items;
    std::size_t documents = 0;  // items filled so far, for the batch limits
    std::size_t bytes = 0;
    std::atomic<bool> done{false};
  };

  const Pipeline& pipeline;
  const ActorDictionary& dictionary;
  BatchOptions options;
  BatchSink sink;
  Reader reader;

  std::unique_ptr<Batch> open;                // being filled by the reader
  std::deque<std::unique_ptr<Batch>> queue;   // handed off, in input order (caller thread only)
  std::size_t max_in_flight = 1;

  // Totals, counted as results are handed out.
  std::uint64_t documents = 0;
  std::uint64_t statements = 0;
  std::uint64_t reader_skipped = 0;
  std::uint64_t other_skipped = 0;
  bool stopped = false;

  std::mutex mutex;
  std::condition_variable work_ready;
  std::condition_variable work_done;
  std::deque<Batch*> todo;  // guarded by mutex
  bool quit = false;        // guarded by mutex
  std::vector<std::thread> workers;

  State(const Pipeline& p, const ActorDictionary& d, BatchOptions o, BatchSink s)
      : pipeline(p), dictionary(d), options(o), sink(std::move(s)), reader(callbacks()) {
    if (auto names = pipeline.stage_names();
        !options.until.empty() && std::find(names.begin(), names.end(), options.until) == names.end()) {
      throw std::invalid_argument("the pipeline has no stage '" + options.until + "'");
    }
    options.threads = std::max(1u, options.threads);
    options.batch_documents = std::max<std::size_t>(1, options.batch_documents);
    options.batch_bytes = std::max<std::size_t>(1, options.batch_bytes);
    reader.set_block_limits(options.batch_documents, options.batch_bytes);
    if (options.threads > 1) {
      // Enough batches in flight that a worker never waits for the merge, few enough that
      // memory stays a small multiple of batch_bytes.
      max_in_flight = 3 * options.threads;
      for (unsigned t = 0; t < options.threads; ++t) workers.emplace_back([this] { work(); });
    }
  }

  ~State() {
    {
      std::lock_guard lock(mutex);
      quit = true;
    }
    work_ready.notify_all();
    for (auto& worker : workers) worker.join();
  }

  void work() {
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return quit || !todo.empty(); });
        if (quit) return;
        batch = todo.front();
        todo.pop_front();
      }
      process(*batch);
      {
        std::lock_guard lock(mutex);
        batch->done = true;
      }
      work_done.notify_all();
    }
  }

  // Runs the stages on `doc`; false, with an error on the document, when one threw.
  bool run_stages(Document& doc) const {
    try {
      if (options.until.empty()) pipeline.run(doc);
      else pipeline.run_until(doc, options.until);
      return true;
    } catch (const std::exception& e) {
      // A bug in a stage must cost one document, not the batch.
      doc.diagnostics.push_back(Diagnostic{Severity::Error, doc.origin, doc.first_line,
                                           std::string("pipeline failed: ") + e.what()});
      return false;
    }
  }

  void run_pipeline(ProcessedDocument& item, Document& scratch) const {
    if (options.annotations) {
      item.failed = !run_stages(item.doc);
      return;
    }
    clear_annotations(scratch);
    scratch.diagnostics.clear();
    swap_reader_fields(scratch, item.doc);
    scratch.raw = std::move(item.doc.raw);
    item.doc.raw = std::string();
    item.failed = !run_stages(scratch);
    swap_reader_fields(scratch, item.doc);
    item.doc.statements = std::move(scratch.statements);
    scratch.statements = std::vector<graph::Statement>();
  }

  // Runs on a worker (or inline with one thread); touches nothing but the batch.
  void process(Batch& batch) const {
    Document scratch;
    if (!batch.is_lines) {
      for (Item& item : batch.items) {
        if (auto* doc = std::get_if<ProcessedDocument>(&item)) run_pipeline(*doc, scratch);
      }
      return;
    }
    ReadCallbacks cb;
    cb.on_document = [&](Document&& doc) {
      auto& item = std::get<ProcessedDocument>(batch.items.emplace_back(ProcessedDocument{std::move(doc)}));
      run_pipeline(item, scratch);
      return true;
    };
    cb.on_statement = [&](StatementRecord&& record) {
      batch.items.emplace_back(std::move(record));
      return true;
    };
    cb.on_diagnostic = [&](const Diagnostic& diagnostic) {
      batch.items.emplace_back(diagnostic);
      return true;
    };
    Reader parser(std::move(cb));
    parser.read_lines(batch.lines, batch.origin, batch.first_line);
    batch.lines = std::string();
  }

  Batch& filling() {
    if (!open) open = std::make_unique<Batch>();
    return *open;
  }

  void after_item() {
    if (open && (open->documents >= options.batch_documents || open->bytes >= options.batch_bytes)) close_open();
  }

  ReadCallbacks callbacks() {
    ReadCallbacks cb;
    cb.on_lines = [this](std::string&& block, const std::string& origin, long first_line) {
      close_open();
      auto batch = std::make_unique<Batch>();
      batch->is_lines = true;
      batch->lines = std::move(block);
      batch->origin = origin;
      batch->first_line = first_line;
      submit(std::move(batch));
      return !stopped;
    };
    cb.on_document = [this](Document&& doc) {
      Batch& batch = filling();
      batch.bytes += doc.raw.size();
      ++batch.documents;
      batch.items.emplace_back(ProcessedDocument{std::move(doc)});
      after_item();
      return !stopped;
    };
    cb.on_statement = [this](StatementRecord&& record) {
      Batch& batch = filling();
      ++batch.documents;
      batch.items.emplace_back(std::move(record));
      after_item();
      return !stopped;
    };
    cb.on_diagnostic = [this](const Diagnostic& diagnostic) {
      filling().items.emplace_back(diagnostic);
      return !stopped;
    };
    cb.on_graph = [this](std::istream& in, const std::string& origin) {
      drain();  // documents read before this file come out first
      if (stopped) return false;
      if (sink.on_graph) {
        if (auto why = sink.on_graph(in, origin)) {
          ++other_skipped;
          // The graph reader names the file itself; the diagnostic already does.
          if (why->starts_with(origin + ": ")) why->erase(0, origin.size() + 2);
          report(Diagnostic{Severity::Error, origin, 0, *why});
        }
      }
      return !stopped;
    };
    return cb;
  }

  void report(const Diagnostic& diagnostic) {
    if (sink.on_diagnostic) sink.on_diagnostic(diagnostic);
    if (options.strict && diagnostic.severity == Severity::Error) stopped = true;
  }

  void close_open() {
    if (open) submit(std::move(open));
  }

  void submit(std::unique_ptr<Batch> batch) {
    Batch* raw = batch.get();
    queue.push_back(std::move(batch));
    if (workers.empty()) {
      process(*raw);
      raw->done = true;
    } else {
      {
        std::lock_guard lock(mutex);
        todo.push_back(raw);
      }
      work_ready.notify_one();
    }
    // Merge whatever is finished; wait only when too much is in flight.
    while (!queue.empty() && (queue.front()->done || queue.size() > max_in_flight)) collect_front();
  }

  void collect_front() {
    Batch& batch = *queue.front();
    if (!batch.done) {
      std::unique_lock lock(mutex);
      work_done.wait(lock, [&] { return batch.done.load(); });
    }
    hand_out(batch);
    queue.pop_front();
    if (sink.on_progress) {
      ReadCounts counts = reader.counts();
      counts.documents = documents;
      counts.statements = statements;
      counts.skipped = reader_skipped;
      sink.on_progress(counts);
    }
  }

  // Hands the results of one batch out in order, on the calling thread.
  void hand_out(Batch& batch) {
    for (Item& item : batch.items) {
      if (stopped) break;
      if (auto* processed = std::get_if<ProcessedDocument>(&item)) {
        ++documents;
        for (const Diagnostic& diagnostic : processed->doc.diagnostics) report(diagnostic);
        if (processed->failed) ++other_skipped;
        if (sink.on_document && (!processed->failed || options.annotations)) sink.on_document(processed->doc);
      } else if (auto* record = std::get_if<StatementRecord>(&item)) {
        ++statements;
        std::string why;
        auto statement = resolve_statement(*record, dictionary, &why);
        if (!statement) {
          ++other_skipped;
          report(Diagnostic{Severity::Error, record->origin, record->line, why});
        } else if (sink.on_statement) {
          sink.on_statement(*statement);
        }
      } else {
        const auto& diagnostic = std::get<Diagnostic>(item);
        // Every error a reader reports is an item it skipped.
        if (diagnostic.severity == Severity::Error) ++reader_skipped;
        report(diagnostic);
      }
    }
    batch.items = std::vector<Item>();
  }

  void drain() {
    close_open();
    while (!queue.empty()) collect_front();
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
  BatchSummary summary;
  summary.documents = s.documents;
  summary.statements = s.statements;
  summary.graphs = s.reader.counts().graphs;
  summary.reader_skipped = s.reader_skipped;
  summary.skipped = s.reader_skipped + s.other_skipped;
  summary.bytes = s.reader.counts().bytes;
  summary.stopped = s.stopped;
  return summary;
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
