// What a denial reports is not asserted: "X denied reports that Ruiz had met
// Okafor" negates the meeting, though "that" opens a clause of its own; so
// do a shelved summit and talks put on hold. A meeting that is being
// arranged, said to be needed, or someone is instructed to hold, is proposed.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

EventStatus OnlyStatus(Doc& d) {
  auto ev = d.Interactions();
  EXPECT_EQ(ev.size(), 1u);
  return ev.empty() ? EventStatus::kOccurred : ev[0].status;
}

TEST(NewsDenials, ADeniedReportNegatesItsEvent) {
  Doc a("Lima denied a report in the Daily Post that Ruiz had met Okafor on Monday.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kNegated);

  Doc b("He dismissed reports that Ruiz had spoken to Okafor by phone over the weekend.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kNegated);

  Doc c("The ministry rejected claims that Ruiz and Okafor had held talks in Lisbon.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(c), EventStatus::kNegated);

  Doc e("Lima denied that Ruiz met Okafor in Lisbon.");
  e.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(e), EventStatus::kNegated);
}

TEST(NewsDenials, ConfirmedOrToldReportsKeepTheirStatus) {
  Doc a("Lima confirmed reports that Ruiz had met Okafor on Monday.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kOccurred);

  // A denial of something else, then a new sentence.
  Doc b("Lima denied the charges. Ruiz met Okafor on Monday.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kOccurred);

  // The denial ended with its clause: "and" opens another one.
  Doc c("Lima denied any wrongdoing, and said that Ruiz had met Okafor on Monday.");
  c.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(OnlyStatus(c), EventStatus::kOccurred);
}

TEST(NewsDenials, AMeetingBeingArrangedOrNeededIsProposed) {
  Doc a("Lima said he had begun arranging a meeting between Ruiz and Okafor.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kProposed);

  Doc b("Aides are working to arrange talks between Ruiz and Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kProposed);

  Doc c("The ministry has said a meeting between Ruiz and Okafor was needed but required "
        "preparation.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(c), EventStatus::kProposed);

  // Arranged in the past, with a day: it took place.
  Doc d("Lima arranged a meeting between Ruiz and Okafor on Monday.");
  d.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(OnlyStatus(d), EventStatus::kOccurred);
}

TEST(NewsDenials, ShelvedOrOnHoldIsNegated) {
  Doc a("A planned summit between Ruiz and Okafor in Lisbon was shelved in October.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("October", "2025-10");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kNegated);

  Doc b("The talks between Ruiz and Okafor were put on hold.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kNegated);
}

TEST(NewsDenials, InstructedToMeetIsProposed) {
  Doc a("Lima said on Tuesday that he had instructed Ruiz to meet Okafor in Lisbon.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday",
                                                                           "2025-08-19");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kProposed);

  Doc b("Plans for a meeting between Ruiz and Okafor were discussed.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kProposed);
}

TEST(NewsDenials, AgendaAndWorkingOnAMeeting) {
  Doc a("Lima added that a meeting between Ruiz and Okafor was \"not on the agenda.\"");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kNegated);

  Doc b("A meeting between Ruiz and Okafor is on the agenda, Lima said.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  EXPECT_EQ(OnlyStatus(b), EventStatus::kProposed);

  Doc c("Aides are working on a meeting between Ruiz and Okafor.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(c), EventStatus::kProposed);

  // "between the two diplomats": the status after the group still counts.
  Doc d("Ruiz and Okafor spoke on Monday. The planned meeting between the two diplomats was "
        "quietly shelved.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  bool shelved = false;
  for (const auto& e : d.Interactions()) {
    if (e.trigger != "meeting") continue;
    shelved = true;
    EXPECT_EQ(e.status, EventStatus::kNegated);
  }
  EXPECT_TRUE(shelved);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

// "X failed to show up for a summit with Y", "X did not turn up for the
// talks with Y": showing up for an occasion takes part in it, and its
// negation negates the occasion.
TEST(NewsShowUp, FailingToShowUpForASummitNegatesIt) {
  testing::Doc d("The process collapsed on Friday, when Ruiz failed to show up for a summit "
                 "with Okafor in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

TEST(NewsShowUp, ShowingUpForTalksTakesPartInThem) {
  testing::Doc d("Ruiz showed up for the talks with Okafor in Varna on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

// "they supported the idea of direct talks between A and B": backing an
// idea floats the talks, it does not report them.
TEST(NewsIdea, SupportingTheIdeaOfTalksProposesThem) {
  testing::Doc d("An aide said the two presidents \"supported the idea\" of direct talks "
                 "between Ruiz and Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

}  // namespace
}  // namespace eg
