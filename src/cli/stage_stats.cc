#include "cli/stage_stats.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace eg {

const char* StageName(Stage s) {
  static const char* const kNames[] = {"corpus", "text",  "time",  "actors",
                                       "events", "merge", "graph", "render"};
  return kNames[size_t(s)];
}

long PeakRssKb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

StageStats::StageStats(bool enabled) : enabled_(enabled) {
  const char* clock = std::getenv("EVENTGRAPH_STAGE_CLOCK");
  cpu_clock_ = clock != nullptr && std::strcmp(clock, "cpu") == 0;
}

std::chrono::nanoseconds StageStats::Now(Scope scope) const {
  if (cpu_clock_) {
    timespec ts{};
    clock_gettime(scope == Scope::kProcess ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID,
                  &ts);
    return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
  }
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::steady_clock::now().time_since_epoch());
}

namespace {
thread_local DocClock* active_doc_clock = nullptr;
std::chrono::nanoseconds SteadyNow() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::steady_clock::now().time_since_epoch());
}
}  // namespace

DocClock::DocClock(StageStats* st) {
  if (!st->enabled() || !st->cpu_clock() || active_doc_clock) return;
  st_ = st;
  active_doc_clock = this;
  cpu0_ = st->Now(StageStats::Scope::kThread);
  wall0_ = SteadyNow();
}

DocClock::~DocClock() {
  if (!st_) return;
  active_doc_clock = nullptr;
  const double cpu = double((st_->Now(StageStats::Scope::kThread) - cpu0_).count());
  const double wall = double((SteadyNow() - wall0_).count());
  // CPU time per wall nanosecond over the document; what the stages' wall
  // time does not cover (the loop around them, waiting for the fold's lock)
  // stays out of every stage, as it did when each stage read the CPU clock.
  const double scale = wall > 0 ? std::min(1.0, cpu / wall) : 1.0;
  for (size_t k = 0; k < wall_.size(); ++k)
    if (wall_[k].count() > 0)
      st_->Add(Stage(k), std::chrono::nanoseconds(int64_t(double(wall_[k].count()) * scale)));
}

DocClock* DocClock::Active() { return active_doc_clock; }

void StageStats::MarkPeak(Stage s) {
  if (!enabled_) return;
  long now = PeakRssKb();
  auto& slot = peak_kb_[size_t(s)];
  long seen = slot.load(std::memory_order_relaxed);
  while (now > seen && !slot.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
}

}  // namespace eg
