// DocActors::office_floor: a document without a publication date is dated
// on or after the start of every office still held that it names a known
// holder by.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

std::string Floor(const Gazetteer& g, const std::string& text, const char* dct = nullptr) {
  auto f = Find(g, text, dct);
  return f->actors.office_floor ? FormatDate(date::year_month_day(*f->actors.office_floor))
                                : "none";
}

TEST(OfficeFloor, LatestStartOfATitledHoldersOffice) {
  auto g = SmallGazetteer();
  EXPECT_EQ(Floor(*g, "Italian Prime Minister Giorgia Meloni spoke to reporters."), "2022-10-22");
  EXPECT_EQ(Floor(*g, "Italian Prime Minister Giorgia Meloni met President Donald Trump."),
            "2025-01-20");
  // A holder back for a second term: the start of the term still running.
  EXPECT_EQ(Floor(*g, "President Donald Trump spoke to reporters."), "2025-01-20");
}

TEST(OfficeFloor, ASharedSurnameCountsWhenTheTitleFitsOneHolder) {
  auto g = SmallGazetteer();
  // "Clinton" names two persons; "President" fits only the one who held
  // that office (an open spell here, for the test).
  ASSERT_TRUE(g->ParseRoles("extra.roles.tsv", "president\tUS\tbill-clinton\t1993-01-20\t\n").ok());
  EXPECT_EQ(Floor(*g, "President Clinton spoke to reporters."), "1993-01-20");
  // Both held it: the title tells nothing.
  ASSERT_TRUE(
      g->ParseRoles("more.roles.tsv", "president\tUS\thillary-clinton\t2001-01-20\t\n").ok());
  EXPECT_EQ(Floor(*g, "President Clinton spoke to reporters."), "none");
}

TEST(OfficeFloor, NoTitleFormerTitleOrDctSayNothing) {
  auto g = SmallGazetteer();
  EXPECT_EQ(Floor(*g, "Giorgia Meloni spoke to reporters."), "none");
  EXPECT_EQ(Floor(*g, "Former Prime Minister Mario Draghi spoke to reporters."), "none");
  // An office held only in the past says nothing of when the story was written.
  EXPECT_EQ(Floor(*g, "Prime Minister Mario Draghi spoke to reporters."), "none");
  // With a publication date there is nothing to infer.
  EXPECT_EQ(Floor(*g, "Italian Prime Minister Giorgia Meloni spoke.", "2025-08-20"), "none");
}

}  // namespace
}  // namespace eg::testing
