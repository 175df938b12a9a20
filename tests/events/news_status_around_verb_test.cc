// Status read past the words around a trigger: a participle phrase set off
// by commas between an event noun and its auxiliary ("the summit, hosted by
// Angola, was cancelled"); a noun that is only the purpose of a denied
// interaction verb ("have not met for a bilateral meeting"); a habit told in
// the present ("X talks to Y when necessary"), which is no interaction that
// took place.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStatusAroundVerb, AParticiplePhraseBeforeTheAuxiliaryKeepsItsNegation) {
  Doc a("A summit between Ruiz and Okafor, hosted by Lima, was cancelled at the last minute.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);

  Doc b("Talks between Ruiz and Okafor, mediated by Lima, were called off.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);

  // An apposition that is no participle phrase still ends the look-ahead.
  Doc c("A summit between Ruiz and Okafor, the first in years, drew protests that were cancelled.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ev = c.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusAroundVerb, ANounForWhichADeniedVerbWasIsDeniedToo) {
  Doc a("Ruiz and Okafor have not met for a bilateral meeting in years.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = a.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kNegated) << e.type;

  Doc b("Ruiz and Okafor have not met face to face for talks since 2019.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2019", "2019");
  ev = b.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kNegated) << e.type;

  // A negation of a verb that is no interaction says nothing of the noun.
  Doc c("Ruiz did not comment on the meeting with Okafor.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ev = c.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusAroundVerb, AHabitInThePresentIsNoEvent) {
  Doc a("\"Ruiz talks to Okafor and Lima on the same day when necessary,\" a diplomat said.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  EXPECT_TRUE(a.Interactions().empty());

  Doc b("Ruiz regularly speaks with Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(b.Interactions().empty());

  // The habit's latest instance took place; so did a meeting in the past.
  Doc c("Ruiz speaks with Okafor regularly, most recently on Tuesday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(c.Interactions().size(), 1u);

  Doc f("Ruiz meets Okafor on Tuesday, as they usually do.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(f.Interactions().size(), 1u);

  Doc e("Ruiz met Okafor on Tuesday, as he usually does.");
  e.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(e.Interactions().size(), 1u);
}

}  // namespace
}  // namespace eg
