// Finder::Build: the document's mentions and entities out of the raws:
// discovered names linked to gazetteer persons when a close variant (fuzzy
// matching), single words to the surname of a name of the document, firms
// and places to entities.
#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

DocActors Finder::Build() {
  DocActors out;
  // The raws as a plain array: raws_ is a reference member, whose data and
  // size the compiler loads again after every call it cannot see into (the
  // loops below call into the indexes); Build() adds no raw.
  struct RawArray {
    Raw* p;
    size_t n;
    size_t size() const { return n; }
    Raw& operator[](size_t i) const { return p[i]; }
    Raw* begin() const { return p; }
    Raw* end() const { return p + n; }
  };
  const RawArray raws{raws_.data(), raws_.size()};
  // Names of discovered persons, folded, for linking surnames and variants:
  // words are views of the text stage's lower-case copy (or of folded
  // copies of non-ASCII words) in one pool per thread, cleared per document.
  struct Words {
    uint32_t off = 0, n = 0;
    uint32_t df = 0, de = 0;
  };
  // Per thread, cleared for each document: allocation happens only when a
  // document needs more than any before it on this thread.
  struct Scratch {
    std::vector<std::string_view> pool;
    std::deque<std::string> folded;
    std::string key;
    std::vector<Words> parts;
    std::vector<uint32_t> present;
    std::vector<int> named_in_full;
    std::vector<uint32_t> gaz_set;
    std::vector<uint32_t> near;
    std::vector<GivenName> by_given;
    std::vector<uint32_t> given_only;  // discovered names of given names only
    std::vector<std::pair<uint64_t, uint64_t>> surnames;
    // Entity keys (folded full name, discovered persons only): the first
    // n_keys strings are this document's.
    std::vector<std::string> keys;
    size_t n_keys = 0;
    FlatIndex memo, by_surname, given_memo, key_index, disc_by_surname;
    FlatIndex across;  // memo entries that hold in every document (not cleared)
    // Step 2's misspelt long surname: the one person it is a variant of, or
    // -1, by word (not cleared either).
    FlatIndex long_surname_across;
    std::vector<std::vector<int>> same_surname;  // lists of disc_by_surname
    size_t n_same = 0;
    // Firms named with their legal form (Raw::firm): raw index, entity (-1
    // until made), hash of the name's first token (most raws are no firm's:
    // one comparison tells).
    struct FirmRaw {
      uint32_t raw;
      int entity;
      uint64_t first;
    };
    std::vector<FirmRaw> firms;
    std::vector<uint32_t> hyphenated;  // raws whose name's second token is glued
  };
  constexpr size_t kAcrossMax = 8192;
  constexpr size_t kLongSurnameMax = 1024;  // 64 KB of slots at most
  thread_local Scratch sc;
  sc.pool.clear();
  sc.folded.clear();
  sc.memo.Clear();
  sc.by_surname.Clear();
  sc.given_memo.Clear();
  sc.key_index.Clear();
  sc.disc_by_surname.Clear();
  sc.n_keys = 0;
  sc.n_same = 0;
  auto& pool = sc.pool;
  // Words: a name's words pool[off, off + n), and the tokens its display
  // is from.
  auto split = [&](uint32_t first, uint32_t end) {
    Words w;
    if (first >= end) return w;
    w.off = uint32_t(pool.size());
    w.n = uint32_t(SplitNameWords(t_, first, end, &pool, &sc.folded));
    w.df = first;
    w.de = end;
    return w;
  };
  auto back = [&](const Words& w) { return pool[w.off + w.n - 1]; };
  // Words joined by spaces (NameParts::Joined(" ")) into *out.
  auto joined = [&](const Words& w, std::string* out) {
    out->clear();
    for (uint32_t i = 0; i < w.n; ++i) {
      if (i) out->push_back(' ');
      out->append(pool[w.off + i]);
    }
  };
  std::vector<Words>& parts = sc.parts;
  parts.assign(raws.size(), Words());
  // On the way, the raws two later passes look at: firms (entities) and
  // discovered names glued by a hyphen ("Panet-Raymond"), few or none in
  // most documents.
  sc.firms.clear();
  sc.hyphenated.clear();
  for (size_t k = 0; k < raws.size(); ++k) {
    const Raw& r = raws[k];
    if (r.gaz >= 0 && r.name_end == r.name_first) continue;
    parts[k] = split(r.name_first, r.name_end);
    if (r.gaz >= 0) continue;
    if (r.firm) {
      if (parts[k].n) sc.firms.push_back({uint32_t(k), -1, h_[r.name_first]});
    } else if (r.name_end >= r.name_first + 3 && Tok(r.name_first + 1).Has(kGlued)) {
      sc.hyphenated.push_back(uint32_t(k));
    }
  }
  // Gazetteer persons present in the document (context for variants), in
  // the order first named; whether one is there already is a byte per
  // gazetteer entry (the thread's, reset before returning), not a search
  // of the list for each of the document's many mentions of persons.
  std::vector<uint32_t>& present = sc.present;
  present.clear();
  thread_local std::vector<uint8_t> in_present;
  in_present.resize(g_.entries().size(), 0);
  auto add_present = [&](uint32_t x) {
    if (in_present[x]) return;
    in_present[x] = 1;
    present.push_back(x);
  };
  for (const Raw& r : raws)
    if (r.gaz >= 0 && g_.KindOf(r.gaz) == GazKind::kPerson) add_present(uint32_t(r.gaz));

  std::string& key = sc.key;
  // Another name of two words or more that ends with the surname token of
  // raw k and starts otherwise ("Juan Miguel Gonzalez" for "Elian
  // Gonzalez"): a family, not a company named twice ("Miller Brewing").
  // By token hashes (surname, first word), sorted on first use; asked only
  // for the few weak two-word names.
  std::vector<std::pair<uint64_t, uint64_t>>& surnames = sc.surnames;
  surnames.clear();
  auto shares_surname = [&](size_t k) {
    if (surnames.empty()) {
      for (const Raw& ro : raws)
        if (ro.name_end >= ro.name_first + 2 && !ro.firm)  // "Delco Electronics Corp." is no family
          surnames.emplace_back(h_[ro.name_end - 1], h_[ro.name_first]);
      std::sort(surnames.begin(), surnames.end());
    }
    const uint64_t sur = h_[raws[k].name_end - 1], first = h_[raws[k].name_first];
    for (auto it = std::lower_bound(surnames.begin(), surnames.end(), std::make_pair(sur, uint64_t(0)));
         it != surnames.end() && it->first == sur; ++it)
      if (it->second != first) return true;
    return false;
  };
  // GivenNameWrittenAlone by given name, asked once per document.
  FlatIndex& given_memo = sc.given_memo;
  auto written_alone = [&](uint32_t o) {
    auto [v, fresh] = given_memo.Insert(pool[parts[o].off], 0);
    if (fresh) *v = GivenNameWrittenAlone(raws[o].name_first);
    return *v != 0;
  };
  // The names step 1 keeps as a family's by their given name's token hash:
  // "Elian" alone may be the Elian Gonzalez of the document (step 2 sorts
  // it on first use; the first name of a given name wins).
  std::vector<GivenName>& by_given = sc.by_given;
  by_given.clear();
  bool by_given_made = false;
  // "Mohammed Odeh, also known as Mohammad Howaida": a discovered name after
  // "known as" or "alias" is another name of the person just named (the
  // raw before it, final when step 1 reaches raw k).
  auto known_as = [&](size_t k) {
    Raw& r = raws[k];
    if (k == 0 || r.first < 3) return false;
    uint32_t t = r.first;
    if (L(t - 1) == "as" && L(t - 2) == "known") t -= 2;
    else if (L(t - 1) == "alias" || L(t - 1) == "aka") t -= 1;
    else return false;
    if (t > 0 && L(t - 1) == "also") --t;
    if (t == 0 || !IsPunct(t - 1, ",")) return false;
    const Raw& ro = raws[k - 1];
    if (ro.end != t - 1 || !(ro.gaz >= 0 ? g_.KindOf(ro.gaz) == GazKind::kPerson : ro.strong))
      return false;
    if (ro.gaz >= 0) {
      r.gaz = ro.gaz;
      r.strong = r.weak = false;
    } else {
      parts[k] = parts[k - 1];
      r.strong = true;
      r.weak = false;
    }
    return true;
  };
  // 1. Discovered multi-word names: a gazetteer person when a close variant.
  sc.given_only.clear();
  for (size_t k = 0; k < raws.size(); ++k) {
    Raw& r = raws[k];
    if (r.gaz >= 0 || parts[k].n < 2 || r.firm) continue;
    if (known_as(k)) continue;
    if (BroadcastSignOff(r.end)) {
      // "Jim Laurie, ABC News, Hong Kong.": the correspondent's spoken
      // byline; "Here's ABC's Jim Laurie" before it is the byline too.
      org_spans_.emplace_back(r.name_first, r.name_end);
      r.strong = false;
      r.weak = true;
      continue;
    }
    // Memoised by name and title evidence: a long document repeats names.
    joined(parts[k], &key);
    key += '#';  // then the holder's four bytes: no other key ends the same
    key.append(reinterpret_cast<const char*>(&r.role_holder), sizeof r.role_holder);
    // Across documents too, when the answer did not depend on the persons
    // present: news repeats the names the gazetteer lacks.
    int m;
    if (const int32_t* memo = sc.memo.Find(key)) {
      m = *memo;
    } else if (const int32_t* known = sc.across.Find(key)) {
      m = *known;
      sc.memo.Insert(key, m);
    } else {
      bool used_present = false;
      m = MatchGazetteerPerson(g_, pool.data() + parts[k].off, parts[k].n, r.role_holder, present,
                               &used_present);
      sc.memo.Insert(key, m);
      if (!used_present) {
        if (sc.across.size() >= kAcrossMax) sc.across.Clear();  // bounded memory
        sc.across.Insert(key, m);
      }
    }
    if (m >= 0) {
      r.gaz = m;
      r.strong = r.weak = false;
      add_present(uint32_t(m));
    } else if (r.weak && r.gaz != -2 && parts[k].n == 2 && r.name_end == r.name_first + 2 &&
               GivenNameShape(r.name_first, true) && shares_surname(k) && written_alone(uint32_t(k))) {
      // "Elian Gonzalez" beside "Juan Miguel Gonzalez" (or named twice):
      // a person of the family, and "Elian" alone names him later on.
      r.weak = false;
      r.strong = true;
      by_given.push_back({h_[r.name_first], uint32_t(k)});
    } else if (r.weak && r.gaz != -2) {
      // "Later Zelinskyy": a capitalised word before a surname; keep the
      // last word as a bare surname candidate.
      r.first = r.name_first = r.name_end - 1;
      parts[k] = split(r.name_first, r.name_end);
    } else if (r.gaz == -2) {
      // "Xi Jin Peng" that is no variant: keep the gazetteer surname alone.
      r.name_end = r.end = r.name_first + 1;
      r.gaz = int(r.cands[0] & ~kMetonymFlag);
      r.weak = false;
      parts[k] = Words();
    }
    if (r.gaz < 0 && r.strong && r.name_end - r.name_first == parts[k].n) {
      bool given_only = true;
      for (uint32_t i = r.name_first; i < r.name_end && given_only; ++i)
        given_only = In(i, WordTable::kGivenNames);
      if (given_only) sc.given_only.push_back(uint32_t(k));
    }
  }
  // "Juan Miguel" beside "Juan Miguel Gonzalez": a discovered name of given
  // names only that opens a longer person name of the document is that
  // person, when only one such name (spelt one way) does. The candidates
  // were collected by step 1.
  for (uint32_t k : sc.given_only) {
    const Raw& r = raws[k];
    const Words& w = parts[k];
    int found = -1;
    bool ambiguous = false;
    for (size_t o = 0; o < raws.size() && !ambiguous; ++o) {
      const Raw& ro = raws[o];
      if (parts[o].n <= w.n || h_[ro.name_first] != h_[r.name_first]) continue;
      if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
      bool opens = true;
      for (uint32_t i = 0; i < w.n && opens; ++i) opens = pool[w.off + i] == pool[parts[o].off + i];
      if (!opens) continue;
      if (found >= 0 && (raws[found].gaz != ro.gaz || back(parts[found]) != back(parts[o]) ||
                         parts[found].n != parts[o].n))
        ambiguous = true;
      found = int(o);
    }
    if (found < 0 || ambiguous) continue;
    if (raws[found].gaz >= 0) {
      raws[k].gaz = raws[found].gaz;
      raws[k].strong = raws[k].weak = false;
    } else {
      parts[k] = parts[found];
    }
  }
  // Full names of the document by surname (the first one wins).
  FlatIndex& by_surname = sc.by_surname;
  for (size_t o = 0; o < raws.size(); ++o)
    if (parts[o].n >= 2 && (raws[o].strong || raws[o].gaz >= 0))
      by_surname.Insert(back(parts[o]), int32_t(o));
  // Chinese and Korean names put the family name first: "Moon Jae-in" is
  // "Moon" later on; Ethiopian and Eritrean names are a given name and a
  // father's, the person named by the first: "Abiy Ahmed" is "Abiy".
  for (size_t o = 0; o < raws.size(); ++o) {
    if (parts[o].n < 2) continue;
    if (raws[o].gaz >= 0) {
      if (g_.EntryNamedByFirstWord(uint32_t(raws[o].gaz)))
        by_surname.Insert(pool[parts[o].off], int32_t(o));
      continue;
    }
    // A discovered name of two words (the given name may be hyphened:
    // "Moon Jae-in") of such a polity's title, or opening with one of their
    // family names ("Liu Jianchao, head of the party's International
    // Department"), not a given name of the tables after it ("Lee Smith").
    const Words& w = parts[o];
    if (!raws[o].strong || raws[o].firm || w.n != 2 || In(w.df + 1, WordTable::kGivenNames))
      continue;
    if (g_.NamedByFirstWord(raws[o].title_polity) ||
        g_.family_first_surnames().ContainsHash(h_[w.df]))
      by_surname.Insert(pool[w.off], int32_t(o));
  }
  // "Moussa Faki Mahamat ... Faki", "Pedro Sanchez Perez ... Sanchez": the
  // middle word of a discovered three-word name goes alone for the person
  // too (a first family name, or a name the news uses as one). Not over a
  // surname of the document (inserted above), not a given name ("Mary Ann
  // Smith" is not "Ann"), not an initial.
  for (size_t o = 0; o < raws.size(); ++o) {
    const Words& w = parts[o];
    if (w.n != 3 || raws[o].gaz >= 0 || !raws[o].strong || raws[o].firm || w.de != w.df + 3)
      continue;
    const uint32_t mid = w.df + 1;
    if (pool[w.off + 1].size() < 3 || !IsCap(mid) || In(mid, WordTable::kGivenNames)) continue;
    by_surname.Insert(pool[w.off + 1], int32_t(o));
  }
  // A bare surname the gazetteer knows ("Applebaum") belongs to a different
  // person when the document names someone else with that surname in full
  // ("Michelle Applebaum") and never the gazetteer's person.
  {
    // The entries named in full, a byte per gazetteer entry (the thread's,
    // reset here): one load per bare surname, no sort and binary search.
    thread_local std::vector<uint8_t> in_full;
    in_full.resize(g_.entries().size(), 0);
    std::vector<int>& named_in_full = sc.named_in_full;
    named_in_full.clear();
    for (size_t o = 0; o < raws.size(); ++o)
      if (raws[o].gaz >= 0 && (parts[o].n >= 2 || raws[o].via_role)) {
        named_in_full.push_back(raws[o].gaz);
        in_full[size_t(raws[o].gaz)] = 1;
      }
    for (size_t k = 0; k < raws.size(); ++k) {
      Raw& r = raws[k];
      if (r.gaz < 0 || parts[k].n != 1 || in_full[size_t(r.gaz)] ||
          g_.KindOf(r.gaz) != GazKind::kPerson)
        continue;
      const int32_t* lit = by_surname.Find(pool[parts[k].off]);
      if (!lit || raws[*lit].gaz >= 0) continue;
      r.gaz = -1;
      r.strong = true;
      r.weak = false;
      parts[k] = parts[*lit];
    }
    for (int x : named_in_full) in_full[size_t(x)] = 0;
  }
  // Raw k, a name of several words, is the one longer person name of the
  // document that ends with the same words, when there is one: linked to it.
  auto link_to_longer_name = [&](size_t k) {
    Raw& r = raws[k];
    const Words& w = parts[k];
    int link = -1;
    for (size_t o = 0; o < raws.size() && link != -2; ++o) {
      const Words& wo = parts[o];
      if (o == k || wo.n <= w.n || back(wo) != back(w)) continue;
      if (raws[o].gaz >= 0 ? g_.KindOf(raws[o].gaz) != GazKind::kPerson : !raws[o].strong)
        continue;
      bool ends = true;
      for (uint32_t i = 1; i <= w.n && ends; ++i)
        ends = pool[w.off + w.n - i] == pool[wo.off + wo.n - i];
      if (!ends) continue;
      if (link >= 0 && (raws[link].gaz != raws[o].gaz || parts[link].n != wo.n ||
                        pool[parts[link].off] != pool[wo.off]))
        link = -2;  // two such persons: no telling which
      else
        link = int(o);
    }
    if (link < 0) return;
    if (raws[link].gaz >= 0) {
      r.gaz = raws[link].gaz;
      r.weak = r.strong = false;
    } else {
      parts[k] = parts[link];
      r.strong = true;
      r.weak = false;
    }
  };
  // "Mr. Panet-Raymond" after "Pierre Panet-Raymond": a hyphenated surname
  // written alone is one word of the text but several name words, so step 2
  // does not see it; it is the surname of the one longer person name of the
  // document that ends with the same words.
  for (uint32_t k : sc.hyphenated) {
    Raw& r = raws[k];
    const Words& w = parts[k];
    if (r.gaz >= 0 || w.n < 2 || r.name_end < r.name_first + 3) continue;
    bool one_word = true;
    for (uint32_t i = r.name_first + 1; i < r.name_end && one_word; ++i)
      one_word = Tok(i).Has(kGlued);
    if (!one_word) continue;
    const int32_t* lit = by_surname.Find(back(w));
    if (!lit) continue;
    link_to_longer_name(k);
  }
  // "André Corrêa do Lago ... Corrêa do Lago", "Sidi Ould Tah ... Ould
  // Tah": a discovered name of two words or more that no given name opens
  // is the one longer person name of the document that ends with its words
  // (a compound family name written alone).
  for (size_t k = 0; k < raws.size(); ++k) {
    Raw& r = raws[k];
    const Words& w = parts[k];
    if (r.gaz >= 0 || r.firm || w.n < 2 || In(w.df, WordTable::kGivenNames)) continue;
    link_to_longer_name(k);
  }
  // 2. Single words: the surname of a name of this document, else a close
  // variant of a present gazetteer person's surname.
  for (size_t k = 0; k < raws.size(); ++k) {
    Raw& r = raws[k];
    if (r.gaz >= 0 || parts[k].n != 1 || r.firm) continue;
    const std::string_view w = pool[parts[k].off];
    const int32_t* lit = by_surname.Find(w);
    int link = lit ? *lit : -1;
    // Two persons of the document share the surname ("Saddam Hussein",
    // "King Hussein"; a father and son): the one named last before it,
    // unless named as a relative of someone in passing ("Born in 1945, the
    // son of Jaramogi Oginga Odinga, Raila ..."; "Odinga" after it is still
    // the story's Odinga, named before). Compared by the surname token's
    // hash: a bare surname linked earlier ends with the same token as the
    // full name it links to.
    if (link >= 0) {
      const uint64_t sur = h_[r.name_end - 1];
      int kin = -1;
      for (size_t o = k; o-- > 0;) {
        const Raw& ro = raws[o];
        if (ro.name_end == ro.name_first || h_[ro.name_end - 1] != sur || ro.first > r.first)
          continue;
        if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
        if (!parts[o].n || back(parts[o]) != w) continue;
        // (Only a name the gazetteer does not know, with no title: "widow
        // of former Prime Minister Shinzo Abe" names the one who counts.)
        if (ro.gaz < 0 && ro.first == ro.name_first && ro.first >= 2 && L(ro.first - 1) == "of" &&
            g_.kin_nouns().ContainsHash(t_.hashes[ro.first - 2])) {
          if (kin < 0) kin = int(o);
          continue;
        }
        link = int(o);
        kin = -1;
        break;
      }
      if (kin >= 0) link = kin;
    }
    // "Elian" after "Elian Gonzalez": a given name the document writes alone.
    if (link < 0 && !by_given.empty() && !Tok(r.name_first).Has(kSentenceStart)) {
      if (!by_given_made) {
        by_given_made = true;
        std::stable_sort(by_given.begin(), by_given.end(),
                         [](const GivenName& a, const GivenName& b) { return a.hash < b.hash; });
      }
      const uint64_t gh = h_[r.name_first];
      auto it = std::lower_bound(by_given.begin(), by_given.end(), gh,
                                 [](const GivenName& a, uint64_t h) { return a.hash < h; });
      if (it != by_given.end() && it->hash == gh && GivenNameShape(r.name_first))
        link = int(it->raw);
    }
    // "Sir John Egan ... Sir John", "Crown Prince Mohammed bin Salman ...
    // Prince Mohammed", "Sheikh Tamim": a knight, a dame, a royal or a
    // sheikh goes by the honorific and the given name (titles.tsv:
    // "given"), never the surname alone; the one person of the document
    // named in full with that given name.
    PhraseTable::Values tv;
    if (link < 0 && r.first < r.name_first &&
        Match(WordTable::kTitles, r.name_first - 1, r.name_first, &tv) == 1 &&
        TitleStrength(tv[0]) == TitleStrength::kGiven) {
      const uint64_t gh = h_[r.name_first];
      // "Crown Prince Mohammed bin Salman ... Sheikh Mohammed bin
      // Abdulrahman ... Sheikh Mohammed": of two persons with that given
      // name, the one named in full with the same honorific (before the
      // name, or as the first word of the name a gazetteer alias spells
      // with it).
      const uint64_t hon = h_[r.name_first - 1];
      int same = -1;
      auto differ = [&](int a, const Raw& ro) {
        return raws[size_t(a)].gaz != ro.gaz ||
               h_[raws[size_t(a)].name_end - 1] != h_[ro.name_end - 1];
      };
      for (size_t o = 0; o < raws.size(); ++o) {
        const Raw& ro = raws[o];
        if (o == k || parts[o].n < 2) continue;
        uint32_t g = ro.name_first;
        const bool hon_in_name = ro.name_end >= g + 3 && h_[g] == hon && h_[g + 1] == gh;
        if (hon_in_name) ++g;
        if (ro.name_end < g + 2 || h_[g] != gh) continue;
        if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
        if (hon_in_name || (g > ro.first && h_[g - 1] == hon)) {
          if (same >= 0 && differ(same, ro)) same = -2;
          if (same != -2) same = int(o);
        }
        if (link == -2) continue;
        if (link >= 0 && differ(link, ro)) {
          link = -2;  // two such persons: no telling which
          continue;
        }
        link = int(o);
      }
      if (same >= 0) link = same;
      if (link == -2) link = -1;
    }
    // "King Hussein" is not Saddam Hussein: a title naming an office the
    // person never held keeps the surname from linking to him.
    if (link >= 0 && raws[link].gaz >= 0 && r.title_role >= 0 &&
        !TitleFits(uint32_t(raws[link].gaz), r.title_role))
      link = -1;
    if (link >= 0) {
      if (raws[link].gaz >= 0) r.gaz = raws[link].gaz;
      else parts[k] = parts[link];
      r.strong = true;
      r.weak = false;
      continue;
    }
    int m = MatchSurname(g_, w, present);
    // A gerund opening a sentence ("Joining Trump at the table: ...") is no
    // misspelt surname ("Jinping"): only one spelt right is read there.
    if (m >= 0 && Tok(r.name_first).Has(kSentenceStart) && w.size() > 4 &&
        w.substr(w.size() - 3) == "ing") {
      bool exact = false;
      for (const auto& s : g_.entry(uint32_t(m)).surnames) exact = exact || s == w;
      if (!exact) m = -1;
    }
    // A long misspelt surname of a gazetteer person not named in this
    // document ("Zelinskyy"): one edit at most, and only one such person.
    // Persons with such a surname: only surnames of a near length are read.
    // The answer depends on the word alone: kept by the thread across
    // documents (news repeats the surnames the gazetteer lacks), bounded.
    if (m < 0 && w.size() >= 7 && !Tok(r.name_first).Has(kSentenceStart)) {
      if (const int32_t* known = sc.long_surname_across.Find(w)) {
        m = *known;
      } else {
        std::vector<uint32_t>& near = sc.near;
        near.clear();
        const uint32_t w_mask = ByteMask(w);
        for (size_t len = w.size() - 1; len <= w.size() + 1; ++len)
          for (const auto& ps : g_.LongSurnamesByShape(w[0], len))
            if (ps.len == len && MayBeWithin(w.size(), w_mask, len, ps.mask, 1) &&
                EditDistance(w, g_.entry(ps.person).surnames[ps.which], 1) <= 1)
              near.push_back(ps.person);
        std::sort(near.begin(), near.end());
        near.erase(std::unique(near.begin(), near.end()), near.end());
        if (near.size() == 1) m = int(near[0]);
        if (sc.long_surname_across.size() >= kLongSurnameMax) sc.long_surname_across.Clear();
        sc.long_surname_across.Insert(w, m);
      }
    }
    if (m >= 0) {
      r.gaz = m;
      r.weak = r.strong = false;
    }
  }
  // 3. Entities.
  std::vector<std::string>& keys = sc.keys;
  // The next entity key, its string reused.
  auto new_key = [&]() -> std::string& {
    if (sc.n_keys == keys.size()) keys.emplace_back();
    return keys[sc.n_keys++];
  };
  out.entities.reserve(raws.size());
  out.mentions.reserve(raws.size());
  FlatIndex& key_index = sc.key_index;  // discovered persons by key
  // Gazetteer entry -> entity: an array over the entries, per thread; the
  // entries set here are reset to -1 before returning.
  thread_local std::vector<int> gaz_index;
  gaz_index.resize(g_.entries().size(), -1);
  std::vector<uint32_t>& gaz_set = sc.gaz_set;
  gaz_set.clear();
  // The firm whose name raw k writes: its name in full, or the words before
  // its organisation words ("Westinghouse" for "Westinghouse Electric
  // Corp."); -1 if none.
  auto firm_of = [&](size_t k) -> int {
    const Words& w = parts[k];
    const uint64_t first = h_[raws[k].name_first];
    for (size_t f = 0; f < sc.firms.size(); ++f) {
      if (sc.firms[f].first != first) continue;
      const uint32_t o = sc.firms[f].raw;
      const Words& fw = parts[o];
      if (fw.n < w.n) continue;
      bool same = true;
      for (uint32_t i = 0; i < w.n && same; ++i) same = pool[w.off + i] == pool[fw.off + i];
      if (!same) continue;
      // The rest of the firm's name: organisation words only.
      const Raw& fr = raws[o];
      for (uint32_t i = fr.name_end - (fw.n - w.n); i < fr.name_end && same; ++i)
        same = In(i, WordTable::kOrgWords);
      if (same) return int(f);
    }
    return -1;
  };
  auto entity_for = [&](size_t k) -> int {
    const Raw& r = raws[k];
    if (!sc.firms.empty() && r.gaz < 0 && !r.via_role && parts[k].n) {
      // A firm named with its legal form (the first one of that name: "X
      // Inc." twice is one firm), or later by its name alone or by the
      // words before its organisation words ("Westinghouse").
      const int fi = firm_of(k);
      if (fi >= 0) {
        int& ent_index = sc.firms[size_t(fi)].entity;
        if (ent_index >= 0) return ent_index;
        ent_index = int(out.entities.size());
        DocEntity& ent = out.entities.emplace_back();
        const Raw& fr = raws[sc.firms[size_t(fi)].raw];
        ent.name = NameDisplay(t_, fr.name_first, fr.name_end);
        ent.kind = ActorKind::kOrganization;
        ent.party_only = true;
        new_key().clear();
        return ent_index;
      }
      if (r.firm) return -1;
    }
    if (r.gaz >= 0) {
      if (gaz_index[r.gaz] >= 0) return gaz_index[r.gaz];
      ActorKind kind;
      // The kind from its byte (KindOf): a place is no actor, and its
      // entry is not read at all.
      switch (g_.KindOf(uint32_t(r.gaz))) {
        case GazKind::kPerson: kind = ActorKind::kPerson; break;
        case GazKind::kOrganization: kind = ActorKind::kOrganization; break;
        case GazKind::kCountry: kind = ActorKind::kCountry; break;
        case GazKind::kGroup: kind = ActorKind::kGroup; break;
        default: return -1;  // places and other names are no actors
      }
      const GazEntry& ge = g_.entry(r.gaz);
      // Made in place (see the mentions below), not moved in.
      int x = int(out.entities.size());
      DocEntity& ent = out.entities.emplace_back();
      ent.kind = kind;
      ent.name = ge.name;
      ent.gazetteer_id = ge.id;
      ent.names_of_entry = r.gaz;
      ent.gaz_entry = r.gaz;
      ent.country = ge.country;
      ent.seat = kind == ActorKind::kOrganization && g_.SeatOf(uint32_t(r.gaz)) != nullptr;
      ent.surface_forms.reserve(2);  // most entities have one or two forms
      new_key().clear();
      gaz_index[r.gaz] = x;
      gaz_set.push_back(uint32_t(r.gaz));
      return x;
    }
    if (r.weak || !r.strong) return -1;
    joined(parts[k], &key);
    if (OrgName(key)) return -1;
    if (const int32_t* kit = key_index.Find(key)) return *kit;
    // Discovered: same surname and compatible given names -> one person.
    std::string_view sur = parts[k].n ? back(parts[k]) : std::string_view();
    auto [list, fresh] = sc.disc_by_surname.Insert(sur, int32_t(sc.n_same));
    if (fresh) {
      if (sc.n_same == sc.same_surname.size()) sc.same_surname.emplace_back();
      sc.same_surname[sc.n_same++].clear();
    }
    std::vector<int>& same_surname = sc.same_surname[*list];
    for (int x : same_surname)
      if (SameDiscovered(keys[x], key)) {
        if (key.size() > keys[x].size()) {
          keys[x] = key;
          out.entities[x].name = NameDisplay(t_, parts[k].df, parts[k].de);
        }
        key_index.Insert(key, x);
        return x;
      }
    int x = int(out.entities.size());
    DocEntity& ent = out.entities.emplace_back();
    ent.name = NameDisplay(t_, parts[k].df, parts[k].de);
    ent.kind = ActorKind::kPerson;
    ent.surface_forms.reserve(2);  // most entities have one or two forms
    new_key() = key;
    key_index.Insert(key, x);
    same_surname.push_back(x);
    return x;
  };
  for (size_t k = 0; k < raws.size(); ++k) {
    int e = entity_for(k);
    if (e < 0) continue;
    const Raw& r = raws[k];
    // Filled in place: a copy made on the stack and pushed is read back
    // whole right after its one-byte flags were stored, which the
    // processor cannot forward (a stall of ~15 cycles per mention).
    ActorMention& m = out.mentions.emplace_back();
    m.first_token = r.first;
    m.end_token = r.end;
    m.start = tokens_[r.first].start;
    m.end = tokens_[r.end - 1].end;
    m.entity = uint32_t(e);
    m.via_role = r.via_role;
    m.possessive = r.end < t_.tokens.size() && IsPossessive(r.end);
    DocEntity& ent = out.entities[e];
    ++ent.mentions;
    // A person no gazetteer knows serves the polity his title names
    // ("Cambodian Prime Minister Hun Manet"): the first title that names one.
    if (ent.gaz_entry < 0 && ent.country.empty() && !r.title_polity.empty() &&
        ent.kind == ActorKind::kPerson)
      ent.country = r.title_polity;
    std::string_view form = t_.text.substr(m.start, m.end - m.start);
    if (std::find(ent.surface_forms.begin(), ent.surface_forms.end(), form) == ent.surface_forms.end())
      ent.surface_forms.emplace_back(form);
  }
  // Mentions come in document order but for an owner and what he owns
  // ("Putin's spokesman"): most documents need no sort, and stable_sort
  // allocates its buffer even then.
  auto before = [](const ActorMention& a, const ActorMention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token
                                          : a.end_token < b.end_token;
  };
  if (!std::is_sorted(out.mentions.begin(), out.mentions.end(), before))
    std::stable_sort(out.mentions.begin(), out.mentions.end(), before);
  for (uint32_t x : gaz_set) gaz_index[x] = -1;
  for (uint32_t x : present) in_present[x] = 0;
  return out;
}

}  // namespace actors_detail
}  // namespace eg
