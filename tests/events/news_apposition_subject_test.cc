// "The army chief, General Ben Okafor, called Ruiz": a short noun phrase
// opening the clause, then a name between commas, then the verb: the name
// is the subject.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsAppositionSubject, TheNameBetweenCommasIsTheSubject) {
  Doc d("The army chief, General Ben Okafor, called Ruiz on Monday.");
  d.M("General Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  // After a clause of attribution, with a country owning the phrase.
  Doc a("According to Lee, Norland's army chief, General Ben Okafor, met Ruiz.");
  a.M("Lee", "Kim Lee")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("General Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(a.Names(ea[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsAppositionSubject, TheOfficeNamesThePersonToo) {
  // The actors stage took office and name into one mention.
  Doc d("The Norland foreign secretary, Ben Okafor, spoke with Ruiz on Monday.");
  d.M("The Norland foreign secretary, Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  // Or the office resolved to him, then his name.
  Doc r("The Norland foreign secretary, Ben Okafor, spoke with Ruiz on Monday.");
  r.M("The Norland foreign secretary", "Ben Okafor")
      .M("Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz")
      .T("Monday", "2025-08-18");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(r.Names(er[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsAppositionSubject, APhraseWithAVerbOrAPrepositionIsNoApposition) {
  // "Lee told reporters in Vella, Okafor, ...": the phrase before the name
  // has a preposition inside; nothing says who called.
  Doc d("Speaking to reporters in the capital, Ben Okafor, called Ruiz.");
  d.M("Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto ev = d.Interactions();
  for (const auto& e : ev) EXPECT_NE(d.Names(e), (Names{"Ben Okafor", "Ana Ruiz"}));
}

}  // namespace
}  // namespace eg
