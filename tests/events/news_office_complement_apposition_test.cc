// "will meet the managing director of the Fund, X": an office in
// apposition may carry its complement ("of the Fund", "of Norland")
// before the name; a country named there owns the office and is no party.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeComplementApposition, TheNameAfterTheOfficeOfABody) {
  Doc d("Ruiz will meet the managing director of the Fund, Dora Lim, on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Dora Lim", "Dora Lim").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Dora Lim"}));
}

TEST(NewsOfficeComplementApposition, TheCountryOwnsTheOffice) {
  Doc d("Ruiz met the defence chief of Norland, Ben Okafor, on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
