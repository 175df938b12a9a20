// One match at a token (Rec::MatchAt: the prefix, then every head, the
// longest kept) and its emission (EmitMatch, Emit), with the ranges that
// share a month or a year ("14-15 July", "Aug. 15 and 16", "2024-25") and
// "the day after Christmas".
#include "time/recognizer_internal.h"

#include <utility>

namespace eg::timex {
namespace detail {

uint32_t Rec::MatchAt(uint32_t i, Spec* out, uint32_t* start) const {
  // "right now"

  // Never start at a word that is only a preposition or conjunction.
  if (NeverStarts(K(i))) return 0;
  Prefix p;
  uint32_t j = ParsePrefix(i, &p);
  // Fast exit: after the prefix, every head starts with a number, a word of
  // the lexicon, an apostrophe ("'80s") or a capitalised holiday word.
  if (j >= n_ || (!IsNum(j) && !L(j) && !MaybeStart(j) && tok_[j].kind != TokenKind::kPunct &&
                  !Cap(j) && !p.year_ago && p.rel != kPast && p.rel != kCurrent &&
                  !Word(j, "period") && !Word(j, "additional") && !Word(j, "extra") &&
                  !((Word(j, "short") || Word(j, "long")) && K(j + 1) == kTerm)))
    return 0;
  uint32_t best = 0;
  bool best_noun = true;
  Spec bs;
  auto attempt = [&](uint32_t e, Spec& s, bool noun) {
    if (e > best) { best = e; bs = std::move(s); best_noun = noun; }
  };
  // Each head below is called only where its first test can pass: the
  // guards repeat those tests (a Spec is not free to build).
  const bool num = IsNum(j);
  const Lex* jl = L(j);
  const uint16_t jcls = jl ? jl->cls : 0;
  if (num) {
    Spec s;
    uint32_t e = NumericDate(j, &s);
    if (e) attempt(e, s, false);
  }
  if (jcls & kMonthWord) {
    Spec s;
    uint32_t e = MonthDate(j, &s);
    if (e) {
      if (s.anchor == Anchor::kNone && s.year < 0) {
        s.anchor = Anchor::kDct;
        switch (p.rel) {
          case kLast: s.dir = Dir::kPastStrict; break;
          case kNext: case kComing: s.dir = Dir::kFutureStrict; break;
          case kThis: s.dir = Dir::kSame; break;
          case kNoKw: break;
          // "the following June", "the previous March": the first such
          // month after (before) the narrative's reference time.
          case kFollowing: s.anchor = Anchor::kRef; s.dir = Dir::kFutureStrict; break;
          case kPrevious: case kPreceding:
            s.anchor = Anchor::kRef; s.dir = Dir::kPastStrict; break;
          default: e = 0;  // "past the Nov. 1 deadline": a preposition
        }
      }
      if (e) attempt(e, s, false);
    }
  }
  if (num || (jcls & (kOrdinalWord | kNumberWord))) {
    Spec s;
    uint32_t e = DayMonth(j, &s);
    // "16 August 2025" needs no publication date: only a date without
    // its year is anchored.
    if (e) {
      if (s.year < 0) s.anchor = Anchor::kDct;
      attempt(e, s, false);
    }
  }
  if (num && p.the && j == i + 1 && !p.rel && !p.approx && !p.mod && !p.ordinal) {
    Spec s;
    uint32_t e = DayOfMonthHead(i, j, &s);
    if (e) attempt(e, s, true);
  }
  if (jcls & kWeekdayWord) {
    Spec s;
    uint32_t e = WeekdayHead(j, p, &s);
    if (e) attempt(e, s, false);
  }
  if (p.ordinal) {
    Spec s;
    uint32_t e = QuarterHead(j, p, &s);
    if (e) attempt(e, s, !(j > 0 && Punct(j - 1, '-')));
  }
  // "FY2025", "FY25": the fiscal year, written as the year (as "fiscal
  // 2025"); only in capitals ("fy25" is a typo or a code).
  if (jl && jl->kw == kFiscalYear && Cap(j)) {
    Spec s;
    s.type = TimexType::kDate;
    s.gran = Gran::kYear;
    s.year = jl->number;
    s.fiscal = true;
    attempt(j + 1, s, false);
  }
  if (jl && (jl->kw == kQuarterAbbr || jl->kw == kHalfAbbr)) {
    Spec s;
    uint32_t e = QuarterAbbrHead(j, p, &s);
    if (e) attempt(e, s, false);
  }
  const Lex* jraw = Raw(j);  // "period", "short", "additional": aux words
  const Kw jkw = jl ? jl->kw : kNoKw;
  // Where Cardinal() can begin ("two", "several", "a few", "a hundred").
  const bool count_word = (jcls & kNumberWord) || jkw == kSeveral || jkw == kMany ||
                          jkw == kFew || jkw == kA || jkw == kAn || jkw == kCouple ||
                          jkw == kHalf;
  if (num || count_word || (jcls & kUnitWord) || (jraw && jraw->aux == kAuxPrefix)) {
    Spec s;
    uint32_t e = UnitHead(i, j, p, &s);
    if (e) attempt(e, s, !adj_);
  }
  if ((jcls & kUnitWord) || (jraw && jraw->aux)) {
    Spec s;
    uint32_t e = PeriodHead(j, p, &s);
    if (e) attempt(e, s, true);
  }
  if ((jcls & kSeasonWord) || ((num || count_word) && (p.rel == kPast || p.rel == kLast))) {
    Spec s;
    uint32_t e = SeasonHead(i, j, p, &s);
    if (e) attempt(e, s, true);
  }
  if (num || (j < n_ && tok_[j].kind == TokenKind::kPunct) ||  // "'80s"
      (jcls & (kOrdinalWord | kDecadeWord | kNumberWord)) ||
      (p.the && (jcls & kUnitWord))) {  // "the year 2000"
    Spec s;
    year_noun_ = false;
    uint32_t e = YearHead(i, j, p, &s);
    if (e) attempt(e, s, year_noun_ && p.the);
  }
  if ((jcls & kPodWord) || (jraw && jraw->aux) || jkw == kToday || jkw == kYesterday ||
      jkw == kTomorrow || jkw == kTonight || jkw == kOvernight || jkw == kNow || jkw == kCurrently ||
      jkw == kNowadays || jkw == kRecently || jkw == kLately || jkw == kFuture ||
      jkw == kTerm || jkw == kWhile || jkw == kThen || jkw == kSoon) {
    Spec s;
    uint32_t e = DeicticHead(i, j, p, &s);
    if (e) attempt(e, s, true);
  }
  if (Cap(j) && jraw && jraw->holiday_start) {
    Spec s;
    uint32_t e = HolidayHead(j, p, &s);
    if (e) attempt(e, s, false);
  }
  if (!p.the && !p.rel && !p.early_late && (num || (jl && (jl->kw == kNoon || jl->kw == kMidnight)))) {
    Spec s;
    uint32_t e = ClockHead(j, &s);
    if (e) attempt(e, s, true);
  }
  if (!p.any() && (num || count_word || (jcls & kSetWord) || jkw == kEvery ||
                   jkw == kEach || jkw == kTwice || jkw == kOnce)) {
    Spec s;
    uint32_t e = SetHead(j, &s);
    if (e) attempt(e, s, true);
  }
  if (!best && p.the && p.rel == kPast) {
    Spec s;
    uint32_t e = RefHead(j, p, &s);
    if (e) attempt(e, s, true);
  }
  // "Today is the eighth day of the blockade", "it's the second day of the
  // strike": a day counted from an event's start, said of the present, is
  // the publication date (TimeML annotates it as that date).
  if (!best && p.the && p.rel == kNoKw && !p.approx && !p.mod && !p.ordinal &&
      (jcls & kOrdinalWord) && Cls(j + 1, kUnitWord) && L(j + 1)->unit == kDay &&
      !L(j + 1)->plural && K(j + 2) == kOf && PresentCopulaBefore(i)) {
    Spec s;
    s.anchor = Anchor::kDct;
    s.gran = Gran::kDay;
    s.keeps_ref = true;
    *out = std::move(s);
    *start = i;
    return j + 2;
  }
  // "current" as an adjective ("the current system"): the present.
  if (!best && p.rel == kCurrent && j > i && K(j - 1) == kCurrent && !p.approx &&
      !p.early_late && !Hyphen(j) && j < n_ && tok_[j].kind == TokenKind::kWord) {
    Spec s;
    Literal(&s, TimexType::kDate, "PRESENT_REF");
    *start = j - 1;
    // "the then current chairman", "then-current rules": the present of a
    // past narrative (TimeML PAST_REF), "then" included.
    uint32_t then = j - 1 >= 2 && Hyphen(j - 2) ? j - 3 : j - 2;
    if (j >= 2 && then < j - 1 && Word(then, "then") &&
        (out_->empty() || out_->back().end_token <= then)) {
      Literal(&s, TimexType::kDate, "PAST_REF");
      *start = then;
    }
    *out = std::move(s);
    return j;
  }
  // "year-earlier" or "year-ago" alone, as an adjective ("year-earlier sales").
  if (!best && p.year_ago && j >= i + 3) {
    Spec s;
    s.anchor = Anchor::kDct;
    s.shift_unit = kYear;
    s.shift = -1;
    s.gran = Gran::kYear;
    s.year_back_quarter = true;
    *out = std::move(s);
    *start = j - 3;
    return j;
  }
  // A determiner before a date or an adjective belongs to the noun after it
  // ("the Oct. 23 meeting", "a two-year contract").
  if (best && !best_noun && (p.the || p.a) && (K(i) == kThe || K(i) == kA || K(i) == kAn)) {
    if (p.rel == kNoKw && !p.approx && !p.mod && !p.early_late) *start = i + 1;
  }
  if (!best) return 0;
  // "the quarter-to-quarter comparison", "a year-to-year basis": a unit
  // paired with another in an adjective is no time of its own.
  if (Hyphen(best) && Word(best + 1, "to") && Hyphen(best + 2) && Cls(best + 3, kUnitWord) &&
      Cls(best - 1, kUnitWord))
    return 0;
  // "guarded 24 hours a day", "open seven days a week": a rate that fills
  // its whole period says "all the time"; the count is no stretch of time
  // (TimeML leaves the idiom untagged). The count may have begun before i
  // ("twenty-four hours": the match at "twenty" was refused already).
  if (best >= i + 2 && (K(best) == kA || K(best) == kAn || K(best) == kPer) &&
      Cls(best + 1, kUnitWord) && !L(best + 1)->plural && Cls(best - 1, kUnitWord) &&
      L(best - 1)->plural &&
      WholePeriodRate(i >= 2 && Hyphen(i - 1) && Cls(i - 2, kNumberWord) ? i - 2 : i, best - 1,
                      L(best + 1)->unit))
    return 0;
  // "Islam will one day be...", "he may one day return": after a modal,
  // "one day" is an indefinite future time, not a duration (TimeML
  // FUTURE_REF).
  if (best == i + 2 && K(i) == kNoKw && Cls(i, kNumberWord) && L(i)->number == 1 &&
      Word(i, "one") && Cls(i + 1, kUnitWord) && L(i + 1)->unit == kDay && !L(i + 1)->plural &&
      i > 0 && IsModal(i - 1)) {
    Literal(&bs, TimexType::kDate, "FUTURE_REF");
  }
  *out = std::move(bs);
  return best;
}

// Emits the expression [b, e) and returns where the scan goes on.
// Tokens before `pos` belong to expressions already emitted.
uint32_t Rec::EmitMatch(uint32_t b, uint32_t e, Spec spec, uint32_t pos) {
  const bool day_date = !spec.literal && spec.month && spec.day;
  // "2024-25", "1939-45": the second year of a span written with two digits
  // (above 12, else it may be an ISO month: "2011-12").
  int year2 = 0;
  const bool span = !spec.literal && spec.type == TimexType::kDate &&
                    spec.gran == Gran::kYear && spec.year >= 0 && !spec.month &&
                    SecondYearOfSpan(e, spec.year, &year2);
  // "14-15 July", "3 and 4 March": the first day shares the month named
  // after the second (as "Aug. 15 and 16" below; TimeML tags each day).
  int day1 = 0;
  if (day_date && b >= pos + 2 && DayFirstRange(b, spec.day, &day1)) {
    Spec first = spec;
    first.day = int8_t(day1);
    Emit(b - 2, b - 1, std::move(first));
  }
  if (span) {
    Spec second = spec;
    Emit(b, e, std::move(spec));
    second.year = year2;
    Emit(e + 1, e + 2, std::move(second));
    return e + 2;
  }
  Emit(b, e, std::move(spec));
  // "Aug. 15 and 16", "April 24-25": the second day shares the month.
  const uint32_t k = e;
  if (!day_date || !(K(k) == kAnd || K(k) == kOr || K(k) == kTo || K(k) == kThrough ||
                     Punct(k, '-')))
    return e;
  int day2 = 0;
  uint32_t de = DayNumber(k + 1, &day2);
  if (!de || Cls(de, kMonthWord) || Cls(de, kUnitWord) || Punct(de, '%')) return e;
  Spec second = out_->back().spec;
  second.day = int8_t(day2);
  int y;
  uint32_t y0 = Punct(de, ',') ? de + 1 : de;
  uint32_t ye = second.year < 0 ? YearAt(y0, &y) : 0;
  if (ye && IsNum(y0)) {
    second.year = y; second.anchor = Anchor::kNone; de = ye;
    out_->back().spec.year = y;  // the year closes both days
    out_->back().spec.anchor = Anchor::kNone;
  }
  Emit(k + 1, de, std::move(second));
  return de;
}

bool Rec::SecondYearOfSpan(uint32_t e, int year, int* year2) const {
  if (!(Hyphen(e) || (Lw(e) == "\xE2\x80\x93" && Glued(e) && Glued(e + 1)))) return false;
  const NumTok n = Num(e + 1);
  if (n.digits != 2 || n.suffix != NumTok::kNone || n.comma || n.decimal || n.val <= 12)
    return false;
  if (e + 2 < n_ && (Punct(e + 2, '-') || Punct(e + 2, '/') || Punct(e + 2, '%'))) return false;
  const int y = year / 100 * 100 + int(n.val);
  if (y <= year || y - year > 10) return false;
  *year2 = y;
  return true;
}

// Is the day-month date at b ("15 July", "15th of July") the second day of
// a range "14-15", "14 to 15", "14 and 15"? Then *day1 is the first day.
// Not after a number or a date separator ("2-14-15 July" is no range).
bool Rec::DayFirstRange(uint32_t b, int day2, int* day1) const {
  if (!IsNum(b) || Num(b).val != day2) return false;
  const uint32_t m = K(b + 1) == kOf ? b + 2 : b + 1;
  if (!Cls(m, kMonthWord)) return false;
  const uint32_t c = b - 1;
  if (!(Hyphen(c) || Lw(c) == "\xE2\x80\x93" || K(c) == kAnd || K(c) == kTo)) return false;
  if (DayNumber(b - 2, day1) != b - 1 || *day1 >= day2 || Num(b - 2).suffix != Num(b).suffix)
    return false;
  if (b >= 3) {
    const uint32_t x = b - 3;
    if (IsNum(x) || Cls(x, kMonthWord) ||
        (tok_[x].kind == TokenKind::kPunct && Glued(b - 2) && !Punct(x, '(')))
      return false;
  }
  return true;
}

// "the day after Christmas", "the day before last Tuesday's hearing": a
// day named by its neighbour. Returns the expression's new first token
// (b when the words are not there), and sets spec->day_offset.
uint32_t Rec::DayAfterOrBefore(uint32_t b, uint32_t pos, Spec* spec) const {
  if (b < 2 || b - 2 < pos || spec->literal || spec->gran != Gran::kDay ||
      spec->shift_unit != kNoUnit || spec->hour >= 0 || spec->pod != kNoPod ||
      !(spec->weekday || spec->holiday || (spec->month && spec->day)))
    return b;
  const Kw rel = K(b - 1);
  if ((rel != kAfter && rel != kBefore) || !Word(b - 2, "day")) return b;
  spec->day_offset = rel == kAfter ? 1 : -1;
  return b >= 3 && b - 3 >= pos && K(b - 3) == kThe ? b - 3 : b - 2;
}

// Words TimeML tags with the expression that starts at b though no match
// can start at them, being no time words: "pre-"/"post-" before a year
// ("the post-1959 exodus", valued as the year); "as" before "soon as
// possible". Returns where the expression begins.
uint32_t Rec::LeadingWords(uint32_t b, uint32_t pos, const Spec& spec) const {
  if (b < pos + 1) return b;
  if (!spec.literal && spec.gran == Gran::kYear && spec.year >= 0 && b >= pos + 2 &&
      PrePostYear(b))
    return b - 2;
  if (spec.literal && K(b) == kSoon && Word(b - 1, "as")) return b - 1;
  return b;
}

// Tokens [i, u) are a count and u a plural unit, as many of them as make
// one `per` ("24 hours" a day, "seven days" a week, "12 months" a year).
bool Rec::WholePeriodRate(uint32_t i, uint32_t u, Unit per) const {
  double count = -1;
  if (Cardinal(i, &count) != u) return false;
  int whole = 0;
  switch (L(u)->unit) {
    case kSecond: whole = per == kMinute ? 60 : 0; break;
    case kMinute: whole = per == kHour ? 60 : 0; break;
    case kHour: whole = per == kDay ? 24 : per == kWeek ? 168 : 0; break;
    case kDay: whole = per == kWeek ? 7 : per == kYear ? 365 : 0; break;
    case kWeek: whole = per == kYear ? 52 : 0; break;
    case kMonth: whole = per == kYear ? 12 : 0; break;
    default: break;
  }
  return whole > 0 && count == whole;
}

// "it is", "it's", "today is", "this is" just before token i.
bool Rec::PresentCopulaBefore(uint32_t i) const {
  if (i < 2) return false;
  if (!(Word(i - 1, "is") || Possessive(i - 1))) return false;
  const std::string_view subj = Lw(i - 2);
  return subj == "it" || subj == "today" || subj == "this";
}

bool Rec::IsModal(uint32_t i) const {
  const std::string_view w = Lw(i);
  return w == "will" || w == "would" || w == "could" || w == "might" || w == "may" ||
         w == "can" || w == "shall" || w == "should" || w == "must" || w == "'ll";
}

void Rec::Emit(uint32_t b, uint32_t e, Spec spec) {
  Candidate& c = out_->emplace_back();
  c.first_token = b;
  c.end_token = e;
  c.start = tok_[b].start;
  c.end = tok_[e - 1].end;
  // "p.m." closing a sentence: TimeML leaves the sentence's period out.
  const Token& last = tok_[e - 1];
  if (last.kind == TokenKind::kWord && last.end > last.start + 1 &&
      t_.text[last.end - 1] == '.' &&
      (e >= n_ || SentStart(e) || tok_[e].Has(kLineStart) ||
       (!Glued(e) && tok_[e].kind == TokenKind::kWord && Cap(e) && !L(e))))
    --c.end;
  c.spec = std::move(spec);
}

}  // namespace detail
}  // namespace eg::timex
