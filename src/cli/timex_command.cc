#include "cli/timex_command.h"

#include <sys/stat.h>

#include <map>

#include "cli/extract.h"
#include "corpus/file_reader.h"
#include "corpus/loader.h"
#include "corpus/manifest.h"
#include "text/text.h"
#include "time/dct_inference.h"
#include "time/timex.h"

namespace eg {
namespace {

// The publication date a directory's MANIFEST.tsv gives `path`, as the main
// job reads it: the line naming the file, else the line naming its stem.
// Each directory's manifest is read once; its warnings go to stderr.
class ManifestDates {
 public:
  std::optional<date::year_month_day> For(const std::string& path) {
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string name = path.substr(dir.size());
    auto it = manifests_.find(dir);
    if (it == manifests_.end()) it = manifests_.emplace(dir, Read(dir + "MANIFEST.tsv")).first;
    const Manifest& m = it->second;
    if (auto d = m.Find(name)) return d;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0)
      return m.Find(FileStemView(name));
    return std::nullopt;
  }

 private:
  static Manifest Read(const std::string& mpath) {
    std::vector<std::string> warnings;
    struct stat st;
    if (::stat(mpath.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
      return ParseManifest(mpath, "", &warnings);
    std::string contents;
    Status s = ReadInputFile(mpath, &contents);
    if (!s.ok()) {
      std::string m = s.message();  // "...; skipped": the file is, not the run
      const std::string tail = "; skipped";
      if (m.size() > tail.size() && m.compare(m.size() - tail.size(), tail.size(), tail) == 0)
        m.resize(m.size() - tail.size());
      std::fprintf(stderr, "eventgraph: %s; the manifest's dates are not used\n", m.c_str());
      contents.clear();
    }
    Manifest m = ParseManifest(mpath, std::move(contents), &warnings);
    for (const auto& w : warnings) std::fprintf(stderr, "eventgraph: %s\n", w.c_str());
    return m;
  }
  std::map<std::string, Manifest> manifests_;
};

}  // namespace

int RunTimex(const std::vector<std::string>& files,
             const std::optional<date::year_month_day>& dct, std::FILE* out) {
  int failed = 0;
  std::string buf;
  ManifestDates manifests;
  for (const auto& path : files) {
    Document doc;
    std::vector<std::string> warnings;
    LoadOptions lo;
    lo.dct = dct;
    const InputFile in{path, dct ? std::nullopt : manifests.For(path)};
    Status s = LoadDocument(in, lo, &doc, &warnings);
    for (const auto& w : warnings) std::fprintf(stderr, "eventgraph: %s\n", w.c_str());
    if (!s.ok()) {
      std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
      ++failed;
      continue;
    }
    TextAnalysis text;
    Analyze(doc.text, doc.body_start, &text);
    if (files.size() > 1) std::fprintf(out, "# %s\n", path.c_str());
    std::vector<Timex> timexes = TagTimexes(text, doc.dct);
    // As the main job does, from the text's dates alone (the main job also
    // has the offices its actors hold).
    if (!doc.dct) {
      if (auto guess = InferDct(text, timexes, std::nullopt)) {
        std::fprintf(stderr, "eventgraph: %s: no publication date given; %s inferred from its dates\n",
                     path.c_str(), FormatDate(*guess).c_str());
        timexes = TagTimexes(text, guess);
      }
    }
    // A transcript recorded before it was published: as the main job does.
    if (doc.dct)
      if (auto rec = RecordingDate(text, timexes, *doc.dct)) timexes = TagTimexes(text, rec);
    for (const Timex& t : timexes) {
      buf.assign(doc.text, t.start, t.end - t.start);
      for (char& c : buf)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
      std::fprintf(out, "%u\t%u\t%s\t%s\t%s\n", t.start, t.end, TimexTypeName(t.type),
                   t.value.c_str(), buf.c_str());
    }
  }
  if (failed == 0) return kExitOk;
  return failed == int(files.size()) ? kExitNothingProcessed : kExitSomeInputsFailed;
}

}  // namespace eg
