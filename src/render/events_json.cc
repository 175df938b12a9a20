#include "render/events_json.h"

#include <nlohmann/json.hpp>

#include "render/json_stream.h"
#include "render/json_writer.h"

namespace eg {

namespace {

std::string StringOr(const ordered_json& j, const char* key, const std::string& dflt = "") {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return dflt;
  return it->get<std::string>();
}

}  // namespace

void WriteEventsJson(const EventGraph& g, TextSink* out) {
  const GraphData& gd = g[boost::graph_bundle];
  out->Write("{\n \"version\": 1,\n");
  WriteJsonArrayMemberText(
      out, "documents", gd.documents.size(),
      [&](std::string* buf, size_t i) {
        const DocumentRef d = gd.documents[i];
        JsonObjectWriter o(buf, 2);
        o.String("id", d.id);
        o.String("path", d.path);
        o.StringOrNull("dct", d.dct);
        o.String("dct_source", d.dct_source);
        o.Close();
      },
      false);
  WriteJsonArrayMemberText(
      out, "actors", boost::num_vertices(g),
      [&](std::string* buf, size_t v) {
        const Actor& a = g[EventGraph::vertex_descriptor(v)];
        JsonObjectWriter o(buf, 2);
        o.String("id", a.id);
        o.String("name", a.name);
        o.String("kind", ActorKindName(a.kind));
        o.StringArray("aliases", a.aliases);
        o.Unsigned("mentions", a.mentions);
        if (!a.country.empty()) o.String("country", a.country);
        o.Close();
      },
      false);
  EventReader reader(gd);
  WriteJsonArrayMemberText(
      out, "events", gd.events.size(),
      [&](std::string* buf, size_t i) {
        const Event& e = reader.Get(i);
        JsonObjectWriter o(buf, 2);
        o.String("id", e.id);
        o.String("type", e.type);
        o.Bool("interaction", e.interaction);
        o.StringOrNull("date", e.date);
        o.StringOrNull("date_text", e.date_text);
        if (!e.alt_dates.empty()) o.StringArray("date_alt", e.alt_dates);
        o.String("status", EventStatusName(e.status));
        o.StringArray("participants", e.participants);
        o.StringOrNull("place", e.place);
        o.String("summary", e.summary);
        o.Key("mentions");
        JsonArrayWriter ms(buf, o.member_level(), reader.MentionCount(i));
        size_t k = 0;
        reader.ForEachMention(i, [&](const MentionRef& m) {
          ms.Element(k++);
          JsonObjectWriter jm(buf, ms.element_level());
          jm.String("doc", m.doc);
          jm.Unsigned("start", m.start);
          jm.Unsigned("end", m.end);
          jm.String("text", m.text);
          jm.Close();
          // An event of thousands of mentions goes out in pieces too.
          if (buf->size() >= (size_t(64) << 10)) {
            out->Write(*buf);
            buf->clear();
          }
          return true;
        });
        ms.End();
        o.Close();
      },
      true);
  out->Write("}\n");
}

std::string EventsJson(const EventGraph& g) {
  std::string s;
  StringSink sink(&s);
  WriteEventsJson(g, &sink);
  return s;
}

Status ReadEventsJson(const std::string& path, const std::string& contents, Extraction* out) {
  ordered_json root = ordered_json::parse(contents, nullptr, false);
  if (root.is_discarded() || !root.is_object())
    return Status::InvalidInput(path + ": not a JSON object");
  *out = Extraction();
  // Where we are, for messages about a hand-edited file: "events[3] (ev-0004)".
  std::string where = "top level";
  try {
    for (const auto& d : root.value("documents", ordered_json::array())) {
      out->documents.push_back({StringOr(d, "id"), StringOr(d, "path"), StringOr(d, "dct"),
                                StringOr(d, "dct_source", "none")});
    }
    size_t ai = 0;
    for (const auto& a : root.value("actors", ordered_json::array())) {
      Actor x;
      x.id = StringOr(a, "id");
      where = "actors[" + std::to_string(ai++) + "] (" + x.id + ")";
      x.name = StringOr(a, "name", x.id);
      std::string kind = StringOr(a, "kind", "person");
      if (kind != "person" && kind != "organization" && kind != "country" && kind != "group")
        return Status::InvalidInput(path + ": " + where + ": unknown kind '" + kind +
                                    "' (person, organization, country or group)");
      x.kind = kind == "organization" ? ActorKind::kOrganization
               : kind == "country"    ? ActorKind::kCountry
               : kind == "group"      ? ActorKind::kGroup
                                      : ActorKind::kPerson;
      for (const auto& al : a.value("aliases", ordered_json::array()))
        if (al.is_string()) x.aliases.push_back(al.get<std::string>());
      x.mentions = a.value("mentions", 0u);
      x.country = StringOr(a, "country");
      if (x.id.empty()) return Status::InvalidInput(path + ": an actor has no id");
      out->actors.push_back(std::move(x));
    }
    size_t ei = 0;
    for (const auto& e : root.value("events", ordered_json::array())) {
      Event x;
      x.id = StringOr(e, "id");
      where = "events[" + std::to_string(ei++) + "] (" + x.id + ")";
      x.type = StringOr(e, "type", "event");
      x.interaction = e.value("interaction", false);
      x.date = StringOr(e, "date");
      x.date_text = StringOr(e, "date_text");
      for (const auto& d : e.value("date_alt", ordered_json::array()))
        if (d.is_string()) x.alt_dates.push_back(d.get<std::string>());
      std::string st = StringOr(e, "status", "occurred");
      if (st != "occurred" && st != "planned" && st != "proposed" && st != "negated" &&
          st != "hypothetical")
        return Status::InvalidInput(path + ": " + where + ": unknown status '" + st +
                                    "' (occurred, planned, proposed, negated or hypothetical)");
      x.status = st == "planned"        ? EventStatus::kPlanned
                 : st == "proposed"     ? EventStatus::kProposed
                 : st == "negated"      ? EventStatus::kNegated
                 : st == "hypothetical" ? EventStatus::kHypothetical
                                        : EventStatus::kOccurred;
      for (const auto& p : e.value("participants", ordered_json::array()))
        if (p.is_string()) x.participants.push_back(p.get<std::string>());
      x.place = StringOr(e, "place");
      x.summary = StringOr(e, "summary");
      for (const auto& m : e.value("mentions", ordered_json::array())) {
        x.mentions.push_back({StringOr(m, "doc"), m.value("start", 0u), m.value("end", 0u),
                              StringOr(m, "text")});
      }
      out->events.push_back(std::move(x));
    }
  } catch (const nlohmann::json::exception& ex) {
    return Status::InvalidInput(path + ": " + where + ": unexpected structure: " + ex.what());
  }
  return Status::OK();
}

}  // namespace eg
