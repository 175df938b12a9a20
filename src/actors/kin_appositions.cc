#include "actors/kin_appositions.h"

#include <cstdint>
#include <vector>

namespace eg {

namespace {

// "Elian's father" tied to a person: the possessor's word and the kin
// noun, by token hash (the possessor is a word, not an entity: the scan
// may have taken "Elian's father, Juan Miguel Gonzalez" whole, with no
// mention of Elian).
struct Tie {
  uint64_t owner, noun;
  uint32_t entity;
  bool ambiguous;
};

class KinResolver {
 public:
  KinResolver(const TextAnalysis& t, const Gazetteer& g, DocActors* d)
      : t_(t), kin_(g.kin_nouns()), d_(*d), n_(uint32_t(t.tokens.size())) {}

  void Run();

 private:
  bool Word(uint32_t k) const { return k < n_ && t_.tokens[k].kind == TokenKind::kWord; }
  bool Possessive(uint32_t k) const { return k < n_ && t_.tokens[k].kind == TokenKind::kPossessive; }
  bool Comma(uint32_t k) const {
    return k < n_ && t_.tokens[k].kind == TokenKind::kPunct && t_.Lower(t_.tokens[k]) == ",";
  }
  // A kin noun of one word, in lower case, at k.
  bool Kin(uint32_t k) const {
    return Word(k) && !t_.tokens[k].Has(kCapitalized) && kin_.ContainsHash(t_.hashes[k]);
  }
  // "W 's KIN" with the kin noun at k: the owner word W is capitalised.
  // The possessive first: it rules out nearly every token without a probe
  // of the kin table.
  bool OwnedKin(uint32_t k) const {
    return k >= 2 && Possessive(k - 1) && Word(k - 2) && t_.tokens[k - 2].Has(kCapitalized) &&
           Kin(k);
  }
  bool Person(const ActorMention& m) const {
    return d_.entities[m.entity].kind == ActorKind::kPerson;
  }
  void AddTie(uint32_t kin_at, uint32_t entity);
  const Tie* Find(uint64_t owner, uint64_t noun) const;

  const TextAnalysis& t_;
  const PhraseTable& kin_;
  DocActors& d_;
  const uint32_t n_;
  std::vector<Tie> ties_;
};

void KinResolver::AddTie(uint32_t kin_at, uint32_t entity) {
  const uint64_t owner = t_.hashes[kin_at - 2], noun = t_.hashes[kin_at];
  for (Tie& tie : ties_)
    if (tie.owner == owner && tie.noun == noun) {
      if (tie.entity != entity) tie.ambiguous = true;
      return;
    }
  ties_.push_back({owner, noun, entity, false});
}

const Tie* KinResolver::Find(uint64_t owner, uint64_t noun) const {
  for (const Tie& tie : ties_)
    if (tie.owner == owner && tie.noun == noun) return tie.ambiguous ? nullptr : &tie;
  return nullptr;
}

void KinResolver::Run() {
  std::vector<ActorMention>& ms = d_.mentions;
  // The appositions: a person's mention right after "W's KIN" (with or
  // without a comma, or taking the kin noun as its title), or before
  // ", W's KIN".
  for (const ActorMention& m : ms) {
    if (!Person(m) || m.possessive) continue;
    const uint32_t f = m.first_token;
    if (OwnedKin(f)) AddTie(f, m.entity);  // "Elian's [father, Juan Gonzalez]"
    else if (f >= 1 && OwnedKin(f - 1)) AddTie(f - 1, m.entity);
    else if (f >= 2 && Comma(f - 1) && OwnedKin(f - 2)) AddTie(f - 2, m.entity);
    else if (f >= 5 && Comma(f - 1)) {
      // "Elian's father in Cuba, Juan Miguel Gonzalez": a place after
      // "in" or "from", of one or two capitalised words.
      for (uint32_t j = f - 4; j + 5 >= f && j >= 2; --j) {
        if (!OwnedKin(j)) continue;
        const std::string_view prep = t_.Lower(t_.tokens[j + 1]);
        bool place = prep == "in" || prep == "from";
        for (uint32_t q = j + 2; q + 1 < f && place; ++q)
          place = Word(q) && t_.tokens[q].Has(kCapitalized);
        if (place) AddTie(j, m.entity);
        break;
      }
    }
    const uint32_t e = m.end_token;
    if (Comma(e) && OwnedKin(e + 3)) AddTie(e + 3, m.entity);  // "Juan Gonzalez, Elian's father"
  }
  if (ties_.empty()) return;
  // The bare phrases, found only in the few documents with a tie: "W's
  // KIN" that no mention takes and that no name follows. W need not be a
  // mention of its own ("Elian's father" where Elian is never named in
  // full).
  thread_local std::vector<ActorMention> added;
  added.clear();
  size_t next = 0;  // first mention starting after the token looked at
  for (uint32_t k = 2; k < n_; ++k) {
    if (!OwnedKin(k)) continue;
    while (next < ms.size() && ms[next].first_token <= k) ++next;
    const Tie* tie = Find(t_.hashes[k - 2], t_.hashes[k]);
    if (!tie) continue;
    // The apposition itself: a name right after the kin noun, or the tied
    // person's name a few words on ("Elian's father in Cuba, Juan ...").
    // Another actor two words on is the phrase's verb's object ("Elian's
    // father met Castro"), no apposition.
    bool apposition = next < ms.size() && ms[next].first_token == k + 1;
    for (size_t j = next; j < ms.size() && ms[j].first_token <= k + 5 && !apposition; ++j)
      apposition = ms[j].entity == tie->entity;
    if (apposition) continue;
    bool taken = false;  // a mention (other than W's) covers the kin noun
    for (size_t j = next; j-- > 0 && !taken;) {
      if (ms[j].end_token > k) taken = true;
      if (ms[j].first_token + 8 < k) break;
    }
    if (taken) continue;
    ActorMention m;
    m.first_token = k - 2;
    m.end_token = k + 1;
    m.start = t_.tokens[k - 2].start;
    m.end = t_.tokens[k].end;
    m.entity = tie->entity;
    m.via_role = true;
    m.possessive = Possessive(k + 1);
    added.push_back(m);
    ++d_.entities[tie->entity].mentions;
  }
  if (added.empty()) return;
  // Into document order, after the mention of W if any ("Putin's
  // spokesman": Putin, then Peskov).
  std::vector<ActorMention> out;
  out.reserve(ms.size() + added.size());
  size_t a = 0;
  for (const ActorMention& m : ms) {
    while (a < added.size() && added[a].first_token < m.first_token) out.push_back(added[a++]);
    out.push_back(m);
  }
  while (a < added.size()) out.push_back(added[a++]);
  ms.swap(out);
}

}  // namespace

void ResolveKinAppositions(const TextAnalysis& t, const Gazetteer& gaz, DocActors* doc) {
  KinResolver(t, gaz, doc).Run();
}

}  // namespace eg
