// Idioms of news for being with someone or dealing with him that name no
// meeting or talks by a noun or a verb of meeting: "X stood next to Y";
// "X is due in Paris on Thursday for dinner with Y"; "X and Y exchanged
// views", "held an in-depth exchange of views"; "a one-on-one with Y"; "X rolled out the red carpet for Y"; "hosted a dinner for Y", "paid a
// courtesy call on Y", "huddled with Y"; "consulted Y"; "a virtual meeting
// with Y" (a video call); "sat across from Y", "took a walk", "rode with Y".
// And the status: "X is expected to meet Y" is planned though undated; "at
// the invitation of X" or "at the request of X" proposes nothing; "the first
// time X and Y have met since the G20 in Osaka in June 2019" tells of a
// meeting then; after a
// group's "of": "a meeting between the two heads of state could take place".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsInteractionIdioms, StandingNextToSomeoneIsAMeeting) {
  for (const char* how : {"stood next to", "stood beside", "stood side by side with"}) {
    Doc d(std::string("On Tuesday Ruiz ") + how + " Okafor and Novak on the balcony in Varna.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
    d.T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    // "next" is part of the trigger, not "next week": it happened.
    EXPECT_EQ(ev[0].status, EventStatus::kOccurred) << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
    EXPECT_EQ(ev[0].date, "2025-08-19");
  }
  // Standing next to a thing, or a country, is no meeting.
  Doc p("On Tuesday Ruiz stood next to the monument and beside Norland's flag.");
  p.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  p.T("Tuesday", "2025-08-19");
  EXPECT_TRUE(p.Interactions().empty());
}

TEST(NewsInteractionIdioms, DueOrExpectedSomewhereForDinnerWithSomeone) {
  for (const char* how : {"is due in", "is expected in"}) {
    Doc d(std::string("Ruiz ") + how + " Varna on Thursday for dinner with Okafor.", "2025-08-20");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(ev[0].status, EventStatus::kPlanned) << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2025-08-21");
  }
  // Undated, being due there is still no report that it happened.
  Doc u("Ruiz is due in Varna for dinner with Okafor.", "2025-08-20");
  u.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = u.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsInteractionIdioms, ExchangingViewsIsTalks) {
  for (const char* how : {"exchanged views with", "held an in-depth exchange of views with",
                          "had a frank exchange with"}) {
    Doc d(std::string("On Tuesday Ruiz ") + how + " Okafor on trade.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "talks") << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2025-08-19");
  }
  // Two countries' teams: "held in-depth exchanges".
  Doc c("On Tuesday Norland and Vella held in-depth exchanges on trade in Varna.");
  c.M("Norland", "Norland", ActorKind::kCountry).M("Vella", "Vella", ActorKind::kCountry);
  c.T("Tuesday", "2025-08-19");
  auto ev = c.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
  EXPECT_EQ(c.Names(ev[0]), (Names{"Norland", "Vella"}));
  // A brief exchange of fire, or of prisoners, is no talks.
  for (const char* what : {"held a brief exchange of fire", "carried out a brief exchange of prisoners"}) {
    Doc p(std::string("On Tuesday Norland and Vella ") + what + ".");
    p.M("Norland", "Norland", ActorKind::kCountry).M("Vella", "Vella", ActorKind::kCountry);
    p.T("Tuesday", "2025-08-19");
    EXPECT_TRUE(p.Interactions().empty()) << what;
  }
}

TEST(NewsInteractionIdioms, AMeetingOfTheHeadsOfStateThatCouldTakePlace) {
  for (const char* group : {"the two heads of state", "the two heads of government"}) {
    Doc d(std::string("Ruiz met Okafor in Varna on Tuesday. Observers said a meeting between ") +
          group + " could take place in Sofia in October.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    d.T("October", "2025-10");
    auto ev = d.Interactions();
    bool found = false;
    for (const auto& e : ev)
      if (e.Text().find("could") != std::string_view::npos) {
        found = true;
        EXPECT_EQ(e.status, EventStatus::kHypothetical) << group;
      }
    ASSERT_TRUE(found) << group;
  }
}

TEST(NewsInteractionIdioms, AOneOnOneWithSomeoneIsAMeeting) {
  Doc d("Ruiz landed in Varna in the morning. Her one-on-one with Okafor is due at 1pm on Tuesday.",
        "2025-08-19");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // "one-on-one" alone before another noun is that noun's.
  Doc p("On Tuesday Ruiz gave a one-on-one interview with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto pe = p.Interactions();
  ASSERT_EQ(pe.size(), 1u);
  EXPECT_EQ(pe[0].type, "talks");
  // After a verb it is the verb's adverb: talking, one event.
  Doc v("On Tuesday Ruiz said she had spoken one-on-one with Okafor.");
  v.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ve = v.Interactions();
  ASSERT_EQ(ve.size(), 1u);
  EXPECT_EQ(ve[0].type, "talks");
}

TEST(NewsInteractionIdioms, RollingOutTheRedCarpetForSomeoneIsAMeeting) {
  Doc d("Days after Ruiz rolled out the red carpet for Okafor in Varna on Tuesday, the talks stalled.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // For no one named, or for a country, it is a figure of speech.
  Doc p("On Tuesday Ruiz rolled out the red carpet for investors and for Norland.");
  p.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Tuesday", "2025-08-19");
  EXPECT_TRUE(p.Interactions().empty());
}

TEST(NewsInteractionIdioms, TheIdiomsOfProtocolAreMeetings) {
  for (const char* how : {"hosted a state banquet for", "gave a lunch in honour of", "played host to",
                          "paid a courtesy call on", "paid a visit to", "huddled with",
                          "dined with"}) {
    Doc d(std::string("On Tuesday Ruiz ") + how + " Okafor in Varna.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting") << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << how;
    EXPECT_EQ(ev[0].date, "2025-08-19");
  }
  // For no one named, or a place or an occasion, no meeting.
  for (const char* what : {"hosted a dinner for donors", "paid a visit to Varna",
                           "played host to the summit"}) {
    Doc p(std::string("On Tuesday Ruiz ") + what + ".");
    p.M("Ruiz", "Ana Ruiz").T("Tuesday", "2025-08-19");
    EXPECT_TRUE(p.Interactions().empty()) << what;
  }
}

TEST(NewsInteractionIdioms, ConsultingSomeoneIsTalksAndAVirtualMeetingACall) {
  for (const char* how : {"consulted", "consulted with"}) {
    Doc d(std::string("On Tuesday Ruiz ") + how + " Okafor about the offer.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "talks") << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  }
  Doc l("On Tuesday Ruiz consulted lawyers about the offer.");
  l.M("Ruiz", "Ana Ruiz").T("Tuesday", "2025-08-19");
  EXPECT_TRUE(l.Interactions().empty());
  for (const char* what : {"a virtual meeting", "a teleconference", "an online summit"}) {
    Doc d(std::string("On Tuesday Ruiz held ") + what + " with Okafor.");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << what;
    EXPECT_EQ(ev[0].type, "call") << what;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2025-08-19");
  }
}

TEST(NewsInteractionIdioms, SittingAcrossFromWalkingOrRidingWithSomeone) {
  for (const char* how : {"sat across from Okafor", "posed for photos with Okafor",
                          "rode with Okafor in the limousine", "walked with Okafor to the car"}) {
    Doc d(std::string("On Tuesday Ruiz ") + how + ".");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting") << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << how;
  }
  Doc w("On Tuesday Ruiz and Okafor took a walk in the park.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = w.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(w.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  for (const char* what : {"walked with a cane", "took a walk in the park", "sat opposite the stage"}) {
    Doc p(std::string("On Tuesday Ruiz ") + what + ".");
    p.M("Ruiz", "Ana Ruiz").T("Tuesday", "2025-08-19");
    EXPECT_TRUE(p.Interactions().empty()) << what;
  }
}

TEST(NewsInteractionIdioms, AtTheInvitationOrRequestOfSomeoneItHappened) {
  const char* kSentences[] = {
      "At the invitation of Norland, Ruiz flew to Varna on Tuesday for talks with Okafor.",
      "Ruiz and Okafor held a phone call on Tuesday at the request of Norland.",
      "On the invitation of Norland, Ruiz met Okafor in Varna on Tuesday."};
  for (const char* text : kSentences) {
    Doc d(text);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Norland", "Norland", ActorKind::kCountry);
    d.T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_FALSE(ev.empty()) << text;
    for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kOccurred) << text;
  }
  // An invitation that is all there is stays a proposal.
  Doc p("Okafor sent Ruiz an invitation to visit Varna for talks.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const auto& e : p.Interactions()) EXPECT_NE(e.status, EventStatus::kOccurred);
}

TEST(NewsInteractionIdioms, SinceAGatheringNamedWithItsPlaceAndTime) {
  Doc d("If it goes ahead, it will be the first time Ruiz and Okafor have met in person since the "
        "G20 in Varna in June 2019.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("June 2019", "2019-06");
  auto ev = d.Interactions();
  bool then = false;
  for (const auto& e : ev)
    if (e.date == "2019-06") {
      then = true;
      EXPECT_EQ(e.status, EventStatus::kOccurred);
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
    }
  EXPECT_TRUE(then);
  // Not a time of something else: "since the war began in 2022".
  Doc w("It was the first time Ruiz and Okafor had met since the war began in 2022.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2022", "2022");
  for (const auto& e : w.Interactions()) EXPECT_NE(e.date, "2022");
}

TEST(NewsInteractionIdioms, SeeingSomeoneOnTheScheduleIsAMeeting) {
  for (const char* how : {"is also expected to see", "will see"}) {
    Doc d(std::string("Ruiz ") + how + " Okafor in Varna on Thursday.", "2025-08-19");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(ev[0].status, EventStatus::kPlanned) << how;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2025-08-21");
  }
  // Seeing what someone does, or his answer, is no meeting.
  for (const char* what : {"Ruiz will see Okafor's answer on Thursday.",
                           "Ruiz will see Okafor win on Thursday."}) {
    Doc p(what, "2025-08-19");
    p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
    EXPECT_TRUE(p.Interactions().empty()) << what;
  }
}

TEST(NewsInteractionIdioms, SigningADeclarationOfPrinciplesTogether) {
  Doc d("On Friday Norland's Ben Okafor and Vella's Ana Ruiz signed a Declaration of Principles "
        "in Varna.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor")
      .M("Vella", "Vella", ActorKind::kCountry)
      .M("Ana Ruiz", "Ana Ruiz")
      .T("Friday", "2025-08-15");
  d.Country("Ben Okafor", "NO").Country("Ana Ruiz", "VE");
  // (One report per agreement word, the verb's and the noun's: they merge.)
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) {
    EXPECT_EQ(e.type, "meeting");
    EXPECT_EQ(d.Names(e), (Names{"Ben Okafor", "Ana Ruiz"}));
    EXPECT_EQ(e.date, "2025-08-15");
  }
}

TEST(NewsInteractionIdioms, HavingSeenSomeoneThenIsHavingMetHim) {
  for (const char* how : {"saw Okafor in March", "saw Okafor in Varna in March",
                          "saw Okafor for 30 minutes in March"}) {
    Doc d(std::string("Ruiz ") + how + ".");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("March", "2025-03");
    if (std::string(how).find("minutes") != std::string::npos) d.T("30 minutes", "PT30M", 0, TimexType::kDuration);
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << how;
    EXPECT_EQ(ev[0].type, "meeting");
    EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
    EXPECT_EQ(ev[0].date, "2025-03");
  }
  // What he was taken for, a screen, what he did or said: no meeting.
  for (const char* what : {"saw Okafor as a threat in March", "saw Okafor as the enemy in March",
                           "saw Okafor on television in March", "saw Okafor win in March",
                           "saw Okafor's speech in March"}) {
    Doc p(std::string("Ruiz ") + what + ".");
    p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("March", "2025-03");
    EXPECT_TRUE(p.Interactions().empty()) << what;
  }
}

}  // namespace
}  // namespace eg
