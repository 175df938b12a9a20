// Events stage: dated events and interactions, per document then merged.
//
// ExtractEvents() turns one document's sentences into event mentions:
// interactions (meeting, call, talks) with participants taken from the
// sentence's structure, and other dated events (statement, report, invasion,
// election, award ...) with interaction = false. Each mention carries its
// date (TIMEX3 value at the precision the text gives, or empty for null),
// place, status and the sentence it came from.
//
// MergeEvents() joins mentions of one real-world event, within and across
// documents (compatible dates, overlapping participants, compatible type and
// place), into one Event that keeps every mention.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "events/shared_text.h"
#include "corpus/document.h"
#include "corpus/status.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg {

enum class EventStatus : uint8_t { kOccurred, kPlanned, kProposed, kNegated, kHypothetical };
const char* EventStatusName(EventStatus s);  // "occurred", "planned", ...

struct EventMention {
  std::string type;  // meeting, call, talks, statement, report, invasion, ...
  bool interaction = false;
  std::string date;       // TIMEX3-style value, empty = null
  std::string date_text;  // the words that gave the date
  EventStatus status = EventStatus::kOccurred;
  std::vector<uint32_t> participants;  // DocActors entity indices, each once
  std::string place;
  uint32_t start = 0, end = 0;  // byte span of the evidence sentence
  // The evidence sentence: one buffer shared by every mention of the same
  // text, in any document (events/shared_text.h): kept for every document
  // until the merge, so no copy per mention.
  std::shared_ptr<const std::string> text;
  std::string_view Text() const { return text ? std::string_view(*text) : std::string_view(); }
  // Where the trigger is (token range) and what it is, for tests and merging.
  uint32_t sentence = 0;
  uint32_t trigger_first = 0, trigger_end = 0;
  std::string trigger;  // the trigger's words as in the text
  // The date came from the narrative or an antecedent, not from the sentence.
  bool date_inherited = false;
  // From a title or headline (no final punctuation): it repeats an event of
  // the text, so it only adds a mention to one.
  bool headline = false;
  // The sentence puts it before the time of the narrative (pluperfect): an
  // undated anterior report is not the dated event of the same actors.
  bool anterior = false;
  // A visit of the one participant to a country awaiting its host
  // (ResolveCountryVisits, events/seat_visits.h): the destination's tokens
  // (visit_end > 0), and its country entity when a mention, else -1.
  uint32_t visit_first = 0, visit_end = 0;
  int32_t visit_country = -1;
  // A visit to the seat of an office ("X was at the White House"): the
  // participant that is the seat (a DocActors entity index), which
  // ResolveSeatVisits (events/seat_visits.h) replaces by the office's
  // holder on the event's day; -1 otherwise. Read before the merge only
  // (the mention spill does not keep it).
  int32_t seat_visit = -1;
};

class TriggerLexicon;  // events/triggers.h

// A leader's visit to a country comes out awaiting its host (visit_end >
// 0, one participant): ResolveCountryVisits (events/seat_visits.h) adds
// him or drops the mention.
std::vector<EventMention> ExtractEvents(const Document& doc, const TextAnalysis& text,
                                        const std::vector<Timex>& timexes,
                                        const DocActors& actors, const TriggerLexicon& lex);

// A firm known only by its legal form (DocEntity::party_only) is an actor
// only where it is a party to an interaction: sets DocEntity::party on those
// entities of `actors` that take part in an interaction of `events` (the
// same document's ExtractEvents result), for the ActorMerger to list them.
void MarkInteractionParties(const std::vector<EventMention>& events, DocActors* actors);

struct SourceMention {
  static constexpr uint32_t kNoDocIndex = UINT32_MAX;
  // Document id. MergeSpilledEvents leaves it empty and sets only doc_index:
  // the corpus's document list has the id (GraphData::MentionDocId), and an
  // id is longer than std::string keeps inline, so a heap block per mention.
  std::string doc;
  uint32_t start = 0, end = 0;
  SharedText text;  // the sentence; one buffer for every mention of the same text
  // Index of the document among all documents of the corpus, when known.
  uint32_t doc_index = kNoDocIndex;
};

struct Event {
  std::string id;  // "ev-0001", in output order
  std::string type;
  bool interaction = false;
  std::string date;  // empty = null
  std::vector<std::string> alt_dates;
  std::string date_text;
  EventStatus status = EventStatus::kOccurred;
  std::vector<std::string> participants;  // actor ids
  std::string place;
  std::string summary;
  std::vector<SourceMention> mentions;
};

// Per-document input of the merge: the document's id and its mentions.
// `doc` is the document's index in `ActorTable::entity_to_actor`; left at
// kAtPosition, it is the entry's position in the merge's input. A corpus of
// many documents without events need not list those (an entry costs memory
// for every document of the corpus).
struct DocEvents {
  static constexpr size_t kAtPosition = size_t(-1);
  std::string doc_id;
  std::vector<EventMention> mentions;
  size_t doc = kAtPosition;
  // The publication date (YYYY-MM-DD), empty when unknown: an undated
  // report in the pluperfect may join only an event dated before it.
  std::string dct = {};
};

// Output is sorted by date (null last), then type and participants; ids
// assigned. The mentions' sentences are shared with the input, not copied.
std::vector<Event> MergeEvents(const std::vector<DocEvents>& docs, const ActorTable& actors);

// The merge takes dated reports first, so that an undated one finds the
// event it names, then undated ones, headlines last: 0, 1 or 2.
int MergeRank(const EventMention& m);

// MergeEvents() over the mentions of a MentionSpill (events/mention_spill.h):
// the same events, read back from disk one at a time instead of held all at
// once, but their mentions name their document by index only (the corpus's
// document list has the ids). Fails only when the spill cannot be read.
class MentionSpill;
Status MergeSpilledEvents(MentionSpill* spill, const ActorTable& actors, std::vector<Event>* out);

// The same, but the events go to `out` in output order as they are made,
// their mentions held on disk meanwhile too (the merge keeps a reference per
// mention, not the mention): nothing of the events stays in memory. `out`
// is spilled to `dir` (empty: $TMPDIR, else /tmp) if it is not already, and
// flushed. The mentions cite their document by id, path and dct as the spill
// has them (MentionSpill::Add with a DocumentInfo). Fails when a temporary
// file cannot be made, written or read back (the status names the directory).
class EventStore;
Status MergeSpilledEvents(MentionSpill* spill, const ActorTable& actors, EventStore* out,
                          const std::string& dir = "");

}  // namespace eg
