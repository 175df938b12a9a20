// Sets: "every week", "each Monday", "annually", "twice a year", "daily",
// and the amounts before "a year" that make a rate, not a time.
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

// Token q ends an amount or a counted plural ("$1.76", "20%", "5 million",
// "10,000 units", "its profits"): a "a year" or "annually" after it makes a
// rate of that amount, not a time of its own.
bool Rec::RateAfter(uint32_t q) const {
  std::string_view pw = Lw(q);
  return IsNum(q) || Punct(q, '%') || pw == "percent" || pw == "cents" || pw == "dollars" ||
         pw == "million" || pw == "billion" || pw == "trillion" || pw == "thousand" ||
         (Cls(q, kUnitWord) && L(q)->plural) ||
         (tok_[q].kind == TokenKind::kWord && !L(q) && !Cap(q) && pw.size() > 3 &&
          pw.back() == 's' && pw != "was" && pw != "has" && pw != "is" && pw != "less");
}

uint32_t Rec::SetHead(uint32_t j, Spec* s) const {
  Kw k = K(j);
  if (Cls(j, kSetWord)) {
    // "to grow 20% annually", "10,000 units annually": a rate (TimeBank
    // leaves these out), like "$2 million a year".
    // A word in -s is a counted noun only after a number or a determiner
    // ("10,000 units annually", "its profits annually"), not a verb ("the
    // council meets weekly").
    if (j > 0 && RateAfter(j - 1) && !Word(j - 1, "times")) {
      const uint32_t q = j - 1;
      const bool amount = IsNum(q) || Punct(q, '%') || L(q) || q == 0 ||
                          tok_[q].kind != TokenKind::kWord || Lw(q).back() != 's';
      const std::string_view d = q > 0 ? Lw(q - 1) : std::string_view();
      if (amount || IsNum(q - 1) || d == "its" || d == "their" || d == "his" || d == "her" ||
          d == "our" || d == "the" || d == "these" || d == "those")
        return 0;
    }
    Unit u = L(j)->unit;
    std::string v = u == kQuarter ? "P3M" : DurationValue(1, u);
    Literal(s, TimexType::kSet, v);
    return j + 1;
  }
  if (k == kEvery || k == kEach) {
    uint32_t e = j + 1;
    int step = 1;
    if (K(e) == kOther) { step = 2; ++e; }
    double count;
    uint32_t ce = Cardinal(e, &count);
    if (ce && count > 0 && Cls(ce, kUnitWord) && L(ce)->plural) {
      Literal(s, TimexType::kSet, DurationValue(count, L(ce)->unit));
      return ce + 1;
    }
    const Lex* l = L(e);
    if (!l) return 0;
    if ((l->cls & kUnitWord) && !l->plural && l->unit != kNoUnit && Lw(e) != "second") {
      Literal(s, TimexType::kSet, DurationValue(step, l->unit));
      return e + 1;
    }
    if ((l->cls & kWeekdayWord) && !l->plural && Cap(e)) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", l->weekday);
      std::string v = buf;
      uint32_t f = e + 1;
      if (Cls(f, kPodWord)) {
        static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
        v += kPod[L(f)->pod];
        ++f;
      }
      Literal(s, TimexType::kSet, v);
      return f;
    }
    if ((l->cls & kMonthWord) && !l->abbrev && Cap(e)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", l->month);
      Literal(s, TimexType::kSet, buf);
      return e + 1;
    }
    if ((l->cls & kSeasonWord) && !l->plural) {
      static const char* kS[] = {"", "SP", "SU", "FA", "WI"};
      Literal(s, TimexType::kSet, std::string("XXXX-") + kS[l->season]);
      return e + 1;
    }
    if ((l->cls & kPodWord) && !l->plural) {
      static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
      Literal(s, TimexType::kSet, std::string("XXXX-XX-XX") + kPod[l->pod]);
      return e + 1;
    }
    return 0;
  }
  // "twice a year", "three times a week", "once a month"
  {
    uint32_t e = j;
    if (Word(j, "twice") || Word(j, "once")) e = j + 1;
    else {
      double c;
      uint32_t ce = Cardinal(j, &c);
      if (ce && Word(ce, "times")) e = ce + 1;
    }
    if (e > j && (K(e) == kA || K(e) == kPer) && Cls(e + 1, kUnitWord) && !L(e + 1)->plural &&
        L(e + 1)->unit >= kHour) {
      Literal(s, TimexType::kSet, DurationValue(1, L(e + 1)->unit));
      return e + 2;
    }
  }
  return 0;
}

}  // namespace detail
}  // namespace eg::timex
