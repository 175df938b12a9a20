// "hosted Chief of Naval Staff Admiral X": an office with an "of" complement
// of capitalised words, then a second title, then the name: the whole run
// is the object's title, and the name after it is the object.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsStackedTitle, OfficeWithCapitalisedComplementBeforeSecondTitle) {
  Doc d("Ruiz hosted Chief of Naval Staff Admiral Tom Berg for dinner in Varna on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Admiral Tom Berg", "Tom Berg").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg"}));

  Doc t("Ruiz met Chairman of the Joint Staff General Ben Okafor on Monday.");
  t.M("Ruiz", "Ana Ruiz").M("General Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsStackedTitle, AnOfComplementWithoutANameIsNoObject) {
  // "the Bank of Varna Building": capitalised words after "of" that reach
  // no person leave the object unread.
  Doc d("Ruiz met Governor of the Central Bank on Monday.");
  d.M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  EXPECT_TRUE(ev.empty());
}

}  // namespace
}  // namespace eg
