// ExtractEvents(): a light rule-based clause analysis over tokens.
//
// For every trigger of the lexicon in a sentence we find
// - participants from the structure around it: the subject to its left (past
//   auxiliaries, fillers and appositives), a direct object, "with / between /
//   among / from / by (passive) LIST", possessors and compounds before a noun
//   ("Trump's summit", "Trump-Putin talks"), relative clauses ("a call X held
//   with Y"), groups whose members are named ("leaders, including X and Y"),
//   pronoun subjects and definite references to an event just reported;
// - the date: the nearest usable time expression of the trigger's clause
//   (each time expression belongs to the nearest event of its sentence), else
//   the narrative reference time when the sentence continues the narrative
//   ("Then ..."), else null;
// - the place: a capitalised phrase after in/at near the trigger;
// - the status from the cues between the clause start and the trigger.
// An interaction needs two distinct non-group participants; other events
//
// The rules are members of the Extractor (events/extractor.h), one family
// per file: extract_lists.cc, extract_references.cc, extract_subjects.cc,
// extract_participants.cc (who), extract_clause.cc (date, place, status of a
// clause), extract_sentence.cc (candidates and Emit), extract_narrative.cc,
// extract_groups.cc, extract_anchors.cc, extract_status_framing.cc,
// extract_who_rules.cc.
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

std::vector<EventMention> Extractor::Run() {
  for (uint32_t s = 0; s < t_.sentences.size(); ++s) AnalyzeSentence(s);
  DelegationHeads();
  CompanionsOfEventJustTold();
  Conversation();
  return std::move(out_);
}

}  // namespace extract_detail

std::vector<EventMention> ExtractEvents(const Document& doc, const TextAnalysis& text,
                                        const std::vector<Timex>& timexes,
                                        const DocActors& actors, const TriggerLexicon& lex) {
  extract_detail::Extractor x(doc, text, timexes, actors, lex);
  return x.Run();
}

void MarkInteractionParties(const std::vector<EventMention>& events, DocActors* actors) {
  bool firms = false;
  for (const DocEntity& e : actors->entities) firms |= e.party_only;
  if (!firms) return;
  for (const EventMention& m : events)
    if (m.interaction)  // (Emit keeps firms out of other events)
      for (uint32_t p : m.participants) actors->entities[p].party = true;
}

}  // namespace eg
