// InferDct: a byline may share its line with the name of a programme or a
// section, set off by a dash or a bar; only the part after it must be as
// short as a byline. A date in a long sentence stays no byline.
#include <gtest/gtest.h>

#include <string>

#include "corpus/document.h"
#include "text/text.h"
#include "time/dct_inference.h"
#include "time/timex.h"

namespace eg {
namespace {

std::string Infer(const std::string& s) {
  TextAnalysis ta;
  Analyze(s, 0, &ta);
  auto d = InferDct(ta, TagTimexes(ta, std::nullopt), std::nullopt);
  return d ? FormatDate(*d) : "none";
}

TEST(DctBylineSegment, AProgrammeNameBeforeADashOrBar) {
  EXPECT_EQ(Infer("Envoys and the empty chair\n\n"
                  "MORNING NEWS HOUR WITH JANE DOE AND JOHN ROE \xE2\x80\x94 Transcript, aired "
                  "Sunday, August 10, 2025, 9:00 a.m. ET\n\nThe envoys met on Friday."),
            "2025-08-10");
  EXPECT_EQ(Infer("Envoys and the empty chair\n"
                  "World Affairs Desk, Eastern Europe and Central Asia Section | Published "
                  "August 10, 2025\nThe envoys met on Friday."),
            "2025-08-10");
}

TEST(DctBylineSegment, ALongLeadClauseAfterADashIsNoByline) {
  // The part after the dash is itself a sentence of the lead.
  EXPECT_EQ(Infer("Envoys meet\n"
                  "MOSCOW \xE2\x80\x94 The envoys of the two presidents met in the Kremlin on "
                  "Friday, August 8, 2025, for talks that lasted into the night\n"
                  "They met again on Saturday."),
            "none");
}

}  // namespace
}  // namespace eg
