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

// 'X said he and Y had "a good, frank conversation"', 'they held
// "constructive talks"': the speaker's words for the event, quoted as the
// object of the verb of support (or after its determiner). The marks bound
// a noun phrase, not a clause: the verb's subject holds the talks. Only a
// phrase whose last word is an interaction noun, with no sentence or
// clause punctuation but commas inside.
uint32_t Extractor::QuotedEventNounEnd(uint32_t k) const {
  if (!OpeningMark(W(k)) || k <= begin_) return 0;
  if (!(classes_.Of(W(k - 1)) & words::kDeterminer) &&
      lex_.CueAt(t_, k - 1, k, CueClass::kSupport) != 1)
    return 0;
  for (uint32_t j = k + 1; j < end_ && j < k + 10; ++j) {
    const Word x = W(j);
    if (ClosingMark(x)) {
      if (j < k + 2) return 0;
      std::vector<TriggerMatch> v;
      lex_.TriggersAt(t_, j - 1, j, &v);
      for (const TriggerMatch& m : v)
        if (m.entry->noun && m.entry->interaction) return j;
      return 0;
    }
    if (x == "." || x == "!" || x == "?" || x == ":" || x == ";") return 0;
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
  if (OpeningMark(w) && (title_at(i) || QuotedEventNounEnd(i))) return true;
  if (!ClosingMark(w)) return false;
  for (uint32_t k = i; k > begin_ && k + 10 > i;) {
    --k;
    if (OpeningMark(W(k)) || ClosingMark(W(k)))
      return title_at(k) == i || QuotedEventNounEnd(k) == i;
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
