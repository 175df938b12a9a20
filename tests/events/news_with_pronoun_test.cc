// "X held talks with him", "a phone call with her": an object pronoun after
// "with" a noun trigger is the person the text named last who is not the
// subject, as after a verb ("X met him"); "her" before a noun is its
// determiner.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWithPronoun, AnObjectPronounAfterWithIsThePersonNamedBefore) {
  Doc d("Ruiz flew to Lisbon on Monday. Okafor held talks with him there.");
  d.M("Ruiz", "Tom Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Ruiz", "Ben Okafor"}));

  Doc s("Ruiz has not met anyone since Okafor held a summit with him in Geneva in June 2021.");
  s.M("Ruiz", "Tom Ruiz").M("Okafor", "Ben Okafor").T("June 2021", "2021-06");
  bool summit = false;
  for (const auto& e : s.Interactions()) {
    if (e.trigger != "summit") continue;
    summit = true;
    EXPECT_EQ(s.Names(e), (Names{"Tom Ruiz", "Ben Okafor"}));
    EXPECT_EQ(e.date, "2021-06");
  }
  EXPECT_TRUE(summit);
}

TEST(NewsWithPronoun, HerBeforeANounIsADeterminer) {
  Doc d("Lima flew to Lisbon on Monday. Okafor held talks with her husband there.");
  d.M("Lima", "Eva Lima").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  for (const auto& e : d.Interactions()) EXPECT_FALSE(d.Names(e).count("Eva Lima"));
}

}  // namespace
}  // namespace eg
