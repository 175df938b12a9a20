#include <boost/graph/graphml.hpp>
#include <sstream>

#include "render/actors_diagram.h"
#include "render/exports.h"

namespace eg {

namespace {

// A plain copy of the shown actor graph with flat attributes, because
// write_graphml writes property maps, one GraphML key per map.
struct GmlVertex {
  std::string actor_id, label, kind, country;
  int mentions = 0, interactions = 0;
};
struct GmlEdge {
  std::string label, types, first_date, last_date;
  int weight = 0;
};
using GmlGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, GmlVertex, GmlEdge>;

}  // namespace

std::string ActorsGraphml(const View& view) {
  const EventGraph& g = *view.g;
  GmlGraph gg;
  std::map<ActorVertex, GmlGraph::vertex_descriptor> to;
  for (ActorVertex v : view.actors) {
    const Actor& a = g[v];
    GmlVertex x;
    x.actor_id = a.id;
    x.label = a.name;
    x.kind = ActorKindName(a.kind);
    x.country = a.country;
    x.mentions = int(a.mentions);
    x.interactions = int(view.interactions.count(v) ? view.interactions.at(v) : 0);
    to[v] = boost::add_vertex(x, gg);
  }
  EventReader reader(view.data());
  for (const ViewLink& l : view.links) {
    GmlEdge e;
    e.weight = int(l.events.size());
    e.label = LinkLabel(view, l, 1000);
    for (size_t i = 0; i < e.label.size(); ++i)
      if (e.label[i] == '\n') e.label.replace(i, 1, "; ");
    std::vector<std::string> types, dates;
    for (uint32_t ei : l.events) {
      // The date as the event has it, even one the timeline cannot place.
      const Event& ev = reader.Get(ei);
      if (std::find(types.begin(), types.end(), ev.type) == types.end()) types.push_back(ev.type);
      if (!ev.date.empty()) dates.push_back(ev.date);
    }
    std::sort(types.begin(), types.end());
    std::sort(dates.begin(), dates.end());
    for (const auto& t : types) e.types += (e.types.empty() ? "" : ";") + t;
    if (!dates.empty()) e.first_date = dates.front(), e.last_date = dates.back();
    boost::add_edge(to[l.a], to[l.b], e, gg);
  }
  boost::dynamic_properties dp;
  dp.property("actor_id", boost::get(&GmlVertex::actor_id, gg));
  dp.property("label", boost::get(&GmlVertex::label, gg));
  dp.property("kind", boost::get(&GmlVertex::kind, gg));
  dp.property("country", boost::get(&GmlVertex::country, gg));
  dp.property("mentions", boost::get(&GmlVertex::mentions, gg));
  dp.property("interactions", boost::get(&GmlVertex::interactions, gg));
  dp.property("weight", boost::get(&GmlEdge::weight, gg));
  dp.property("interaction_label", boost::get(&GmlEdge::label, gg));
  dp.property("types", boost::get(&GmlEdge::types, gg));
  dp.property("first_date", boost::get(&GmlEdge::first_date, gg));
  dp.property("last_date", boost::get(&GmlEdge::last_date, gg));
  std::ostringstream os;
  boost::write_graphml(os, gg, dp, true);
  return os.str();
}

}  // namespace eg
