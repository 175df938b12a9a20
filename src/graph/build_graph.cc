#include <algorithm>
#include <functional>
#include <map>
#include <unordered_set>

#include "graph/event_graph.h"

namespace eg {

namespace {
uint64_t IdHash(std::string_view id) { return std::hash<std::string_view>()(id); }
}  // namespace

void IndexDocuments(GraphData* gd) {
  gd->document_index.clear();
  gd->cited_documents.clear();
  gd->cited_index.clear();
  const DocumentTable* table = &gd->documents;
  // A spilled store's mentions carry their documents (MentionRef::located)
  // when the merge wrote them: nothing to look up.
  if (gd->events.spilled() && gd->documents.spilled() && !gd->events.has_unlocated()) return;
  if (gd->documents.spilled()) {
    std::unordered_set<std::string> cited_ids;
    std::vector<bool> cited(gd->documents.size(), false);
    auto cite = [&](uint32_t doc_index, std::string_view id) {
      if (doc_index < cited.size())
        cited[doc_index] = true;
      else
        cited_ids.emplace(id);
    };
    if (!gd->events.spilled()) {
      for (const Event& e : gd->events.memory())
        for (const SourceMention& m : e.mentions) cite(m.doc_index, m.doc);
    } else {
      EventStore::Reader r(gd->events);
      for (size_t i = 0; i < gd->events.size(); ++i)
        r.ForEachMention(i, [&](const MentionRef& m) {
          if (!m.located) cite(m.doc_index, m.doc);
          return true;
        });
    }
    // In document order, one pass over the spilled blocks.
    for (uint32_t i = 0; i < gd->documents.size(); ++i) {
      if (!cited[i] && cited_ids.empty()) continue;
      DocumentRef d = gd->documents[i];
      if (cited[i] || cited_ids.count(std::string(d.id))) {
        gd->cited_documents.push_back(d.ToInfo());
        gd->cited_index.push_back(i);
      }
    }
    table = &gd->cited_documents;
  }
  gd->document_index.reserve(table->size());
  for (uint32_t i = 0; i < table->size(); ++i)
    gd->document_index.emplace_back(IdHash((*table)[i].id), i);
  std::sort(gd->document_index.begin(), gd->document_index.end());
}

std::optional<DocumentRef> GraphData::FindDocument(std::string_view id) const {
  const DocumentTable& table = documents.spilled() ? cited_documents : documents;
  if (document_index.empty()) {
    for (DocumentRef d : table)
      if (d.id == id) return d;
    return std::nullopt;
  }
  const uint64_t h = IdHash(id);
  auto it = std::lower_bound(document_index.begin(), document_index.end(),
                             std::make_pair(h, uint32_t(0)));
  for (; it != document_index.end() && it->first == h; ++it) {
    DocumentRef d = table[it->second];
    if (d.id == id) return d;
  }
  return std::nullopt;
}

std::optional<DocumentRef> GraphData::DocumentOf(uint32_t doc_index, std::string_view id) const {
  if (doc_index < documents.size()) {
    if (!documents.spilled()) return documents[doc_index];
    auto it = std::lower_bound(cited_index.begin(), cited_index.end(), doc_index);
    if (it != cited_index.end() && *it == doc_index)
      return cited_documents[size_t(it - cited_index.begin())];
  }
  return FindDocument(id);
}

std::optional<DocumentRef> GraphData::MentionDocument(const SourceMention& m) const {
  return DocumentOf(m.doc_index, m.doc);
}

MentionRef GraphData::Locate(const MentionRef& m) const {
  if (m.located) return m;
  MentionRef r = m;
  if (auto d = DocumentOf(m.doc_index, m.doc)) {
    r.located = true;
    if (r.doc.empty()) r.doc = d->id;
    r.path = d->path;
    r.dct = d->dct;
  }
  return r;
}

bool EventReader::FirstMention(size_t i, MentionRef* out) {
  bool found = false;
  ForEachMention(i, [&](const MentionRef& m) {
    *out = m;
    found = true;
    return false;
  });
  return found;
}

std::string_view GraphData::MentionDocId(const SourceMention& m) const {
  if (!m.doc.empty() || m.doc_index == SourceMention::kNoDocIndex) return m.doc;
  auto d = MentionDocument(m);
  return d ? d->id : std::string_view();
}

EventGraph BuildGraph(Extraction x) {
  EventGraph g;
  std::map<std::string, EventGraph::vertex_descriptor> vertex_of;
  for (auto& a : x.actors) {
    auto v = boost::add_vertex(a, g);
    vertex_of[a.id] = v;
  }
  g[boost::graph_bundle].corpus_name = std::move(x.corpus_name);
  g[boost::graph_bundle].documents = std::move(x.documents);
  GraphData& gd = g[boost::graph_bundle];
  if (x.event_store.spilled()) {
    x.event_store.Flush();  // a write error stays in status(), which WriteOutputs returns
    gd.events = std::move(x.event_store);
  } else {
    for (Event& e : x.events) gd.events.Add(std::move(e));
    std::vector<Event>().swap(x.events);
  }
  IndexDocuments(&gd);
  EventStore::Reader events(gd.events);
  for (uint32_t ei = 0; ei < gd.events.size(); ++ei) {
    const Event& e = events.Get(ei);
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
