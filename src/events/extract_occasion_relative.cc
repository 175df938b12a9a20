// "It followed a dinner on Monday night in the Blue Room, at which X handed
// Y a letter", "a private dinner on Sunday evening at which X and Y worked
// out a compromise": an occasion noun that names no party of its own (no
// "with") is told by the relative clause on it; the persons that clause
// names were there.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

bool Extractor::OccasionRelativePersons(const TriggerMatch& tm, std::vector<uint32_t>* ents) const {
  // Past the noun's phrases of time and place ("on Monday night in the
  // Blue Room"): prepositions, determiners, times and capitalised words,
  // no person and no verb.
  uint32_t k = tm.end;
  for (; k < end_ && k < tm.end + 10; ++k) {
    if (W(k) == "," || W(k) == "at" || W(k) == "during" || W(k) == "in") {
      const uint32_t o = W(k) == "," ? k + 1 : k;
      if (o + 1 < end_ && (W(o) == "at" || W(o) == "during" || W(o) == "in") &&
          W(o + 1) == "which") {
        k = o + 2;
        break;
      }
      if (W(k) == ",") return false;
    }
    const int32_t m = MentionAt(k);
    if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) return false;
    if (!(PrepAt(k) || DetAt(k) || timex_at_[k] != kNone || Cap(k) || m != kNone)) return false;
  }
  if (k < tm.end + 3 || k >= end_ || W(k - 1) != "which") return false;
  std::vector<uint32_t> there;
  for (uint32_t r = k; r < end_ && !HardAt(r); ++r) {
    const int32_t m = MentionAt(r);
    if (m == kNone) continue;
    if (KindOf(EntityOf(m)) == ActorKind::kPerson && !a_.mentions[m].possessive)
      AddOnce(&there, EntityOf(m));
    r = a_.mentions[m].end_token - 1;
  }
  if (there.size() < 2) return false;
  for (uint32_t e : there) AddOnce(ents, e);
  return true;
}

}  // namespace extract_detail
}  // namespace eg
