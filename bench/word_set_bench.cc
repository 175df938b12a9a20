// word_set_bench: WordSet::Has against a linear list of string comparisons
// (the `OneOf(w, {...})` idiom) on the lower-cased tokens of a corpus.
//
//   build/bench/word_set_bench FILE_OR_DIR...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "text/text.h"
#include "text/word_set.h"

namespace fs = std::filesystem;

namespace {

#define EG_BENCH_WORDS                                                                     \
  "which", "who", "whom", "whose", "that", "but", "while", "whereas", "although", "though", \
      "because", "since", "after", "before", "when", "where", "if", "unless", "said",        \
      "says", "say", "told", "tells", "according", "whether", "until", "once", "so", "yet",  \
      "however", "claimed", "claims", "insisted", "argued", "noted", "added", "wrote",       \
      "stated", "reported", "announced", "believe", "believes", "think", "thinks",           \
      "thought", "following", "during", "amid", "ahead"

bool OneOf(std::string_view w, std::initializer_list<std::string_view> l) {
  for (auto x : l)
    if (w == x) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> files;
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i]))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    } else {
      files.push_back(argv[i]);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      texts.push_back(std::move(ss).str());
    }
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: word_set_bench FILE_OR_DIR...\n");
    return 64;
  }
  std::vector<eg::TextAnalysis> docs(texts.size());
  size_t tokens = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    eg::Analyze(texts[i], 0, &docs[i]);
    tokens += docs[i].tokens.size();
  }
  static const eg::WordSet kSet{EG_BENCH_WORDS};
  auto time = [&](auto&& has) {
    double best = 1e30;
    size_t hits = 0;
    for (int r = 0; r < 3; ++r) {
      hits = 0;
      auto t0 = std::chrono::steady_clock::now();
      for (const auto& d : docs)
        for (const auto& t : d.tokens) hits += has(d.Lower(t));
      best = std::min(best,
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return std::make_pair(best, hits);
  };
  auto [t_list, h_list] = time([](std::string_view w) { return OneOf(w, {EG_BENCH_WORDS}); });
  auto [t_set, h_set] = time([](std::string_view w) { return kSet.Has(w); });
  std::printf("%zu tokens, 49 words: linear list %.1f ns/token, WordSet %.1f ns/token (%zu = %zu hits)\n",
              tokens, t_list * 1e9 / double(tokens), t_set * 1e9 / double(tokens), h_list, h_set);
  return h_list == h_set ? 0 : 1;
}
