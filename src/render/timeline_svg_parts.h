// Pieces of timeline.svg shared by its parts (timeline_svg.cc draws the axis
// and the cards, timeline_svg_header.cc the title, legend and overview): SVG
// number and text formatting, the dash pattern of each status, and the
// group of events a card shows.
#pragma once
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "render/style.h"
#include "render/timeline.h"

namespace eg {
namespace svg {

inline const char* kFont = "DejaVu Sans, Verdana, Arial, sans-serif";

// `v` as printf's "%.1f" writes it, without a trailing ".0". std::to_chars
// rounds exactly as printf does (C++17 [charconv.to.chars]) at a fraction of
// the cost: a large timeline formats hundreds of thousands of coordinates,
// and snprintf was a third of timeline.svg's instructions.
inline std::string Num(double v) {
  char buf[32];
  size_t n;
  if (auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
      r.ec == std::errc()) {
    n = size_t(r.ptr - buf);
  } else {  // longer than the buffer: snprintf's truncation, as before
    std::snprintf(buf, sizeof buf, "%.1f", v);
    n = std::strlen(buf);
  }
  if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
  return std::string(buf, n);
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
