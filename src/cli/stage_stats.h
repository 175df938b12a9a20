// Per-stage accounting for --stats and the benchmark: time spent in each
// stage (summed over worker threads) and the peak resident set size of the
// process seen when the stage finished. The per-document stages sample the
// peak on every 16th document of each thread (getrusage is a system call;
// once per stage and document would cost a few percent).
//
// The clock is wall time (steady_clock) by default. With the environment
// variable EVENTGRAPH_STAGE_CLOCK=cpu it is the thread's CPU time instead,
// which does not count time spent waiting for a core: on a machine shared
// with other processes that is the figure that says what a stage costs. A
// stage that runs alone but on several threads (the render) is timed on the
// process's CPU clock instead (Scope::kProcess).
// (It is a system call, ~0.1-0.3 us, twice per stage and document; the
// benchmark sets it, a normal run does not pay for it.)
// A StageStats made disabled (a run without --stats) times and samples
// nothing: its timers cost a test, not two clock reads per stage and
// document and a getrusage() every 16th (~1% of a run on small documents).
#pragma once
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace eg {

enum class Stage { kCorpus, kText, kTime, kActors, kEvents, kMerge, kGraph, kRender, kCount };
const char* StageName(Stage s);

class StageStats {
 public:
  explicit StageStats(bool enabled = true);
  bool enabled() const { return enabled_; }
  void Add(Stage s, std::chrono::nanoseconds d) {
    ns_[size_t(s)].fetch_add(uint64_t(d.count()), std::memory_order_relaxed);
  }
  void MarkPeak(Stage s);  // records the process's peak RSS now (keeps the max)
  double Seconds(Stage s) const { return double(ns_[size_t(s)].load()) / 1e9; }
  long PeakKb(Stage s) const { return peak_kb_[size_t(s)].load(); }
  enum class Scope { kThread, kProcess };
  // Now on the clock the stages are timed with (see above).
  std::chrono::nanoseconds Now(Scope scope = Scope::kThread) const;
  bool cpu_clock() const { return cpu_clock_; }

 private:
  std::array<std::atomic<uint64_t>, size_t(Stage::kCount)> ns_{};
  std::array<std::atomic<long>, size_t(Stage::kCount)> peak_kb_{};
  bool cpu_clock_ = false;
  bool enabled_ = true;
};

// Times a scope into one stage.
class StageTimer {
 public:
  StageTimer(StageStats* st, Stage s, StageStats::Scope scope = StageStats::Scope::kThread)
      : st_(st->enabled() ? st : nullptr), s_(s), scope_(scope) {
    if (st_) t0_ = st_->Now(scope);
  }
  ~StageTimer() {
    if (!st_) return;
    st_->Add(s_, st_->Now(scope_) - t0_);
    thread_local unsigned calls = 0;
    if (++calls % 16 == 1) st_->MarkPeak(s_);
  }

 private:
  StageStats* st_;
  Stage s_;
  StageStats::Scope scope_;
  std::chrono::nanoseconds t0_{0};
};

long PeakRssKb();

}  // namespace eg
