// "The two leaders", "the heads of state": heads of state or government,
// not the ministers or aides whose talks the text reported last.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsLeaders, TheTwoLeadersAreNotTheMinistersJustReported) {
  Doc d("President Ana Ruiz received Prime Minister Tom Berg in Varna on Monday. "
        "Foreign Minister Ben Okafor held talks with Trade Minister Kim Lee on Tuesday. "
        "The two leaders last met in Oslo in March.");
  d.M("President Ana Ruiz", "Ana Ruiz").M("Prime Minister Tom Berg", "Tom Berg");
  d.M("Foreign Minister Ben Okafor", "Ben Okafor").M("Trade Minister Kim Lee", "Kim Lee");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19").T("March", "2025-03");
  auto ev = d.Interactions();
  const EventMention* march = nullptr;
  for (const auto& e : ev)
    if (e.date == "2025-03") march = &e;
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(d.Names(*march), (Names{"Ana Ruiz", "Tom Berg"}));
}

TEST(NewsLeaders, TheHeadsOfStateAreTheLeadersJustNamed) {
  Doc d("Chancellor Ana Ruiz met President Tom Berg on Monday. "
        "Defence Secretary Ben Okafor and envoy Kim Lee also met on Monday. "
        "The heads of state will meet again in Oslo in March.");
  d.M("Chancellor Ana Ruiz", "Ana Ruiz").M("President Tom Berg", "Tom Berg");
  d.M("Defence Secretary Ben Okafor", "Ben Okafor").M("envoy Kim Lee", "Kim Lee");
  d.T("Monday", "2025-08-18").T("Monday", "2025-08-18", 1).T("March", "2026-03");
  auto ev = d.Interactions();
  const EventMention* march = nullptr;
  for (const auto& e : ev)
    if (e.date == "2026-03") march = &e;
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(d.Names(*march), (Names{"Ana Ruiz", "Tom Berg"}));
}

TEST(NewsLeaders, UntitledPersonsMayStillBeTheLeaders) {
  Doc d("Ana Ruiz met Tom Berg in Varna on Monday. The two leaders last met in Oslo in March.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg");
  d.T("Monday", "2025-08-18").T("March", "2025-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].date, "2025-03");
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Tom Berg"}));
}

// "The two presidents" of persons the story never titles; a person the
// story titles only as a minister is none.
TEST(NewsLeaders, UntitledPersonsMayBeTheTwoPresidents) {
  Doc d("Ana Ruiz met Tom Berg in Varna on Monday. The two presidents last met in Oslo in "
        "March.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg");
  d.T("Monday", "2025-08-18").T("March", "2025-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].date, "2025-03");
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Tom Berg"}));

  Doc m("Foreign Minister Ana Ruiz met Tom Berg in Varna on Monday. The two presidents last "
        "met in Oslo in March.");
  m.M("Foreign Minister Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg");
  m.T("Monday", "2025-08-18").T("March", "2025-03");
  for (const auto& e : m.Interactions()) EXPECT_NE(e.date, "2025-03");
}

TEST(NewsLeaders, TheTwoMinistersAreThePersonsOfTheListNotThePlaceBeforeIt) {
  // The list of the sentence before runs back into the hall named in its
  // opening phrase; "the two ministers" are the two persons of it.
  Doc d("At a ceremony in the Grand Hall, Foreign Minister Ana Ruiz and Foreign Minister "
        "Ben Okafor signed the accord. Later that afternoon, the two ministers were "
        "received by President Tom Berg.");
  d.M("Grand Hall", "Grand Hall", ActorKind::kOrganization);
  d.M("Foreign Minister Ana Ruiz", "Ana Ruiz").M("Foreign Minister Ben Okafor", "Ben Okafor");
  d.M("President Tom Berg", "Tom Berg");
  auto ev = d.Interactions();
  const EventMention* received = nullptr;
  for (const auto& e : ev)
    if (d.Names(e).count("Tom Berg")) received = &e;
  ASSERT_NE(received, nullptr);
  EXPECT_EQ(d.Names(*received), (Names{"Ana Ruiz", "Ben Okafor", "Tom Berg"}));
}

TEST(NewsLeaders, ASubjectPronounIsNotTheVerbsOwnObject) {
  // The first person of the sentence is the one hosted; "he" is the other.
  Doc d("Did Ruiz agree to a truce, as Tom Berg suggested when he hosted Ruiz in Varna "
        "last week?");
  d.M("Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.T("last week", "2025-W33");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg"}));
}

}  // namespace
}  // namespace eg
