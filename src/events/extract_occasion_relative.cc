// Occasion nouns whose parties the phrase around them tells:
// "It followed a dinner on Monday night in the Blue Room, at which X handed
// Y a letter", "a private dinner on Sunday evening at which X and Y worked
// out a compromise": an occasion noun that names no party of its own (no
// "with") is told by the relative clause on it; the persons that clause
// names were there.
// "X travelled to Washington for talks with officials, including a meeting
// in March with Y": the encounter an "including" phrase singles out is the
// subject's, as the talks it is part of.
#include <algorithm>

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

void Extractor::IncludedEncounters(std::vector<Candidate>* cands) {
  for (size_t i = 1; i < cands->size(); ++i) {
    Candidate& c = (*cands)[i];
    const TriggerMatch& tm = c.trig;
    if (!tm.entry->noun || !tm.entry->interaction || c.definite || c.participants.size() != 1)
      continue;
    uint32_t k = tm.first;
    if (k > begin_ && (W(k - 1) == "a" || W(k - 1) == "an")) --k;
    if (k <= begin_ || W(k - 1) != "including") continue;
    // The interaction the phrase is part of: the candidate before, with a
    // subject of its own.
    const Candidate& whole = (*cands)[i - 1];
    if (!whole.trig.entry->interaction || whole.participants.size() < whole.subject_count)
      continue;
    std::vector<uint32_t> subject(whole.participants.begin(),
                                  whole.participants.begin() + long(whole.subject_count));
    // ("X travelled to Washington for talks with officials": the subject of
    // the journey whose purpose the talks are.)
    if (subject.empty()) ClauseSubject(whole.trig.first, &subject, true);
    subject.erase(std::remove_if(subject.begin(), subject.end(),
                                 [&](uint32_t e) { return KindOf(e) != ActorKind::kPerson; }),
                  subject.end());
    if (subject.empty() ||
        std::find(subject.begin(), subject.end(), c.participants[0]) != subject.end())
      continue;
    c.participants.insert(c.participants.begin(), subject.begin(), subject.end());
    c.subject_count = subject.size();
    c.status = StatusOf(c);
    if (c.place.empty()) c.place = PlaceNear(tm);
    c.type = tm.entry->type;
  }
}

}  // namespace extract_detail
}  // namespace eg
