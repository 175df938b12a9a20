// Idioms of news for bringing persons together or going between them:
// "X brought together A and B", "the summit brought together A and B",
// "X brought A and B together" (a meeting of those brought together, and of
// the one who brought them); "X, mediating between A and B, said", "X, who
// mediated between A and B", "X mediated talks between A and B" (talks of
// the two sides and the mediator the text places in them).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsConvening, BroughtTogetherIsAMeetingOfThoseBrought) {
  Doc d("On Tuesday Ruiz brought together Okafor and Novak in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  // An occasion as the subject: those it brought together.
  Doc s("The forum brought together Okafor and Novak on Tuesday.");
  s.M("Okafor", "Ben Okafor").M("Novak", "Dan Novak").T("Tuesday", "2025-08-19");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ben Okafor", "Dan Novak"}));

  // The object before "together".
  Doc o("On Tuesday Ruiz brought Okafor and Novak together in Varna.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  o.T("Tuesday", "2025-08-19");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(o.Names(eo[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));

  // Things brought together, or persons merely brought, name no meeting.
  Doc n("On Tuesday Ruiz brought together investors and regulators, and brought Okafor a gift.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsConvening, MediatingBetweenTwoSidesIsTakingPartInTheirTalks) {
  for (const char* s : {"Ruiz, mediating between Okafor and Novak, said on Tuesday that progress was made.",
                        "Ruiz, who mediated between Okafor and Novak on Tuesday, said little."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
    d.T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].type, "talks") << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"})) << s;
  }
  // "mediated talks between": the mediator is in the talks, a support verb's subject.
  Doc t("On Tuesday Ruiz mediated talks between Okafor and Novak in Varna.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  t.T("Tuesday", "2025-08-19");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
  EXPECT_EQ(et[0].date, "2025-08-19");
  // Mediating a dispute names no one dealt with.
  Doc n("On Tuesday Ruiz mediated the dispute over Okafor's fishing rights.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_TRUE(n.Interactions().empty());
}

}  // namespace
}  // namespace eg
