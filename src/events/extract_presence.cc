// Sessions told by who was present: "Around the table: A, B, C and D",
// "Those present on Sunday included A, B and C", "A, B and C were in the
// room, along with D", "A, B and C were among those present". News of
// summits and multilateral meetings names the attendees of a session this
// way, with no verb of meeting; a careful reader takes the persons listed
// for one meeting of them all.
//
// The cue is data (cues.tsv, presence). Only a list counts: three persons
// or more named in the sentence (two persons "in the room" are often the
// aides of a meeting told elsewhere, or no session at all). Not counted: a
// person named as the one represented ("representing the King"), replaced
// or served ("for X", "of X"), and an owner ("X's aides"). A sentence whose
// other interaction already has every one of them tells that event.
#include <algorithm>

#include "events/extractor.h"

namespace eg {
namespace extract_detail {

namespace {

// Words right before a person who is no attendee of the session.
bool AbsentBefore(const Word& w) {
  return w == "representing" || w == "replacing" || w == "for" || w == "of" || w == "under" ||
         w == "to";
}

}  // namespace

bool Extractor::SentenceListsPresent() const {
  // Asked twice of a sentence (before and after its triggers are read).
  if (presence_sent_ == int64_t(sent_)) return presence_;
  presence_sent_ = int64_t(sent_);
  presence_ = ListsPresentScan();
  return presence_;
}

bool Extractor::ListsPresentScan() const {
  // Cheap first: three person mentions at least, found among the
  // document's mentions (in token order) rather than token by token: the
  // question is asked of every sentence.
  // The sentences are asked in order: the first mention of this one is
  // found walking on from the last sentence's (a binary search per
  // sentence cost more), from the start again should one come before it.
  const auto& ms = a_.mentions;
  size_t i = presence_mention_;
  if (i > ms.size() || (i > 0 && ms[i - 1].first_token >= begin_)) i = 0;
  while (i < ms.size() && ms[i].first_token < begin_) ++i;
  presence_mention_ = i;
  int persons = 0;
  for (; i < ms.size() && ms[i].first_token < end_ && persons < 3; ++i)
    if (KindOf(ms[i].entity) == ActorKind::kPerson) ++persons;
  if (persons < 3) return false;
  for (uint32_t k = begin_; k < end_; ++k)
    if (Cue(k, end_, CueClass::kPresence)) return true;
  return false;
}

void Extractor::PresenceSessions(std::vector<Candidate>* cands) const {
  // A synthetic noun: the cue stands for the session, so that the status
  // and time rules read the clause around it as around any event noun.
  static const TriggerEntry kSession{"meeting", true, true, 0, {}};
  uint32_t cue = end_, cue_len = 0;
  for (uint32_t k = begin_; k < end_ && cue == end_; ++k)
    if (const uint32_t n = Cue(k, end_, CueClass::kPresence)) {
      cue = k;
      cue_len = n;
    }
  if (cue == end_) return;
  std::vector<uint32_t> present;
  for (uint32_t k = begin_; k < end_; ++k) {
    if (!MentionStartsAt(k)) continue;
    const int32_t m = MentionAt(k);
    const uint32_t e = EntityOf(m);
    if (KindOf(e) != ActorKind::kPerson || a_.mentions[m].possessive) continue;
    if (k > begin_ && AbsentBefore(W(k - 1))) continue;
    AddOnce(&present, e);
  }
  if (present.size() < 3) return;
  for (const Candidate& o : *cands) {
    if (!o.trig.entry->interaction) continue;
    const bool all = std::all_of(present.begin(), present.end(), [&](uint32_t e) {
      return std::find(o.participants.begin(), o.participants.end(), e) != o.participants.end();
    });
    if (all) return;
  }
  Candidate c;
  c.trig.entry = &kSession;
  c.trig.first = cue;
  c.trig.end = cue + cue_len;
  c.participants = std::move(present);
  PushSyntheticMeeting(std::move(c), cands);
}

}  // namespace extract_detail
}  // namespace eg
