// Numbers: cardinals in digits or words ("twenty-four", "a couple of",
// "2 1/2"), years in digits or words ("nineteen ninety-seven"), and the
// filter of bare years against money, counts and names.
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

// Cardinal at i: digits or words ("twenty-four", "a hundred", "a couple of",
// "several"). Returns the end token, 0 if none; count < 0 = unknown.
uint32_t Rec::Cardinal(uint32_t i, double* count) const {
  if (IsNum(i)) {
    NumTok n = Num(i);
    if (n.suffix != NumTok::kNone || n.digits > 7) return 0;
    double v = double(n.val);
    if (n.decimal) {
      std::string_view s = Lw(i);
      v = 0;
      double scale = 0;
      for (char c : s) {
        if (c == '.') { scale = 1; continue; }
        if (c < '0' || c > '9') continue;
        if (scale > 0) { scale /= 10; v += (c - '0') * scale; }
        else v = v * 10 + (c - '0');
      }
    }
    uint32_t e = i + 1;
    // "2 1/2"
    if (IsNum(e) && Int(e) == 1 && Punct(e + 1, '/') && Int(e + 2) == 2 && Glued(e + 1)) {
      v += 0.5;
      e += 3;
    }
    *count = v;
    return e;
  }
  const Lex* l = L(i);
  if (!l) return 0;
  Kw k = l->kw;
  // "half an hour", "half a century": a count of one half.
  if (k == kHalf && (K(i + 1) == kA || K(i + 1) == kAn) && Cls(i + 2, kUnitWord) &&
      !L(i + 2)->plural) {
    *count = 0.5;
    return i + 2;
  }
  if (k == kSeveral || k == kMany) { *count = -1; return i + 1; }
  if (k == kFew) { *count = -1; return i + 1; }
  if (k == kA && K(i + 1) == kFew) { *count = -1; return i + 2; }
  if ((k == kA && K(i + 1) == kCouple && K(i + 2) == kOf)) { *count = 2; return i + 3; }
  if (k == kCouple && K(i + 1) == kOf) { *count = 2; return i + 2; }
  uint32_t e = i;
  double v = 0;
  if ((k == kA || k == kAn) && Cls(i + 1, kNumberWord) &&
      (L(i + 1)->number == 100 || L(i + 1)->number == 1000 || L(i + 1)->number == 12)) {
    v = 1;
    e = i + 1;
  } else if (!(l->cls & kNumberWord)) {
    return 0;
  }
  // Word number: [tens [- units]] [hundred [and] ...]
  double total = 0, cur = 0;
  bool any = false;
  if (e == i + 1) { cur = v; any = true; }
  while (Cls(e, kNumberWord)) {
    int n = L(e)->number;
    if (n == 100) { cur = (any ? cur : 1) * 100; }
    else if (n == 1000) { total += (any ? cur : 1) * 1000; cur = 0; }
    else if (n == 12 && Word(e, "dozen")) { cur = (any ? cur : 1) * 12; }
    else if (any && cur >= 20 && int(cur) % 10 == 0 && n < 10) { cur += n; }
    else if (any && cur >= 100 && int(cur) % 100 == 0 && n < 100) { cur += n; }
    else if (!any) { cur = n; }
    else break;
    any = true;
    ++e;
    if (Hyphen(e) && Cls(e + 1, kNumberWord) && L(e + 1)->number < 10) ++e;
    else if (K(e) == kAnd && Cls(e + 1, kNumberWord) && cur >= 100) ++e;
  }
  if (!any) return 0;
  // "two and a half"
  if (K(e) == kAnd && K(e + 1) == kA && K(e + 2) == kHalf) { cur += 0.5; e += 3; }
  *count = total + cur;
  return e;
}

// Four-digit year token or a spoken year ("nineteen ninety-seven", "two
// thousand"). Returns end, 0 if none.
uint32_t Rec::YearAt(uint32_t i, int* year) const {
  if (IsNum(i)) {
    NumTok n = Num(i);
    if (n.digits == 4 && n.suffix == NumTok::kNone && !n.comma && !n.decimal &&
        n.val >= 1000 && n.val <= 2199) {
      *year = int(n.val);
      return i + 1;
    }
    return 0;
  }
  if (!Cls(i, kNumberWord)) return 0;
  int hi = L(i)->number;
  if (hi >= 11 && hi <= 20 && Cls(i + 1, kNumberWord)) {
    double rest;
    if (L(i + 1)->number == 100) {  // "nineteen hundred [and] eighty"
      uint32_t e = i + 2;
      if (K(e) == kAnd) ++e;
      uint32_t e2 = Cardinal(e, &rest);
      if (e2 && rest > 0 && rest < 100) { *year = hi * 100 + int(rest); return e2; }
      *year = hi * 100;
      return i + 2;
    }
    uint32_t e2 = Cardinal(i + 1, &rest);
    if (e2 && rest >= 10 && rest < 100) { *year = hi * 100 + int(rest); return e2; }
    return 0;
  }
  if (hi == 2 && Cls(i + 1, kNumberWord) && L(i + 1)->number == 1000) {
    uint32_t e = i + 2;
    uint32_t f = K(e) == kAnd ? e + 1 : e;
    double rest;
    uint32_t e2 = Cardinal(f, &rest);
    if (e2 && rest > 0 && rest < 100 && !Cls(e2, kUnitWord)) { *year = 2000 + int(rest); return e2; }
    *year = 2000;
    return e;
  }
  return 0;
}

// A bare year standing alone: filtered against money, counts and names.
bool Rec::PlausibleBareYear(uint32_t i, uint32_t e, int year) const {
  if (year < 1000 || year > 2199) return false;
  if (!IsNum(i)) return true;
  if (i > 0) {
    uint32_t p = i - 1;
    if (Punct(p, '$') || Punct(p, '#') || Lw(p) == "\xC2\xA3" || Lw(p) == "\xE2\x82\xAC") return false;
    std::string_view pw = Lw(p);
    if (pw == "no" || pw == "number" || pw == "nos" || pw == "page" || pw == "flight" ||
        pw == "route" || pw == "room" || pw == "model" || pw == "rule" || pw == "resolution" ||
        pw == "article" || pw == "section" || pw == "version" || pw == "to" || pw == "about" ||
        pw == "than" || pw == "some" || pw == "nearly" || pw == "almost" || pw == "over" ||
        pw == "under" || pw == "only")
      if (!(pw == "to" && false)) {
        // "to 2025" is usually a year ("from 2020 to 2025"); keep it.
        if (pw != "to") return false;
      }
    if (IsNum(p)) return false;
    // "Trump 2024", "Vision 2030", "Windows 2000": a name before the number.
    if (tok_[p].kind == TokenKind::kWord && Cap(p) && !SentStart(p) && !L(p) &&
        !tok_[p].Has(kAllCaps))
      return false;
    // "1-2025" is a code; "2024-2025" a span of years.
    if (Punct(p, '-') && Glued(i) && IsNum(p - 1 < n_ ? p - 1 : p)) {
      const long y0 = p >= 1 ? Int(p - 1) : -1;
      if (!(p >= 1 && Num(p - 1).digits == 4 && y0 < year && year - y0 <= 100)) return false;
    }
  }
  if (year < 1900 || year > 2100) {
    Kw pk = i > 0 ? K(i - 1) : kNoKw;
    if (!(pk == kIn || pk == kSince || pk == kOf || pk == kBy || pk == kUntil ||
          pk == kFrom || pk == kBefore || pk == kAfter || pk == kDuring))
      return false;
  }
  if (e < n_) {
    if (Punct(e, '%') || Word(e, "percent") || Word(e, "per")) return false;
    if (K(e) == kTimeZone && tok_[e].Has(kAllCaps)) return false;  // "1900 GMT"
    if (Punct(e, ':') && Glued(e)) return false;
    if (Punct(e, '-') && Glued(e) && IsNum(e + 1) && Int(e + 1) >= 0 && Num(e + 1).digits != 2 &&
        Num(e + 1).digits != 4)
      return false;
    const Token& nt = tok_[e];
    // "its pre-1967 borders", "the post-1959 politics": a year in a
    // "pre-"/"post-" adjective is one before the noun, however it ends.
    if (nt.kind == TokenKind::kWord && !L(e) && !Cap(e) && !PrePostYear(i)) {
      std::string_view w = Lw(e);
      // "2000 troops", "1500 people": a count, not a year.
      if (w.size() > 3 && w.back() == 's' && w != "levels" && w != "was" && w != "has" &&
          w != "is" && w != "as" && w != "elections" && w != "results")
        return false;
      if (w == "people" || w == "percent" || w == "feet" || w == "men" || w == "women" ||
          w == "children" || w == "miles" || w == "metres" || w == "meters")
        return false;
    }
  }
  return true;
}

// Token i, a number, is glued after "pre-" or "post-" ("pre-1967").
bool Rec::PrePostYear(uint32_t i) const {
  return i >= 2 && IsNum(i) && Punct(i - 1, '-') && Glued(i - 1) && Glued(i) &&
         (Word(i - 2, "pre") || Word(i - 2, "post"));
}

}  // namespace detail
}  // namespace eg::timex
