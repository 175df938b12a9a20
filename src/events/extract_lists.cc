// Lists of actors: "X and Y", "leaders, including X", appositions, owners.
// Members of the Extractor (events/extractor.h).
#include "actors/name_match.h"
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// Members a group names after it: "leaders, including X and Y", "(X and Y)",
// "such as X". p is the token after the group's head. Returns the token
// after the members, or p when there are none.
uint32_t Extractor::GroupMembersRight(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t q = p;
  if (q < end_ && W(q) == ",") ++q;
  // "the leaders of the four other parties: A, B, C and D": a colon
  // after the group introduces its members as "including" does.
  if (q < end_ && (W(q) == "including" || W(q) == "(" || words::IsDash(W(q)) ||
                   (W(q) == ":" && q == p))) {
    ++q;
  } else if (q + 1 < end_ && W(q) == "such" && W(q + 1) == "as") {
    q += 2;
  } else if (const uint32_t n = MembersIntroducedAt(q)) {
    q += n;
  } else {
    return p;
  }
  std::vector<uint32_t> members;
  uint32_t r = ListRight(q, false, &members);
  if (members.empty()) return p;
  // A colon's enumeration that stops at a comma before a capitalised word
  // goes on with names no actor stands for: who the members are is not
  // read, and the first few alone are not the group.
  if (W(q - 1) == ":" && r + 1 < end_ && W(r) == "," && Cap(r + 1)) return p;
  for (uint32_t e : members) AddOnce(ents, e);
  if (r < end_ && (W(r) == ")" || words::IsDash(W(r)))) ++r;
  return r;
}

// The end of a group noun's "of" complement made of lower-case words
// ("heads of the country's five largest business groups", "leaders of
// both parties"): q is the group noun; returns the token after the
// complement when a member list opens there (a comma then "including",
// "such as", a bracket or a dash), else 0. No name, no preposition, no verb
// inside: "leaders of Ukraine" and "officials of the party that won" are
// left to the other rules.
uint32_t Extractor::GroupComplementEnd(uint32_t q) const {
  if (q + 2 >= end_ || W(q + 1) != "of") return 0;
  uint32_t k = q + 2;
  for (; k < end_ && k < q + 10; ++k) {
    if (W(k) == "," || W(k) == "(" || W(k) == ":" || words::IsDash(W(k))) break;
    if (Possessive(k)) continue;
    if (Cap(k) || Punct(k) || MentionAt(k) != kNone || PrepAt(k) || AuxAt(k) ||
        timex_at_[k] != kNone || W(k) == "and" || W(k) == "or" || W(k) == "who" ||
        W(k) == "that" || W(k) == "which")
      return 0;
  }
  if (k == q + 2 || k >= end_) return 0;
  uint32_t m = k;
  if (W(m) == ",") ++m;
  if (m >= end_) return 0;
  const Word w = W(m);
  if (!(w == "including" || w == "(" || words::IsDash(w) || (w == ":" && m == k) ||
        (m + 1 < end_ && w == "such" && W(m + 1) == "as")))
    return 0;
  return k;
}

// The members named after a group noun's "of" complement (see
// GroupComplementEnd): adds them and moves *p past them; false when none.
bool Extractor::MembersAfterComplement(uint32_t q, uint32_t* p,
                                       std::vector<uint32_t>* ents) const {
  const uint32_t c = GroupComplementEnd(q);
  if (c == 0) return false;
  const uint32_t r = GroupMembersRight(c, ents);
  if (r == c) return false;
  *p = r;
  return true;
}

// A count before a group noun: "more than 20 leaders", "some 30 countries",
// "nearly two dozen officials". q is on one of its words or numbers.
bool Extractor::QuantityBeforeGroup(uint32_t q) const {
  for (uint32_t k = q; k < end_ && k < q + 5; ++k) {
    if (GroupHeadAt(k) && k > q && W(k) != "two") return true;
    const Word w = W(k);
    const bool count = t_.tokens[k].kind == TokenKind::kNumber || w == "more" || w == "than" ||
                       w == "some" || w == "about" || w == "over" || w == "nearly" ||
                       w == "around" || w == "almost" || w == "roughly" || w == "dozen" ||
                       w == "dozens" || w == "of" || w == "at" || w == "least" || w == "two" ||
                       w == "three" || w == "four" || w == "five" || w == "six" || w == "ten" ||
                       w == "twenty" || w == "thirty" || w == "forty" || w == "fifty";
    if (!count || Cap(k)) return false;
  }
  return false;
}

// The countries a group comes from, listed at k: "(counterparts) from
// Britain, France and Germany". They stand for the group (and pass a
// persons-only frame as an owner's polity does). Moves *p past the list;
// false, adding nothing, when it names no country.
bool Extractor::CountriesFrom(uint32_t k, uint32_t* p, std::vector<uint32_t>* ents) const {
  std::vector<uint32_t> from;
  const uint32_t r = ListRight(k, false, &from);
  if (r == k) return false;
  for (uint32_t e : from)
    if (KindOf(e) != ActorKind::kCountry) return false;
  for (uint32_t e : from) {
    AddOnce(ents, e);
    AddOnce(&owner_polities_, e);
  }
  *p = r;
  return true;
}

// One item of a list starting at *p: an actor mention, possibly after a few
// title or determiner words ("US President Donald Trump"), or with
// `apposition` a short noun phrase and comma ("his ally, Putin"); or a group
// noun with named members. A mention that owns something ("Putin's
// demands") is not an item.
bool Extractor::ItemRight(uint32_t* p, bool apposition, std::vector<uint32_t>* ents) const {
  uint32_t q = *p;
  bool saw_det = false;
  int lower_words = 0;
  int cap_words = 0;  // capitalised words after the determiner, no actor
  // "the Greens' Marine Tondelier": a plural owner takes a bare apostrophe,
  // which the tokenizer leaves a mark of its own; glued to a capitalised
  // word ending in "s", it owns what follows as "'s" does.
  auto owner_mark = [&](uint32_t k) {
    if (Possessive(k)) return true;
    if (k <= begin_ || k >= end_ || !t_.tokens[k].Has(kGlued) || !Cap(k - 1) ||
        !W(k - 1).EndsWith("s"))
      return false;
    const QuoteChar c = QuoteCharAt(t_, k);
    return c == QuoteChar::kSingle || c == QuoteChar::kCloseSingle;
  };
  // (An office in apposition may run longer: "the managing director of the
  // Fund, X".)
  for (int skipped = 0; q < end_ && skipped < (apposition && lower_words > 0 ? 10 : 6);
       ++skipped) {
    if (MentionStartsAt(q)) {
      if (PolityOfOwner(q, p, ents)) return true;
      if (BodyDelegation(q, p, ents)) return true;
      // "Russia's foreign minister Sergei Lavrov": the owner is a modifier.
      uint32_t after = a_.mentions[MentionAt(q)].end_token;
      // "Democratic Party (DP) Chairman X": the abbreviation in brackets
      // after a name is part of it.
      if (after + 3 < end_ && W(after) == "(" && Cap(after + 1) && W(after + 2) == ")" &&
          KindOf(EntityOf(MentionAt(q))) != ActorKind::kPerson)
        after += 3;
      if (owner_mark(after)) {
        q = after + 1;
        continue;
      }
      // "Trump administration officials", "Biden officials": a person's
      // name before a noun of those acting for someone modifies it; the
      // officials, not the person, take part.
      if (KindOf(EntityOf(MentionAt(q))) == ActorKind::kPerson && after < end_ && !Cap(after) &&
          OfPartyAt(after)) {
        q = after;
        continue;
      }
      // "U.S. envoys Steve Witkoff and Jared Kushner": a country before a
      // title or group noun and a person's name is a modifier too.
      // "U.S. Sens. Dan Sullivan and Lisa Murkowski", "U.S. Trade
      // Representative Jamieson Greer": an abbreviated title with its glued
      // period, or the capitalised words of an office. So is an
      // organisation: "White House chief of staff Susie Wiles", "Hamas
      // negotiator Khalil al-Hayya".
      const ActorKind owner = KindOf(EntityOf(MentionAt(q)));
      // "the US trade representative X": a lower-case word of the office
      // right before its title word.
      auto office_modifier = [&](uint32_t r) {
        return r + 2 < end_ && !Cap(r) && t_.tokens[r].kind == TokenKind::kWord &&
               MentionAt(r) == kNone && !DetAt(r) && !PrepAt(r) && !AuxAt(r) &&
               W(r) != "and" && W(r) != "or" && (ClassesAt(r + 1) & words::kTitleWord) &&
               !GroupHeadAt(r);
      };
      if ((owner == ActorKind::kCountry || owner == ActorKind::kOrganization ||
           owner == ActorKind::kGroup) &&
          after + 1 < end_ &&
          ((ClassesAt(after) & words::kTitleWord) || GroupHeadAt(after) || office_modifier(after) ||
           (Cap(after) && t_.tokens[after].kind == TokenKind::kWord))) {
        uint32_t r = after;
        while (r < end_ && r < after + 8 && !MentionStartsAt(r) &&
               ((ClassesAt(r) & words::kTitleWord) || GroupHeadAt(r) || office_modifier(r) ||
                (Cap(r) && t_.tokens[r].kind == TokenKind::kWord) ||
                (r > after && W(r) == "." && t_.tokens[r].Has(kGlued) && Cap(r - 1)) ||
                // "Bangladesh Jamaat-e-Islami ameer X": a name's glued
                // hyphens and the lower-case particles between them.
                (r > after && W(r) == "-" && t_.tokens[r].Has(kGlued) && r + 1 < end_ &&
                 t_.tokens[r + 1].Has(kGlued) && t_.tokens[r + 1].kind == TokenKind::kWord) ||
                (r > after && W(r - 1) == "-" && t_.tokens[r].Has(kGlued) &&
                 t_.tokens[r].kind == TokenKind::kWord) ||
                (r > after && W(r) == "of" && (ClassesAt(r - 1) & words::kTitleWord) &&
                 r + 1 < end_ && (ClassesAt(r + 1) & words::kTitleWord))))
          ++r;
        if (r < end_ && MentionStartsAt(r) &&
            KindOf(EntityOf(MentionAt(r))) == ActorKind::kPerson) {
          q = r;
          continue;
        }
      }
      if (const uint32_t r = BodyModifiesPerson(q)) {
        q = r;
        continue;
      }
      break;
    }
    // "met A, B and Wales's first minister, C, and deputy first minister,
    // D": an office without an article, its holder in apposition.
    if (!Cap(q) && OfficeThenHolder(q, p, ents)) return true;
    Word w = W(q);
    // "held talks with Bessent and with He": a capitalised "He" after a
    // preposition is no subject pronoun but a family name (SurnameHe).
    if (q == *p && w == "he" && q > begin_ && PrepAt(q - 1) && SurnameHe(q, ents)) {
      *p = q + 1;
      return true;
    }
    if (DetAt(q) && w != "no") {
      saw_det = true;
    } else if (q == *p && QuotedSelf(q, SelfRole::kObject, ents)) {
      // "met me", "with us" in a quotation: the speaker.
      *p = q + 1;
      return true;
    } else if (Cap(q) && !Punct(q) && timex_at_[q] == kNone) {
      // a title or modifier: "Ukrainian President", "European"
      if (saw_det) ++cap_words;
      // "hosted the Harbour City Hawks, led by coach X": a body's name no
      // actor stands for, met in the person who leads it, as "a team led
      // by X" is (LeaderNamedAfter).
      if (saw_det && q + 1 < end_ && W(q + 1) == "," && LeaderNamedAfter(q, p, ents, true))
        return true;
    } else if (owner_mark(q) && q > *p && Cap(q - 1) && MentionAt(q - 1) == kNone &&
               q + 1 < end_ && !Cap(q + 1) && OfficeThenHolder(q + 1, p, ents)) {
      // "and Northern Ireland's first minister, X": a place no actor
      // stands for owns the office in lower case, its holder after it.
      return true;
    } else if (owner_mark(q) && q > *p && Cap(q - 1) && MentionAt(q - 1) == kNone &&
               q + 1 < end_ && (MentionStartsAt(q + 1) || (ClassesAt(q + 1) & words::kTitleWord))) {
      // "Thailand's acting Prime Minister X": a polity the actors stage
      // took into the title, owner of the office, not a party of its own.
    } else if (ClassesAt(q) & words::kTitleWord) {
    } else if (q > *p && Cap(q - 1) && !Punct(q - 1) && MentionAt(q - 1) == kNone &&
               q + 1 < end_ && MentionStartsAt(q + 1) &&
               KindOf(EntityOf(MentionAt(q + 1))) == ActorKind::kPerson && IsNameParticle(W(q))) {
      // "with A and Vasco do Prado": the lower-case particle of a name whose
      // mention covers only the family name after it ("Prado"); the words
      // before the particle are the name's, as a capitalised modifier is.
    } else if (q > *p && Cap(q - 1) && !Punct(q - 1) && MentionAt(q - 1) == kNone && q + 1 < end_ &&
               (ClassesAt(q + 1) & words::kTitleWord) && t_.tokens[q].kind == TokenKind::kWord &&
               MentionAt(q) == kNone && !DetAt(q) && !PrepAt(q) && !AuxAt(q) && w != "and" &&
               w != "or" && !GroupHeadAt(q)) {
      // "and Egyptian intelligence chief X", "Israeli military spokesman
      // X": a lower-case word of the office between its nationality and
      // its title word.
    } else if (w == "and" && q > *p && (Cap(q - 1) || (ClassesAt(q - 1) & words::kTitleWord)) &&
               !Punct(q - 1) && MentionAt(q - 1) == kNone && q + 1 < end_ &&
               MentionStartsAt(q + 1) && (ClassesAt(q + 1) & words::kTitleWord) &&
               KindOf(EntityOf(MentionAt(q + 1))) == ActorKind::kPerson) {
      // "Saudi Crown Prince and Prime Minister Mohammed bin Salman",
      // "Deputy Prime Minister and Foreign Minister X": one person with two
      // titles; the mention starts at the second.
    } else if (const uint32_t r = NameAfterTitleComplement(*p, q)) {
      q = r;
      break;
    } else if (w == "of" && q > *p && (ClassesAt(q - 1) & words::kTitleWord) && q + 1 < end_ &&
               ((ClassesAt(q + 1) & words::kTitleWord) || CapitalisedRunToPerson(q + 1))) {
      // "chief of staff Andriy Yermak", "Secretary of State Marco Rubio".
      // "Chief of Army Staff Field Marshal X", "Chairman of the Joint
      // Chiefs of Staff General X": a capitalised complement of the office
      // and a second title stacked before the name.
    } else if (w == "of" && q > *p && Cap(q - 1) && !Punct(q - 1) && MentionAt(q - 1) == kNone &&
               !(ClassesAt(q - 1) & words::kTitleWord) && q + 1 < end_ &&
               CapitalisedRunToPerson(q + 1)) {
      // "including Assembly of Coastal Towns President X", "University of
      // Lagos Chancellor X": the name of a body no actor stands for, with
      // "of" in it, before the title of the person it modifies.
    } else if (LeaderNamedAfter(q, p, ents)) {
      return true;
    } else if ((w == "group" || w == "number" || w == "handful" || w == "host") &&
               q + 2 < end_ && W(q + 1) == "of" && !Cap(q) &&
               (GroupHeadAt(q + 2) || (q + 3 < end_ && GroupHeadAt(q + 3)))) {
      // "a group of European leaders, including X and Y": the quantity
      // before the group noun; the group's members follow as ever.
      ++q;
    } else if ((GroupHeadAt(q) || OfPartyAt(q)) && !Cap(q) && MembersAfterComplement(q, p, ents)) {
      // "the heads of the country's largest business groups, including X":
      // the group's "of" complement, then the members it names.
      return true;
    } else if (OfPartyAt(q) && q + 2 < end_ && W(q + 1) == "of" && !Cap(q)) {
      // "consultations with the governments of Syria and Jordan": the noun
      // acts for the countries or organisations it is of; persons after it
      // ("the leaders of Putin's party") are not what it stands for.
      // Persons of the noun ("the foreign ministers of France, Germany
      // and the EU's High Representative Kaja Kallas") stand for their
      // countries, which pass a verb's persons-only frame as an owner's
      // polity does.
      std::vector<uint32_t> of;
      uint32_t r = ListRight(q + 2, false, &of);
      bool any = false;
      const bool persons = GroupHeadAt(q);
      for (uint32_t e : of) {
        ActorKind k = KindOf(e);
        if (persons && k == ActorKind::kPerson && any) {
          AddOnce(ents, e);  // a conjunct after the countries
          continue;
        }
        if (k != ActorKind::kCountry && k != ActorKind::kOrganization) continue;
        AddOnce(ents, e);
        if (persons && k == ActorKind::kCountry) AddOnce(&owner_polities_, e);
        any = true;
      }
      if (!any) return false;
      *p = r;
      return true;
    } else if (GroupHeadAt(q) && !Cap(q) && q + 2 < end_ && W(q + 1) == "from" &&
               CountriesFrom(q + 2, p, ents)) {
      // "meeting their counterparts from Britain, France and Germany".
      return true;
    } else if ((w == "two" || w == "both") && PairNamedAfterGroup(q, p, ents)) {
      return true;
    } else if ((w == "two" || w == "both") && q + 1 < end_ && GroupHeadAt(q + 1)) {
      // "the two leaders", "both sides": the pair the text just named.
      if (!ResolvePronoun(q + 1, ents)) return false;
      *p = q + 2;
      return true;
    } else if (QuantityBeforeGroup(q)) {
      // "with more than 20 leaders, including X and Y": a count of the group.
    } else if (q + 1 < end_ && GroupHeadAt(q + 1) && !GroupHeadAt(q) && !Punct(q) && !Cap(q) &&
               t_.tokens[q].kind == TokenKind::kWord && !PrepAt(q) && !AuxAt(q) &&
               !SkipAdverbAt(q) && timex_at_[q] == kNone && w != "and" && w != "or") {
      // a modifier of the group: "senior officials", "defence contractors"
    } else if (GroupHeadAt(q)) {
      uint32_t r = GroupMembersRight(q + 1, ents);
      if (r != q + 1) {
        *p = r;
        return true;
      }
      // A group whose members the text named elsewhere.
      if (const std::vector<uint32_t>* g = GroupMembers(q)) {
        for (uint32_t e : *g) AddOnce(ents, e);
        *p = q + 1;
        return true;
      }
      if (!apposition) return false;
      ++lower_words;
    } else if (apposition && saw_det && lower_words > 0 && w == "who") {
      // "with the one ally who has backed his threat, British Prime
      // Minister Tony Blair": a relative clause on the noun (no actor in
      // it), then the name in apposition; not "..., Blair said", where the
      // name after the comma is the speaker of the sentence.
      uint32_t r = q + 1;
      for (int k = 0; k < 14 && r < end_ && !CommaOrHardAt(r) && MentionAt(r) == kNone; ++k)
        ++r;
      if (r + 1 >= end_ || W(r) != "," || !MentionStartsAt(r + 1)) return false;
      const uint32_t after = a_.mentions[MentionAt(r + 1)].end_token;
      if (after < end_ && SpeechAt(after)) return false;
      q = r + 1;
      break;
    } else if (apposition && saw_det && (lower_words > 0 || cap_words > 0) && w == "of" &&
               q + 2 < end_ && !Cap(q)) {
      // "will meet the managing director of the Fund, X", "hosted the
      // foreign minister of Qatar, X": the office's complement, before the
      // name in apposition; a body or country named there owns the office
      // and is no party of its own. So with an office in capitals or
      // initials: "spoke with the CEO of Acme, X".
      const int32_t m = MentionAt(q + 1);
      if (m != kNone) {
        const uint32_t after = a_.mentions[m].end_token;
        if (KindOf(EntityOf(m)) == ActorKind::kPerson || after + 1 >= end_ || W(after) != "," ||
            !MentionStartsAt(after + 1) ||
            KindOf(EntityOf(MentionAt(after + 1))) != ActorKind::kPerson)
          return false;
        q = after;  // the comma
        continue;
      }
    } else if (apposition && saw_det && !Punct(q) && !PrepAt(q) &&
               !OpenerAt(q) && !AuxAt(q) && w != "and" &&
               ++lower_words <= 3) {
      // "his nemesis", "his Russian counterpart"
    } else if (apposition && saw_det && w == "," && lower_words > 0 && q + 1 < end_ &&
               MentionStartsAt(q + 1)) {
    } else if (apposition && saw_det && w == "," && cap_words > 0 && q + 1 < end_ &&
               MentionStartsAt(q + 1) &&
               KindOf(EntityOf(MentionAt(q + 1))) == ActorKind::kPerson &&
               !SpeechAt(a_.mentions[MentionAt(q + 1)].end_token)) {
      // "called our DGMO, Lieutenant General X", "met the NSA, X": an
      // office known by its initials, which no actor stands for, then the
      // person holding it in apposition; not "... the NSA, X said".
    } else {
      return false;
    }
    ++q;
  }
  if (q >= end_ || !MentionStartsAt(q)) return false;
  int32_t m = MentionAt(q);
  uint32_t after = a_.mentions[m].end_token;
  if (Possessive(after)) return false;
  // "Putin-Trump summit" style compounds are handled by the noun's own rules.
  if (after < end_ && W(after) == "-" && t_.tokens[after].Has(kGlued)) return false;
  uint32_t e = EntityOf(m);
  if (KindOf(e) == ActorKind::kGroup) {
    uint32_t r = GroupMembersRight(after, ents);
    *p = r;
    return true;  // the group itself is not a participant
  }
  if (KindOf(e) == ActorKind::kOrganization && after < end_ && !Cap(after) &&
      MemberGroupAt(after)) {
    // "met NATO leaders": a group of the organisation's members, who count
    // only when the text names them; the organisation is no party itself.
    if (const std::vector<uint32_t>* g = GroupMembers(after))
      for (uint32_t x : *g) AddOnce(ents, x);
    *p = GroupMembersRight(after + 1, ents);
    return true;
  }
  AddOnce(ents, e);
  *p = after;
  return true;
}

// "the Ukrainian delegation, led by Andriy Yermak", "a team headed by X":
// a delegation is met in the person of its named head. q is the noun (of
// the of_party or group_head words, or "team", "side"); the head is a
// person right after "(,) led / headed by". Adds him and moves *p past him.
// With `name`, q is instead the last word of a capitalised name that no
// actor stands for ("the Harbour City Hawks, led by X").
bool Extractor::LeaderNamedAfter(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents,
                                  bool name) const {
  if (name ? !Cap(q) || MentionAt(q) != kNone
           : Cap(q) || !(OfPartyAt(q) || GroupHeadAt(q) || W(q) == "team" || W(q) == "side"))
    return false;
  uint32_t k = q + 1;
  // "a delegation of the Communist Party of Vietnam led by X": the body it
  // acts for, between the noun and its head, is met in him too.
  if (!name && k + 2 < end_ && (W(k) == "of" || W(k) == "from")) {
    uint32_t j = k + 1;
    if (DetAt(j)) ++j;
    if (j < end_ && MentionStartsAt(j) && KindOf(EntityOf(MentionAt(j))) != ActorKind::kPerson) {
      k = a_.mentions[MentionAt(j)].end_token;
    } else if (j < end_ && Cap(j) && MentionAt(j) == kNone) {
      // A body no actor stands for: its capitalised name, with "of" and
      // "and" inside and its initials in brackets after it ("of the
      // Workers' Union of Ruritania (WUR) led by X"). The name ends at
      // "led" / "headed" or at the comma before them, else it is no body's.
      uint32_t r = j;
      while (r < end_ && r < j + 10 &&
             ((Cap(r) && t_.tokens[r].kind == TokenKind::kWord && MentionAt(r) == kNone) ||
              (r > j && W(r - 1) == "of" && MentionStartsAt(r) &&
               KindOf(EntityOf(MentionAt(r))) != ActorKind::kPerson) ||
              (r > j && (W(r) == "of" || W(r) == "and" || Possessive(r) ||
                         (W(r) == "-" && t_.tokens[r].Has(kGlued)))) ||
              (r > j && W(r) == "(" && r + 2 < end_ && Cap(r + 1) && W(r + 2) == ")")))
        r = W(r) == "(" ? r + 3
            : MentionStartsAt(r) ? std::max(r + 1, a_.mentions[MentionAt(r)].end_token)
                                 : r + 1;
      if (r > j && (Cap(r - 1) || W(r - 1) == ")" || MentionEndsAt(r - 1)) && r < end_ &&
          (W(r) == "led" || W(r) == "headed" || W(r) == ","))
        k = r;
    }
  }
  if (k < end_ && W(k) == ",") ++k;
  if (!(k + 2 < end_ && (W(k) == "led" || W(k) == "headed") && W(k + 1) == "by"))
    return false;
  uint32_t h = k + 2;
  // "led by its convener, X", "headed by their secretary-general, X": the
  // head's office, owned by the body, then his name in apposition.
  if (!MentionStartsAt(h) && (W(h) == "its" || W(h) == "their")) {
    uint32_t r = h + 1;
    while (r < end_ && r < h + 5 && !Cap(r) && MentionAt(r) == kNone &&
           ((t_.tokens[r].kind == TokenKind::kWord && !PrepAt(r) && !AuxAt(r) && W(r) != "and") ||
            (r > h + 1 && W(r) == "-" && t_.tokens[r].Has(kGlued))))
      ++r;
    if (r > h + 1 && r + 1 < end_ && W(r) == ",") h = r + 1;
  }
  if (!MentionStartsAt(h)) return false;
  const ActorMention& m = a_.mentions[MentionAt(h)];
  if (KindOf(m.entity) != ActorKind::kPerson || Possessive(m.end_token)) return false;
  AddOnce(ents, m.entity);
  *p = m.end_token;
  return true;
}

// "met a Hamas delegation led by Khalil al-Hayya", "hosted a Russian
// delegation", "talks with Hamas negotiators": a country or organisation
// before a noun of those who act for it (of_party, not a member group:
// "NATO leaders" are its members; or "team") is met through persons. Headed
// by a named person ("(,) led / headed by X"), the delegation is met in
// him, as LeaderNamedAfter has it without the body; unnamed, the body is
// the party and passes a persons-only frame (owner_polities_: "X hosted
// a Hamas delegation" is a meeting as "X hosted Hamas officials" is). The
// actors stage may have taken the noun into a country's mention ("Russian
// delegation"). q is the mention's first token; moves *p past the noun or
// the head.
bool Extractor::BodyDelegation(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  const ActorMention& m = a_.mentions[MentionAt(q)];
  const ActorKind kind = KindOf(m.entity);
  if (!(kind == ActorKind::kCountry || kind == ActorKind::kOrganization) || m.possessive)
    return false;
  auto noun_at = [&](uint32_t k) {
    return k < end_ && !Cap(k) && t_.tokens[k].kind == TokenKind::kWord &&
           ((OfPartyAt(k) && !MemberGroupAt(k)) || W(k) == "team");
  };
  uint32_t noun = m.end_token;
  if (m.end_token > q + 1 && noun_at(m.end_token - 1)) {
    noun = m.end_token - 1;
  } else if (!noun_at(noun)) {
    return false;
  }
  if (LeaderNamedAfter(noun, p, ents)) return true;
  // "U.S. envoys Steve Witkoff and Jared Kushner": the noun is a title of
  // the names after it (ItemRight's modifier rule).
  if (noun + 1 < end_ && (MentionStartsAt(noun + 1) || Cap(noun + 1))) return false;
  AddOnce(ents, m.entity);
  AddOnce(&owner_polities_, m.entity);
  *p = noun + 1;
  return true;
}

// "talks with Trump administration officials", "spoke with Trump's team":
// those who act for a leader, unnamed, stand for the polity he serves
// (DocEntity::country), when the document names that country. q is the
// leader's mention; one or two nouns of a party (of_party, group_head,
// "team") follow it, with or without a possessive, and no name after them
// ("Putin's spokesman Dmitry Peskov" is Peskov). Moves *p past the nouns.
bool Extractor::PolityOfOwner(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  const ActorMention& m = a_.mentions[MentionAt(q)];
  if (KindOf(m.entity) != ActorKind::kPerson) return false;
  const std::string& code = a_.entities[m.entity].country;
  if (code.empty()) return false;
  uint32_t r = m.end_token;
  if (Possessive(r)) ++r;
  const uint32_t nouns = r;
  while (r < end_ && r < nouns + 2 && !Cap(r) &&
         (OfPartyAt(r) || GroupHeadAt(r) || W(r) == "team"))
    ++r;
  if (r == nouns || (r < end_ && (MentionStartsAt(r) || Cap(r) ||
                                  (ClassesAt(r) & words::kTitleWord))))
    return false;
  for (uint32_t e = 0; e < a_.entities.size(); ++e) {
    const DocEntity& d = a_.entities[e];
    if (d.kind == ActorKind::kCountry && d.country == code) {
      AddOnce(ents, e);
      AddOnce(&owner_polities_, e);
      *p = r;
      return true;
    }
  }
  return false;
}

// "both foreign ministers, A and B", "the two leaders, A and B": the pair
// the group noun announces, named in apposition after its comma (a title
// word or two may come between "both" and the noun). Adds the two persons
// and moves *p past them; false when the apposition is no pair of persons.
bool Extractor::PairNamedAfterGroup(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  uint32_t g = q + 1;
  while (g < end_ && g < q + 4 && !GroupHeadAt(g) && (ClassesAt(g) & words::kTitleWord)) ++g;
  if (!(g + 2 < end_ && GroupHeadAt(g) && W(g + 1) == ",")) return false;
  std::vector<uint32_t> pair;
  const uint32_t r = ListRight(g + 2, false, &pair);
  if (pair.size() != 2 || KindOf(pair[0]) != ActorKind::kPerson ||
      KindOf(pair[1]) != ActorKind::kPerson)
    return false;
  for (uint32_t e : pair) AddOnce(ents, e);
  *p = r;
  return true;
}

// A coordinated list starting at p: "X, Y and Z", "X as well as Y".
// Returns the token after the list (p when there is none).
// "got on a line with several European leaders and Nato's Mark Rutte": a
// group the text does not name the members of, then "and" and a name: the
// named one takes part (the group adds no one). *p moves past the name.
bool Extractor::UnnamedGroupThenItem(uint32_t* p, std::vector<uint32_t>* ents) const {
  uint32_t g = *p;
  for (int n = 0; g < end_ && n < 4 && !GroupHeadAt(g); ++n, ++g)
    if (MentionStartsAt(g) || Punct(g) || PrepAt(g) || W(g) == "and" || W(g) == "or" ||
        timex_at_[g] != kNone)
      return false;
  if (g + 2 >= end_ || !GroupHeadAt(g) || Cap(g) || W(g + 1) != "and" || W(g) == "two" ||
      !MentionStartsAt(g + 2) || GroupMembers(g))
    return false;
  uint32_t s = g + 2;
  const size_t before = ents->size();
  if (!ItemRight(&s, false, ents) || ents->size() == before) return false;
  *p = s;
  return true;
}

// "accompanied by A, the minister responsible for trade, and B": a person
// item followed by a short noun phrase in apposition (opened by an article
// or "his" / "her", closed by a comma and "and", with no other person in
// it: "A, the Vatican secretary of state, and B") describes that item; the
// list goes on after the appositive. q is the
// token after the item, r where the list reads on (q, or past a side
// phrase). Returns the closing comma, or r when there is no such appositive.
uint32_t Extractor::PersonAppositionAfter(uint32_t q, uint32_t r) const {
  if (r != q || q <= begin_ || q + 3 >= end_ || W(q) != "," || !MentionEndsAt(q - 1) ||
      KindOf(EntityOf(MentionAt(q - 1))) != ActorKind::kPerson)
    return r;
  const Word d = W(q + 1);
  // (A body or polity may open the office: "the Vatican secretary of state".)
  if (!(d == "the" || d == "a" || d == "an" || d == "his" || d == "her") ||
      (MentionAt(q + 2) != kNone && KindOf(EntityOf(MentionAt(q + 2))) == ActorKind::kPerson))
    return r;
  for (uint32_t k = q + 2; k + 1 < end_ && k < q + 14; ++k) {
    if (HardAt(k) || W(k) == "and" || W(k) == "or" || W(k) == "who" || W(k) == "which" ||
        timex_at_[k] != kNone)
      return r;
    if (MentionAt(k) != kNone && KindOf(EntityOf(MentionAt(k))) == ActorKind::kPerson) return r;
    if (W(k) == ",") return W(k + 1) == "and" ? k : r;
  }
  return r;
}

// An office in lower case ("first minister", "deputy finance minister"),
// a comma, and the person holding it: the person is the item, the office
// only describes him. The holder's name must close there (a comma, "and",
// a preposition or the sentence's end): "met the minister, X said" is a
// speaker after the object, not an apposition.
bool Extractor::OfficeThenHolder(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  uint32_t k = q;
  while (k < end_ && k < q + 4 && !Cap(k) && t_.tokens[k].kind == TokenKind::kWord &&
         MentionAt(k) == kNone && !DetAt(k) && !PrepAt(k) && !AuxAt(k) && W(k) != "and" &&
         W(k) != "or" && timex_at_[k] == kNone)
    ++k;
  if (k == q || k + 1 >= end_) return false;
  uint32_t holder;
  if (MentionStartsAt(k) && (ClassesAt(k) & words::kTitleWord)) {
    // The actors stage took the office's title word into the holder's
    // mention ("minister, X"); the words before it are the office's too.
    holder = k;
  } else if ((ClassesAt(k - 1) & words::kTitleWord) && W(k) == "," && MentionStartsAt(k + 1)) {
    holder = k + 1;
  } else {
    return false;
  }
  const ActorMention& m = a_.mentions[MentionAt(holder)];
  if (KindOf(m.entity) != ActorKind::kPerson || m.possessive) return false;
  const uint32_t after = m.end_token;
  if (after < end_ && !(W(after) == "," || W(after) == "and" || W(after) == "." ||
                        W(after) == ";" || PrepAt(after)))
    return false;
  if (after + 1 < end_ && W(after) == "," && SpeechAt(after + 1)) return false;
  AddOnce(ents, m.entity);
  *p = after;
  return true;
}

uint32_t Extractor::ParallelPlaceAfter(uint32_t q) const {
  // The place after the item: "at" / "in", an optional "the", one to four
  // capitalised words.
  auto place_end = [&](uint32_t k) -> uint32_t {
    if (k + 1 >= end_ || !(W(k) == "at" || W(k) == "in")) return 0;
    uint32_t j = k + 1;
    if (W(j) == "the") ++j;
    const uint32_t from = j;
    while (j < end_ && j < from + 4 && Cap(j) && !Punct(j) && timex_at_[j] == kNone &&
           (MentionAt(j) == kNone || KindOf(EntityOf(MentionAt(j))) != ActorKind::kPerson))
      ++j;
    return j > from ? j : 0;
  };
  if (q <= begin_ || !MentionEndsAt(q - 1) || KindOf(EntityOf(MentionAt(q - 1))) != ActorKind::kPerson)
    return q;
  const uint32_t a = place_end(q);
  if (!a || a + 1 >= end_ || W(a) != "and" || !MentionStartsAt(a + 1)) return q;
  // The next item, a person's name (its title included), and its own place.
  const int32_t m = MentionAt(a + 1);
  if (KindOf(EntityOf(m)) != ActorKind::kPerson) return q;
  if (!place_end(a_.mentions[m].end_token)) return q;
  return a;
}

uint32_t Extractor::ListRight(uint32_t p, bool apposition, std::vector<uint32_t>* ents) const {
  uint32_t q = p;
  // "with both Trump and Zelensky": "both" opens the list.
  if (q + 1 < end_ && W(q) == "both" && MentionStartsAt(q + 1)) ++q;
  if (!ItemRight(&q, apposition, ents) && !UnnamedGroupThenItem(&q, ents)) return p;
  // Items joined by bare commas count only if an "and" closes the list:
  // "visit Baghdad, Gremitskikh said" is no list.
  const size_t first_size = ents->size();
  const uint32_t first_end = q;
  bool comma_items = false;
  bool used_and = false;
  for (;;) {
    uint32_t r = q;
    bool side_break = false;
    // "with A and B on the American side and C on the Russian side",
    // "by A on one side and by B on the other", "A on one end and B on the
    // other" (of a video conference): the side an item sat on.
    if (r + 2 < end_ && W(r) == "on") {
      uint32_t t = r + 1;
      if (W(t) == "one" && (W(t + 1) == "side" || W(t + 1) == "end")) {
        t += 2;
      } else if (W(t) == "the" && t + 2 < end_ && W(t + 2) == "side" &&
                 (Cap(t + 1) || W(t + 1) == "other")) {
        t += 3;
      } else if (W(t) == "the" && W(t + 1) == "other") {
        t += 2;
      } else {
        t = r;
      }
      if (t > r && t < end_ && (W(t) == "and" || W(t) == "," || W(t) == ";")) {
        r = t;
        side_break = true;
      }
    }
    // The items after a side phrase are a list of their own: "A and B on
    // one end and C, D and E on the other".
    if (side_break && r + 1 < end_ && W(r) == "and") {
      ++r;
      if (W(r) == "with" || W(r) == "by") ++r;
      uint32_t s = r;
      if (!ItemRight(&s, false, ents)) break;
      q = s;
      used_and = false;
      continue;
    }
    if (!side_break) r = PersonAppositionAfter(q, r);
    // "met A at the Pentagon and B at the State Department": each item with
    // a place of its own, the places parallel.
    if (!side_break && r == q) r = ParallelPlaceAfter(q);
    // "A (VVD), B (NSC) and C": a party, a state or a title in brackets
    // after an item is part of it.
    if (!side_break && r == q && r > begin_ && r + 2 < end_ && W(r) == "(" && MentionEndsAt(r - 1)) {
      uint32_t c = r + 1;
      while (c < end_ && c < r + 7 && W(c) != ")" && !HardAt(c) && MentionAt(c) == kNone) ++c;
      if (c < end_ && c > r + 1 && W(c) == ")") r = c + 1;
    }
    bool comma = r < end_ && W(r) == ",";
    if (comma) ++r;
    if (r < end_ && (W(r) == "and" || W(r) == "&" || W(r) == "plus")) {
      // "Biden called Netanyahu, and the two leaders discussed ...": a
      // pair reference after a comma and "and" looks back at the persons
      // already named; it opens a clause of its own, no item of the list
      // ("the two leaders of the Baltic states" may be one).
      if (comma && r + 3 < end_ && W(r) == "and" &&
          ((W(r + 1) == "the" && W(r + 2) == "two" && GroupHeadAt(r + 3) &&
            !(r + 4 < end_ && W(r + 4) == "of")) ||
           (W(r + 1) == "both" && GroupHeadAt(r + 2) && W(r + 3) != "of")))
        break;
      used_and = true;
      ++r;
      // "received A and, separately, B", "met A and separately B": the
      // adverb that makes two encounters of them (Separately) is no item.
      if (r + 1 < end_ && W(r) == "," && W(r + 1) == "separately") ++r;
      if (r + 1 < end_ && W(r) == "separately") {
        ++r;
        if (W(r) == ",") ++r;
      }
      // "with X and with Y", "accompanied by X and by Y"
      if (r < end_ && (W(r) == "with" || W(r) == "by")) ++r;
    } else if (r + 2 < end_ && W(r) == "as" && W(r + 1) == "well" && W(r + 2) == "as") {
      r += 3;
    } else if (r + 1 < end_ && W(r) == "along" && W(r + 1) == "with") {
      r += 2;
    } else if (r == q || used_and) {
      break;  // "X, Y and Z, W ..." : the list ended with its "and"
    } else {
      comma_items = true;
    }
    uint32_t s = r;
    if (!ItemRight(&s, false, ents)) {
      // "with X and several European leaders, including A, B and C", "...
      // and other leaders - A, B and C -": a group closing the list, with
      // the members it names.
      if (used_and) {
        uint32_t g = s;
        for (int n = 0; g < end_ && n < 4 && !GroupHeadAt(g); ++n, ++g)
          if (MentionAt(g) != kNone || Punct(g) || PrepAt(g) || timex_at_[g] != kNone ||
              W(g) == "and" || W(g) == "or")
            g = end_;
        if (g < end_ && GroupHeadAt(g) && !Cap(g) && W(g) != "two") {
          const uint32_t e = GroupMembersRight(g + 1, ents);
          if (e > g + 1) q = e;
        }
      }
      break;
    }
    q = s;
  }
  if (comma_items && !used_and) {
    ents->resize(first_size);
    return first_end;
  }
  return q;
}

// A coordinated list ending with the mention whose last token is `last`,
// walking left. Returns the first token of the list.
uint32_t Extractor::ListLeft(uint32_t last, std::vector<uint32_t>* ents) const {
  int32_t m = MentionAt(last);
  uint32_t first = mfirst_[m];
  AddOnce(ents, EntityOf(m));
  bool crossed_and = false;
  for (;;) {
    if (first <= begin_) break;
    uint32_t r = first - 1;
    // "X and Miami Mayor Y", "X and foreign minister Y": the words of a
    // title before an item that the actors stage left out of its mention.
    // ("Chief of Army Staff General Y": "of" and "the" inside a title are
    // not counted.)
    for (uint32_t t = r, n = 0; t > begin_ && n < 5 && TitleOfItemWord(t, r) && !Punct(t);
         n += (W(t) == "of" || W(t) == "the") ? 0 : 1, --t) {
      Word c = W(t - 1);
      if (c == "and" || c == ",") {
        r = t - 1;
        break;
      }
      // "X and the EU trade commissioner Y": the item's article before
      // its title words.
      // (Not after a comma: "X, the Times columnist Y" is an appositive.)
      if (c == "the" && t > begin_ + 1 && W(t - 2) == "and") {
        r = t - 2;
        break;
      }
    }
    // "X and the Soviet Union": the article of an item is part of the list.
    if (W(r) == "the" && r > begin_ &&
        (W(r - 1) == "and" || W(r - 1) == "&" || W(r - 1) == ","))
      --r;
    bool conj = false;
    if (W(r) == "and" || W(r) == "&") {
      if (crossed_and) break;
      crossed_and = true;
      conj = true;
      if (r > begin_ && W(r - 1) == ",") --r;
    } else if (W(r) == ",") {
      conj = true;
    } else if (r >= begin_ + 2 && W(r) == "as" && W(r - 1) == "well" && W(r - 2) == "as") {
      conj = true;
      r -= 2;
    }
    if (conj && r > begin_ && SingularPronounAt(r - 1)) {
      // "he and Putin"
      if (!ResolveSingular(r - 1, ents)) break;
      first = r - 1;
      continue;
    }
    // "Ushakov himself and Dmitriev": a reflexive after an item.
    if (conj && r > begin_ + 1 && (ClassesAt(r - 1) & words::kReflexive) && MentionEndsAt(r - 2))
      --r;
    if (!conj || r <= begin_ || !MentionEndsAt(r - 1)) break;
    int32_t m2 = MentionAt(r - 1);
    AddOnce(ents, EntityOf(m2));
    first = mfirst_[m2];
  }
  return first;
}

bool Extractor::QuotedSelfSlow(uint32_t p, SelfRole role, std::vector<uint32_t>* ents) const {
  const uint32_t c = ClassesAt(p);
  const Word w = W(p);
  const bool fits = role == SelfRole::kSubject  ? (w == "i" || w == "we")
                    : role == SelfRole::kObject ? (w == "me" || w == "us")
                                                : (w == "my" || w == "our");
  // "US" is a country, not "us".
  if (!fits || MentionAt(p) != kNone || t_.tokens[p].Has(kAllCaps)) return false;
  const Quotation* q = QuotationAt(Quotes(p), p);
  if (!q || q->speaker < 0) return false;
  AddOnce(ents, uint32_t(q->speaker));
  if (c & words::kFirstPlural)
    for (uint8_t i = 0; i < q->n_partners; ++i) AddOnce(ents, q->partners[i]);
  return true;
}

}  // namespace extract_detail
}  // namespace eg
