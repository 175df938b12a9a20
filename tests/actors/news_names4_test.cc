// Names as wire news writes them, fourth round: a knight or dame named
// again by "Sir"/"Dame" and the given name alone.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

std::unique_ptr<Gazetteer> Shipped() {
  std::unique_ptr<Gazetteer> g;
  EXPECT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  return g;
}

bool HasPerson(const testing::Found& f, const std::string& name) {
  auto p = f.Persons();
  return std::find(p.begin(), p.end(), name) != p.end();
}

TEST(NewsNames4, SirAndAGivenNameIsTheKnightNamedInFull) {
  auto g = Shipped();
  // British usage: "Sir Colin Marsh" is "Sir Colin" later, never "Marsh".
  auto f = Find(*g,
                "The chairman, Sir Colin Marsh, opposed the bid. Sir Colin said the board would "
                "meet on Monday.",
                "1989-10-30");
  EXPECT_TRUE(HasPerson(*f, "Colin Marsh"));
  EXPECT_FALSE(HasPerson(*f, "Colin"));
  EXPECT_EQ(f->EntityOf("Sir Colin"), "Colin Marsh");
  auto d = Find(*g, "Dame Edith Lowry wrote to the board. Dame Edith was not consulted.",
                "1989-10-30");
  EXPECT_FALSE(HasPerson(*d, "Edith"));
  EXPECT_EQ(d->EntityOf("Dame Edith"), "Edith Lowry");
  // Two knights with that given name: "Sir Colin" stays apart.
  auto h = Find(*g, "Sir Colin Marsh and Sir Colin Webb opposed the bid. Sir Colin said no.",
                "1989-10-30");
  EXPECT_NE(h->EntityOf("Sir Colin"), "Colin Marsh");
  EXPECT_NE(h->EntityOf("Sir Colin"), "Colin Webb");
}

}  // namespace
}  // namespace eg
