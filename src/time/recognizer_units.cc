// Counted and bare units with their suffixes: durations ("two years",
// "a two-year term", "an hour and forty minutes"), shifts ("two years ago",
// "three weeks later", "the past five years"), "the year", "this week";
// and DurationValue, the TimeML value of a duration.
#include "time/recognizer_internal.h"

#include <cstdio>
#include <string>

namespace eg::timex {
namespace detail {

namespace {

const char* UnitCode(Unit u, bool* time_part) {
  *time_part = false;
  switch (u) {
    case kSecond: *time_part = true; return "S";
    case kMinute: *time_part = true; return "M";
    case kHour: *time_part = true; return "H";
    case kDay: return "D";
    case kWeek: return "W";
    case kWeekend: return "WE";
    case kFortnight: return "W";
    case kMonth: return "M";
    case kQuarter: return "Q";
    case kYear: return "Y";
    case kDecade: return "DE";
    case kCentury: return "CE";
    case kMillennium: return "ML";
    default: return "X";
  }
}

// "an hour and forty minutes" (PT1H40M), "two years and six months"
// (P2Y6M), "two days and six hours" (P2DT6H), "a week and three days"
// (P10D): a count of the next smaller unit after a count of a unit; "" for
// any other pair.
std::string CompoundDuration(long n1, Unit u1, long n2, Unit u2) {
  char buf[48];
  if (u1 == kYear && u2 == kMonth && n2 < 12) std::snprintf(buf, sizeof buf, "P%ldY%ldM", n1, n2);
  else if (u1 == kHour && u2 == kMinute && n2 < 60) std::snprintf(buf, sizeof buf, "PT%ldH%ldM", n1, n2);
  else if (u1 == kMinute && u2 == kSecond && n2 < 60) std::snprintf(buf, sizeof buf, "PT%ldM%ldS", n1, n2);
  else if (u1 == kDay && u2 == kHour && n2 < 24) std::snprintf(buf, sizeof buf, "P%ldDT%ldH", n1, n2);
  else if (u1 == kWeek && u2 == kDay && n2 < 7) std::snprintf(buf, sizeof buf, "P%ldD", n1 * 7 + n2);
  else return {};
  return buf;
}

// A shift by a fractional count ("half a century ago", "two and a half
// years later") moves by a whole number of the next smaller unit.
void WholeShift(double* count, Unit* unit) {
  if (*count == double(long(*count))) return;
  switch (*unit) {
    case kMillennium: *count *= 1000; *unit = kYear; break;
    case kCentury: *count *= 100; *unit = kYear; break;
    case kDecade: *count *= 10; *unit = kYear; break;
    case kYear: *count *= 12; *unit = kMonth; break;
    case kWeek: *count *= 7; *unit = kDay; break;
    case kDay: *count *= 24; *unit = kHour; break;
    case kHour: *count *= 60; *unit = kMinute; break;
    default: break;
  }
}

Gran GranOf(Unit u) {
  switch (u) {
    case kWeek: case kFortnight: return Gran::kWeek;
    case kWeekend: return Gran::kWeekend;
    case kMonth: return Gran::kMonth;
    case kQuarter: return Gran::kQuarter;
    case kYear: return Gran::kYear;
    case kDecade: return Gran::kDecade;
    case kCentury: case kMillennium: return Gran::kCentury;
    default: return Gran::kDay;
  }
}

}  // namespace

// P2D, PT3H, PXY, P2Y6M. `count` < 0 means unknown ("several days").
std::string DurationValue(double count, Unit u) {
  bool tp;
  const char* code = UnitCode(u, &tp);
  if (u == kFortnight) count = count < 0 ? count : count * 2;
  if (u == kDecade || u == kCentury || u == kMillennium) {
    // TimeML writes decades and centuries as years.
    int mult = u == kDecade ? 10 : u == kCentury ? 100 : 1000;
    // Unknown numbers of decades are years in TimeML practice ("decades" = PXY).
    if (count < 0) return u == kDecade ? "PXY" : u == kCentury ? "PXC" : "PXML";
    count *= mult;
    code = "Y";
  }
  if (u == kWeekend) code = "WE";
  std::string v = tp ? "PT" : "P";
  if (count < 0) return v + "X" + code;
  long whole = long(count);
  double frac = count - double(whole);
  char buf[32];
  if (!(whole == 0 && frac > 0)) (v += std::to_string(whole)) += code;
  if (frac > 0.01) {
    // Halves in the next smaller unit: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
    switch (u) {
      case kYear: std::snprintf(buf, sizeof buf, "%dM", int(frac * 12 + 0.5)); v += buf; break;
      case kMonth: v += "T"; std::snprintf(buf, sizeof buf, "%dD", int(frac * 30 + 0.5)); v.pop_back(); v += buf; break;
      case kDay: std::snprintf(buf, sizeof buf, "T%dH", int(frac * 24 + 0.5)); v += buf; break;
      case kHour: std::snprintf(buf, sizeof buf, "%dM", int(frac * 60 + 0.5)); v += buf; break;
      case kMinute: std::snprintf(buf, sizeof buf, "%dS", int(frac * 60 + 0.5)); v += buf; break;
      case kWeek:  // 3 1/2 weeks: ISO 8601's decimal fraction of the last unit
        std::snprintf(buf, sizeof buf, "P%gW", double(whole) + (frac > 0.4 && frac < 0.6 ? 0.5 : frac));
        v = buf;
        break;
      default: break;
    }
  }
  return v;
}

// A superlative or "first time" among the four words before token k, with
// no punctuation between ("the lowest level", "the first trip", "the
// biggest protest"): what "in years" after it is measured over.
bool Rec::SuperlativeBefore(uint32_t k) const {
  static const std::string_view kNotSuperlative[] = {
      "interest", "protest", "request", "arrest", "contest", "forest", "harvest", "suggest",
      "invest", "honest", "modest", "guest", "digest", "manifest", "conquest", "behest"};
  for (uint32_t n = 0; n < 4 && k > 0; ++n) {
    --k;
    if (tok_[k].kind != TokenKind::kWord) return false;
    const std::string_view w = Lw(k);
    if (w == "first" || w == "time" || w == "worst" || w == "best" || w == "most" ||
        w == "least" || w == "ever")
      return true;
    if (w.size() >= 5 && w.substr(w.size() - 3) == "est") {
      bool listed = false;
      for (std::string_view x : kNotSuperlative) listed = listed || w == x;
      if (!listed) return true;
    }
  }
  return false;
}

// Counted units and bare units with their suffixes.
uint32_t Rec::UnitHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
  double count = 0;
  adj_ = false;
  if (MilitaryClock(j)) return 0;  // "at 1700 hours": a clock time (Clock)
  uint32_t k = Cardinal(j, &count);
  bool counted = k != 0;
  bool adjectival = false;
  uint32_t u = k ? k : j;
  if (counted && Hyphen(u) && Cls(u + 1, kUnitWord)) { adjectival = true; u = u + 1; }
  if (counted && !Cls(u, kUnitWord) && K(u) == kOr && IsNum(u + 1)) {
    // "two or three years": the first number
    double c2;
    uint32_t k2 = Cardinal(u + 1, &c2);
    if (k2 && Cls(k2, kUnitWord)) u = k2;
  }
  // "two to three weeks": one range expression, valued by its first number
  // as "two or three weeks" is.
  if (counted && K(u) == kTo && (IsNum(u + 1) || Cls(u + 1, kNumberWord))) {
    double c2;
    uint32_t k2 = Cardinal(u + 1, &c2);
    if (k2 && Cls(k2, kUnitWord) && L(k2)->plural) u = k2;
  }
  if (counted && K(u) == kOr && !Cls(u, kUnitWord)) {
    double c2;
    uint32_t k2 = Cardinal(u + 1, &c2);
    if (k2 && Cls(k2, kUnitWord)) u = k2;
  }
  if (counted && K(u) == kMore && Cls(u + 1, kUnitWord)) ++u;  // "two more weeks"
  // "eight trading days", "an additional year", "five business days"
  if ((counted || p.a) && Cls(u + 1, kUnitWord) &&
      (Word(u, "trading") || Word(u, "business") || Word(u, "working") ||
       Word(u, "calendar") || Word(u, "additional") || Word(u, "extra") || Word(u, "full")))
    ++u;
  const Lex* ul = L(u);
  if (!ul || !(ul->cls & kUnitWord)) return 0;
  Unit unit = ul->unit;
  if (unit == kNoUnit) return 0;
  if (Lw(u) == "second" && !counted) return 0;
  bool plural = ul->plural;
  uint32_t e = u + 1;
  if (!counted && p.a) {
    if (plural) return 0;
    // "$1.76 a year", "700 seats a week", "24 hours a day": a rate, not a time.
    Kw after = K(u + 1);
    if (i > 0 && after != kAgo && after != kEarlier && after != kLater && after != kBefore &&
        after != kAfter && after != kHence && RateAfter(i - 1))
      return 0;
    count = 1;
    counted = true;
  }
  // "a minute and a half", "one year and a half"
  bool and_a_half = false;
  if (counted && count > 0 && !plural && K(e) == kAnd && K(e + 1) == kA && K(e + 2) == kHalf) {
    count += 0.5;
    e += 3;
    and_a_half = true;
  }
  if (counted && count >= 0 && count > 1 && Lw(j) != "a" && !plural && !adjectival &&
      IsNum(j) && Num(j).digits == 4) {
    return 0;  // "1990 year"?
  }
  // "a day-long meeting", "a three-week-long strike"
  if (Hyphen(e) && Word(e + 1, "long")) {
    adj_ = true;
    Literal(s, TimexType::kDuration, DurationValue(counted ? count : plural ? -1 : 1, unit));
    return e + 2;
  }
  // Ages ("a 6-year-old", "52 years old") are not time expressions.
  if (Hyphen(e) && Word(e + 1, "old")) return 0;
  if (Word(e, "old") || (K(e) == kOf && Word(e + 1, "age"))) return 0;
  // "three-quarters" is a fraction; "60 Minutes" a title.
  if (adjectival && unit == kQuarter && plural) return 0;
  if (counted && Cap(u) && !tok_[u].Has(kAllCaps) && !SentStart(u) && !Cap(j)) return 0;
  // "more than a quarter of the market": a fraction.
  if (unit == kQuarter && !plural && K(u + 1) == kOf && !IsNum(u + 2) &&
      !(K(u + 2) == kThe && Cls(u + 3, kUnitWord)))
    return 0;
  // "a two year deal": a count with a singular unit is an adjective too.
  adj_ = adjectival ||
         (counted && !plural && !and_a_half && count > 1 && Lw(j) != "a" && Lw(j) != "an");
  if (counted) {
    // A number followed by a unit noun used as a measure of something else
    // ("the 30-year bond") is still a duration in TimeML.
    // "a week or so ago"
    bool or_so = false;
    if (K(e) == kOr && Word(e + 1, "so") && (K(e + 2) == kAgo || K(e + 2) == kEarlier ||
                                             K(e + 2) == kLater)) {
      e += 2;
      or_so = true;
    }
    Kw sk = K(e);
    if (sk == kAgo && !adjectival) {
      if (count < 0) { Literal(s, TimexType::kDate, "PAST_REF"); return e + 1; }
      WholeShift(&count, &unit);
      s->anchor = Anchor::kDct;
      s->shift_unit = unit;
      s->shift = -int(count + 0.5);
      s->gran = GranOf(unit);
      // "six weeks ago": the week (TimeML keeps the precision of the unit)
      if (unit == kHour || unit == kMinute || unit == kSecond) s->gran = Gran::kDay;
      if (unit == kDecade) s->gran = Gran::kYear;
      // "a week ago", "two weeks ago" (not "about a week ago", "less than
      // a week ago", "a week or so ago"): a count of days back. Beyond two
      // weeks the count is a round figure more than a reckoning.
      s->week_ago_day = unit == kWeek && !p.approx && !p.mod && !or_so && s->shift >= -2 &&
                        count == double(int(count));
      s->year_back_quarter = unit == kYear && s->shift == -1;
      // "up 5% from a year ago": like "a year earlier", a comparison that
      // does not move the narrative.
      s->keeps_ref = s->year_back_quarter;
      // "Fifty years ago today": the day, so many years back (an
      // anniversary's lede, the day its story goes on from).
      if (K(e + 1) == kToday && (unit == kYear || unit == kDecade) && !p.approx && !p.mod &&
          !or_so) {
        s->gran = Gran::kDay;
        s->year_back_quarter = s->keeps_ref = false;
        return e + 2;
      }
      return e + 1;
    }
    if ((sk == kLater || sk == kEarlier) && !adjectival && count >= 0) {
      const double duration_count = count;
      const Unit duration_unit = unit;
      WholeShift(&count, &unit);
      s->anchor = Anchor::kRef;
      s->shift_unit = unit;
      s->shift = (sk == kLater ? 1 : -1) * int(count + 0.5);
      s->gran = GranOf(unit);
      s->keeps_ref = sk == kEarlier;
      s->year_back_quarter = unit == kYear && s->shift == -1;
      if (unit == kWeek) s->gran = Gran::kDay;
      if (unit == kHour || unit == kMinute || unit == kSecond) s->gran = Gran::kDay;
      // "Three decades later" after "September 1995" reaches 2025, a year
      // (not the decade "202").
      if (s->gran == Gran::kDecade || s->gran == Gran::kCentury) s->gran = Gran::kYear;
      // TimeML annotates the stretch between two events as a duration
      // ("three days later" = P3D), "later" being a signal outside the
      // extent; the date it reaches stays beside it (Timex::anchored) for
      // the narrative. "a year earlier" is the comparison period of
      // financial news ("from $4 million a year earlier"), a date.
      if (!(sk == kEarlier && duration_unit == kYear)) {
        s->anchored_duration = true;
        s->type = TimexType::kDuration;
        s->value = DurationValue(duration_count, duration_unit);
        return e;
      }
      return e + 1;
    }
    // "a week from Friday", "two weeks from Tuesday", British "a week on
    // Friday": that many days after the coming weekday.
    if ((sk == kFrom || (sk == kOn && unit != kDay)) && !adjectival && count >= 1 &&
        (unit == kDay || unit == kWeek || unit == kFortnight) && Cls(e + 1, kWeekdayWord) &&
        Cap(e + 1) && !L(e + 1)->plural && !L(e + 1)->abbrev && !Possessive(e + 2)) {
      const int days = int(count + 0.5) * (unit == kWeek ? 7 : unit == kFortnight ? 14 : 1);
      if (days <= 120) {
        s->type = TimexType::kDate;
        s->anchor = Anchor::kDct;
        s->gran = Gran::kDay;
        s->weekday = L(e + 1)->weekday;
        s->dir = Dir::kFuture;
        s->day_offset = int8_t(days);
        return e + 2;
      }
    }
    // "two weeks from now", "a week from today", "a year hence".
    if ((sk == kFrom && (K(e + 1) == kNow || K(e + 1) == kToday)) || sk == kHence) {
      if (count < 0) { Literal(s, TimexType::kDate, "FUTURE_REF"); return sk == kHence ? e + 1 : e + 2; }
      s->anchor = Anchor::kDct;
      s->shift_unit = unit;
      s->shift = int(count + 0.5);
      s->gran = GranOf(unit);
      if (unit == kWeek || unit == kHour || unit == kMinute) s->gran = Gran::kDay;
      return sk == kHence ? e + 1 : e + 2;
    }
    if (p.rel == kThis || p.rel == kThat || p.rel == kSame || p.rel == kCurrent) return 0;
    if (unit == kWeekend && count == 1 && !plural) return 0;
    if (K(e) == kOr && Word(e + 1, "so")) e += 2;
    // "an hour and forty minutes", "two years and six months": one span.
    if (!adjectival && !and_a_half && count > 0 && count == double(long(count)) &&
        K(e) == kAnd) {
      double c2;
      const uint32_t k2 = Cardinal(e + 1, &c2);
      const Lex* l2 = k2 ? L(k2) : nullptr;
      if (l2 && (l2->cls & kUnitWord) && c2 > 0 && c2 == double(long(c2)) &&
          !(Hyphen(k2 + 1))) {
        const std::string v = CompoundDuration(long(count), unit, long(c2), l2->unit);
        if (!v.empty()) {
          Literal(s, TimexType::kDuration, v);
          return k2 + 1;
        }
      }
    }
    Literal(s, TimexType::kDuration, DurationValue(count, unit));
    return e;
  }
  // No number.
  if (plural) {
    // "the first hours of the ground war", "lives saved in the early
    // years": the opening stretch of something, of unknown length. ("The
    // early hours" is a time of night, not a stretch.)
    if (p.the && p.rel == kNoKw && !p.approx && !p.endof && !p.fiscal && !p.year_poss &&
        unit >= kHour && unit <= kDecade && unit != kWeekend && unit != kFortnight &&
        ((p.ordinal == 1 && Word(j - 1, "first")) ||
         (p.early_late && Word(j - 1, "early") && unit != kHour))) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    if (p.the && p.rel == kNoKw && !p.approx && K(e) == kAhead && unit >= kDay) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));  // "the weeks ahead"
      return e + 1;
    }
    if (p.rel == kRecent || p.rel == kComing || p.rel == kPast || p.rel == kLast ||
        (p.rel == kNext && p.the) || p.rel == kPrevious) {
      if (unit == kDay && p.rel == kRecent) { Literal(s, TimexType::kDuration, "PXD"); return e; }
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    if (p.rel == kThese && unit == kDay) { Literal(s, TimexType::kDate, "PRESENT_REF"); return e; }
    // "Days later, ...", "weeks earlier": as "three days later", a stretch
    // between two events ("later" is the signal, outside), of unknown
    // length. (A bare "months ago" stays out: training text tags it
    // neither as "several months ago", PAST_REF, nor consistently.)
    if (!p.any() && unit >= kMinute && unit != kWeekend && !Hyphen(e) &&
        (K(e) == kLater || K(e) == kEarlier)) {
      // "Hours later", "minutes earlier": however many, still within the
      // reference day (news tells a night's events with "overnight"), so
      // the date reached is that day's, as "two hours later" reaches it.
      if (unit == kHour || unit == kMinute) {
        s->anchor = Anchor::kRef;
        s->shift_unit = unit;
        s->shift = 0;
        s->gran = Gran::kDay;
        s->keeps_ref = K(e) == kEarlier;
        s->anchored_duration = true;
        s->type = TimexType::kDuration;
        s->value = DurationValue(-1, unit);
        return e;
      }
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    // "over the years", "in the decades since", "in the years that
    // followed": a stretch of unknown length.
    if (p.the && !p.a && p.rel == kNoKw && !p.approx && !p.mod && unit >= kMonth &&
        unit <= kDecade && i > 0 && K(i - 1) == kOver && K(i) == kThe) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    if (p.the && !p.a && p.rel == kNoKw && !p.approx && !p.mod && unit >= kMonth &&
        unit <= kDecade && i > 0 && K(i - 1) == kIn && K(i) == kThe &&
        (K(e) == kSince || K(e) == kAfter ||
         (Word(e, "that") && (Word(e + 1, "followed") || Word(e + 1, "came"))))) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    // "decades-long", "years-old" (a slump), "day-long" below
    if (!p.any() && Hyphen(e) && Word(e + 1, "long")) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e + 2;
    }
    // "for the first time in years", "the worst drought in decades": the
    // stretch a superlative or a first time is measured over.
    const bool measured_in = i >= 2 && K(i - 1) == kIn && SuperlativeBefore(i - 1);
    if (!p.any() && i > 0 && (K(i - 1) == kFor || K(i - 1) == kWithin || measured_in) &&
        unit >= kHour &&
        unit != kWeekend &&
        !Cls(e, kUnitWord) && (e >= n_ || tok_[e].kind != TokenKind::kWord || L(e) ||
                               K(e) == kAnd || K(e) == kOr)) {
      Literal(s, TimexType::kDuration, DurationValue(-1, unit));
      return e;
    }
    return 0;
  }
  if (unit < kDay && unit != kHour) return 0;
  if (p.year_poss_abs >= 0) return 0;
  if (!p.any() && Hyphen(e) && Word(e + 1, "long")) {  // "a day-long meeting"
    Literal(s, TimexType::kDuration, DurationValue(1, unit));
    return e + 2;
  }  // "the 1988 quarter": PeriodHead
  // "This Week", "Next Year": a capitalised unit inside a sentence is a title.
  if (Cap(u) && !tok_[u].Has(kAllCaps) && !SentStart(u) && !tok_[u].Has(kLineStart)) return 0;
  if (p.year_ago) {
    s->anchor = Anchor::kDct;
    if (unit == kQuarter) { s->shift_unit = kQuarter; s->shift = -5; s->gran = Gran::kQuarter; return e; }
    s->shift_unit = kYear; s->shift = -1; s->gran = Gran::kYear;
    return unit == kYear ? e : 0;
  }
  switch (p.rel) {
    case kThis: case kCurrent:
      if (unit == kHour || unit == kDay) return 0;
      s->anchor = Anchor::kDct;
      s->gran = GranOf(unit);
      s->dir = Dir::kSame;
      return e;
    case kLast: case kPast:
      if (unit == kHour) return 0;
      if (unit == kDay && p.the) { Literal(s, TimexType::kDuration, "P1D"); return e; }
      // "over the past decade": the stretch up to now, a duration; the
      // decade or century of the calendar before it is never meant (not
      // the 1980s in 1998). "Over the past year" is, as TimeBank writes it,
      // the year before (the events stage dates nothing by it).
      if (p.the && i > 0 && K(i - 1) == kOver && !p.approx && unit >= kDecade) {
        Literal(s, TimexType::kDuration, DurationValue(1, unit));
        return e;
      }
      s->anchor = Anchor::kDct;
      s->shift_unit = unit == kWeekend ? kWeek : unit;
      s->shift = -1;
      s->gran = GranOf(unit);
      if (unit == kWeekend) s->shift_unit = kWeekend, s->dir = Dir::kSame;
      return e;
    case kNext: case kComing: case kFollowing:
      if (unit == kHour) return 0;
      s->anchor = (p.the && p.rel != kComing) ? Anchor::kRef : Anchor::kDct;
      s->shift_unit = unit;
      s->shift = 1;
      s->gran = GranOf(unit);
      if (unit == kWeekend) s->dir = Dir::kSame;
      return e;
    case kPrevious: case kPreceding:
      if (unit == kHour) return 0;
      s->anchor = Anchor::kRef;
      s->shift_unit = unit;
      s->shift = -1;
      s->gran = GranOf(unit);
      if (unit == kWeekend) s->dir = Dir::kSame;
      return e;
    case kThat: case kSame:
      if (unit == kHour) return 0;
      s->anchor = Anchor::kRef;
      s->gran = GranOf(unit);
      s->dir = Dir::kSame;
      s->last_quarter = unit == kQuarter;
      return e;
    case kLatest:
      // "the latest quarter", "the latest fiscal year": the last one completed
      if (unit != kQuarter && unit != kYear && unit != kMonth && unit != kWeek) return 0;
      s->anchor = Anchor::kDct;
      s->shift_unit = unit; s->shift = -1; s->gran = GranOf(unit);
      s->topic_quarter = unit == kQuarter;
      return e;
    case kNoKw:
      break;
    default:
      return 0;
  }
  if (p.in_the || p.endof) {  // "earlier in the year", "the end of the month"
    // "He was due to meet her later in the day": the day the story stands
    // at, as "later that day" is (the publication's day when none is told).
    // "the end of the day" is an idiom, no time.
    if (p.in_the && unit == kDay && !L(u)->plural) {
      s->anchor = Anchor::kRef;
      s->gran = GranOf(unit);
      s->dir = Dir::kSame;
      return e;
    }
    if (unit == kHour || unit == kDay) return 0;
    s->anchor = Anchor::kDct;
    // "On Friday May 9, X ... had spoken with Y earlier in the week": the
    // week (or month) of the story's time, not of the publication.
    if (p.in_the && (unit == kWeek || unit == kMonth)) s->anchor = Anchor::kRef;
    s->gran = GranOf(unit);
    s->dir = Dir::kSame;
    return e;
  }
  if (p.the && !p.approx) {
    // "The day before, both sides had met", "the year after.": one unit
    // before or after the reference. Followed by more words ("the day after
    // the vote") it is relative to an event, not to a date.
    if (unit >= kDay && unit != kWeekend && unit != kFortnight &&
        (K(e) == kBefore || K(e) == kAfter) &&
        (e + 1 >= n_ || Punct(e + 1, ',') || Punct(e + 1, '.') || Punct(e + 1, ';') ||
         SentStart(e + 1))) {
      s->anchor = Anchor::kRef;
      s->shift_unit = unit;
      s->shift = K(e) == kBefore ? -1 : 1;
      s->gran = unit == kWeek ? Gran::kWeek : GranOf(unit);
      return e + 1;
    }
    if (unit == kWeekend) { s->anchor = Anchor::kDct; s->gran = Gran::kWeekend; return e; }
    // "the week of March 6": the week that holds that day.
    if (unit == kWeek && K(e) == kOf && p.rel == kNoKw && !p.early_late) {
      Spec d;
      uint32_t de = MonthDate(e + 1, &d);
      if (de && d.day) {
        *s = d;
        if (s->year < 0) s->anchor = Anchor::kDct;
        s->gran = Gran::kWeek;
        return de;
      }
    }
    if (unit == kQuarter) {
      s->anchor = Anchor::kDct; s->shift_unit = kQuarter; s->shift = -1; s->gran = Gran::kQuarter;
      s->topic_quarter = true;
      // "the quarter ended July 31": a company's quarter, named after the
      // calendar quarter holding most of its three months (May-July: Q2).
      Spec d;
      if ((Word(e, "ended") || Word(e, "ending")) && MonthDate(e + 1, &d) && d.month && d.day) {
        const int m = d.month == 1 ? 12 : d.month - 1;
        s->shift_unit = kNoUnit; s->shift = 0;
        s->topic_quarter = false;
        s->quarter_ended = true;
        s->quarter = int8_t((m - 1) / 3 + 1);
        if (d.year >= 0) s->year = d.month == 1 ? d.year - 1 : d.year;
        s->dir = Dir::kPast;
      }
      return e;
    }
    if ((unit == kYear || unit == kQuarter) &&
        (Word(e, "ended") || Word(e, "ending") ||
         ((K(e) == kTo || K(e) == kThrough) && Cls(e + 1, kMonthWord) && Cap(e + 1)))) {
      // "the year ended Sept. 30", "inflation in the year to June": the
      // twelve months up to that date
      Literal(s, TimexType::kDuration, unit == kYear ? "P1Y" : "P3M");
      return e;
    }
    if (unit == kYear && !Possessive(e) && !(e < n_ && Hyphen(e))) {
      s->anchor = Anchor::kDct; s->gran = Gran::kYear;
      return e;
    }
    if (unit == kDay && (K(e) == kBefore || K(e) == kAfter) &&
        (K(e + 1) == kYesterday || K(e + 1) == kTomorrow)) {
      s->anchor = Anchor::kDct;
      s->shift_unit = kDay;
      s->shift = K(e + 1) == kYesterday ? -2 : 2;
      return e + 2;
    }
  }
  // "It was a great day for Poland", "this is a sad day": the day just
  // told (or the publication's), judged; only "day" is the expression.
  // (A quotation may open before the article: 'it was "a great day".)
  const uint32_t cop = j >= 5 && tok_[j - 3].kind == TokenKind::kPunct &&
                               tok_[j - 3].Has(kGlued) == false && !Punct(j - 3, ',') &&
                               !Punct(j - 3, '.')
                           ? j - 4
                           : j - 3;
  if (unit == kDay && !p.any() && i == j && j >= 4 && !Possessive(e) && !Hyphen(e) &&
      tok_[j - 1].kind == TokenKind::kWord && !L(j - 1) && !Cap(j - 1) &&
      (K(j - 2) == kA || K(j - 2) == kAn) &&
      (Word(cop, "was") || Word(cop, "is") || Word(cop, "'s") ||
       Word(cop, "\xE2\x80\x99s")) &&
      (Word(cop - 1, "it") || Word(cop - 1, "this") || Word(cop - 1, "that"))) {
    s->anchor = Anchor::kRef;
    s->gran = Gran::kDay;
    s->dir = Dir::kSame;
    s->keeps_ref = true;
    return e;
  }
  // "year-end", "year end", "year's end"
  if (unit == kYear && !p.any() &&
      ((Hyphen(e) && K(e + 1) == kEnd) || K(e) == kEnd || (Possessive(e) && K(e + 1) == kEnd))) {
    s->anchor = Anchor::kDct; s->gran = Gran::kYear;
    return K(e) == kEnd ? e + 1 : e + 2;
  }
  return 0;
}

}  // namespace detail
}  // namespace eg::timex
