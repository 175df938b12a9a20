// A document's interactions after a resolver that needs the gazetteer
// (events/seat_visits.h), with the actors it may have added: the tests of
// seat and country visits read the participants' names from both.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "events/event.h"

namespace eg::testing {

struct ResolvedEvents {
  DocActors actors;
  std::vector<EventMention> events;
  std::set<std::string> NamesOf(const EventMention& m) const {
    std::set<std::string> s;
    for (uint32_t e : m.participants) s.insert(actors.entities[e].name);
    return s;
  }
};

}  // namespace eg::testing
