// "Kremlin foreign policy aide Yuri Ushakov": an organisation's or
// country's name before the words of an office and a person's name modifies
// the person, who alone takes part.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsBodyModifier, AnOfficeOfABodyBeforeAName) {
  Doc d("Ruiz met Vella Council foreign policy aide Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Vella Council", "Vella Council", ActorKind::kOrganization)
      .M("aide Ben Okafor", "Ben Okafor")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsBodyModifier, ABodyAndAPersonAreTwoItems) {
  Doc d("Ruiz met the Vella Council and Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Vella Council", "Vella Council", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Vella Council", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
