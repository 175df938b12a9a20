// End to end: the built eventgraph on seeds/, outputs checked against
// ../shared/spec/events-json.md and the formats' own parsers. Written to hold
// whatever the extractor finds (few events or many): it checks that what is
// there is right, not how much there is.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "corpus/document.h"
#include "render/date_labels.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs eventgraph with `args` from the source directory (so document paths
// in events.json are relative to it); returns the exit code.
int RunEventgraphIn(const std::string& args) {
  std::string cmd = std::string("cd '") + EVENTGRAPH_SOURCE_DIR + "' && '" + EVENTGRAPH_BINARY +
                    "' " + args + " 2>/dev/null";
  int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

class SeedsEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = (fs::temp_directory_path() / ("eg_e2e_" + std::to_string(::getpid()))).string();
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
    code_ = RunEventgraphIn("seeds -q -o '" + tmp_ + "/out'");
  }
  static void TearDownTestSuite() { fs::remove_all(tmp_); }
  static std::string Out(const std::string& name) { return tmp_ + "/out/" + name; }
  static json Events() { return json::parse(Slurp(Out("events.json"))); }

  static std::string tmp_;
  static int code_;
};
std::string SeedsEndToEnd::tmp_;
int SeedsEndToEnd::code_ = -1;

TEST_F(SeedsEndToEnd, RunsCleanlyAndWritesEveryOutput) {
  EXPECT_EQ(code_, 0);
  for (const char* f : {"events.json", "events.csv", "timeline.json", "actors.graphml",
                        "actors.dot", "actors.svg", "timeline.dot", "timeline.svg"})
    EXPECT_TRUE(fs::is_regular_file(Out(f))) << f;
}

TEST_F(SeedsEndToEnd, EventsJsonFollowsTheSpec) {
  json j = Events();
  EXPECT_EQ(j.at("version"), 1);
  const std::set<std::string> sources{"header", "manifest", "option", "inferred", "none"};
  ASSERT_EQ(j.at("documents").size(), 5u);
  for (const auto& d : j["documents"]) {
    std::string id = d.at("id");
    EXPECT_EQ(fs::path(d.at("path").get<std::string>()).stem().string(), id);
    EXPECT_TRUE(sources.count(d.at("dct_source").get<std::string>()));
    ASSERT_TRUE(d.at("dct").is_string()) << id << ": every seed has a publication date";
    EXPECT_TRUE(ParseIsoDate(d["dct"].get<std::string>())) << d["dct"];
    // 002 carries its own date line; the manifest dates the others.
    EXPECT_EQ(d["dct_source"], id.rfind("002_", 0) == 0 ? "header" : "manifest") << id;
  }
  const std::set<std::string> kinds{"person", "organization", "country", "group"};
  std::set<std::string> actor_ids;
  for (const auto& a : j.at("actors")) {
    std::string id = a.at("id");
    EXPECT_TRUE(actor_ids.insert(id).second) << "duplicate actor id " << id;
    EXPECT_FALSE(id.empty());
    EXPECT_TRUE(a.at("name").is_string());
    EXPECT_TRUE(kinds.count(a.at("kind").get<std::string>())) << id;
    EXPECT_TRUE(a.at("aliases").is_array());
    EXPECT_TRUE(a.at("mentions").is_number_unsigned());
  }
  const std::set<std::string> statuses{"occurred", "planned", "proposed", "negated",
                                       "hypothetical"};
  std::set<std::string> event_ids;
  for (const auto& e : j.at("events")) {
    std::string id = e.at("id");
    EXPECT_TRUE(event_ids.insert(id).second) << "duplicate event id " << id;
    EXPECT_TRUE(e.at("type").is_string());
    EXPECT_TRUE(e.at("interaction").is_boolean());
    if (!e.at("date").is_null()) {
      EXPECT_TRUE(ParseDateSpan(e["date"].get<std::string>())) << id << ": " << e["date"];
    }
    EXPECT_TRUE(e.at("date_text").is_null() || e["date_text"].is_string());
    EXPECT_TRUE(statuses.count(e.at("status").get<std::string>())) << id;
    std::set<std::string> seen;
    for (const auto& p : e.at("participants")) {
      EXPECT_TRUE(actor_ids.count(p.get<std::string>())) << id << ": unknown actor " << p;
      EXPECT_TRUE(seen.insert(p.get<std::string>()).second) << id << ": " << p << " twice";
    }
    EXPECT_TRUE(e.at("place").is_null() || e["place"].is_string());
    EXPECT_TRUE(e.at("summary").is_string());
    EXPECT_FALSE(e.at("mentions").empty()) << id;
  }
}

TEST_F(SeedsEndToEnd, EveryMentionPointsAtItsTextInTheSourceFile) {
  json j = Events();
  std::map<std::string, std::string> text_of;
  for (const auto& d : j["documents"])
    text_of[d["id"]] = Slurp(std::string(EVENTGRAPH_SOURCE_DIR) + "/" +
                             d["path"].get<std::string>());
  for (const auto& e : j["events"]) {
    for (const auto& m : e["mentions"]) {
      ASSERT_TRUE(text_of.count(m.at("doc").get<std::string>())) << m.dump();
      const std::string& text = text_of[m["doc"]];
      uint64_t start = m.at("start"), end = m.at("end");
      ASSERT_LE(start, end);
      ASSERT_LE(end, text.size()) << m.dump();
      EXPECT_EQ(text.substr(start, end - start), m.at("text").get<std::string>())
          << e["id"] << " in " << m["doc"];
    }
  }
}

TEST_F(SeedsEndToEnd, SvgsAreWellFormedAndEveryShownEventHasABox) {
  for (const char* f : {"timeline.svg", "actors.svg"}) {
    boost::property_tree::ptree t;
    std::ifstream in(Out(f));
    EXPECT_NO_THROW(boost::property_tree::read_xml(in, t)) << f;
    EXPECT_EQ(t.count("svg"), 1u) << f;
  }
  std::string svg = Slurp(Out("timeline.svg"));
  const auto events = Events();  // the loop below must not range over a temporary's member
  for (const auto& e : events["events"]) {
    bool shown = e["status"] != "negated" && e["status"] != "hypothetical";
    bool found = svg.find("class=\"event\" id=\"" + e["id"].get<std::string>() + "\"") !=
                 std::string::npos;
    EXPECT_EQ(found, shown) << e["id"];
  }
}

TEST_F(SeedsEndToEnd, DotFilesParseWithGraphviz) {
  for (const char* f : {"actors.dot", "timeline.dot"}) {
    std::string dot = Slurp(Out(f));
    Agraph_t* g = agmemread(dot.c_str());
    EXPECT_NE(g, nullptr) << f;
    if (g) agclose(g);
  }
}

TEST_F(SeedsEndToEnd, GraphmlAndTimelineJsonLoad) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  std::ifstream in(Out("actors.graphml"));
  EXPECT_NO_THROW(boost::read_graphml(in, g, dp));
  json tl = json::parse(Slurp(Out("timeline.json")));
  EXPECT_TRUE(tl.at("title").at("text").at("headline").is_string());
  for (const auto& e : tl.at("events")) EXPECT_TRUE(e.at("start_date").at("year").is_number());
}

TEST_F(SeedsEndToEnd, RenderReadsBackAnEditedEventsJson) {
  // Unchanged, the same events.json comes back byte for byte.
  ASSERT_EQ(RunEventgraphIn("render '" + Out("events.json") + "' -o '" + tmp_ + "/again'"), 0);
  EXPECT_EQ(Slurp(tmp_ + "/again/events.json"), Slurp(Out("events.json")));
  // An edit shows in the pictures.
  json j = Events();
  j["actors"].push_back({{"id", "edit-one"}, {"name", "Edith Edited"}, {"kind", "person"},
                         {"aliases", json::array()}, {"mentions", 1}});
  j["actors"].push_back({{"id", "edit-two"}, {"name", "Otto Other"}, {"kind", "person"},
                         {"aliases", json::array()}, {"mentions", 1}});
  j["events"].push_back({{"id", "ev-9999"}, {"type", "meeting"}, {"interaction", true},
                         {"date", "2025-08-19"}, {"date_text", nullptr}, {"status", "occurred"},
                         {"participants", {"edit-one", "edit-two"}}, {"place", "Bern"},
                         {"summary", "Edith Edited meets Otto Other"},
                         {"mentions", json::array()}});
  std::ofstream(tmp_ + "/edited.json") << j.dump(1);
  ASSERT_EQ(RunEventgraphIn("render '" + tmp_ + "/edited.json' -o '" + tmp_ + "/edited'"), 0);
  EXPECT_NE(Slurp(tmp_ + "/edited/timeline.svg").find("Edith Edited meets Otto Other"),
            std::string::npos);
  EXPECT_NE(Slurp(tmp_ + "/edited/actors.dot").find("\"edit-one\" -- \"edit-two\""),
            std::string::npos);
}

}  // namespace
}  // namespace eg
