// Actors stage: who is mentioned, resolved to canonical actors.
//
// Per document, FindActors() finds mentions of persons, organisations,
// countries and groups: gazetteer names and aliases, role mentions resolved
// through the roles held on the publication date ("the Russian president";
// in a sentence dated in the past, on its dates),
// and people the gazetteer does not know, found from titles, speech verbs and
// capitalised names. Within a document, short forms ("Putin") are linked to
// the full name they abbreviate. Across the corpus, MergeActors() joins the
// documents' entities into actors, merging spelling variants when the
// evidence supports it, and gives each a stable id.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/gazetteer.h"
#include "actors/ragged_index.h"
#include "corpus/document.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg {

enum class ActorKind : uint8_t { kPerson, kOrganization, kCountry, kGroup };
const char* ActorKindName(ActorKind k);  // "person", "organization", "country", "group"

// One actor as known inside one document.
struct DocEntity {
  std::string name;           // best full name: canonical when from the gazetteer
  std::string gazetteer_id;   // empty when discovered from the text
  // Index of the gazetteer entry (Gazetteer::entry), or -1: FindActors sets
  // it with gazetteer_id; ActorMerger then finds the entity's group by
  // index instead of by id and name strings.
  int32_t gaz_entry = -1;
  // The entry whose own name and id name and gazetteer_id are copies of
  // (FindActors sets it with gaz_entry), else -1. When it is gaz_entry,
  // ActorMerger does not compare them with the entry's again: two strings
  // read from the gazetteer per entity, cache misses in the fold that all
  // threads take turns at. Whoever changes name or gazetteer_id resets it.
  int32_t names_of_entry = -1;
  ActorKind kind = ActorKind::kPerson;
  // The gazetteer entry's polity code ("US", "RU", "NATO"), empty when
  // unknown (a discovered name): the events stage tells a delegation of one
  // country from persons of several by it. Short: kept inline, no heap.
  std::string country;
  std::vector<std::string> surface_forms;  // every form seen, distinct, in order
  uint32_t mentions = 0;
  // A firm no gazetteer knows, recognised by its legal form ("Telerate
  // Inc.", later "Telerate"): an actor only where it is a party to an
  // interaction, so that the actors list does not fill with every company
  // a business story names. The events stage sets `party` on those that
  // take part in an interaction (MarkInteractionParties, events/event.h);
  // ActorMerger leaves out the party_only entities no document set it on.
  bool party_only = false;
  bool party = false;
  // The seat of an office (Gazetteer::SeatOf: "the White House"): the
  // events stage reads a visit to it as a meeting with the holder
  // (events/seat_visits.h).
  bool seat = false;
};

// One mention: the whole noun phrase that names the actor, title included
// ("French President Emmanuel Macron", "the Russian president", "his Russian
// counterpart", "Putin's spokesman"), never the possessive 's after a name.
// Mentions may overlap only in "Putin's spokesman" (Putin, then Peskov).
struct ActorMention {
  uint32_t start = 0, end = 0;  // byte span of the mention
  uint32_t first_token = 0, end_token = 0;  // token range [first, end)
  uint32_t entity = 0;  // index into DocActors::entities
  bool via_role = false;  // "the Russian president"
  // The mention is followed by a possessive 's ("Putin's spokesman"): the
  // person owns something, he is not necessarily the one acting.
  bool possessive = false;
};

struct DocActors {
  std::vector<DocEntity> entities;
  std::vector<ActorMention> mentions;  // in document order
  // Set only for a document without a dct: the text was written on or after
  // this day, because it names a known person with the title of an office
  // he began to hold then and still holds in the gazetteer ("Chancellor
  // Friedrich Merz"); the latest such day. What the time stage's InferDct
  // takes as its floor.
  std::optional<date::sys_days> office_floor;
};

// Thread-safe: reads the shared gazetteer only. Roles resolve only when the
// document has a dct. `timexes` are the time stage's for the same text
// (TagTimexes): a sentence dated in the past resolves its offices on its
// own dates ("In 1985, the Soviet leader ..."), not the publication date.
DocActors FindActors(const Document& doc, const TextAnalysis& text, const Gazetteer& gaz,
                     const std::vector<Timex>& timexes);

// A corpus-level actor (events.json "actors").
struct Actor {
  std::string id;  // stable slug of the canonical name
  std::string name;
  ActorKind kind = ActorKind::kPerson;
  std::vector<std::string> aliases;  // every surface form resolved to it
  uint32_t mentions = 0;
  std::string country;  // ISO-like code or name when known, else empty
};

struct ActorTable {
  std::vector<Actor> actors;  // sorted by id
  // For document d (in input order) and its entity e: index into `actors`
  // (entity_to_actor[d][e]); on disk when the merger was spilled.
  RaggedIndex entity_to_actor;
};

ActorTable MergeActors(const std::vector<DocActors>& docs, const Gazetteer& gaz);

// MergeActors one document at a time, so that a corpus's DocActors need not
// be kept: Add() folds a document's entities into corpus-level groups (one
// per gazetteer id or discovered name; what a document adds is a few group
// indices), Finish() joins the variants and makes the table. Add documents
// in input order: the table is then the one MergeActors gives.
class ActorMerger {
 public:
  explicit ActorMerger(const Gazetteer& gaz);
  ~ActorMerger();
  ActorMerger(const ActorMerger&) = delete;
  ActorMerger& operator=(const ActorMerger&) = delete;

  // The per-document rows (a group per entity) go to temporary files in
  // `dir` (empty: $TMPDIR, else /tmp) as they fill 64 KB blocks, and stay
  // there in the table Finish() makes: they grow with the corpus. Fails
  // (everything staying in memory) when the files cannot be created; read
  // errors show in ActorTable::entity_to_actor.status().
  Status Spill(const std::string& dir = "");
  void Add(const DocActors& doc);  // the next document
  ActorTable Finish();             // once, after the last Add; frees the rest

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace eg
