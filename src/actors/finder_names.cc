// Names and the cues around them: the span of a name (NameSpan, with
// joined initials and particles), an organisation word or ampersand after it
// (OrgFollows), and what makes a discovered name a person's (PersonCue) or a
// company's (CompanyContext, PossessedByPerson), and given names written alone.
#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

// "J.L. Edmonson", "E.B. White": initials written without spaces are one
// token. "U.S." or "U.N." (gazetteer names) and "N.Y." or "D.C." after a
// place and a comma ("Buffalo, N.Y.") are abbreviations, not initials.
bool Finder::JoinedInitials(uint32_t i) const {
  std::string_view w = t_.Str(Tok(i));
  for (size_t k = 0; k < w.size(); k += 2)
    if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
  if (i > 0 && IsPunct(i - 1, ",")) return false;
  PhraseTable::Values v;
  return !GazMatch(i, i + 1, &v);
}

// Short English words that follow a name's hyphen ("John Smith-led",
// "the Kim-era"): a compound, never a Korean syllable of a given name.
static bool EnglishCompound(std::string_view w) {
  static const char* const kWords[] = {"led", "era", "run", "like", "born", "type", "made",
                                       "free", "wide", "held", "style", "linked", "based",
                                       "owned", "backed", "ally", "camp", "bloc", "plan"};
  for (const char* x : kWords)
    if (w == x) return true;
  return false;
}

// A particle inside a name span: IsNameParticle's words but "ten" (also the
// number), which name spans have never taken as a particle.
// Particles have two to five letters: most words leave at the length test.
static bool NameParticle(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 && w != "ten" && IsNameParticle(w);
}

// Length of the name-like span starting at i: capitalised words, with
// particles ("von der", "al-"), hyphens ("Jean-Yves") and initials ("W.").
uint32_t Finder::NameSpan(uint32_t i, uint32_t e, bool org_first) const {
  if (i >= e || (!org_first && !IsCap(i))) return 0;  // initials and name words are capitalised
  if (Initial(i, e)) {
    // Initials open a name only when a name word follows: "J. K. Rowling".
    uint32_t k = i;
    while (k < e && Initial(k, e)) k += t_.Str(Tok(k)).size() == 1 ? 2 : 1;
    if (k >= e || !NameToken(k)) return 0;
    uint32_t rest = NameSpan(k, e);
    return rest ? k + rest - i : 0;
  }
  if (!NameToken(i) && !org_first) {
    // "Jan Kavan": a given name that is also a stopword ("Jan.", "May")
    // opens a name inside a sentence before a name word no gazetteer entry
    // starts ("in May Putin said" is no name).
    PhraseTable::Values gv;
    // So does the surname "He" after a title ("Vice Premier He Lifeng"):
    // the pronoun is not capitalised inside a sentence.
    const bool he_surname = L(i) == "he" && i > 0 &&
                            (In(i - 1, WordTable::kTitles) || In(i - 1, WordTable::kRoleWords));
    if (!((In(i, WordTable::kGivenNames) || he_surname) && In(i, WordTable::kStopwords) &&
          IsCap(i) && !Tok(i).Has(kSentenceStart) && !Tok(i).Has(kLineStart) &&
          !Tok(i).Has(kAllCaps) && i + 1 < e && NameToken(i + 1) && !Tok(i + 1).Has(kGlued) &&
          !GazMatch(i + 1, e, &gv)))
      return 0;
  }
  uint32_t k = i + 1, last = i + 1;
  // Which rules may extend the span depends on the token's kind, tested
  // first: a capitalised word (name word, title, middle initial), a word in
  // lower case (particle) or a punctuation mark (initial's full stop,
  // hyphen, nickname's quotes); a number or possessive ends the span.
  while (k < e && k - i < 7) {
    const Token& tk = Tok(k);
    if (tk.kind == TokenKind::kWord && tk.Has(kCapitalized)) {
      if (NameToken(k) && !(tk.Has(kAllCaps) && tk.end - tk.start > 1)) {
        last = ++k;
        continue;
      }
      // A title word ending a name ("Hun Sen said"): no name follows it.
      if (In(k, WordTable::kTitles) && !In(k, WordTable::kRoleWords) &&
          !In(k, WordTable::kStopwords) && (k + 1 >= e || !IsCap(k + 1)) &&
          !(k + 1 < e && IsPunct(k + 1, ".") && Tok(k + 1).Has(kGlued))) {
        last = ++k;
        break;
      }
      // Middle initial: "James A. Baker" ("A" is a stopword elsewhere).
      if (tk.end - tk.start == 1 && k + 2 < e && IsPunct(k + 1, ".") &&
          Tok(k + 1).Has(kGlued) && NameToken(k + 2)) {
        k += 2;
        continue;
      }
      break;
    }
    if (tk.kind == TokenKind::kWord) {
      // Particles: "von der Leyen", "bin Salman", "al-Sisi".
      const std::string_view lw = L(k);
      bool particle = NameParticle(lw);
      // "son of" / "daughter of": the father's name follows, even one that
      // is also a title ("Bandar bin Sultan", "Ali ibn Emir"). (Three or
      // four letters: most words leave at the length test, before the call.)
      if ((lw.size() == 3 || lw.size() == 4) && IsPatronymicParticle(lw) && k + 1 < e &&
          IsWord(k + 1) && IsCap(k + 1) &&
          !Tok(k + 1).Has(kAllCaps)) {
        k += 2;
        last = k;
        continue;
      }
      if (particle && k + 1 < e &&
          (NameToken(k + 1) || (IsWord(k + 1) && !Tok(k + 1).Has(kCapitalized)) ||
           (IsPunct(k + 1, "-") && Tok(k + 1).Has(kGlued)))) {
        ++k;
        continue;
      }
      break;
    }
    if (tk.kind != TokenKind::kPunct) break;
    // Initial: "W." glued after a one-letter capital.
    if (IsPunct(k, ".") && tk.Has(kGlued) && Tok(k - 1).end - Tok(k - 1).start == 1 &&
        k + 1 < e && NameToken(k + 1)) {
      ++k;
      continue;
    }
    // Hyphenated parts: "Jean-Yves", "al-Assad".
    if (IsPunct(k, "-") && tk.Has(kGlued) && k + 1 < e && Tok(k + 1).Has(kGlued) &&
        IsWord(k + 1)) {
      if (IsCap(k + 1)) {
        k += 2;
        last = k;
        continue;
      }
      // Korean given names: "Moon Jae-in", "Ban Ki-moon", "Lee Jae-myung":
      // a short syllable, a glued hyphen, a short lowercase syllable, after
      // at least one name word ("Trump-backed", "Biden-era" stay out).
      if (k - 1 > i && Tok(k - 1).end - Tok(k - 1).start <= 5 &&
          Tok(k + 1).end - Tok(k + 1).start <= 5 && !EnglishCompound(L(k + 1)) &&
          !(k + 2 < e && IsPunct(k + 2, "-") && Tok(k + 2).Has(kGlued))) {
        k += 2;
        last = k;
        continue;
      }
      break;
    }
    // A nickname in quotes between given name and surname: "Ernesto ``Che''
    // Guevara", "Joaquin \"El Chapo\" Guzman". The quotes must close within
    // three capitalised words and a name word must follow.
    if (k > i && QuoteMark(k, true)) {
      uint32_t q = k + 1;
      if (q < e && QuoteMark(q, true) && Tok(q).Has(kGlued)) ++q;  // ``
      const uint32_t words = q;
      while (q < e && q < words + 3 && IsWord(q) && IsCap(q)) ++q;
      if (q > words && q < e && QuoteMark(q, false)) {
        ++q;
        if (q < e && QuoteMark(q, false) && Tok(q).Has(kGlued)) ++q;  // ''
        if (q < e && NameToken(q)) {
          k = q;
          continue;
        }
      }
    }
    break;
  }
  return last - i;
}

// Words of a span as written apart: "Hewlett-Packard" is one, "Mark Rutte" two.
uint32_t Finder::SpanWords(uint32_t i, uint32_t n) const {
  uint32_t w = 0;
  for (uint32_t k = i; k < i + n; ++k)
    if (IsWord(k) && (k == i || !Tok(k).Has(kGlued))) ++w;
  return w;
}

bool Finder::GovernmentWord(uint32_t k) const {
  std::string_view w = L(k);
  return w == "administration" || w == "government" || w == "cabinet";
}

// A capitalised organisation word right after the span: "Karl Marx Theater".
// An ampersand before a capitalised word makes the span part of a firm's
// name too: "Wertheim Schroder & Co.", "Procter & Gamble"; news text whose
// HTML entities were stripped writes it "amp" ("Schroder amp Co.").
bool Finder::OrgFollows(uint32_t after, uint32_t e) const {
  if (after >= e) return false;
  if (IsCap(after)) return In(after, WordTable::kOrgWords);
  return AmpersandFollows(after, e);
}

bool Finder::AmpersandFollows(uint32_t after, uint32_t e) const {
  return after + 1 < e && IsCap(after + 1) &&
         (IsPunct(after, "&") || (IsWord(after) && L(after) == "amp" && !Tok(after).Has(kCapitalized)));
}

// "Tsarev's report", "Haley's campaign": a lone capitalised word owning
// what only people have (words, aides, relatives) is a person's surname,
// even first in a sentence, when the document never writes it in lower case
// (which common words at a sentence start would be).
bool Finder::PossessedByPerson(uint32_t i, uint32_t n, uint32_t e) const {
  if (n != 1 || i + 2 >= e || !IsPossessive(i + 1) || !IsWord(i + 2)) return false;
  if (Tok(i).end - Tok(i).start < 4 || Tok(i).Has(kAllCaps)) return false;
  if (!In(i + 2, WordTable::kPossessedNouns)) return false;
  for (uint32_t k = 0, nt = uint32_t(t_.tokens.size()); k < nt; ++k)
    if (h_[k] == h_[i] && IsWord(k) && !Tok(k).Has(kCapitalized)) return false;
  return true;
}

// "Elian Gonzalez ... Elian said": a capitalised word before a surname that
// the document also writes alone inside sentences, and never in lower case,
// is a given name (which "Later" or "Meanwhile" before a surname are not);
// a word after a hyphen ("anti-Castro") is no name's start. One pass over
// the document's tokens: callers ask only for names whose surname another
// name of the document shares.
bool Finder::GivenNameWrittenAlone(uint32_t i) const {
  if (!GivenNameShape(i, true)) return false;
  bool alone = false;
  const uint32_t n = uint32_t(t_.tokens.size());
  const uint64_t h = h_[i];
  for (uint32_t k = 0; k < n; ++k) {
    if (h_[k] != h || !IsWord(k)) continue;
    if (!Tok(k).Has(kCapitalized)) return false;
    if (k != i && !Tok(k).Has(kSentenceStart) && !Tok(k).Has(kGlued) && !(k + 1 < n && IsCap(k + 1)))
      alone = true;
  }
  return alone;
}

// Words of the market around a name that make it a company's, even one
// named after a person: "shares of X", "a stake in X", "X shares fell",
// "X's stock", "X executives", "X, a British conglomerate,".
bool Finder::CompanyContext(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const {
  if (i >= s + 2) {
    std::string_view p1 = L(i - 1);
    if ((p1 == "of" || p1 == "in") && In(i - 2, WordTable::kMarketOf)) return true;
  }
  uint32_t a = i + n;
  if (a + 2 < e && IsPunct(a, ",")) {
    // "Polly Peck, a fast-growing British conglomerate, ...": an appositive
    // whose head noun (in lower case, ending the phrase) names a company.
    std::string_view d = L(a + 1);
    if (d == "a" || d == "an" || d == "the") {
      for (uint32_t k = a + 2; k < e && k < a + 9; ++k) {
        if (!IsWord(k)) {
          if (IsPunct(k, "-")) continue;  // "a fast-growing British conglomerate"
          break;
        }
        if (IsCap(k) || !In(k, WordTable::kOrgWords)) continue;
        const uint32_t next = k + 1;
        return next >= e || IsPunct(next, ",") || IsPunct(next, ".") || L(next) == "that" ||
               L(next) == "which" || L(next) == "based";
      }
    }
    return false;
  }
  if (a < e && IsPossessive(a)) ++a;
  if (a >= e || !IsWord(a)) return false;
  return In(a, WordTable::kMarketAfter);
}

bool Finder::PersonCue(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const {
  const bool multi = SpanWords(i, n) >= 2;
  // Given name first: "Valentina Shevchenko".
  if (multi && !Tok(i).Has(kAllCaps) && In(i, WordTable::kGivenNames)) return true;
  if (multi && Initial(i, e)) return true;  // "J. K. Rowling
  uint32_t after = i + n;
  // Speech verb after ("X said", "X, who said") or before ("said X").
  if (multi && after < e && IsWord(after) && In(after, WordTable::kSpeechVerbs))
    return true;
  if (multi && i > s && IsWord(i - 1) && In(i - 1, WordTable::kSpeechVerbs)) return true;
  // Set off by commas before one: "One of them, Ana Ruiz, told reporters".
  if (multi && i > s && IsPunct(i - 1, ",") && after + 1 < e && IsPunct(after, ",") &&
      IsWord(after + 1) && In(after + 1, WordTable::kSpeechVerbs))
    return true;
  // "according to John Smith".
  if (multi && i >= s + 2 && L(i - 1) == "to" && L(i - 2) == "according") return true;
  // A relative clause on a person: "met Jensen Huang, who has lobbied ...";
  // no word of an organisation's name in the span, not a place after a
  // locative ("guerrillas from Anlong Veng, who have ..."), and the verb
  // not plural (the clause is then on the noun before).
  if (multi && after + 2 < e && IsPunct(after, ",") && IsWord(after + 1) && L(after + 1) == "who" &&
      !(i > s && IsWord(i - 1) && In(i - 1, WordTable::kLocatives)) && L(after + 2) != "have" &&
      L(after + 2) != "are" && L(after + 2) != "were") {
    bool org = false;
    for (uint32_t k = i; k < after && !org; ++k) org = IsWord(k) && In(k, WordTable::kOrgWords);
    if (!org) return true;
  }
  // A word of an organisation's name in the span ("Amnesty International"):
  // the two cues below do not make a person of it.
  auto org_word = [&] {
    for (uint32_t k = i; k < after; ++k)
      if (IsWord(k) && In(k, WordTable::kOrgWords)) return true;
    return false;
  };
  // A party's abbreviation in brackets after the name: "Dilan
  // Yesilgoz-Zegerius (VVD)". Not the name's own initials: "Democratic Party
  // (DP)" is the party.
  if (multi && after + 2 < e && IsPunct(after, "(") && IsPunct(after + 2, ")") &&
      Tok(after + 1).Has(kAllCaps)) {
    const std::string_view abbr = t_.Str(Tok(after + 1));
    std::string initials;
    for (uint32_t k = i; k < after; ++k)
      if (IsWord(k) && IsCap(k)) initials.push_back(t_.text[Tok(k).start]);
    if (abbr.size() >= 2 && abbr.size() <= 6 && abbr != initials && !org_word()) return true;
  }
  // An item of a list of persons: "met John Swinney, Eluned Morgan and
  // Michelle O'Neill": right after the comma or "and" that follows a
  // person's name, and itself followed by the list's comma or "and"; no
  // word of an organisation's name in it ("Ruiz, Amnesty International,").
  if (multi && i >= s + 2 && (IsPunct(i - 1, ",") || L(i - 1) == "and") && !raws_.empty() &&
      after < e && (IsPunct(after, ",") || L(after) == "and")) {
    const Raw& r = raws_.back();
    const bool person = r.end == i - 1 && !r.via_role &&
                        (r.gaz >= 0 ? g_.KindOf(uint32_t(r.gaz)) == GazKind::kPerson : r.strong);
    if (person && !org_word()) return true;
  }
  // A name owned by a country or an organisation the gazetteer knows
  // ("Nigeria's Akinwumi Adesina", "the Kremlin's Oleg Tavrin": one of its
  // people), or by any other capitalised owner when a known given name
  // opens it ("Amazon's Andy Jassy"). Not owned by a person (his "Chief of
  // Staff"), no word of an organisation's name ("Russia's Foreign
  // Ministry"), no office's words before its role ("China's Vice Finance
  // Minister"), each word longer than an initial ("Tesla's Model Y").
  if (multi && i >= s + 2 && IsPossessive(i - 1) && IsCap(i - 2) && !org_word() &&
      GivenNameShape(i) &&
      !(after < e && (In(after, WordTable::kRoleWords) || In(after, WordTable::kTitles)))) {
    bool owner_person = false, owner_polity = false;
    if (!raws_.empty() && raws_.back().end == i - 1) {
      const Raw& r = raws_.back();
      const GazKind k = r.gaz >= 0 ? g_.KindOf(uint32_t(r.gaz)) : GazKind::kOther;
      owner_person = r.via_role || (r.gaz >= 0 ? k == GazKind::kPerson : r.strong || r.weak);
      owner_polity = k == GazKind::kCountry || k == GazKind::kOrganization;
    }
    bool shape = true;
    for (uint32_t k = i; k < after; ++k)
      if (IsWord(k) && (Tok(k).end - Tok(k).start < 2 || Tok(k).Has(kAllCaps))) shape = false;
    // (A city's or a region's own names are places as often: "Miami's
    // Little Havana", "Brussels' Val Duchesse"; there a given name must
    // open the name.)
    if (!owner_person && shape && (owner_polity || In(i, WordTable::kGivenNames))) return true;
  }
  // An age in apposition: "John Smith, 45, said".
  if (multi && after + 2 < e && IsPunct(after, ",") && Tok(after + 1).kind == TokenKind::kNumber &&
      IsPunct(after + 2, ",") && t_.Str(Tok(after + 1)).size() <= 3)
    return true;
  // Apposition with a role: "John Smith, chair of the committee," (a bare
  // role followed by "of").
  if (multi && after + 2 < e && IsPunct(after, ",") && L(after + 2) == "of" &&
      (In(after + 1, WordTable::kRoleWords) || In(after + 1, WordTable::kTitles)))
    return true;
  // A name in apposition after a role: "the chief executive of SoftBank,
  // Masayoshi Son, said", "its chairman, Ana Ruiz." (a determiner or an
  // owner before the role word, no comma between).
  if (multi && i >= s + 3 && IsPunct(i - 1, ",") &&
      (after >= e || IsPunct(after, ",") || IsPunct(after, "."))) {
    // The window is eight words; an "and" before an office moves it back
    // once, to the office coordinated with it ("Ghana's Minister of Trade
    // and Coordinating Minister of Industry, Tunde Obiakor,": the owner
    // stands before the first office).
    uint32_t window = i;
    bool office = false;
    for (uint32_t k = i - 1; k > s && k + 8 > window;) {
      --k;
      if (!IsWord(k) && !IsPossessive(k)) break;
      if (office && window == i && L(k) == "and") window = k;
      if (!(In(k, WordTable::kRoleWords) || In(k, WordTable::kTitles))) continue;
      office = true;
      // Past the capitalised name of the body or polity the office is of:
      // "The United Nations envoy for Libya, Hanna Tetteh,".
      uint32_t r = k;
      while (r > s + 1 && IsCap(r - 1) && L(r - 1) != "the" && r + 4 > k) --r;
      const std::string_view d = r > s ? L(r - 1) : std::string_view();
      if (d == "the" || d == "its" || d == "their" || d == "his" || d == "her" ||
          (r > s && IsPossessive(r - 1)))
        return true;
    }
  }
  // Apposition with a role: "John Smith, the defence secretary,".
  if (multi && after + 1 < e && IsPunct(after, ",")) {
    for (uint32_t k = after + 1; k < e && k < after + 6; ++k) {
      if (IsPunct(k, ",") || IsPunct(k, ".")) break;
      if (In(k, WordTable::kRoleWords) || In(k, WordTable::kTitles)) {
        std::string_view d = L(after + 1);
        if (d == "the" || d == "a" || d == "an" || IsPossessive(after + 2) ||
            In(after + 1, WordTable::kAdjectives))
          return true;
      }
    }
  }
  return false;
}

}  // namespace actors_detail
}  // namespace eg
