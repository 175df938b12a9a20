// "a Russian delegation", "the Russian and Ukrainian delegations": a body
// acting for a country, named by the country's adjective, is a mention of
// that country (delegation_nouns.txt); "led by X" leaves it to its head.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsDelegations, AnAdjectiveBeforeADelegationNounIsTheCountry) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Ana Ruiz held talks with a Russian delegation in Doha on Monday.",
                "2025-03-04");
  EXPECT_EQ(f->EntityOf("Russian delegation"), "Russia");
  auto n = Find(*g, "The Japanese negotiators arrived late.", "2025-03-04");
  EXPECT_EQ(n->EntityOf("Japanese negotiators"), "Japan");
}

TEST(NewsDelegations, CoordinatedAdjectivesAreOneMentionEach) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "The Russian and Ukrainian delegations met in Istanbul.", "2025-03-04");
  EXPECT_EQ(f->EntityOf("Russian"), "Russia");
  EXPECT_EQ(f->EntityOf("Ukrainian delegations"), "Ukraine");
  auto t = Find(*g, "Talks between Ukrainian, Turkish and Russian teams began.", "2025-03-04");
  EXPECT_EQ(t->EntityOf("Ukrainian"), "Ukraine");
  EXPECT_EQ(t->EntityOf("Turkish"), "Turkey");
  EXPECT_EQ(t->EntityOf("Russian teams"), "Russia");
}

TEST(NewsDelegations, NoDelegationNounOrAHeadNamedNoCountry) {
  auto g = testing::ShippedGazetteer();
  // Other nouns after the adjective name no party.
  auto f = Find(*g, "A Russian company and a Russian drone were seen.", "2025-03-04");
  EXPECT_EQ(f->Entity("Russia"), nullptr);
  // "led by": the head, not the country, is the party (events stage).
  auto l = Find(*g, "Ruiz met the Russian delegation, led by Ivan Petrov, on Monday.",
                "2025-03-04");
  EXPECT_EQ(l->Entity("Russia"), nullptr);
  EXPECT_EQ(l->EntityOf("Russian delegation"), "");
}

TEST(NewsDelegations, OfficialsActForTheirCountryUnlessTheirMembersFollow) {
  auto g = testing::ShippedGazetteer();
  // "officials" is a noun of a body acting for a country too.
  auto f = Find(*g, "Ana Ruiz spoke with Iranian officials on Monday.", "2025-03-04");
  EXPECT_EQ(f->EntityOf("Iranian officials"), "Iran");
  // "..., including X": the members named are the parties (events stage).
  auto m = Find(*g, "Ruiz met Egyptian officials, including Foreign Minister Badr Abdelatty.",
                "2025-03-04");
  EXPECT_EQ(m->Entity("Egypt"), nullptr);
}

}  // namespace
}  // namespace eg
