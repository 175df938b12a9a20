// The graph every renderer reads: a Boost adjacency_list whose vertices are
// the actors and whose edges join two actors that interacted, each edge
// listing the interaction events it stands for. All events (interactions and
// other dated events) and the documents live in the graph's bundled property.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "corpus/document.h"
#include "events/event.h"

namespace eg {

struct InteractionEdge {
  std::vector<uint32_t> events;  // indices into GraphData::events, sorted
};

struct GraphData {
  std::string corpus_name;
  std::vector<DocumentInfo> documents;
  std::vector<Event> events;
  // Document id -> index into `documents`, filled by BuildGraph, so that
  // renderers find a mention's document without scanning all of them.
  std::unordered_map<std::string, uint32_t> document_index;
};

using EventGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Actor,
                                         InteractionEdge, GraphData>;

// Everything the extractor found, before it becomes a graph.
struct Extraction {
  std::string corpus_name;
  std::vector<DocumentInfo> documents;
  std::vector<Actor> actors;
  std::vector<Event> events;
};

// One vertex per actor (in the given order), one edge per pair of actors that
// share at least one interaction event.
EventGraph BuildGraph(Extraction x);

}  // namespace eg
