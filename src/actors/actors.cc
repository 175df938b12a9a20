#include "actors/actors.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
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
  // An actor: false only for the group of firms that took part in no
  // interaction (State::unlisted).
  bool listed = false;
};

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

struct ActorMerger::State {
  const Gazetteer& gaz;
  std::vector<Group> groups;
  std::map<std::string, size_t> by_key;
  RaggedIndex ent_group;  // per document: group per entity
  // (gazetteer id, name) -> its group and the name's word count: the same
  // entities come back document after document, and splitting and folding
  // a name is most of the cost of adding one.
  struct Seen {
    uint32_t group;
    uint32_t words;
  };
  std::unordered_map<std::string, Seen> seen;
  // The same for entities that name their gazetteer entry (gaz_entry), by
  // entry index: no key string, no hashing. group kNoGroup: not seen yet.
  static constexpr uint32_t kNoGroup = UINT32_MAX;
  std::vector<Seen> seen_entry;
  // Each group's forms, for the check that a form is new, once the group
  // has more than kFormsScanned (empty until then: Group::forms is scanned).
  static constexpr size_t kFormsScanned = 8;
  std::vector<std::unordered_set<std::string>> form_sets;
  // The one group of the firms that took part in no interaction of their
  // document (DocEntity::party_only, not party): no event names them, so
  // they are not told apart, nor their names read. kNoGroup until needed.
  uint32_t unlisted = kNoGroup;
};

ActorMerger::ActorMerger(const Gazetteer& gaz) : s_(new State{gaz, {}, {}, {}, {}, {}, {}, {}}) {}
ActorMerger::~ActorMerger() = default;

ActorTable MergeActors(const std::vector<DocActors>& docs, const Gazetteer& gaz) {
  ActorMerger m(gaz);
  for (const auto& d : docs) m.Add(d);
  return m.Finish();
}

// Gazetteer entities join by id; discovered persons by folded name, then
// across documents when one name is a variant of another (same surname,
// compatible given names; a bare surname joins the only full name that
// carries it).
void ActorMerger::Add(const DocActors& doc) {
  const Gazetteer& gaz = s_->gaz;
  std::vector<Group>& groups = s_->groups;
  RaggedIndex& ent = s_->ent_group;
  ent.NewRow();
  std::string seen_key;
  if (s_->seen_entry.size() != gaz.entries().size())
    s_->seen_entry.assign(gaz.entries().size(), State::Seen{State::kNoGroup, 0});
  for (const DocEntity& e : doc.entities) {
    if (e.party_only && !e.party) {
      if (s_->unlisted == State::kNoGroup) {
        s_->unlisted = uint32_t(groups.size());
        groups.emplace_back();  // listed stays false
        groups.back().kind = ActorKind::kOrganization;
        s_->form_sets.emplace_back();
      }
      ent.Push(s_->unlisted);
      continue;
    }
    State::Seen* si;
    bool fresh_name;
    // An entity that says which entry it is, with the entry's own id and
    // name (as FindActors makes them): by entry index.
    if (e.gaz_entry >= 0 && size_t(e.gaz_entry) < s_->seen_entry.size() &&
        (e.names_of_entry == e.gaz_entry || (e.gazetteer_id == gaz.entry(uint32_t(e.gaz_entry)).id &&
                           e.name == gaz.entry(uint32_t(e.gaz_entry)).name))) {
      si = &s_->seen_entry[size_t(e.gaz_entry)];
      fresh_name = si->group == State::kNoGroup;
    } else {
      seen_key.assign(e.gazetteer_id);
      seen_key += e.party_only ? '\x1e' : '\x1f';  // a firm is no person of that name
      seen_key += e.name;
      auto [it, fresh] = s_->seen.try_emplace(seen_key, State::Seen{0, 0});
      si = &it->second;
      fresh_name = fresh;
    }
    if (fresh_name) {
      NameParts parts = SplitName(e.name);
      std::string key = !e.gazetteer_id.empty() ? "#" + e.gazetteer_id
                        : e.party_only          ? "%" + parts.Joined(" ")
                                                : parts.Joined(" ");
      auto it = s_->by_key.find(key);
      if (it == s_->by_key.end()) {
        it = s_->by_key.emplace(key, groups.size()).first;
        Group g;
        g.key = key;
        g.kind = e.kind;
        g.from_gazetteer = !e.gazetteer_id.empty();
        if (g.from_gazetteer) {
          int gi = gaz.Find(e.gazetteer_id);
          if (gi >= 0) g.country = gaz.entry(gi).country;
        }
        groups.push_back(std::move(g));
        s_->form_sets.emplace_back();
      }
      *si = {uint32_t(it->second), uint32_t(parts.words.size())};
    }
    const size_t gi = si->group;
    const size_t words = si->words;
    Group& g = groups[gi];
    if (g.name.empty() || (!g.from_gazetteer && (words > g.name_words ||
                                                 (words == g.name_words && e.mentions > g.name_mentions)))) {
      g.name = e.name;
      g.name_words = words;
      g.name_mentions = e.mentions;
    }
    g.mentions += e.mentions;
    g.listed = true;
    // Most groups have a few forms: those are compared in place, and a
    // group gets a hash set of its forms only when it has more.
    std::unordered_set<std::string>& set = s_->form_sets[gi];
    for (const auto& f : e.surface_forms) {
      if (!set.empty()) {
        if (set.insert(f).second) g.forms.push_back(f);
        continue;
      }
      if (std::find(g.forms.begin(), g.forms.end(), f) != g.forms.end()) continue;
      g.forms.push_back(f);
      if (g.forms.size() > State::kFormsScanned) set.insert(g.forms.begin(), g.forms.end());
    }
    ent.Push(uint32_t(gi));
  }
}

Status ActorMerger::Spill(const std::string& dir) { return s_->ent_group.Spill(dir); }

ActorTable ActorMerger::Finish() {
  std::vector<Group>& groups = s_->groups;
  // Discovered persons: variants across documents.
  std::vector<size_t> parent(groups.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<size_t> disc;
  for (size_t i = 0; i < groups.size(); ++i)
    if (!groups[i].from_gazetteer && groups[i].kind == ActorKind::kPerson) disc.push_back(i);
  // Full names join when surname and first given name agree (exactly, or
  // as initial/prefix/close spelling: Alex ~ Alexander); a bare surname
  // joins the only full name that carries it. Buckets keep this linear in
  // the corpus: by surname, then by the given name's first letter.
  auto words_of = [&](size_t i) {
    std::vector<std::string> w;
    const std::string& k = groups[i].key;
    size_t b0 = 0;
    while (b0 <= k.size()) {
      size_t sp = k.find(' ', b0);
      if (sp == std::string::npos) sp = k.size();
      if (sp > b0) w.push_back(k.substr(b0, sp - b0));
      b0 = sp + 1;
    }
    return w;
  };
  std::map<std::string, std::vector<size_t>> by_given;  // "surname|g" -> groups
  std::map<std::string, std::vector<size_t>> singles;   // surname -> bare-surname groups
  for (size_t a : disc) {
    auto w = words_of(a);
    if (w.empty()) continue;
    if (w.size() == 1) singles[w[0]].push_back(a);
    else by_given[w.back() + "|" + w[0].substr(0, 1)].push_back(a);
  }
  std::map<std::string, std::vector<size_t>> full_by_surname;
  for (auto& [key, members] : by_given) {
    // Exact first given names first, then compatible distinct ones.
    std::map<std::string, size_t> first_of;
    for (size_t m : members) {
      auto w = words_of(m);
      auto [it, fresh] = first_of.emplace(w[0], m);
      if (!fresh) parent[Find(parent, m)] = Find(parent, it->second);
    }
    std::vector<std::pair<std::string, size_t>> distinct(first_of.begin(), first_of.end());
    for (size_t x = 0; x < distinct.size() && distinct.size() <= 64; ++x)
      for (size_t y = x + 1; y < distinct.size(); ++y)
        if (GivenCompatible(distinct[x].first, distinct[y].first))
          parent[Find(parent, distinct[y].second)] = Find(parent, distinct[x].second);
    std::string sur = key.substr(0, key.find('|'));
    for (size_t m : members) full_by_surname[sur].push_back(m);
  }
  for (auto& [sur, members] : singles) {
    auto it = full_by_surname.find(sur);
    if (it == full_by_surname.end()) continue;
    size_t root = Find(parent, it->second[0]);
    bool one = true;
    for (size_t m : it->second) one &= Find(parent, m) == root;
    if (one)
      for (size_t m : members) parent[Find(parent, m)] = root;
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    size_t r = Find(parent, i);
    if (r == i) continue;
    Group& to = groups[r];
    Group& from = groups[i];
    // The fullest name, and among equally full ones the most mentioned.
    if (from.name_words > to.name_words ||
        (from.name_words == to.name_words && from.name_mentions > to.name_mentions)) {
      to.name = from.name;
      to.name_words = from.name_words;
      to.name_mentions = from.name_mentions;
    }
    to.mentions += from.mentions;
    for (const auto& f : from.forms)
      if (std::find(to.forms.begin(), to.forms.end(), f) == to.forms.end()) to.forms.push_back(f);
  }
  // Actors, sorted by id.
  std::vector<size_t> roots;
  // Firms that took part in no interaction are no actors: no event names
  // them, so their entities' rows may read any value.
  for (size_t i = 0; i < groups.size(); ++i)
    if (Find(parent, i) == i && groups[i].listed) roots.push_back(i);
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
  std::vector<uint32_t> actor_of(groups.size(), 0);
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
  // Same shape: each entity's group becomes its actor in place.
  // (the rows, perhaps on disk, are not rewritten: they read through the map).
  t.entity_to_actor = std::move(s_->ent_group);
  std::vector<uint32_t> actor_of_group(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) actor_of_group[g] = actor_of[Find(parent, g)];
  t.entity_to_actor.Remap(std::move(actor_of_group));
  s_.reset();  // the groups live on in `t` only
  return t;
}

}  // namespace eg
