#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "render/style.h"
#include "render/timeline.h"
#include "render/timeline_svg_parts.h"

namespace eg {

using svg::Dash;
using svg::Num;
using svg::Text;
using svg::kFont;

namespace {

constexpr double kAxisX = 150;
constexpr double kCardX = 190;
constexpr double kCardW = 360;
constexpr double kLaneGap = 24;
constexpr double kHeaderH = 22;
constexpr double kLineH = 14;
constexpr double kCompactRowH = 17;
constexpr double kCardPad = 6;
constexpr double kBreakH = 56;
constexpr size_t kRowChars = 48;

std::string Participants(const View& v, const Event& e) {
  std::string s;
  for (const auto& p : e.participants) s += (s.empty() ? "" : ", ") + v.ActorName(p);
  return s;
}

std::string GapLabel(int days) {
  if (days >= 2 * 365) return std::to_string(int(std::lround(days / 365.25))) + " years";
  if (days >= 60) return std::to_string(int(std::lround(days / 30.44))) + " months";
  if (days >= 14) return std::to_string(days / 7) + " weeks";
  return std::to_string(days) + " days";
}

struct Segment {
  date::sys_days first, last;
  std::vector<TimelineGroup*> groups;
  double y0 = 0, y1 = 0, ppd = 1;
};

// Rows of a full-size event box: type/status, summary, participants, place.
std::vector<std::pair<std::string, std::string>> RowLines(const View& v, EventReader& reader,
                                                          uint32_t index, bool show_date) {
  std::vector<std::pair<std::string, std::string>> lines;
  const Event& e = reader.Get(index);
  std::string head = e.type;
  for (auto& c : head) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (e.status != EventStatus::kOccurred) head += std::string(" \u00b7 ") + EventStatusName(e.status);
  if (show_date && !e.date_text.empty()) head += " \u00b7 \u201c" + e.date_text + "\u201d";
  // Independent reports of one event: worth seeing before hovering.
  std::set<std::string> docs;
  reader.ForEachMention(index, [&](const MentionRef& m) {
    docs.emplace(m.doc);
    return true;
  });
  if (docs.size() > 1) head += " \u00b7 " + std::to_string(docs.size()) + " sources";
  lines.push_back({"head", Ellipsize(head, kRowChars)});
  if (!e.summary.empty()) lines.push_back({"summary", Ellipsize(e.summary, kRowChars)});
  // Participants, unless the summary already names every one of them.
  bool named = !e.summary.empty() && Utf8Length(e.summary) <= kRowChars;
  for (const auto& p : e.participants)
    named = named && e.summary.find(v.ActorName(p)) != std::string::npos;
  std::string who = Participants(v, e);
  if (!who.empty() && !named) lines.push_back({"who", Ellipsize("with " + who, kRowChars)});
  if (!e.place.empty()) lines.push_back({"place", Ellipsize("in " + e.place, kRowChars)});
  return lines;
}

double RowHeight(const View& v, EventReader& reader, const ViewEvent& ve, bool compact) {
  if (compact) return kCompactRowH;
  return RowLines(v, reader, ve.index, true).size() * kLineH + 8;
}

}  // namespace

namespace {

// Passes text on without its trailing newlines: a run of newlines is held
// back until more text follows it.
class TrimNewlinesSink : public TextSink {
 public:
  explicit TrimNewlinesSink(TextSink* out) : out_(out) {}
  void Write(std::string_view s) override {
    const size_t end = s.find_last_not_of('\n');
    if (end == std::string_view::npos) {
      held_ += s.size();
      return;
    }
    if (held_) out_->Write(std::string(held_, '\n'));
    out_->Write(s.substr(0, end + 1));
    held_ = s.size() - end - 1;
  }

 private:
  TextSink* out_;
  size_t held_ = 0;
};

// XML-escapes what it passes on, through one reused buffer.
class XmlEscapeSink : public TextSink {
 public:
  explicit XmlEscapeSink(TextSink* out) : out_(out) {}
  void Write(std::string_view s) override {
    buf_.clear();
    AppendXmlEscaped(&buf_, s);
    out_->Write(buf_);
  }

 private:
  TextSink* out_;
  std::string buf_;
};

}  // namespace

void WriteEventTooltip(const View& view, EventReader& reader, uint32_t index, TextSink* sink) {
  TrimNewlinesSink out(sink);
  const Event& e = reader.Get(index);
  std::string t;
  auto span = ParseDateSpan(e.date);
  t += (span ? DateLabel(*span) : std::string("date unknown"));
  if (!e.date_text.empty()) t += " (\u201c" + e.date_text + "\u201d)";
  t += " \u2014 " + e.type;
  if (e.status != EventStatus::kOccurred) t += std::string(", ") + EventStatusName(e.status);
  t += "\n";
  if (!e.summary.empty()) t += e.summary + "\n";
  std::string who = Participants(view, e);
  if (!who.empty()) t += "Participants: " + who + "\n";
  if (!e.place.empty()) t += "Place: " + e.place + "\n";
  out.Write(t);
  // One mention at a time: an event reported by thousands of documents is
  // never held whole.
  reader.ForEachMention(index, [&](const MentionRef& m) {
    t.clear();
    t.append("\n\u201c").append(m.text).append("\u201d\n  \u2014 ");
    t.append(m.doc);
    if (m.located && !m.dct.empty()) t.append(" (").append(m.dct).append(")");
    if (m.located) t.append(", ").append(m.path);
    t += "\n";
    out.Write(t);
    return true;
  });
}

std::string EventTooltip(const View& view, EventReader& reader, uint32_t index) {
  std::string t;
  StringSink sink(&t);
  WriteEventTooltip(view, reader, index, &sink);
  return t;
}

void WriteTimelineSvg(const View& view, const TimelineOptions& opts, TextSink* out) {
  const Grouping grouping = ChooseGrouping(view);
  const bool compact = grouping.compact, by_week = grouping.by_week;
  SourceLinker links(view.data(), opts.out_dir);
  EventReader reader(view.data());

  // Group the dated events.
  std::map<std::pair<int, std::string>, TimelineGroup> groups_by_key;  // (first day, key)
  std::vector<const ViewEvent*> undated;
  for (const auto& ve : view.events) {
    if (!ve.span) {
      undated.push_back(&ve);
      continue;
    }
    Bucket b = BucketOf(*ve.span, grouping);
    const std::string& key = b.key;
    const std::string& label = b.label;
    date::sys_days first = b.first, last = b.last;
    TimelineGroup& g = groups_by_key[{int(first.time_since_epoch().count()), key}];
    if (g.events.empty()) {
      g.key = key;
      g.label = label;
      g.first = first;
      g.last = last;
      g.span = last > first;
    }
    g.events.push_back(&ve);
  }
  std::vector<TimelineGroup*> groups;
  for (auto& [k, g] : groups_by_key) {
    g.height = kHeaderH + kCardPad;
    for (const auto* ve : g.events) g.height += RowHeight(view, reader, *ve, compact) + 4;
    if (compact) g.height += 10;  // type-count bar
    groups.push_back(&g);
  }

  // Segments: runs of groups without a gap longer than kBreakDays.
  std::vector<Segment> segments;
  for (TimelineGroup* g : groups) {
    // A gap is compressed when it is long both in days and against the
    // spans beside it: years apart from year-only events is no gap at all.
    int gap = segments.empty() ? 0 : int((g->first - segments.back().last).count());
    int scale = segments.empty() ? 0
                                 : int(std::max((g->last - g->first).count(),
                                                (segments.back().groups.back()->last -
                                                 segments.back().groups.back()->first).count()));
    if (segments.empty() || (gap > kBreakDays && gap > 2 * scale)) {
      segments.push_back({g->first, g->last, {}, 0, 0, 1});
    }
    Segment& s = segments.back();
    s.groups.push_back(g);
    if (g->last > s.last) s.last = g->last;
  }

  double width = 940;
  std::string body;
  std::string title;
  double y = 0;
  body += TimelineHeader(view, opts, grouping, undated.size(), width, &title, &y);
  if (compact && !groups.empty()) body += TimelineOverview(view, groups, by_week, width, &y);

  // Place the segments and their cards.
  int lanes_used = 1;
  std::string axis;
  auto place_cards = [&](std::vector<TimelineGroup*>& gs, double* lane_bottom) {
    for (TimelineGroup* g : gs) {
      double want = g->anchor_y - kHeaderH / 2;
      // The lane where the card lands closest to its date; a lane further
      // right must win by more than a short push down, so cards stay near
      // the axis.
      int best = 0;
      double best_cost = 1e18;
      for (int l = 0; l < kMaxLanes; ++l) {
        double cost = std::max(want, lane_bottom[l] + 8) - want + 40.0 * l;
        if (cost < best_cost) best_cost = cost, best = l;
      }
      g->lane = best;
      g->top = std::max(want, lane_bottom[best] + 8);
      lane_bottom[best] = g->top + g->height;
      lanes_used = std::max(lanes_used, best + 1);
    }
  };
  double lane_bottom[kMaxLanes];
  for (size_t si = 0; si < segments.size(); ++si) {
    Segment& s = segments[si];
    if (si > 0) {
      // A compressed gap: dashed axis with a zigzag and the gap's length.
      const Segment& p = segments[si - 1];
      double yb = y;
      y = std::max(y, 0.0);
      for (double& b : lane_bottom) y = std::max(y, b);
      yb = y + 8;
      int days = int((s.first - p.last).count());
      axis += "<g class=\"break\">\n<line x1=\"" + Num(kAxisX) + "\" y1=\"" + Num(yb - 8) +
              "\" x2=\"" + Num(kAxisX) + "\" y2=\"" + Num(yb + kBreakH) +
              "\" stroke=\"#999\" stroke-width=\"2\" stroke-dasharray=\"3,4\"/>\n";
      double zy = yb + kBreakH / 2;
      axis += "<polyline points=\"" + Num(kAxisX - 9) + "," + Num(zy - 3) + " " + Num(kAxisX - 3) +
              "," + Num(zy - 8) + " " + Num(kAxisX + 3) + "," + Num(zy + 2) + " " + Num(kAxisX + 9) +
              "," + Num(zy - 3) + "\" fill=\"none\" stroke=\"#666\" stroke-width=\"2\"/>\n";
      axis += Text(kAxisX - 14, zy + 4, "\u2026 " + GapLabel(days) + " \u2026",
                   "font-size=\"11\" font-style=\"italic\" fill=\"#777\" text-anchor=\"end\"");
      axis += "</g>\n";
      y = yb + kBreakH + 8;
    }
    // Pixels per day: room for the segment's cards spread over the lanes.
    double total_h = 0;
    for (TimelineGroup* g : s.groups) total_h += g->height + 8;
    double days = double((s.last - s.first).count() + 1);
    s.ppd = std::clamp(total_h / (kMaxLanes * days), 0.02, 40.0);
    s.y0 = y + 6;
    auto ypos = [&](date::sys_days d) { return s.y0 + (d - s.first).count() * s.ppd; };
    for (TimelineGroup* g : s.groups) {
      g->bar_y0 = ypos(g->first);
      g->bar_y1 = g->span ? ypos(g->last + date::days{1}) : g->bar_y0;
      g->anchor_y = g->span ? (g->bar_y0 + g->bar_y1) / 2 : g->bar_y0;
    }
    for (double& b : lane_bottom) b = y - 8;
    place_cards(s.groups, lane_bottom);
    s.y1 = ypos(s.last + date::days{1});
    double seg_end = s.y1;
    for (double b : lane_bottom) seg_end = std::max(seg_end, b);
    // Axis line, boundary labels and ticks.
    axis += "<g class=\"segment\">\n<line x1=\"" + Num(kAxisX) + "\" y1=\"" + Num(s.y0 - 6) +
            "\" x2=\"" + Num(kAxisX) + "\" y2=\"" + Num(seg_end) +
            "\" stroke=\"#444\" stroke-width=\"2\"/>\n";
    // Month or year ticks inside long segments, at most about a dozen.
    int span_days = int(days);
    // (A segment of one group, such as one year, needs no ticks inside.)
    if (span_days > 62 && s.groups.size() > 1) {
      bool years = span_days > 3 * 365;
      date::year_month_day f{s.first};
      std::vector<date::sys_days> ticks;
      if (years) {
        for (date::year yy = f.year() + date::years{1}; date::sys_days{yy / 1 / 1} <= s.last; ++yy)
          ticks.push_back(date::sys_days{yy / 1 / 1});
      } else {
        date::year_month ym = f.year() / f.month();
        for (ym += date::months{1}; date::sys_days{ym / 1} <= s.last; ym += date::months{1})
          ticks.push_back(date::sys_days{ym / 1});
      }
      // At most about a dozen ticks, never closer than 16 px.
      size_t step = ticks.size() / 12 + 1;
      if (ticks.size() > 1) {
        double px = (ticks[1] - ticks[0]).count() * s.ppd;
        while (step < ticks.size() && px * step < 16) ++step;
        if (px * step < 16) ticks.clear();
      }
      for (size_t i = 0; i < ticks.size(); i += step) {
        double ty = ypos(ticks[i]);
        bool crowded = false;
        for (const TimelineGroup* g : s.groups) crowded |= std::abs(g->anchor_y - ty) < 13;
        if (crowded) continue;
        std::string label = years ? std::to_string(int(date::year_month_day{ticks[i]}.year()))
                                  : MonthYearLabel(ticks[i]);
        axis += "<line x1=\"" + Num(kAxisX - 5) + "\" y1=\"" + Num(ty) + "\" x2=\"" +
                Num(kAxisX) + "\" y2=\"" + Num(ty) + "\" stroke=\"#444\"/>\n";
        axis += Text(kAxisX - 9, ty + 4, label,
                     "font-size=\"10\" fill=\"#666\" text-anchor=\"end\"");
      }
    }
    // Each group: a dot or a bar on the axis, its label, and a leader to its card.
    double last_label_y = -1e9;
    for (TimelineGroup* g : s.groups) {
      const std::string& line = TypeLineColor(view.type(*g->events.front()));
      if (g->span) {
        axis += "<rect class=\"span\" x=\"" + Num(kAxisX - 4) + "\" y=\"" + Num(g->bar_y0) +
                "\" width=\"8\" height=\"" + Num(std::max(2.0, g->bar_y1 - g->bar_y0)) +
                "\" fill=\"" + line + "\" fill-opacity=\"0.45\"/>\n";
      } else {
        axis += "<circle cx=\"" + Num(kAxisX) + "\" cy=\"" + Num(g->anchor_y) +
                "\" r=\"4.5\" fill=\"" + line + "\" stroke=\"#fff\"/>\n";
      }
      if (g->anchor_y - last_label_y >= 13) {
        axis += Text(kAxisX - 10, g->anchor_y + 4, g->label,
                     "font-size=\"11\" font-weight=\"bold\" text-anchor=\"end\"");
        last_label_y = g->anchor_y;
      }
      double cx = kCardX + g->lane * (kCardW + kLaneGap);
      axis += "<polyline points=\"" + Num(kAxisX + 5) + "," + Num(g->anchor_y) + " " +
              Num(kCardX - 14) + "," + Num(g->anchor_y) + " " + Num(cx) + "," +
              Num(g->top + kHeaderH / 2) + "\" fill=\"none\" stroke=\"#aaa\"/>\n";
    }
    axis += "</g>\n";
    y = seg_end + 10;
  }

  // The undated events go last, after a break, in one card.
  TimelineGroup undated_group;
  if (!undated.empty()) {
    undated_group.label = "date unknown";
    undated_group.events = undated;
    undated_group.height = kHeaderH + kCardPad;
    for (const auto* ve : undated) undated_group.height += RowHeight(view, reader, *ve, compact) + 4;
    double yb = y + (segments.empty() ? 0 : 8);
    if (!segments.empty()) {
      axis += "<line x1=\"" + Num(kAxisX) + "\" y1=\"" + Num(yb) + "\" x2=\"" + Num(kAxisX) +
              "\" y2=\"" + Num(yb + kBreakH) +
              "\" stroke=\"#999\" stroke-width=\"2\" stroke-dasharray=\"3,4\"/>\n";
      yb += kBreakH;
    }
    axis += Text(kAxisX - 10, yb + 15, "date unknown",
                 "font-size=\"11\" font-weight=\"bold\" font-style=\"italic\" text-anchor=\"end\"");
    undated_group.top = yb + 4;
    undated_group.lane = 0;
    groups.push_back(&undated_group);
    y = undated_group.top + undated_group.height + 10;
  }

  width = std::max(width, kCardX + lanes_used * (kCardW + kLaneGap) + 10);
  double height = y + 20;
  // Written piece by piece: the cards alone are most of the file, so they
  // go straight to the sink once the size of the picture is known.
  out->Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  out->Write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
             "version=\"1.1\" width=\"" + Num(width) + "\" height=\"" + Num(height) +
             "\" viewBox=\"0 0 " + Num(width) + " " + Num(height) + "\" font-family=\"" + kFont +
             "\">\n");
  out->Write("<title>" + XmlEscape(title) + "</title>\n");
  out->Write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  out->Write(body);
  out->Write(axis);

  // Cards and event boxes.
  for (TimelineGroup* g : groups) {
    double cx = kCardX + g->lane * (kCardW + kLaneGap);
    out->Write("<g class=\"card\"" +
               (g->key.empty() ? std::string() : " id=\"card-" + XmlEscape(g->key) + "\"") + ">\n");
    out->Write("<rect x=\"" + Num(cx) + "\" y=\"" + Num(g->top) + "\" width=\"" + Num(kCardW) +
               "\" height=\"" + Num(g->height) +
               "\" rx=\"5\" fill=\"#fafafa\" stroke=\"#bbb\"/>\n");
    std::string head = g->label;
    if (g->events.size() > 1) head += " \u00b7 " + std::to_string(g->events.size()) + " events";
    out->Write(Text(cx + 8, g->top + 15, head, "font-size=\"12\" font-weight=\"bold\""));
    double ry = g->top + kHeaderH;
    if (compact) {
      // Share of each type in this bucket, as a stacked bar.
      std::map<std::string, size_t> tc;
      for (const auto* ve : g->events) ++tc[view.type(*ve)];
      double bx = cx + 8, bw = kCardW - 16;
      for (const auto& [t, n] : tc) {
        double w = bw * double(n) / g->events.size();
        out->Write("<rect x=\"" + Num(bx) + "\" y=\"" + Num(ry) + "\" width=\"" + Num(w) +
                   "\" height=\"6\" fill=\"" + TypeLineColor(t) + "\"><title>" +
                   XmlEscape(t + ": " + std::to_string(n)) + "</title></rect>\n");
        bx += w;
      }
      ry += 10;
    }
    for (const auto* ve : g->events) {
      const Event& e = reader.Get(ve->index);
      double h = RowHeight(view, reader, *ve, compact);
      std::string href;
      MentionRef first;
      if (reader.FirstMention(ve->index, &first)) href = links.Link(first);
      bool faded = e.status == EventStatus::kNegated || e.status == EventStatus::kHypothetical;
      out->Write("<g class=\"event\" id=\"" + XmlEscape(e.id) + "\"" +
                 (faded ? " opacity=\"0.6\"" : "") + ">\n");
      if (!href.empty())
        out->Write("<a href=\"" + XmlEscape(href) + "\" xlink:href=\"" + XmlEscape(href) +
                   "\" target=\"_blank\">\n");
      out->Write("<title>");
      XmlEscapeSink escaped(out);
      WriteEventTooltip(view, reader, ve->index, &escaped);
      out->Write("</title>\n");
      std::string dash = Dash(e.status);
      out->Write("<rect class=\"box\" x=\"" + Num(cx + 6) + "\" y=\"" + Num(ry) + "\" width=\"" +
                 Num(kCardW - 12) + "\" height=\"" + Num(h) + "\" rx=\"3\" fill=\"" +
                 TypeColor(e.type) + "\" stroke=\"" + TypeLineColor(e.type) +
                 "\" stroke-width=\"1.5\"" +
                 (dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n");
      if (compact) {
        std::string when;
        if (ve->span) {
          date::year_month_day ymd{ve->span->first};
          when = ve->span->precision == DatePrecision::kDay
                     ? std::to_string(unsigned(ymd.day())) + " " +
                           MonthYearLabel(ve->span->first).substr(0, 3)
                 : ve->span->precision == DatePrecision::kMonth ? "(month)"
                                                                : DateLabel(*ve->span);
        }
        std::string line = e.type;
        if (e.status != EventStatus::kOccurred)
          line += std::string(" (") + EventStatusName(e.status) + ")";
        line += ": " + (e.summary.empty() ? Participants(view, e) : e.summary);
        out->Write(Text(cx + 12, ry + 12, when, "font-size=\"10\" font-weight=\"bold\""));
        out->Write(Text(cx + 70, ry + 12, Ellipsize(line, 46), "font-size=\"10\""));
      } else {
        double ty = ry + 13;
        for (const auto& [kind, s] : RowLines(view, reader, ve->index, true)) {
          std::string attrs = "font-size=\"11\"";
          if (kind == "head")
            attrs = "font-size=\"10\" font-weight=\"bold\" letter-spacing=\"0.5\" fill=\"" +
                    TypeLineColor(e.type) + "\"";
          else if (kind == "summary")
            attrs = "font-size=\"11\" font-weight=\"bold\"";
          else if (kind == "place")
            attrs = "font-size=\"11\" font-style=\"italic\" fill=\"#444\"";
          out->Write(Text(cx + 12, ty, s, attrs));
          ty += kLineH;
        }
      }
      if (!href.empty()) out->Write("</a>\n");
      out->Write("</g>\n");
      ry += h + 4;
    }
    out->Write("</g>\n");
  }

  out->Write("</svg>\n");
}

std::string TimelineSvg(const View& view, const TimelineOptions& opts) {
  std::string s;
  StringSink sink(&s);
  WriteTimelineSvg(view, opts, &sink);
  return s;
}

}  // namespace eg
