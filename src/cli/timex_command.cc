#include "cli/timex_command.h"

#include "cli/extract.h"
#include "corpus/loader.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg {

int RunTimex(const std::vector<std::string>& files,
             const std::optional<date::year_month_day>& dct, std::FILE* out) {
  int failed = 0;
  std::string buf;
  for (const auto& path : files) {
    Document doc;
    std::vector<std::string> warnings;
    LoadOptions lo;
    lo.dct = dct;
    Status s = LoadDocument({path, std::nullopt}, lo, &doc, &warnings);
    for (const auto& w : warnings) std::fprintf(stderr, "eventgraph: %s\n", w.c_str());
    if (!s.ok()) {
      std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
      ++failed;
      continue;
    }
    TextAnalysis text;
    Analyze(doc.text, doc.body_start, &text);
    if (files.size() > 1) std::fprintf(out, "# %s\n", path.c_str());
    for (const Timex& t : TagTimexes(text, doc.dct)) {
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
