// Render stage: every output file, from the graph only.
//
// WriteOutputs() writes into `out_dir`, each file through a temporary file
// renamed into place:
//   events.json     the whole extraction (../shared/spec/events-json.md),
//                   never filtered: `eventgraph render` reads it back;
//   events.csv      one RFC 4180 row per shown event;
//   timeline.svg    drawn directly (proportional axis, breaks, lanes);
//   timeline.dot    the same timeline as Graphviz DOT;
//   actors.dot/.svg the actor diagram, SVG laid out in-process by gvc;
//   actors.graphml  the actor graph for Gephi (every selected actor, no --top);
//   timeline.json   TimelineJS.
// The filters (--actor, --from/--to, --types, statuses) apply to every file
// but events.json; they are checked before anything is written.
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
  int jobs = 1;                      // threads writing output files at once
};

// "" when `s` is a date --from/--to accept (YYYY, YYYY-MM, YYYY-MM-DD or any
// TIMEX3 value the timeline reads, such as 2025-W33), else a message saying
// why not: for the command line, so a typo fails before extraction starts.
std::string CheckFilterDate(const std::string& s);

// Writes all outputs, up to `opts.jobs` files at a time (the bytes do not
// depend on it). `written` receives the paths written, in the order above.
// The files are not synced to disk: write them into a StagedOutputs
// (atomic_file.h), whose Commit() does.
Status WriteOutputs(const EventGraph& g, const RenderOptions& opts, const std::string& out_dir,
                    std::vector<std::string>* written);

}  // namespace eg
