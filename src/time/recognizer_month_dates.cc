// Month dates: "August 15, 2025", "Aug. 15", "August 2025", "July last
// year", "15 August", "the 15th of August", "on the 15th", 2025-08-15,
// 8/15/2025, 15.08.2025; and when "May" and "March" are months.
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

bool Rec::MonthWordOk(uint32_t i, bool day_or_year_follows) const {
  const Lex* l = L(i);
  if (!l || !(l->cls & kMonthWord) || !Cap(i)) return false;
  uint32_t nx = i + 1;
  if (l->abbrev) {
    if (!(Punct(nx, '.') && Glued(nx)) && !IsNum(nx)) return false;
  }
  if (i > 0 && !(day_or_year_follows && l->month != 5)) {
    uint32_t p = i - 1;
    // "Theresa May", "Prime Minister May"
    if (tok_[p].kind == TokenKind::kWord && Cap(p) && !SentStart(p) && !L(p) && !tok_[p].Has(kAllCaps))
      return false;
  }
  // "the annual March for Life", "the March of the Mothers": a title.
  // Also in quotes: the ``March of the Mothers''.
  uint32_t det = i > 0 ? i - 1 : 0;
  while (det > 0 && det + 3 > i && tok_[det].kind == TokenKind::kPunct &&
         (Lw(det) == "`" || Lw(det) == "``" || Lw(det) == "\"" || Lw(det) == "\xE2\x80\x9C"))
    --det;
  if (!day_or_year_follows && i > 0 && (K(det) == kThe || K(det) == kA || Word(det, "annual")) &&
      (K(i + 1) == kFor || K(i + 1) == kOf || K(i + 1) == kOn || K(i + 1) == kTo))
    return false;
  if (l->month == 5 || l->month == 3) {
    if (day_or_year_follows) return true;
    if (l->month == 5 && Lw(i) != "may") return true;
    Kw pk = i > 0 ? K(i - 1) : kNoKw;
    bool prep = pk == kIn || pk == kSince || pk == kUntil || pk == kBy || pk == kOf ||
                pk == kLast || pk == kNext || pk == kThis || pk == kEarly || pk == kLate ||
                pk == kFrom || pk == kThrough || pk == kDuring || pk == kBefore ||
                pk == kAfter || pk == kMid || pk == kEnd || pk == kTo || pk == kAnd ||
                (i > 0 && Punct(i - 1, '-'));
    if (l->month == 5 && !prep) return false;
    if (l->month == 3 && SentStart(i) && !prep) return false;
    // "in May" followed by a verb-like lowercase word is still the month; but a
    // modal "May" is never preceded by these words.
  }
  return true;
}

uint32_t Rec::DayNumber(uint32_t i, int* day) const {
  if (!IsNum(i)) return 0;  // spelled days: SpelledDay, in their own forms
  NumTok n = Num(i);
  if (n.comma || n.decimal || n.digits > 2 || n.val < 1 || n.val > 31) return 0;
  if (n.suffix != NumTok::kNone && n.suffix != NumTok::kOrd) return 0;
  if (Punct(i + 1, ':') && Glued(i + 1) && IsNum(i + 2) && Glued(i + 2)) return 0;  // a clock time
  *day = int(n.val);
  return i + 1;
}

// A day of the month spelled out, as broadcasts and quotations write it:
// "eighth", "thirty-first" (the tens as a number word, a hyphen and an
// ordinal). Returns the token after it, 0 when there is none.
uint32_t Rec::SpelledDay(uint32_t i, int* day) const {
  const Lex* l = L(i);
  if (!l) return 0;
  if ((l->cls & kOrdinalWord) && l->ordinal >= 1 && l->ordinal <= 31) {
    *day = l->ordinal;
    return i + 1;
  }
  if ((l->cls & kNumberWord) && (l->number == 20 || l->number == 30) && Hyphen(i + 1) &&
      Cls(i + 2, kOrdinalWord) && L(i + 2)->ordinal >= 1 && L(i + 2)->ordinal <= 9 &&
      l->number + L(i + 2)->ordinal <= 31) {
    *day = l->number + L(i + 2)->ordinal;
    return i + 3;
  }
  return 0;
}

// Month [.] [day[,] [year]] | Month [,] year | Month of year.
uint32_t Rec::MonthDate(uint32_t i, Spec* s) const {
  const Lex* l = L(i);
  if (!l || !(l->cls & kMonthWord)) return 0;
  uint32_t k = i + 1;
  if (Punct(k, '.') && Glued(k)) ++k;
  int day = 0, year = -1;
  // A month heading on a line of its own ("May", "In May" over a
  // timeline's entries): the number opening the next line ("14 people
  // were hurt") is no day of it. (A line wrapped inside a sentence, "met
  // on May\n14 in Geneva", has more words before the month.)
  const bool heading = k < n_ && tok_[k].Has(kLineStart) &&
                       (tok_[i].Has(kLineStart) || (i > 0 && tok_[i - 1].Has(kLineStart)));
  uint32_t e = heading ? 0 : DayNumber(k, &day);
  // "Sunday, March eighth", "on May the first": a spelled day, when the
  // month is a name (capitalised) and the day ends the phrase or a year
  // follows; "in June first reported", "March second-quarter sales" are
  // an adverb and an adjective.
  if (!e && !heading && Cap(i)) {
    const uint32_t d = K(k) == kThe ? k + 1 : k;
    int yy;
    const uint32_t de = SpelledDay(d, &day);
    if (de && !Hyphen(de) &&
        (de >= n_ || (tok_[de].kind == TokenKind::kPunct && !Punct(de, '-')) ||
         (IsNum(de) && YearAt(de, &yy)) || K(de) == kAnd || K(de) == kOr))
      e = de;
  }
  uint32_t yend = 0;
  if (e) {
    uint32_t y = e;
    if (Punct(y, ',')) ++y;
    yend = YearAt(y, &year);
    if (yend && IsNum(y) && Punct(yend, ':')) yend = 0;
    if (!yend) year = -1;
  } else if (!heading) {
    uint32_t y = k;
    if (Punct(y, ',') && IsNum(y + 1)) ++y;
    else if (K(y) == kOf) ++y;
    yend = YearAt(y, &year);
    if (!yend) year = -1;
  }
  if (!MonthWordOk(i, e || yend)) return 0;
  s->type = TimexType::kDate;
  s->month = l->month;
  if (e) {
    s->day = int8_t(day);
    s->gran = Gran::kDay;
  } else {
    s->gran = Gran::kMonth;
  }
  if (year >= 0) s->year = year;
  uint32_t end = yend ? yend : e ? e : (k > i + 1 && !SentEndPeriod(i + 1) ? k : i + 1);
  if (!yend) {
    // "July last year", "January this year", "January of this year"
    if (K(end) == kOf && (K(end + 1) == kLast || K(end + 1) == kThis || K(end + 1) == kNext) &&
        Cls(end + 2, kUnitWord) && L(end + 2)->unit == kYear)
      ++end;
    Kw r = K(end);
    if ((r == kLast || r == kThis || r == kNext) && Cls(end + 1, kUnitWord) &&
        L(end + 1)->unit == kYear && !L(end + 1)->plural) {
      s->anchor = Anchor::kDct;
      s->shift_unit = kYear;
      s->shift = r == kLast ? -1 : r == kNext ? 1 : 0;
      s->dir = Dir::kSame;
      end += 2;
    } else {
      // "in April of that year", "May that year", "June the following
      // year": the year of the narrative's reference time, not the
      // publication's (TimeML tags the whole phrase).
      uint32_t q = K(end) == kOf ? end + 1 : end;
      int shift = 0;
      uint32_t unit_at = 0;
      if (K(q) == kThat) {
        unit_at = q + 1;
      } else if (K(q) == kThe) {
        const Kw r2 = K(q + 1);
        if (r2 == kSame) unit_at = q + 2;
        if (r2 == kFollowing || r2 == kNext) { unit_at = q + 2; shift = 1; }
        if (r2 == kPrevious || r2 == kPreceding) { unit_at = q + 2; shift = -1; }
      }
      if (unit_at && Cls(unit_at, kUnitWord) && L(unit_at)->unit == kYear &&
          !L(unit_at)->plural) {
        s->anchor = Anchor::kRef;
        s->shift_unit = kYear;
        s->shift = shift;
        s->dir = Dir::kSame;
        end = unit_at + 1;
      }
    }
  }
  return end;
}

// "15 August [2025]", "15th of August".
uint32_t Rec::DayMonth(uint32_t i, Spec* s) const {
  int day = 0;
  uint32_t k = DayNumber(i, &day);
  // "the twelfth of May": a spelled day takes "of".
  if (!k) {
    k = SpelledDay(i, &day);
    if (!k || K(k) != kOf) return 0;
  }
  if (K(k) == kOf) ++k;
  const Lex* l = L(k);
  if (!l || !(l->cls & kMonthWord) || !Cap(k)) return 0;
  // After a day number an abbreviation needs no period: "on 15 Aug in
  // Paris", "Tue 12 Aug" (British style writes none); but "Jan" before a
  // capitalised word is a first name ("3 Jan Smith goals").
  if (l->abbrev && l->month == 1 && !Punct(k + 1, '.') && Cap(k + 1) && !L(k + 1)) return 0;
  uint32_t e = k + 1;
  if (Punct(e, '.') && Glued(e) && !SentEndPeriod(e)) ++e;
  int year = -1;
  uint32_t y = e;
  if (Punct(y, ',')) ++y;
  uint32_t ye = YearAt(y, &year);
  s->type = TimexType::kDate;
  s->month = l->month;
  s->day = int8_t(day);
  s->gran = Gran::kDay;
  if (ye) { s->year = year; return ye; }
  return l->abbrev && Punct(k + 1, '.') ? (SentEndPeriod(k + 1) ? k + 1 : k + 2) : k + 1;
}

// "on the 15th", "by the 3rd": a day of the month spoken of (the
// reference month, or the publication's). Only after a preposition of
// time and before a clause boundary (a dash too: "on the 14th — that was
// the one where ...") or function word: "the 15th floor",
// "the 20th century", "the 3rd Infantry" are not days.
uint32_t Rec::DayOfMonthHead(uint32_t i, uint32_t j, Spec* s) const {
  if (i == 0) return 0;
  const Kw before = K(i - 1);
  // "on the 3rd and the 4th": the second day right after the first.
  const bool second_day = (before == kAnd || before == kOr) && !out_->empty() &&
                          out_->back().end_token == i - 1 && !out_->back().spec.literal &&
                          out_->back().spec.day && !out_->back().spec.month;
  if (before != kOn && before != kBy && before != kUntil && before != kSince &&
      before != kFrom && before != kBefore && before != kAfter && before != kThrough &&
      !second_day)
    return 0;
  const NumTok n = Num(j);
  if (n.suffix != NumTok::kOrd || n.digits > 2 || n.val < 1 || n.val > 31) return 0;
  const uint32_t e = j + 1;
  if (e < n_ && tok_[e].kind == TokenKind::kWord) {
    const std::string_view w = Lw(e);
    if (!(K(e) == kAnd || K(e) == kOr || K(e) == kAt || K(e) == kIn || K(e) == kTo ||
          K(e) == kUntil || K(e) == kBefore || K(e) == kAfter || K(e) == kFor ||
          w == "but" || w == "when" || w == "with" || w == "as" || w == "because"))
      return 0;
  } else if (e < n_ && !(tok_[e].kind == TokenKind::kPunct &&
                         (Punct(e, '.') || Punct(e, ',') || Punct(e, ';') || Punct(e, ')') ||
                          Punct(e, ':') || Lw(e) == "\xE2\x80\x94" ||
                          Lw(e) == "\xE2\x80\x93"))) {
    return 0;
  }
  s->type = TimexType::kDate;
  s->day = int8_t(n.val);
  s->gran = Gran::kDay;
  s->anchor = Anchor::kRef;
  return e;
}

// 2025-08-15, 8/15/2025, 15.08.2025
uint32_t Rec::NumericDate(uint32_t i, Spec* s) const {
  NumTok a = Num(i);
  if (a.val < 0 || a.suffix != NumTok::kNone || a.comma) return 0;
  if (a.decimal) {  // 15.08.2025 is one token
    std::string_view w = Lw(i);
    int parts[3] = {0, 0, 0}, np = 0, nd[3] = {0, 0, 0};
    for (char c : w) {
      if (c == '.') { if (++np > 2) return 0; continue; }
      if (++nd[np] > 4) return 0;  // no date part is longer; also no overflow
      parts[np] = parts[np] * 10 + (c - '0');
    }
    if (np != 2 || nd[2] != 4 || nd[0] > 2 || nd[1] > 2) return 0;
    return SetYmd(s, parts[2], parts[1], parts[0]) ? i + 1 : 0;
  }
  if (a.digits == 4 && Hyphen(i + 1) && IsNum(i + 2) && Num(i + 2).digits == 2 &&
      Hyphen(i + 3) && IsNum(i + 4) && Num(i + 4).digits == 2) {
    return SetYmd(s, int(a.val), int(Num(i + 2).val), int(Num(i + 4).val)) ? i + 5 : 0;
  }
  if (a.digits <= 2 && Punct(i + 1, '/') && Glued(i + 1) && IsNum(i + 2) && Glued(i + 2) &&
      Punct(i + 3, '/') && Glued(i + 3) && IsNum(i + 4) && Glued(i + 4)) {
    NumTok b = Num(i + 2), c = Num(i + 4);
    int y = int(c.val);
    if (c.digits == 2) y += y < 50 ? 2000 : 1900;
    else if (c.digits != 4) return 0;
    int m = int(a.val), d = int(b.val);
    if (m > 12) std::swap(m, d);
    return SetYmd(s, y, m, d) ? i + 5 : 0;
  }
  return 0;
}

bool Rec::SetYmd(Spec* s, int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199) return false;
  s->type = TimexType::kDate;
  s->year = y; s->month = int8_t(m); s->day = int8_t(d);
  s->gran = Gran::kDay;
  return true;
}

}  // namespace detail
}  // namespace eg::timex
