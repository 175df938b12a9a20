// Transcripts: a speaker label opening a line ("OKAFOR: I met him") makes
// the speaker the "I" of the turn; "recalled meeting Y" is the subject's
// meeting; sitting in on a meeting is taking part in it. Two or more
// speakers labelled in capitals, each heard twice, hold a conversation.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSpeakerTurns, TheLabelledSpeakerIsTheFirstPerson) {
  Doc d("Guest: Ben Okafor, a former envoy\n\n"
        "HOST: Did you know him?\n\n"
        "OKAFOR: Yes. I met Novak in Varna in 2014, and we got on.\n");
  d.M("Ben Okafor", "Ben Okafor").M("Novak", "Dan Novak").T("2014", "2014");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Dan Novak"}));
  EXPECT_EQ(ev[0].date, "2014");
  // The full name as the label, and a mention of it.
  Doc f("Guest: Ben Okafor\n\nBEN OKAFOR: In 2014 I held talks with Novak.\n");
  f.M("Ben Okafor", "Ben Okafor").M("Novak", "Dan Novak").T("2014", "2014");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(f.Names(ef[0]), (Names{"Ben Okafor", "Dan Novak"}));
}

TEST(NewsSpeakerTurns, NoPersonNoSpeaker) {
  // A label no person of the document has; two persons of that surname.
  Doc d("Q: In 2014 I held talks with Novak.\n");
  d.M("Novak", "Dan Novak").T("2014", "2014");
  EXPECT_TRUE(d.Interactions().empty());
  Doc t("Ben Okafor and Ada Okafor came.\n\nOKAFOR: In 2014 I held talks with Novak.\n");
  t.M("Ben Okafor", "Ben Okafor").M("Ada Okafor", "Ada Okafor").M("Novak", "Dan Novak");
  t.T("2014", "2014");
  for (const auto& e : t.Interactions()) EXPECT_EQ(t.Names(e).count("Dan Novak"), 0u);
}

TEST(NewsSpeakerTurns, SittingInOnMeetingsAndRecallingAMeeting) {
  // The label is no mention here: the person is named in the header.
  Doc e("Guest: Ben Okafor\n\n"
        "OKAFOR: When I was in Varna, I sat in on meetings with Novak in 2013.\n");
  e.M("Ben Okafor", "Ben Okafor").M("Novak", "Dan Novak").T("2013", "2013");
  auto ev = e.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(e.Names(ev[0]), (Names{"Ben Okafor", "Dan Novak"}));
  Doc r("Ruiz recalled meeting Novak in Varna in 2018.");
  r.M("Ruiz", "Ana Ruiz").M("Novak", "Dan Novak").T("2018", "2018");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(r.Names(er[0]), (Names{"Ana Ruiz", "Dan Novak"}));
  EXPECT_EQ(er[0].date, "2018");
}

const char* kShow =
    "The Long Table, episode 9\n\n"
    "ANA RUIZ: Welcome back. I'm Ana Ruiz, and with me is Ben Okafor.\n\n"
    "BEN OKAFOR: Glad to be here.\n\n"
    "RUIZ: What happened in Varna?\n\n"
    "OKAFOR: Not much, frankly.\n";

TEST(NewsSpeakerTurns, LabelledSpeakersHoldAConversation) {
  Doc d(kShow);
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-20");  // the publication date
  // The day it says it was recorded.
  Doc r(std::string("This conversation was recorded on Tuesday, August 19.\n\n") + kShow);
  r.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  r.T("Tuesday, August 19", "2025-08-19");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(er[0].date, "2025-08-19");
  // Non-ASCII capitals in the label.
  Doc u("TOMÁS VILELA: Hello.\n\nBEN OKAFOR: Hello, Tomás Vilela. I'm Ben Okafor.\n\n"
        "VILELA: Shall we?\n\n"
        "OKAFOR: Yes.\n");
  u.M("Tomás Vilela", "Tomás Vilela").M("Ben Okafor", "Ben Okafor");
  auto eu = u.Interactions();
  ASSERT_EQ(eu.size(), 1u);
  EXPECT_EQ(u.Names(eu[0]), (Names{"Tomás Vilela", "Ben Okafor"}));
}

TEST(NewsSpeakerTurns, NoConversationWithoutTwoSpeakersOfTwoTurnsInCapitals) {
  // Headings of quotes in ordinary case are no transcript.
  Doc d("Ruiz: we will not give in.\n\nOkafor: talks can wait.\n\nRuiz: never.\n\nOkafor: fine.\n");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
  // A speaker heard once is no party to it; one speaker holds no conversation.
  Doc o("Guests: Ana Ruiz, Ben Okafor\n\nRUIZ: Hello.\n\nOKAFOR: Hello.\n\nRUIZ: Bye.\n");
  o.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  EXPECT_TRUE(o.Interactions().empty());
}

}  // namespace
}  // namespace eg
