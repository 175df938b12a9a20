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

// "the two ministers" may be a Secretary of State and a foreign minister:
// a cabinet secretary is his country's minister (leader_titles.tsv
// "minister").
TEST(NewsLoweredTitle, ASecretaryOfStateIsOneOfTheTwoMinisters) {
  Doc d("Foreign Minister Ben Okafor spoke by telephone on Tuesday with Secretary of State "
        "Ana Ruiz. Carl Dunn met Dora Lim on Wednesday. The two ministers last met in "
        "person in Varna in early November.");
  d.M("Foreign Minister Ben Okafor", "Ben Okafor").M("Secretary of State Ana Ruiz", "Ana Ruiz")
      .M("Carl Dunn", "Carl Dunn").M("Dora Lim", "Dora Lim").T("Tuesday", "2025-08-19")
      .T("Wednesday", "2025-08-20").T("early November", "2024-11");
  bool found = false;
  for (const auto& e : d.Interactions()) {
    if (e.date != "2024-11") continue;
    found = true;
    EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
