// "The four leaders had travelled to Kyiv", "the three men chatting": a
// counted group is the persons, that many, the text has just put together.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCountedGroup, TheFourLeadersAreTheFourJustMet) {
  Doc d("On Friday Ana Ruiz met Tom Berg, Ben Okafor and Kim Lee in Varna. "
        "The four leaders later spoke by phone with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.M("Kim Lee", "Kim Lee").M("Max Roth", "Max Roth").T("Friday", "2025-08-15");
  const EventMention* call = nullptr;
  auto ev = d.Interactions();
  for (const auto& e : ev)
    if (e.type == "call") call = &e;
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(d.Names(*call), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor", "Kim Lee", "Max Roth"}));
}

// Modifiers between the number and the noun ("the four western European
// leaders"), and a list of that many persons a few sentences back, inside
// an event with others ("A, B, C and D spoke by phone with E").
TEST(NewsCountedGroup, ModifiedCountAndAListFurtherBack) {
  Doc d("From the venue, Ana Ruiz, Tom Berg, Ben Okafor and Kim Lee spoke by phone with Max "
        "Roth on Friday. Eva Lind joined that call. Earlier she met Ruiz. \"We need peace,\" "
        "Lind said. The four western European leaders last met Lind in Kyiv on Saturday.",
        "2025-05-16");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.M("Kim Lee", "Kim Lee").M("Max Roth", "Max Roth").M("Eva Lind", "Eva Lind");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Lind", "Eva Lind", ActorKind::kPerson, 1);
  d.M("Lind", "Eva Lind", ActorKind::kPerson, 2);
  d.T("Friday", "2025-05-16").T("Saturday", "2025-05-10");
  bool found = false;
  for (const auto& e : d.Interactions()) {
    if (e.date != "2025-05-10") continue;
    found = true;
    EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor", "Kim Lee", "Eva Lind"}));
  }
  EXPECT_TRUE(found);
}

TEST(NewsCountedGroup, ACountThatFitsNoOneIsNobody) {
  Doc d("On Friday Ana Ruiz met Tom Berg in Varna. The four leaders later spoke by phone "
        "with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Max Roth", "Max Roth");
  d.T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);  // the meeting only, no call of nobody
  EXPECT_EQ(ev[0].type, "meeting");
}

TEST(NewsCountedGroup, ThePersonsOfAMeetingWithACountry) {
  // "the three leaders" are the three persons who met Norland's officials,
  // not the country they met.
  Doc d("On Friday Ana Ruiz, Tom Berg and Ben Okafor met Norland officials in Varna. "
        "The weather was cold. The three leaders later spoke by phone with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.M("Norland officials", "Norland", ActorKind::kCountry).M("Max Roth", "Max Roth");
  d.T("Friday", "2025-08-15");
  const EventMention* call = nullptr;
  auto ev = d.Interactions();
  for (const auto& e : ev)
    if (e.type == "call") call = &e;
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(d.Names(*call), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor", "Max Roth"}));
}

}  // namespace
}  // namespace eg
