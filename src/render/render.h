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
  int top = 40;                      // --top: actors shown in the diagram (0: all)
  bool show_unasserted = false;      // draw negated/hypothetical events too
};

// "" when `s` is a date --from/--to accept (YYYY, YYYY-MM, YYYY-MM-DD or any
// TIMEX3 value the timeline reads, such as 2025-W33), else a message saying
// why not: for the command line, so a typo fails before extraction starts.
std::string CheckFilterDate(const std::string& s);

// Writes all outputs. `written` receives the paths written, in order.
Status WriteOutputs(const EventGraph& g, const RenderOptions& opts, const std::string& out_dir,
                    std::vector<std::string>* written);

}  // namespace eg
