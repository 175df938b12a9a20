// The graph every renderer reads: a Boost adjacency_list whose vertices are
// the actors and whose edges join two actors that interacted, each edge
// listing the interaction events it stands for. All events (interactions and
// other dated events) and the documents live in the graph's bundled property;
// the events in an EventStore (events/event_store.h), in memory or spilled:
// renderers read them through an EventReader.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "corpus/document.h"
#include "graph/document_table.h"
#include "events/event.h"
#include "events/event_store.h"

namespace eg {

struct InteractionEdge {
  std::vector<uint32_t> events;  // indices into GraphData::events, sorted
};

struct GraphData {
  std::string corpus_name;
  DocumentTable documents;
  EventStore events;
  // (hash of the id, index into `documents`), sorted: filled by
  // IndexDocuments (BuildGraph calls it), so that renderers find a mention's
  // document without scanning all of them. Hashes, not strings: 16 bytes a
  // document rather than a second copy of every id.
  std::vector<std::pair<uint64_t, uint32_t>> document_index;
  // When `documents` is spilled (document_table.h: slow to look up one by
  // one), IndexDocuments copies the documents the events cite here, and
  // document_index indexes these instead; none when `events` is spilled
  // and every mention carries its document's path and date (the merge's).
  DocumentTable cited_documents;
  std::vector<uint32_t> cited_index;  // index in `documents` of each cited document

  // The document a mention cites, by index when it has one, else by id;
  // nullopt when the corpus does not list it.
  std::optional<DocumentRef> MentionDocument(const SourceMention& m) const;
  // The id of the document a mention cites.
  std::string_view MentionDocId(const SourceMention& m) const;

  // The document with this id, or nullopt (a scan when not indexed).
  std::optional<DocumentRef> FindDocument(std::string_view id) const;

  // `m` with its document's id, path and dct (from `documents` unless the
  // mention carries them); `located` false when the corpus does not list it.
  MentionRef Locate(const MentionRef& m) const;

 private:
  // By index when known, else by id.
  std::optional<DocumentRef> DocumentOf(uint32_t doc_index, std::string_view id) const;
};

// Reads the events of a GraphData one at a time, for one thread: Get()'s
// Event is valid until the next Get(), and comes without its mentions when
// the store is spilled: ForEachMention() streams them, located.
class EventReader {
 public:
  explicit EventReader(const GraphData& gd) : gd_(gd), r_(gd.events) {}
  const Event& Get(size_t i) { return r_.Get(i); }
  size_t MentionCount(size_t i) const { return r_.MentionCount(i); }
  // f(const MentionRef&) for each mention of event i, in order, until it
  // returns false.
  template <class F>
  void ForEachMention(size_t i, F&& f) {
    r_.ForEachMention(i, [&](const MentionRef& m) { return f(gd_.Locate(m)); });
  }
  // Only the first mention (located), or false when there is none; its
  // views hold until this reader reads mentions again.
  bool FirstMention(size_t i, MentionRef* out);

 private:
  const GraphData& gd_;
  EventStore::Reader r_;
};

// Builds gd->document_index from gd->documents (from the documents gd->events
// cite, copied to gd->cited_documents, when gd->documents is spilled; nothing
// when the events are spilled too and every mention carries its document).
void IndexDocuments(GraphData* gd);

using EventGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Actor,
                                         InteractionEdge, GraphData>;

// Everything the extractor found, before it becomes a graph. The events are
// either in `events` or, spilled by the merge, in `event_store` (then used
// instead).
struct Extraction {
  std::string corpus_name;
  DocumentTable documents;
  std::vector<Actor> actors;
  std::vector<Event> events;
  EventStore event_store;
};

// One vertex per actor (in the given order), one edge per pair of actors that
// share at least one interaction event.
EventGraph BuildGraph(Extraction x);

}  // namespace eg
