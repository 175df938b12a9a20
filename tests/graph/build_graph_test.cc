// BuildGraph: one vertex per actor in order, one edge per pair of actors that
// share an interaction, each edge listing its events.
#include <gtest/gtest.h>

#include "graph/event_graph.h"

namespace eg {
namespace {

Actor A(const std::string& id) {
  Actor a;
  a.id = id;
  a.name = id;
  return a;
}

Event E(bool interaction, std::vector<std::string> who) {
  Event e;
  e.type = interaction ? "meeting" : "statement";
  e.interaction = interaction;
  e.participants = std::move(who);
  return e;
}

std::vector<uint32_t> EdgeEvents(const EventGraph& g, size_t a, size_t b) {
  auto [e, found] = boost::edge(boost::vertex(a, g), boost::vertex(b, g), g);
  return found ? g[e].events : std::vector<uint32_t>{99};
}

TEST(BuildGraph, EdgesJoinActorsThatInteracted) {
  Extraction x;
  x.corpus_name = "c";
  x.actors = {A("ann"), A("bob"), A("cy"), A("dee")};
  x.events = {E(true, {"ann", "bob"}),           // 0
              E(false, {"ann", "cy"}),           // 1: a statement joins nobody
              E(true, {"bob", "ann", "cy"}),     // 2: a three-way meeting, three pairs
              E(true, {"dee", "someone-else"}),  // 3: unknown id ignored
              E(true, {"cy", "cy"})};            // 4: no self loop
  EventGraph g = BuildGraph(std::move(x));
  ASSERT_EQ(boost::num_vertices(g), 4u);
  EXPECT_EQ(g[boost::vertex(2, g)].id, "cy");
  EXPECT_EQ(boost::num_edges(g), 3u);
  EXPECT_EQ(EdgeEvents(g, 0, 1), (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(EdgeEvents(g, 0, 2), (std::vector<uint32_t>{2}));
  EXPECT_EQ(EdgeEvents(g, 1, 2), (std::vector<uint32_t>{2}));
  EXPECT_EQ(g[boost::graph_bundle].events.size(), 5u);
  EXPECT_EQ(g[boost::graph_bundle].corpus_name, "c");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(GraphData, FindsEveryDocumentByIdWithAndWithoutTheIndex) {
  GraphData gd;
  for (int i = 0; i < 3000; ++i) {
    std::string id = "doc" + std::to_string(i);
    gd.documents.push_back({id, "corpus/" + id + ".txt", "", "none"});
  }
  EXPECT_EQ(gd.FindDocument("doc2999")->path, "corpus/doc2999.txt");  // scan
  IndexDocuments(&gd);
  ASSERT_EQ(gd.document_index.size(), 3000u);
  for (int i = 0; i < 3000; i += 7) {
    const auto d = gd.FindDocument("doc" + std::to_string(i));
    ASSERT_TRUE(d.has_value()) << i;
    EXPECT_EQ(d->id, "doc" + std::to_string(i));
  }
  EXPECT_FALSE(gd.FindDocument("doc3000").has_value());
  EXPECT_FALSE(gd.FindDocument("").has_value());
}

// With the document list spilled, the documents the events cite are kept
// in memory and found; the others are still listed, in order.
TEST(GraphData, SpilledDocumentsCitedByEventsAreFound) {
  Extraction x;
  ASSERT_TRUE(x.documents.Spill().ok());
  for (int i = 0; i < 5000; ++i) {
    std::string id = "doc" + std::to_string(i);
    x.documents.push_back({id, "corpus/" + id + ".txt", "2025-01-01", "header"});
  }
  Event e;
  e.id = "ev-0001";
  e.mentions.push_back({"doc17", 0, 5, SharedText("A sentence.")});
  e.mentions.push_back({"doc4321", 0, 5, SharedText("Another sentence.")});
  e.mentions.push_back({"doc17", 9, 20, SharedText("A third.")});
  x.events.push_back(e);
  EventGraph g = BuildGraph(std::move(x));
  const GraphData& gd = g[boost::graph_bundle];
  EXPECT_TRUE(gd.documents.spilled());
  EXPECT_EQ(gd.documents.size(), 5000u);
  EXPECT_EQ(gd.cited_documents.size(), 2u);
  EXPECT_EQ(gd.document_index.size(), 2u);
  auto d = gd.FindDocument("doc4321");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->path, "corpus/doc4321.txt");
  EXPECT_EQ(d->dct_source, "header");
  EXPECT_TRUE(gd.FindDocument("doc17").has_value());
  EXPECT_FALSE(gd.FindDocument("doc18").has_value());  // listed, but cited by no event
  EXPECT_EQ(gd.documents[4999].id, "doc4999");
}

// Mentions that name their document by index only (the spilled merge's) are
// resolved through the document list, spilled or not; by id otherwise.
TEST(GraphData, MentionsResolvedByIndexOrById) {
  for (bool spill : {false, true}) {
    Extraction x;
    if (spill) {
      ASSERT_TRUE(x.documents.Spill().ok());
    }
    for (int i = 0; i < 3000; ++i) {
      std::string id = "doc" + std::to_string(i);
      x.documents.push_back({id, "corpus/" + id + ".txt", i == 2500 ? "2025-02-03" : "", "header"});
    }
    Event e;
    SourceMention by_index{"", 0, 5, SharedText("A sentence."), 2500};
    SourceMention by_id{"doc12", 0, 5, SharedText("Another.")};
    SourceMention unlisted{"elsewhere", 0, 5, SharedText("Third.")};
    e.mentions = {by_index, by_id, unlisted};
    x.events.push_back(e);
    EventGraph g = BuildGraph(std::move(x));
    const GraphData& gd = g[boost::graph_bundle];
    const auto& ms = gd.events.memory()[0].mentions;
    EXPECT_EQ(gd.MentionDocId(ms[0]), "doc2500") << spill;
    auto d = gd.MentionDocument(ms[0]);
    ASSERT_TRUE(d.has_value()) << spill;
    EXPECT_EQ(d->dct, "2025-02-03");
    EXPECT_EQ(d->path, "corpus/doc2500.txt");
    EXPECT_EQ(gd.MentionDocId(ms[1]), "doc12");
    ASSERT_TRUE(gd.MentionDocument(ms[1]).has_value());
    EXPECT_EQ(gd.MentionDocument(ms[1])->path, "corpus/doc12.txt");
    EXPECT_EQ(gd.MentionDocId(ms[2]), "elsewhere");
    EXPECT_FALSE(gd.MentionDocument(ms[2]).has_value());
    if (spill) {
      EXPECT_EQ(gd.cited_documents.size(), 2u);
    }
  }
}

// Events spilled to an EventStore are read back through an EventReader:
// mentions the merge wrote with their document pass as they are, others are
// located in the (spilled) document list, by index or by id.
TEST(GraphData, SpilledEventsReadThroughTheReader) {
  for (bool located : {false, true}) {
    Extraction x;
    x.actors = {A("ann"), A("bob")};
    ASSERT_TRUE(x.documents.Spill().ok());
    for (int i = 0; i < 3000; ++i) {
      std::string id = "doc" + std::to_string(i);
      x.documents.push_back({id, "corpus/" + id + ".txt", i == 2500 ? "2025-02-03" : "", "header"});
    }
    ASSERT_TRUE(x.event_store.Spill().ok());
    Event e = E(true, {"ann", "bob"});
    e.id = "ev-0001";
    x.event_store.BeginEvent(e);
    std::string record;
    MentionRef m;
    m.doc_index = 2500;
    m.doc = "doc2500";
    m.located = located;
    if (located) {
      m.path = "elsewhere/doc2500.txt";  // what the merge saw, kept as it is
      m.dct = "2025-02-04";
    }
    m.start = 3;
    m.end = 9;
    m.text = "Ann met Bob.";
    EncodeMention(m, &record);
    x.event_store.AddEncodedMention(record);
    Event by_id = E(false, {"ann"});  // mentions by id only, as events.json has them
    by_id.mentions = {SourceMention{"doc12", 0, 5, SharedText("Another.")}};
    x.event_store.Add(by_id);
    EventGraph g = BuildGraph(std::move(x));
    const GraphData& gd = g[boost::graph_bundle];
    ASSERT_EQ(gd.events.size(), 2u);
    EXPECT_TRUE(gd.events.spilled());
    EXPECT_EQ(EdgeEvents(g, 0, 1), std::vector<uint32_t>{0});
    // The documents of mentions that do not carry theirs are cited.
    EXPECT_EQ(gd.cited_documents.size(), located ? 1u : 2u);
    EventReader r(gd);
    EXPECT_EQ(r.Get(0).id, "ev-0001");
    MentionRef first;
    ASSERT_TRUE(r.FirstMention(0, &first));
    EXPECT_TRUE(first.located);
    EXPECT_EQ(first.doc, "doc2500");
    EXPECT_EQ(first.path, located ? "elsewhere/doc2500.txt" : "corpus/doc2500.txt");
    EXPECT_EQ(first.dct, located ? "2025-02-04" : "2025-02-03");
    EXPECT_EQ(first.text, "Ann met Bob.");
    ASSERT_TRUE(r.FirstMention(1, &first));
    EXPECT_TRUE(first.located);
    EXPECT_EQ(first.path, "corpus/doc12.txt");
    EXPECT_TRUE(gd.events.status().ok());
  }
}

}  // namespace
}  // namespace eg
