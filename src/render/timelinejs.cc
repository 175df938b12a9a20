#include <nlohmann/json.hpp>

#include "render/exports.h"
#include "render/style.h"

namespace eg {

namespace {

using ordered_json = nlohmann::ordered_json;

// A TimelineJS date object holding only the fields the precision supports.
ordered_json JsDate(date::sys_days d, DatePrecision p) {
  date::year_month_day ymd{d};
  ordered_json j;
  j["year"] = int(ymd.year());
  if (p == DatePrecision::kYear || p == DatePrecision::kDecade || p == DatePrecision::kCentury)
    return j;
  j["month"] = unsigned(ymd.month());
  if (p == DatePrecision::kMonth || p == DatePrecision::kSeason) return j;
  j["day"] = unsigned(ymd.day());
  return j;
}

}  // namespace

std::string TimelineJs(const View& view, const std::string& out_dir) {
  const GraphData& gd = view.data();
  ordered_json root;
  size_t undated = 0;
  ordered_json events = ordered_json::array();
  for (const auto& ve : view.events) {
    if (!ve.span) {
      ++undated;  // TimelineJS requires a start_date
      continue;
    }
    const Event& e = view.event(ve);
    const DateSpan& s = *ve.span;
    ordered_json j;
    j["unique_id"] = e.id;
    j["start_date"] = JsDate(s.first, s.precision);
    // A week, season, decade or century is a range; a day, month or year is
    // a point at its precision.
    if (s.precision == DatePrecision::kWeek || s.precision == DatePrecision::kDecade ||
        s.precision == DatePrecision::kCentury || s.precision == DatePrecision::kSeason)
      j["end_date"] = JsDate(s.last, s.precision);
    j["display_date"] = DateLabel(s);
    std::string who;
    for (const auto& p : e.participants) who += (who.empty() ? "" : ", ") + view.ActorName(p);
    std::string html;
    html += "<p><b>" + XmlEscape(e.type) + "</b>";
    if (e.status != EventStatus::kOccurred)
      html += std::string(" (") + EventStatusName(e.status) + ")";
    if (!who.empty()) html += " \u2014 " + XmlEscape(who);
    if (!e.place.empty()) html += ", in " + XmlEscape(e.place);
    html += "</p>";
    for (const auto& m : e.mentions) {
      const DocumentInfo* d = FindDocument(gd, m.doc);
      std::string href = SourceLink(d ? d->path : m.doc + ".txt", out_dir);
      html += "<blockquote>" + XmlEscape(m.text) + "</blockquote><p><a href=\"" +
              XmlEscape(href) + "\">" + XmlEscape(m.doc) + "</a>" +
              (d && !d->dct.empty() ? " (" + d->dct + ")" : std::string()) + "</p>";
    }
    j["text"] = {{"headline", e.summary.empty() ? e.type : e.summary}, {"text", html}};
    j["group"] = e.type;
    events.push_back(std::move(j));
  }
  std::string intro = "<p>" + std::to_string(events.size()) + " events from " +
                      std::to_string(gd.documents.size()) + " documents";
  std::string range = view.DateRangeLabel();
  if (!range.empty()) intro += ", " + XmlEscape(range);
  intro += ".</p>";
  if (undated) intro += "<p>" + std::to_string(undated) + " undated events are not shown.</p>";
  if (!view.filter_text.empty()) intro += "<p>" + XmlEscape(view.filter_text) + "</p>";
  root["title"] = {{"text", {{"headline", gd.corpus_name.empty() ? "corpus" : gd.corpus_name},
                             {"text", intro}}}};
  root["events"] = std::move(events);
  return root.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace eg
