// "X and Y "spoke at length" by telephone": a verb phrase quoted from a
// source (a short quote of a few words, no punctuation inside, opening right
// after the subject's name) stays in the clause of the subject before it;
// its marks end neither the subject's search nor the look for the medium
// ("by telephone") that makes talks a call.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsQuotedVerb, AQuotedVerbKeepsTheSubjectBeforeIt) {
  Doc d("An aide said Ruiz and Okafor \"talked for hours\" on Tuesday before the vote.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

TEST(NewsQuotedVerb, TheMediumAfterTheQuoteMakesACall) {
  Doc d("Ruiz and Okafor \"spoke at length\" by telephone on Tuesday, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsQuotedVerb, AQuotedAdverbBeforeTheMediumMakesACall) {
  Doc d("Ruiz and Okafor spoke \"very frankly\" by phone on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
}

}  // namespace
}  // namespace eg
