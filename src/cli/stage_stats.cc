#include "cli/stage_stats.h"

#include <sys/resource.h>
#include <time.h>

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

void StageStats::MarkPeak(Stage s) {
  if (!enabled_) return;
  long now = PeakRssKb();
  auto& slot = peak_kb_[size_t(s)];
  long seen = slot.load(std::memory_order_relaxed);
  while (now > seen && !slot.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
}

}  // namespace eg
