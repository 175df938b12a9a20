// The resolution after the scan: an ambiguous alias by its title and the
// date (ResolveAmbiguous, ByDate, TitleFits, HolderNamed), the names that are
// organisations' (OrgName), and the earliest date a titled name allows when
// the document has no date (OfficeFloor).
#include <algorithm>
#include <deque>

#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

bool Finder::OrgName(const std::string& key) {
  if (org_spans_.empty()) return false;
  // The spans' keys (SplitName(...).Joined(" ")), in the thread's index.
  struct OrgScratch {
    FlatIndex names;
    std::vector<std::string_view> words;
    std::deque<std::string> folded;
    std::string key;
  };
  thread_local OrgScratch os;
  if (!org_names_made_) {
    os.names.Clear();
    for (const auto& [b, e] : org_spans_) {
      os.words.clear();
      os.folded.clear();
      os.key.clear();
      if (b < e) SplitNameWords(t_, b, e, &os.words, &os.folded);
      for (size_t w = 0; w < os.words.size(); ++w) {
        if (w) os.key.push_back(' ');
        os.key.append(os.words[w]);
      }
      os.names.Insert(os.key, 0);
    }
    org_names_made_ = true;
  }
  return os.names.Find(key) != nullptr;
}

// Whether every word of tokens [b, e) is a word of the person's canonical
// name (folded, compared without allocating).
bool Finder::HolderNamed(uint32_t person, uint32_t b, uint32_t e) const {
  const GazEntry& ge = g_.entry(person);
  bool any = false;
  for (uint32_t k = b; k < e; ++k) {
    if (!IsWord(k)) continue;
    bool found = FoldedHash(ge.surname) == h_[k];
    for (const auto& gn : ge.given) found |= FoldedHash(gn) == h_[k];
    if (!found) return false;
    any = true;
  }
  return any;
}

// Whether a person may bear the title of role key `role`: any title fits a
// person without dated offices; otherwise one of his offices must be it.
bool Finder::TitleFits(uint32_t person, int role) const {
  const std::string& key = g_.role_key(uint32_t(role));
  if (key == "leader" || key == "counterpart" || g_.SpellsOf(person).empty()) return true;
  for (uint32_t si : g_.SpellsOf(person))
    if (g_.spell(si).role == key) return true;
  return false;
}

// Among persons sharing a name ("Bush"), the one the publication date
// points to: one holding the title's office on that day ("President Bush" in
// 1990), else one holding any office then, else the one whose time in office
// lies nearest to the date (a 1995 "Bush" is the father). -1 when no
// candidate has dated roles or two are equally near.
int Finder::ByDate(PhraseTable::Values cands, int title_role) const {
  int best = -1;
  int64_t best_d = INT64_MAX;
  bool tie = false;
  // Out of office, a name shared by a leader and another office holder is
  // the leader's ("the Clinton administration" in 2015 is Bill's).
  bool leaders = false;
  for (uint32_t c0 : cands) leaders |= g_.EverLeader(c0 & ~kMetonymFlag);
  for (uint32_t c0 : cands) {
    uint32_t c = c0 & ~kMetonymFlag;
    if (g_.KindOf(c) != GazKind::kPerson) continue;
    int64_t d = INT64_MAX;
    for (uint32_t si : g_.SpellsOf(c)) {
      const RoleSpell* sp = &g_.spell(si);
      int64_t x = 0;
      // An office still to come says nothing of whom a story means: any
      // office held before counts first ("George Bush" in 1998 is the
      // former president, not the future one).
      constexpr int64_t kNotYet = int64_t(1) << 40;
      if (dct_ < sp->start) x = kNotYet + (sp->start - dct_).count();
      else if (!sp->open && dct_ >= sp->end) x = (dct_ - sp->end).count() + 1;
      // Holding the office the title names beats holding another one.
      if (x == 0 && title_role >= 0 && sp->role != g_.role_key(uint32_t(title_role))) x = 1;
      d = std::min(d, x);
    }
    if (d == INT64_MAX) continue;
    if (d > 1 && leaders && !g_.EverLeader(c)) continue;
    if (d < best_d) {
      best_d = d;
      best = int(c);
      tie = false;
    } else if (d == best_d) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

// An ambiguous alias ("Clinton") resolves to the candidate named without
// ambiguity elsewhere in the document, else to one who led a polity, else to
// the first listed.
void Finder::ResolveAmbiguous() {
  // Unambiguous mentions, sorted by entry: equal_range counts an entry's.
  // Made only for a document with an ambiguous alias (few have one).
  std::vector<int> named;
  bool counted = false;
  for (Raw& r : raws_) {
    if (!r.cands || r.gaz >= 0 || r.gaz == -2) continue;
    if (!counted) {
      for (const Raw& o : raws_)
        if (o.gaz >= 0) named.push_back(o.gaz);
      std::sort(named.begin(), named.end());
      counted = true;
    }
    int best = -1;
    size_t best_n = 0;
    for (uint32_t c0 : r.cands) {
      int c = int(c0 & ~kMetonymFlag);
      auto range = std::equal_range(named.begin(), named.end(), c);
      const size_t n = size_t(range.second - range.first);
      if (n > best_n) {
        best_n = n;
        best = c;
      }
    }
    // The title's own evidence: the one holding that office then.
    if (best < 0 && r.role_holder >= 0)
      for (uint32_t c0 : r.cands)
        if (int(c0 & ~kMetonymFlag) == r.role_holder) best = r.role_holder;
    if (best < 0 && has_dct_) best = ByDate(r.cands, r.title_role);
    if (best < 0)
      for (uint32_t c0 : r.cands)
        if (g_.KindOf(c0 & ~kMetonymFlag) == GazKind::kPerson && g_.EverLeader(c0 & ~kMetonymFlag)) {
          best = int(c0 & ~kMetonymFlag);
          break;
        }
    if (best < 0) best = int(r.cands[0] & ~kMetonymFlag);
    r.gaz = best;
  }
}

// A known person named with the title of an office he still holds, as the
// gazetteer has it ("Chancellor Friedrich Merz"), dates the text to the
// present era: on or after the first day he held that office. The latest
// such day over the document. Offices held only in the past say too little
// of when a story was written (a 1998 story and a 2024 one both speak of
// "President Bill Clinton"); "former" titles say nothing (title_role is -1).
std::optional<date::sys_days> Finder::OfficeFloor() const {
  std::optional<date::sys_days> floor;
  for (const Raw& r : raws_) {
    if (r.title_role < 0 || r.gaz < 0) continue;
    const std::string& key = g_.role_key(uint32_t(r.title_role));
    // A name shared by several persons ("President Trump") counts when the
    // title fits only one of them; "President Bush" fits two, and was
    // resolved by a guess: no evidence.
    int person = r.cands ? -1 : r.gaz;
    for (uint32_t c0 : r.cands) {
      const uint32_t c = c0 & ~kMetonymFlag;
      if (g_.KindOf(c) != GazKind::kPerson) continue;
      bool fits = false;
      for (uint32_t si : g_.SpellsOf(c)) fits |= g_.spell(si).role == key;
      if (!fits) continue;
      if (person >= 0 && person != int(c)) {
        person = -1;
        break;
      }
      person = int(c);
    }
    if (person < 0 || g_.KindOf(uint32_t(person)) != GazKind::kPerson) continue;
    // The start of the spell still running: a holder back for a second term
    // ("President Trump", 2017-2021 and from 2025) is named in a story of
    // the present term far more often than in an old one, which a dated
    // text would tell apart anyway.
    std::optional<date::sys_days> current;
    for (uint32_t si : g_.SpellsOf(uint32_t(person))) {
      const RoleSpell& sp = g_.spell(si);
      if (sp.role == key && sp.open && (!current || sp.start > *current)) current = sp.start;
    }
    if (current && (!floor || *current > *floor)) floor = current;
  }
  return floor;
}

}  // namespace actors_detail
}  // namespace eg
