// WriteOutputs on a small hand-made corpus: every file is there and parses
// in the tool it is meant for, each event has its box, tooltip and link,
// and the same input gives the same bytes.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>

#include "render/atomic_file.h"
#include "render/events_json.h"
#include "render/exports.h"
#include "render/view.h"
#include "render/render.h"
#include "render_fixture.h"

namespace eg {
namespace {

using boost::property_tree::ptree;
using testing::ReadFile;
using testing::SmallCorpus;
using testing::TempDir;

struct Written {
  std::string dir;
  std::vector<std::string> files;
};

// `spill`: the events in a spilled EventStore (as the extractor has them),
// the documents' list spilled too.
Written Render(const std::string& name, const RenderOptions& opts = RenderOptions(),
               const std::string& out = "out", bool spill = false) {
  Written w;
  std::string base = std::filesystem::temp_directory_path().string() + "/eg_" + name + "_" +
                     std::to_string(::getpid());
  if (out == "out") base = TempDir(name);
  w.dir = base + "/" + out;
  Extraction x = SmallCorpus(base + "/news");
  if (spill) {
    EXPECT_TRUE(x.event_store.Spill().ok());
    for (Event& e : x.events) x.event_store.Add(std::move(e));
    x.events.clear();
    EXPECT_TRUE(x.event_store.Flush().ok());
    DocumentTable docs;
    EXPECT_TRUE(docs.Spill().ok());
    for (DocumentRef d : x.documents) docs.push_back(d.ToInfo());
    x.documents = std::move(docs);
  }
  EventGraph g = BuildGraph(std::move(x));
  Status s = WriteOutputs(g, opts, w.dir, &w.files);
  EXPECT_TRUE(s.ok()) << s.message();
  return w;
}

ptree ParseXml(const std::string& path) {
  ptree t;
  std::ifstream in(path);
  boost::property_tree::read_xml(in, t);  // throws when not well-formed
  return t;
}

std::string Attr(const ptree& node, const std::string& name) {
  return node.get<std::string>("<xmlattr>." + name, "");
}

// Every element named `tag` under `t`, depth first.
void Collect(const ptree& t, const std::string& tag, std::vector<const ptree*>* out) {
  for (const auto& [k, child] : t) {
    if (k == tag) out->push_back(&child);
    Collect(child, tag, out);
  }
}

std::map<std::string, const ptree*> EventGroups(const ptree& svg) {
  std::vector<const ptree*> gs;
  Collect(svg, "g", &gs);
  std::map<std::string, const ptree*> out;
  for (const ptree* g : gs)
    if (Attr(*g, "class") == "event") out[Attr(*g, "id")] = g;
  return out;
}

TEST(WriteOutputs, WritesEveryFile) {
  Written w = Render("every");
  std::vector<std::string> names;
  for (const auto& f : w.files) names.push_back(std::filesystem::path(f).filename().string());
  for (const char* want : {"events.json", "events.csv", "timeline.json", "actors.graphml",
                           "actors.dot", "actors.svg", "timeline.dot", "timeline.svg"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
    EXPECT_GT(std::filesystem::file_size(w.dir + "/" + want), 0u) << want;
  }
}

TEST(TimelineSvg, EachShownEventHasBoxTooltipAndLink) {
  Written w = Render("svg");
  ptree svg = ParseXml(w.dir + "/timeline.svg");
  auto groups = EventGroups(svg);
  Extraction x = SmallCorpus();
  for (const Event& e : x.events) {
    if (e.status == EventStatus::kNegated) {
      EXPECT_EQ(groups.count(e.id), 0u) << e.id << " is negated and must be left out";
      continue;
    }
    ASSERT_EQ(groups.count(e.id), 1u) << e.id;
    const ptree& g = *groups[e.id];
    std::vector<const ptree*> rects, titles, links;
    Collect(g, "rect", &rects);
    Collect(g, "title", &titles);
    Collect(g, "a", &links);
    ASSERT_EQ(rects.size(), 1u) << e.id;
    EXPECT_EQ(Attr(*rects[0], "class"), "box");
    ASSERT_EQ(titles.size(), 1u) << e.id;
    std::string tip = titles[0]->get_value<std::string>();
    EXPECT_NE(tip.find(e.mentions[0].text.str()), std::string::npos) << tip;
    EXPECT_NE(tip.find(e.mentions[0].doc), std::string::npos) << tip;
    ASSERT_EQ(links.size(), 1u) << e.id;
    EXPECT_EQ(Attr(*links[0], "xlink:href"), "../news/" + e.mentions[0].doc + ".txt");
  }
}

TEST(TimelineSvg, StatusesShowAsDashesAndUnassertedOnlyOnRequest) {
  RenderOptions all;
  all.show_unasserted = true;
  Written w = Render("svg_all", all);
  ptree svg = ParseXml(w.dir + "/timeline.svg");
  auto groups = EventGroups(svg);
  ASSERT_EQ(groups.count("ev-0006"), 1u);
  auto dash = [&](const char* id) {
    std::vector<const ptree*> rects;
    Collect(*groups[id], "rect", &rects);
    return Attr(*rects.at(0), "stroke-dasharray");
  };
  EXPECT_EQ(dash("ev-0001"), "");
  EXPECT_FALSE(dash("ev-0004").empty());  // planned
  EXPECT_FALSE(dash("ev-0005").empty());  // proposed
  EXPECT_NE(dash("ev-0004"), dash("ev-0005"));
}

TEST(TimelineSvg, YearOnlyIsASpanAndLongGapsAreLabelledBreaks) {
  Written w = Render("svg_axis");
  std::string svg = ReadFile(w.dir + "/timeline.svg");
  EXPECT_EQ(svg.find("1 Jan 1990"), std::string::npos);
  EXPECT_NE(svg.find(">1990<"), std::string::npos);
  EXPECT_NE(svg.find("class=\"span\""), std::string::npos);
  EXPECT_NE(svg.find("class=\"break\""), std::string::npos);
  EXPECT_NE(svg.find("33 years"), std::string::npos);
  EXPECT_NE(svg.find("news \u2014 timeline, 1990 \u2013 10 Apr 2024"), std::string::npos);
}

TEST(Dot, BothFilesParseWithGraphviz) {
  Written w = Render("dot");
  for (const char* name : {"actors.dot", "timeline.dot"}) {
    std::string dot = ReadFile(w.dir + "/" + name);
    Agraph_t* g = agmemread(dot.c_str());
    ASSERT_NE(g, nullptr) << name;
    if (std::string(name) == "actors.dot") {
      EXPECT_EQ(agnnodes(g), 4);
      // Pairs with a shown interaction: the negated one and the statement add none.
      EXPECT_EQ(agnedges(g), 5);
      EXPECT_NE(agnode(g, const_cast<char*>("ana-berg"), 0), nullptr);
    }
    agclose(g);
  }
  std::string svg = ReadFile(w.dir + "/actors.svg");
  EXPECT_NE(svg.find("Ana Berg"), std::string::npos);
  ptree t = ParseXml(w.dir + "/actors.svg");
  EXPECT_FALSE(t.get_child("svg").empty());
}

TEST(Graphml, LoadsBackWithTheSameVerticesAndEdges) {
  Written w = Render("graphml");
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                  boost::property<boost::vertex_name_t, std::string>,
                                  boost::property<boost::edge_weight_t, int>>;
  G g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(boost::vertex_name, g));
  dp.property("weight", boost::get(boost::edge_weight, g));
  std::ifstream in(w.dir + "/actors.graphml");
  boost::read_graphml(in, g, dp);
  EXPECT_EQ(boost::num_vertices(g), 4u);
  EXPECT_EQ(boost::num_edges(g), 5u);
  std::set<std::string> names;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    names.insert(boost::get(boost::vertex_name, g, v));
  EXPECT_EQ(names, (std::set<std::string>{"Ana Berg", "Carl Diaz", "Norland", "The League"}));
  std::set<std::pair<std::string, std::string>> pairs;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::string a = boost::get(boost::vertex_name, g, boost::source(e, g));
    std::string b = boost::get(boost::vertex_name, g, boost::target(e, g));
    pairs.insert(std::minmax(a, b));
    EXPECT_EQ(boost::get(boost::edge_weight, g, e), 1);
  }
  EXPECT_TRUE(pairs.count({"Ana Berg", "Carl Diaz"}));
  EXPECT_TRUE(pairs.count({"Carl Diaz", "The League"}));
  EXPECT_FALSE(pairs.count({"Ana Berg", "Norland"}) == 0);
}

TEST(TimelineJs, HasTheFieldsTheFormatRequires) {
  Written w = Render("tljs");
  auto j = nlohmann::json::parse(ReadFile(w.dir + "/timeline.json"));
  ASSERT_TRUE(j["title"]["text"]["headline"].is_string());
  ASSERT_TRUE(j["events"].is_array());
  // Five dated, asserted events; the undated proposal cannot be placed.
  ASSERT_EQ(j["events"].size(), 5u);
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& e : j["events"]) {
    ASSERT_TRUE(e["start_date"]["year"].is_number_integer()) << e.dump();
    ASSERT_TRUE(e["text"]["headline"].is_string());
    ASSERT_TRUE(e["text"]["text"].is_string());
    ASSERT_TRUE(e["group"].is_string());
    by_id[e["unique_id"]] = e;
  }
  EXPECT_EQ(by_id["ev-0003"]["start_date"], (nlohmann::json{{"year", 1990}}));
  EXPECT_EQ(by_id["ev-0002"]["start_date"], (nlohmann::json{{"year", 2024}, {"month", 3}}));
  EXPECT_EQ(by_id["ev-0001"]["start_date"],
            (nlohmann::json{{"year", 2024}, {"month", 3}, {"day", 5}}));
  EXPECT_NE(by_id["ev-0003"]["text"]["text"].get<std::string>().find("&quot;a deal&quot; &amp;"),
            std::string::npos);
}

TEST(EventsCsv, OneRfc4180RowPerShownEvent) {
  Written w = Render("csv");
  std::string csv = ReadFile(w.dir + "/events.csv");
  size_t rows = 0;
  for (size_t i = 0; (i = csv.find("\r\n", i)) != std::string::npos; i += 2) ++rows;
  // The header, six events (the negated one is not shown), and a quoted
  // field for the sentence with a comma and quotes.
  EXPECT_EQ(rows, 7u);
  EXPECT_NE(csv.find("\"Diaz negotiated with the League in 1990, calling it \"\"a deal\"\" & <more>.\""),
            std::string::npos);
  EXPECT_EQ(csv.find('\n', 0), csv.find("\r\n") + 1);
}

TEST(EventsCsv, ListsEachDocumentOnceEvenWhenOneIdContainsAnother) {
  Extraction x = SmallCorpus();
  x.documents.push_back({"d10", "news/d10.txt", "2024-03-09", "manifest"});
  Event& e = x.events.front();  // mentioned in d1
  e.mentions.insert(e.mentions.begin(), {"d10", 0, 5, "Later."});  // "d10" contains "d1"
  e.mentions.push_back({"d1", 20, 25, "Again."});
  EventGraph g = BuildGraph(std::move(x));  // the view refers to it
  View view;
  ASSERT_TRUE(BuildView(g, RenderOptions(), &view).ok());
  std::string csv = EventsCsv(view);
  EXPECT_NE(csv.find(",d10;d1,"), std::string::npos) << csv;
}

TEST(EventsJson, RoundTripsThroughReadEventsJson) {
  EventGraph g = BuildGraph(SmallCorpus());
  std::string first = EventsJson(g);
  Extraction back;
  ASSERT_TRUE(ReadEventsJson("events.json", first, &back).ok());
  EXPECT_EQ(back.events.size(), 7u);
  EXPECT_EQ(back.actors.size(), 4u);
  EXPECT_EQ(EventsJson(BuildGraph(std::move(back))), first);
}

TEST(WriteOutputs, SameInputGivesSameBytes) {
  // Two output directories side by side, so links to the sources match.
  Written a = Render("same", RenderOptions(), "out");
  Written b = Render("same", RenderOptions(), "again");
  ASSERT_EQ(a.files.size(), b.files.size());
  for (const auto& f : a.files) {
    std::string name = std::filesystem::path(f).filename().string();
    EXPECT_TRUE(ReadFile(a.dir + "/" + name) == ReadFile(b.dir + "/" + name)) << name;
  }
}

// The extractor's events live on disk: the renderers read them one at a time
// and stream their mentions, to the same bytes.
TEST(WriteOutputs, SpilledEventsGiveTheSameBytes) {
  for (const RenderOptions& opts : {RenderOptions(), [] {
                                      RenderOptions o;
                                      o.actor = "Ana Berg";
                                      o.show_unasserted = true;
                                      return o;
                                    }()}) {
    Written a = Render("spilled", opts, "out");
    Written b = Render("spilled", opts, "again", /*spill=*/true);
    ASSERT_EQ(a.files.size(), b.files.size());
    for (const auto& f : a.files) {
      std::string name = std::filesystem::path(f).filename().string();
      const std::string x = ReadFile(a.dir + "/" + name), y = ReadFile(b.dir + "/" + name);
      size_t at = 0;
      while (at < x.size() && at < y.size() && x[at] == y[at]) ++at;
      EXPECT_TRUE(x == y) << name << " at byte " << at << ": " << x.substr(at, 80) << " | "
                          << y.substr(at, 80);
    }
  }
}

TEST(WriteOutputs, BadFilterIsAnErrorAndWritesNothing) {
  std::string base = TempDir("badfilter");
  EventGraph g = BuildGraph(SmallCorpus());
  RenderOptions o;
  o.actor = "Nobody Known";
  std::vector<std::string> written;
  Status s = WriteOutputs(g, o, base + "/out", &written);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("Nobody Known"), std::string::npos);
  EXPECT_TRUE(written.empty());
  EXPECT_FALSE(std::filesystem::exists(base + "/out/events.json"));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(WriteOutputs, LinksFromAStagingDirectoryBesideTheOutputMatchTheOutput) {
  // The staging directory is a sibling of the output directory, so links
  // written from it stay right once the files move into place.
  std::string base = testing::TempDir("staging");
  EventGraph g = BuildGraph(testing::SmallCorpus(base + "/news"));
  std::string staging = StagingPrefix(base + "/out") + "1234";
  std::vector<std::string> written;
  ASSERT_TRUE(WriteOutputs(g, RenderOptions(), staging, &written).ok());
  std::string svg = testing::ReadFile(staging + "/timeline.svg");
  EXPECT_NE(svg.find("xlink:href=\"../news/d1.txt\""), std::string::npos);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(EventsJson, EditingMistakesAreNamed) {
  std::string good = EventsJson(BuildGraph(testing::SmallCorpus()));
  Extraction x;
  std::string typo = good;
  typo.replace(typo.find("\"planned\""), 9, "\"planed\"");
  Status s = ReadEventsJson("e.json", typo, &x);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("e.json: events[3] (ev-0004): unknown status 'planed'"),
            std::string::npos)
      << s.message();
  std::string null_offset = good;
  null_offset.replace(null_offset.find("\"start\": 10"), 11, "\"start\": null");
  s = ReadEventsJson("e.json", null_offset, &x);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("events[0] (ev-0001)"), std::string::npos) << s.message();
  EXPECT_FALSE(ReadEventsJson("e.json", "[1, 2]", &x).ok());
}

}  // namespace
}  // namespace eg
