// Clauses of wire news found on a fourth round of unlabeled text: a time
// fronted before the subject dates the clause's event past an appositive
// that mentions a trip; the person phoned, or told something in a call, is
// on the call; one who met several separately met each alone.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses4, AFrontedTimeDatesTheEventPastATripInApposition) {
  Doc d("On Tuesday, Ruiz, on a visit to Borduria, met Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Borduria", "Borduria", ActorKind::kCountry).M("Okafor", "Ben Okafor");
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // A time after the trip is the trip's: it does not date the meeting.
  Doc a("Ruiz met Okafor after a visit to Borduria on Tuesday.");
  a.M("Ruiz", "Ana Ruiz").M("Borduria", "Borduria", ActorKind::kCountry).M("Okafor", "Ben Okafor");
  a.T("Tuesday", "2025-08-19");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_NE(ea[0].date, "2025-08-19");
  // A visit with someone is an interaction of its own: the fronted time
  // before it stays its own.
  Doc w("On Tuesday, Ruiz, on a visit with Lindqvist, met Okafor in the evening.");
  w.M("Ruiz", "Ana Ruiz").M("Lindqvist", "Eva Lindqvist").M("Okafor", "Ben Okafor");
  w.T("Tuesday", "2025-08-19");
  for (const auto& e : w.Interactions()) {
    if (w.Names(e) == Names{"Ana Ruiz", "Ben Okafor"}) {
      EXPECT_NE(e.date, "2025-08-19");
    }
  }
}

TEST(NewsClauses4, WhoIsPhonedIsOnTheCall) {
  Doc d("Ruiz telephoned Okafor on Monday to discuss the blockade.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // "phoned with", "phoned to" as before.
  Doc w("Ruiz phoned with Okafor on Monday.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  ASSERT_EQ(w.Interactions().size(), 1u);
  // A country phoned is no person on the line.
  Doc c("Ruiz phoned Borduria on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Borduria", "Borduria", ActorKind::kCountry).T("Monday", "2025-08-18");
  EXPECT_TRUE(c.Interactions().empty());
}

TEST(NewsClauses4, WhomASpeakerToldInACallWasOnIt) {
  Doc d("Ruiz told Okafor in a phone call on Monday that the blockade would end.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // Reported speech keeps its own subject: the speaker is not on the call.
  Doc r("Lindqvist said Ruiz and Okafor, in a phone call on Monday, agreed to talk.");
  r.M("Lindqvist", "Eva Lindqvist").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  r.T("Monday", "2025-08-18");
  for (const auto& e : r.Interactions()) EXPECT_EQ(r.Names(e).count("Eva Lindqvist"), 0u);
  // A country told is no person on a call.
  Doc c("Ruiz told Borduria in a phone call on Monday that the blockade would end.");
  c.M("Ruiz", "Ana Ruiz").M("Borduria", "Borduria", ActorKind::kCountry).T("Monday", "2025-08-18");
  EXPECT_TRUE(c.Interactions().empty());
}

TEST(NewsClauses4, OneWhoMetSeveralSeparatelyMetEachAlone) {
  Doc d("Ruiz met separately on Tuesday with Okafor and Lindqvist.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::set<Names> pairs;
  for (const auto& e : ev) {
    pairs.insert(d.Names(e));
    EXPECT_EQ(e.date, "2025-08-19");
  }
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Ben Okafor"}, {"Ana Ruiz", "Eva Lindqvist"}}));
  // "Separately," opening the sentence tells of another matter: one meeting.
  Doc o("Separately, Ruiz met with Okafor and Lindqvist on Tuesday.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  o.T("Tuesday", "2025-08-19");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(o.Names(eo[0]), (Names{"Ana Ruiz", "Ben Okafor", "Eva Lindqvist"}));
}

}  // namespace
}  // namespace eg
