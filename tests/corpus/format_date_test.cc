// FormatDate writes "YYYY-MM-DD" as printf's "%04d-%02u-%02u" does, digits
// written directly for years 0..9999 and by snprintf otherwise.
#include <gtest/gtest.h>

#include <cstdio>

#include "corpus/document.h"

namespace eg {
namespace {

std::string Printf(int y, unsigned m, unsigned d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

TEST(FormatDate, AsPrintfForEveryKindOfYear) {
  for (int y : {-44, -1, 0, 5, 99, 476, 1969, 2025, 9999, 10000, 32767})
    for (unsigned m : {1u, 2u, 9u, 10u, 12u})
      for (unsigned d : {1u, 9u, 10u, 28u, 31u}) {
        const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
        EXPECT_EQ(FormatDate(ymd), Printf(y, m, d)) << y << " " << m << " " << d;
      }
  EXPECT_EQ(FormatDate(date::year{2024} / 2 / 29), "2024-02-29");
}

}  // namespace
}  // namespace eg
