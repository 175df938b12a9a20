#include <algorithm>
#include <map>
#include <set>

#include "render/timeline_svg_parts.h"

namespace eg {

using svg::Dash;
using svg::Num;
using svg::Text;

std::string TimelineHeader(const View& view, const TimelineOptions& opts, const Grouping& grouping,
                           size_t undated, double width, std::string* title, double* y) {
  // Legend contents: types by frequency, statuses present.
  std::map<std::string, size_t> type_count;
  std::set<EventStatus> statuses;
  for (const auto& ve : view.events) {
    ++type_count[view.type(ve)];
    statuses.insert(ve.status);
  }
  std::vector<std::pair<std::string, size_t>> types(type_count.begin(), type_count.end());
  std::stable_sort(types.begin(), types.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  std::string body;
  // Title.
  const GraphData& gd = view.data();
  *title = (gd.corpus_name.empty() ? std::string("corpus") : gd.corpus_name) + " \u2014 timeline";
  std::string range = view.DateRangeLabel();
  if (!range.empty()) *title += ", " + range;
  std::string sub = std::to_string(view.events.size()) + " event" +
                    (view.events.size() == 1 ? "" : "s") + " from " +
                    std::to_string(gd.documents.size()) + " document" +
                    (gd.documents.size() == 1 ? "" : "s");
  if (undated) sub += " (" + std::to_string(undated) + " undated, at the end)";
  if (!view.filter_text.empty()) sub += " \u00b7 " + view.filter_text;
  if (!opts.show_unasserted) sub += " \u00b7 negated and hypothetical events not shown";
  if (grouping.compact)
    sub += std::string(" \u00b7 grouped by ") + (grouping.by_week ? "week" : "month");
  body += Text(20, 32, *title, "class=\"title\" font-size=\"20\" font-weight=\"bold\"");
  body += Text(20, 52, sub, "class=\"subtitle\" font-size=\"12\" fill=\"#555\"");

  // Legend.
  double lx = 20, ly = 72;
  body += "<g class=\"legend\">\n";
  body += Text(lx, ly + 11, "Types:", "font-size=\"11\" font-weight=\"bold\"");
  lx += 50;
  for (const auto& [t, n] : types) {
    std::string label = t + " (" + std::to_string(n) + ")";
    double w = 22 + 6.5 * Utf8Length(label);
    if (lx + w > width - 20) {
      lx = 70;
      ly += 18;
    }
    body += "<rect x=\"" + Num(lx) + "\" y=\"" + Num(ly + 1) + "\" width=\"14\" height=\"12\" fill=\"" +
            TypeColor(t) + "\" stroke=\"" + TypeLineColor(t) + "\"/>\n";
    body += Text(lx + 18, ly + 11, label, "font-size=\"11\"");
    lx += w;
  }
  ly += 20;
  lx = 20;
  body += Text(lx, ly + 11, "Status:", "font-size=\"11\" font-weight=\"bold\"");
  lx += 50;
  for (EventStatus st : {EventStatus::kOccurred, EventStatus::kPlanned, EventStatus::kProposed,
                         EventStatus::kNegated, EventStatus::kHypothetical}) {
    if (!statuses.count(st) && (st == EventStatus::kNegated || st == EventStatus::kHypothetical))
      continue;
    std::string dash = Dash(st);
    body += "<rect x=\"" + Num(lx) + "\" y=\"" + Num(ly + 1) +
            "\" width=\"26\" height=\"12\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"" +
            (dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
    std::string name = EventStatusName(st);
    body += Text(lx + 31, ly + 11, name, "font-size=\"11\"");
    lx += 40 + 6.5 * name.size();
  }
  ly += 18;
  body += Text(20, ly + 11,
               "Bars on the axis: dates known only to the month, year or decade. Hover a box "
               "for the evidence; click it to open the source.",
               "font-size=\"11\" fill=\"#555\"");
  if (view.events.empty())
    body += Text(20, ly + 44, "No events to show" +
                                  std::string(view.filter_text.empty() ? "." : " with these filters."),
                 "font-size=\"14\" font-style=\"italic\" fill=\"#777\"");
  body += "</g>\n";
  *y = ly + (view.events.empty() ? 60 : 44);
  return body;

}

std::string TimelineOverview(const View& view, const std::vector<TimelineGroup*>& groups,
                             bool by_week, double width, double* y) {
  std::string body;
  // A big timeline opens with an overview: events per group as stacked bars
  // by type, in time order, each bar a link to its card below.
  {
    const double ox = 20, ow = width - 40, oh = 70;
    double bw = std::min(28.0, ow / groups.size());
    size_t most = 1;
    for (const TimelineGroup* g : groups) most = std::max(most, g->events.size());
    body += "<g class=\"overview\">\n";
    body += Text(ox, *y, std::string("Events per ") + (by_week ? "week" : "month") +
                            " (dated events; click a bar to jump to it)",
                 "font-size=\"11\" font-weight=\"bold\"");
    double base = *y + 8 + oh;
    body += "<line x1=\"" + Num(ox) + "\" y1=\"" + Num(base) + "\" x2=\"" +
            Num(ox + bw * groups.size()) + "\" y2=\"" + Num(base) + "\" stroke=\"#999\"/>\n";
    double last_label_x = -1e9;
    for (size_t i = 0; i < groups.size(); ++i) {
      const TimelineGroup* g = groups[i];
      std::map<std::string, size_t> tc;
      for (const auto* ve : g->events) ++tc[view.type(*ve)];
      double bx = ox + i * bw, top = base;
      body += "<a href=\"#card-" + XmlEscape(g->key) + "\" xlink:href=\"#card-" +
              XmlEscape(g->key) + "\"><title>" +
              XmlEscape(g->label + ": " + std::to_string(g->events.size()) + " events") +
              "</title>\n";
      for (const auto& [t, n] : tc) {
        double h = oh * double(n) / most;
        top -= h;
        body += "<rect x=\"" + Num(bx + 1) + "\" y=\"" + Num(top) + "\" width=\"" +
                Num(std::max(1.0, bw - 2)) + "\" height=\"" + Num(h) + "\" fill=\"" +
                TypeLineColor(t) + "\"/>\n";
      }
      body += "</a>\n";
      // Labels where they fit: a break in time always gets one.
      bool jump = i > 0 && (g->first - groups[i - 1]->last).count() > kBreakDays;
      if (bx - last_label_x >= 60 || (jump && bx - last_label_x >= 30)) {
        body += Text(bx + 1, base + 12, g->label, "font-size=\"9\" fill=\"#555\"");
        last_label_x = bx;
      }
    }
    body += "</g>\n";
    *y = base + 34;
  }

  return body;
}

}  // namespace eg
