// "Norland and Vesta officials met on Friday. ... Norland's delegation was
// led by Ben Okafor": the head the next sentences name for a country's
// delegation takes part for it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDelegationLedLater, HeadsNamedAfterTheMeetingReplaceTheirCountries) {
  Doc d("Norland and Vesta held talks in Geneva on Friday. The talks lasted three hours. "
        "Norland's delegation was led by Ben Okafor. Vesta's team was headed by Ana Ruiz.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Vesta", "Vesta", ActorKind::kCountry)
      .M("Norland", "Norland", ActorKind::kCountry, 1)
      .M("Vesta", "Vesta", ActorKind::kCountry, 1)
      .M("Ben Okafor", "Ben Okafor")
      .M("Ana Ruiz", "Ana Ruiz")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDelegationLedLater, NoDelegationNounNoChange) {
  // "led by" of something else than a delegation keeps the countries.
  Doc d("Norland and Vesta held talks in Geneva on Friday. "
        "Norland's army was led by Ben Okafor.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Vesta", "Vesta", ActorKind::kCountry)
      .M("Norland", "Norland", ActorKind::kCountry, 1)
      .M("Ben Okafor", "Ben Okafor")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Norland", "Vesta"}));
}

}  // namespace
}  // namespace eg
