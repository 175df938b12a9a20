#include "time/dct_inference.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "time/tense.h"

namespace eg {
namespace {

// How many lines from the first token a byline or dateline date may open,
// and how long its line may be: a byline is a few words ("By Jane Doe |
// August 16, 2025") and no sentence; a date in a sentence of the lead dates
// an event.
constexpr int kHeadLines = 2;
constexpr size_t kBylineMaxBytes = 80;

// Whether the line holding byte i is short and does not end a sentence.
bool BylineAt(std::string_view text, size_t i) {
  const size_t nl = i == 0 ? std::string_view::npos : text.rfind('\n', i - 1);
  const size_t b = nl == std::string_view::npos ? 0 : nl + 1;
  size_t e = std::min(text.find('\n', i), text.size());
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  if (e - b > kBylineMaxBytes || e == b) return false;
  const char last = text[e - 1];
  if (last == '!' || last == '?') return false;
  if (last != '.') return true;
  // A clock time ends a byline with a period: "August 16, 2025 at 10:14 a.m."
  return e - b >= 4 && (text[e - 2] == 'm' || text[e - 2] == 'M') && text[e - 3] == '.' &&
         (text[e - 4] == 'a' || text[e - 4] == 'p' || text[e - 4] == 'A' || text[e - 4] == 'P');
}

bool Digits(const std::string& v, size_t from, size_t n) {
  if (v.size() < from + n) return false;
  for (size_t k = from; k < from + n; ++k)
    if (v[k] < '0' || v[k] > '9') return false;
  return true;
}

// The year a DATE or TIME value names ("2025", "2025-08", "2025-W33" ...),
// or 0 ("XXXX-08-15", "198" for a decade, "P2D").
int YearOf(const Timex& t) {
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return 0;
  const std::string& v = t.value;
  if (!Digits(v, 0, 4) || (v.size() > 4 && v[4] != '-')) return 0;
  return std::atoi(v.c_str());
}

// Month and day of a value at day precision ("2025-08-15", "XXXX-08-15",
// "2025-08-15T11:30"); *year is 0 when the text gave none.
bool DayOf(const Timex& t, int* year, unsigned* month, unsigned* day) {
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return false;
  const std::string& v = t.value;
  if (v.size() < 10 || v[4] != '-' || v[7] != '-' || !Digits(v, 5, 2) || !Digits(v, 8, 2) ||
      (v.size() > 10 && v[10] != 'T'))
    return false;
  if (v.compare(0, 4, "XXXX") == 0) *year = 0;
  else if (Digits(v, 0, 4)) *year = std::atoi(v.c_str());
  else return false;
  *month = unsigned(std::atoi(v.c_str() + 5));
  *day = unsigned(std::atoi(v.c_str() + 8));
  return true;
}

int TenseOf(const TextAnalysis& text, const Timex& t) {
  return timex::TenseAround(text, t.sentence, t.first_token, t.end_token);
}

}  // namespace

std::optional<date::year_month_day> InferDct(const TextAnalysis& text,
                                             const std::vector<Timex>& undated,
                                             std::optional<date::sys_days> floor) {
  if (text.tokens.empty()) return std::nullopt;
  const auto fits = [&](const date::year_month_day& d) {
    return d.ok() && (!floor || date::sys_days(d) >= *floor);
  };

  // 1. A byline or dateline: a whole date near the top.
  const uint32_t top = text.tokens.front().start;
  for (const Timex& t : undated) {
    int lines = 0;
    for (uint32_t k = top; k < t.start && lines < kHeadLines; ++k) lines += text.text[k] == '\n';
    if (lines >= kHeadLines) break;
    int y;
    unsigned m, d;
    if (!DayOf(t, &y, &m, &d) || y == 0 || TenseOf(text, t) > 0 || !BylineAt(text.text, t.start))
      continue;
    const date::year_month_day ymd{date::year(y), date::month(m), date::day(d)};
    if (fits(ymd)) return ymd;
  }

  // 2. The latest date reported as past, on or after the floor: without
  // one, nothing vouches that a date is the news and not history (wire
  // copy writes the year of last year's dates and of older ones, and leaves
  // out this year's). A date without its year takes the floor's, unless the
  // text names a later year outside the future.
  if (!floor) return std::nullopt;
  const int floor_year = int(date::year_month_day(*floor).year());
  bool floor_year_latest = true;
  for (const Timex& t : undated)
    if (YearOf(t) > floor_year && TenseOf(text, t) <= 0) floor_year_latest = false;
  std::optional<date::year_month_day> best;
  for (const Timex& t : undated) {
    int y;
    unsigned m, d;
    if (!DayOf(t, &y, &m, &d) || TenseOf(text, t) >= 0) continue;
    if (y == 0) {
      if (!floor_year_latest) continue;
      y = floor_year;
    }
    const date::year_month_day ymd{date::year(y), date::month(m), date::day(d)};
    if (fits(ymd) && (!best || ymd > *best)) best = ymd;
  }
  // Written after it: news dates by the calendar what lies a day or more
  // back, and names the weekday of what happened that very day.
  if (best) best = date::year_month_day(date::sys_days(*best) + date::days(1));
  return best;
}

}  // namespace eg
