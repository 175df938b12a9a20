// The frame `together` (data/triggers/README.md): "together" makes the
// actors of a verb's subject a pair that was in one place ("X and Y
// appeared together", "X and Y together visited the troops", "the two men
// played a round together", "X brought A and B together"). Which words
// bear it is data (triggers.tsv); where "together" may stand is grammar.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// "X and Y will stand together on Iraq / behind Kyiv / against the plan /
// in solidarity": "together" followed by the cause it is for names a common
// stance, not one place: a stance cue (cues.tsv), or "on" with a name ("on
// Iraq"; "on stage" is a place, a common noun).
bool Extractor::SolidarityAfter(uint32_t k) const {
  if (k >= end_) return false;
  if (Cue(k, end_, CueClass::kStance)) return true;
  return W(k) == "on" && k + 1 < end_ && MentionAt(k + 1) != kNone;
}

bool Extractor::TogetherAt(uint32_t first, uint32_t end) const {
  // "X and Y together visited ...": right before the verb.
  if (first > begin_ && W(first - 1) == "together") return true;
  // After the verb, past its object or a short complement ("appeared
  // together", "played a round together", "brought A and B together",
  // "visited the troops together"), within the clause: not past a comma,
  // a clause opener or another verb's "together" ("X visited Kyiv, where Y
  // and Z had worked together" is no pair of X's).
  // A quoted title as the object ("sang "Auld Lang Syne" together") is one
  // phrase: its marks and the words inside (a "When" opening it) are no
  // boundary.
  for (uint32_t k = end; k < end_ && k < end + 12; ++k) {
    if (const uint32_t q = QuotedTitleEnd(k)) {
      k = q;
      continue;
    }
    if (IsBoundary(k) || W(k) == ",") return false;
    // "together", "side by side" (cues.tsv `together`).
    if (const uint32_t n = Cue(k, end_, CueClass::kTogether)) return !SolidarityAfter(k + n);
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
