// events.json: the extraction result, per ../shared/spec/events-json.md
// (version 1). EventsJson() serialises the graph; ReadEventsJson() reads a
// file written by it (or edited by a user) back, for `eventgraph render`.
#pragma once
#include <string>

#include "corpus/status.h"
#include "graph/event_graph.h"
#include "render/text_sink.h"

namespace eg {

// Pretty-printed JSON, keys in the spec's order, same input -> same bytes;
// written event by event (nothing but one event's JSON is built at a time).
void WriteEventsJson(const EventGraph& g, TextSink* out);
std::string EventsJson(const EventGraph& g);  // the same, as a string

// Parses `contents` (named `path` in messages) into `out`.
Status ReadEventsJson(const std::string& path, const std::string& contents, Extraction* out);

}  // namespace eg
