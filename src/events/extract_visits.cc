// A leader's visit to a country (triggers of frame `visit`): "Sharaa
// visited Amman", "he will travel to China in April", "a return visit to
// South Korea". The events stage finds the journey, its one party and its
// destination; whom he meets there, the destination's leader on the
// event's date, needs the gazetteer's offices and is added after the
// document's analysis (ResolveCountryVisits, events/seat_visits.h).
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// A country's mention, or a run of capitalised words that no mention
// covers (a capital after "to" or "in" is no mention: the actors stage
// reads it as a place; ResolveCountryVisits decides whether it is a capital).
// Not a possessive ("visited China's border region") nor a time.
bool Extractor::VisitDestination(uint32_t k, uint32_t* first, uint32_t* end,
                                 int32_t* country) const {
  if (k < end_ && W(k) == "the") ++k;
  if (k >= end_) return false;
  if (const int32_t m = MentionAt(k); m != kNone) {
    const ActorMention& am = a_.mentions[m];
    if (KindOf(am.entity) != ActorKind::kCountry || am.possessive) return false;
    *first = k;
    *end = std::min(am.end_token, end_);
    *country = int32_t(am.entity);
    return true;
  }
  uint32_t e = k;
  while (e < end_ && e < k + 4 && t_.tokens[e].kind == TokenKind::kWord && Cap(e) &&
         MentionAt(e) == kNone && timex_at_[e] == kNone)
    ++e;
  if (e == k || Possessive(e)) return false;
  *first = k;
  *end = e;
  *country = kNone;
  return true;
}

// One person makes the journey (the verb's subject, the noun's owner), and
// the sentence names no other interaction: "travelled to Washington for
// talks with Lutnick", "visited Port Sudan, where he met Burhan", "is due
// in Brussels to meet von der Leyen" name the partner themselves.
bool Extractor::LeaderVisit(const TriggerMatch& tm, Candidate* c) const {
  if (c->participants.size() != 1 || KindOf(c->participants[0]) != ActorKind::kPerson) return false;
  if (!tm.entry->noun && c->subject_count != 1) return false;
  for (const TriggerMatch& o : trigs_)
    if (o.first != tm.first && o.entry->interaction && !(o.entry->frame & kFrameVisit))
      return false;
  uint32_t first, end;
  int32_t country;
  if (!VisitDestination(tm.end, &first, &end, &country)) return false;
  c->visit_first = first;
  c->visit_end = end;
  c->visit_country = country;
  return true;
}

}  // namespace extract_detail
}  // namespace eg
