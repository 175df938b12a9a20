// "The host and Ruiz held talks. On Thursday he was in Corvo for talks
// with Park": of two persons named together before a singular pronoun,
// the pronoun is the one the text follows, the one it names most.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPronounProtagonist, HeOfAPairIsTheOneTheTextFollows) {
  Doc d("Ruiz began a regional tour on Monday. From Arden, Ruiz flew on to Belmont. "
        "Okafor and Ruiz held further talks the next morning. "
        "On Thursday he was in Corvo for talks with Lena Park.");
  d.M("Ruiz", "Ana Ruiz").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 2)
      .M("Okafor", "Ben Okafor")
      .M("Lena Park", "Lena Park")
      .T("Thursday", "2025-05-15");
  bool found = false;
  for (const auto& e : d.Interactions())
    if (e.date == "2025-05-15") {
      found = true;
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Lena Park"}));
    }
  EXPECT_TRUE(found);
}

TEST(NewsPronounProtagonist, EquallyNamedPairKeepsTheFirst) {
  Doc d("Okafor and Ruiz held talks on Monday. On Thursday he was in Corvo for talks with "
        "Lena Park.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").M("Lena Park", "Lena Park")
      .T("Monday", "2025-05-12").T("Thursday", "2025-05-15");
  bool found = false;
  for (const auto& e : d.Interactions())
    if (e.date == "2025-05-15") {
      found = true;
      EXPECT_EQ(d.Names(e), (Names{"Ben Okafor", "Lena Park"}));
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
