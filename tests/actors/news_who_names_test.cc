// "Pakistan's army chief" names an office as "the Russian president" does:
// the holder of army-chief for that polity on the publication date. More
// given names (Priya, Maya, Ajit, Kashif) make two-word names persons. In
// a transcript of speakers labelled in capitals, "I'm Ana Ruiz" is a
// speaker, not a reporter's sign-off.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsWhoNames, AnArmyChiefIsTheOfficeHolder) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Pakistan's army chief flew to Riyadh on Tuesday.", "2025-06-20");
  EXPECT_EQ(f->EntityOf("Pakistan's army chief"), "Asim Munir");
}

TEST(NewsWhoNames, MoreGivenNamesMakePersons) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "The panel heard Priya Tandon and Maya Ekdahl on Monday.", "2025-06-20");
  EXPECT_TRUE(f->HasPerson("Priya Tandon"));
  EXPECT_TRUE(f->HasPerson("Maya Ekdahl"));
}

TEST(NewsWhoNames, AHostIntroducingHerselfInATranscriptIsAPerson) {
  auto g = testing::ShippedGazetteer();
  const char* show =
      "ANA RUIZ: Welcome to the show. I'm Ana Ruiz.\n\n"
      "BEN OKAFOR: Thanks for having me.\n\n"
      "ANA RUIZ: Let's start.\n";
  auto f = testing::Find(*g, show, "2025-06-20");
  EXPECT_TRUE(f->HasPerson("Ana Ruiz"));
  // Without speaker labels "I'm Ana Ruiz" is a reporter's sign-off.
  auto s = testing::Find(*g, "The talks ended on Monday. For the World, I'm Ana Ruiz.", "2025-06-20");
  EXPECT_FALSE(s->HasPerson("Ana Ruiz"));
}

}  // namespace
}  // namespace eg
