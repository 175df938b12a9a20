#include "corpus/document.h"

#include <cstdio>

namespace eg {

const char* DctSourceName(DctSource s) {
  switch (s) {
    case DctSource::kHeader: return "header";
    case DctSource::kManifest: return "manifest";
    case DctSource::kOption: return "option";
    case DctSource::kInferred: return "inferred";
    case DctSource::kNone: return "none";
  }
  return "none";
}

std::string FormatDate(const date::year_month_day& d) {
  const int y = int(d.year());
  const unsigned m = unsigned(d.month()), day = unsigned(d.day());
  if (y >= 0 && y <= 9999 && m <= 99 && day <= 99) {
    // The digits written directly: every document's date and every event's
    // is formatted, and snprintf cost ~1,600 instructions a call.
    const char buf[10] = {char('0' + y / 1000),     char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),  char('0' + y % 10),
                          '-',                      char('0' + m / 10),
                          char('0' + m % 10),       '-',
                          char('0' + day / 10),     char('0' + day % 10)};
    return std::string(buf, sizeof buf);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
  return buf;
}

std::optional<date::year_month_day> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < len[k]; ++i) {
      char c = s[start[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  date::year_month_day ymd{date::year{v[0]}, date::month{unsigned(v[1])}, date::day{unsigned(v[2])}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

DocumentInfo InfoOf(const Document& d) {
  return DocumentInfo{d.id, d.path, d.dct ? FormatDate(*d.dct) : std::string(),
                      DctSourceName(d.dct_source)};
}

}  // namespace eg
