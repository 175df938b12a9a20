// Groups named with a modifier ("senior officials", "defence contractors")
// still give their members after "including"; "the two companies" are
// firms (a party pair like "both sides"), not the story's pair of persons.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsGroups, ModifiedGroupGivesItsMembers) {
  Doc d("Ana Ruiz met defence contractors including Acme Works and Boreal Systems on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Acme Works", "Acme Works", ActorKind::kOrganization)
      .M("Boreal Systems", "Boreal Systems", ActorKind::kOrganization)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 3u);

  Doc o("Ana Ruiz met senior officials, including Ben Okafor and Carl Imre, on Monday.");
  o.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Imre", "Carl Imre");
  o.T("Monday", "2025-08-18");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].participants.size(), 3u);
}

TEST(NewsGroups, TwoCompaniesAreNoPairOfPersons) {
  // "the two companies" are not the pair of persons the story tells of.
  const std::string filler =
      " Markets rose. Prices fell. Rain came. Fans cheered. Roads closed. Trains ran late.";
  Doc d("Ana Ruiz met Ben Okafor in Faro. Ruiz and Okafor shook hands again." + filler +
        " The two companies held talks in June.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("June", "2025-06");
  EXPECT_EQ(d.Interactions().size(), 2u);
}

}  // namespace
}  // namespace eg
