// Clauses of present-day wire copy, tenth round: "no date has been set for
// the summit" and "without a date for a new meeting" deny the date, not the
// event: it is under discussion (proposed). "There was no meeting" still
// denies the meeting.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsWire10, NoDateForAnEventMakesItProposed) {
  Doc d("An aide said that no date had been set for a summit between Ruiz and Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);

  Doc f("The Kremlin said there was no fixed date for a summit between Ruiz and Okafor.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].status, EventStatus::kProposed);

  Doc w("The talks ended without a date for a new meeting between Ruiz and Okafor.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(ew[0].status, EventStatus::kProposed);
}

TEST(NewsWire10, NoEventIsStillNegated) {
  Doc d("There was no meeting between Ruiz and Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
  // Nothing about a date: "no progress" at the talks does not make them proposed.
  Doc p("Ruiz and Okafor held talks on Monday without progress on trade.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].status, EventStatus::kOccurred);
}

TEST(NewsWire10, AGroupNounOpeningTheDocumentIsNoPair) {
  // "ministers" is the second token of the document: looking two words
  // back for "the two" once read before the document's first token.
  Doc d("The ministers met in Paris on Monday. Ruiz met Okafor on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

}  // namespace
}  // namespace eg
