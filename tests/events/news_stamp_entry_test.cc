// A live blog's time stamps: when the entry was written. A stamp opening
// the entry's line yields to a time the sentence names ("16:10 — X will
// hold talks with Y on Wednesday", "15:02 X spoke with Y on the phone on
// Saturday"); a stamp over the entry dates what it
// tells through a title line between them ("10:42 GMT\nLeaders in
// Rome\nX met Y."), with a label before it ("Updated 14:05"), and from
// a line that holds both stamp and title ("10:42 GMT - Leaders in Rome").
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStampEntry, TheSentencesOwnTimeBeatsTheStamp) {
  Doc d("16:10 \xE2\x80\x94 Looking ahead: Ana Ruiz will hold talks with Ben Okafor, the "
        "foreign minister of the island, on Wednesday, a spokesperson said.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("16:10", "2025-08-20T16:10", 0, TimexType::kTime).T("Wednesday", "2025-08-27");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-27");
  // Alone in its sentence, the stamp dates it.
  Doc s("16:10 \xE2\x80\x94 Ana Ruiz has just met Ben Okafor in the hall.");
  s.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  s.T("16:10", "2025-08-20T16:10", 0, TimexType::kTime);
  auto sv = s.Interactions();
  ASSERT_EQ(sv.size(), 1u);
  EXPECT_EQ(sv[0].date, "2025-08-20");
}

TEST(NewsStampEntry, AStampRunningIntoTheEntryYieldsToo) {
  // No separator: the entry's first word follows the clock.
  Doc d("Live\n\n15:02 Ana Ruiz spoke with Ben Okafor on the phone on Saturday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("15:02", "2025-08-20T15:02", 0, TimexType::kTime).T("Saturday", "2025-08-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-16");
}

// The date of the one interaction told by "met" ("none" when there is none).
std::string DateOfMet(Doc& d) {
  for (const auto& e : d.Interactions())
    if (e.trigger == "met") return e.date;
  return "none";
}

TEST(NewsStampEntry, ThroughATitleLine) {
  Doc d("Carl Diaz spoke with Ben Okafor on Monday.\n\n10:42 GMT\nTalks in the palace\n"
        "Ana Ruiz met Ben Okafor at the palace.");
  d.M("Carl Diaz", "Carl Diaz").M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  d.M("Ben Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("Monday", "2025-08-18").T("10:42", "2025-08-20T10:42", 0, TimexType::kTime);
  EXPECT_EQ(DateOfMet(d), "2025-08-20");
}

TEST(NewsStampEntry, LabelledStamp) {
  Doc d("Carl Diaz spoke with Ben Okafor on Monday.\n\nUpdated 14:05\n"
        "Ana Ruiz met Ben Okafor at the palace.");
  d.M("Carl Diaz", "Carl Diaz").M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  d.M("Ben Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("Monday", "2025-08-18").T("14:05", "2025-08-20T14:05", 0, TimexType::kTime);
  EXPECT_EQ(DateOfMet(d), "2025-08-20");
}

TEST(NewsStampEntry, StampAndTitleOnTheLineAbove) {
  // "10:42 GMT - Leaders meet in Rome" heads the entry: stamp and title
  // share a line, the title after a dash.
  Doc d("Carl Diaz spoke with Ben Okafor on Monday.\n\n10:42 GMT - Leaders meet in the "
        "palace\n\nAna Ruiz met Ben Okafor at the palace.");
  d.M("Carl Diaz", "Carl Diaz").M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  d.M("Ben Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("Monday", "2025-08-18").T("10:42 GMT", "2025-08-20T10:42", 0, TimexType::kTime);
  EXPECT_EQ(DateOfMet(d), "2025-08-20");
  // A full sentence after the dash is an entry of its own, not a title.
  Doc s("Carl Diaz spoke with Ben Okafor on Monday.\n\n10:42 GMT - Leaders met in the "
        "palace, the office said.\n\nAna Ruiz met Ben Okafor at the palace.");
  s.M("Carl Diaz", "Carl Diaz").M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  s.M("Ben Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  s.T("Monday", "2025-08-18").T("10:42 GMT", "2025-08-20T10:42", 0, TimexType::kTime);
  EXPECT_NE(DateOfMet(s), "2025-08-20");
}

}  // namespace
}  // namespace eg
