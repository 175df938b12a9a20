// Visits to the seat of an office: "X was at the White House on Monday",
// "X arrived at the Kremlin", "X is due at the Elysee on Feb. 11", "X's
// visit to Downing Street". A careful reader takes them for a meeting of X
// with the office's holder on that day. The events stage does not know who
// held the office then: it makes a meeting of the subject with the seat
// (EventMention::seat_visit), dated and given a status like any other, and
// ResolveSeatVisits (events/seat_visits.h) puts the holder in the seat's
// place once the date is known.
//
// Only presence and visit readings count: a form of frame `visit`
// (triggers.tsv: the one vocabulary of going to, being at or being due at a
// place, which the country visits of extract_visits.cc read too) right
// before the seat's name, and a person as the subject. "The White
// House said", "a White House official", "speaking at the White House" have
// no such cue. A subject already party to an interaction of the sentence
// ("X met Trump at the White House") has that event told: nothing is added.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

bool Extractor::SentenceNamesSeat() const {
  if (!any_seat_) return false;
  for (uint32_t k = begin_; k < end_; ++k) {
    const int32_t m = mention_at_[k];
    if (m != kNone && a_.entities[EntityOf(m)].seat) return true;
  }
  return false;
}

void Extractor::SeatVisits(std::vector<Candidate>* cands) const {
  // Synthetic triggers: the cue's words stand for the verb or the noun, so
  // that the status and time rules read the clause around them as they do
  // around any trigger ("is due at" is planned, "never made a visit to"
  // negated).
  static const TriggerEntry kVerb{"meeting", true, false, 0, {}};
  static const TriggerEntry kNoun{"meeting", true, true, 0, {}};
  for (uint32_t k = begin_; k < end_; ++k) {
    if (!MentionStartsAt(k)) continue;
    const int32_t mi = MentionAt(k);
    const uint32_t seat = EntityOf(mi);
    if (!a_.entities[seat].seat || a_.mentions[mi].possessive) continue;
    // The seat's name, with its article when the mention leaves it out.
    uint32_t p = k;
    if (p > begin_ && W(p - 1) == "the") --p;
    // The longest form of frame `visit` that ends right before it; its
    // part of speech says where the visitor is named.
    uint32_t first = p;
    const TriggerEntry* entry = nullptr;
    std::vector<TriggerMatch> forms;
    for (uint32_t j = p > begin_ + 6 ? p - 6 : begin_; j < p && !entry; ++j) {
      if (MentionAt(j) != kNone || timex_at_[j] != kNone || !lex_.MayStartTriggerAt(t_, j))
        continue;
      lex_.TriggersAt(t_, j, p, &forms);
      for (const TriggerMatch& f : forms)
        if (!entry && f.end == p && (f.entry->frame & kFrameVisit))
          entry = f.entry->noun ? &kNoun : &kVerb;
      if (entry) first = j;
    }
    if (!entry || first == begin_) continue;
    std::vector<uint32_t> subject;
    if (entry->noun) {
      // "X's (last / official) visit to": the owner, past a few modifiers;
      // else the subject of the verb governing the noun ("X made a visit to").
      uint32_t o = first;
      for (int n = 0; n < 3 && o > begin_ && !Punct(o - 1) && !Possessive(o - 1) &&
                      MentionAt(o - 1) == kNone && !Cap(o - 1);
           ++n)
        --o;
      if (o > begin_ + 1 && Possessive(o - 1) && MentionEndsAt(o - 2)) {
        subject.push_back(EntityOf(MentionAt(o - 2)));
      } else {
        SubjectLeft(o - 1, true, &subject);
      }
    } else {
      SubjectLeft(first - 1, true, &subject);
    }
    subject.erase(std::remove_if(subject.begin(), subject.end(),
                                 [&](uint32_t e) { return KindOf(e) != ActorKind::kPerson; }),
                  subject.end());
    if (subject.empty()) continue;
    // "X met Trump at the White House": the sentence tells that meeting.
    bool told = false;
    for (const Candidate& o : *cands) {
      if (!o.trig.entry->interaction || o.participants.size() < 2) continue;
      for (uint32_t e : subject)
        told = told || std::find(o.participants.begin(), o.participants.end(), e) !=
                           o.participants.end();
    }
    if (told) continue;
    Candidate c;
    c.trig.entry = entry;
    c.trig.first = first;
    c.trig.end = entry->noun ? first + 1 : p;
    c.participants = subject;
    c.subject_count = subject.size();
    c.participants.push_back(seat);
    c.seat = int32_t(seat);
    PushSyntheticMeeting(std::move(c), cands);
  }
}

void Extractor::PushSyntheticMeeting(Candidate&& c, std::vector<Candidate>* cands) const {
  c.type = "meeting";
  c.status = StatusOf(c);
  c.place = PlaceNear(c.trig);
  cands->push_back(std::move(c));
}

}  // namespace extract_detail
}  // namespace eg
