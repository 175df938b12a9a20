// text_bench: throughput of the text stage alone (tokens and sentences).
//
//   build/bench/text_bench [--repeat R] FILE_OR_DIR...
//
// Loads every .txt file into memory first, then runs eg::Analyze over all of
// them R times (default 5) and prints the best pass: MB/s, tokens/s and
// sentences. Reuses one TextAnalysis, as a worker thread would. Run it under
// `valgrind --tool=callgrind` for instruction counts that do not depend on
// the load of the machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/text.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  int repeat = 5;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (fs::is_directory(a)) {
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: text_bench [--repeat R] FILE_OR_DIR...\n");
    return 64;
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(std::move(ss).str());
    bytes += texts.back().size();
  }
  eg::TextAnalysis a;
  double best = 1e30;
  size_t tokens = 0, sentences = 0;
  for (int r = 0; r < repeat; ++r) {
    tokens = sentences = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& t : texts) {
      eg::Analyze(t, 0, &a);
      tokens += a.tokens.size();
      sentences += a.sentences.size();
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("text stage: %.1f MB/s, %.1f M tokens/s (%zu documents, %zu bytes, %zu tokens, "
              "%zu sentences, best of %d: %.4f s)\n",
              bytes / 1e6 / best, tokens / 1e6 / best, texts.size(), bytes, tokens, sentences,
              repeat, best);
  return 0;
}
