// The per-sentence scan (Finder::ScanSentence): at each token where a
// mention may start, a plural role, a role or title prefix with the name after
// it, a gazetteer name or a discovered name. With it the prefix parser
// (ParsePrefix), the resolution of a role to its holder (ResolveRole,
// Counterpart, Anaphor) and AddName, which it calls in its loop.
#include <algorithm>

#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

Prefix Finder::ParsePrefix(uint32_t i, uint32_t e) const {
  if (!(C(i) & kOpensPrefix)) return Prefix();
  Prefix p;
  uint32_t k = i;
  // Determiners and modifiers are all kPrefixWord words.
  const bool prefix_word = (C(i) & kPrefixWord) != 0;
  std::string_view w = prefix_word ? L(k) : std::string_view();
  if (w == "the") {
    p.determiner = true;
    ++k;
  } else if (w == "his" || w == "her" || w == "their" || w == "its") {
    p.determiner = true;
    ++k;
  }
  for (int guard = 0; prefix_word && k < e && guard < 3; ++guard) {
    // Every modifier below is a kPrefixWord: most words leave at this test.
    if (!(C(k) & kPrefixWord)) break;
    // role_modifiers.tsv: "former", "acting", "outgoing"; "then British
    // Prime Minister ..." (a sentence-initial "Then" is the adverb).
    PhraseTable::Values mv;
    if (!g_.role_modifiers().LongestMatchStarting(h_, k, k + 1, &mv) ||
        ((mv[0] & kRoleModifierLowerOnly) && IsCap(k)))
      break;
    const auto mod = RoleModifier(mv[0] & ~kRoleModifierLowerOnly);
    // "changing": leaving the office or about to take it, not who holds it today.
    if (mod != RoleModifier::kCurrent) p.former = true;
    ++k;
    if (mod == RoleModifier::kFormer && k < e && IsPunct(k, "-")) ++k;  // "ex-president"
  }
  // An age between the determiner and the office: "the 88-year-old
  // pontiff", "the 45-year-old prime minister".
  if (p.determiner && AgeAt(k, e)) k += 5;
  // What follows needs a polity adjective or name, a title or a role word
  // at k ("the company" ends here).
  if (k >= e || !(C(k) & kOpensPrefix)) return Prefix();
  // The polity: an adjective ("Russian", "US") or a name ("Russia's", "NATO",
  // "the Kremlin"), or a person whose office is meant ("Putin's spokesman").
  PhraseTable::Values v;
  const uint32_t k0 = k;
  uint32_t adj_len = 0;
  if (uint32_t n = Match(WordTable::kAdjectives, k, e, &v)) {
    if (IsWord(k) && (Tok(k).Has(kCapitalized) || Tok(k).Has(kAllCaps))) {
      p.polity = g_.polity_code(v[0]);
      p.code = p.polity;
      adj_len = n;
      k += n;
      if (IsPossessive(k - 1)) p.determiner = true;  // "Britain's"
      if (k < e && IsPossessive(k)) {                // "the EU's"
        ++k;
        p.determiner = true;
      }
    }
  }
  if (p.polity.empty() || (GazMatch(k0, e, &v) > adj_len && !IsPossessive(k0 + adj_len))) {
    // "Saudi Arabia's crown prince": the country's name is longer than the
    // adjective "Saudi".
    if (!p.polity.empty()) {
      k = k0;
      p.polity = p.code = std::string_view();
    }
    if (uint32_t n = GazMatch(k, e, &v)) {
      uint32_t ent = v[0] & ~kMetonymFlag;
      const GazEntry& ge = g_.entry(ent);
      const GazKind kind = g_.KindOf(ent);
      bool poss = k + n < e && IsPossessive(k + n);
      if (kind == GazKind::kCountry || kind == GazKind::kOrganization) {
        p.polity = ge.id;
        p.code = ge.country.empty() ? std::string_view(ge.id) : std::string_view(ge.country);
        k += n;
        if (poss) {
          ++k;
          p.determiner = true;
        }
      } else if (kind == GazKind::kPerson && poss && v.size() == 1) {
        p.person_owner = int(ent);
        p.owner_first = k;
        p.owner_end = k + n;
        p.polity = p.code = ge.country;
        p.determiner = true;
        k += n + 1;
      }
    }
  }
  if (k >= e) return Prefix();
  PhraseTable::Values tv;
  uint32_t title_len = Match(WordTable::kTitles, k, e, &tv);
  uint32_t n = Match(WordTable::kRoleWords, k, e, &v);
  if (n && n >= title_len) {  // "chief executive" is a title, not "chief"
    p.role = int(v[0]);
    // A role word that titles.tsv lists as an honorific ("king", "crown
    // prince": royals go by a given name) keeps that strength.
    p.strength = title_len == n && IsHonorific(TitleStrength(tv[0])) ? TitleStrength(tv[0])
                                                                       : TitleStrength::kStrong;
    k += n;
    if (g_.role_key(p.role) == "counterpart") p.counterpart = true;
    // "the president of Russia"
    if (p.polity.empty() && k + 1 < e && L(k) == "of") {
      uint32_t k2 = k + 1;
      if (L(k2) == "the") ++k2;
      if (k2 < e) {
        if (uint32_t n2 = GazMatch(k2, e, &v)) {
          const GazEntry& ge = g_.entry(v[0] & ~kMetonymFlag);
          // Not "the president of U.S. Trust": the polity ends the phrase.
          bool longer = k2 + n2 < e && IsCap(k2 + n2);
          if ((ge.kind == GazKind::kCountry || ge.kind == GazKind::kOrganization) && !longer) {
            p.polity = ge.id;
            p.code = ge.country.empty() ? std::string_view(ge.id) : std::string_view(ge.country);
            p.of_polity = true;
            k = k2 + n2;
          }
        }
      }
    }
  } else if (title_len) {
    p.strength = TitleStrength(tv[0]);
    k += title_len;
  } else {
    return Prefix();
  }
  // An abbreviated title takes its full stop ("Mr. Putin"); titles chain
  // ("spokesman Capt. John Smith", "Prime Minister Sir Keir Starmer").
  for (int guard = 0; guard < 3 && k < e; ++guard) {
    if (IsPunct(k, ".") && Tok(k).Has(kGlued) && Tok(k - 1).end - Tok(k - 1).start <= 4 &&
        k + 1 < e && IsCap(k + 1))
      ++k;
    if (k >= e || p.of_polity) break;
    uint32_t n2 = Match(WordTable::kTitles, k, e, &v);
    if (!n2) n2 = Match(WordTable::kRoleWords, k, e);
    if (!n2) break;
    if (p.strength == TitleStrength::kWeak && Match(WordTable::kTitles, k, e, &v))
      p.strength = TitleStrength(v[0]);
    k += n2;
  }
  if (p.person_owner >= 0 && p.role < 0) return Prefix();
  p.len = k - i;
  return p;
}

int Finder::Counterpart(const Prefix& p, uint32_t at) const {
  if (!has_dct_ || p.polity.empty()) return -1;
  // "his Indian counterpart, Lt Gen Ana Ruiz,": the apposition names him.
  const uint32_t after = at + p.len;
  if (after + 1 < t_.tokens.size() && IsPunct(after, ",") && IsCap(after + 1)) return -1;
  // The subject: the latest person resolved earlier in this sentence or the
  // one before; his counterpart holds the same office in the other polity,
  // else (an office it does not have) leads it. With no known person there
  // ("the Pakistani DGMO called his Indian counterpart") the office is
  // unknown: no guess.
  uint32_t sent = t_.SentenceOf(at);
  uint32_t from = t_.sentences[sent > 0 ? sent - 1 : 0].first_token;
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->first < from) break;
    if (it->gaz < 0 || g_.KindOf(it->gaz) != GazKind::kPerson) continue;
    for (const RoleSpell* r : RolesAt(uint32_t(it->gaz), at)) {
      int h = HolderAt(r->role, p.polity, at);
      if (h >= 0 && h != it->gaz) return h;
    }
    return HolderAt("leader", p.polity, at);
  }
  return -1;
}

// "the president" with no polity: the person named in the last three
// sentences who holds that office on the dct ("Trump ... the president said").
int Finder::Anaphor(const Prefix& p, uint32_t at) const {
  if (L(at) != "the" || p.counterpart) return -1;
  const std::string& role = g_.role_key(p.role);
  if (role == "leader") return -1;
  uint32_t sent = t_.SentenceOf(at);
  uint32_t from = t_.sentences[sent >= 3 ? sent - 3 : 0].first_token;
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->first < from) break;
    if (it->gaz < 0 && it->cands) {
      // "President Bush ... the president": of the namesakes not yet told
      // apart, the one holding the office then.
      for (uint32_t x : it->cands) {
        x &= ~kMetonymFlag;
        if (g_.KindOf(x) == GazKind::kPerson && HoldsOn(int(x), role, at)) return int(x);
      }
      continue;
    }
    if (it->gaz < 0 || g_.KindOf(it->gaz) != GazKind::kPerson) continue;
    if (HoldsOn(it->gaz, role, at)) return MoreNamedHolder(it->gaz, role, from, at);
  }
  // "Keir Starmer is hosting ... (twenty sentences) ... The Prime Minister
  // also confirmed": further back, the one person the document named who
  // held the office that day; with two such (two countries' presidents),
  // no one.
  int only = -1;
  for (const Raw& r : raws_) {
    if (r.first >= from) break;
    if (r.gaz < 0 || r.gaz == only || g_.KindOf(r.gaz) != GazKind::kPerson ||
        !HoldsOn(r.gaz, role, at))
      continue;
    if (only >= 0) return -1;
    only = r.gaz;
  }
  return only;
}

bool Finder::HoldsOn(int gaz, const std::string& role, uint32_t at) const {
  for (const RoleSpell* r : RolesAt(uint32_t(gaz), at))
    if (r->role == role) return true;
  return false;
}

// "The King hosted the French president ... Macron told MPs ... He did not
// mention Donald Trump. Today the president is due to ...": of the holders
// of the office the last sentences name (from token `from` on), the one the
// document has named more often so far, the story's subject, rather than
// `latest`, the one named last, perhaps in passing; `latest` on a tie.
int Finder::MoreNamedHolder(int latest, const std::string& role, uint32_t from, uint32_t at) const {
  auto count = [&](int gaz) {
    size_t n = 0;
    for (const Raw& r : raws_) n += r.gaz == gaz;
    return n;
  };
  int best = latest;
  size_t best_n = count(latest);
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->first < from) break;
    if (it->gaz < 0 || it->gaz == best || g_.KindOf(it->gaz) != GazKind::kPerson ||
        !HoldsOn(it->gaz, role, at))
      continue;
    const size_t n = count(it->gaz);
    if (n > best_n) {
      best = it->gaz;
      best_n = n;
    }
  }
  return best;
}

int Finder::ResolveRole(const Prefix& p, uint32_t at) const {
  if (!has_dct_ || p.former || p.role < 0) return -1;
  if (p.polity.empty()) {
    int h = Anaphor(p, at);
    // "the Pope": an office only one polity has needs no polity written.
    const std::string& sole = g_.role_sole_polity(uint32_t(p.role));
    if (h < 0 && !sole.empty() && L(at) == "the" && !p.counterpart)
      h = HolderAt(g_.role_key(p.role), sole, at);
    if (h < 0 && sole.empty() && L(at) == "the" && !p.counterpart) h = HomeHolder(p, at);
    if (h < 0 && sole.empty() && L(at) == "the" && !p.counterpart) h = StoryHolder(p, at);
    return h;
  }
  if (p.counterpart) return Counterpart(p, at);
  return HolderAt(g_.role_key(p.role), p.polity, at);
}

// "The Prime Minister welcomed President Macron" in a readout headed
// "From: Prime Minister's Office, 10 Downing Street": a bare office that
// names no holder the text just named (Anaphor) is the office of the
// polity whose seat of government the document's header names (the short
// lines before the first paragraph: a title, a "From:" line), or whose
// seat a person the header names holds an office of, or in a
// document without one, its lede ("Excerpts from Monday's White House press
// briefing").
int Finder::HomeHolder(const Prefix& p, uint32_t at) const {
  const std::string& role = g_.role_key(uint32_t(p.role));
  if (role == "leader") return -1;
  if (header_end_ == UINT32_MAX) {
    // The first line of twelve tokens or more opens the body.
    const uint32_t n = uint32_t(t_.tokens.size());
    header_end_ = n;
    uint32_t line = 0;
    for (uint32_t k = 0; k < n; ++k) {
      if (k != 0 && Tok(k).Has(kLineStart)) line = k;
      if (k - line >= 11) {
        header_end_ = line;
        break;
      }
    }
  }
  if (at < header_end_) return -1;
  // Without a header, the lede (the body's first sentence): "Excerpts
  // from Monday's White House press briefing by ...". (A header that names
  // no seat the gazetteer knows, "Casa Rosada press briefing", still says
  // where the document speaks from: a seat in its lede is no guide then.)
  uint32_t seat_end = header_end_;
  if (header_end_ == 0 && !t_.sentences.empty()) seat_end = t_.sentences[0].end_token;
  std::string_view polity;
  for (const Raw& r : raws_) {
    if (r.first >= seat_end) break;
    // The seat of an office (seats.tsv), not a newspaper or a firm of that
    // country: the polity whose office the seat is.
    if (r.gaz >= 0 && g_.KindOf(uint32_t(r.gaz)) == GazKind::kOrganization) {
      if (const Gazetteer::SeatOffice* seat = g_.SeatOf(uint32_t(r.gaz))) {
        polity = seat->polity;
        break;
      }
    }
    // Or a person holding an office of that seat on the day: "Press
    // briefing by Press Secretary Karoline Leavitt" speaks from the White
    // House.
    if (r.gaz >= 0 && g_.KindOf(uint32_t(r.gaz)) == GazKind::kPerson) {
      for (const RoleSpell* rs : g_.RolesOn(uint32_t(r.gaz), dct_)) {
        const int org = g_.Find(rs->polity);
        if (org < 0 || g_.KindOf(uint32_t(org)) != GazKind::kOrganization) continue;
        if (const Gazetteer::SeatOffice* seat = g_.SeatOf(uint32_t(org))) {
          polity = seat->polity;
          break;
        }
      }
      if (!polity.empty()) break;
    }
  }
  if (polity.empty()) return -1;
  const int h = HolderAt(role, polity, at);
  if (h < 0) return -1;
  return h;
}

int Finder::SurnameHolder(const Prefix& p, uint32_t k) const {
  const std::string_view w = L(k);
  if (w.empty()) return -1;
  const std::string& role = g_.role_key(uint32_t(p.role));
  int found = -1;
  for (const auto& ps : g_.SurnamesByShape(w[0], w.size())) {
    if (ps.first != w[0] || ps.len != w.size() || int(ps.person) == found) continue;
    const GazEntry& pe = g_.entry(ps.person);
    if (pe.surname != w || !HoldsOn(int(ps.person), role, k)) continue;
    if (found >= 0) return -1;  // two holders of that name: neither
    found = int(ps.person);
  }
  return found;
}

int Finder::StoryHolder(const Prefix& p, uint32_t at) const {
  const std::string& role = g_.role_key(uint32_t(p.role));
  // Only a crowned head ("the king", "the emperor", "the emir"): news of a
  // country names its monarch by the office alone, and seldom names another
  // country's; "the president" or "the prime minister" of a story that
  // names several countries' leaders is any of them (a US briefing names
  // Erdogan more often than Trump, who is "the President" throughout).
  // So is the head of an international body ("The Secretary-General spoke
  // with ..." in a UN briefing): the body the story names, itself or in
  // the offices of its persons; only bodies that have the office count.
  const bool body_head = role == "secretary-general";
  if (role != "king" && role != "queen" && role != "emperor" && role != "emir" && !body_head)
    return -1;
  // The polities of the offices the persons named so far hold that day,
  // counted once per mention.
  std::vector<std::pair<std::string_view, int>> counts;
  for (const Raw& r : raws_) {
    if (r.first >= at) break;
    if (body_head && r.gaz >= 0 && g_.KindOf(uint32_t(r.gaz)) == GazKind::kOrganization) {
      const std::string& code = g_.entry(uint32_t(r.gaz)).country;
      if (code.empty() || g_.HolderOn(role, code, dct_) < 0) continue;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& c) { return c.first == code; });
      if (it == counts.end()) counts.emplace_back(code, 1);
      else ++it->second;
      continue;
    }
    if (r.gaz < 0 || g_.KindOf(uint32_t(r.gaz)) != GazKind::kPerson) continue;
    std::string_view last;
    for (const RoleSpell* rs : g_.RolesOn(uint32_t(r.gaz), dct_)) {
      if (rs->polity == last) continue;
      last = rs->polity;
      if (body_head && g_.HolderOn(role, rs->polity, dct_) < 0) continue;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& c) { return c.first == rs->polity; });
      if (it == counts.end()) counts.emplace_back(rs->polity, 1);
      else ++it->second;
    }
  }
  int best = 0, second = 0;
  std::string_view polity;
  for (const auto& c : counts) {
    if (c.second > best) {
      second = best;
      best = c.second;
      polity = c.first;
    } else if (c.second > second) {
      second = c.second;
    }
  }
  if (best == 0 || best == second) return -1;
  return HolderAt(role, polity, at);
}

void Finder::AddName(uint32_t first, uint32_t nf, uint32_t ne, PhraseTable::Values v,
                     uint32_t vlen, bool strong, int role_holder) {
  // Filled in place, not built on the stack and copied in: the copy reads
  // the flags back whole right after their one-byte stores, which the
  // processor cannot forward (a stall of ~15 cycles per raw).
  Raw& r = raws_.emplace_back();
  r.first = first;
  r.end = ne;
  r.name_first = nf;
  r.name_end = ne;
  r.role_holder = role_holder;
  if (v && vlen == ne - nf) {
    // Prefer persons when a title says the name is a person's.
    size_t persons = 0;
    uint32_t first_person = 0;
    for (uint32_t x : v)
      if (g_.KindOf(x & ~kMetonymFlag) == GazKind::kPerson && !persons++)
        first_person = x & ~kMetonymFlag;
    if (persons || !strong || v.size() == 1) {
      if (v.size() == 1) r.gaz = int(v[0] & ~kMetonymFlag);
      else if (persons == 1 && strong) r.gaz = int(first_person);
      else r.cands = v;
      return;
    }
  }
  r.strong = strong;
  r.weak = !strong;
}

void Finder::ScanSentence(uint32_t s, uint32_t e) {
  int contributors = -1;  // ContributorsLine(s, e), asked at the first name
  // Only words that are capitalised or may open a prefix start anything: a
  // lower-case word that opens no prefix starts no plural role, no prefix,
  // no name (names start capitalised). Most words; the scan bits skip them.
  for (uint32_t i = NextStart(s, e); i < e; i = NextStart(i + 1, e)) {
    // A lower-case determiner or modifier ("the", "his", "former") that is
    // no title or role word starts no name, and a prefix or plural role
    // only when the next token may open one (or is the hyphen of "ex-"):
    // "the company" is passed over here.
    const Token& tk = Tok(i);
    const uint32_t c = C(i);
    if (!(tk.flags & (kCapitalized | kAllCaps))) {
      if (!(c & kOpensLowerByTable) &&
          (i + 1 >= e || (!(C(i + 1) & kOpensPrefix) && Tok(i + 1).kind != TokenKind::kPunct &&
                          !AgeAt(i + 1, e))))
        continue;
    } else if (!(c & kOpensPrefix) && tk.end - tk.start > 1 &&
               (!tk.Has(kCapitalized) || (c & kNeverNameWord) ||
                (tk.Has(kAllCaps) && tk.end - tk.start > 3))) {
      // A capitalised word that opens no prefix, starts no gazetteer name
      // (both kOpensPrefix), is no initial (one letter) and no name word
      // (NameToken()): "But", "He" start nothing.
      continue;
    }
    // Both need a token that may open a prefix (kOpensPrefix); a plural
    // role also a determiner or a polity adjective, and a dct (the test
    // PluralRoles() opens with, made here: most tokens, names, fail it).
    const bool opens = (c & kOpensPrefix) != 0;
    const bool plural = has_dct_ && (c & (kPrefixWord | StartBit(WordTable::kAdjectives)));
    if (uint32_t n = plural ? PluralRoles(i, e) : 0) {
      i += n - 1;
      continue;
    }
    if (uint32_t n = (c & StartBit(WordTable::kAdjectives)) ? DelegationsOfCountries(i, e) : 0) {
      i += n - 1;
      continue;
    }
    Prefix p = opens ? ParsePrefix(i, e) : Prefix();
    if (p.len) {
      uint32_t j = i + p.len;
      bool comma = j + 1 < e && IsPunct(j, ",");
      uint32_t nj = comma ? j + 1 : j;
      uint32_t ns = p.of_polity ? 0 : NameSpan(nj, e);
      // "Pakistan's army chief, Field Marshal X,", "Qatar's prime minister,
      // Sheikh X,": the name in apposition comes with a title of its own;
      // it names the office's holder as a bare name does (the gazetteer
      // may give the office to someone else on that day).
      if (comma && !p.of_polity && IsCap(nj)) {
        const Prefix q = ParsePrefix(nj, e);
        const uint32_t qs = q.len && !q.of_polity ? NameSpan(nj + q.len, e) : 0;
        if (qs) {
          nj += q.len;
          ns = qs;
        }
      }
      // After a person's title a surname that is also an organisation word
      // opens the name: "spokesman Park Kyung-mee", "Judge Bank Smith".
      if (!ns && !p.of_polity && nj + 1 < e && IsCap(nj) && !Tok(nj).Has(kAllCaps) &&
          In(nj, WordTable::kOrgWords) && !In(nj, WordTable::kStopwords) &&
          NameToken(nj + 1)) {
        uint32_t n2 = NameSpan(nj, e, true);
        if (n2 > 1 && !OrgFollows(nj + n2, e)) ns = n2;
      }
      // A comma only joins a title to a name in apposition: "NATO chief, Mark Rutte,".
      if (comma && ns && !(nj + ns < e && (IsPunct(nj + ns, ",") || IsPunct(nj + ns, ".")))) ns = 0;
      // ... and to a person's: "through the Pope, Cuba, can" is a list.
      if (comma && ns) {
        PhraseTable::Values cv;
        if (GazMatch(nj, e, &cv) >= ns && !HasKind(cv, GazKind::kPerson)) ns = 0;
      }
      bool strong_title = p.role >= 0 || p.strength != TitleStrength::kWeak;
      if (ns == 1 && !strong_title) ns = 0;  // "General Dynamics"
      // "Daily Sun reporter Ana Ruiz contributed reporting.": the credits.
      if (ns) {
        if (contributors < 0) contributors = ContributorsLine(s, e);
        if (contributors) {
          i = nj + ns - 1;
          continue;
        }
      }
      if (ns && OrgFollows(nj + ns, e)) ns = 0;  // "rival General Mills Inc"
      if (p.person_owner >= 0) {
        Raw& o = raws_.emplace_back();  // in place (AddName)
        o.first = o.name_first = p.owner_first;
        o.end = o.name_end = p.owner_end;
        o.gaz = p.person_owner;
      }
      if (ns && !comma && p.person_owner < 0) {
        // The gazetteer may know the title with the name ("Sir Keir",
        // "President Xi"): its entry wins over a discovery of "Keir".
        PhraseTable::Values gv;
        uint32_t gl = GazMatch(i, e, &gv);
        if (gl >= nj + ns - i && HasKind(gv, GazKind::kPerson)) {
          AddName(i, i, i + gl, gv, gl, true, -1);
          i += gl - 1;
          continue;
        }
      }
      if (ns) {
        int holder = ResolveRole(p, i);
        // "King Abdullah of Jordan": the polity after the name says whose
        // office the title is.
        uint32_t after = nj + ns;
        if (holder < 0 && p.role >= 0 && !p.former && has_dct_ && after + 1 < e &&
            L(after) == "of") {
          PhraseTable::Values pv;
          uint32_t k2 = after + 1 + (L(after + 1) == "the" ? 1 : 0);
          if (k2 < e && GazMatch(k2, e, &pv)) {
            const GazEntry& pe = g_.entry(pv[0] & ~kMetonymFlag);
            if (pe.kind == GazKind::kCountry || pe.kind == GazKind::kOrganization)
              holder = HolderAt(g_.role_key(uint32_t(p.role)),
                                pe.country.empty() ? pe.id : pe.country, i);
          }
        }
        // "President Abbas": a title and a lone word that is the surname
        // of the one person holding that office that day (though a given
        // name of another, "Abbas Araghchi").
        if (holder < 0 && p.role >= 0 && !p.former && has_dct_ && ns == 1 && !comma)
          holder = SurnameHolder(p, nj);
        PhraseTable::Values v;
        uint32_t gl = GazMatch(nj, nj + ns, &v);
        // A known name with more words after it: the known name only
        // ("Donald Trump Jr"? keep the full name found), unless those are
        // the father's and grandfather's names ("Faisal bin Farhan bin
        // Abdullah"), which belong to the known person's mention.
        bool patronymic_tail = false;
        if (gl && gl < ns && HasKind(v, GazKind::kPerson) && gl >= 2) {
          uint32_t k = nj + gl;
          // (The family's name may close it: "bin Abdulaziz Al Saud".)
          while (k + 1 < nj + ns && (IsPatronymicParticle(L(k)) || L(k) == "al") && IsCap(k + 1))
            k += 2;
          if (k == nj + ns) patronymic_tail = true;
          else ns = gl;
        }
        // The whole gazetteer name wins over a shorter span: "leader Kim
        // Jong Un" (where "Un" alone is no name word) is not "Kim Jong".
        PhraseTable::Values lv;
        uint32_t ll = GazMatch(nj, e, &lv);
        if (ll > ns && HasKind(lv, GazKind::kPerson)) {
          ns = ll;
          gl = ll;
          v = lv;
        }
        AddName(p.person_owner >= 0 ? p.owner_end + 1 : i, nj, nj + ns, gl ? v : PhraseTable::Values(), gl,
                true, holder);
        raws_.back().first = p.person_owner >= 0 ? p.owner_first : i;
        if (patronymic_tail && gl < ns) {
          int person = -1, persons = 0;
          for (uint32_t x : v)
            if (g_.KindOf(x & ~kMetonymFlag) == GazKind::kPerson && !persons++)
              person = int(x & ~kMetonymFlag);
          if (persons == 1) {
            raws_.back().gaz = person;
            raws_.back().strong = raws_.back().weak = false;
          }
        }
        raws_.back().title_role = p.former ? -1 : p.role;
        if (!p.former) raws_.back().title_polity = p.code;
        // The office holder bears every word of the name ("King Abdullah"
        // for King Abdullah II): he is the one meant.
        if (holder >= 0 && raws_.back().gaz < 0 && !raws_.back().cands &&
            HolderNamed(uint32_t(holder), nj, nj + ns)) {
          raws_.back().gaz = holder;
          raws_.back().strong = raws_.back().weak = false;
        }
        // "President Daniel": a lone given name after a title is no one we
        // can name unless the document gives the full name.
        // But an office of two words or more ("Foreign Minister Sugiono",
        // "Indonesian Foreign Minister Sugiono") before a name that ends
        // there names a person known by one name.
        const bool office = p.len >= 2 && !comma &&
                            !(nj + 1 < e && IsWord(nj + 1) && !IsCap(nj + 1) &&
                              IsNameParticle(L(nj + 1)));
        if (ns == 1 && !gl && In(nj, WordTable::kGivenNames) && raws_.back().gaz < 0 &&
            !IsHonorific(p.strength) && !office) {
          raws_.back().strong = false;
          raws_.back().weak = true;
        }
        i = nj + ns - 1;
        continue;
      }
      // A bare role names its holder only when definite: "the Russian
      // president", "Italy's premier" (not "a US president", "every
      // European leader").
      if (p.role >= 0 && p.determiner) {
        int holder = ResolveRole(p, i);
        if (holder >= 0) {
          Raw& r = raws_.emplace_back();  // in place (AddName)
          r.first = p.person_owner >= 0 ? p.owner_first : i;
          r.end = j;
          r.name_first = r.name_end = j;
          r.gaz = holder;
          r.via_role = true;
          i = j - 1;
          continue;
        }
      }
      if (p.person_owner >= 0) {
        i = p.owner_end - 1;
        continue;
      }
      // A title with nothing resolvable after it: read on from the next token.
    }
    PhraseTable::Values v;
    uint32_t gl = GazMatch(i, e, &v);
    // "Who's to say", "Us too": a function word in ordinary case is not the
    // acronym it spells (WHO, US).
    // (GazMatch looked the token's classes up: c_ holds them.)
    if (gl == 1 && !Tok(i).Has(kAllCaps) && (c_[i] & WordBit(WordTable::kStopwords)) &&
        g_.AcronymAlias(h_[i]))
      gl = 0;
    // A name span starts capitalised (NameSpan's own first test): a
    // determiner that opened no prefix ends here.
    uint32_t ns = IsCap(i) ? NameSpan(i, e) : 0;
    if (!(gl || ns)) continue;
    if (contributors < 0) contributors = ContributorsLine(s, e);
    if (contributors || Byline(s, i)) {  // even a known name: "By Thomas Friedman"
      // A reporter signing off is no person of the story anywhere in it
      // ("The World's Jane Smith reports ... I'm Jane Smith").
      if (!contributors && i > s && SignOff(L(i - 1))) org_spans_.emplace_back(i, i + std::max(gl, ns));
      i += std::max(gl, ns) - 1;
      continue;
    }
    // "the aircraft carrier John F. Kennedy", "USS Cole": a ship's name,
    // written after a vessel noun in lower case or a prefix in capitals,
    // or in apposition to the noun ("a carrier -- the John F. Kennedy --").
    // Asked only of what could be a person: a gazetteer person or a name
    // of two words or more (the table's lookup is costly on every name).
    uint32_t vw = i;
    if (i >= s + 3 && !IsWord(i - 2) && L(i - 1) == "the") {
      vw = i - 2;  // the dash or comma; "--" may be two tokens
      if (vw > s + 1 && !IsWord(vw - 1)) --vw;
    }
    if (vw > s && VesselShape(vw - 1) && (gl ? HasKind(v, GazKind::kPerson) : ns >= 2) &&
        In(vw - 1, WordTable::kVesselWords)) {
      org_spans_.emplace_back(i, i + std::max(gl, ns));
      i += std::max(gl, ns) - 1;
      continue;
    }
    // "the Kennedy Center" names no one, but "the Biden Administration" names
    // Biden.
    // A known firm before "& Co." or its legal form is still that firm
    // ("Dow Jones & Co.", "General Motors Corp."); a known person's name
    // before an ampersand is a firm's.
    const uint32_t after_gaz = i + std::max(gl, ns);
    if (gl && OrgFollows(after_gaz, e) && !GovernmentWord(after_gaz) &&
        (AmpersandFollows(after_gaz, e)
             ? HasKind(v, GazKind::kPerson)
             : !(HasKind(v, GazKind::kOrganization) &&
                 WordIn(g_.legal_suffixes(), after_gaz)))) {
      i += std::max(gl, ns) - 1;  // "the Kennedy Center", "Trump Tower"
      continue;
    }
    if (gl) {
      bool person = HasKind(v, GazKind::kPerson);
      bool prev_article = i > s && (L(i - 1) == "the" || L(i - 1) == "a");
      // "the Kennedy to replace ...": a lone surname between an article and
      // a function word is a thing named after the person (a ship), never a
      // mention ("the Bush administration", "the Clinton, Bush and Obama
      // administrations" still name them).
      if (person && gl == 1 && ns == 1 && prev_article && i + 1 < e && IsWord(i + 1) &&
          In(i + 1, WordTable::kStopwords) && L(i + 1) != "and" && L(i + 1) != "or") {
        if (OnlyPersons(v)) continue;
      }
      // "the Kennedy family", "Gonzalez family members": a lone surname
      // before a family noun (family_nouns.txt) names the family, not the
      // person ("Kennedy's family" is still his).
      if (person && gl == 1 && ns == 1 && i + 1 < e && IsWord(i + 1) && !IsCap(i + 1) &&
          WordIn(g_.family_nouns(), i + 1)) {
        if (OnlyPersons(v)) continue;
      }
      if (!person && ns > gl && prev_article) {
        i += ns - 1;  // "the Kiev Independent": a title, not Kyiv
        continue;
      }
      if (person && gl < ns) {
        // "Xi Jin Peng": a known surname followed by unknown name words.
        PhraseTable::Values v2;
        if (gl == 1 && In(i, WordTable::kGivenNames) && !GazMatch(i + gl, e, &v2)) {
          // "Kennedy Smith" style: a given name that is also an alias.
          AddName(i, i, i + ns, PhraseTable::Values(), 0, true, -1);
          i += ns - 1;
          continue;
        }
        if (!GazMatch(i + gl, e, &v2)) {
          AddName(i, i, i + ns, PhraseTable::Values(), 0, false, -1);
          raws_.back().weak = true;
          raws_.back().cands = v;  // the fallback if no variant matches
          raws_.back().gaz = -2;   // marks "fallback to cands"
          i += ns - 1;
          continue;
        }
      }
      if (!person && ns > gl && PersonCue(s, i, ns, e) && In(i, WordTable::kGivenNames)) {
        // "Georgia Smith": a given name that is also a place.
      } else {
        // Metonyms ("Washington") are no mention where they name a place.
        bool metonym = (v[0] & kMetonymFlag) != 0;
        // Nor in a wire story's dateline, the city it was filed from, in
        // capitals first in the text: "BRUSSELS, December 2 (Xinhua) --",
        // "MOSCOW (AP)_".
        bool dateline = i == 0 && Tok(i).Has(kAllCaps) && i + gl < e &&
                        (IsPunct(i + gl, ",") || IsPunct(i + gl, "("));
        if (metonym && (dateline || (i > s && IsWord(i - 1) && In(i - 1, WordTable::kLocatives)))) {
          i += gl - 1;
          continue;
        }
        AddName(i, i, i + gl, v, gl, false, -1);
        i += gl - 1;
        // "General Motors Corp. and Reuters Holdings PLC began talks": the
        // mention takes in the firm's legal form, so that what follows it
        // follows the mention.
        if (!person && HasKind(v, GazKind::kOrganization)) {
          uint32_t x = i + 1;
          while (x < e && IsCap(x) && IsWord(x) && WordIn(g_.legal_suffixes(), x)) {
            ++x;
            if (x < e && IsPunct(x, ".") && Tok(x).Has(kGlued)) ++x;
          }
          if (x > i + 1) {
            raws_.back().end = x;
            i = x - 1;
          }
        }
        continue;
      }
    }
    if (!ns) continue;
    if (OrgFollows(i + ns, e)) {
      // Remember the name: "Advanced Medical Technologies Inc" makes a later
      // bare "Advanced Medical" the company's short name.
      org_spans_.emplace_back(i, i + ns);
      // With a legal form after it (and perhaps organisation words, as in
      // "Westinghouse Electric Corp."), the name is a firm's: a candidate
      // party to talks (DocEntity::party_only).
      uint32_t j = i + ns;
      bool legal = false;
      for (; j < e && j < i + ns + 4 && IsWord(j) && IsCap(j) && In(j, WordTable::kOrgWords); ++j)
        if ((legal = g_.legal_suffixes().ContainsHash(h_[j]))) break;
      if (legal) {
        uint32_t end = j + 1;
        if (end < e && IsPunct(end, ".") && Tok(end).Has(kGlued)) ++end;
        Raw& r = raws_.emplace_back();  // in place (AddName)
        r.first = r.name_first = i;
        r.name_end = j;
        r.end = end;
        r.firm = true;
        i = end - 1;
        continue;
      }
      i += ns;
      continue;
    }
    if (CompanyContext(s, i, ns, e)) {
      // "shares of Liz Claiborne", "T. Rowe Price shares": a company named
      // after a person; later bare mentions are the company too.
      org_spans_.emplace_back(i, i + ns);
      i += ns - 1;
      continue;
    }
    bool prev_article = i > s && IsWord(i - 1) && (L(i - 1) == "the" || L(i - 1) == "a" || L(i - 1) == "an");
    if (prev_article) {
      i += ns - 1;
      continue;
    }
    // A gazetteer name inside the span: without a cue the span stops there.
    uint32_t inner = 0;
    for (uint32_t k = i + 1; k < i + ns; ++k) {
      PhraseTable::Values v2;
      if (GazMatch(k, e, &v2)) {
        inner = k;
        break;
      }
    }
    bool cue = PersonCue(s, i, ns, e) || PossessedByPerson(i, ns, e);
    // "Director of National Intelligence Dan Coats": an office's capitalised
    // words run into the name; a given name inside the span starts it.
    if (!inner && ns >= 3 && !In(i, WordTable::kGivenNames) && !Initial(i, e)) {
      for (uint32_t k = i + 1; k + 1 < i + ns; ++k) {
        if (!IsCap(k) || Tok(k).Has(kGlued) || !In(k, WordTable::kGivenNames)) continue;
        if (Byline(s, k)) {
          ns = 0;
        } else if (PersonCue(s, k, i + ns - k, e)) {
          ns = i + ns - k;
          i = k;
          cue = true;
        }
        break;
      }
    }
    if (!ns) continue;  // a byline inside the run: read on from the next word
    if (inner && !cue) {
      ns = inner - i;
      cue = false;
    }
    AddName(i, i, i + ns, PhraseTable::Values(), 0, cue, -1);
    i += ns - 1;
  }
}

}  // namespace actors_detail
}  // namespace eg
