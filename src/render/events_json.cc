#include "render/events_json.h"

#include <nlohmann/json.hpp>

#include "render/json_stream.h"

namespace eg {

namespace {

ordered_json NullIfEmpty(const std::string& s) {
  return s.empty() ? ordered_json(nullptr) : ordered_json(s);
}

std::string StringOr(const ordered_json& j, const char* key, const std::string& dflt = "") {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return dflt;
  return it->get<std::string>();
}

}  // namespace

void WriteEventsJson(const EventGraph& g, TextSink* out) {
  const GraphData& gd = g[boost::graph_bundle];
  out->Write("{\n \"version\": 1,\n");
  WriteJsonArrayMember(
      out, "documents", gd.documents.size(),
      [&](size_t i) {
        const DocumentInfo& d = gd.documents[i];
        return ordered_json{{"id", d.id}, {"path", d.path}, {"dct", NullIfEmpty(d.dct)},
                            {"dct_source", d.dct_source}};
      },
      false);
  WriteJsonArrayMember(
      out, "actors", boost::num_vertices(g),
      [&](size_t v) {
        const Actor& a = g[EventGraph::vertex_descriptor(v)];
        ordered_json ja{{"id", a.id}, {"name", a.name}, {"kind", ActorKindName(a.kind)},
                        {"aliases", a.aliases}, {"mentions", a.mentions}};
        if (!a.country.empty()) ja["country"] = a.country;
        return ja;
      },
      false);
  WriteJsonArrayMember(
      out, "events", gd.events.size(),
      [&](size_t i) {
        const Event& e = gd.events[i];
        ordered_json je;
        je["id"] = e.id;
        je["type"] = e.type;
        je["interaction"] = e.interaction;
        je["date"] = NullIfEmpty(e.date);
        je["date_text"] = NullIfEmpty(e.date_text);
        if (!e.alt_dates.empty()) je["date_alt"] = e.alt_dates;
        je["status"] = EventStatusName(e.status);
        je["participants"] = e.participants;
        je["place"] = NullIfEmpty(e.place);
        je["summary"] = e.summary;
        ordered_json ms = ordered_json::array();
        for (const auto& m : e.mentions)
          ms.push_back({{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}});
        je["mentions"] = std::move(ms);
        return je;
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
