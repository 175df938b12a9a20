// A sentence that opens with a phrase of place ("At the Kremlin, X met Y",
// "In Lisbon, X met Y"): the seat or city named there is where the event
// was, not a party of it; and a paragraph that opens so goes on with the
// scene the previous paragraph dated ("X was on a plane to Lisbon on
// Wednesday. || At the palace of Belem, X was received by Y").
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPlaceOpener, TheSeatInAFrontedPhraseOfPlaceIsNoParty) {
  Doc d("At the Kremlin, Tom Berg met Ana Ruiz on Monday.");
  d.M("Kremlin", "Kremlin", ActorKind::kOrganization).M("Tom Berg", "Tom Berg");
  d.M("Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz"}));
}

TEST(NewsPlaceOpener, AParagraphOpeningWithThePlaceKeepsTheScenesDate) {
  Doc d("The new leader was on a plane to Lisbon on Wednesday morning.\n\n"
        "At the Belem Palace, Tom Berg was received by Ana Ruiz with honours.");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz");
  d.T("Wednesday morning", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-20");
  // Without the phrase of place the new paragraph may tell another day.
  Doc e("The new leader was on a plane to Lisbon on Wednesday morning.\n\n"
        "Tom Berg was received by Ana Ruiz with honours.");
  e.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz");
  e.T("Wednesday morning", "2025-08-20");
  auto ev2 = e.Interactions();
  ASSERT_EQ(ev2.size(), 1u);
  EXPECT_EQ(ev2[0].date, "");
}

}  // namespace
}  // namespace eg
