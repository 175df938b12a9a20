// Pieces of timeline.svg shared by its parts (timeline_svg.cc draws the axis
// and the cards, timeline_svg_header.cc the title, legend and overview): SVG
// number and text formatting, the dash pattern of each status, and the
// group of events a card shows.
#pragma once
#include <cstdio>
#include <string>
#include <vector>

#include "render/style.h"
#include "render/timeline.h"

namespace eg {
namespace svg {

inline const char* kFont = "DejaVu Sans, Verdana, Arial, sans-serif";

inline std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

inline std::string Text(double x, double y, const std::string& s, const std::string& attrs = "") {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\"" + (attrs.empty() ? "" : " " + attrs) +
         ">" + XmlEscape(s) + "</text>\n";
}

inline const char* Dash(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred: return "";
    case EventStatus::kPlanned: return "7,4";
    case EventStatus::kProposed: return "2,3";
    case EventStatus::kNegated: return "10,3,2,3";
    case EventStatus::kHypothetical: return "1,5";
  }
  return "";
}

}  // namespace svg

// Events drawn as one card: one day, or a week or month on a big timeline.
struct TimelineGroup {
  std::string key;    // the date value, or the bucket ("2025-08", "2025-W33")
  std::string label;  // shown in the card header
  date::sys_days first, last;
  bool span = false;  // drawn as a bar (coarser than a day)
  std::vector<const ViewEvent*> events;
  double height = 0;
  // Placement.
  int lane = 0;
  double top = 0, anchor_y = 0, bar_y0 = 0, bar_y1 = 0;
};

// Title, subtitle and legend; `*title` receives the title, `*y` the first
// free y below.
std::string TimelineHeader(const View& view, const TimelineOptions& opts, const Grouping& grouping,
                           size_t undated, double width, std::string* title, double* y);

// Events per group as stacked bars by type, each linking to its card
// (id "card-KEY"); drawn at `*y`, which it advances.
std::string TimelineOverview(const View& view, const std::vector<TimelineGroup*>& groups,
                             bool by_week, double width, double* y);

}  // namespace eg
