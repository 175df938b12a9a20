#include "cli/stage_stats.h"

#include <sys/resource.h>

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

void StageStats::MarkPeak(Stage s) {
  long now = PeakRssKb();
  auto& slot = peak_kb_[size_t(s)];
  long seen = slot.load(std::memory_order_relaxed);
  while (now > seen && !slot.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
}

}  // namespace eg
