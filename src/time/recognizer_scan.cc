// The scan of Rec::Run: a branch-free pass collects the tokens that may be
// content (numbers, words passing the time table's filter), then the
// matchers run only at the chain of function words that ends at each
// content token. Link, Startable and their tests decide which tokens those
// are; they sit with Run, which calls them in its loop.
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

void Rec::Run() {
  raw_.assign(n_, 0);  // 0: not looked up yet (a memset)
  // Every expression holds a content token (a number, a time word, a
  // deictic word: anything but a function word, a lower-case month or
  // weekday name, or a count that is money, a percentage...), and only chain tokens
  // (function words, punctuation, possessives, the kAuxPrefix words, a
  // capitalised name before "Day") come before it. So the matchers run only
  // at the tokens of the chain that ends at each content token.
  //
  // First a branch-free pass collects the tokens that may be content: the
  // numbers and the words that pass the table's content filter (one byte
  // read with the text stage's token hash; most words fail it). Each
  // token is written at the next slot, which only the ones that pass
  // move on from.
  // Locals and raw pointers: the stores would otherwise make the compiler
  // reload every member in each iteration.
  const TimeWordTable& words = words_;
  cand_.resize(n_ + 1);
  const uint32_t n = n_;
  const Token* const toks = tok_.data();
  const uint64_t* const hashes = t_.hashes.data();
  uint32_t* const cand = cand_.data();
  uint32_t m = 0;
  // A token passes when it is a number, or a word the filter passes:
  // with kWord = 0 and kNumber = 1, (kind <= 1) & (kind | filter), which
  // costs fewer instructions than the two comparisons of the kind.
  static_assert(uint32_t(TokenKind::kWord) == 0 && uint32_t(TokenKind::kNumber) == 1,
                "the pass test reads the kind as a number");
  for (uint32_t i = 0; i < n; ++i) {
    const Token t = toks[i];
    const uint32_t kind = uint32_t(t.kind);
    const bool cap = (t.flags & (kCapitalized | kAllCaps)) != 0;
    cand[m] = i;
    m += uint32_t(kind <= 1) & (kind | uint32_t(words.MaybeContent(hashes[i], cap)));
  }
  uint32_t pos = 0;  // tokens before pos are decided or inside an expression
  for (uint32_t k = 0; k < m; ++k) {
    const uint32_t c = cand_[k];
    if (c < pos || Link(c) != kContent) continue;
    uint32_t i = c;
    while (i > pos && Link(i - 1) == kChain) --i;
    while (i <= c) {
      if (!Startable(i)) {
        ++i;
        continue;
      }
      Spec spec;
      uint32_t b = i;
      const uint32_t e = MatchAt(i, &spec, &b);
      if (e > i) {
        b = DayAfterOrBefore(b, pos, &spec);
        b = LeadingWords(b, pos, spec);
        i = EmitMatch(b, e, std::move(spec), pos);
        pos = i;
      } else {
        ++i;
      }
    }
  }
}

// What token i is to the pre-filter of Run: content (a token every
// expression holds), a link of the chain before one, or a stop.
Rec::LinkKind Rec::Link(uint32_t i) const {
  const Token& t = tok_[i];
  if (t.kind == TokenKind::kNumber)
    return PlainCount(t_.lower.data() + t.start, t.end - t.start) && !CountMayStart(i)
               ? kStop
               : kContent;
  if (t.kind != TokenKind::kWord) return kChain;
  const Lex* l = Raw(i);
  if (!l) {
    // "Labour Day", "Victory Day"
    return Cap(i) && Cls(i + 1, kUnitWord) && L(i + 1)->unit == kDay ? kChain : kStop;
  }
  if (l->aux) {
    if (l->aux == kAuxPrefix) return kChain;
    // The first word of a holiday name, when the whole name follows
    // ("Labor Day", "Valentine's Day", "Good Friday").
    int rule;
    return Cap(i) && HolidayEnd(i, &rule) ? kContent : kStop;
  }
  if (l->cls == kNumberWord || l->kw == kMany || l->kw == kSeveral || l->kw == kFew)
    return CountWordCounts(i) ? kContent : kStop;
  if (l->cls == kOrdinalWord && !OrdinalCounts(i)) return kChain;
  if (!l->cls && !KeywordCounts(i, l->kw)) return kChain;
  // "a 10-year-old": an age, never part of an expression (UnitHead).
  if ((l->cls & kUnitWord) && Hyphen(i + 1) && Word(i + 2, "old")) return kStop;
  // Names the matchers take only capitalised: "may", "march", "sun", "est".
  if (!Cap(i) && ((l->cls & (kMonthWord | kWeekdayWord | kHolidayWord)) || l->kw == kTimeZone))
    return kChain;
  return l->cls || !l->function_word ? kContent : kChain;
}

// A number word or "many", "several", "few" takes part in an expression
// only before what a count or a spoken year continues with: a number, a
// unit, "-", "or", "to", "and", "more", "times", "trading"... ("two years",
// "twenty-four hours", "two or three days", "nineteen ninety"); not in
// "one of them", "two people".
bool Rec::CountWordCounts(uint32_t i) const {
  const uint32_t k = i + 1;
  if (k >= n_) return false;
  if (IsNum(k)) return true;
  if (Punct(k, '-')) return Raw(k + 1) != nullptr;  // "twenty-four", "one-year"
  const Lex* l = Raw(k);
  if (!l) return false;
  if (l->aux) return l->aux == kAuxPrefix;
  return (l->cls & (kNumberWord | kUnitWord)) || l->kw == kOr || l->kw == kTo ||
         l->kw == kAnd || l->kw == kMore;
}

// Keywords that take part in an expression only next to certain words:
// "the end/beginning/middle of", "once/twice a week", "the/in/near future",
// "the near/short/long term"; "half" before "a"/"an" and a unit ("half an
// hour"), else only after an ordinal or a count.
bool Rec::KeywordCounts(uint32_t i, Kw kw) const {
  switch (kw) {
    case kEnd: case kBeginning: case kStart: case kMiddle: return K(i + 1) == kOf;
    case kOnce: case kTwice: return K(i + 1) == kA || K(i + 1) == kPer;
    case kFuture: {
      const Kw pk = i > 0 ? K(i - 1) : kNoKw;
      return pk == kThe || pk == kIn || pk == kNear;
    }
    case kWhile:  // "for a while"; not the conjunction
      return i > 0 && K(i - 1) == kA;
    case kThen:  // "until then", "by then"; not the adverb of sequence
      return i > 0 && (K(i - 1) == kUntil || K(i - 1) == kBy || Word(i - 1, "till"));
    case kTerm:
      return i > 0 && (K(i - 1) == kNear || Word(i - 1, "short") || Word(i - 1, "long"));
    case kHalf:  // "half an hour", "half a century ago"
      return (K(i + 1) == kA || K(i + 1) == kAn) && Cls(i + 2, kUnitWord) && !L(i + 2)->plural;
    case kQuarterAbbr: case kHalfAbbr: return QuarterAbbrCounts(i);
    case kEach: case kEvery: {  // "every week", "each Monday", "every other year"
      const uint32_t k = K(i + 1) == kOther ? i + 2 : i + 1;
      if (IsNum(k)) return true;
      const Lex* l = L(k);
      return l && (l->cls || l->kw == kFew || l->kw == kSeveral || l->kw == kMany ||
                   l->kw == kA || l->kw == kAn || l->kw == kCouple);
    }
    case kEarly: case kLate: case kMid: case kEarlier: case kLater:
      // a time word must follow ("early 1990", "later in the year")
      return i + 1 < n_ && (IsNum(i + 1) || Punct(i + 1, '-') || Raw(i + 1) ||
                            tok_[i + 1].kind != TokenKind::kWord);
    default: return true;
  }
}

// "Q3", "H1" name a period of the business year only as capitals, and
// only with a year ("Q3 2025", "H1 of 2024") or after a word that puts a
// period there ("in Q3", "the H2 figures", "fiscal Q4"): "Audi Q3", "an H1
// heading" are names.
bool Rec::QuarterAbbrCounts(uint32_t i) const {
  if (!(i < n_ && tok_[i].Has(kCapitalized)) || tok_[i].end != tok_[i].start + 2) return false;
  int y;
  if (YearAt(i + 1, &y) && IsNum(i + 1)) return true;
  if (K(i + 1) == kOf && IsNum(i + 2) && YearAt(i + 2, &y)) return true;
  if (i == 0) return false;
  const Kw pk = K(i - 1);
  return pk == kIn || pk == kDuring || pk == kFor || pk == kThe || pk == kFiscal ||
         pk == kSince || pk == kBy || pk == kUntil || pk == kThrough;
}

// An ordinal word counts only before a unit, "half", "fiscal", a number
// or "of" and a month ("the third quarter", "first half", "the first 10
// days", "the first of June"): "the first time" is no expression.
bool Rec::OrdinalCounts(uint32_t i) const {
  // "the twelfth of May": a day of a month named after it.
  if (K(i + 1) == kOf && Cls(i + 2, kMonthWord) && Cap(i + 2)) return true;
  const uint32_t k = Hyphen(i + 1) ? i + 2 : i + 1;
  if (IsNum(k) || Cls(k, kUnitWord | kNumberWord)) return true;
  const Kw kw = K(k);
  return kw == kHalf || kw == kFiscal;
}

// Where MatchAt may find something: not at a preposition or conjunction.
bool Rec::Startable(uint32_t i) const {
  if (IsNum(i)) return true;
  const Lex* l = Raw(i);
  if (!l) return false;
  if (l->aux) return l->aux == kAuxStart && MaybeStart(i);
  // Words ParsePrefix takes only with the next one ("over a year", "at
  // least", "more than", "up to") and no head begins with.
  switch (l->kw) {
    case kOver: return K(i + 1) == kA || K(i + 1) == kAn || IsNum(i + 1) ||
                       Cls(i + 1, kNumberWord);
    case kAt: return K(i + 1) == kLeast || K(i + 1) == kMost;
    case kMore: case kLess: return K(i + 1) == kThan;
    case kUp: return K(i + 1) == kTo;
    case kThan: case kPrior: return false;
    default: return !NeverStarts(l->kw);
  }
}

// A count, not a year, a date or a clock time: digits with commas and at
// most one decimal point ("5", "1,200", "3.5"), not four digits alone.
bool Rec::PlainCount(const char* p, size_t n) {
  int dots = 0;
  bool other = false;
  for (size_t k = 0; k < n; ++k) {
    if (p[k] == '.') ++dots;
    else if (p[k] != ',' && (p[k] < '0' || p[k] > '9')) return false;
    else if (p[k] == ',') other = true;
  }
  return dots <= 1 && (n != 4 || dots || other);
}

// A count (PlainCount) is part of a time expression only before a unit,
// a number, a month, "a.m.", "or", "to", "-", "/", ":"...; not as money
// ("$5"), a percentage ("5%"), before a word outside the table ("5 people",
// "3 million"), "a" or "of" ("$5 a share", "5 of them"), or closing punctuation.
bool Rec::CountMayStart(uint32_t i) const {
  if (i > 0 && tok_[i - 1].kind == TokenKind::kPunct) {
    std::string_view pw = Lw(i - 1);
    if (pw == "$" || pw == "\xC2\xA3" || pw == "\xE2\x82\xAC") return false;
  }
  if (i + 1 >= n_) return true;
  const Token& nt = tok_[i + 1];
  if (nt.kind == TokenKind::kWord) {
    const Lex* l = Raw(i + 1);
    if (l && !l->aux && !l->cls && l->kw == kTo)  // "two to three weeks"
      return IsNum(i + 2) || Cls(i + 2, kNumberWord);
    return l && !(!l->aux && (l->kw == kA || l->kw == kOf) && !l->cls);
  }
  if (nt.kind == TokenKind::kPunct && nt.end == nt.start + 1) {
    const char c = t_.text[nt.start];
    if (c == '-') return Raw(i + 2) != nullptr;  // "30-day", not "3-2", "10-15"
    return !(c == ',' || c == '%' || c == ')' || c == ';' || c == '.');
  }
  return true;
}

// Capitalised words that start expressions without being in the lexicon.
// A capitalised word outside the time vocabulary that may start an
// expression: the first word of a holiday name (holidays.h), "Mid-", "Q3".
bool Rec::MaybeStart(uint32_t i) const {
  if (!Cap(i)) return false;
  const Lex* l = Raw(i);
  if (l && l->holiday_start) return true;
  std::string_view w = Lw(i);
  return w == "mid-" || w == "q1" || w == "q2" || w == "q3" || w == "q4";
}

}  // namespace detail
}  // namespace eg::timex
