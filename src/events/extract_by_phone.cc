// The frame `by_phone` (data/triggers/README.md): a verb that is no
// interaction of its own ("invited", "congratulated", "thanked") names a
// call when the clause says it was done on the line: "X invited Y by phone
// on Wednesday", "X congratulated Y over the phone", "X thanked Y in a
// phone call". Which verbs bear it is data (triggers.tsv); the medium words
// are the word class `call_medium`.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

bool Extractor::MediumAfterObject(uint32_t end) const {
  // The object: a person named right after the verb, perhaps after a
  // title or a determiner ("invited President Y", "thanked the Y").
  uint32_t k = end;
  bool person = false;
  for (; k < end_ && k < end + 4; ++k) {
    const int32_t m = MentionAt(k);
    if (m != kNone) {
      if (KindOf(EntityOf(m)) != ActorKind::kPerson) return false;
      person = true;
      k = a_.mentions[m].end_token;
      break;
    }
    if (Punct(k)) return false;
  }
  if (!person) return false;
  // The medium, within the clause: "by phone", "by telephone", "over the
  // phone", "via video link", "in a phone call", "during a call", past a
  // time or a place ("invited Y on Wednesday night by phone").
  for (; k + 1 < end_ && k < end + 14; ++k) {
    if (IsBoundary(k) || W(k) == ",") return false;
    const Word w = W(k);
    if (w != "by" && w != "over" && w != "via" && w != "in" && w != "during") continue;
    uint32_t n = k + 1;
    if (n < end_ && (W(n) == "the" || W(n) == "a" || W(n) == "an")) ++n;
    if (n >= end_) return false;
    const bool noun = W(n) == "call" || W(n) == "conversation";
    if (w == "in" || w == "during") {
      // "in a phone call", "during a call on Monday".
      if (n == k + 1) continue;
      if (noun) return true;
      if ((ClassesAt(n) & words::kCallMedium) && n + 1 < end_ &&
          (W(n + 1) == "call" || W(n + 1) == "conversation"))
        return true;
      continue;
    }
    if (ClassesAt(n) & words::kCallMedium) return true;
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
