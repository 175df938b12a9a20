#include "time/timeline.h"

#include <string>
#include <string_view>

namespace eg::timex {

namespace {

// A bullet or a dash before a list entry's date (- * • · – —): its length
// in bytes at s[i], else 0.
size_t BulletLen(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '-' || c == '*') return 1;
  if (s.compare(i, 3, "\xE2\x80\xA2") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0 ||
      s.compare(i, 3, "\xE2\x80\x94") == 0)
    return 3;
  if (s.compare(i, 2, "\xC2\xB7") == 0) return 2;
  return 0;
}

// Whether byte c may stand between a line's start and an entry's date: a
// blank or a byte of a bullet (BulletLen).
bool BlankOrBulletByte(char c) {
  switch (uint8_t(c)) {
    case ' ': case '\t': case '-': case '*': case 0xE2: case 0x80: case 0xA2: case 0x93:
    case 0x94: case 0xC2: case 0xB7:
      return true;
    default:
      return false;
  }
}

// The byte where the line holding `at` starts, when only blanks and one
// bullet lie between them; else npos.
size_t EntryLineStart(std::string_view s, size_t at) {
  // Back to the line's start, but only over bytes that may be blanks or a
  // bullet: most dates stand inside a line of text, whose start the search
  // for the newline (the whole paragraph, byte by byte, for every date)
  // would find only to fail below.
  size_t line = at;
  while (line > 0 && s[line - 1] != '\n') {
    if (!BlankOrBulletByte(s[line - 1])) return std::string_view::npos;
    --line;
  }
  bool bullet = false;
  for (size_t i = line; i < at;) {
    if (s[i] == ' ' || s[i] == '\t') { ++i; continue; }
    const size_t b = BulletLen(s, i);
    if (b == 0 || bullet) return std::string_view::npos;
    bullet = true;
    i += b;
  }
  return line;
}

// A colon or a dash after the date ("12 February:", "May 16 – ").
bool LabelEnd(std::string_view s, size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
  if (at >= s.size()) return false;
  if (s[at] == ':') return true;
  const size_t b = BulletLen(s, at);
  return b == 3 || (b == 1 && s[at] == '-' && at + 1 < s.size() && s[at + 1] == ' ');
}

// "2025-02" or "2025-02-12".
bool MonthOrDayValue(const std::string& v) {
  if (v.size() != 7 && v.size() != 10) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return false;
  }
  return true;
}

// Whether the expression writes a year: a four-digit number among its tokens.
bool WritesYear(const TextAnalysis& text, const Timex& t) {
  for (uint32_t k = t.first_token; k < t.end_token; ++k) {
    const std::string_view w = text.Str(text.tokens[k]);
    if (w.size() == 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' &&
        w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9')
      return true;
  }
  return false;
}

// The start of the next non-blank line after the line holding `at`, or npos.
size_t NextLineStart(std::string_view s, size_t at) {
  size_t nl = s.find('\n', at);
  if (nl == std::string_view::npos) return nl;
  size_t i = nl + 1;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
    if (s[i] == '\n') nl = i;
    ++i;
  }
  return i < s.size() ? nl + 1 : std::string_view::npos;
}

// Whether the bytes [a, b) join the two ends of a range: a dash, "to",
// "through" or "until" between blanks ("May 10-11", "April 2 to April 9").
bool RangeJoint(std::string_view s, size_t a, size_t b) {
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  const std::string_view j = s.substr(a, b - a);
  return j == "-" || j == "\xE2\x80\x93" || j == "to" || j == "through" || j == "until";
}

struct Entry {
  size_t timex;       // index into the timexes
  size_t line_start;  // byte where its line starts
  size_t range_end;   // the timex closing the heading's range, or npos
};

// The end of a range heading ("May 10-11 -") takes the year of its start,
// or the next one when its month and day come before the start's.
void RangeEndYear(const std::string& start, std::string* end) {
  if (start.size() < 7 || end->size() < 7) return;
  int year = std::stoi(start.substr(0, 4));
  if (end->compare(5, std::string::npos, start, 5, std::string::npos) < 0) ++year;
  end->replace(0, 4, std::to_string(year));
}

void OrderBlock(const TextAnalysis& text, std::vector<Timex>* timexes,
                const std::vector<Entry>& block) {
  if (block.size() < 2) return;
  for (size_t n = block.size() - 1; n-- > 0;) {
    Timex& t = (*timexes)[block[n].timex];
    const std::string& next = (*timexes)[block[n + 1].timex].value;
    if (WritesYear(text, t)) continue;
    for (int tries = 0; tries < 2 && t.value.compare(0, 7, next, 0, 7) > 0; ++tries) {
      const int year = std::stoi(t.value.substr(0, 4)) - 1;
      if (year < 1000) break;
      t.value.replace(0, 4, std::to_string(year));
    }
  }
  for (const Entry& e : block)
    if (e.range_end != std::string_view::npos && !WritesYear(text, (*timexes)[e.range_end]))
      RangeEndYear((*timexes)[e.timex].value, &(*timexes)[e.range_end].value);
}

}  // namespace

void OrderTimelineEntries(const TextAnalysis& text, std::vector<Timex>* timexes) {
  const std::string_view s = text.text;
  std::vector<Entry> block;
  size_t expect = std::string_view::npos;  // where the next entry's line must start
  for (size_t i = 0; i < timexes->size(); ++i) {
    const Timex& t = (*timexes)[i];
    if (t.type != TimexType::kDate || !MonthOrDayValue(t.value)) continue;
    // A month's day or a month, not a weekday ("Friday:" in a week's
    // agenda): a year back would never fix a weekday.
    const std::string_view written = s.substr(t.start, t.end - t.start);
    if (t.value.size() == 10 && written.find_first_of("0123456789") == std::string_view::npos)
      continue;
    const size_t line = EntryLineStart(s, t.start);
    if (line == std::string_view::npos) continue;
    // "May 10-11 - ...", "April 2 to April 9 - ...": a heading over a range
    // of days is its first day's entry.
    size_t range_end = std::string_view::npos, label_at = t.end;
    if (!LabelEnd(s, t.end) && i + 1 < timexes->size()) {
      const Timex& u = (*timexes)[i + 1];
      if (u.type == TimexType::kDate && MonthOrDayValue(u.value) &&
          RangeJoint(s, t.end, u.start) && LabelEnd(s, u.end)) {
        range_end = i + 1;
        label_at = u.end;
      }
    }
    if (!LabelEnd(s, label_at)) continue;
    if (line != expect) {
      OrderBlock(text, timexes, block);
      block.clear();
    }
    block.push_back({i, line, range_end});
    expect = NextLineStart(s, label_at);
    if (range_end != std::string_view::npos) ++i;
  }
  OrderBlock(text, timexes, block);
}

}  // namespace eg::timex
