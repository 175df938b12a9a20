#include <algorithm>
#include <map>

#include "graph/event_graph.h"

namespace eg {

EventGraph BuildGraph(Extraction x) {
  EventGraph g;
  std::map<std::string, EventGraph::vertex_descriptor> vertex_of;
  for (auto& a : x.actors) {
    auto v = boost::add_vertex(a, g);
    vertex_of[a.id] = v;
  }
  g[boost::graph_bundle].corpus_name = std::move(x.corpus_name);
  g[boost::graph_bundle].documents = std::move(x.documents);
  {
    GraphData& gd = g[boost::graph_bundle];
    for (uint32_t i = 0; i < gd.documents.size(); ++i)
      gd.document_index.emplace(gd.documents[i].id, i);
  }
  g[boost::graph_bundle].events = std::move(x.events);
  const auto& events = g[boost::graph_bundle].events;
  for (uint32_t ei = 0; ei < events.size(); ++ei) {
    const Event& e = events[ei];
    if (!e.interaction) continue;
    for (size_t i = 0; i < e.participants.size(); ++i) {
      for (size_t j = i + 1; j < e.participants.size(); ++j) {
        auto a = vertex_of.find(e.participants[i]), b = vertex_of.find(e.participants[j]);
        if (a == vertex_of.end() || b == vertex_of.end() || a->second == b->second) continue;
        auto [edge, found] = boost::edge(a->second, b->second, g);
        if (!found) edge = boost::add_edge(a->second, b->second, g).first;
        g[edge].events.push_back(ei);
      }
    }
  }
  return g;
}

}  // namespace eg
