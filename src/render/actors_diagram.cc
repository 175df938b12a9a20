#include "render/actors_diagram.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "render/style.h"

namespace eg {

namespace {

std::string Q(const std::string& s) { return "\"" + DotEscape(s) + "\""; }

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

const char* KindShape(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "ellipse";
    case ActorKind::kOrganization: return "box";
    case ActorKind::kCountry: return "hexagon";
    case ActorKind::kGroup: return "octagon";
  }
  return "ellipse";
}

}  // namespace

std::string LinkLabel(const View& view, const ViewLink& link, size_t max_lines,
                      size_t max_participants) {
  // Lines in date order (undated last), one per distinct type, date, status.
  std::vector<std::pair<std::optional<DateSpan>, std::string>> items;
  for (uint32_t ei : link.events) {
    const ViewEvent& e = *view.Find(ei);  // links hold selected events only
    if (max_participants && e.participants > max_participants) continue;
    const auto& span = e.span;
    std::string l = view.type(e) + (span ? " " + DateLabel(*span) : std::string(" (undated"));
    if (e.status != EventStatus::kOccurred)
      l += std::string(span ? " (" : ", ") + EventStatusName(e.status) + ")";
    else if (!span)
      l += ")";
    items.push_back({span, l});
  }
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    if (a.first.has_value() != b.first.has_value()) return a.first.has_value();
    return a.first && a.first->first < b.first->first;
  });
  std::vector<std::string> lines;
  for (const auto& it : items)
    if (std::find(lines.begin(), lines.end(), it.second) == lines.end()) lines.push_back(it.second);
  std::string out;
  for (size_t i = 0; i < lines.size() && i < max_lines; ++i) out += (i ? "\n" : "") + lines[i];
  if (lines.size() > max_lines) out += "\n+" + std::to_string(lines.size() - max_lines) + " more";
  return out;
}

std::string ActorsDot(const View& view) {
  const EventGraph& g = *view.g;
  const GraphData& gd = view.data();
  std::string title = (gd.corpus_name.empty() ? std::string("corpus") : gd.corpus_name) +
                      " \u2014 who interacted with whom";
  std::string range = view.DateRangeLabel();
  std::string sub = std::to_string(view.actors.size()) + " actors, " +
                    std::to_string(view.links.size()) + " links";
  if (!range.empty()) sub += ", " + range;
  if (view.dropped_actors) sub += " (top actors by interactions; " +
                                  std::to_string(view.dropped_actors) + " more with --top)";
  if (view.isolated_actors)
    sub += "; " + std::to_string(view.isolated_actors) + " actors of non-interaction events not drawn";
  if (!view.filter_text.empty()) sub += "; " + view.filter_text;

  std::string out;
  out += "// Actors of " + DotEscape(gd.corpus_name) +
         " and who interacted with whom. Node ids are actor ids from events.json;\n"
         "// edge labels list the interactions' types and dates, penwidth grows with their\n"
         "// number. Regenerate pictures with `make -f Makefile.dot`.\n";
  out += "graph actors {\n";
  // The legend lives in the graph label: neato does not place clusters.
  std::string legend = "<<table border=\"0\" cellspacing=\"4\"><tr><td><font "
                       "point-size=\"18\"><b>" + XmlEscape(title) +
                       "</b></font></td></tr><tr><td>" + XmlEscape(sub) +
                       "</td></tr><tr><td><table border=\"0\" cellspacing=\"4\"><tr>";
  for (ActorKind k : {ActorKind::kPerson, ActorKind::kOrganization, ActorKind::kCountry,
                      ActorKind::kGroup})
    legend += std::string("<td bgcolor=\"") + KindColor(k) + "\" border=\"1\" cellpadding=\"3\">" +
              ActorKindName(k) + "</td>";
  legend += "</tr></table></td></tr><tr><td><font point-size=\"10\">size: mentions \u00b7 line "
            "width: interactions \u00b7 dashed: planned or proposed only \u00b7 meetings of "
            "4+ actors unlabelled (hover the line)</font></td></tr></table>>";
  // Curved edges, not routed around the nodes (splines=true): with the
  // nodes kept apart (overlap=false, sep) they look the same, and routing
  // costs 60 ms for 40 actors and seconds beyond ~100 links, 20x the rest of
  // the layout.
  out += std::string("  graph [layout=neato, pack=true, overlap=false, splines=curved") +
         ", sep=\"+14\", esep=\"+6\", "
         "fontname=\"Helvetica\", labelloc=t, label=" + legend + "];\n";
  out += "  node [style=filled, fontname=\"Helvetica\", color=\"#555555\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"#444444\"];\n\n";

  for (ActorVertex v : view.actors) {
    const Actor& a = g[v];
    uint32_t n = view.interactions.count(v) ? view.interactions.at(v) : 0;
    double fs = std::min(26.0, 10.0 + 3.0 * std::log2(1.0 + a.mentions));
    std::string tip = a.name + " (" + ActorKindName(a.kind) + ")\n" + std::to_string(a.mentions) +
                      " mentions, " + std::to_string(n) + " interactions";
    if (!a.aliases.empty()) {
      std::string al;
      for (const auto& s : a.aliases) al += (al.empty() ? "" : "; ") + s;
      tip += "\nalso: " + al;
    }
    out += "  " + Q(a.id) + " [label=" + Q(a.name) + ", kind=" + ActorKindName(a.kind) +
           ", mentions=" + std::to_string(a.mentions) + ", interactions=" + std::to_string(n);
    if (!a.country.empty()) out += ", country=" + Q(a.country);
    out += ", shape=" + std::string(KindShape(a.kind)) + ", fillcolor=\"" + KindColor(a.kind) +
           "\", fontsize=" + Fixed(fs) + (a.id == view.ego ? ", penwidth=3" : "") +
           ", tooltip=" + Q(tip) + "];\n";
  }
  out += "\n";
  // A dense diagram labels only its heaviest links, with a count, the types
  // and the date range, and fades single interactions: every link keeps its
  // full list in the tooltip (and in actors.graphml).
  const bool dense = view.links.size() > kDenseLinks;
  size_t label_min = 0;
  if (dense) {
    std::vector<size_t> weights;
    for (const ViewLink& l : view.links) weights.push_back(l.events.size());
    std::sort(weights.rbegin(), weights.rend());
    label_min = std::max<size_t>(2, weights[std::min(weights.size(), kDenseLabels) - 1]);
  }
  for (const ViewLink& l : view.links) {
    size_t n = l.events.size();
    std::map<std::string, size_t> tc;
    bool all_unsure = true;
    for (uint32_t ei : l.events) {
      const ViewEvent& e = *view.Find(ei);
      ++tc[view.type(e)];
      all_unsure &= e.status != EventStatus::kOccurred;
    }
    std::string main_type;
    size_t best = 0;
    for (const auto& [t, c] : tc)
      if (c > best) best = c, main_type = t;
    std::string tip = g[l.a].name + " \u2014 " + g[l.b].name + ": " + std::to_string(n) +
                      " interaction" + (n == 1 ? "" : "s") + "\n" + LinkLabel(view, l, 50);
    std::string label;
    if (!dense) {
      label = LinkLabel(view, l, 3, kLabelMaxParticipants);
    } else if (n >= label_min) {
      label = std::to_string(n) + "\u00d7";
      for (const auto& [t, c] : tc) label += " " + t;
      std::vector<std::pair<date::sys_days, std::string>> spans;
      for (uint32_t ei : l.events)
        if (const auto& sp = view.Find(ei)->span) spans.push_back({sp->first, DateLabel(*sp)});
      std::sort(spans.begin(), spans.end());
      if (!spans.empty())
        label += "\n" + spans.front().second +
                 (spans.back().second != spans.front().second ? " \u2013 " + spans.back().second
                                                              : std::string());
    }
    std::string color = TypeLineColor(main_type);
    if (dense && n == 1) color += "66";  // translucent
    out += "  " + Q(g[l.a].id) + " -- " + Q(g[l.b].id) + " [label=" + Q(label) +
           ", interactions=" + std::to_string(n) +
           ", penwidth=" + Fixed(std::min(8.0, 1.0 + 1.5 * double(n - 1))) +
           ", color=\"" + color + "\"" +
           (all_unsure ? ", style=dashed" : "") + ", tooltip=" + Q(tip) + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace eg
