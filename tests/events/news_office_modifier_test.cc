// "with X and the US trade representative Y": a country before a
// lower-case word of the office and its title word ("representative")
// modifies the person named after them; Y is an item of the list.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeModifier, ALowerCaseWordOfTheOfficeBeforeItsTitleWord) {
  Doc d("Ana Ruiz held talks with Ben Okafor and the US trade representative Eva Sand in "
        "Geneva on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("US", "United States",
                                                                ActorKind::kCountry);
  d.M("Eva Sand", "Eva Sand").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Eva Sand"}));
}

TEST(NewsOfficeModifier, NoTitleWordAfterTheLowerCaseWord) {
  // "the US trade deal Eva Sand praised": no office, no item.
  Doc d("Ana Ruiz held talks with Ben Okafor and the US trade team on Monday, Eva Sand said.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("US", "United States",
                                                                ActorKind::kCountry);
  d.M("Eva Sand", "Eva Sand").T("Monday", "2025-08-18");
  for (const auto& m : d.Interactions()) EXPECT_FALSE(d.Names(m).count("Eva Sand"));
}

}  // namespace
}  // namespace eg
