#include "events/seat_visits.h"

#include <algorithm>

#include "events/dates.h"

namespace eg {

namespace {

// The day whose holder the visit meets: the middle of the event's date
// (a month, a year), else the publication date.
std::optional<date::sys_days> VisitDay(const EventMention& m,
                                       std::optional<date::year_month_day> dct) {
  long first, last;
  if (!m.date.empty() && DateInterval(m.date, &first, &last))
    return date::sys_days(date::days((first + last) / 2));
  if (dct && dct->ok()) return date::sys_days(*dct);
  return std::nullopt;
}

// The document's entity for gazetteer person `entry`, added when the text
// names him nowhere.
uint32_t EntityFor(const Gazetteer& gaz, uint32_t entry, DocActors* actors) {
  for (uint32_t e = 0; e < actors->entities.size(); ++e)
    if (actors->entities[e].gaz_entry == int32_t(entry)) return e;
  const GazEntry& ge = gaz.entry(entry);
  DocEntity& ent = actors->entities.emplace_back();
  ent.kind = ActorKind::kPerson;
  ent.name = ge.name;
  ent.gazetteer_id = ge.id;
  ent.gaz_entry = int32_t(entry);
  ent.names_of_entry = int32_t(entry);
  ent.country = ge.country;
  // An actor only where an interaction names him (ActorMerger).
  ent.party_only = true;
  return uint32_t(actors->entities.size() - 1);
}

// Whether entity e is a participant of m.
bool TakesPart(const EventMention& m, uint32_t e) {
  return std::find(m.participants.begin(), m.participants.end(), e) != m.participants.end();
}

// Removes the events marked in `drop`, keeping the order of the others.
void EraseDropped(const std::vector<bool>& drop, std::vector<EventMention>* events) {
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*events)[kept] = std::move((*events)[i]);
    ++kept;
  }
  events->resize(kept);
}

// Whether person e of the document could meet the holder at his seat on
// day d: one who holds an office then (the gazetteer's spells), or one the
// text gives an office (a mention by role, "the Irish premier", or with a
// role word of the gazetteer's role_words.tsv in it: "Premier Ana Ruiz",
// "Nvidia chief X", "former president X"). A reporter, a protester, a
// guest at a ceremony who was at the White House meets no one there.
bool HasOffice(const Gazetteer& gaz, const TextAnalysis& text, const DocActors& actors,
               uint32_t e, date::sys_days d) {
  const DocEntity& ent = actors.entities[e];
  if (ent.kind != ActorKind::kPerson) return false;
  if (ent.gaz_entry >= 0 && !gaz.RolesOn(uint32_t(ent.gaz_entry), d).empty()) return true;
  for (const ActorMention& m : actors.mentions) {
    if (m.entity != e) continue;
    if (m.via_role) return true;
    const uint32_t end = std::min<uint32_t>(m.end_token, uint32_t(text.tokens.size()));
    for (uint32_t k = m.first_token; k < end; ++k)
      if (gaz.role_words().LongestMatch(text, k, end) > 0) return true;
  }
  return false;
}

}  // namespace

void ResolveSeatVisits(const Gazetteer& gaz, const TextAnalysis& text,
                       std::optional<date::year_month_day> dct, DocActors* actors,
                       std::vector<EventMention>* events) {
  // The visits' (seat, visitor) pairs. A mention that took its parties
  // from a visit (a definite "the meeting", the narrative's event) has the
  // seat among them too, unmarked: it is resolved alike.
  std::vector<std::pair<uint32_t, uint32_t>> visits;
  for (const EventMention& m : *events) {
    if (m.seat_visit < 0) continue;
    for (uint32_t e : m.participants)
      if (e != uint32_t(m.seat_visit)) visits.emplace_back(uint32_t(m.seat_visit), e);
  }
  if (visits.empty()) return;
  for (EventMention& m : *events) {
    if (m.seat_visit >= 0 || !m.interaction) continue;
    for (const auto& [seat, visitor] : visits)
      if (TakesPart(m, seat) && TakesPart(m, visitor)) m.seat_visit = int32_t(seat);
  }
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    EventMention& m = (*events)[i];
    if (m.seat_visit < 0) continue;
    const uint32_t seat = uint32_t(m.seat_visit);
    m.seat_visit = -1;
    drop[i] = true;
    const int32_t seat_entry = actors->entities[seat].gaz_entry;
    const Gazetteer::SeatOffice* office =
        seat_entry >= 0 ? gaz.SeatOf(uint32_t(seat_entry)) : nullptr;
    const std::optional<date::sys_days> day = VisitDay(m, dct);
    if (!office || !day) continue;
    const int h = gaz.HolderOn(office->role, office->polity, *day);
    if (h < 0) continue;
    // Only visitors with an office meet the holder.
    m.participants.erase(std::remove_if(m.participants.begin(), m.participants.end(),
                                        [&](uint32_t e) {
                                          return e != seat &&
                                                 !HasOffice(gaz, text, *actors, e, *day);
                                        }),
                         m.participants.end());
    if (m.participants.size() < 2) continue;
    const uint32_t holder = EntityFor(gaz, uint32_t(h), actors);
    // The holder at his own seat meets no one there.
    if (TakesPart(m, holder)) continue;
    // "X met Trump at the White House": another mention of the sentence
    // tells the meeting. An undated visit ("the day after X's visit to the
    // White House") names the dated meeting of the pair the document tells.
    bool told = false;
    for (const EventMention& o : *events) {
      if (&o == &m || !o.interaction || !TakesPart(o, holder) ||
          (o.sentence != m.sentence && !(m.date.empty() && !o.date.empty())))
        continue;
      for (uint32_t e : m.participants) told = told || (e != seat && TakesPart(o, e));
    }
    if (told) continue;
    std::replace(m.participants.begin(), m.participants.end(), seat, holder);
    drop[i] = false;
  }
  EraseDropped(drop, events);
}

namespace {

// The polity code of a visit's destination: its country entity's, else the
// country whose capital the destination's words name.
std::string DestinationPolity(const Gazetteer& gaz, const TextAnalysis& text,
                              const DocActors& actors, const EventMention& m) {
  if (m.visit_country >= 0) {
    const DocEntity& c = actors.entities[uint32_t(m.visit_country)];
    return c.kind == ActorKind::kCountry ? c.country : std::string();
  }
  if (m.visit_end > text.tokens.size() || m.visit_first >= m.visit_end) return {};
  PhraseTable::Values vals;
  if (gaz.names().LongestMatch(text, m.visit_first, m.visit_end, &vals) !=
      m.visit_end - m.visit_first)
    return {};
  std::string code;
  for (uint32_t v : vals) {
    const uint32_t e = v & ~kMetonymFlag;
    // Only a capital standing for its country: a city that is no capital
    // is a place, and a capital names its country only as a metonym.
    if (!(v & kMetonymFlag) || gaz.KindOf(e) != GazKind::kCountry) return {};
    if (!code.empty() && code != gaz.entry(e).country) return {};
    code = gaz.entry(e).country;
  }
  return code;
}

// Whether gazetteer person `entry` leads polity `code` on day d.
bool LeadsOn(const Gazetteer& gaz, uint32_t entry, const std::string& code, date::sys_days d) {
  return !code.empty() && gaz.HolderOn("leader", code, d) == int(entry);
}

// Whether gazetteer person `entry` leads some polity on day d.
bool LeaderOn(const Gazetteer& gaz, uint32_t entry, date::sys_days d) {
  for (const RoleSpell* r : gaz.RolesOn(entry, d))
    if (LeadsOn(gaz, entry, r->polity, d)) return true;
  return false;
}

}  // namespace

void ResolveCountryVisits(const Gazetteer& gaz, const TextAnalysis& text,
                          std::optional<date::year_month_day> dct, DocActors* actors,
                          std::vector<EventMention>* events) {
  bool any = false;
  for (const EventMention& m : *events) any = any || m.visit_end > 0;
  if (!any) return;
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    EventMention& m = (*events)[i];
    if (m.visit_end == 0) continue;
    const std::string code = DestinationPolity(gaz, text, *actors, m);
    m.visit_first = m.visit_end = 0;
    m.visit_country = -1;
    drop[i] = true;
    if (m.participants.size() != 1) continue;
    const int32_t visitor = actors->entities[m.participants[0]].gaz_entry;
    const std::optional<date::sys_days> day = VisitDay(m, dct);
    if (code.empty() || visitor < 0 || !day) continue;
    // A head of state or government on the visit's day, abroad.
    if (!LeaderOn(gaz, uint32_t(visitor), *day) || LeadsOn(gaz, uint32_t(visitor), code, *day))
      continue;
    const int h = gaz.HolderOn("leader", code, *day);
    if (h < 0 || h == visitor) continue;
    const uint32_t host = EntityFor(gaz, uint32_t(h), actors);
    // A meeting of the pair the same sentence tells already.
    bool told = false;
    for (const EventMention& o : *events)
      told = told || (&o != &m && o.interaction && o.sentence == m.sentence && TakesPart(o, host) &&
                      TakesPart(o, m.participants[0]));
    if (told) continue;
    m.participants.push_back(host);
    drop[i] = false;
  }
  EraseDropped(drop, events);
}

}  // namespace eg
