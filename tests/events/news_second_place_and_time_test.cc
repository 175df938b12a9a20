// "X met Y in A in October and in B on the sidelines of the C summit in
// September", "... in A in July, and again in B in September": a second
// place and time after the first, the verb left out, tell a second
// encounter, as "again in September" does.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

std::set<std::string> Dates(Doc& d) {
  std::set<std::string> out;
  for (const auto& e : d.Interactions()) out.insert(e.date);
  return out;
}

TEST(NewsSecondPlaceAndTime, AGappedSecondPlaceAndTimeIsASecondEncounter) {
  Doc d("Ruiz met Okafor in Lagos in October and in Accra on the sidelines of the regional summit "
        "in September.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("October", "2025-10").T("September", "2025-09");
  EXPECT_EQ(Dates(d), (std::set<std::string>{"2025-10", "2025-09"}));
}

TEST(NewsSecondPlaceAndTime, AgainWithAPlaceBeforeTheTime) {
  Doc d("Ruiz met Okafor in Lagos in July, and again in New York in September.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("July", "2025-07").T("September", "2025-09");
  EXPECT_EQ(Dates(d), (std::set<std::string>{"2025-07", "2025-09"}));
  // One place and time: one encounter.
  Doc o("Ruiz met Okafor in Lagos and Accra in July.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("July", "2025-07");
  EXPECT_EQ(Dates(o), (std::set<std::string>{"2025-07"}));
}

}  // namespace
}  // namespace eg
