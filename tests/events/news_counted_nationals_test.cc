// "the two Americans also met Y": persons counted by their nationality are
// the ones just named, as "the two men" are; not their country.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCountedNationals, TheTwoNationalsAreThePairJustNamed) {
  Doc d("Ruiz and Okafor met Lee on Monday. Afterwards the two Norlanders also met Park.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").M("Park", "Jin Park");
  d.M("Norlanders", "Norland", ActorKind::kCountry).T("Monday", "2025-05-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Ben Okafor", "Jin Park"}));
}

// Of the persons of the interaction just told, those of that nationality.
TEST(NewsCountedNationals, OnlyThoseOfThatNationality) {
  // (Berg, a Norlander named last, took no part in the meeting told.)
  Doc d("Ruiz and Okafor met Lee on Monday. Okafor gave Lee a letter from Berg. Afterwards the "
        "two Norlanders also met Park.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").M("Park", "Jin Park");
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).M("Lee", "Kim Lee", ActorKind::kPerson, 1);
  d.M("Berg", "Tom Berg").M("Norlanders", "Norland", ActorKind::kCountry).T("Monday", "2025-05-19");
  d.Country("Ana Ruiz", "NL").Country("Ben Okafor", "NL").Country("Norland", "NL");
  d.Country("Tom Berg", "NL").Country("Kim Lee", "VD");
  std::set<Names> met;
  for (const auto& e : d.Interactions()) met.insert(d.Names(e));
  EXPECT_TRUE(met.count(Names{"Ana Ruiz", "Ben Okafor", "Jin Park"}));
}

}  // namespace
}  // namespace eg
