// "X spoke separately by phone with A and B", "X received A and,
// separately, B": a diplomat's round of encounters told in one clause is
// one encounter with each person listed. "by phone" after an adverb is the
// medium of the verb before it, not a verb "phone" of its own; the
// "separately" inside the object list neither ends the list nor joins its
// items into one session.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

std::set<Names> Pairs(const Doc& d) {
  std::set<Names> out;
  for (const auto& e : d.Interactions()) out.insert(d.Names(e));
  return out;
}

Doc Three(const std::string& text) {
  Doc d(text);
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei").M("Brandt", "Lena Brandt");
  d.Country("Ilona Varga", "AA").Country("Kofi Osei", "BB").Country("Lena Brandt", "CC");
  return d;
}

const std::set<Names> kEach = {{"Ilona Varga", "Kofi Osei"}, {"Ilona Varga", "Lena Brandt"}};

TEST(NewsSeparatelyListed, AnAdverbBeforeByPhoneKeepsTheCallsApart) {
  Doc d = Three("On Friday, Varga spoke separately by phone with Osei and Brandt.");
  d.T("Friday", "2024-03-08");
  EXPECT_EQ(Pairs(d), kEach);
  for (const auto& e : d.Interactions()) {
    EXPECT_EQ(e.type, "call");
    EXPECT_EQ(e.date, "2024-03-08");
  }
  // Another adverb there: no call of the two listed with each other.
  EXPECT_EQ(Pairs(Three("Varga spoke again by phone with Osei and Brandt.")), kEach);
}

TEST(NewsSeparatelyListed, SeparatelyInsideTheObjectList) {
  EXPECT_EQ(Pairs(Three("On Monday, Varga received Osei and, separately, Brandt.")), kEach);
  EXPECT_EQ(Pairs(Three("Varga met Osei and separately Brandt at the ministry.")), kEach);
}

}  // namespace
}  // namespace eg
