// `eventgraph timex [--dct YYYY-MM-DD] FILE...`: the time stage alone. Prints,
// per time expression, start<TAB>end<TAB>type<TAB>value<TAB>text (UTF-8 byte
// offsets into the file, end exclusive); with several files a "# FILE" line
// precedes each file's lines. This is the format ../shared/tools/score_timex.py
// reads. A file's publication date comes from where the main job takes it:
// --dct, else its directory's MANIFEST.tsv (by name, else by stem), else its
// "date YYYY-MM-DD" header; without one, deictic values stay unresolved.
#pragma once
#include <date/date.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace eg {

int RunTimex(const std::vector<std::string>& files,
             const std::optional<date::year_month_day>& dct, std::FILE* out);

}  // namespace eg
