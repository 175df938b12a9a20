// "talks with Ruiz administration officials", "met Ruiz's team": those
// acting, unnamed, for a leader stand for the polity he serves, when the
// document names it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOwnerPolity, ALeadersUnnamedOfficialsStandForHisCountry) {
  Doc d("Okafor flew to Norland on Friday for talks with Ruiz administration officials.");
  d.M("Okafor", "Ben Okafor").M("Norland", "Norland", ActorKind::kCountry);
  d.M("Ruiz", "Ana Ruiz").T("Friday", "2025-08-22");
  d.Country("Ana Ruiz", "NL").Country("Norland", "NL");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Norland"}));
  Doc t("Okafor met Ruiz's team in Varna on Friday. Norland welcomed it.");
  t.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  t.Country("Ana Ruiz", "NL").Country("Norland", "NL");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ben Okafor", "Norland"}));
}

TEST(NewsOwnerPolity, ALeadersTeamCountsWhereAVerbAsksForPersons) {
  // "spoke with" takes persons only; the team stands for its country still.
  Doc d("Okafor told reporters he had spoken with Ruiz's team in recent days. Norland denied it.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  d.Country("Ana Ruiz", "NL").Country("Norland", "NL");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Norland"}));
  // A country named as such after "spoke with" is still no party of it.
  Doc c("Okafor said he had spoken with Norland in recent days.");
  c.M("Okafor", "Ben Okafor").M("Norland", "Norland", ActorKind::kCountry);
  EXPECT_TRUE(c.Interactions().empty());
}

TEST(NewsOwnerPolity, ANamedAideOrAnUnnamedCountryIsNoPolity) {
  // The aide is named: he is the party.
  Doc d("Okafor met Ruiz's envoy Kim Lee. Norland welcomed it.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").M("Kim Lee", "Kim Lee");
  d.M("Norland", "Norland", ActorKind::kCountry);
  d.Country("Ana Ruiz", "NL").Country("Norland", "NL");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Kim Lee"}));
  // The document names no country of his: nothing to stand for.
  Doc n("Okafor met Ruiz's team in Varna on Friday.");
  n.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").Country("Ana Ruiz", "NL");
  EXPECT_TRUE(n.Interactions().empty());
}

}  // namespace
}  // namespace eg
