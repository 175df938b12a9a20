// View: what the renderers draw, after the user's filters (RenderOptions).
//
// Every output but events.json reads a View, so --actor, --from/--to, --types
// and the status filter select the same events everywhere. events.json stays
// the unfiltered extraction record: `eventgraph render` re-renders from it.
//   events   the selected events, in date order (undated last), by index
//            into GraphData::events;
//   actors   the actor diagram's nodes: actors taking part in a selected
//            interaction with another actor, ranked by selected interactions
//            (then mentions), cut to --top (the --actor ego always kept),
//            then sorted by id;
//   links    one per pair of shown actors that share a selected interaction.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpus/status.h"
#include "graph/event_graph.h"
#include "render/date_span.h"
#include "render/render.h"

namespace eg {

using ActorVertex = EventGraph::vertex_descriptor;

struct ViewEvent {
  uint32_t index = 0;              // into GraphData::events
  std::optional<DateSpan> span;    // nullopt: date unknown
};

struct ViewLink {
  ActorVertex a, b;               // a's id < b's id
  std::vector<uint32_t> events;   // selected interactions, indices into GraphData::events
};

struct View {
  const EventGraph* g = nullptr;
  std::vector<ViewEvent> events;
  std::vector<ActorVertex> actors;          // sorted by actor id
  std::map<ActorVertex, uint32_t> interactions;  // per shown actor: selected interactions
  std::vector<ViewLink> links;              // sorted by (a id, b id)
  std::string ego;                          // actor id when --actor was given
  std::string filter_text;                  // "actor: Putin; types: call" or empty
  size_t dropped_actors = 0;                // actors cut by --top
  size_t isolated_actors = 0;               // in selected events, but no interaction

  const GraphData& data() const { return (*g)[boost::graph_bundle]; }
  const Event& event(const ViewEvent& v) const { return data().events[v.index]; }
  // Display name of an actor id (the id itself when unknown).
  std::string ActorName(const std::string& id) const;
  // "1938 – Aug 2025", or "" when no selected event has a date.
  std::string DateRangeLabel() const;

  std::map<std::string, ActorVertex> vertex_of_id;
};

// Applies the filters. Errors (a malformed --from, an --actor matching no
// actor) are InvalidInput naming the option.
Status BuildView(const EventGraph& g, const RenderOptions& opts, View* view);

// Finds the actor an --actor NAME means: id, name or alias, case-insensitive.
std::optional<ActorVertex> FindActor(const EventGraph& g, const std::string& name);

}  // namespace eg
