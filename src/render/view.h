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
#include "render/date_labels.h"
#include "render/render.h"

namespace eg {

using ActorVertex = EventGraph::vertex_descriptor;

// What the renderers sort, group and count by, kept for each selected event
// so that they read the event itself (EventReader) only to draw it.
struct ViewEvent {
  uint32_t index = 0;              // into GraphData::events
  std::optional<DateSpan> span;    // nullopt: date unknown
  uint16_t type = 0;               // into View::type_names
  EventStatus status = EventStatus::kOccurred;
  uint32_t participants = 0;       // how many
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

  std::vector<std::string> type_names;       // the selected events' types
  const GraphData& data() const { return (*g)[boost::graph_bundle]; }
  const std::string& type(const ViewEvent& v) const {
    return base_ ? base_->type(v) : type_names[v.type];
  }
  // The selected event of index `index` into GraphData::events, or null.
  const ViewEvent* Find(uint32_t index) const;
  // Display name of an actor id (the id itself when unknown).
  std::string ActorName(const std::string& id) const;
  // "1938 – Aug 2025", or "" when no selected event has a date.
  std::string DateRangeLabel() const;

  std::map<std::string, ActorVertex> vertex_of_id;
  std::vector<uint32_t> position_;  // per event index: 1 + position in `events`, 0: not selected
  const View* base_ = nullptr;      // BuildView's `events_of`
};

// Applies the filters. Errors (a malformed --from, an --actor matching no
// actor) are InvalidInput naming the option.
// With `events_of` (a view built with the same filters but another --top, which
// must outlive this one), the events are not selected again nor copied:
// `events` stays empty, and Find() and type() answer from `events_of`; only
// the actors and links are this view's own (actors.graphml's view, without
// --top, beside the diagram's).
Status BuildView(const EventGraph& g, const RenderOptions& opts, View* view,
                 const View* events_of = nullptr);

// Finds the actor an --actor NAME means: id, name or alias, case-insensitive.
std::optional<ActorVertex> FindActor(const EventGraph& g, const std::string& name);

}  // namespace eg
