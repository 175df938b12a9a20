// Years, decades and centuries ("1990", "the 1990s", "the year 2000"),
// seasons ("last summer"), quarters and halves ("the third quarter",
// "Q3 2025", "the first half of 1989") and "the period".
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

uint32_t Rec::YearHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
  // Decades and centuries first.
  if (IsNum(j)) {
    NumTok n = Num(j);
    if (n.suffix == NumTok::kS && !n.comma && !n.decimal) {
      // "the 1800s" is a century; "the 2000s", "the early 2000s" the decade
      // (the 21st century is still under way: news names it so).
      if (n.digits == 4 && n.val % 100 == 0 && n.val >= 1000 && n.val < 2000) {
        s->gran = Gran::kCentury; s->century = int(n.val / 100);
        year_noun_ = true;
        return j + 1;
      }
      if (n.digits == 4 && n.val % 10 == 0 && n.val >= 1000 && n.val < 2200) {
        s->gran = Gran::kDecade; s->decade = int(n.val / 10);
        year_noun_ = true;
        return j + 1;
      }
      if (n.digits == 2 && n.val % 10 == 0 && j > 0 && Glued(j) &&
          (Punct(j - 1, '\'') || Lw(j - 1) == "\xE2\x80\x99" || Lw(j - 1) == "\xE2\x80\x98")) {
        s->gran = Gran::kDecade; s->decade = int(190 + n.val / 10);
        year_noun_ = true;
        return j + 1;
      }
      return 0;
    }
    // "the 1990's", "the early 1980's": a decade; "1990's first quarter" is
    // read by the prefix parser before this.
    if (n.suffix == NumTok::kNone && n.digits == 4 && !n.comma && !n.decimal &&
        n.val % 10 == 0 && n.val >= 1000 && n.val < 2200 && (p.the || p.early_late) &&
        (Punct(j + 1, '\'') || Lw(j + 1) == "\xE2\x80\x99") && Glued(j + 1) &&
        Word(j + 2, "s") && Glued(j + 2)) {
      if (n.val % 100 == 0 && n.val < 2000) {
        s->gran = Gran::kCentury; s->century = int(n.val / 100);
      } else {
        s->gran = Gran::kDecade; s->decade = int(n.val / 10);
      }
      year_noun_ = true;
      return j + 3;
    }
    if (n.suffix == NumTok::kOrd && n.val >= 1 && n.val <= 21 && Cls(j + 1, kUnitWord) &&
        L(j + 1)->unit == kCentury && !L(j + 1)->plural) {
      s->gran = Gran::kCentury; s->century = int(n.val - 1);
      year_noun_ = true;
      return j + 2;
    }
  }
  if (Cls(j, kOrdinalWord) && Cls(j + 1, kUnitWord) && L(j + 1)->unit == kCentury &&
      !L(j + 1)->plural && (p.the || p.early_late)) {
    s->gran = Gran::kCentury; s->century = L(j)->ordinal - 1;
    year_noun_ = true;
    return j + 2;
  }
  if (Cls(j, kDecadeWord) && (p.the || p.early_late)) {
    s->gran = Gran::kDecade; s->decade = 190 + L(j)->decade;
    year_noun_ = true;
    return j + 1;
  }
  // "'80s" starts at the apostrophe.
  if ((Punct(j, '\'') || Lw(j) == "\xE2\x80\x99" || Lw(j) == "\xE2\x80\x98") && IsNum(j + 1) &&
      Glued(j + 1)) {
    uint32_t e = YearHead(i, j + 1, p, s);
    return e;
  }
  // "the year 2000", "the year two thousand"
  uint32_t k = j;
  if (p.the && Cls(j, kUnitWord) && L(j)->unit == kYear && !L(j)->plural) k = j + 1;
  int year = -1;
  uint32_t e = YearAt(k, &year);
  if (!e) return 0;
  // Spoken years need context ("in", "since", a prefix), except the
  // unmistakable "nineteen ninety-six" of broadcast transcripts.
  const bool nineteen_tens = Cls(k, kNumberWord) && L(k)->number == 19 && year >= 1910 &&
                             year <= 1999 && !(Cls(k + 1, kNumberWord) && L(k + 1)->number == 100) &&
                             !Hyphen(e);  // "nineteen twenty-dollar bills"
  if (!IsNum(k) && k == j && !p.any() && !nineteen_tens &&
      !(i > 0 && (K(i - 1) == kIn || K(i - 1) == kSince)))
    return 0;
  if (k == j && !p.fiscal && !p.early_late && !p.endof && !PlausibleBareYear(j, e, year))
    return 0;
  if (IsNum(k) && Punct(e, '-') && Glued(e) && IsNum(e + 1) && Num(e + 1).digits == 2 &&
      !Hyphen(e + 2)) {
    // "1989-90": the first year only.
  }
  s->gran = Gran::kYear;
  s->year = year;
  year_noun_ = k != j;
  return e;
}

// "the 1988 period", "the year-earlier period", "the latest period"
uint32_t Rec::PeriodHead(uint32_t j, const Prefix& p, Spec* s) const {
  bool period = Word(j, "period");
  bool quarter = Cls(j, kUnitWord) && L(j)->unit == kQuarter && !L(j)->plural;
  if (!period && !quarter) return 0;
  if (p.year_poss_abs >= 0) {
    if (period) {
      s->gran = Gran::kYear; s->year = p.year_poss_abs; s->same_period = true;
      return j + 1;
    }
    s->anchor = Anchor::kDct; s->shift_unit = kQuarter; s->shift = -1;
    s->gran = Gran::kQuarter; s->year = p.year_poss_abs;
    return j + 1;
  }
  if (p.year_poss && !p.ordinal && !p.fiscal && p.year_poss_shift <= 0) {
    // "last year's quarter", "last year's period": in results news, the
    // quarter being reported, a year back (as "the year-ago quarter");
    // "this year's quarter" is the quarter being reported.
    s->anchor = Anchor::kDct; s->gran = Gran::kQuarter; s->shift_unit = kQuarter;
    s->shift = p.year_poss_shift < 0 ? -5 : -1;
    s->year_back_quarter = p.year_poss_shift < 0;
    return j + 1;
  }
  // "the same period last year", "the corresponding quarter a year ago":
  // the period spoken of, a year back (see the tagger). So is the bare
  // "the quarter a year ago" ("For the quarter a year ago, it earned ..."):
  // one expression, not "the quarter" and a second one.
  const bool bare = p.rel == kNoKw && !p.approx && !p.mod && !p.early_late && !p.endof &&
                    !p.fiscal && !p.year_end && !p.year_poss && !SentStart(j + 1);
  if (p.the && (p.rel == kSame || bare) && !p.year_ago && !p.ordinal) {
    uint32_t e = K(j + 1) == kOf ? j + 2 : j + 1;
    const auto year_at = [&](uint32_t k) {
      return Cls(k, kUnitWord) && L(k)->unit == kYear && !L(k)->plural;
    };
    if (K(e) == kLast && year_at(e + 1)) {
      e += 2;
    } else if ((K(e) == kA || Word(e, "one")) && year_at(e + 1) &&
               (K(e + 2) == kAgo || K(e + 2) == kEarlier)) {
      e += 3;
    } else {
      e = 0;
    }
    if (e) {
      s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = -1; s->gran = Gran::kYear;
      s->year_back_quarter = true;
      s->keeps_ref = true;
      s->same_period = true;
      return e;
    }
  }
  if (!period) return 0;
  s->anchor = Anchor::kDct; s->gran = Gran::kQuarter; s->shift_unit = kQuarter;
  if (p.year_ago) { s->shift = -5; return j + 1; }
  if (p.rel == kLatest) { s->shift = -1; s->topic_quarter = true; return j + 1; }
  return 0;
}

uint32_t Rec::SeasonHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
  // "the past three summers": as "the past summers", every summer of a
  // stretch (the count does not change the set).
  if ((p.rel == kPast || p.rel == kLast) && !Cls(j, kSeasonWord)) {
    double count;
    const uint32_t k = Cardinal(j, &count);
    if (k && count > 1 && Cls(k, kSeasonWord) && L(k)->plural) j = k;
  }
  const Lex* l = L(j);
  if (!l || !(l->cls & kSeasonWord)) return 0;
  uint32_t e = j + 1;
  int year = -1;
  uint32_t y = K(e) == kOf ? e + 1 : e;
  uint32_t ye = YearAt(y, &year);
  if (l->plural) {
    if (p.rel == kPast || p.rel == kLast) {
      static const char* kS[] = {"", "SP", "SU", "FA", "WI"};
      Literal(s, TimexType::kSet, std::string("XXXX-") + kS[l->season]);
      return e;
    }
    return 0;
  }
  // "the fall of the Berlin Wall", "the spring of discontent": not seasons.
  if (!ye && K(e) == kOf) return 0;
  Kw pk = i > 0 ? K(i - 1) : kNoKw;
  bool ok = ye || p.rel != kNoKw || p.the || p.early_late || pk == kIn || pk == kDuring ||
            pk == kSince || pk == kUntil || pk == kBy || pk == kThrough;
  if (!ok) return 0;
  if (Lw(j) == "fall" && !(ye || p.rel != kNoKw || p.the || p.early_late)) return 0;
  s->season = l->season;
  s->gran = Gran::kSeason;
  if (ye) { s->year = year; return ye; }
  s->anchor = Anchor::kDct;
  switch (p.rel) {
    case kLast: case kPast: s->dir = Dir::kPastStrict; break;
    case kNext: case kComing: s->dir = Dir::kFutureStrict; break;
    case kThis: s->dir = Dir::kSame; break;
    case kNoKw: s->dir = Dir::kTense; break;
    // "The talks went badly that summer": the season of the year the
    // narrative stands in.
    case kThat: case kSame:
      s->anchor = Anchor::kRef;
      s->dir = Dir::kSame;
      break;
    // "The following spring", "the previous winter": the first such season
    // after (before) the narrative's reference time.
    case kFollowing:
      s->anchor = Anchor::kRef;
      s->dir = Dir::kFutureStrict;
      break;
    case kPrevious: case kPreceding:
      s->anchor = Anchor::kRef;
      s->dir = Dir::kPastStrict;
      break;
    default: return 0;
  }
  return e;
}

uint32_t Rec::QuarterHead(uint32_t j, const Prefix& p, Spec* s) const {
  uint32_t e = j;
  int year = -1;
  // "the 1988 third quarter"
  if (!p.ordinal) return 0;
  const Lex* l = L(e);
  bool half = K(e) == kHalf;
  // "the first two quarters of 1990" is that year's first half (and "the
  // last two quarters of 1989", read as the second, its second half): two
  // quarters from either end of a named year. Without the year ("the first
  // two quarters") it stays the span of two quarters.
  if (!half && p.ordinal <= 2) {
    double count = 0;
    int y;
    const uint32_t ce = Cardinal(e, &count);
    if (ce && count == 2 && Cls(ce, kUnitWord) && L(ce)->unit == kQuarter && L(ce)->plural &&
        K(ce + 1) == kOf && YearAt(ce + 2, &y)) {
      half = true;
      e = ce;
    }
  }
  if (!half && !(l && (l->cls & kUnitWord) && l->unit == kQuarter && !l->plural)) return 0;
  ++e;
  bool of_fiscal = false;
  if (K(e) == kOf) {
    uint32_t ye = YearAt(e + 1, &year);
    if (ye) e = ye;
    // "the third quarter of fiscal 1990"
    else if (K(e + 1) == kFiscal && IsNum(e + 2) && (ye = YearAt(e + 2, &year)) != 0) {
      e = ye;
      of_fiscal = true;
    } else if (K(e + 1) == kThe && Cls(e + 2, kUnitWord) && L(e + 2)->unit == kYear &&
             !L(e + 2)->plural) e += 3;
    else if ((K(e + 1) == kThis || K(e + 1) == kNext || K(e + 1) == kLast) &&
             Cls(e + 2, kUnitWord) && L(e + 2)->unit == kYear) {
      int sh = K(e + 1) == kLast ? -1 : K(e + 1) == kNext ? 1 : 0;
      s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = sh;
      e += 3;
    }
  } else {
    uint32_t ye = YearAt(e, &year);
    if (ye && IsNum(e)) e = ye;
    else year = -1;
  }
  s->gran = half ? Gran::kHalf : Gran::kQuarter;
  s->fiscal = p.fiscal || of_fiscal;
  if (half) s->half = int8_t(p.ordinal); else s->quarter = int8_t(p.ordinal);
  if (year < 0 && p.year_poss_abs >= 0) year = p.year_poss_abs;
  if (year >= 0) { s->year = year; return e; }
  if (p.year_poss) {
    s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = p.year_poss_shift;
  } else if (p.year_ago) {
    s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = -1;
  } else if (s->shift_unit == kNoUnit) {
    s->anchor = Anchor::kDct;
    if (p.rel == kLast || p.rel == kPrevious) { s->shift_unit = kYear; s->shift = -1; }
    if (p.rel == kNext) { s->shift_unit = kYear; s->shift = 1; }
    // "the second quarter ended Oct. 31": a company's quarter lies in the
    // year of the day it ended (the resolver places that day).
    Spec d;
    if (p.rel == kNoKw && (Word(e, "ended") || Word(e, "ending")) && MonthDate(e + 1, &d) &&
        d.month && d.day) {
      if (d.year >= 0) {
        s->anchor = Anchor::kNone;
        s->year = d.year;
      } else {
        s->month = d.month;
        s->day = d.day;
        if (Word(e, "ended")) s->dir = Dir::kPast;
      }
    }
  }
  return e;
}

// "Q3 2025", "H1 of 2024", "in Q4": as "the third quarter [of 2025]".
uint32_t Rec::QuarterAbbrHead(uint32_t j, const Prefix& p, Spec* s) const {
  if (!QuarterAbbrCounts(j) || p.ordinal || p.rel != kNoKw || p.year_poss || p.year_ago ||
      p.endof || p.a)
    return 0;
  const Lex* l = L(j);
  const bool half = l->kw == kHalfAbbr;
  uint32_t e = j + 1;
  int year = -1;
  uint32_t ye = IsNum(e) ? YearAt(e, &year) : 0;
  bool fy = false;
  if (ye) e = ye;
  else if (K(e) == kOf && IsNum(e + 1) && (ye = YearAt(e + 1, &year)) != 0) e = ye;
  else if (K(e) == kFiscalYear && Cap(e)) { year = L(e)->number; ye = e = e + 1; fy = true; }  // "Q3 FY2025"
  s->type = TimexType::kDate;
  s->gran = half ? Gran::kHalf : Gran::kQuarter;
  s->fiscal = p.fiscal || fy;
  if (half) s->half = l->ordinal; else s->quarter = l->ordinal;
  if (ye) s->year = year;
  else s->anchor = Anchor::kDct;
  return e;
}

}  // namespace detail
}  // namespace eg::timex
