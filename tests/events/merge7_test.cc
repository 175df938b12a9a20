// MergeEvents(), seventh round: an undated report in the pluperfect ("he and
// Y had been talking") is the very same pair's event dated before the
// publication date, never one of the publication day; an undated report that
// something happened is no mention of an event planned for after that date.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::MergeDoc;

TEST(Merge7, APluperfectReportIsThePairsEarlierDatedEvent) {
  MergeDoc d("2025-08-26");
  d.Add("2025-08-07", {0, 1}, 0);
  d.Add("2025-08-26", {0, 1}, 100);
  d.Add("", {1, 0}, 200, "", /*anterior=*/true);
  auto ev = MergeEvents(d.docs, d.table);
  ASSERT_EQ(ev.size(), 2u);
  for (const Event& e : ev) EXPECT_EQ(e.mentions.size(), e.date == "2025-08-07" ? 2u : 1u);
}

TEST(Merge7, NotThePublicationDaysNorAnotherSetNorWithoutADct) {
  // Only an event of the publication day: the pluperfect tells another one.
  MergeDoc d("2025-08-26");
  d.Add("2025-08-26", {0, 1}, 0);
  d.Add("", {0, 1}, 100, "", /*anterior=*/true);
  EXPECT_EQ(MergeEvents(d.docs, d.table).size(), 2u);
  // A third person: another occasion may be meant.
  MergeDoc t("2025-08-26");
  t.Add("2025-08-07", {0, 1}, 0);
  t.Add("", {0, 1, 2}, 100, "", /*anterior=*/true);
  EXPECT_EQ(MergeEvents(t.docs, t.table).size(), 2u);
  // No publication date: nothing tells the event is earlier.
  MergeDoc n("");
  n.Add("2025-08-07", {0, 1}, 0);
  n.Add("", {0, 1}, 100, "", /*anterior=*/true);
  EXPECT_EQ(MergeEvents(n.docs, n.table).size(), 2u);
}

TEST(Merge7, AnUndatedReportThatItHappenedIsNoMentionOfAPlanToCome) {
  // "X and Y crossed paths. ... They had agreed to meet next week.": the
  // encounter told is not the meeting planned for after the publication date.
  MergeDoc d("2025-09-24");
  d.Add("", {0, 1}, 0);
  d.Add("2025-W40", {0, 1}, 100);
  d.docs[0].mentions.back().status = EventStatus::kPlanned;
  auto ev = MergeEvents(d.docs, d.table);
  ASSERT_EQ(ev.size(), 2u);
  for (const Event& e : ev)
    EXPECT_EQ(e.status, e.date.empty() ? EventStatus::kOccurred : EventStatus::kPlanned);
  // A plan for a day already past when written may be the event told.
  MergeDoc p("2025-09-24");
  p.Add("", {0, 1}, 0);
  p.Add("2025-09-22", {0, 1}, 100);
  p.docs[0].mentions.back().status = EventStatus::kPlanned;
  EXPECT_EQ(MergeEvents(p.docs, p.table).size(), 1u);
}

}  // namespace
}  // namespace eg
