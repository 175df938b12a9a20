// Visits to the seat of an office, resolved to the office's holder.
//
// The events stage reads "X was at the White House on Monday" as a meeting
// of X with the seat (EventMention::seat_visit, extract_seats.cc); it does
// not know who held the office that day. ResolveSeatVisits, given the
// gazetteer, puts in the seat's place the holder of the seat's office
// (data/actors/seats.tsv: the White House is the US president's) on the
// event's day (Gazetteer::HolderOn; the middle day of a month or a year,
// the publication date when the event has no date), adding the holder to
// the document's entities when the text does not name him (DocEntity::
// party_only, so that he is an actor only as the party he is here).
// A visit by the holder himself ("Trump returned to the White House"), an
// office without a holder that day, or a meeting the same sentence already
// tells with the holder is dropped. Only a visitor with an office meets the
// holder: one the gazetteer gives an office on that day, or the text (a
// mention by role or with a role word, "Premier X"); "a reporter who was
// at the White House" meets no one. `text` is the document's analysis.
#pragma once
#include <optional>
#include <vector>

#include <date/date.h>

#include "actors/actors.h"
#include "actors/gazetteer.h"
#include "events/event.h"

namespace eg {

void ResolveSeatVisits(const Gazetteer& gaz, const TextAnalysis& text,
                       std::optional<date::year_month_day> dct, DocActors* actors,
                       std::vector<EventMention>* events);

// A leader's visit to a country ("Sharaa visited Amman", "he will travel to
// China in April": EventMention::visit_end, extract_visits.cc): the one
// participant meets the leader of the country visited (Gazetteer::HolderOn
// "leader") on the event's day, added as for a seat. The destination is a
// country's mention, or a country's capital (a metonym alias, "@Amman", in
// `text`); no other city. Dropped: a visitor who leads no polity that day
// (a minister, an envoy), a visit to his own country, a country without a
// known leader then, and a meeting with the host the document already
// tells in the sentence.
void ResolveCountryVisits(const Gazetteer& gaz, const TextAnalysis& text,
                          std::optional<date::year_month_day> dct, DocActors* actors,
                          std::vector<EventMention>* events);

}  // namespace eg
