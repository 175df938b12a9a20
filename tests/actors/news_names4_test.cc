// Names as wire news writes them, fourth round: a knight or dame named
// again by "Sir"/"Dame" and the given name alone; leaders of the late
// 1990s, whose names the wire news of the time takes for granted.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsNames4, SirAndAGivenNameIsTheKnightNamedInFull) {
  auto g = testing::ShippedGazetteer();
  // British usage: "Sir Colin Marsh" is "Sir Colin" later, never "Marsh".
  auto f = Find(*g,
                "The chairman, Sir Colin Marsh, opposed the bid. Sir Colin said the board would "
                "meet on Monday.",
                "1989-10-30");
  EXPECT_TRUE(f->HasPerson("Colin Marsh"));
  EXPECT_FALSE(f->HasPerson("Colin"));
  EXPECT_EQ(f->EntityOf("Sir Colin"), "Colin Marsh");
  auto d = Find(*g, "Dame Edith Lowry wrote to the board. Dame Edith was not consulted.",
                "1989-10-30");
  EXPECT_FALSE(d->HasPerson("Edith"));
  EXPECT_EQ(d->EntityOf("Dame Edith"), "Edith Lowry");
  // Two knights with that given name: "Sir Colin" stays apart.
  auto h = Find(*g, "Sir Colin Marsh and Sir Colin Webb opposed the bid. Sir Colin said no.",
                "1989-10-30");
  EXPECT_NE(h->EntityOf("Sir Colin"), "Colin Marsh");
  EXPECT_NE(h->EntityOf("Sir Colin"), "Colin Webb");
}

// Royals and sheikhs go by the honorific and the given name too
// (titles.tsv "given"): "Prince Faisal" after "Prince Faisal bin Farhan".
TEST(NewsNames4, PrinceOrSheikhAndAGivenNameIsThePersonNamedInFull) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "The talks were hosted by Prince Khalid bin Nayef al-Rashid. Later Prince Khalid "
                "met the envoys.",
                "2025-05-14");
  EXPECT_FALSE(f->HasPerson("Khalid"));
  EXPECT_EQ(f->EntityOf("Prince Khalid"), "Khalid bin Nayef al-Rashid");
  auto s = Find(*g, "Sheikh Hamdan bin Rashid Al Zaabi arrived. Sheikh Hamdan spoke first.",
                "2025-05-14");
  EXPECT_EQ(s->EntityOf("Sheikh Hamdan"), "Hamdan bin Rashid Al Zaabi");
  // "Mr" names a person by the surname: "Mr Khalid" is no given name.
  auto m = Find(*g, "Prince Khalid bin Nayef al-Rashid arrived. Mr Khalid spoke.", "2025-05-14");
  EXPECT_NE(m->EntityOf("Mr Khalid"), "Khalid bin Nayef al-Rashid");
}

TEST(NewsNames4, LeadersOfTheLateNinetiesAreKnown) {
  auto g = testing::ShippedGazetteer();
  // Opening a sentence, with no title and a given name no list holds, a
  // leader of the time is a person only if the gazetteer knows him.
  auto f = Find(*g, "Hosni Mubarak met Yasser Arafat. Keizo Obuchi said nothing.", "1999-01-22");
  EXPECT_TRUE(f->HasPerson("Hosni Mubarak"));
  EXPECT_TRUE(f->HasPerson("Keizo Obuchi"));
  // Not a close variant of a later namesake: Kim Dae-jung is no Kim Yo Jong.
  auto k = Find(*g, "Kim Dae-jung met the delegation.", "1999-01-22");
  EXPECT_EQ(k->EntityOf("Kim Dae-jung"), "Kim Dae-jung");
}

}  // namespace
}  // namespace eg
