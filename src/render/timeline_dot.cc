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

constexpr size_t kDotRowsPerGroup = 30;

}  // namespace

std::string TimelineDot(const View& view, const TimelineOptions& opts) {
  const GraphData& gd = view.data();
  SourceLinker links(gd, opts.out_dir);
  EventReader reader(gd);
  std::string title = (gd.corpus_name.empty() ? std::string("corpus") : gd.corpus_name) +
                      " \u2014 timeline";
  std::string range = view.DateRangeLabel();
  if (!range.empty()) title += ", " + range;
  if (!view.filter_text.empty()) title += "\n" + view.filter_text;

  // One axis stop per group (a date, or a week or month on a big timeline),
  // in time order; undated last.
  const Grouping grouping = ChooseGrouping(view);
  struct Stop {
    std::string key, label;
    bool dated = false;
    date::sys_days first, last;
    std::vector<const ViewEvent*> events;
  };
  std::map<std::pair<int, std::string>, Stop> dated;
  Stop undated{"unknown", "date unknown", false, {}, {}, {}};
  for (const auto& ve : view.events) {
    if (!ve.span) {
      undated.events.push_back(&ve);
      continue;
    }
    Bucket b = BucketOf(*ve.span, grouping);
    Stop& st = dated[{int(b.first.time_since_epoch().count()), b.key}];
    if (st.events.empty()) st = Stop{b.key, b.label, true, b.first, b.last, {}};
    st.events.push_back(&ve);
  }
  std::vector<Stop> stops;
  for (auto& [k, st] : dated) stops.push_back(std::move(st));
  if (!undated.events.empty()) stops.push_back(std::move(undated));

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
  for (const auto& ve : view.events) ++types[view.type(ve)];
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
  date::sys_days prev_last;
  for (size_t i = 0; i < stops.size(); ++i) {
    const Stop& st = stops[i];
    std::string id = "date:" + st.key;
    out += "  " + Q(id) + " [label=" + Q(st.label) + "];\n";
    if (!prev.empty()) {
      int gap = st.dated ? int((st.first - prev_last).count()) : kBreakDays + 1;
      if (gap > kBreakDays) {
        std::string gid = "gap:" + std::to_string(i);
        std::string glabel = st.dated ? "\u2026 " + std::to_string(gap) + " days \u2026" : "\u2026";
        if (st.dated && gap >= 730)
          glabel = "\u2026 " + std::to_string((gap * 100 + 18262) / 36525) + " years \u2026";
        else if (st.dated && gap >= 60)
          glabel = "\u2026 " + std::to_string((gap * 100 + 1522) / 3044) + " months \u2026";
        out += "  " + Q(gid) + " [label=" + Q(glabel) + ", fontcolor=\"#777777\", fontsize=9];\n";
        out += "  " + Q(prev) + " -> " + Q(gid) + " [style=dashed, color=\"#999999\"];\n";
        out += "  " + Q(gid) + " -> " + Q(id) + " [style=dashed, color=\"#999999\"];\n";
      } else {
        out += "  " + Q(prev) + " -> " + Q(id) + " [penwidth=2, color=\"#444444\"];\n";
      }
    }
    prev = id;
    if (st.dated && (i == 0 || st.last > prev_last)) prev_last = st.last;
  }

  out += "\n  // Events, each on the rank of its date.\n";
  out += "  node [shape=box, style=\"rounded,filled\", fontsize=10];\n";
  if (grouping.compact) {
    // A big timeline: one box per week or month listing its events (one
    // node per event would make a picture tens of thousands of pixels tall).
    for (const Stop& st : stops) {
      std::string id = "date:" + st.key, gid = "group:" + st.key;
      std::map<std::string, size_t> tc;
      for (const ViewEvent* ve : st.events) ++tc[view.type(*ve)];
      std::string label = DotEscape(std::to_string(st.events.size()) + " event" +
                                    (st.events.size() == 1 ? "" : "s")) + "\\l";
      size_t shown = 0;
      for (const ViewEvent* ve : st.events) {
        if (shown++ == kDotRowsPerGroup) break;
        const Event& e = reader.Get(ve->index);
        std::string line = ve->span && ve->span->precision == DatePrecision::kDay
                               ? IsoDay(ve->span->first).substr(5) + "  "
                               : ve->span && ve->span->precision == DatePrecision::kMonth
                                     ? std::string("(month)  ")
                                     : std::string();
        line += e.type;
        if (e.status != EventStatus::kOccurred) line += std::string(" (") + EventStatusName(e.status) + ")";
        line += ": " + (e.summary.empty() ? e.id : e.summary);
        label += DotEscape(Ellipsize(line, 60)) + "\\l";
      }
      if (st.events.size() > kDotRowsPerGroup)
        label += DotEscape("+" + std::to_string(st.events.size() - kDotRowsPerGroup) +
                           " more: see timeline.svg or events.csv") + "\\l";
      std::string tip;
      for (const auto& [t, n] : tc) tip += (tip.empty() ? "" : ", ") + std::to_string(n) + " " + t;
      out += "  " + Q(gid) + " [label=\"" + label + "\", fillcolor=\"#fafafa\", color=\"#bbbbbb\", "
             "tooltip=" + Q(st.label + ": " + tip) + "];\n";
      out += "  " + Q(id) + " -> " + Q(gid) + " [style=dotted, color=\"#aaaaaa\"];\n";
      out += "  { rank=same; " + Q(id) + "; " + Q(gid) + "; }\n";
    }
    out += "}\n";
    return out;
  }
  for (size_t i = 0; i < stops.size(); ++i) {
    std::string id = "date:" + stops[i].key;
    std::string same = "  { rank=same; " + Q(id) + ";";
    for (const ViewEvent* ve : stops[i].events) {
      const Event& e = reader.Get(ve->index);
      std::string label = e.type;
      if (e.status != EventStatus::kOccurred) label += std::string(" (") + EventStatusName(e.status) + ")";
      if (!e.summary.empty()) label += "\n" + Ellipsize(e.summary, 48);
      std::string who;
      for (const auto& p : e.participants) who += (who.empty() ? "" : ", ") + view.ActorName(p);
      if (!who.empty()) label += "\n" + Ellipsize(who, 48);
      if (!e.place.empty()) label += "\nin " + e.place;
      std::string attrs = "label=" + Q(label) + ", style=\"" + StatusStyle(e.status) +
                          "\", fillcolor=\"" + TypeColor(e.type) + "\", color=\"" +
                          TypeLineColor(e.type) + "\", tooltip=" + Q(EventTooltip(view, reader, ve->index));
      MentionRef first;
      if (reader.FirstMention(ve->index, &first))
        attrs += ", URL=" + Q(links.Link(first)) + ", target=\"_blank\"";
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
