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

// "the day after the Okafor call, Ruiz came to Varna. She met ...": a name
// between an article and a noun only modifies the noun; the pronoun is the
// person the sentence speaks of.
TEST(NewsPronounProtagonist, NotANameThatModifiesANoun) {
  Doc d("On Friday, the day after the Okafor call, Ana Ruiz came to Varna. "
        "She met Tom Berg there.");
  d.M("Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg")
      .T("Friday", "2025-10-17");
  std::set<Names> pairs;
  for (const auto& e : d.Interactions()) pairs.insert(d.Names(e));
  EXPECT_TRUE(pairs.count(Names{"Ana Ruiz", "Tom Berg"}));
  EXPECT_FALSE(pairs.count(Names{"Ben Okafor", "Tom Berg"}));
  // "sat through a lunch with Y": the subject was at the lunch.
  Doc l("On Friday, the day after the Okafor call, Ana Ruiz came to Varna. "
        "She sat through a lunch with Tom Berg that turned tense.");
  l.M("Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg")
      .T("Friday", "2025-10-17");
  auto el = l.Interactions();
  ASSERT_EQ(el.size(), 1u);
  EXPECT_EQ(l.Names(el[0]), (Names{"Ana Ruiz", "Tom Berg"}));
}

}  // namespace
}  // namespace eg
