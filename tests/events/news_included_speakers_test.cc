// "Several mayors, including X and Governor Y of Ohio, said they met Z":
// the "they" of what the group said are the members its subject names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsIncludedSpeakers, TheyAreTheNamedMembers) {
  Doc d("Several mayors, including Ruiz, said they met privately with Okafor on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));

  Doc p("Several mayors, including Mayor Ruiz of Lakeview, said that they met with Okafor on "
        "Friday.");
  p.M("Mayor Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
