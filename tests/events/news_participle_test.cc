// A participle clause after the main clause shares its subject: "Ruiz left
// Porto on Tuesday after meeting (Prime Minister) Okafor" is a meeting of
// Ruiz and Okafor, the title before the name not hiding the gerund's
// object; a phrase opened by "during" before the comma of ", meeting Y"
// is no clause of its own; a fronted clause after a time phrase ("On
// Tuesday, after meeting Y, X said") takes the subject after its comma.
// Without a named object ("after receiving the report") nothing is read
// into the main clause's subject.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsParticiple, TrailingParticipleTakesTheMainSubject) {
  Doc d("Ana Ruiz left Porto on Tuesday after meeting Prime Minister Ben Okafor in Faro.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  Doc n("Ana Ruiz flew home before meeting Ben Okafor.");
  n.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].participants.size(), 2u);
}

TEST(NewsParticiple, PrepositionalPhraseBeforeTheCommaIsNoClause) {
  // "during" may open a clause, but here it opens a phrase of the main
  // clause: the participle after the comma still takes Ruiz as subject,
  // and each name with its day is one meeting.
  Doc d("Ana Ruiz toured the region during the week, meeting Ben Okafor on Thursday and "
        "Carl Imre on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Imre", "Carl Imre");
  d.T("Thursday", "2025-08-14").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    EXPECT_EQ(e.participants.size(), 2u);
    EXPECT_EQ(e.status, EventStatus::kOccurred);
  }
  EXPECT_NE(ev[0].date, ev[1].date);
}

TEST(NewsParticiple, NoNamedObjectNoMeeting) {
  Doc d("Ana Ruiz signed the order after receiving the report from Faro.");
  d.M("Ana Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

// "On Tuesday, after meeting Y, X said": a time phrase and its comma before
// the participle's opener leave the clause fronted; its subject is the one
// after its comma.
TEST(NewsParticiple, FrontedAfterATimePhrase) {
  testing::Doc d("On Tuesday, after meeting Ben Okafor, Ana Ruiz said she was hopeful.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

}  // namespace
}  // namespace eg
