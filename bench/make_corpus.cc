// eg_make_corpus: builds the benchmark corpus deterministically.
//
//   eg_make_corpus --out DIR --mb N SOURCE_DIR...
//
// Reads every *.txt of each SOURCE_DIR (sorted by path) and writes copies of
// them into DIR, cycling through the sources until N megabytes (10^6 bytes)
// are written: DIR/dNNNNNN_<stem>.txt. The texts are copied byte for byte;
// DIR/MANIFEST.tsv gives each copy a publication date: the source's own date
// (MANIFEST.tsv of its directory, a <stem>.dct file beside it, or a leading
// "date YYYY-MM-DD" line) moved forward by one day per round, so the corpus
// spans a long timeline instead of piling every event onto a few days.
// The same sources and size always give the same bytes.
#include <date/date.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Source {
  std::string stem;
  std::string text;
  date::sys_days dct;
};

std::optional<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

// The first YYYY-MM-DD found at `pos` in s.
std::optional<date::sys_days> ParseDate(const std::string& s, size_t pos = 0) {
  if (pos + 10 > s.size()) return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(s.c_str() + pos, "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days(ymd);
}

std::map<std::string, date::sys_days> ReadManifest(const fs::path& dir) {
  std::map<std::string, date::sys_days> out;
  auto text = ReadFile(dir / "MANIFEST.tsv");
  if (!text) return out;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    if (auto d = ParseDate(line, tab + 1)) out[line.substr(0, tab)] = *d;
  }
  return out;
}

bool LoadSources(const fs::path& dir, std::vector<Source>* out) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".txt" && it->is_regular_file()) files.push_back(it->path());
  if (ec) {
    std::fprintf(stderr, "eg_make_corpus: %s: cannot list: %s\n", dir.c_str(),
                 ec.message().c_str());
    return false;
  }
  std::sort(files.begin(), files.end());
  auto manifest = ReadManifest(dir);
  const date::sys_days fallback = date::year{2025} / 1 / 1;
  for (const auto& f : files) {
    auto text = ReadFile(f);
    if (!text || text->empty()) continue;
    Source s{f.stem().string(), std::move(*text), fallback};
    if (auto m = manifest.find(f.filename().string()); m != manifest.end()) {
      s.dct = m->second;
    } else if (auto dct = ReadFile(fs::path(f).replace_extension(".dct")); dct) {
      if (auto d = ParseDate(*dct)) s.dct = *d;
    } else {
      // A leading "date YYYY-MM-DD" marker, after optional spaces.
      size_t i = s.text.find_first_not_of(" \t");
      if (i != std::string::npos && s.text.compare(i, 5, "date ") == 0)
        if (auto d = ParseDate(s.text, s.text.find_first_not_of(' ', i + 5))) s.dct = *d;
    }
    out->push_back(std::move(s));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_dir;
  double mb = 20;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out_dir = argv[++i];
    else if (a == "--mb" && i + 1 < argc) mb = std::atof(argv[++i]);
    else dirs.push_back(a);
  }
  if (out_dir.empty() || dirs.empty() || mb <= 0) {
    std::fprintf(stderr, "usage: eg_make_corpus --out DIR --mb N SOURCE_DIR...\n");
    return 64;
  }
  std::vector<Source> sources;
  for (const auto& d : dirs)
    if (!LoadSources(d, &sources)) return 66;
  if (sources.empty()) {
    std::fprintf(stderr, "eg_make_corpus: no .txt files in the source directories\n");
    return 66;
  }
  std::error_code ec;
  fs::remove_all(out_dir, ec);
  fs::create_directories(out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "eg_make_corpus: %s: %s\n", out_dir.c_str(), ec.message().c_str());
    return 73;
  }
  std::ofstream manifest(fs::path(out_dir) / "MANIFEST.tsv", std::ios::binary);
  manifest << "# Benchmark corpus built by eg_make_corpus: FILE<TAB>YYYY-MM-DD\n";
  const uint64_t target = uint64_t(mb * 1e6);
  uint64_t written = 0;
  size_t k = 0;
  for (; written < target; ++k) {
    const Source& s = sources[k % sources.size()];
    const int round = int(k / sources.size());
    char name[64];
    std::snprintf(name, sizeof name, "d%06zu_", k);
    std::string file = name + s.stem + ".txt";
    std::ofstream out(fs::path(out_dir) / file, std::ios::binary);
    out.write(s.text.data(), std::streamsize(s.text.size()));
    if (!out) {
      std::fprintf(stderr, "eg_make_corpus: %s: cannot write\n", file.c_str());
      return 74;
    }
    manifest << file << '\t' << date::format("%F", s.dct + date::days{round}) << '\n';
    written += s.text.size();
  }
  std::printf("%zu documents, %llu bytes, from %zu sources\n", k,
              static_cast<unsigned long long>(written), sources.size());
  return manifest ? 0 : 74;
}
