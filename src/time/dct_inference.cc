#include "time/dct_inference.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "time/tense.h"

namespace eg {
namespace {

// On how many of the first non-blank lines a byline may stand (a paper's
// name, a section, a title of one or two lines and the authors come first), and how long its line may be: a byline is
// a few words ("By Jane Doe | August 16, 2025") and no sentence; a date in
// a sentence of the lead dates an event.
constexpr int kBylineLines = 6;
constexpr size_t kBylineMaxBytes = 80;
// A wire dateline opens the first paragraph of the story, after the title
// and a byline or a caption.
constexpr int kDatelineLines = 5;
// The place of a dateline: "MOSCOW", "KUALA LUMPUR", "Washington, D.C.".
constexpr uint32_t kDatelinePlaceTokens = 6;

// A byline may share its line with the name of a programme or section,
// set off by a dash or a bar: "SUNDAY BRIEFING WITH JO DOE â Transcript,
// aired Sunday, August 10, 2025, 9:00 a.m. ET". The byline is what follows
// the last such separator before byte i of the line starting at b.
size_t BylineSegmentStart(std::string_view text, size_t b, size_t i) {
  size_t seg = b;
  for (std::string_view sep : {std::string_view(" \xE2\x80\x94 "), std::string_view(" | ")}) {
    const size_t k = text.substr(b, i - b).rfind(sep);
    if (k != std::string_view::npos) seg = std::max(seg, b + k + sep.size());
  }
  return seg;
}

// Whether the line holding byte i is short and does not end a sentence.
bool BylineAt(std::string_view text, size_t i) {
  const size_t nl = i == 0 ? std::string_view::npos : text.rfind('\n', i - 1);
  const size_t b = BylineSegmentStart(text, nl == std::string_view::npos ? 0 : nl + 1, i);
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

// The first byte after the n-th non-blank line from byte `from` on (a
// byte i has n non-blank lines before it from there iff i >= the answer);
// SIZE_MAX when the text has fewer. One scan per document: asking "how
// many lines before" for each time expression was quadratic in a text
// without line breaks.
size_t AfterLines(std::string_view text, size_t from, int n) {
  int lines = 0;
  bool blank = true;
  for (size_t k = from; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '\n') {
      lines += !blank;
      blank = true;
      if (lines >= n) return k + 1;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      blank = false;
    }
  }
  return SIZE_MAX;
}

// "MOSCOW, Oct 22 (Reuters) -", "KUALA LUMPUR, Oct. 26 (Xinhua) --",
// "MOSCOW, December 3. /TASS/.": the date opens its line after a place and
// a comma, and an agency's name in parentheses or between slashes, or a
// dash, follows it.
bool DatelineAt(const TextAnalysis& text, const Timex& t) {
  const auto& tok = text.tokens;
  if (t.first_token < 2 || t.end_token >= tok.size()) return false;
  if (text.Str(tok[t.first_token - 1]) != ",") return false;
  uint32_t k = t.first_token - 1;
  uint32_t n = 0;
  while (k > 0 && !tok[k].Has(kLineStart) && n < kDatelinePlaceTokens) {
    --k;
    ++n;
    if (tok[k].kind == TokenKind::kWord && !tok[k].Has(kCapitalized)) return false;
  }
  if (!tok[k].Has(kLineStart) || !tok[k].Has(kCapitalized)) return false;
  const std::string_view after = text.Str(tok[t.end_token]);
  // "MOSCOW, December 3. /TASS/.": a period, then the agency between slashes.
  if (after == "." && t.end_token + 1 < tok.size() && text.Str(tok[t.end_token + 1]) == "/")
    return true;
  return after == "(" || after == "-" || after == "--" || after == "_" ||
         after == "\xE2\x80\x94" || after == "\xE2\x80\x93";
}

// The weekday a date expression names with its day ("Friday, August 15"):
// 0 (Sunday) to 6, or -1.
int WeekdayNamed(const TextAnalysis& text, const Timex& t) {
  static constexpr std::string_view kDays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  for (uint32_t k = t.first_token; k < t.end_token && k < text.tokens.size(); ++k) {
    const std::string_view w = text.Lower(text.tokens[k]);
    for (int d = 0; d < 7; ++d)
      if (w == kDays[d]) return d;
  }
  return -1;
}

// The first year from `from` on in which month/day falls on `weekday` (the
// weekday of a day recurs within 11 years), or 0.
int YearOfWeekday(int from, unsigned month, unsigned day, int weekday) {
  for (int y = from; y < from + 12; ++y) {
    const date::year_month_day ymd{date::year(y), date::month(month), date::day(day)};
    if (ymd.ok() && date::weekday(date::sys_days(ymd)).c_encoding() == unsigned(weekday))
      return y;
  }
  return 0;
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

  // 1. A byline: a whole date near the top. A wire dateline below it
  // ("MOSCOW, Oct 22 (Reuters) -") is the story's own day and wins over an
  // "Updated:" time; it takes its year from the byline.
  const uint32_t top = text.tokens.front().start;
  std::optional<date::year_month_day> byline;
  const size_t after_byline_lines = AfterLines(text.text, top, kBylineLines);
  for (const Timex& t : undated) {
    if (t.start >= after_byline_lines) break;
    int y;
    unsigned m, d;
    if (!DayOf(t, &y, &m, &d) || y == 0 || TenseOf(text, t) > 0 || !BylineAt(text.text, t.start))
      continue;
    const date::year_month_day ymd{date::year(y), date::month(m), date::day(d)};
    if (fits(ymd)) {
      byline = ymd;
      break;
    }
  }
  // The dateline's day: its year (0 when it gives none), month and day.
  bool dateline = false;
  int dl_year = 0;
  unsigned dl_month = 0, dl_day = 0;
  const size_t after_dateline_lines = AfterLines(text.text, top, kDatelineLines);
  for (const Timex& t : undated) {
    if (t.start >= after_dateline_lines) break;
    if (DayOf(t, &dl_year, &dl_month, &dl_day) && DatelineAt(text, t)) {
      dateline = true;
      break;
    }
  }
  // The dateline's day in its own year, else in year y; nothing before the floor.
  const auto dateline_in = [&](int y) -> std::optional<date::year_month_day> {
    const date::year_month_day ymd{date::year(dl_year ? dl_year : y), date::month(dl_month),
                                   date::day(dl_day)};
    if (!fits(ymd)) return std::nullopt;
    return ymd;
  };
  if (byline) {
    if (dateline) {
      // The year that puts the dateline on or before the byline, within a
      // week of it ("Updated: Jan. 2, 2026" over "KYIV, Dec 31").
      const date::sys_days b = *byline;
      for (int y : {int(byline->year()), int(byline->year()) - 1}) {
        auto d = dateline_in(y);
        if (d && date::sys_days(*d) <= b && b - date::sys_days(*d) <= date::days(7)) return d;
      }
    }
    return byline;
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

  // A dateline without a byline: its own year if it has one, else the
  // floor's, as below.
  if (dateline && (dl_year || floor_year_latest))
    if (auto day = dateline_in(floor_year)) return day;

  std::optional<date::year_month_day> best;
  for (const Timex& t : undated) {
    int y;
    unsigned m, d;
    if (!DayOf(t, &y, &m, &d) || TenseOf(text, t) >= 0) continue;
    if (y == 0) {
      // "Friday, August 15": the first year from the floor's in which that
      // day is a Friday. Else the floor's year, if no later one is named.
      const int wd = WeekdayNamed(text, t);
      y = wd >= 0 ? YearOfWeekday(floor_year, m, d, wd) : 0;
      if (y == 0) {
        if (!floor_year_latest) continue;
        y = floor_year;
      }
    }
    const date::year_month_day ymd{date::year(y), date::month(m), date::day(d)};
    if (fits(ymd) && (!best || ymd > *best)) best = ymd;
  }
  // Written after it: news dates by the calendar what lies a day or more
  // back, and names the weekday of what happened that very day.
  if (best) best = date::year_month_day(date::sys_days(*best) + date::days(1));
  return best;
}

std::optional<date::year_month_day> RecordingDate(const TextAnalysis& text,
                                                  const std::vector<Timex>& timexes,
                                                  date::year_month_day dct) {
  if (text.tokens.empty() || !dct.ok()) return std::nullopt;
  const uint32_t top = text.tokens.front().start;
  size_t after_head = 0;  // found at the first "recorded <day>": most texts have none
  for (const Timex& t : timexes) {
    int y;
    unsigned m, d;
    if (t.first_token == 0) continue;
    uint32_t k = t.first_token - 1;
    if (text.Lower(text.tokens[k]) == "on" && k > 0) --k;
    if (text.Lower(text.tokens[k]) != "recorded") continue;
    if (after_head == 0) after_head = AfterLines(text.text, top, 8);
    if (t.start >= after_head) break;
    if (!DayOf(t, &y, &m, &d) || y == 0) continue;
    const date::year_month_day r{date::year(y), date::month(m), date::day(d)};
    if (!r.ok()) continue;
    const date::sys_days rd = r, pd = dct;
    if (rd < pd && pd - rd <= date::days(14)) return r;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace eg
