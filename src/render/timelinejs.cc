#include <nlohmann/json.hpp>

#include "render/exports.h"
#include "render/json_stream.h"
#include "render/json_writer.h"
#include "render/style.h"

namespace eg {

namespace {

// A TimelineJS date object holding only the fields the precision supports,
// as member `key` of `o`.
void JsDate(JsonObjectWriter* o, std::string* buf, const char* key, date::sys_days d,
            DatePrecision p) {
  date::year_month_day ymd{d};
  o->Key(key);
  JsonObjectWriter j(buf, o->member_level());
  j.Int("year", int(ymd.year()));
  if (p != DatePrecision::kYear && p != DatePrecision::kDecade && p != DatePrecision::kCentury) {
    j.Unsigned("month", unsigned(ymd.month()));
    if (p != DatePrecision::kMonth && p != DatePrecision::kSeason)
      j.Unsigned("day", unsigned(ymd.day()));
  }
  j.Close();
}

// The JSON escape of `s` without its quotes, appended to *out.
void AppendJsonStringBody(std::string* out, std::string_view s) {
  const size_t at = out->size();
  AppendJsonString(out, s);
  out->erase(at, 1);
  out->pop_back();
}

}  // namespace

void WriteTimelineJs(const View& view, const std::string& out_dir, TextSink* out) {
  const GraphData& gd = view.data();
  std::vector<const ViewEvent*> dated;  // TimelineJS requires a start_date
  for (const auto& ve : view.events)
    if (ve.span) dated.push_back(&ve);
  size_t undated = view.events.size() - dated.size();
  std::string intro = "<p>" + std::to_string(dated.size()) + " events from " +
                      std::to_string(gd.documents.size()) + " documents";
  std::string range = view.DateRangeLabel();
  if (!range.empty()) intro += ", " + XmlEscape(range);
  intro += ".</p>";
  if (undated) intro += "<p>" + std::to_string(undated) + " undated events are not shown.</p>";
  if (!view.filter_text.empty()) intro += "<p>" + XmlEscape(view.filter_text) + "</p>";
  ordered_json title = {
      {"text", {{"headline", gd.corpus_name.empty() ? "corpus" : gd.corpus_name},
                {"text", intro}}}};
  SourceLinker links(gd, out_dir);
  out->Write("{\n \"title\": ");
  WriteJsonIndented(out, title, 1);
  out->Write(",\n");
  std::string html;
  EventReader reader(gd);
  WriteJsonArrayMemberText(
      out, "events", dated.size(),
      [&](std::string* buf, size_t i) {
        const ViewEvent& ve = *dated[i];
        const Event& e = reader.Get(ve.index);
        const DateSpan& s = *ve.span;
        JsonObjectWriter j(buf, 2);
        j.String("unique_id", e.id);
        JsDate(&j, buf, "start_date", s.first, s.precision);
        // A week, season, decade or century is a range; a day, month or year
        // is a point at its precision.
        if (s.precision == DatePrecision::kWeek || s.precision == DatePrecision::kDecade ||
            s.precision == DatePrecision::kCentury || s.precision == DatePrecision::kSeason)
          JsDate(&j, buf, "end_date", s.last, s.precision);
        j.String("display_date", DateLabel(s));
        std::string who;
        for (const auto& p : e.participants) who += (who.empty() ? "" : ", ") + view.ActorName(p);
        html.clear();
        html += "<p><b>" + XmlEscape(e.type) + "</b>";
        if (e.status != EventStatus::kOccurred)
          html += std::string(" (") + EventStatusName(e.status) + ")";
        if (!who.empty()) html += " \u2014 " + XmlEscape(who);
        if (!e.place.empty()) html += ", in " + XmlEscape(e.place);
        html += "</p>";
        j.Key("text");
        JsonObjectWriter t(buf, j.member_level());
        t.String("headline", e.summary.empty() ? e.type : e.summary);
        // The text member, escaped piece by piece as the mentions stream in
        // (an event of thousands of mentions is never held whole): each
        // piece starts and ends with ASCII markup, so its escape is the
        // escape of its bytes within the whole.
        t.Key("text");
        buf->push_back('"');
        AppendJsonStringBody(buf, html);
        reader.ForEachMention(ve.index, [&](const MentionRef& m) {
          std::string href = links.Link(m);
          html.clear();
          html.append("<blockquote>");
          AppendXmlEscaped(&html, m.text);
          html.append("</blockquote><p><a href=\"");
          AppendXmlEscaped(&html, href);
          html.append("\">");
          AppendXmlEscaped(&html, m.doc);
          html.append("</a>");
          if (m.located && !m.dct.empty()) html.append(" (").append(m.dct).append(")");
          html.append("</p>");
          AppendJsonStringBody(buf, html);
          if (buf->size() >= (size_t(64) << 10)) {
            out->Write(*buf);
            buf->clear();
          }
          return true;
        });
        buf->push_back('"');
        t.Close();
        j.String("group", e.type);
        j.Close();
      },
      true);
  out->Write("}\n");
}

std::string TimelineJs(const View& view, const std::string& out_dir) {
  std::string s;
  StringSink sink(&s);
  WriteTimelineJs(view, out_dir, &sink);
  return s;
}

}  // namespace eg
