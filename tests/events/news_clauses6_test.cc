// Clauses of wire news found on unlabeled text, sixth round: "the
// governments of X and Y" on the other side of an interaction stands for
// the countries or organisations X and Y; whoever leaves for talks goes to
// them; "welcomed him" is the person just named.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses6, TheGovernmentsOfCountriesAreTheParties) {
  Doc d("Envoy Ruiz held consultations with the governments of Norland and Sudria on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Sudria", "Sudria", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland", "Sudria"}));
  // One government, a firm's representatives, after a verb's object.
  Doc s("Ruiz met the government of Norland and representatives of Acme on Friday.");
  s.M("Ruiz", "Ana Ruiz")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Acme", "Acme", ActorKind::kOrganization)
      .T("Friday", "2025-08-15");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ana Ruiz", "Norland", "Acme"}));
}

TEST(NewsClauses6, OnlyCountriesAndOrganisationsAreWhatTheNounStandsFor) {
  // A person after "the leaders of" is not who the leaders are.
  Doc d("Ruiz met the leaders of Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  for (const auto& e : d.Interactions()) EXPECT_EQ(d.Names(e).count("Ben Okafor"), 0u);
  // Any other noun before "of" stands for nothing: talks with the people
  // of a country are no talks with its government.
  Doc t("Ruiz held talks with the citizens of Norland on Monday.");
  t.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Monday", "2025-08-18");
  for (const auto& e : t.Interactions()) EXPECT_EQ(t.Names(e).count("Norland"), 0u);
}

TEST(NewsClauses6, LeavingForTalksIsGoingToThem) {
  Doc d("Ruiz left on Tuesday for talks with Okafor in Lagos.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

TEST(NewsClauses6, AnObjectPronounIsThePersonJustNamed) {
  Doc d("Ruiz arrived in Lagos on Monday. President Okafor welcomed him at the palace.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lagos", "Nigeria", ActorKind::kCountry);
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // In the same sentence, after the one who acts.
  Doc s("Okafor praised Ruiz in a speech and later hosted him at the palace.");
  s.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsClauses6, HerBeforeANounIsItsDeterminer) {
  // "met her husband": nobody named is met.
  Doc d("Ruiz spoke on Monday. Later Okafor met her husband in Lagos.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
  // With nobody else named, "him" is nobody.
  Doc t("Okafor greeted him warmly.");
  t.M("Okafor", "Ben Okafor");
  EXPECT_TRUE(t.Interactions().empty());
}

}  // namespace
}  // namespace eg
