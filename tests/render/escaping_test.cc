// Names and sentences with characters that mean something in XML, DOT, CSV
// or JSON still give files that their parsers read back intact.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>

#include "render/render.h"
#include "render_fixture.h"

namespace eg {
namespace {

TEST(Escaping, AwkwardTextSurvivesEveryFormat) {
  Extraction x = testing::SmallCorpus();
  const std::string name = "O'Neil \"Ned\" & Sons <Ltd> \\ back";
  x.actors[0].name = name;
  x.actors[0].aliases.push_back("a\tb");
  x.events[0].summary = "<script>alert('x')</script> & \"quotes\" \\l \\N";
  x.events[0].place = "Line one\nline two";
  x.events[0].mentions[0].text = "He said: \"a, b\" & <c> \u2014 done\\.";
  std::string base = testing::TempDir("escaping");
  EventGraph g = BuildGraph(x);
  std::vector<std::string> written;
  ASSERT_TRUE(WriteOutputs(g, RenderOptions(), base + "/out", &written).ok());
  auto file = [&](const char* f) { return testing::ReadFile(base + "/out/" + f); };

  for (const char* f : {"timeline.svg", "actors.svg"}) {
    boost::property_tree::ptree t;
    std::istringstream in(file(f));
    EXPECT_NO_THROW(boost::property_tree::read_xml(in, t)) << f;
  }
  {
    boost::property_tree::ptree t;
    std::istringstream in(file("timeline.svg"));
    boost::property_tree::read_xml(in, t);
    // The summary comes back as text, not as markup.
    std::string svg = file("timeline.svg");
    EXPECT_EQ(svg.find("<script>"), std::string::npos);
    EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  }
  for (const char* f : {"actors.dot", "timeline.dot"}) {
    std::string dot = file(f);
    Agraph_t* ag = agmemread(dot.c_str());
    ASSERT_NE(ag, nullptr) << f;
    if (std::string(f) == "actors.dot") {
      Agnode_t* n = agnode(ag, const_cast<char*>("ana-berg"), 0);
      ASSERT_NE(n, nullptr);
      // cgraph unescapes quotes; a backslash stays escaped until drawing.
      EXPECT_EQ(std::string(agget(n, const_cast<char*>("label"))),
                "O'Neil \"Ned\" & Sons <Ltd> \\\\ back");
    }
    agclose(ag);
  }
  {
    using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                    boost::property<boost::vertex_name_t, std::string>>;
    G gg;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(boost::vertex_name, gg));
    std::istringstream in(file("actors.graphml"));
    boost::read_graphml(in, gg, dp);
    bool found = false;
    for (auto v : boost::make_iterator_range(boost::vertices(gg)))
      found |= boost::get(boost::vertex_name, gg, v) == name;
    EXPECT_TRUE(found);
  }
  auto tl = nlohmann::json::parse(file("timeline.json"));
  EXPECT_EQ(tl["events"].size(), 5u);
  std::string csv = file("events.csv");
  EXPECT_NE(csv.find("\"Line one\nline two\""), std::string::npos);
}

}  // namespace
}  // namespace eg
