// Kin appositions: "Elian's father, Juan Miguel Gonzalez, ..." or "Juan
// Miguel Gonzalez, Elian's father, ..." tie the phrase "Elian's father" to
// that person for the whole document, so that a bare "Elian's father met
// Castro" elsewhere (before or after the apposition) is a mention of him.
//
// Contract: reads the mentions FindActors found (in document order) and the
// gazetteer's kin_nouns(); adds, for each possessive person mention followed
// by a kin noun that an apposition of the document ties to one other person,
// a mention of that person spanning the whole phrase ("Elian's father"),
// via_role, right after the possessor's mention (the "Putin's spokesman"
// overlap that ActorMention allows). A phrase tied to two different persons
// ("Bush's son, George" and "Bush's son, Jeb") resolves to neither. Cost:
// one pass over the mentions; kin nouns are looked up only after a
// possessive.
#pragma once
#include "actors/actors.h"
#include "actors/gazetteer.h"
#include "text/text.h"

namespace eg {

void ResolveKinAppositions(const TextAnalysis& text, const Gazetteer& gaz, DocActors* doc);

}  // namespace eg
