#include "render/view.h"

#include <algorithm>
#include <set>

namespace eg {

namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return s;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::optional<ActorVertex> FindActor(const EventGraph& g, const std::string& name) {
  std::string want = Lower(name);
  // Id and canonical name first, so an alias shared by two actors cannot
  // shadow an exact name.
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (Lower(g[v].id) == want || Lower(g[v].name) == want) return v;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    for (const auto& al : g[v].aliases)
      if (Lower(al) == want) return v;
  return std::nullopt;
}

std::string View::ActorName(const std::string& id) const {
  auto it = vertex_of_id.find(id);
  return it == vertex_of_id.end() ? id : (*g)[it->second].name;
}

const ViewEvent* View::Find(uint32_t index) const {
  if (base_) return base_->Find(index);
  if (index >= position_.size() || position_[index] == 0) return nullptr;
  return &events[position_[index] - 1];
}

std::string View::DateRangeLabel() const {
  if (base_) return base_->DateRangeLabel();
  std::optional<DateSpan> lo, hi;
  for (const auto& ve : events) {
    if (!ve.span) continue;
    if (!lo || ve.span->first < lo->first) lo = ve.span;
    if (!hi || ve.span->last > hi->last) hi = ve.span;
  }
  if (!lo) return "";
  std::string a = DateLabel(*lo), b = DateLabel(*hi);
  return a == b ? a : a + " \u2013 " + b;
}

std::string CheckFilterDate(const std::string& s) {
  return ParseDateSpan(s) ? "" : "'" + s + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
}

Status BuildView(const EventGraph& g, const RenderOptions& opts, View* view,
                 const View* events_of) {
  *view = View();
  view->g = &g;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) view->vertex_of_id[g[v].id] = v;
  const GraphData& gd = g[boost::graph_bundle];

  std::optional<DateSpan> from, to;
  if (!opts.from.empty() && !(from = ParseDateSpan(opts.from)))
    return Status::InvalidInput("--from: '" + opts.from + "' is not a date (YYYY[-MM[-DD]])");
  if (!opts.to.empty() && !(to = ParseDateSpan(opts.to)))
    return Status::InvalidInput("--to: '" + opts.to + "' is not a date (YYYY[-MM[-DD]])");
  std::set<std::string> types;
  for (const auto& t : opts.types) {
    size_t b = t.find_first_not_of(" \t"), e = t.find_last_not_of(" \t");
    if (b != std::string::npos) types.insert(Lower(t.substr(b, e - b + 1)));
  }
  if (!opts.actor.empty()) {
    auto v = FindActor(g, opts.actor);
    if (!v) return Status::InvalidInput("--actor: no actor matches '" + opts.actor + "'");
    view->ego = g[*v].id;
  }

  std::vector<std::string> filters;
  if (!view->ego.empty()) filters.push_back("actor: " + g[view->vertex_of_id[view->ego]].name);
  if (from || to)
    filters.push_back("dates: " + (from ? DateLabel(*from) : std::string("…")) + " to " +
                      (to ? DateLabel(*to) : std::string("…")));
  if (!types.empty())
    filters.push_back("types: " + Join(std::vector<std::string>(types.begin(), types.end()), ", "));
  view->filter_text = Join(filters, "; ");

  // One pass over the events (read one at a time: the store may be on
  // disk): the filters, and what the sort and the actor counts need.
  EventReader reader(gd);
  std::vector<std::string> ids;  // of the selected events, for the sort
  std::map<ActorVertex, uint32_t> count;
  std::vector<ActorVertex> vs;
  auto count_actors = [&](const Event& e) {
    // Actors: everyone taking part in a selected event, ranked by interactions.
    vs.clear();
    for (const auto& p : e.participants) {
      auto it = view->vertex_of_id.find(p);
      if (it != view->vertex_of_id.end() && !std::count(vs.begin(), vs.end(), it->second))
        vs.push_back(it->second);
    }
    for (auto v : vs) count[v] += e.interaction && vs.size() > 1 ? 1 : 0;
  };
  if (events_of) {
    view->base_ = events_of;
    for (const ViewEvent& ve : events_of->events) count_actors(reader.Get(ve.index));
  }
  for (uint32_t i = 0; !events_of && i < gd.events.size(); ++i) {
    const Event& e = reader.Get(i);
    if (!opts.show_unasserted &&
        (e.status == EventStatus::kNegated || e.status == EventStatus::kHypothetical))
      continue;
    if (!types.empty() && !types.count(Lower(e.type))) continue;
    if (!view->ego.empty() &&
        std::find(e.participants.begin(), e.participants.end(), view->ego) == e.participants.end())
      continue;
    std::optional<DateSpan> span = ParseDateSpan(e.date);
    if (from || to) {
      if (!span) continue;  // an undated event is not inside any range
      if (from && span->last < from->first) continue;
      if (to && span->first > to->last) continue;
    }
    auto t = std::find(view->type_names.begin(), view->type_names.end(), e.type);
    if (t == view->type_names.end()) t = view->type_names.insert(t, e.type);
    view->events.push_back({i, span, uint16_t(t - view->type_names.begin()), e.status,
                            uint32_t(e.participants.size())});
    ids.push_back(e.id);
    count_actors(e);
  }
  {
    std::vector<uint32_t> order(view->events.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    const auto& evs = view->events;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      const ViewEvent& a = evs[x];
      const ViewEvent& b = evs[y];
      if (a.span.has_value() != b.span.has_value()) return a.span.has_value();
      if (a.span) {
        if (a.span->first != b.span->first) return a.span->first < b.span->first;
        if (a.span->last != b.span->last) return a.span->last < b.span->last;
      }
      return ids[x] < ids[y];
    });
    std::vector<ViewEvent> sorted;
    sorted.reserve(order.size());
    for (uint32_t k : order) sorted.push_back(evs[k]);
    view->events = std::move(sorted);
  }
  if (!events_of) view->position_.assign(gd.events.size(), 0);
  for (uint32_t k = 0; k < view->events.size(); ++k) view->position_[view->events[k].index] = k + 1;

  std::map<std::pair<ActorVertex, ActorVertex>, std::vector<uint32_t>> pairs;
  // Links come from the graph's edges, keeping the selected interactions.
  for (auto ed : boost::make_iterator_range(boost::edges(g))) {
    ActorVertex a = boost::source(ed, g), b = boost::target(ed, g);
    if (g[b].id < g[a].id) std::swap(a, b);
    for (uint32_t ei : g[ed].events)
      if (view->Find(ei)) pairs[{a, b}].push_back(ei);
  }
  // The diagram is about who dealt with whom: actors of the selected events
  // who interacted with nobody (the subject of a statement, an invader) are
  // counted, not drawn.
  std::vector<ActorVertex> ranked;
  for (const auto& [v, n] : count) {
    if (n > 0) ranked.push_back(v);
    else if (g[v].id != view->ego) ++view->isolated_actors;
  }
  std::sort(ranked.begin(), ranked.end(), [&](ActorVertex a, ActorVertex b) {
    if (count[a] != count[b]) return count[a] > count[b];
    if (g[a].mentions != g[b].mentions) return g[a].mentions > g[b].mentions;
    return g[a].id < g[b].id;
  });
  size_t top = opts.top > 0 ? size_t(opts.top) : ranked.size();
  std::set<ActorVertex> shown;
  if (!view->ego.empty()) shown.insert(view->vertex_of_id[view->ego]);
  for (auto v : ranked) {
    if (shown.size() >= top) break;
    shown.insert(v);
  }
  view->dropped_actors = ranked.size() > shown.size() ? ranked.size() - shown.size() : 0;
  view->actors.assign(shown.begin(), shown.end());
  std::sort(view->actors.begin(), view->actors.end(),
            [&](ActorVertex a, ActorVertex b) { return g[a].id < g[b].id; });
  for (auto v : view->actors) view->interactions[v] = count[v];
  for (auto& [ab, evs] : pairs) {
    if (evs.empty() || !shown.count(ab.first) || !shown.count(ab.second)) continue;
    std::sort(evs.begin(), evs.end());
    view->links.push_back({ab.first, ab.second, evs});
  }
  std::sort(view->links.begin(), view->links.end(), [&](const ViewLink& x, const ViewLink& y) {
    if (g[x.a].id != g[y.a].id) return g[x.a].id < g[y.a].id;
    return g[x.b].id < g[y.b].id;
  });
  return Status::OK();
}

}  // namespace eg
