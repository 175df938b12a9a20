// "X met A and B": news coordinates the persons one actor met or spoke with
// in turn; when A and B serve two different polities, those are two
// encounters of X, one with each. A pair from one polity (or of unknown
// allegiance) is one delegation: one meeting of the three.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

Doc ThreeNations(const std::string& text) {
  Doc d(text);
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.Country("Ana Ruiz", "AA").Country("Ben Okafor", "BB").Country("Eva Lindqvist", "CC");
  return d;
}

std::set<Names> Pairs(const Doc& d) {
  std::set<Names> out;
  for (const auto& e : d.Interactions()) out.insert(d.Names(e));
  return out;
}

const std::set<Names> kEach = {{"Ana Ruiz", "Ben Okafor"}, {"Ana Ruiz", "Eva Lindqvist"}};

TEST(NewsOneByOne, TwoPersonsOfTwoNationsAreMetOneByOne) {
  EXPECT_EQ(Pairs(ThreeNations("Ruiz met Okafor and Lindqvist in Varna on Tuesday.")), kEach);
  EXPECT_EQ(Pairs(ThreeNations("Ruiz said he spoke with Okafor and Lindqvist.")), kEach);
  EXPECT_EQ(Pairs(ThreeNations("Ruiz spoke to Okafor and to Lindqvist on Saturday.")), kEach);
  // The second object with its owner's title.
  Doc t("Ruiz said he spoke with Finnish Prime Minister Okafor and Norland's acting Prime "
        "Minister Eva Lindqvist.");
  t.M("Ruiz", "Ana Ruiz").M("Finnish Prime Minister Okafor", "Ben Okafor");
  t.M("acting Prime Minister Eva Lindqvist", "Eva Lindqvist");
  t.Country("Ben Okafor", "FI").Country("Eva Lindqvist", "NO");
  EXPECT_EQ(Pairs(t), kEach);
  // Each keeps the date of the verb.
  Doc d = ThreeNations("Ruiz met Okafor and Lindqvist on Tuesday.");
  d.T("Tuesday", "2025-08-19");
  for (const auto& e : d.Interactions()) EXPECT_EQ(e.date, "2025-08-19");
}

TEST(NewsOneByOne, OneSessionStaysOne) {
  const std::set<Names> kThree = {{"Ana Ruiz", "Ben Okafor", "Eva Lindqvist"}};
  // Words that make the three one session.
  EXPECT_EQ(Pairs(ThreeNations("Ruiz met Okafor and Lindqvist together in Varna.")), kThree);
  EXPECT_EQ(Pairs(ThreeNations("Ruiz met Okafor and Lindqvist for trilateral talks.")), kThree);
  // Members of a group named on the call.
  EXPECT_EQ(Pairs(ThreeNations("Ruiz spoke with European leaders including Okafor and Lindqvist.")),
            kThree);
  // Hosting two guests, or talks held with them, is one occasion.
  EXPECT_EQ(Pairs(ThreeNations("Ruiz hosted Okafor and Lindqvist in Varna.")), kThree);
  EXPECT_EQ(Pairs(ThreeNations("Ruiz held talks with Okafor and Lindqvist in Varna.")), kThree);
}

TEST(NewsOneByOne, ADelegationOfOneNationIsMetOnce) {
  const std::set<Names> kThree = {{"Ana Ruiz", "Ben Okafor", "Eva Lindqvist"}};
  Doc d("Ruiz met Okafor and Lindqvist in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.Country("Ana Ruiz", "AA").Country("Ben Okafor", "BB").Country("Eva Lindqvist", "BB");
  EXPECT_EQ(Pairs(d), kThree);
  // Of persons whose allegiance is unknown nothing tells.
  Doc u("Ruiz met Okafor and Lindqvist in Varna.");
  u.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  u.Country("Ben Okafor", "BB");
  EXPECT_EQ(Pairs(u), kThree);
  // Two subjects meeting two others: one meeting of four.
  Doc f("Ruiz and Tanaka met Okafor and Lindqvist in Varna.");
  f.M("Ruiz", "Ana Ruiz").M("Tanaka", "Kei Tanaka").M("Okafor", "Ben Okafor");
  f.M("Lindqvist", "Eva Lindqvist");
  f.Country("Ben Okafor", "BB").Country("Eva Lindqvist", "CC");
  EXPECT_EQ(Pairs(f), (std::set<Names>{{"Ana Ruiz", "Kei Tanaka", "Ben Okafor", "Eva Lindqvist"}}));
}

}  // namespace
}  // namespace eg
