#include "actors/actors.h"

#include <algorithm>
#include <map>

namespace eg {

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kCountry: return "country";
    case ActorKind::kGroup: return "group";
  }
  return "person";
}

// Placeholder until the actors stage lands: no mentions.
DocActors FindActors(const Document&, const TextAnalysis&, const Gazetteer&) { return {}; }

ActorTable MergeActors(const std::vector<DocActors>& docs, const Gazetteer&) {
  ActorTable t;
  std::map<std::string, uint32_t> by_name;
  for (const auto& d : docs) {
    std::vector<uint32_t> map;
    for (const auto& e : d.entities) {
      auto it = by_name.find(e.name);
      if (it == by_name.end()) {
        it = by_name.emplace(e.name, uint32_t(t.actors.size())).first;
        Actor a;
        a.name = e.name;
        a.id = e.name;
        a.kind = e.kind;
        t.actors.push_back(a);
      }
      t.actors[it->second].mentions += e.mentions;
      map.push_back(it->second);
    }
    t.entity_to_actor.push_back(std::move(map));
  }
  return t;
}

}  // namespace eg
