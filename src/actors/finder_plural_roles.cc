// Plural roles ("the Russian and Ukrainian presidents": two holders)
// and delegations of countries ("the US and Chinese delegations").
#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

// "the Russian and Ukrainian presidents", "the US and Chinese leaders": a
// plural role after coordinated polities names each polity's holder. The
// first mention covers "the Russian", the second "Ukrainian presidents".
// Returns the tokens consumed, 0 when the phrase is not there.
uint32_t Finder::PluralRoles(uint32_t i, uint32_t e) {
  if (!has_dct_ || !(C(i) & (kPrefixWord | StartBit(WordTable::kAdjectives)))) return 0;
  uint32_t k = i;
  const bool definite = L(k) == "the" || L(k) == "both";
  if (definite) ++k;
  PhraseTable::Values v;
  auto polity_at = [&](uint32_t at, std::string_view* code) -> uint32_t {
    if (at >= e || !IsWord(at) || !(Tok(at).Has(kCapitalized) || Tok(at).Has(kAllCaps))) return 0;
    uint32_t n = Match(WordTable::kAdjectives, at, e, &v);
    if (n) *code = g_.polity_code(v[0]);
    return n;
  };
  std::string_view c1, c2;
  uint32_t n1 = polity_at(k, &c1);
  if (!n1) return 0;
  uint32_t a2 = k + n1;
  if (a2 >= e || L(a2) != "and") return 0;
  ++a2;
  uint32_t n2 = polity_at(a2, &c2);
  if (!n2) return 0;
  uint32_t r = a2 + n2;
  if (r >= e || !IsWord(r)) return 0;
  std::string_view w = t_.Str(Tok(r));
  if (w.size() < 4 || (w.back() != 's' && w.back() != 'S')) return 0;
  uint64_t hh = FoldedHash(w.substr(0, w.size() - 1));
  if (!g_.role_words().LongestMatch(&hh, 0, 1, &v)) return 0;
  const std::string& role = g_.role_key(v[0]);
  if (role == "counterpart") return 0;
  // "conversations between Indian and U.S. leaders": without an article the
  // plural of the generic "leader" is a class of officials of the two
  // countries, not their two heads ("the Indian and U.S. leaders" are).
  if (!definite && role == "leader") return 0;
  int h1 = HolderAt(role, c1, i), h2 = HolderAt(role, c2, i);
  if (h1 < 0 && h2 < 0) return 0;
  auto add = [&](int h, uint32_t first, uint32_t end) {
    if (h < 0) return;
    Raw& x = raws_.emplace_back();  // in place (AddName)
    x.first = first;
    x.end = end;
    x.name_first = x.name_end = end;
    x.gaz = h;
    x.via_role = true;
  };
  add(h1, i, k + n1);
  add(h2, a2, r + 1);
  return r + 1 - i;
}

// "a Russian delegation", "the Russian and Ukrainian delegations", "US and
// Ukrainian negotiators": a body acting for a country, named by the
// country's adjective, stands for the country ("X held talks with a Russian
// delegation" is X dealing with Russia). Each adjective is a mention of its
// country; the last one takes the noun (delegation_nouns.txt). Not before
// "led by" or "headed by": the events stage meets such a delegation in the
// person of its head. Returns the tokens consumed, 0 when not there.
uint32_t Finder::DelegationsOfCountries(uint32_t i, uint32_t e) {
  PhraseTable::Values v;
  struct Item {
    uint32_t first, end;
    int country;
  } items[4];
  int n_items = 0;
  uint32_t k = i;
  // "the Israeli and Hamas delegations": a name closing the list after
  // its "and" (a movement, a body) is read by the scan as itself; the
  // adjectives before it stand for their countries all the same.
  uint32_t named_last = 0;
  for (;;) {
    if (k >= e || !IsWord(k) || !(Tok(k).Has(kCapitalized) || Tok(k).Has(kAllCaps))) return 0;
    const uint32_t n = Match(WordTable::kAdjectives, k, e, &v);
    if (!n && n_items > 0 && k > i && L(k - 1) == "and") {
      uint32_t j = k;
      while (j < e && j < k + 3 && IsWord(j) && (Tok(j).Has(kCapitalized) || Tok(j).Has(kAllCaps)))
        ++j;
      if (j > k && j < e && IsWord(j) && !Tok(j).Has(kCapitalized) &&
          WordIn(g_.delegation_nouns(), j))
        named_last = k;
      if (!named_last) return 0;
      break;
    }
    if (!n || n_items == 4) return 0;
    const int country = g_.PolityCountry(v[0]);
    if (country < 0) return 0;
    items[n_items++] = {k, k + n, country};
    k += n;
    if (k < e && IsPunct(k, ",")) ++k;  // "Ukrainian, US and Turkish"
    if (k < e && L(k) == "and") ++k;
    if (k == items[n_items - 1].end) break;
  }
  if (named_last) {
    for (int x = 0; x < n_items; ++x) {
      Raw& r = raws_.emplace_back();  // in place (AddName)
      r.first = items[x].first;
      r.end = items[x].end;
      r.name_first = r.name_end = r.end;
      r.gaz = items[x].country;
    }
    return named_last - i;
  }
  if (k >= e || !IsWord(k) || Tok(k).Has(kCapitalized) || !WordIn(g_.delegation_nouns(), k))
    return 0;
  uint32_t after = k + 1;
  if (after < e && IsPunct(after, ",")) ++after;
  if (after < e && (L(after) == "led" || L(after) == "headed")) return 0;
  // "Egyptian officials, including Foreign Minister X": the members the
  // text names are the parties (the events stage reads them after the noun).
  if (after < e && L(after) == "including") return 0;
  for (int x = 0; x < n_items; ++x) {
    Raw& r = raws_.emplace_back();  // in place (AddName)
    r.first = items[x].first;
    r.end = x + 1 == n_items ? k + 1 : items[x].end;
    r.name_first = r.name_end = r.end;
    r.gaz = items[x].country;
  }
  return k + 1 - i;
}

}  // namespace actors_detail
}  // namespace eg
