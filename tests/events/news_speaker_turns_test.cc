// Transcripts: a speaker label opening a line ("OKAFOR: I met him") makes
// the speaker the "I" of the turn; "recalled meeting Y" is the subject's
// meeting; sitting in on a meeting is taking part in it.
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
  Doc e("Guest: Ben Okafor\n\nOKAFOR: When I was in Varna, I sat in on meetings with Novak in 2013.\n");
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

}  // namespace
}  // namespace eg
