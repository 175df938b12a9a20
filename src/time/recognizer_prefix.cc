// The modifier prefix before a head: "the", "a", "about", "more than",
// "early", "mid-", "later in the", "the end of", "last", "this past",
// "fiscal", "the 1988", "last year's", "the third" (quarter)...
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

uint32_t Rec::ParsePrefix(uint32_t i, Prefix* p) const {
  uint32_t j = i;
  for (int guard = 0; guard < 8 && j < n_; ++guard) {
    // Every step below needs a keyword, a unit, an ordinal or a number at
    // j: a month, a weekday or an unknown word ends the prefix at once.
    const Lex* lj = L(j);
    if (!IsNum(j) && (!lj || (lj->kw == kNoKw && !(lj->cls & (kUnitWord | kOrdinalWord)))))
      break;
    Kw k = lj ? lj->kw : kNoKw;
    // "following the June 3 election", "following the summit": a
    // preposition, not "the following June".
    if (k == kThe && !p->the && !p->a && (p->rel == kFollowing || p->rel == kPreceding)) break;
    if ((k == kThe || k == kA || k == kAn) && !p->the && !p->a) {
      if (k == kThe) p->the = true; else p->a = true;
      ++j;
      continue;
    }
    if (!p->approx && !p->the && !p->a && p->rel == kNoKw) {
      if (k == kAbout || k == kAround || k == kNearly || k == kAlmost || k == kApprox) {
        p->approx = true; ++j; continue;
      }
      if ((k == kMore || k == kLess) && K(j + 1) == kThan) { p->approx = true; j += 2; continue; }
      if (k == kAt && (K(j + 1) == kLeast || K(j + 1) == kMost)) { p->approx = true; j += 2; continue; }
      // "up to three weeks"; not "the run-up to Christmas", "up to
      // Friday" (a limit, not an approximation).
      if (k == kUp && K(j + 1) == kTo &&
          (IsNum(j + 2) || Cls(j + 2, kNumberWord) || K(j + 2) == kA || K(j + 2) == kAn ||
           K(j + 2) == kSeveral || K(j + 2) == kFew || K(j + 2) == kCouple)) {
        p->approx = true; j += 2; continue;
      }
      if (k == kOver && (K(j + 1) == kA || K(j + 1) == kAn || IsNum(j + 1) ||
                         Cls(j + 1, kNumberWord))) {
        p->approx = true; ++j; continue;
      }
    }
    if ((k == kEarly || k == kLate || k == kMid) && !p->early_late) {
      p->early_late = p->mod = true;
      ++j;
      if (Hyphen(j)) ++j;
      continue;
    }
    if (Word(j, "mid-") ) { p->early_late = p->mod = true; ++j; continue; }
    if ((k == kEarlier || k == kLater) && !p->early_late && !p->the && p->rel == kNoKw) {
      p->early_late = p->mod = true;
      ++j;
      if (K(j) == kIn && K(j + 1) == kThe && Cls(j + 2, kUnitWord)) {
        p->in_the = true;
        j += 2;
      }
      continue;
    }
    if ((k == kEnd || k == kBeginning || k == kStart || k == kMiddle) && p->the &&
        K(j + 1) == kOf && !p->endof) {
      p->endof = p->mod = true;
      p->the = false;
      j += 2;
      continue;
    }
    // "the 1988 third quarter", "the 1989 period", "1990's first quarter"
    if (IsNum(j) && p->year_poss_abs < 0) {
      int y;
      uint32_t ye = YearAt(j, &y);
      if (ye) {
        uint32_t nx = Possessive(ye) ? ye + 1 : ye;
        if (Word(nx, "period") || (Cls(nx, kUnitWord) && L(nx)->unit == kQuarter && !L(nx)->plural) ||
            K(nx) == kFiscal ||
            ((Cls(nx, kOrdinalWord) || Num(nx).suffix == NumTok::kOrd) &&
             (Cls(nx + 1, kUnitWord) || K(nx + 1) == kHalf || Hyphen(nx + 1)))) {
          p->year_poss_abs = y;
          j = nx;
          continue;
        }
      }
    }
    // "last year's", "this year's", "1990's" before a quarter.
    if ((k == kLast || k == kThis || k == kNext) && Cls(j + 1, kUnitWord) &&
        L(j + 1)->unit == kYear && Possessive(j + 2) &&
        (Cls(j + 3, kOrdinalWord) || K(j + 3) == kFiscal || Word(j + 3, "period") ||
         (Cls(j + 3, kUnitWord) && L(j + 3)->unit == kQuarter))) {
      p->year_poss = true;
      p->year_poss_shift = k == kLast ? -1 : k == kNext ? 1 : 0;
      j += 3;
      continue;
    }
    // "the last half of 1989": the second half; "the last two quarters of
    // 1989" likewise (QuarterHead).
    if (k == kLast && p->the && !p->ordinal && p->rel == kNoKw) {
      int y;
      double count = 0;
      uint32_t ce = 0;
      if ((K(j + 1) == kHalf && K(j + 2) == kOf && YearAt(j + 3, &y)) ||
          ((ce = Cardinal(j + 1, &count)) != 0 && count == 2 && Cls(ce, kUnitWord) &&
           L(ce)->unit == kQuarter && L(ce)->plural && K(ce + 1) == kOf && YearAt(ce + 2, &y))) {
        p->ordinal = 2;
        ++j;
        continue;
      }
    }
    if (k == kThis || k == kLast || k == kNext || k == kPast || k == kComing ||
        k == kPrevious || k == kFollowing || k == kSame || k == kThat || k == kCurrent ||
        k == kLatest || k == kRecent || k == kThese || k == kThose || k == kPreceding ||
        k == kFinal) {
      if (p->rel == kNoKw) p->rel = k;
      else if (p->rel == kThis && k == kPast) p->rel = kLast;
      else if (p->rel == kThis && k == kComing) p->rel = kNext;
      else if (p->rel == kThat && k == kSame) p->rel = kSame;
      else if (p->rel == kThe) p->rel = k;
      else break;
      ++j;
      continue;
    }
    if (k == kNear && (K(j + 1) == kFuture || K(j + 1) == kTerm)) { p->mod = true; ++j; continue; }
    if ((k == kFull || k == kWhole || k == kEntire) && p->the && Cls(j + 1, kUnitWord)) {
      p->mod = true; ++j; continue;
    }
    if (k == kFiscal) { p->fiscal = true; ++j; if (Hyphen(j)) ++j; continue; }
    if (Cls(j, kUnitWord) && L(j)->unit == kYear && !L(j)->plural && Hyphen(j + 1)) {
      Kw k2 = K(j + 2);
      if (k2 == kAgo || k2 == kEarlier) { p->year_ago = true; j += 3; continue; }
    }
    if (Cls(j, kOrdinalWord) || (IsNum(j) && Num(j).suffix == NumTok::kOrd)) {
      int o = Cls(j, kOrdinalWord) ? L(j)->ordinal : int(Num(j).val);
      uint32_t nx = Hyphen(j + 1) ? j + 2 : j + 1;
      if (o >= 1 && o <= 4 && Cls(nx, kUnitWord) && L(nx)->unit == kQuarter) { p->ordinal = o; j = nx; continue; }
      if (o >= 1 && o <= 2 && K(nx) == kHalf) { p->ordinal = o; j = nx; continue; }
      if (o == 1 && (IsNum(nx) || Cls(nx, kNumberWord))) { p->ordinal = o; ++j; continue; }
      // "the first hours of the war": an opening stretch (UnitHead).
      if (o == 1 && p->the && nx == j + 1 && Cls(nx, kUnitWord) && L(nx)->plural) {
        p->ordinal = o; ++j; continue;
      }
      if (K(nx) == kFiscal) { p->ordinal = o; ++j; continue; }
    }
    break;
  }
  return j;
}

}  // namespace detail
}  // namespace eg::timex
