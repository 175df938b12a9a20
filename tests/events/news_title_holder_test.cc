// "Yesterday the Secretary hosted X": a capitalised title after "the" as a
// subject is the one person the text named with that title before.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTitleHolder, TheTitleIsItsOneNamedHolder) {
  Doc d("Secretary Ana Ruiz spoke to reporters on Monday. "
        "On Tuesday the Secretary hosted Tom Berg at the ministry.");
  d.M("Secretary Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg"}));
}

TEST(NewsTitleHolder, TwoHoldersOfTheTitleLeaveItOpen) {
  Doc d("Secretary Ana Ruiz and Treasury Secretary Ben Okafor spoke on Monday. "
        "On Tuesday the Secretary hosted Tom Berg at the ministry.");
  d.M("Secretary Ana Ruiz", "Ana Ruiz").M("Treasury Secretary Ben Okafor", "Ben Okafor");
  d.M("Tom Berg", "Tom Berg").T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  for (const EventMention& m : d.Interactions()) {
    EXPECT_FALSE(d.Names(m).count("Ana Ruiz") && d.Names(m).count("Tom Berg"));
  }
}

}  // namespace
}  // namespace eg
