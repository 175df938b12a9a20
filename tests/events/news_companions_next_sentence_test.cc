// "Ana Ruiz met Ben Okafor on Friday. The two women were later joined by
// ...": those the sentences right after an interaction place there, without
// a trigger of their own, take part in it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCompanionsNextSentence, JoinedByInTheNextSentence) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. The two leaders were later joined in the "
        "library by Carla Mendes and Dan Ito for a working dinner.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, EachPartyAccompaniedByHisOwn) {
  Doc d("Ana Ruiz and Ben Okafor held talks in Lisbon on Friday. Ruiz was accompanied by "
        "Carla Mendes; Okafor by Dan Ito.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Okafor", "Ben Okafor", ActorKind::kPerson, 1)
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, AlsoPresent) {
  // (Written the day after: the date "They discussed" takes from the story
  // is the day told just before, not an older occasion's.)
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. They discussed trade. Carla Mendes and "
        "Dan Ito were also present.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev)
    EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, AlsoPresentWere) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Also present were Carla Mendes and "
        "Dan Ito.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, SomeoneElseJoinedKeepsTheEvent) {
  // The subject of "was joined by" is no party of the meeting: another scene.
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes was joined by Dan Ito "
        "at a rally.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsCompanionsNextSentence, EachSideNamed) {
  Doc d("Ana Ruiz and Ben Okafor held talks in Lisbon on Friday. On the Norland side "
        "were Carla Mendes and Dan Ito. The Vesta side included Eva Park.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .M("Eva Park", "Eva Park")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]),
            (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito", "Eva Park"}));
}

TEST(NewsCompanionsNextSentence, ThoseThereAlreadyJoinNoPlannedMeeting) {
  // "were joined" tells of an occasion past: not the visit still to come.
  Doc d("Ana Ruiz said on Friday she would host Ben Okafor on Monday. They were joined by "
        "Carla Mendes.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16")
      .T("Monday", "2025-05-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsCompanionsNextSentence, AccompaniedByOneAndByAnother) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Ruiz was accompanied by Carla Mendes "
        "and by her adviser Dan Ito.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, UndatedInteractionTakesNone) {
  // Nothing dates the scene: no sure occasion to add the companions to.
  Doc d("Ana Ruiz met Ben Okafor in Lisbon. Carla Mendes and Dan Ito were also present.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsCompanionsNextSentence, InTheRoomAndJoinedByPhone) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes was in the room, and "
        "Vesta's President Dan Ito joined by video link.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Vesta", "Vesta", ActorKind::kCountry)
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, InTheRoomWithSomeoneElse) {
  // "in the room with Y": at Y's occasion, not the meeting just told.
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes was in the room with "
        "Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsCompanionsNextSentence, TheCallIncluded) {
  Doc d("Ana Ruiz spoke by phone with Ben Okafor on Friday. An aide said the call, which "
        "lasted an hour, included Carla Mendes and Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev)
    EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, TheLeadersOnTheLineIncluded) {
  Doc d("Ana Ruiz spoke by phone with Ben Okafor and several other leaders on Friday. The "
        "leaders on the line included Carla Mendes and Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, SomethingElseIncluded) {
  // Whose list it is must be an occasion or its participants.
  Doc d("Ana Ruiz spoke by phone with Ben Okafor on Friday. Her shortlist included Carla "
        "Mendes and Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsCompanionsNextSentence, TheTwoLeadersJoinedBySetOff) {
  Doc d("Ana Ruiz co-chaired the meeting with Ben Okafor on Friday, and the two leaders, "
        "joined by Carla Mendes and Dan Ito, signed a declaration.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, WhoClauseThenJoinedByVideo) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes, who chairs the group, "
        "joined by video from Rome.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes"}));
}

TEST(NewsCompanionsNextSentence, EachDelegationIncludedInTheSameSentence) {
  Doc d("Ana Ruiz and Ben Okafor met in Lisbon on Friday, where the Norland delegation also "
        "included Carla Mendes and the Vesta one included Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsCompanionsNextSentence, JoinedByVideoAsDidOthers) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes joined by video from Rome, "
        "as did Dan Ito from Oslo and Eva Park from Riga.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .M("Eva Park", "Eva Park")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]),
            (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito", "Eva Park"}));
}

TEST(NewsCompanionsNextSentence, JoinedByVideoSoDidOthers) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Carla Mendes joined by video; so did "
        "Dan Ito.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

}  // namespace
}  // namespace eg
