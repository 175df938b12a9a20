// "Norland's Okafor met Ruiz", "the president's special envoy Ben Okafor
// sat down with Ruiz": a possessive before a person's name says whose man
// he is; the person is the subject, the owner no party.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOwnedSubject, APersonOwnedByACountryIsTheSubject) {
  Doc d("Norland's Okafor met Ruiz on Monday.");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsOwnedSubject, AnUnnamedOwnerBeforeATitledName) {
  Doc d("The president's special envoy Ben Okafor sat down with Ruiz on Monday.");
  d.M("special envoy Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsOwnedSubject, AnOwnedOrganisationIsNoSubject) {
  Doc d("Norland's Kestrel Group met Ruiz on Monday.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Kestrel Group", "Kestrel Group", ActorKind::kOrganization)
      .M("Ruiz", "Ana Ruiz")
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
