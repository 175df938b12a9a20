// "chatted with Y", "had a brief exchange with Y": talking to a person.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsChats, AChatOrAnExchangeWithAPersonIsTalks) {
  Doc d("Ruiz chatted with Okafor on the sidelines on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc x("Ruiz did attend, and had a brief exchange with Okafor on the stage.");
  x.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ex = x.Interactions();
  ASSERT_EQ(ex.size(), 1u);
  EXPECT_EQ(x.Names(ex[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsChats, AnExchangeWithACountryIsNoTalks) {
  Doc d("Norland agreed a prisoner exchange with Vella on Monday.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Vella", "Vella", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
