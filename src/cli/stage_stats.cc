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

void StageStats::MarkPeak(Stage s) { peak_kb_[size_t(s)].store(PeakRssKb()); }

}  // namespace eg
