// What a cue of status governs: a negation closed by "until <time>", a
// presupposing verb before an event noun, and a participle clause after a
// comma, which opens a clause of its own.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStatusScope, NotUntilATimeTellsWhenItHappened) {
  Doc d("Ruiz did not speak with Okafor until June 10, weeks after the vote.", "2025-08-13");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("June 10", "2025-06-10");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].date, "2025-06-10");

  Doc f("Ruiz will not meet Okafor until Friday.", "2025-08-13");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto fv = f.Interactions();
  ASSERT_EQ(fv.size(), 1u);
  EXPECT_EQ(fv[0].status, EventStatus::kPlanned);
  EXPECT_EQ(fv[0].date, "2025-08-15");
}

// "until late in the evening", "until early on Friday": the time lexicon's
// early / late word and a preposition before the time still close the
// negation.
TEST(NewsStatusScope, NotUntilLateInATimeTellsWhenItHappened) {
  Doc d("On Tuesday Ruiz signed the decree. Ruiz did not speak with Okafor until late in the "
        "evening, aides said.",
        "2025-08-13");
  d.M("Ruiz", "Ana Ruiz").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-12")
      .T("the evening", "2025-08-12TEV");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  Doc e("Ruiz did not meet Okafor until early on Friday.", "2025-08-13");
  e.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-08");
  auto evs = e.Interactions();
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].status, EventStatus::kOccurred);
  EXPECT_EQ(evs[0].date, "2025-08-08");

  // "late" alone, with no time after it, says nothing of when.
  Doc n("Ruiz did not meet Okafor until late, aides said.", "2025-08-13");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto nv = n.Run();
  ASSERT_EQ(nv.size(), 1u);
  EXPECT_EQ(nv[0].status, EventStatus::kNegated);
}

TEST(NewsStatusScope, NegationWithoutUntilStillDenies) {
  for (const char* s : {"Ruiz did not meet Okafor on Friday.",
                        "Ruiz did not meet Okafor, until Friday a loyal ally."}) {
    Doc d(s, "2025-08-13");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-08");
    auto ev = d.Run();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].status, EventStatus::kNegated) << s;
  }
}

TEST(NewsStatusScope, FollowedPresupposesTheEvent) {
  for (const char* s : {"The decision to cancel followed a phone call on Monday between Ruiz and Okafor.",
                        "The refusal to sign followed a two-and-a-half-hour meeting on Monday between "
                        "Ruiz and Okafor."}) {
    Doc d(s, "2025-08-13");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-11");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].status, EventStatus::kOccurred) << s;
  }
}

TEST(NewsStatusScope, ParticipleAfterCommaHasItsOwnClause) {
  Doc d("Ruiz toured the region last month seeking support, meeting Okafor in Lagos on Jan. 4.",
        "2025-02-01");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last month", "2025-01").T("Jan. 4",
                                                                                   "2025-01-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].date, "2025-01-04");

  // A plan before the comma still holds for the participle.
  Doc p("Ruiz will tour the region next week, meeting Okafor in Lagos.", "2025-02-01");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("next week", "2025-W07");
  auto pv = p.Run();
  ASSERT_EQ(pv.size(), 1u);
  EXPECT_EQ(pv[0].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
