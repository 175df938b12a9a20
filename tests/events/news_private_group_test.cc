// "X met U.S. business leaders": a country named only as where a group of
// private people comes from (cues.tsv private_group) is no party; its
// officials are.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPrivateGroup, TheCountryOfPrivatePeopleIsNoParty) {
  for (const char* s : {"Ruiz met Norlandic business leaders on Friday.",
                        "Ruiz met Norlandic tech executives on Friday."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Norlandic", "Norland", ActorKind::kCountry).T("Friday", "2025-08-15");
    EXPECT_TRUE(d.Interactions().empty()) << s;
  }
}

TEST(NewsPrivateGroup, ItsOfficialsMakeItAParty) {
  Doc d("Ruiz met Norlandic officials on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Norlandic", "Norland", ActorKind::kCountry).T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland"}));
}

}  // namespace
}  // namespace eg
