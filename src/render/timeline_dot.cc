#include <map>

#include "render/style.h"
#include "render/timeline.h"

namespace eg {

namespace {

const char* StatusStyle(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred: return "rounded,filled";
    case EventStatus::kPlanned: return "rounded,filled,dashed";
    case EventStatus::kProposed: return "rounded,filled,dotted";
    case EventStatus::kNegated: return "rounded,filled,dashed,bold";
    case EventStatus::kHypothetical: return "rounded,filled,dotted,bold";
  }
  return "rounded,filled";
}

std::string Q(const std::string& s) { return "\"" + DotEscape(s) + "\""; }

}  // namespace

std::string TimelineDot(const View& view, const TimelineOptions& opts) {
  const GraphData& gd = view.data();
  std::string title = (gd.corpus_name.empty() ? std::string("corpus") : gd.corpus_name) +
                      " \u2014 timeline";
  std::string range = view.DateRangeLabel();
  if (!range.empty()) title += ", " + range;
  if (!view.filter_text.empty()) title += "\n" + view.filter_text;

  // One axis node per distinct date value, in time order; undated last.
  std::vector<std::pair<std::string, std::vector<const ViewEvent*>>> stops;
  std::vector<std::optional<DateSpan>> stop_span;
  for (const auto& ve : view.events) {
    std::string key = ve.span ? ve.span->value : std::string("unknown");
    if (stops.empty() || stops.back().first != key) {
      stops.push_back({key, {}});
      stop_span.push_back(ve.span);
    }
    stops.back().second.push_back(&ve);
  }

  std::string out;
  out += "// Timeline of " + DotEscape(gd.corpus_name) +
         ": dates run down the left column; each event is a box beside its date.\n"
         "// Regenerate pictures with `make -f Makefile.dot`.\n";
  out += "digraph timeline {\n";
  out += "  graph [label=" + Q(title) +
         ", labelloc=t, labeljust=l, fontname=\"DejaVu Sans\", fontsize=18, rankdir=TB, "
         "nodesep=0.2, ranksep=0.25, newrank=true];\n";
  out += "  node [fontname=\"DejaVu Sans\", fontsize=10];\n";
  out += "  edge [arrowhead=none];\n\n";

  // Legend: one swatch per type present.
  std::map<std::string, size_t> types;
  for (const auto& ve : view.events) ++types[view.event(ve).type];
  out += "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#bbbbbb\";\n";
  for (const auto& [t, n] : types)
    out += "    " + Q("legend:" + t) + " [shape=box, style=\"rounded,filled\", fillcolor=\"" +
           TypeColor(t) + "\", color=\"" + TypeLineColor(t) + "\", label=" +
           Q(t + " (" + std::to_string(n) + ")") + "];\n";
  out += "    \"legend:planned\" [shape=box, style=\"rounded,dashed\", label=\"planned\"];\n";
  out += "    \"legend:proposed\" [shape=box, style=\"rounded,dotted\", label=\"proposed\"];\n";
  out += "  }\n\n";

  out += "  // The time axis; a dashed segment is a compressed gap.\n";
  out += "  node [shape=plaintext, fontsize=11];\n";
  std::string prev;
  for (size_t i = 0; i < stops.size(); ++i) {
    const auto& span = stop_span[i];
    std::string id = "date:" + stops[i].first;
    std::string label = span ? DateLabel(*span) : "date unknown";
    out += "  " + Q(id) + " [label=" + Q(label) + "];\n";
    if (!prev.empty()) {
      const auto& pspan = stop_span[i - 1];
      int gap = (span && pspan) ? int((span->first - pspan->last).count()) : kBreakDays + 1;
      if (gap > kBreakDays) {
        std::string gid = "gap:" + std::to_string(i);
        std::string glabel = span ? "\u2026 " + std::to_string(gap) + " days \u2026" : "\u2026";
        if (span && gap >= 730) glabel = "\u2026 " + std::to_string((gap * 100 + 18262) / 36525) + " years \u2026";
        else if (span && gap >= 60) glabel = "\u2026 " + std::to_string((gap * 100 + 1522) / 3044) + " months \u2026";
        out += "  " + Q(gid) + " [label=" + Q(glabel) + ", fontcolor=\"#777777\", fontsize=9];\n";
        out += "  " + Q(prev) + " -> " + Q(gid) + " [style=dashed, color=\"#999999\"];\n";
        out += "  " + Q(gid) + " -> " + Q(id) + " [style=dashed, color=\"#999999\"];\n";
      } else {
        out += "  " + Q(prev) + " -> " + Q(id) + " [penwidth=2, color=\"#444444\"];\n";
      }
    }
    prev = id;
  }

  out += "\n  // Events, each on the rank of its date.\n";
  out += "  node [shape=box, style=\"rounded,filled\", fontsize=10];\n";
  for (size_t i = 0; i < stops.size(); ++i) {
    std::string id = "date:" + stops[i].first;
    std::string same = "  { rank=same; " + Q(id) + ";";
    for (const ViewEvent* ve : stops[i].second) {
      const Event& e = view.event(*ve);
      std::string label = e.type;
      if (e.status != EventStatus::kOccurred) label += std::string(" (") + EventStatusName(e.status) + ")";
      if (!e.summary.empty()) label += "\n" + Ellipsize(e.summary, 48);
      std::string who;
      for (const auto& p : e.participants) who += (who.empty() ? "" : ", ") + view.ActorName(p);
      if (!who.empty()) label += "\n" + Ellipsize(who, 48);
      if (!e.place.empty()) label += "\nin " + e.place;
      std::string attrs = "label=" + Q(label) + ", style=\"" + StatusStyle(e.status) +
                          "\", fillcolor=\"" + TypeColor(e.type) + "\", color=\"" +
                          TypeLineColor(e.type) + "\", tooltip=" + Q(EventTooltip(view, e));
      if (!e.mentions.empty()) {
        const DocumentInfo* d = FindDocument(gd, e.mentions.front().doc);
        attrs += ", URL=" + Q(SourceLink(d ? d->path : e.mentions.front().doc + ".txt",
                                         opts.out_dir)) + ", target=\"_blank\"";
      }
      out += "  " + Q(e.id) + " [" + attrs + "];\n";
      out += "  " + Q(id) + " -> " + Q(e.id) + " [style=dotted, color=\"#aaaaaa\"];\n";
      same += " " + Q(e.id) + ";";
    }
    out += same + " }\n";
  }
  out += "}\n";
  return out;
}

}  // namespace eg
