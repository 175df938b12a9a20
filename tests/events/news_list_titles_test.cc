// "X and Norland's Y met Z", "X, Y and military chief W met Z": an owner
// and its 's, or a lower-case modifier of a title, before a list item the
// actors stage left out of its mention, keep the list going leftwards.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsListTitles, AnOwnedItemEndsTheSubjectList) {
  Doc d("Ruiz and Norland's Okafor met on Friday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Okafor", "Ben Okafor")
      .T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsListTitles, AModifierOfATitleBeforeTheLastItem) {
  Doc d("Ruiz, Lee and Norland's military chief Ben Okafor met Sam Park on Sunday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Lee", "Kim Lee")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("chief Ben Okafor", "Ben Okafor")
      .M("Sam Park", "Sam Park")
      .T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Kim Lee", "Ben Okafor", "Sam Park"}));
}

TEST(NewsListTitles, AClauseBeforeTheItemIsNoTitle) {
  // "said" is no modifier of a title: Lee is no subject of the meeting.
  Doc d("Lee said on Friday that Okafor met Ruiz.");
  d.M("Lee", "Kim Lee").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

// "with Ruiz and Vasco do Prado": a name's lower-case particle before the
// family name the mention covers does not end the list.
TEST(NewsListTitles, ANameParticleBeforeTheLastItem) {
  Doc d("Okafor held talks with Ruiz and Vasco do Prado on Sunday.");
  d.M("Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz")
      .M("Prado", "Pedro Vasco do Prado")
      .T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz", "Pedro Vasco do Prado"}));
}

}  // namespace
}  // namespace eg
