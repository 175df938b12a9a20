// InferDct: the publication date of a document without one, from its own
// dates: a byline, else the day after the latest date reported as past,
// when a floor (offices still held) vouches for the era.
#include "time/dct_inference.h"

#include <gtest/gtest.h>

#include <string>

#include "corpus/document.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg {
namespace {

std::string Infer(const std::string& s, const char* floor = nullptr) {
  TextAnalysis ta;
  Analyze(s, 0, &ta);
  std::optional<date::sys_days> f;
  if (floor) f = date::sys_days(*ParseIsoDate(floor));
  auto d = InferDct(ta, TagTimexes(ta, std::nullopt), f);
  return d ? FormatDate(*d) : "none";
}

TEST(DctInference, BylineDateIsThePublicationDate) {
  EXPECT_EQ(Infer("Leaders meet in Rome\nBy Jane Doe | August 16, 2025\n"
                  "The two presidents met on Friday after talks on March 3, 2025."),
            "2025-08-16");
}

TEST(DctInference, BylineForms) {
  for (const char* line : {"Published: 16 Aug 2025 10:14 BST", "August 16, 2025 at 10:14 a.m.",
                           "Updated 3:45 PM EDT, Sat August 16, 2025", "2025-08-16"})
    EXPECT_EQ(Infer(std::string("Leaders meet\n") + line + "\nThe presidents met on Friday."),
              "2025-08-16")
        << line;
}

TEST(DctInference, BylineAfterATitleAndBlankLines) {
  EXPECT_EQ(Infer("Envoys meet in Rome\n\nBy Jane Doe | Oct. 22, 2025\n\nThe envoys met on Monday."),
            "2025-10-22");
  // Below the sixth non-blank line a short dated line is no byline.
  EXPECT_EQ(Infer("Envoys meet\nin Rome\nafter all\nand then\nsome more\nand more\n"
                  "Oct. 22, 2025\nThe envoys met on Monday."),
            "none");
}

TEST(DctInference, BylineBelowAMastheadSectionTitleAndAuthor) {
  // A web page puts its paper's name, a section, a title and the authors
  // above the date line.
  EXPECT_EQ(Infer("THE HARBOR GAZETTE\nWorld\nEnvoys meet in Rome, agree on little\n"
                  "By Jane Doe and John Roe\nPublished Oct. 22, 2025, 9:10 a.m. | Updated 11:02 a.m.\n"
                  "The envoys met on Monday."),
            "2025-10-22");
  EXPECT_EQ(Infer("OPINION | COLUMNISTS\nSummits are no strategy.\nBy Jane Doe\nOct. 22, 2025\n"
                  "The envoys met on Monday."),
            "2025-10-22");
}

TEST(DctInference, WireDatelineIsTheStorysDay) {
  // Over an "Updated" byline a day later, the dateline's day wins.
  EXPECT_EQ(Infer("Trade talks end\nNews Desk | Updated: 2025-10-27 08:12\n"
                  "KUALA LUMPUR, Oct. 26 (Agency) -- The two teams held talks on Sunday."),
            "2025-10-26");
  // Without a byline, the floor gives the year.
  EXPECT_EQ(Infer("Talks end\nMOSCOW, Oct 22 (Agency) - The envoys met on Tuesday.", "2025-01-20"),
            "2025-10-22");
  EXPECT_EQ(Infer("Talks end\nMOSCOW, Oct 22 (Agency) - The envoys met on Tuesday."), "none");
  EXPECT_EQ(Infer("Talks end\nMOSCOW, December 3. /AGENCY/. The envoys met on Tuesday.",
                  "2025-01-20"),
            "2025-12-03");
  // A place and a date in a sentence of the story are no dateline.
  EXPECT_EQ(Infer("Talks end\nIn Moscow, Oct 22 is a holiday (a new one) and envoys meet.",
                  "2025-01-20"),
            "none");
}

TEST(DctInference, DayMonthYearNeedsNoPublicationDate) {
  TextAnalysis ta;
  const std::string s = "The report of 16 August 2025 was read.";
  Analyze(s, 0, &ta);
  const auto t = TagTimexes(ta, std::nullopt);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2025-08-16");
}

TEST(DctInference, DateInALongLeadSentenceIsNoByline) {
  // On the second line but inside a sentence of the story: it dates the
  // talks, and the story was written after them.
  EXPECT_EQ(Infer("Talks end\nThe foreign ministers of the two countries held talks in Vienna "
                  "on June 3, 2024, and agreed to meet again.", "2023-01-01"),
            "2024-06-04");
}

TEST(DctInference, DayAfterTheLatestPastDate) {
  EXPECT_EQ(Infer("The ministers met on March 3, 2024. They spoke again on March 9, 2024, "
                  "and on March 5, 2024 they had exchanged letters.", "2023-01-01"),
            "2024-03-10");
}

TEST(DctInference, FutureDatesDoNotCount) {
  EXPECT_EQ(Infer("The ministers met on March 3, 2024. They will meet again on April 20, 2024.",
                  "2023-01-01"),
            "2024-03-04");
}

TEST(DctInference, WithoutAFloorOnlyABylineCounts) {
  // Wire copy writes the year of older dates: nothing says this one is news.
  EXPECT_EQ(Infer("The ministers met on March 3, 2024 in Vienna."), "none");
  EXPECT_EQ(Infer("Reagan met Gorbachev on November 19, 1985. The new talks began in 2023."),
            "none");
}

TEST(DctInference, DateWithoutYearTakesTheFloorsYearOnlyWhenNoLaterYearIsNamed) {
  EXPECT_EQ(Infer("On May 14 the candidates met in Ankara.", "2023-01-01"), "2023-05-15");
  EXPECT_EQ(Infer("Turnout was low in 2023. On May 14 the candidates met in Ankara.",
                  "2023-01-01"),
            "2023-05-15");
  // 2024 is named: the floor's year may be last year's.
  EXPECT_EQ(Infer("Turnout was low in 2024. On May 14 the candidates met in Ankara.",
                  "2023-01-01"),
            "none");
}

TEST(DctInference, FloorGivesTheYearAndDropsEarlierDates) {
  // Without the floor the story would be placed in 2022; the floor (an
  // office that began in May 2025) says it is later.
  EXPECT_EQ(Infer("The war began in 2022. On August 15 the two leaders met in Alaska.",
                  "2025-05-06"),
            "2025-08-16");
  EXPECT_EQ(Infer("The ministers met on March 3, 2024.", "2025-05-06"), "none");
}

TEST(DctInference, AWeekdayWithTheDayGivesTheYear) {
  // August 15 is a Friday in 2025, not in 2024 (the floor's year).
  EXPECT_EQ(Infer("On Friday, August 15, the two leaders met in Alaska.", "2024-10-01"),
            "2025-08-16");
  // No year of the next twelve puts the day on that weekday (the text is
  // wrong): the floor's year, here before the floor.
  EXPECT_EQ(Infer("On Friday, February 29, the two leaders met in Alaska.", "2024-10-01"),
            "none");
  // Without the weekday the floor's year puts the day before the floor.
  EXPECT_EQ(Infer("On August 15 the two leaders met in Alaska.", "2024-10-01"), "none");
}

TEST(DctInference, NoDateNoGuess) {
  EXPECT_EQ(Infer("Yesterday the two presidents held a long telephone call."), "none");
  EXPECT_EQ(Infer("The talks were held on Friday in 2024."), "none");
  EXPECT_EQ(Infer(""), "none");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

std::string Recorded(const std::string& s, const char* dct) {
  TextAnalysis ta;
  Analyze(s, 0, &ta);
  const auto d = *ParseIsoDate(dct);
  auto r = RecordingDate(ta, TagTimexes(ta, d), d);
  return r ? FormatDate(*r) : "none";
}

// "This conversation was recorded on Tuesday, October 14.": the speakers'
// "yesterday" counts from that day, not from the day of publication.
TEST(RecordingDate, ATranscriptsHeadSaysWhenItWasRecorded) {
  EXPECT_EQ(Recorded("THE BRIEFING ROOM\nTranscript | October 15, 2025\n"
                     "This conversation was recorded on Tuesday, October 14. It has been edited.\n"
                     "HOST: Let's start with yesterday.",
                     "2025-10-15"),
            "2025-10-14");
  EXPECT_EQ(Recorded("Podcast\nRecorded Oct. 10, 2025\nHOST: Welcome.", "2025-10-15"),
            "2025-10-10");
  // No recording line, or one far from the publication date: none.
  EXPECT_EQ(Recorded("Podcast\nOctober 15, 2025\nHOST: Welcome back.", "2025-10-15"), "none");
  EXPECT_EQ(Recorded("Podcast\nRecorded on June 2, 2025\nHOST: Welcome.", "2025-10-15"), "none");
  // A recording told deep in the story is no head.
  EXPECT_EQ(Recorded("Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\n"
                     "The album was recorded on October 14, 2025.",
                     "2025-10-15"),
            "none");
}

}  // namespace
}  // namespace eg
