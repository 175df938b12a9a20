// Who was in whose company, as news writes it: time of day spent with
// someone ("spent the evening with Y"), sitting alone or together with
// someone, and lists whose titles are abbreviated ("U.S. Sens. A and B"),
// capitalised ("U.S. Trade Representative X") or whose group is counted
// ("with more than 20 leaders, including X and Y"); "X and his team met Y";
// an organisation's office before a name ("White House chief of staff X",
// "Democratic Party (DP) Chairman X");
// crossing paths; sitting face to face; "a fourth round of indirect talks";
// "contacts between X and Y"; "the foreign ministers of X and Y"; "flew to
// X to join Y"; "a round of golf with Y"; "counterparts from X and Y";
// "X, speaking alongside Y, said"; "the two of them got on a line with Y";
// "X spent 48 hours speaking with Y"; "In that meeting, X berated Y".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWhoCompany, AnEveningOrMorningSpentWithSomeoneIsAMeeting) {
  for (const char* part : {"the evening", "an evening", "the morning"}) {
    Doc d(std::string("Ruiz spent ") + part + " with Okafor at the lakeside villa on Tuesday.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << part;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  }
  // Another verb's "with" after an -ing verb is still not the meeting's.
  Doc p("Ruiz spent the week campaigning with Okafor's rivals.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(p.Interactions().empty());
}

TEST(NewsWhoCompany, SittingAloneOrTogetherWithSomeoneIsAMeeting) {
  for (const char* how : {"sat alone with", "sat together with"}) {
    Doc d(std::string("In Varna in 2019 Ruiz ") + how + " Okafor for two hours.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2019", "2019");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2019");
  }
}

TEST(NewsWhoCompany, AnAbbreviatedPluralTitleKeepsTheListGoing) {
  Doc d("Ruiz was greeted at the airport by Gov. Ben Okafor and U.S. Sens. Carla Diaz and "
        "Dan Novak on Friday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Gov. Ben Okafor", "Ben Okafor")
      .M("U.S.", "United States", ActorKind::kCountry)
      .M("Carla Diaz", "Carla Diaz")
      .M("Dan Novak", "Dan Novak")
      .T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Diaz", "Dan Novak"}));
}

TEST(NewsWhoCompany, ACountedGroupNamesItsMembers) {
  Doc d("On Monday Ruiz chaired a summit on trade with more than 20 leaders, including "
        "Okafor and Novak.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
}

TEST(NewsWhoCompany, TheCapitalisedOfficeAfterACountryIsTheNamedPersons) {
  Doc d("Ruiz held talks with U.S. Trade Representative Dan Novak in Varna on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("U.S.", "United States", ActorKind::kCountry)
      .M("Dan Novak", "Dan Novak")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Dan Novak"}));
}

TEST(NewsWhoCompany, SomeoneAndHisTeamIsThatPerson) {
  for (const char* people : {"his team", "her delegation", "his aides"}) {
    Doc d(std::string("On Friday, Ruiz and ") + people + " met Okafor at a hotel in Varna.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << people;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << people;
  }
}

TEST(NewsWhoCompany, AnAbbreviationInBracketsIsPartOfTheOrganisationsName) {
  // "Democratic Party (DP) Chairman X": the bracketed abbreviation between
  // the organisation and the office leaves the name its modifier.
  Doc d("Ruiz hosted Unity Party (UP) Chairman Ben Okafor and Labour leader Carl Dunn on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Unity Party", "Unity Party", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor")
      .M("Labour", "Labour", ActorKind::kOrganization)
      .M("Carl Dunn", "Carl Dunn")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn"}));
}

TEST(NewsWhoCompany, APartyInBracketsAfterAnItemIsPartOfIt) {
  // "met A (VVD), B (NSC) and C (BBB)": the list goes on past each bracket.
  Doc d("Ruiz met Ben Okafor (UP), Carl Dunn (LP) and Eva Lima (GP) on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carl Dunn", "Carl Dunn")
      .M("Eva Lima", "Eva Lima")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn", "Eva Lima"}));
}

TEST(NewsWhoCompany, WhoIsChairingTheMeetingTakesPart) {
  Doc d("Ruiz is chairing the meeting with Ben Okafor and Carl Dunn.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn"}));
}

TEST(NewsWhoCompany, ObjectsEachWithAPlaceOfTheirOwnAreMetApart) {
  // "met A at the Pentagon and B at the State Department": the list goes
  // on past the first place, and two places make two encounters (even of
  // one government's envoys, or of persons of unknown allegiance).
  Doc d("Ruiz met Ben Okafor at the Pentagon and Carl Dunn at the State Department on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn");
  d.T("Monday", "2025-07-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Carl Dunn"}));
  // A place for the first only: "B" is no object ("and Dunn said ...").
  Doc n("Ruiz met Ben Okafor in Paris and Carl Dunn said nothing.");
  n.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn");
  for (const EventMention& m : n.Interactions()) EXPECT_EQ(m.participants.size(), 2u);
}

TEST(NewsWhoCompany, WhoPresentsAtANewsConferenceAlongsideOthersIsThere) {
  // "X presented the deal at a news conference alongside Y and Z": the
  // clause's subject stands there with them.
  Doc d("Ruiz presented the plan at a news conference on Monday alongside Ben Okafor and Carl "
        "Dunn.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn");
  d.T("Monday", "2025-04-07");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn"}));
}

TEST(NewsWhoCompany, AnOrganisationsOfficeBeforeANameIsThatPerson) {
  Doc d("Ruiz said she spoke with Varna Council chief of staff Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Varna Council", "Varna Council", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc g("On Wednesday Ruiz sat down with Northern Front negotiator Ben Okafor.");
  g.M("Ruiz", "Ana Ruiz")
      .M("Northern Front", "Northern Front", ActorKind::kGroup)
      .M("Ben Okafor", "Ben Okafor")
      .T("Wednesday", "2025-08-20");
  auto eg = g.Interactions();
  ASSERT_EQ(eg.size(), 1u);
  EXPECT_EQ(g.Names(eg[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWhoCompany, CrossingPathsOrSittingFaceToFaceIsAMeeting) {
  for (const char* how : {"crossed paths backstage", "sat face to face"}) {
    Doc d(std::string("In May 2019, Ruiz and Okafor ") + how + " in Varna.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May 2019", "2019-05");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  }
  Doc w("In May 2019, Ruiz crossed paths with Okafor in Varna.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May 2019", "2019-05");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(w.Names(ew[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWhoCompany, AnOrdinalRoundOfQualifiedTalksIsTheSubjectsTalks) {
  Doc d("On Sunday, Ruiz and Okafor held a fourth round of indirect talks in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWhoCompany, ContactsBetweenPartiesAreTalks) {
  Doc d("The hostage was freed on Monday after direct contacts between Norland and the "
        "Southern Front.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Southern Front", "Southern Front", ActorKind::kOrganization)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Norland", "Southern Front"}));
  // Contacts named without their parties are none.
  Doc n("The firm has many contacts in Varna.");
  n.M("Varna", "Varna", ActorKind::kCountry);
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsWhoCompany, TheMinistersOfCountriesStandForThem) {
  Doc d("Ruiz also spoke with the foreign ministers of Norland, Sudland and the Union's "
        "High Representative Ben Okafor on Tuesday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Sudland", "Sudland", ActorKind::kCountry)
      .M("Union", "Union", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor")
      .T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland", "Sudland", "Ben Okafor"}));
}

TEST(NewsWhoCompany, JoiningSomeoneAsAJourneysPurposeIsAMeeting) {
  Doc d("On Wednesday Ruiz flew to Varna to join Okafor in person.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // Joining at a place still is; joining someone in an act is not.
  Doc p("Ruiz will join Okafor at the rally in Varna on Thursday.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  ASSERT_EQ(p.Interactions().size(), 1u);
  Doc n("Ruiz joined Okafor in condemning the vote on Thursday.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsWhoCompany, ARoundOfGolfWithSomeoneIsAMeeting) {
  Doc d("Ruiz recalls her round of golf with Okafor in Varna in March.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("March", "2025-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWhoCompany, CounterpartsFromCountriesStandForThem) {
  Doc d("On Friday in Varna, Ruiz and Okafor met their counterparts from Norland and Sudland.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Okafor", "Ben Okafor")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Sudland", "Sudland", ActorKind::kCountry)
      .T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Norland", "Sudland"}));
}

TEST(NewsWhoCompany, SpeakingAlongsideSomeoneIsBeingWithHim) {
  Doc d("Ruiz, speaking alongside Okafor and Novak in Varna on Friday, said the offer was "
        "unacceptable.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  d.T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
}

TEST(NewsWhoCompany, TheTwoOfThemGotOnALineWithSomeone) {
  Doc d("Ruiz phoned Okafor on Friday. The two of them then got on a line with Novak.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  d.T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  bool found = false;
  for (const auto& e : ev)
    if (e.Text().find("line") != std::string_view::npos) {
      found = true;
      EXPECT_EQ(e.type, "call");
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
    }
  EXPECT_TRUE(found);
}

TEST(NewsWhoCompany, TimeSpentDoingItKeepsTheSubject) {
  for (const char* spent : {"spent the previous 48 hours", "had spent two days"}) {
    Doc d(std::string("Ruiz said she and Novak ") + spent + " speaking with Okafor.");
    d.M("Ruiz", "Ana Ruiz").M("Novak", "Dan Novak").M("Okafor", "Ben Okafor");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << spent;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Dan Novak", "Ben Okafor"})) << spent;
  }
}

TEST(NewsWhoCompany, WhomTheSubjectActsOnAfterAFrontedOccasionWasThere) {
  Doc d("In that February meeting, Ruiz and Novak berated Okafor in front of the cameras.");
  d.M("Ruiz", "Ana Ruiz").M("Novak", "Dan Novak").M("Okafor", "Ben Okafor");
  d.T("February", "2025-02");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Dan Novak", "Ben Okafor"}));
  // A phrase that names the other side with "with" keeps it.
  Doc w("In a call with Novak, Ruiz praised Okafor on Friday.");
  w.M("Ruiz", "Ana Ruiz").M("Novak", "Dan Novak").M("Okafor", "Ben Okafor");
  w.T("Friday", "2025-08-15");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(w.Names(ew[0]), (Names{"Ana Ruiz", "Dan Novak"}));
}

}  // namespace
}  // namespace eg
