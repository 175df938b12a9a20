// Throughput of the actors stage's FindActors: reads every *.txt of a
// directory (a benchmark corpus such as bench/run.sh builds), then, on one
// core, runs Analyze over each document and FindActors after it, as the
// pipeline does, timing FindActors alone. Repeats the pass and prints the
// best. Each document gets a fixed publication date, so that role mentions
// resolve as they do for dated news.
//
//   build/bench/actors_bench DIR [--reps N] [--no-actors]
//
// --no-actors runs Analyze only: `perf stat -e instructions` of both runs
// gives FindActors' instructions by difference.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/gazetteer.h"
#include "corpus/document.h"
#include "text/text.h"
#include "time/timex.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::string dir;
  int reps = 3;
  bool actors = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--no-actors") == 0) actors = false;
    else dir = argv[i];
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: actors_bench DIR [--reps N] [--no-actors]\n");
    return 2;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<eg::Document> docs(files.size());
  size_t bytes = 0;
  for (size_t k = 0; k < files.size(); ++k) {
    std::ifstream in(files[k], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    docs[k].text = ss.str();
    docs[k].dct = date::year{2025} / 8 / 17;
    bytes += docs[k].text.size();
  }
  std::unique_ptr<eg::Gazetteer> gaz;
  eg::Status s = eg::Gazetteer::Load(eg::DefaultDataDir(), &gaz);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 1;
  }
  eg::TextAnalysis text;
  double best = 1e30;
  size_t mentions = 0;
  for (int r = 0; r < reps; ++r) {
    double secs = 0;
    mentions = 0;
    for (const eg::Document& d : docs) {
      eg::Analyze(d.text, 0, &text);
      if (!actors) continue;
      const std::vector<eg::Timex> timexes = eg::TagTimexes(text, d.dct);
      auto a = std::chrono::steady_clock::now();
      eg::DocActors out = eg::FindActors(d, text, *gaz, timexes);
      secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
      mentions += out.mentions.size();
    }
    best = std::min(best, secs);
  }
  const double mb = double(bytes) / 1e6;
  std::printf("%zu documents, %.1f MB, %zu mentions\n", docs.size(), mb, mentions);
  if (actors) std::printf("FindActors: best of %d %.4f s = %.1f MB/s\n", reps, best, mb / best);
  return 0;
}
