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
// The thread's CPU clock is a system call (~0.3 us here), not a vDSO read:
// twice per stage and document it cost ~8% of a run on the benchmark's
// small documents, which showed as "other" time. So the per-document stages
// are timed through a DocClock instead: the thread's CPU time is read when
// a document starts and when it is done, and that CPU time is shared among
// the document's stages in proportion to their wall time (steady_clock, a
// vDSO read). When nothing preempts the thread the two clocks agree; when
// something does, the stage it lands in takes more of that document's CPU
// time, which a stage does in proportion to its own time: the sums stay
// right on average. The benchmark sets the CPU clock, a normal run does not.
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

// With the CPU clock (see above): the thread's CPU time from construction
// to destruction, shared among the stages timed on the thread meanwhile
// (StageTimer, Scope::kThread) by their wall time. Only around work that
// does not wait (a lock, a condition): waiting is wall time without CPU
// time, which would scale every stage down. One per thread at a time; a
// no-op unless the stats are enabled with the CPU clock.
class DocClock {
 public:
  explicit DocClock(StageStats* st);
  ~DocClock();
  DocClock(const DocClock&) = delete;
  DocClock& operator=(const DocClock&) = delete;
  // The thread's active DocClock, or null.
  static DocClock* Active();
  void AddWall(Stage s, std::chrono::nanoseconds d) { wall_[size_t(s)] += d; }

 private:
  StageStats* st_ = nullptr;
  std::chrono::nanoseconds cpu0_{0}, wall0_{0};
  std::array<std::chrono::nanoseconds, size_t(Stage::kCount)> wall_{};
};

// Times a scope into one stage.
class StageTimer {
 public:
  StageTimer(StageStats* st, Stage s, StageStats::Scope scope = StageStats::Scope::kThread)
      : st_(st->enabled() ? st : nullptr), s_(s), scope_(scope) {
    if (!st_) return;
    if (scope == StageStats::Scope::kThread) doc_ = DocClock::Active();
    t0_ = doc_ ? WallNow() : st_->Now(scope);
  }
  ~StageTimer() {
    if (!st_) return;
    if (doc_)
      doc_->AddWall(s_, WallNow() - t0_);
    else
      st_->Add(s_, st_->Now(scope_) - t0_);
    thread_local unsigned calls = 0;
    if (++calls % 16 == 1) st_->MarkPeak(s_);
  }

 private:
  static std::chrono::nanoseconds WallNow() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
  }
  StageStats* st_;
  Stage s_;
  StageStats::Scope scope_;
  DocClock* doc_ = nullptr;
  std::chrono::nanoseconds t0_{0};
};

long PeakRssKb();

}  // namespace eg
