// Dates of events told after a dated one in the same sentence: a
// pluperfect that "afterwards" orders after it ("Z said she had spoken with
// Y afterwards"), and the second of two dated pairs whose item carries an
// appositive ("and with Z, the summit host, on Friday").
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSequelDates, AfterwardsDatesAReportedPluperfect) {
  Doc d("Ana Ruiz met Ben Okafor in Lima on Wednesday, and Carla Diaz said she had spoken with "
        "Okafor afterwards.",
        "2025-10-23");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Diaz", "Carla Diaz")
      .M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("Wednesday", "2025-10-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Carla Diaz", "Ben Okafor"}));
  EXPECT_EQ(ev[1].date, "2025-10-22");
}

TEST(NewsSequelDates, APluperfectWithoutAWordOfSequenceStaysUndated) {
  Doc e("Ana Ruiz met Ben Okafor in Lima on Wednesday, and Carla Diaz said she had spoken with "
        "Okafor.",
        "2025-10-23");
  e.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Diaz", "Carla Diaz")
      .M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("Wednesday", "2025-10-22");
  auto ev = e.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].date, "");
}

TEST(NewsSequelDates, AppositiveOfTheSecondItemBeforeItsDate) {
  Doc d("Ana Ruiz held talks with Ben Okafor on Saturday and with Carla Diaz, the summit host, "
        "on Friday, her spokesman said.",
        "2025-02-16");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Diaz", "Carla Diaz")
      .T("Saturday", "2025-02-15").T("Friday", "2025-02-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& m : ev) {
    if (d.Names(m).count("Carla Diaz")) {
      EXPECT_EQ(d.Names(m), (Names{"Ana Ruiz", "Carla Diaz"}));
      EXPECT_EQ(m.date, "2025-02-14");
    } else {
      EXPECT_EQ(d.Names(m), (Names{"Ana Ruiz", "Ben Okafor"}));
      EXPECT_EQ(m.date, "2025-02-15");
    }
  }
}

// A time inside a relative clause that does not hold the trigger is
// another event's: the scene's date still reaches the trigger.
TEST(NewsSequelDates, TimeOfARelativeClauseIsNotTheSentences) {
  Doc d("Ana Ruiz met Ben Okafor in Lima on Monday. Okafor, who won an election on Sunday, "
        "also met Carla Diaz.",
        "2025-10-23");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Diaz", "Carla Diaz")
      .M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("Monday", "2025-10-20")
      .T("Sunday", "2025-10-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ben Okafor", "Carla Diaz"}));
  EXPECT_EQ(ev[1].date, "2025-10-20");

  Doc t("Ana Ruiz met Ben Okafor in Lima on Monday. Okafor then held a joint news conference "
        "with Carla Diaz at the ministry, where the two said the panel would meet on Friday.",
        "2025-10-23");
  t.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Diaz", "Carla Diaz")
      .M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("Monday", "2025-10-20")
      .T("Friday", "2025-10-24");
  bool found = false;
  for (const auto& m : t.Interactions()) {
    if (d.Names(m) != Names{"Ben Okafor", "Carla Diaz"}) continue;
    found = true;
    EXPECT_EQ(m.date, "2025-10-20");
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
