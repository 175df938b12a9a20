// The timeline: timeline.svg (drawn directly, for a proportional time axis
// that Graphviz cannot lay out) and timeline.dot (the same events as a
// Graphviz graph, for people who edit DOT and for Makefile.dot).
//
// SVG layout: time runs down a vertical axis. Dated events are grouped (by
// day, or by week or month once the view has more than kCompactThreshold
// events) into cards placed beside the axis at their position in time; cards
// that would overlap go to the next lane (up to kMaxLanes), then are pushed
// down with a leader line to their date. Positions are proportional to time
// within a segment; a gap of more than kBreakDays between segments is
// compressed into a labelled break. Spans (a month, a year) are drawn as bars
// on the axis, so a year-only event is never drawn on January 1. Each event
// is a <g class="event"> with a box, a <title> tooltip (evidence sentences
// and source documents) and an <a> link to its first source file. A grouped
// (big) timeline opens with an overview bar chart of events per group.
#pragma once
#include <string>

#include "render/text_sink.h"
#include "render/view.h"

namespace eg {

constexpr int kMaxLanes = 3;
constexpr int kBreakDays = 31;
constexpr size_t kCompactThreshold = 80;

struct TimelineOptions {
  std::string out_dir;  // links to sources are relative to it
  bool show_unasserted = false;
};

// How the timeline groups events: by day (the date value itself) up to
// kCompactThreshold events, then by month, or by ISO week when the dated
// range is at most kWeekRangeDays. Coarser dates (a year, a decade) keep
// their own group.
constexpr int kWeekRangeDays = 120;
struct Grouping {
  bool compact = false;
  bool by_week = false;
};
Grouping ChooseGrouping(const View& view);

struct Bucket {
  std::string key;    // distinct per group: the date value or "month-2025-08-01"
  std::string label;  // "15 Aug 2025", "Aug 2025", "week of 11 Aug 2025", "1938"
  date::sys_days first, last;
};
Bucket BucketOf(const DateSpan& s, const Grouping& grouping);

std::string TimelineSvg(const View& view, const TimelineOptions& opts);
void WriteTimelineSvg(const View& view, const TimelineOptions& opts, TextSink* out);
std::string TimelineDot(const View& view, const TimelineOptions& opts);

// The tooltip text of an event: date, type, status, participants, place,
// then each evidence sentence with its document.
// Event `index` (into GraphData::events), read through `reader`.
std::string EventTooltip(const View& view, EventReader& reader, uint32_t index);
// The same text written to `out` piece by piece (an event's mentions are
// never held at once).
void WriteEventTooltip(const View& view, EventReader& reader, uint32_t index, TextSink* out);

}  // namespace eg
