// The lead dates the day's doings of what it names: "Ruritania and Freedonia
// agreed on Saturday to a truce" dates an undated "talks between Ruritania
// and Freedonia" later in the story. One lead country alone dates nothing.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsLeadCountries, TwoLeadCountriesDateALaterUndatedEvent) {
  Doc d("Ruritania and Freedonia agreed on Saturday to stop all firing. The guns fell silent. "
        "Ana Ruiz said talks between Ruritania and Freedonia ended the fighting.",
        "2025-08-24");
  d.M("Ruritania", "Ruritania", ActorKind::kCountry)
      .M("Freedonia", "Freedonia", ActorKind::kCountry)
      .M("Ruritania", "Ruritania", ActorKind::kCountry, 1)
      .M("Freedonia", "Freedonia", ActorKind::kCountry, 1)
      .M("Ana Ruiz", "Ana Ruiz")
      .T("Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-23");
}

TEST(NewsLeadCountries, OneLeadCountryDatesNothing) {
  Doc d("Ruritania agreed on Saturday to stop all firing. The guns fell silent. "
        "Ana Ruiz said talks between Ruritania and Freedonia ended the fighting.",
        "2025-08-24");
  d.M("Ruritania", "Ruritania", ActorKind::kCountry)
      .M("Ruritania", "Ruritania", ActorKind::kCountry, 1)
      .M("Freedonia", "Freedonia", ActorKind::kCountry)
      .M("Ana Ruiz", "Ana Ruiz")
      .T("Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
}

}  // namespace
}  // namespace eg
