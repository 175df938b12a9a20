// Helpers for the time stage tests: tag a short text with a fixed
// publication date and look expressions up by their text.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "text/text.h"
#include "time/timex.h"

namespace eg::testing {

struct Tagged {
  std::string text, type, value, anchored;
};

inline std::vector<Tagged> Tag(const std::string& s, std::optional<date::year_month_day> dct) {
  TextAnalysis ta;
  Analyze(s, 0, &ta);
  std::vector<Tagged> out;
  for (const Timex& t : TagTimexes(ta, dct))
    out.push_back({s.substr(t.start, t.end - t.start), TimexTypeName(t.type), t.value,
                   t.anchored});
  return out;
}

// Wednesday 20 August 2025.
inline date::year_month_day Dct() { return date::year{2025} / 8 / 20; }

// "text=TYPE:value" for every expression, joined by " | ", with "@date" after
// a duration anchored at a date ("Two days=DURATION:P2D@2025-08-22"): one
// readable string per sentence makes failures self-explanatory.
inline std::string Show(const std::string& s,
                        std::optional<date::year_month_day> dct = Dct()) {
  std::string r;
  for (const Tagged& t : Tag(s, dct)) {
    if (!r.empty()) r += " | ";
    r += t.text + "=" + t.type + ":" + t.value;
    if (!t.anchored.empty()) r += "@" + t.anchored;
  }
  return r;
}

}  // namespace eg::testing
