// Who acts in three forms of wire English about negotiating teams and the
// offices of organisations: the named heads of a group subject ("Negotiators
// led by X and Y were still talking"), an item of a list with its article
// before its title words ("X and the trade minister Y"), and an
// organisation's commissioner ("EU energy commissioner Y").
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsLedOfficeItem, HeadsOfAGroupSubjectTalk) {
  for (const char* s : {"Negotiators led by Ana Ruiz and Ben Okafor were still talking.",
                        "Two teams headed by Ana Ruiz and Ben Okafor were talking."}) {
    Doc d(s, "2025-05-19");
    d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
  }
}

TEST(NewsLedOfficeItem, ArticleBeforeTheTitleOfAListItem) {
  Doc d("Negotiators led by Ana Ruiz and the EU fisheries commissioner Ben Okafor were still "
        "talking.",
        "2025-05-19");
  d.M("Ana Ruiz", "Ana Ruiz").M("EU", "European Union", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsLedOfficeItem, CommissionerIsATitleAfterItsOrganisation) {
  Doc d("Ana Ruiz met EU energy commissioner Ben Okafor in Oslo.", "2025-05-19");
  d.M("Ana Ruiz", "Ana Ruiz").M("EU", "European Union", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
