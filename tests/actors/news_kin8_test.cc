// Kin appositions, eighth round: a bare kin phrase whose verb's object, two
// words on, is another actor ("Tomas's mother met Alex Penelas") is still a
// mention of the person the apposition ties it to; only a name right after
// the kin noun, or the tied person's own name a few words on, is the
// apposition itself.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsKin8, TheObjectTwoWordsOnIsNoApposition) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "A plea from Tomas's mother in Cuba, Rosa Ibarguen Vela, was read. In Havana, "
                "Tomas's mother joined Alex Penelas on Thursday.",
                "2000-02-10");
  EXPECT_EQ(f->EntityOf("Tomas's mother"), "Rosa Ibarguen Vela");
  auto m = Find(*g,
                "Rosa Ibarguen Vela, Tomas's mother, spoke. Tomas's mother met Alex Penelas.",
                "2000-02-10");
  EXPECT_EQ(m->EntityOf("Tomas's mother"), "Rosa Ibarguen Vela");
  // The apposition's own phrase gets no second mention of the person:
  // one "Tomas's mother" mention, the bare one.
  size_t phrases = 0;
  for (const auto& x : f->Mentions()) phrases += x.second == "Tomas's mother";
  EXPECT_EQ(phrases, 1u);
}

}  // namespace
}  // namespace eg
