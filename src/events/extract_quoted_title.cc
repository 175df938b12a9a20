// Quotation marks around a title: 'sang "Auld Lang Syne" together', 'X
// co-chaired the "Summit for Peace" with Y', 'its "America First" agenda'.
// A quote set off by marks is a clause of its own (the marks are hard
// punctuation), but a short capitalised title right after a determiner is
// a name inside the noun phrase: its marks bound nothing, and the
// complements after it still belong to the verb.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

namespace {

bool OpeningMark(Word w) { return w == "\"" || w == "\xE2\x80\x9C"; }
bool ClosingMark(Word w) { return w == "\"" || w == "\xE2\x80\x9D"; }

}  // namespace

uint32_t Extractor::QuotedTitleEnd(uint32_t k) const {
  if (!OpeningMark(W(k))) return 0;
  for (uint32_t j = k + 1; j < end_ && j < k + 10; ++j) {
    const Word x = W(j);
    if (ClosingMark(x)) return j > k + 1 ? j : 0;
    if (x == "," || x == "." || x == "!" || x == "?" || x == ":" || x == ";") return 0;
  }
  return 0;
}

bool Extractor::QuotedTitleMark(uint32_t i) const {
  // The opening mark of a title: after a determiner (the class table
  // directly: this is asked while the sentence's table is being filled),
  // before a capitalised word.
  const auto title_at = [&](uint32_t o) {
    return o > begin_ && o + 1 < end_ && (classes_.Of(W(o - 1)) & words::kDeterminer) &&
           toks_[o + 1].Has(kCapitalized) ? QuotedTitleEnd(o) : 0u;
  };
  const Word w = W(i);
  if (OpeningMark(w) && title_at(i)) return true;
  if (!ClosingMark(w)) return false;
  for (uint32_t k = i; k > begin_ && k + 10 > i;) {
    --k;
    if (OpeningMark(W(k)) || ClosingMark(W(k))) return title_at(k) == i;
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
