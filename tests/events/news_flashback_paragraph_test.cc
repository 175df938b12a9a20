// A past-perfect flashback ("X said he had phoned Y on July 26") sets the
// narrative's time only until its paragraph ends: the next paragraph's
// "X later met Z" continues the story, not the flashback.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

// The date of the interaction whose participants include `who`.
std::string DateWith(Doc& d, const std::string& who) {
  for (const auto& e : d.Interactions())
    if (d.Names(e).count(who)) return e.date;
  return "none";
}

TEST(NewsFlashbackParagraph, TheNextParagraphIsTheStorysAgain) {
  const std::string text =
      "Tom Berg on Sunday signed the accord in Lisbon.\n"
      "Berg said he had phoned Ana Ruiz on July 26 about the fighting.\n"
      "Tom Berg later met Carl Diaz, their first talks in months.";
  Doc d(text, "2025-10-26");
  d.M("Tom Berg", "Tom Berg").M("Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg", ActorKind::kPerson, 1);
  d.M("Carl Diaz", "Carl Diaz");
  d.T("Sunday", "2025-10-26").Flashback("July 26", "2025-07-26");
  EXPECT_EQ(DateWith(d, "Ana Ruiz"), "2025-07-26");
  EXPECT_NE(DateWith(d, "Carl Diaz"), "2025-07-26");
  // The same date told in the story's own past leads the narrative on.
  Doc e(text, "2025-10-26");
  e.M("Tom Berg", "Tom Berg").M("Berg", "Tom Berg", ActorKind::kPerson, 1);
  e.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg", ActorKind::kPerson, 1);
  e.M("Carl Diaz", "Carl Diaz");
  e.T("Sunday", "2025-10-26").T("July 26", "2025-07-26");
  EXPECT_EQ(DateWith(e, "Carl Diaz"), "2025-07-26");
}

}  // namespace
}  // namespace eg
