// Filters select the same events for every output; dates are read at their
// precision; links to sources are relative to the output directory.
#include <gtest/gtest.h>

#include <filesystem>

#include "render/date_labels.h"
#include "render/exports.h"
#include "render/style.h"
#include "render/view.h"
#include "render_fixture.h"

namespace eg {
namespace {

std::vector<std::string> Ids(const View& v) {
  std::vector<std::string> out;
  EventReader reader(v.data());
  for (const auto& ve : v.events) out.push_back(reader.Get(ve.index).id);
  return out;
}

class ViewTest : public ::testing::Test {
 protected:
  EventGraph g = BuildGraph(testing::SmallCorpus());
  View Build(const RenderOptions& o) {
    View v;
    Status s = BuildView(g, o, &v);
    EXPECT_TRUE(s.ok()) << s.message();
    return v;
  }
};

TEST_F(ViewTest, DefaultSortsByDateUndatedLastAndDropsNegated) {
  View v = Build(RenderOptions());
  EXPECT_EQ(Ids(v), (std::vector<std::string>{"ev-0003", "ev-0002", "ev-0001", "ev-0007",
                                              "ev-0004", "ev-0005"}));
}

TEST_F(ViewTest, AllStatusesKeepsNegated) {
  RenderOptions o;
  o.show_unasserted = true;
  EXPECT_EQ(Build(o).events.size(), 7u);
}

TEST_F(ViewTest, ActorMatchesAliasCaseInsensitiveAndGivesEgoNetwork) {
  RenderOptions o;
  o.actor = "minister BERG";
  View v = Build(o);
  EXPECT_EQ(v.ego, "ana-berg");
  EXPECT_EQ(Ids(v), (std::vector<std::string>{"ev-0002", "ev-0001", "ev-0007", "ev-0004"}));
  // Ana's partners are shown; the Diaz-League and Diaz-Norland links are not.
  EXPECT_EQ(v.links.size(), 3u);
  for (const auto& l : v.links)
    EXPECT_TRUE(g[l.a].id == "ana-berg" || g[l.b].id == "ana-berg");
}

TEST_F(ViewTest, DateRangeKeepsOverlappingSpans) {
  RenderOptions o;
  o.from = "2024-03-06";
  o.to = "2024-03";
  // The March call overlaps the range; the 5 March meeting and April plan do not.
  EXPECT_EQ(Ids(Build(o)), (std::vector<std::string>{"ev-0002", "ev-0007"}));
  o.from = "1980";
  o.to = "1999";
  EXPECT_EQ(Ids(Build(o)), (std::vector<std::string>{"ev-0003"}));
}

TEST_F(ViewTest, TypesSelectTypes) {
  RenderOptions o;
  o.types = {"Call", "talks"};
  EXPECT_EQ(Ids(Build(o)), (std::vector<std::string>{"ev-0003", "ev-0002"}));
}

TEST_F(ViewTest, TopKeepsTheMostConnectedActors) {
  RenderOptions o;
  o.top = 1;
  View v = Build(o);
  ASSERT_EQ(v.actors.size(), 1u);
  EXPECT_EQ(g[v.actors[0]].id, "ana-berg");  // three shown interactions
  EXPECT_EQ(v.dropped_actors, 3u);
  EXPECT_TRUE(v.links.empty());
}

TEST_F(ViewTest, ActorsWithoutInteractionsAreCountedNotDrawn) {
  RenderOptions o;
  o.types = {"statement"};
  View v = Build(o);
  EXPECT_EQ(v.events.size(), 1u);
  EXPECT_TRUE(v.actors.empty());
  EXPECT_EQ(v.isolated_actors, 1u);
}

TEST_F(ViewTest, BadFiltersAreErrors) {
  View v;
  RenderOptions o;
  o.from = "March";
  EXPECT_FALSE(BuildView(g, o, &v).ok());
  o = RenderOptions();
  o.actor = "nobody";
  EXPECT_FALSE(BuildView(g, o, &v).ok());
}

TEST(DateSpan, ReadsEveryPrecision) {
  auto y = ParseDateSpan("1938");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->precision, DatePrecision::kYear);
  EXPECT_EQ(IsoDay(y->first), "1938-01-01");
  EXPECT_EQ(IsoDay(y->last), "1938-12-31");
  EXPECT_EQ(DateLabel(*y), "1938");
  auto m = ParseDateSpan("2024-02");
  EXPECT_EQ(IsoDay(m->last), "2024-02-29");
  EXPECT_EQ(DateLabel(*m), "Feb 2024");
  auto w = ParseDateSpan("2025-W01");
  EXPECT_EQ(DateLabel(*w), "week 1, 2025");
  EXPECT_EQ(IsoDay(w->first), "2024-12-30");  // ISO week 1 starts on the Monday before Jan 4
  auto d = ParseDateSpan("197X");
  EXPECT_EQ(d->precision, DatePrecision::kDecade);
  EXPECT_EQ(IsoDay(d->last), "1979-12-31");
  EXPECT_EQ(DateLabel(*d), "1970s");
  EXPECT_EQ(ParseDateSpan("19XX")->precision, DatePrecision::kCentury);
  EXPECT_EQ(DateLabel(*ParseDateSpan("2025-08-15")), "15 Aug 2025");
  EXPECT_FALSE(ParseDateSpan(""));
  EXPECT_FALSE(ParseDateSpan("2025-02-30"));
  EXPECT_FALSE(ParseDateSpan("PRESENT_REF"));
}

TEST(Style, CsvQuotingFollowsRfc4180) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
}

TEST(Style, EscapingAndEllipsis) {
  EXPECT_EQ(XmlEscape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
  EXPECT_EQ(DotEscape("say \"x\"\\\n"), "say \\\"x\\\"\\\\\\n");
  EXPECT_EQ(Ellipsize("Zelenskyy met", 5), "Zele\u2026");
  EXPECT_EQ(Ellipsize("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", 3), "\u00e9\u00e9\u2026");
}

TEST(Style, SourceLinksAreRelativeToTheOutputDirectory) {
  EXPECT_EQ(SourceLink("seeds/a.txt", "out"), "../seeds/a.txt");
  EXPECT_EQ(SourceLink("/data/news/a.txt", "/tmp/x/out"), "../../../data/news/a.txt");
  EXPECT_EQ(SourceLink("out/a.txt", "out"), "a.txt");
}

TEST(Style, SourceLinkerGivesWhatSourceLinkGives) {
  GraphData gd;
  const char* paths[] = {"seeds/a.txt", "seeds/b.txt", "/data/news/c.txt", "d.txt",
                         "seeds/../other/e.txt", "./seeds/f.txt"};
  for (const char* p : paths) {
    std::string id = std::filesystem::path(p).stem().string();
    gd.documents.push_back({id, p, "2025-01-01", "option"});
  }
  IndexDocuments(&gd);
  for (const char* out : {"out", "/tmp/x/out", "seeds"}) {
    SourceLinker links(gd, out);
    for (int pass = 0; pass < 2; ++pass)  // the second pass reads the cache
      for (DocumentRef d : gd.documents)
        EXPECT_EQ(links.Link(std::string(d.id)), SourceLink(std::string(d.path), out));
    EXPECT_EQ(links.Link("unknown"), SourceLink("unknown.txt", out));
  }
}

}  // namespace
}  // namespace eg
