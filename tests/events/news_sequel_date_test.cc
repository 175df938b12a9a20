// "X met A on Monday and held talks with B", "The two later spoke by phone
// with C", "then", "afterwards", "After the session, ...": what is told as
// coming next after a dated interaction, with a party of it, is of its day.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSequelDate, LaterCallAfterADatedMeeting) {
  Doc d("Prices rose again, officials said. "
        "On Tuesday Ana Ruiz met Tom Berg in Varna. Ruiz and Berg later spoke by "
        "phone with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Max Roth", "Max Roth");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  const EventMention* next = nullptr;
  for (const auto& e : ev)
    if (d.Names(e).count("Max Roth")) next = &e;
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->date, "2025-08-19");
}

TEST(NewsSequelDate, ThenAfterADatedMeeting) {
  Doc d("Prices rose again, officials said. "
        "On Tuesday Ana Ruiz met Tom Berg in Varna. Ruiz and Berg then held a call "
        "with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Max Roth", "Max Roth");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  const EventMention* next = nullptr;
  for (const auto& e : ev)
    if (d.Names(e).count("Max Roth")) next = &e;
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->date, "2025-08-19");
}

TEST(NewsSequelDate, CoordinatedVerbSharesTheDay) {
  Doc d("Prices rose again, officials said. "
        "On Tuesday, Ana Ruiz met Tom Berg in Varna and held talks with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Max Roth", "Max Roth");
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  const EventMention* next = nullptr;
  for (const auto& e : ev)
    if (d.Names(e).count("Max Roth")) next = &e;
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->date, "2025-08-19");
}

TEST(NewsSequelDate, ThenAsAdjectiveIsNoSequel) {
  Doc d("Prices rose again, officials said. "
        "On Tuesday Ana Ruiz met Tom Berg in Varna. Ruiz and Berg, then both "
        "ministers, held a call with Max Roth.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Max Roth", "Max Roth");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  const EventMention* next = nullptr;
  for (const auto& e : ev)
    if (d.Names(e).count("Max Roth")) next = &e;
  ASSERT_NE(next, nullptr);
  EXPECT_NE(next->date, "2025-08-19");
}

}  // namespace
}  // namespace eg
