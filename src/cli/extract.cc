#include "cli/extract.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "actors/actors.h"
#include "cli/extract_interrupt.h"
#include "cli/stage_stats.h"
#include "corpus/loader.h"
#include "events/event.h"
#include "events/mention_spill.h"
#include "events/seat_visits.h"
#include "events/event_store.h"
#include "events/triggers.h"
#include "graph/event_graph.h"
#include "render/atomic_file.h"
#include "render/render.h"
#include "text/text.h"
#include "time/dct_inference.h"
#include "time/timex.h"

namespace eg {

namespace {

// What is kept of one document after its per-document stages.
struct DocResult {
  bool ok = false;
  DocumentInfo info;
  DocActors actors;
  std::vector<EventMention> events;
  std::vector<std::string> messages;  // problems, each naming the file
};

struct Resources {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<TriggerLexicon> triggers;
};

// A thread's documents go through the per-document stages a batch at a
// time, stage by stage: every document of the batch is loaded, then every
// one analysed, then every one's times tagged, and so on. Each stage's code
// and tables then stay in the core's caches and branch predictors for the
// whole batch, where one document at a time ran the five stages' code (far
// more than the instruction cache holds) in turn every ~50 us: on the
// bench corpus, ~20% fewer level-1 instruction-cache misses
// (valgrind --tool=cachegrind) and ~3-4% less CPU time at -j1. A batch is up
// to kBatchDocs documents, closed early once it holds kBatchBytes of text,
// so that it stays small whatever the documents' sizes; a document's
// results are what one document at a time gave (each stage reads only its
// own document's earlier results). The cost is memory: a thread keeps a
// batch's buffers, ~170 KB a slot on the bench corpus (its largest
// documents are ~18 KB), +3 MB of peak RSS a thread; batches of 24 and 48
// documents were no faster and held 4 and 7.5 MB more a thread.
constexpr size_t kBatchDocs = 16;
constexpr size_t kBatchBytes = size_t(256) << 10;
// A slot's buffers are kept from one batch to the next (no allocation per
// document once a thread has seen as large ones), unless they grew past
// this for a large document: then they are given back, so that a thread
// holds at most one large document's buffers, not one per slot.
constexpr size_t kKeepBytes = size_t(64) << 10;

// One document of a batch, between its stages; reused by the thread.
struct BatchSlot {
  InputFile in;
  Document doc;
  TextAnalysis text;
  std::vector<Timex> timexes;
  bool loaded = false;
};

BatchSlot* ThreadSlots() {
  thread_local std::unique_ptr<BatchSlot[]> slots(new BatchSlot[kBatchDocs]);
  return slots.get();
}

// A document without a publication date takes the one its own dates give,
// if any (time/dct_inference.h, with the floor its titled office holders
// set); its dates and roles are then resolved again against it.
void InferDocumentDct(const TextAnalysis& text, const Gazetteer& gaz, StageStats* stats,
                      Document* doc, std::vector<Timex>* timexes, DocActors* actors) {
  {
    StageTimer t(stats, Stage::kTime);
    doc->dct = InferDct(text, *timexes, actors->office_floor);
    if (!doc->dct) return;
    doc->dct_source = DctSource::kInferred;
    *timexes = TagTimexes(text, doc->dct);
  }
  StageTimer t(stats, Stage::kActors);
  *actors = FindActors(*doc, text, gaz, *timexes);
}

// Documents [first, first + n) of `files` through the per-document stages,
// into outs[0, n): loads documents until the batch is full (kBatchDocs, or
// kBatchBytes of text), runs the stages over them, and returns how many it
// took (at least one).
size_t ProcessBatch(const InputList& files, size_t first, size_t n, const LoadOptions& lo,
                    const Resources& res, StageStats* stats, DocResult* outs) {
  BatchSlot* const slots = ThreadSlots();
  size_t m = 0;
  {
    StageTimer t(stats, Stage::kCorpus);
    size_t bytes = 0;
    while (m < n && m < kBatchDocs && bytes < kBatchBytes) {
      BatchSlot& b = slots[m];
      DocResult& out = outs[m];
      b.in = files[first + m];
      ++m;
      Status s = LoadDocument(b.in, lo, &b.doc, &out.messages);
      b.loaded = s.ok();
      if (!s.ok()) {
        out.messages.push_back(s.message());
        continue;
      }
      bytes += b.doc.text.size();
    }
  }
  {
    StageTimer t(stats, Stage::kText);
    for (size_t k = 0; k < m; ++k) {
      BatchSlot& b = slots[k];
      if (!b.loaded) continue;
      Analyze(b.doc.text, b.doc.body_start, &b.text);
      if (b.text.sentences_cut > 0) {
        outs[k].messages.push_back(b.in.path + ": " + std::to_string(b.text.sentences_cut) +
                                   " run-on sentences longer than " +
                                   std::to_string(kMaxSentenceTokens) +
                                   " tokens were cut at clause boundaries; events spanning a "
                                   "cut are missed; file processed");
      }
    }
  }
  {
    StageTimer t(stats, Stage::kTime);
    for (size_t k = 0; k < m; ++k)
      if (slots[k].loaded) slots[k].timexes = TagTimexes(slots[k].text, slots[k].doc.dct);
  }
  {
    StageTimer t(stats, Stage::kActors);
    for (size_t k = 0; k < m; ++k)
      if (slots[k].loaded)
        outs[k].actors =
            FindActors(slots[k].doc, slots[k].text, *res.gazetteer, slots[k].timexes);
  }
  for (size_t k = 0; k < m; ++k) {
    BatchSlot& b = slots[k];
    if (!b.loaded) continue;
    if (!b.doc.dct)
      InferDocumentDct(b.text, *res.gazetteer, stats, &b.doc, &b.timexes, &outs[k].actors);
    if (b.doc.dct) {
      // A transcript recorded before it was published: its speakers' deictic
      // times count from the day of recording (time/dct_inference.h).
      StageTimer t(stats, Stage::kTime);
      if (auto rec = RecordingDate(b.text, b.timexes, *b.doc.dct))
        b.timexes = TagTimexes(b.text, rec);
    }
  }
  {
    StageTimer t(stats, Stage::kEvents);
    for (size_t k = 0; k < m; ++k) {
      BatchSlot& b = slots[k];
      if (!b.loaded) continue;
      DocResult* out = &outs[k];
      out->events = ExtractEvents(b.doc, b.text, b.timexes, out->actors, *res.triggers);
      ResolveSeatVisits(*res.gazetteer, b.text, b.doc.dct, &out->actors, &out->events);
      ResolveCountryVisits(*res.gazetteer, b.text, b.doc.dct, &out->actors, &out->events);
      MarkInteractionParties(out->events, &out->actors);
    }
  }
  for (size_t k = 0; k < m; ++k) {
    BatchSlot& b = slots[k];
    if (b.loaded) {
      DocResult* out = &outs[k];
      // Only the entities go on to the ActorMerger: drop the per-mention
      // spans (kept for every document until the merge, they grew memory
      // with the corpus).
      std::vector<ActorMention>().swap(out->actors.mentions);
      out->info = InfoOf(b.doc);
      out->ok = true;
    }
    if (b.doc.text.capacity() > kKeepBytes) {
      b.doc = Document();
      b.text = TextAnalysis();
    }
  }
  return m;
}

std::string CorpusName(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return "corpus";
  std::filesystem::path p(inputs.front());
  std::string name = p.filename().string();
  if (name.empty() || name == "." || name == "..")
    name = std::filesystem::absolute(p).lexically_normal().parent_path().filename().string();
  if (inputs.size() > 1) name += " +" + std::to_string(inputs.size() - 1);
  return name.empty() ? "corpus" : name;
}

}  // namespace

int RunExtract(const ExtractOptions& opts) {
  auto t0 = std::chrono::steady_clock::now();
  InterruptGuard interrupt(opts.out_dir);
  StageStats stats(opts.stats);
  const bool progress = !opts.quiet && isatty(STDERR_FILENO);
  std::string data_dir = opts.data_dir.empty() ? DefaultDataDir() : opts.data_dir;

  // Loading the data files and listing the inputs both come before the first
  // document and neither needs the other: with more than one thread they
  // overlap (a few milliseconds of every run that no thread count shortens).
  int jobs = opts.jobs > 0 ? opts.jobs : int(std::thread::hardware_concurrency());
  if (jobs < 1) jobs = 1;
  Resources res;
  Status s;
  auto load = [&] {
    s = Gazetteer::Load(data_dir, &res.gazetteer);
    if (s.ok()) s = TriggerLexicon::Load(data_dir, &res.triggers);
  };
  std::thread loader;
  if (jobs > 1)
    loader = std::thread(load);
  else
    load();
  InputList files;
  std::vector<InputProblem> problems;
  // `s` is the loader thread's until the join: read only when there is none.
  if (loader.joinable() || s.ok()) CollectInputs(opts.inputs, &files, &problems);
  if (loader.joinable()) loader.join();
  if (!s.ok()) {
    std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
    return kExitUsage;
  }
  // Every reported problem, skipped input or repaired one, makes the exit
  // code kExitSomeInputsFailed: the messages and the exit code agree.
  size_t failed_inputs = problems.size();
  for (const auto& p : problems) std::fprintf(stderr, "eventgraph: %s\n", p.message.c_str());

  LoadOptions lo;
  lo.dct = opts.dct;
  jobs = int(std::min<size_t>(size_t(jobs), std::max<size_t>(files.size(), 1)));

  // Documents are folded into the corpus-level results in input order, as
  // soon as every earlier one is done: the entities go into the actor merger
  // (which keeps a few indices per document), the event mentions are kept,
  // the messages are printed. A worker does not start a document more than
  // `window` ahead of the oldest unfolded one, so the results waiting to be
  // folded stay bounded whatever the corpus size and one slow document.
  Extraction x;
  x.corpus_name = CorpusName(opts.inputs);
  std::optional<ActorMerger> actor_merger(std::in_place, *res.gazetteer);
  // The event mentions wait for the merge on disk, not in memory: they grow
  // with the corpus.
  // So does the list of documents, which only events.json lists whole.
  // The same for the list of inputs, read in order from now on, and the
  // actor merger's per-document rows, read in order by the event merge.
  MentionSpill spill;
  Status ss = spill.Open();
  if (ss.ok()) ss = x.documents.Spill();
  if (ss.ok()) ss = files.Spill();
  if (ss.ok()) ss = actor_merger->Spill();
  if (!ss.ok()) {
    std::fprintf(stderr, "eventgraph: %s\n", ss.message().c_str());
    return kExitOutputFailed;
  }
  // An exact size rather than doubling: this grows with the corpus.
  x.documents.reserve(files.size());
  // A worker that finishes a document leaves its result in the ring; one
  // worker at a time folds (the one that takes the `folding` flag), so no
  // worker waits for another's fold to go on to its next document, and no
  // lock is taken per document: the slot of document i is its worker's until
  // it sets ready[i % window], then the folder's until `folded` passes i.
  // The window is wide enough that a slow document (or a core taken away
  // for a moment) rarely stops the others: it holds small results only
  // (entities and mentions, a few KB a document).
  const size_t window = size_t(128) * size_t(jobs);
  std::vector<DocResult> ring(window);
  std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[window]);
  for (size_t k = 0; k < window; ++k) ready[k].store(false, std::memory_order_relaxed);
  std::vector<int> maker(window, 0);  // the worker that made the slot's result
  // Documents folded so far: written by the folding worker only.
  std::atomic<size_t> folded{0};
  std::atomic<bool> folding{false};
  // A worker a whole window ahead of the fold waits for it here.
  std::mutex wait_mu;
  std::condition_variable slot_free;
  std::atomic<int> waiting{0};
  // A result folded by another worker than the one that made it goes back
  // to its maker to be freed: freeing memory of another thread's malloc
  // arena takes that arena's lock, and the workers queued on each other's
  // arenas. (Reserved up front: handing back allocates nothing.)
  struct HandBack {
    std::mutex mu;
    std::vector<DocResult> results;
  };
  std::vector<HandBack> to_free(static_cast<size_t>(jobs));
  for (auto& h : to_free) h.results.reserve(window);
  std::atomic<size_t> next{0};
  bool progress_shown = false;
  auto fold = [&](DocResult& r, size_t index) {
    if (progress_shown) std::fprintf(stderr, "\r\x1b[K");
    progress_shown = false;
    for (const auto& m : r.messages) std::fprintf(stderr, "eventgraph: %s\n", m.c_str());
    if (!r.ok || !r.messages.empty()) ++failed_inputs;
    if (r.ok) {
      StageTimer t(&stats, Stage::kMerge);
      actor_merger->Add(r.actors);
      spill.Add(x.documents.size(), r.info, r.events);
      x.documents.push_back(std::move(r.info));
    }
    if (progress) {
      std::fprintf(stderr, "\r[%zu/%zu] %s\x1b[K", index + 1, files.size(),
                   files.Path(index).c_str());
      progress_shown = true;
    }
  };
  // Folds every result ready, in order; called holding the `folding` flag,
  // which it lets go when the next document's result is not there yet.
  // (Letting go, it looks once more: a worker that left a result just then
  // found the flag taken and left the fold to it.)
  auto fold_ready = [&](int self, DocResult& taken) {
    for (;;) {
      const size_t f = folded.load(std::memory_order_relaxed);
      if (f < files.size() && ready[f % window].load(std::memory_order_seq_cst)) {
        ready[f % window].store(false, std::memory_order_relaxed);
        const int made_by = maker[f % window];
        taken = std::move(ring[f % window]);
        ring[f % window] = DocResult();
        {
          DocClock clock(&stats);  // the fold's merge stage
          fold(taken, f);
        }
        folded.store(f + 1, std::memory_order_seq_cst);
        if (waiting.load(std::memory_order_seq_cst) > 0) {
          std::lock_guard<std::mutex> lock(wait_mu);
          slot_free.notify_all();
        }
        if (made_by != self) {
          HandBack& back = to_free[size_t(made_by)];
          std::lock_guard<std::mutex> lock(back.mu);
          if (back.results.size() < back.results.capacity()) back.results.push_back(std::move(taken));
        }
        taken = DocResult();  // this worker's own (or, never so far, a full hand-back list)
        continue;
      }
      folding.store(false, std::memory_order_seq_cst);
      if (f < files.size() && ready[f % window].load(std::memory_order_seq_cst) &&
          !folding.exchange(true, std::memory_order_seq_cst))
        continue;
      return;
    }
  };
  auto worker = [&](int self) {
    DocResult taken;
    std::vector<DocResult> mine;
    mine.reserve(window);
    std::unique_ptr<DocResult[]> outs(new DocResult[kBatchDocs]);
    for (;;) {
      // The next documents to take: a batch's worth, fewer near the end so
      // that the threads finish together.
      size_t i = next.load(std::memory_order_relaxed), n = 0;
      do {
        if (i >= files.size()) break;
        n = std::clamp<size_t>((files.size() - i) / (2 * size_t(jobs)), 1, kBatchDocs);
      } while (!next.compare_exchange_weak(i, i + n, std::memory_order_relaxed));
      if (i >= files.size()) break;
      for (size_t done = 0; done < n;) {
        const size_t last = i + done + std::min(n - done, kBatchDocs) - 1;
        if (last >= folded.load(std::memory_order_acquire) + window) {
          std::unique_lock<std::mutex> lock(wait_mu);
          waiting.fetch_add(1, std::memory_order_seq_cst);
          slot_free.wait(lock,
                         [&] { return last < folded.load(std::memory_order_seq_cst) + window; });
          waiting.fetch_sub(1, std::memory_order_relaxed);
        }
        size_t m;
        {
          DocClock clock(&stats);
          m = ProcessBatch(files, i + done, n - done, lo, res, &stats, outs.get());
        }
        for (size_t k = 0; k < m; ++k) {
          const size_t slot = (i + done + k) % window;
          ring[slot] = std::move(outs[k]);
          outs[k] = DocResult();
          maker[slot] = self;
          ready[slot].store(true, std::memory_order_seq_cst);
        }
        done += m;
      }
      {
        HandBack& back = to_free[size_t(self)];
        std::lock_guard<std::mutex> lock(back.mu);
        mine.swap(back.results);
      }
      mine.clear();
      if (!folding.exchange(true, std::memory_order_seq_cst)) fold_ready(self, taken);
    }
  };
  std::vector<std::thread> threads;
  for (int k = 1; k < jobs; ++k) threads.emplace_back(worker, k);
  worker(0);
  for (auto& th : threads) th.join();
  to_free.clear();
  if (progress_shown) std::fprintf(stderr, "\r\x1b[K");
  ring.clear();
  ring.shrink_to_fit();
  // This thread's batch buffers; the others' ended with them.
  for (size_t k = 0; k < kBatchDocs; ++k) ThreadSlots()[k] = BatchSlot();
  // Every input was read: their list is not needed any more, and would stay
  // through the merge and the render.
  const size_t n_files = files.size();
  Status ls = files.status();
  files.clear();
  if (!ls.ok()) {
    std::fprintf(stderr, "eventgraph: %s; %s left untouched\n", ls.message().c_str(),
                 opts.out_dir.c_str());
    return kExitOutputFailed;
  }
  stats.MarkPeak(Stage::kEvents);

  if (x.documents.empty()) {
    if (n_files == 0 && problems.empty())
      std::fprintf(stderr, "eventgraph: no .txt file found in the given paths\n");
    std::fprintf(stderr, "eventgraph: no input could be processed; %s left untouched\n",
                 opts.out_dir.c_str());
    return kExitNothingProcessed;
  }

  {
    StageTimer t(&stats, Stage::kMerge);
    ActorTable table = actor_merger->Finish();
    // Nothing reads the gazetteer, the triggers or the merger's state again.
    actor_merger.reset();
    res = Resources();
    // The merge allocates on this thread: with -j > 1 what the workers freed
    // sits in their own malloc arenas, which this thread's allocations do not
    // reuse. Give those pages back first, or the merge's clusters add to them.
    malloc_trim(0);
    Status ms = x.documents.status();
    // The merged events go to disk as they are made, in output order: they
    // and their mentions grow with the corpus too.
    if (ms.ok()) ms = MergeSpilledEvents(&spill, table, &x.event_store);
    if (ms.ok()) ms = table.entity_to_actor.status();
    if (!ms.ok()) {
      std::fprintf(stderr, "eventgraph: %s; %s left untouched\n", ms.message().c_str(),
                   opts.out_dir.c_str());
      return kExitOutputFailed;
    }
    x.actors = std::move(table.actors);
  }
  stats.MarkPeak(Stage::kMerge);
  // The heap shrank a long way from its high points (the list of inputs,
  // every document's text and analysis, the merge's clusters), but glibc
  // keeps freed pages mapped. The render maps Graphviz and its fonts (some
  // 10 MB whatever the corpus) on top: give the free pages back first, so
  // the peak is not the sum of the two.
  malloc_trim(0);
  size_t n_actors = x.actors.size(), n_events = x.event_store.size(), n_docs = x.documents.size();
  // Initialised, not assigned: boost::adjacency_list has no move assignment,
  // and a copy would hold every event twice for a moment.
  EventGraph g = [&] {
    StageTimer t(&stats, Stage::kGraph);
    return BuildGraph(std::move(x));
  }();
  stats.MarkPeak(Stage::kGraph);
  // Outputs go to a staging directory inside out_dir and are moved into
  // place together at the end: a failure or an interruption before that
  // leaves the previous outputs as they were.
  std::vector<std::string> written;
  {
    // Every thread of the process is writing outputs now, and only them.
    StageTimer t(&stats, Stage::kRender, StageStats::Scope::kProcess);
    StagedOutputs staged;
    std::vector<std::string> stale;
    Status ws;
    {
      auto hold = interrupt.Hold();  // a signal now waits until the directory is known
      ws = staged.Begin(opts.out_dir, &stale);
      if (ws.ok()) interrupt.SetStagingDir(hold, staged.dir());
    }
    for (const auto& d : stale)
      if (!opts.quiet)
        std::fprintf(stderr, "eventgraph: removed %s, left by an interrupted run\n", d.c_str());
    if (ws.ok()) {
      std::vector<std::string> staged_paths;
      RenderOptions ro = opts.render;
      ro.jobs = jobs;
      ws = WriteOutputs(g, ro, staged.dir(), &staged_paths);
    }
    if (ws.ok()) {
      auto hold = interrupt.Hold();
      ws = staged.Commit(&written);
      if (ws.ok()) interrupt.MarkCommitted();
    }
    if (!ws.ok()) {
      std::fprintf(stderr, "eventgraph: %s\n", ws.message().c_str());
      return kExitOutputFailed;
    }
  }
  stats.MarkPeak(Stage::kRender);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!opts.quiet) {
    std::string outs;
    for (const auto& w : written) outs += (outs.empty() ? "" : ", ") + w;
    std::fprintf(stderr, "eventgraph: %zu documents, %zu actors, %zu events -> %s (%.2f s)\n",
                 n_docs, n_actors, n_events, outs.c_str(), secs);
  }
  if (opts.stats) {
    std::fprintf(stderr, "%-8s %10s %12s\n", "stage", "seconds", "peak_rss_kb");
    for (size_t k = 0; k < size_t(Stage::kCount); ++k) {
      Stage st = Stage(k);
      std::fprintf(stderr, "%-8s %10.4f %12ld\n", StageName(st), stats.Seconds(st),
                   stats.PeakKb(st));
    }
    std::fprintf(stderr, "%-8s %10.4f %12ld\n", "total", secs, PeakRssKb());
  }
  return failed_inputs > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace eg
