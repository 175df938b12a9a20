#include "actors/actors.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "actors/fold.h"
#include "actors/name_match.h"

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

namespace {

struct Group {
  std::string key;  // "#gazetteer-id" or folded discovered name
  std::string name;
  size_t name_words = 0;
  uint32_t name_mentions = 0;
  ActorKind kind = ActorKind::kPerson;
  std::string country;
  std::vector<std::string> forms;
  uint32_t mentions = 0;
  bool from_gazetteer = false;
};

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

// Gazetteer entities join by id; discovered persons by folded name, then
// across documents when one name is a variant of another (same surname,
// compatible given names; a bare surname joins the only full name that
// carries it).
ActorTable MergeActors(const std::vector<DocActors>& docs, const Gazetteer& gaz) {
  std::vector<Group> groups;
  std::map<std::string, size_t> by_key;
  std::vector<std::vector<size_t>> ent_group(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const DocEntity& e : docs[d].entities) {
      std::string key = e.gazetteer_id.empty() ? SplitName(e.name).Joined(" ") : "#" + e.gazetteer_id;
      auto it = by_key.find(key);
      if (it == by_key.end()) {
        it = by_key.emplace(key, groups.size()).first;
        Group g;
        g.key = key;
        g.kind = e.kind;
        g.from_gazetteer = !e.gazetteer_id.empty();
        if (g.from_gazetteer) {
          int gi = gaz.Find(e.gazetteer_id);
          if (gi >= 0) g.country = gaz.entry(gi).country;
        }
        groups.push_back(std::move(g));
      }
      Group& g = groups[it->second];
      size_t words = SplitName(e.name).words.size();
      if (g.name.empty() || (!g.from_gazetteer && (words > g.name_words ||
                                                   (words == g.name_words && e.mentions > g.name_mentions)))) {
        g.name = e.name;
        g.name_words = words;
        g.name_mentions = e.mentions;
      }
      g.mentions += e.mentions;
      for (const auto& f : e.surface_forms)
        if (std::find(g.forms.begin(), g.forms.end(), f) == g.forms.end()) g.forms.push_back(f);
      ent_group[d].push_back(it->second);
    }
  }
  // Discovered persons: variants across documents.
  std::vector<size_t> parent(groups.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<size_t> disc;
  for (size_t i = 0; i < groups.size(); ++i)
    if (!groups[i].from_gazetteer && groups[i].kind == ActorKind::kPerson) disc.push_back(i);
  for (size_t a : disc) {
    bool single = groups[a].key.find(' ') == std::string::npos;
    size_t match = SIZE_MAX;
    int n = 0;
    for (size_t b : disc) {
      if (a == b || !SameDiscovered(groups[a].key, groups[b].key)) continue;
      bool b_single = groups[b].key.find(' ') == std::string::npos;
      if (single && !b_single) {
        match = b;
        ++n;
      } else if (!single && !b_single && b < a) {
        parent[Find(parent, a)] = Find(parent, b);
      }
    }
    if (single && n == 1) parent[Find(parent, a)] = Find(parent, match);
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    size_t r = Find(parent, i);
    if (r == i) continue;
    Group& to = groups[r];
    Group& from = groups[i];
    if (from.name_words > to.name_words) {
      to.name = from.name;
      to.name_words = from.name_words;
    }
    to.mentions += from.mentions;
    for (const auto& f : from.forms)
      if (std::find(to.forms.begin(), to.forms.end(), f) == to.forms.end()) to.forms.push_back(f);
  }
  // Actors, sorted by id.
  std::vector<size_t> roots;
  for (size_t i = 0; i < groups.size(); ++i)
    if (Find(parent, i) == i) roots.push_back(i);
  std::vector<std::pair<std::string, size_t>> ids;
  std::map<std::string, int> used;
  for (size_t r : roots) {
    std::string id = Slug(groups[r].name);
    int& n = used[id];
    if (n++) id += "-" + std::to_string(n);
    ids.emplace_back(id, r);
  }
  std::sort(ids.begin(), ids.end());
  ActorTable t;
  std::vector<uint32_t> actor_of(groups.size());
  for (const auto& [id, r] : ids) {
    Group& g = groups[r];
    Actor a;
    a.id = id;
    a.name = g.name;
    a.kind = g.kind;
    a.mentions = g.mentions;
    a.country = g.country;
    for (const auto& f : g.forms)
      if (f != g.name) a.aliases.push_back(f);
    actor_of[r] = uint32_t(t.actors.size());
    t.actors.push_back(std::move(a));
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<uint32_t> m;
    for (size_t gi : ent_group[d]) m.push_back(actor_of[Find(parent, gi)]);
    t.entity_to_actor.push_back(std::move(m));
  }
  return t;
}

}  // namespace eg
