// "the two presidents" are not a vice president and someone else: a title
// lowered by the word before it ("Vice President", "deputy prime
// minister"; leader_titles.tsv "lower") does not fit the group noun's
// title (NamedWithTitle).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsLoweredTitle, AVicePresidentIsNoneOfTheTwoPresidents) {
  Doc d("Ruiz met Okafor on Monday. Vice President Carl Dunn met Dora Lim in the hall on "
        "Tuesday. The visit followed a phone call between the two presidents in March.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Vice President Carl Dunn", "Carl Dunn")
      .M("Dora Lim", "Dora Lim").T("Monday", "2025-08-18").T("Tuesday", "2025-08-19")
      .T("March", "2025-03");
  bool found = false;
  for (const auto& e : d.Interactions()) {
    if (e.date != "2025-03") continue;
    found = true;
    EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
