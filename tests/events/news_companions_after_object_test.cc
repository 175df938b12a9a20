// "X met Y at the palace, accompanied by Z" (or "alongside Z"): one meeting
// of the three, not one of X with Y and another of X with Z.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCompanionsAfterObject, OneMeetingOfAll) {
  Doc d("Ana Ruiz met Tom Berg at the palace on Monday, accompanied by Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.Country("Ana Ruiz", "AA").Country("Tom Berg", "BB").Country("Ben Okafor", "AA");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor"}));
}

// ", alongside Z and W": Z and W are there too; "alongside talks on trade"
// names no one.
TEST(NewsCompanionsAfterObject, AlongsidePersons) {
  Doc d("Ana Ruiz is due to have dinner with Tom Berg on Friday, alongside Ben Okafor and "
        "Lea Moss, an official said. Ana Ruiz met Tom Berg on Monday, alongside talks on trade.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.M("Lea Moss", "Lea Moss").M("Ana Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Tom Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.T("Friday", "2025-08-22").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    if (e.date == "2025-08-22")
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor", "Lea Moss"}));
    else
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Tom Berg"}));
  }
}

}  // namespace
}  // namespace eg
