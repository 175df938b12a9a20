// The timeline at scale: past kCompactThreshold events it groups by month
// (or by week over a short range), still with one box per event.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include "render/timeline.h"
#include "render_fixture.h"

namespace eg {
namespace {

Extraction ManyEvents(int n, int days_apart) {
  Extraction x = testing::SmallCorpus();
  x.events.clear();
  date::sys_days start{date::year{2024} / 1 / 1};
  for (int i = 0; i < n; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "ev-%04d", i + 1);
    x.events.push_back(testing::MakeEvent(
        id, i % 2 ? "call" : "meeting", true,
        FormatDate(date::year_month_day{start + date::days{i * days_apart / 10}}),
        EventStatus::kOccurred, {"ana-berg", "carl-diaz"}, "", "d1", "Berg met Diaz."));
  }
  return x;
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t i = 0; (i = s.find(what, i)) != std::string::npos; i += what.size()) ++n;
  return n;
}

std::string Svg(const Extraction& x) {
  EventGraph g = BuildGraph(x);
  View v;
  EXPECT_TRUE(BuildView(g, RenderOptions(), &v).ok());
  return TimelineSvg(v, TimelineOptions{"out", false});
}

TEST(TimelineScale, LongRangeGroupsByMonthWithABoxPerEvent) {
  // 200 events, one every 1.5 days: about ten months.
  std::string svg = Svg(ManyEvents(200, 15));
  EXPECT_NE(svg.find("grouped by month"), std::string::npos);
  EXPECT_EQ(Count(svg, "class=\"event\""), 200u);
  EXPECT_EQ(Count(svg, "<g class=\"card\""), 10u);
  EXPECT_NE(svg.find("Jan 2024 \u00b7 21 events"), std::string::npos);
  // The overview has one bar per card, each linking to it.
  EXPECT_NE(svg.find("class=\"overview\""), std::string::npos);
  EXPECT_EQ(Count(svg, " href=\"#card-"), 10u);
  EXPECT_NE(svg.find("id=\"card-month-2024-01-01\""), std::string::npos);
}

TEST(TimelineScale, BigTimelineDotHasOneBoxPerMonthAndParses) {
  EventGraph g = BuildGraph(ManyEvents(200, 15));
  View v;
  ASSERT_TRUE(BuildView(g, RenderOptions(), &v).ok());
  std::string dot = TimelineDot(v, TimelineOptions{"out", false});
  Agraph_t* ag = agmemread(dot.c_str());
  ASSERT_NE(ag, nullptr);
  size_t groups = 0;
  for (Agnode_t* n = agfstnode(ag); n; n = agnxtnode(ag, n))
    groups += std::string(agnameof(n)).rfind("group:", 0) == 0;
  EXPECT_EQ(groups, 10u);
  EXPECT_EQ(agnode(ag, const_cast<char*>("ev-0001"), 0), nullptr);
  agclose(ag);
  EXPECT_NE(dot.find("21 events\\l"), std::string::npos);
}

TEST(TimelineScale, ShortRangeGroupsByWeek) {
  // 100 events over 30 days.
  std::string svg = Svg(ManyEvents(100, 3));
  EXPECT_NE(svg.find("grouped by week"), std::string::npos);
  EXPECT_EQ(Count(svg, "class=\"event\""), 100u);
  EXPECT_NE(svg.find("week of 1 Jan 2024"), std::string::npos);
}

TEST(TimelineScale, FewEventsAreGroupedByDayOnly) {
  std::string svg = Svg(ManyEvents(12, 5));  // two per day for six days
  EXPECT_EQ(svg.find("grouped by"), std::string::npos);
  EXPECT_EQ(Count(svg, "<g class=\"card\""), 6u);
  EXPECT_EQ(svg.find("class=\"overview\""), std::string::npos);
  EXPECT_NE(svg.find("1 Jan 2024 \u00b7 2 events"), std::string::npos);
}

}  // namespace
}  // namespace eg
