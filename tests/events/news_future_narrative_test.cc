// "The forum opens in Porto on Friday. Ruiz has said she will meet Okafor
// on the sidelines.": a plan told without a time of its own, right after a
// sentence of the same paragraph that set a time after the publication day,
// is planned for that time (FutureNarrativeDate); a past time or the day of
// writing, a time not told in the future, another paragraph or a sentence
// between leave it undated
// (proposed).
// "is expected to call on Y": an announced courtesy call is a meeting; a time
// before ", and she is also expected to call on Y" is the first conjunct's.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

// Publication day of every document: Wednesday 2025-08-20.

TEST(NewsFutureNarrative, PlanAfterAFutureTimeIsPlannedThen) {
  Doc d("The trade forum will open in Porto on Friday. Ana Ruiz has said she will also meet "
        "Ben Okafor on the sidelines.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].date, "2025-08-22");
  // A leg of a trip after the leg the text dated.
  Doc t("In Lisbon she will hold talks with Ben Okafor on 28th August. In Madrid, she will "
        "meet Carl Diaz.");
  t.M("she", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Diaz", "Carl Diaz");
  t.T("28th August", "2025-08-28");
  bool madrid = false;
  for (const auto& e : t.Interactions())
    if (t.Names(e).count("Carl Diaz")) {
      madrid = true;
      EXPECT_EQ(e.status, EventStatus::kPlanned);
      EXPECT_EQ(e.date, "2025-08-28");
    }
  EXPECT_TRUE(madrid);
}

TEST(NewsFutureNarrative, NoFutureTimeJustSetLeavesItProposed) {
  // The time before is past: the narrative of what happened.
  Doc p("The trade forum opened in Porto on Monday. Ana Ruiz has said she will meet Ben "
        "Okafor.");
  p.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto pe = p.Interactions();
  ASSERT_EQ(pe.size(), 1u);
  EXPECT_EQ(pe[0].status, EventStatus::kProposed);
  EXPECT_EQ(pe[0].date, "");
  // A time told in a historical present (a chronology) sets no plan.
  Doc h("September 1 - The levy is doubled a week later. Ana Ruiz says she will meet Ben "
        "Okafor.");
  h.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("a week later", "2025-09-08");
  auto he = h.Interactions();
  ASSERT_EQ(he.size(), 1u);
  EXPECT_EQ(he[0].status, EventStatus::kProposed);
  // The day of writing: a live report tells it as it unfolds.
  Doc l("The council will meet in Geneva later on Wednesday. Ruiz said she would meet Okafor "
        "there.");
  l.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("later on Wednesday", "2025-08-20");
  auto le = l.Interactions();
  ASSERT_EQ(le.size(), 1u);
  EXPECT_EQ(le[0].status, EventStatus::kProposed);
  // Another paragraph.
  Doc g("The trade forum will open in Porto on Friday.\n\nAna Ruiz has said she will meet "
        "Ben Okafor.");
  g.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ge = g.Interactions();
  ASSERT_EQ(ge.size(), 1u);
  EXPECT_EQ(ge[0].status, EventStatus::kProposed);
  // Not the sentence right before.
  Doc f("The trade forum will open in Porto on Friday. Delegates are arriving. Ana Ruiz has "
        "said she will meet Ben Okafor.");
  f.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto fe = f.Interactions();
  ASSERT_EQ(fe.size(), 1u);
  EXPECT_EQ(fe[0].status, EventStatus::kProposed);
}

TEST(NewsFutureNarrative, LaterOnTheDayOfWritingWithWillIsPlannedThen) {
  // The text says the time is still ahead ("later on Wednesday", the day of
  // writing) and the plan is told in the future ("will"): planned that day.
  Doc d("The tribunal will sit in Geneva later on Wednesday. Ana Ruiz has said she will also "
        "meet Ben Okafor on the sidelines.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].date, "2025-08-20");
  // The same when the time stage's extent takes "later" in.
  Doc l("The tribunal will sit in Geneva later on Wednesday. Ana Ruiz has said she will also "
        "meet Ben Okafor on the sidelines.");
  l.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("later on Wednesday", "2025-08-20");
  auto le = l.Interactions();
  ASSERT_EQ(le.size(), 1u);
  EXPECT_EQ(le[0].status, EventStatus::kPlanned);
  EXPECT_EQ(le[0].date, "2025-08-20");
  // Without "later" the day of writing may be told as it unfolds.
  Doc n("The tribunal will sit in Geneva on Wednesday. Ana Ruiz has said she will also "
        "meet Ben Okafor on the sidelines.");
  n.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Wednesday", "2025-08-20");
  auto ne = n.Interactions();
  ASSERT_EQ(ne.size(), 1u);
  EXPECT_EQ(ne[0].status, EventStatus::kProposed);
}

TEST(NewsFutureNarrative, ExpectedToCallOnAPersonIsAMeeting) {
  Doc d("In Oslo, Ana Ruiz is also expected to call on King Olav at the royal palace on "
        "Friday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("King Olav", "Olav").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Olav"}));
  // The time before ", and she is also expected to" is the first conjunct's.
  Doc c("In Lisbon she will hold talks with Foreign Minister Ben Okafor on 28th August, and "
        "she is also expected to call on Prime Minister Carl Diaz.");
  c.M("she", "Ana Ruiz").M("Foreign Minister Ben Okafor", "Ben Okafor");
  c.M("Prime Minister Carl Diaz", "Carl Diaz").T("28th August", "2025-08-28");
  bool talks = false;
  for (const auto& e : c.Interactions())
    if (c.Names(e).count("Ben Okafor")) {
      talks = true;
      EXPECT_EQ(e.date, "2025-08-28");
      EXPECT_EQ(e.status, EventStatus::kPlanned);
    }
  EXPECT_TRUE(talks);
  // Without a place too.
  Doc n("Ana Ruiz will also call on Prime Minister Ben Okafor on Friday.");
  n.M("Ana Ruiz", "Ana Ruiz").M("Prime Minister Ben Okafor", "Ben Okafor");
  n.T("Friday", "2025-08-22");
  auto ne = n.Interactions();
  ASSERT_EQ(ne.size(), 1u);
  EXPECT_EQ(n.Names(ne[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // An appeal is none.
  Doc a("Ana Ruiz will call on Ben Okafor to resign on Friday.");
  a.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  EXPECT_TRUE(a.Interactions().empty());
}

}  // namespace
}  // namespace eg
