// The object of a verb of support as news quotes and modifies it, and what
// "had" before it says of the time: 'X and Y had "a frank conversation"'
// (the marks bound a noun phrase, not a clause), "a good, frank
// conversation" (a comma between two modifiers), "X says he and Y had a
// conversation" (the simple past of "have", no pluperfect); and the label
// of a transcript's turn, which names who speaks, not whom "he" refers to.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSupportObject, AQuotedEventNounIsTheObjectOfTheVerbOfSupport) {
  Doc d("Ruiz said he and Okafor had \"a frank conversation\" on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // A quote that ends in no interaction noun stays a clause of its own.
  Doc q("Ruiz said he and Okafor had \"a frank view of the talks\" on Monday.");
  q.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(q.Interactions().empty());
}

TEST(NewsSupportObject, ACommaBetweenTwoModifiersKeepsTheNounPhraseWhole) {
  Doc d("Ruiz said he and Okafor had a long, difficult conversation on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsSupportObject, HadBeforeTheEventNounIsNoPluperfect) {
  // A live blog's entry dates what "X says" Y and he had: the simple past.
  Doc d("Live updates\n\n16:05 BST\nRuiz says he and Okafor had a frank conversation.",
        "2025-08-16");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("16:05 BST", "2025-08-16T16:05", 0, TimexType::kTime);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-16");
  // "had met" is the pluperfect: before the entry, undated.
  Doc p("Live updates\n\n16:05 BST\nRuiz says he had met Okafor.", "2025-08-16");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  p.T("16:05 BST", "2025-08-16T16:05", 0, TimexType::kTime);
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
}

TEST(NewsSupportObject, ATranscriptSpeakerLabelIsNoAntecedent) {
  Doc d("Q: Did the governor see the President?\n\nMS. KESSLER: The President spoke with many "
        "governors. I believe he had a good conversation with Governor Hadley.");
  d.M("KESSLER", "Anna Kessler").M("The President", "Tom Brandt")
      .M("Governor Hadley", "Ed Hadley");
  auto ev = d.Interactions();
  bool kessler = false, brandt_hadley = false;
  for (const auto& e : ev) {
    const Names n = d.Names(e);
    kessler = kessler || n.count("Anna Kessler");
    brandt_hadley = brandt_hadley || n == Names{"Tom Brandt", "Ed Hadley"};
  }
  EXPECT_FALSE(kessler);
  EXPECT_TRUE(brandt_hadley);
}

}  // namespace
}  // namespace eg
