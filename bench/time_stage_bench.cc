// Throughput of the time stage: builds a ~20 MB corpus deterministically by
// repeating the repository's seeds/*.txt (plus every *.txt of a directory
// given on the command line), then runs Analyze + TagTimexes over every
// document, one core, and prints MB/s (wall clock and thread CPU time) for the
// text stage plus the time stage and for TagTimexes alone.
//
//   build/bench/time_stage_bench [DIR] [--mb N]
#include <date/date.h>

#include <algorithm>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/text.h"
#include "time/timex.h"

namespace fs = std::filesystem;

static void ReadTexts(const fs::path& dir, std::vector<std::string>* out) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());  // deterministic order
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!ss.str().empty()) out->push_back(ss.str());
  }
}

int main(int argc, char** argv) {
  double target_mb = 20;
  std::vector<std::string> texts;
  // bench/CMakeLists.txt passes no source directory: find seeds/ from this file.
  ReadTexts(fs::path(__FILE__).parent_path().parent_path() / "seeds", &texts);
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mb") == 0 && i + 1 < argc) target_mb = std::atof(argv[++i]);
    else ReadTexts(argv[i], &texts);
  }
  if (texts.empty()) {
    std::fprintf(stderr, "time_stage_bench: no texts found\n");
    return 1;
  }
  // The corpus: the texts repeated, in order, up to the target size.
  std::vector<const std::string*> docs;
  size_t total = 0;
  for (size_t k = 0; total < size_t(target_mb * 1e6); ++k) {
    docs.push_back(&texts[k % texts.size()]);
    total += docs.back()->size();
  }
  const std::optional<date::year_month_day> dct = date::year{2025} / 8 / 17;
  eg::TextAnalysis text;
  // CPU time of this thread as well as wall time: on a shared machine the
  // wall clock also counts the time other processes held the core.
  auto cpu_now = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
  };
  size_t timexes = 0;
  double tag_secs = 0, tag_cpu = 0;
  auto t0 = std::chrono::steady_clock::now();
  double c0 = cpu_now();
  for (const std::string* d : docs) {
    eg::Analyze(*d, 0, &text);
    auto a = std::chrono::steady_clock::now();
    double ca = cpu_now();
    timexes += eg::TagTimexes(text, dct).size();
    tag_cpu += cpu_now() - ca;
    tag_secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
  }
  double cpu = cpu_now() - c0;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double mb = double(total) / 1e6;
  std::printf("corpus: %.1f MB in %zu documents (%zu distinct texts), %zu time expressions\n",
              mb, docs.size(), texts.size(), timexes);
  std::printf("Analyze+TagTimexes: wall %.3f s = %.1f MB/s, cpu %.3f s = %.1f MB/s\n", secs,
              mb / secs, cpu, mb / cpu);
  std::printf("TagTimexes alone:   wall %.3f s = %.1f MB/s, cpu %.3f s = %.1f MB/s\n", tag_secs,
              mb / tag_secs, tag_cpu, mb / tag_cpu);
  return 0;
}
