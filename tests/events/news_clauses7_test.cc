// Clauses of wire news found on unlabeled text, seventh round: the name in
// apposition after a relative clause on the "with" noun ("with the one ally
// who backed him, Prime Minister X") takes part; an "as" clause on a main
// clause in the present progressive happens now.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses7, TheNameAfterARelativeClauseOnTheWithNounTakesPart) {
  Doc d("Ruiz discussed the crisis with the one ally who has backed her plan, Prime Minister "
        "Okafor, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Prime Minister Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // The name after the comma speaks the sentence: no party of the talks.
  Doc s("Ruiz discussed the crisis with the one ally who has backed her plan, Okafor said.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const auto& e : s.Interactions()) EXPECT_EQ(s.Names(e).count("Ben Okafor"), 0u);
  // An actor inside the relative clause: not a plain noun phrase.
  Doc a("Ruiz discussed the crisis with the ally who met Dunn, Prime Minister Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Dunn", "Carl Dunn").M("Prime Minister Okafor", "Ben Okafor");
  for (const auto& e : a.Interactions()) EXPECT_EQ(a.Names(e).count("Ben Okafor"), 0u);
}

TEST(NewsClauses7, AnAsClauseOnAPresentProgressiveHappensNow) {
  Doc d("Norland is bolstering its forces in the gulf, as Ruiz discussed the crisis with Okafor.",
        "2025-08-20");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-20");
  // A main clause in the past dates nothing.
  Doc p("Norland bolstered its forces in the gulf, as Ruiz discussed the crisis with Okafor.",
        "2025-08-20");
  p.M("Norland", "Norland", ActorKind::kCountry).M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
  // Nor does "as" without the comma of a clause ("as well as", "such as").
  Doc w("Norland is bolstering its forces as Ruiz and Okafor discussed the crisis.", "2025-08-20");
  w.M("Norland", "Norland", ActorKind::kCountry).M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const auto& e : w.Interactions()) EXPECT_EQ(e.date, "");
}

TEST(NewsClauses7, TheOneNamedWithOtherOfficialsTakesPart) {
  Doc d("Ruiz and other officials met with Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A pronoun with a modified group noun: the person it stands for.
  Doc p("Ruiz arrived. She said she and other family members had spoken to Okafor by phone "
        "on Monday.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // Without "and other", a group noun names no one: "officials met Okafor".
  Doc g("Ruiz arrived. Other officials met with Okafor on Monday.");
  g.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  for (const auto& e : g.Interactions()) EXPECT_EQ(g.Names(e).count("Ana Ruiz"), 0u);
}

TEST(NewsClauses7, BothSidesAreTheTwoActorsNamedJustBefore) {
  Doc d("Acme has been locked in litigation with Zenco over a contract. Both sides are in "
        "talks to settle the dispute.",
        "2025-08-20");
  d.M("Acme", "Acme", ActorKind::kOrganization).M("Zenco", "Zenco", ActorKind::kOrganization);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Acme", "Zenco"}));
  EXPECT_EQ(ev[0].date, "2025-08-20");  // "are in talks": now
  // Three actors named before: which two are meant is not said.
  Doc t("Acme has been locked in litigation with Zenco and Brill over a contract. Both sides "
        "are in talks to settle the dispute.",
        "2025-08-20");
  t.M("Acme", "Acme", ActorKind::kOrganization)
      .M("Zenco", "Zenco", ActorKind::kOrganization)
      .M("Brill", "Brill", ActorKind::kOrganization);
  EXPECT_TRUE(t.Interactions().empty());
  // "The two men" may be any two persons; an owner ("Dunn's death") is no
  // party.
  Doc m("Acme has been locked in litigation with Zenco over a contract. The two men are in "
        "talks to settle the dispute.",
        "2025-08-20");
  m.M("Acme", "Acme", ActorKind::kOrganization).M("Zenco", "Zenco", ActorKind::kOrganization);
  EXPECT_TRUE(m.Interactions().empty());
  Doc o("The work is done for Ruiz. Dunn's death came up as both sides held talks.", "2025-08-20");
  o.M("Ruiz", "Ana Ruiz").M("Dunn", "Carl Dunn");
  EXPECT_TRUE(o.Interactions().empty());
  // One country before, another in the sentence: the pair is not named.
  Doc c("Soldiers died in Norland. Sudria held talks between the two countries on Monday.",
        "2025-08-20");
  c.M("Norland", "Norland", ActorKind::kCountry)
      .M("Sudria", "Sudria", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  for (const auto& e : c.Interactions()) EXPECT_EQ(c.Names(e).count("Norland"), 0u);
}

TEST(NewsClauses7, AStateOrOfficialVisitToACountryMeetsIt) {
  Doc d("Last week, Ruiz, on an official visit to Norland, asked the police to join the hunt.");
  d.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Last week", "2025-W33");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland"}));
  EXPECT_EQ(ev[0].date, "2025-W33");
  Doc p("Ruiz paid a state visit to Norland on Monday.");
  p.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Monday", "2025-08-18");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Norland"}));
  // A plain visit names no host; an official visit to a firm is no country's.
  Doc v("Ruiz paid a visit to Norland on Monday.");
  v.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Monday", "2025-08-18");
  EXPECT_TRUE(v.Interactions().empty());
  Doc f("Ruiz made an official visit to Acme on Monday.");
  f.M("Ruiz", "Ana Ruiz").M("Acme", "Acme", ActorKind::kOrganization).T("Monday", "2025-08-18");
  EXPECT_TRUE(f.Interactions().empty());
}

}  // namespace
}  // namespace eg
