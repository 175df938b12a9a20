// When interactions happened, as news tells it: a fronted time dates the
// event noun a hosting verb governs; an interaction told in the past right
// after a dated sentence of its paragraph happened then.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWhen, AFrontedTimeDatesTheEventAHostingVerbGoverns) {
  // "hosted" has no party received: it names no interaction of its own.
  Doc d("On Tuesday, Mayor Ruiz hosted a video conference with Okafor from her office.");
  d.M("Mayor Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // A hosting verb with a guest still takes the time itself.
  Doc g("On Tuesday, Ruiz hosted Okafor for talks in Lagos.");
  g.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto eg = g.Interactions();
  ASSERT_GE(eg.size(), 1u);
  for (const auto& e : eg) EXPECT_EQ(e.date, "2025-08-19");
}

TEST(NewsWhen, APastInteractionRightAfterADatedSentenceHappenedThen) {
  const char* text =
      "The council has struggled for months. On August 5, Ruiz chaired a council session in "
      "Lagos. Okafor flew in to join Ruiz in person.";
  Doc d(text, "2025-08-21");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.T("August 5", "2025-08-05");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-05");
}

TEST(NewsWhen, TheDatedSentenceMustBeTheLastOfTheParagraphAndNotAhead) {
  // A new paragraph starts another scene.
  Doc p("The council has struggled for months. On August 5, Ruiz chaired a council session in "
        "Lagos.\n\nOkafor flew in to join Ruiz in person.",
        "2025-08-21");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  p.T("August 5", "2025-08-05");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
  // A date after the publication day says nothing of what already happened.
  Doc f("The council has struggled for months. Ruiz will chair a council session in Lagos on "
        "August 25. Okafor flew in to join Ruiz in person.",
        "2025-08-21");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  f.T("August 25", "2025-08-25");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].date, "");
}

TEST(NewsWhen, ATimeBeforeTheVerbOfSayingDatesTheSayingNotTheReportedCall) {
  Doc d("Diaz, briefing reporters in the evening, said Ruiz had also spoken with Norland's "
        "acting President Ben Okafor by telephone on Saturday.",
        "2025-08-25");
  d.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("the evening", "2025-08-25TEV", 0, TimexType::kTime).T("Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-23");
  // Alone, the time of the saying still dates the reported call.
  Doc a("Ruiz said on Saturday evening that she had spoken with Okafor by telephone.",
        "2025-08-25");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Saturday evening", "2025-08-23");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-08-23");
}

TEST(NewsWhen, AnArrivalRelativeSetsTheSceneOfWhatWasDoneThere) {
  Doc d("Ruiz, who arrived in Lagos on Sunday morning, was greeted on the tarmac by Okafor.",
        "2025-08-27");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday morning", "2025-08-24");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-24");
  // The main clause's own time stays its.
  Doc o("Ruiz, who landed in Lagos late on Sunday, met Okafor on Monday morning.", "2025-08-27");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday", "2025-08-24");
  o.T("Monday morning", "2025-08-25");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "2025-08-25");
  // What is yet to come is not dated by the arrival.
  Doc p("Ruiz, who arrived in Lagos on Sunday, is expected to meet Okafor.", "2025-08-25");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday", "2025-08-24");
  for (const auto& e : p.Interactions()) EXPECT_NE(e.date, "2025-08-24");
}

TEST(NewsWhen, APluralMeetingNounWithCoordinatedDatesIsOneEventPerDate) {
  Doc d("Ruiz sat in on meetings with Okafor in 2013 and 2014, aides recall.", "2025-08-27");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2013", "2013").T("2014", "2014");
  std::set<std::string> dates;
  for (const auto& e : d.Interactions()) dates.insert(e.date);
  EXPECT_EQ(dates, (std::set<std::string>{"2013", "2014"}));
  // Talks may run on from one date to the next: one event.
  Doc t("Ruiz held talks with Okafor in May and June, aides said.", "2025-08-27");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May", "2025-05").T("June", "2025-06");
  EXPECT_EQ(t.Interactions().size(), 1u);
}

TEST(NewsWhen, AGappedSecondPartyWithItsOwnDateIsAnotherEvent) {
  Doc d("Diaz says she spoke to Ruiz last night, shortly after the vote, and again to Okafor "
        "this morning.",
        "2025-08-27");
  d.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("last night", "2025-08-26").T("this morning", "2025-08-27");
  std::set<std::string> got;
  for (const auto& e : d.Interactions()) {
    for (const auto& n : d.Names(e)) got.insert(n + "@" + e.date);
  }
  EXPECT_TRUE(got.count("Ana Ruiz@2025-08-26"));
  EXPECT_TRUE(got.count("Ben Okafor@2025-08-27"));
  EXPECT_FALSE(got.count("Ben Okafor@2025-08-26"));
  // "and with Y once more this morning".
  Doc o("Diaz spoke with Ruiz on Monday, and with Okafor once more on Tuesday.", "2025-08-27");
  o.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  o.T("Monday", "2025-08-25").T("Tuesday", "2025-08-26");
  std::set<std::string> go;
  for (const auto& e : o.Interactions()) {
    for (const auto& n : o.Names(e)) go.insert(n + "@" + e.date);
  }
  EXPECT_TRUE(go.count("Ben Okafor@2025-08-26"));
  EXPECT_FALSE(go.count("Ben Okafor@2025-08-25"));
}

TEST(NewsWhen, TheFirstTimeTheyHaveMetSinceADateSaysTheyMetThen) {
  Doc d("Ruiz and Okafor met in Varna on Friday. It was the first time the two leaders had met "
        "face to face since the summit in Lagos in 2019.",
        "2025-08-16");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15").T("2019", "2019");
  bool then = false;
  for (const auto& e : d.Interactions())
    if (e.date == "2019") {
      then = true;
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
      EXPECT_EQ(e.status, EventStatus::kOccurred);
    }
  EXPECT_TRUE(then);
}

TEST(NewsWhen, ACallMidwayThroughTalksTakesTheTalksDate) {
  const char* text =
      "Ruiz hosted Okafor and Diaz at the palace on August 4 for talks on the border. Midway "
      "through the talks, Ruiz broke off to hold a phone call with Lee, an aide said.";
  Doc d(text, "2025-08-12");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Lee", "Kim Lee").T("August 4", "2025-08-04");
  bool call = false;
  for (const auto& e : d.Interactions())
    if (d.Names(e).count("Kim Lee")) {
      call = true;
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Kim Lee"}));
      EXPECT_EQ(e.date, "2025-08-04");
    }
  EXPECT_TRUE(call);
}

TEST(NewsWhen, AlsoInASecondClauseSharesTheFirstClausesDate) {
  Doc d("Ruiz sat down with Okafor on Monday for a long talk on trade, and Okafor also met Diaz.",
        "2025-08-27");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Diaz", "Eva Diaz").T("Monday", "2025-08-25");
  bool diaz = false;
  for (const auto& e : d.Interactions())
    if (d.Names(e).count("Eva Diaz")) {
      diaz = true;
      EXPECT_EQ(d.Names(e), (Names{"Ben Okafor", "Eva Diaz"}));
      EXPECT_EQ(e.date, "2025-08-25");
    }
  EXPECT_TRUE(diaz);
  // Without "also", or without a shared party, nothing is lent.
  Doc o("Ruiz sat down with Okafor on Monday, and Lee also met Diaz.", "2025-08-27");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").M("Diaz", "Eva Diaz");
  o.T("Monday", "2025-08-25");
  bool lee = false;
  for (const auto& e : o.Interactions())
    if (o.Names(e).count("Eva Diaz")) {
      lee = true;
      EXPECT_EQ(e.date, "");
    }
  EXPECT_TRUE(lee);
}

TEST(NewsWhen, APlannedEventsWeekdayIsTheComingOne) {
  // Written on Thursday 2025-08-21; the time stage read "Friday" as last
  // week's (as it does for "Friday's meeting", the possessive of a past
  // event).
  Doc d("Aides are still preparing the planned meeting between Ruiz and Okafor on Friday.",
        "2025-08-21");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].date, "2025-08-22");
  // Told as done, it keeps the past week's.
  Doc o("Ruiz met Okafor on Friday.", "2025-08-21");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "2025-08-15");
}

}  // namespace
}  // namespace eg
