// Render stage: every output file, from the graph only.
//
// WriteOutputs() writes events.json (per ../shared/spec/events-json.md),
// events.csv, actors.dot/.svg, timeline.dot/.svg and the exports into
// `out_dir`, each through a temporary file renamed into place, so a failure
// never leaves a half-written file. SVG is rendered in-process with
// Graphviz's gvc.
#pragma once
#include <string>
#include <vector>

#include "corpus/status.h"
#include "graph/event_graph.h"

namespace eg {

struct RenderOptions {
  std::string actor;                 // --actor: ego network and timeline of one actor
  std::string from, to;              // --from/--to: date range (YYYY[-MM[-DD]])
  std::vector<std::string> types;    // --types meeting,call
  int top = 40;                      // --top: actors shown in the diagram
  bool show_unasserted = false;      // draw negated/hypothetical events too
};

// Writes all outputs. `written` receives the paths written, in order.
Status WriteOutputs(const EventGraph& g, const RenderOptions& opts, const std::string& out_dir,
                    std::vector<std::string>* written);

}  // namespace eg
