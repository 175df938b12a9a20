// The recogniser's pre-filter (content tokens and the chains of function
// words before them) must not lose expressions whose first words are not
// time words, and must not start at counts that are money or percentages.
// Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include <string_view>

#include "text/token_hash.h"
#include "time/lexicon.h"
#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(PreFilter, PrefixWordsOutsideTheTimeVocabulary) {
  EXPECT_EQ(Show("The bank will pay an additional year of interest."),
            "an additional year=DURATION:P1Y");
  EXPECT_EQ(Show("Shares fell for eight trading days."), "eight trading days=DURATION:P8D");
  EXPECT_EQ(Show("The board meets three times a week."), "three times a week=SET:P1W");
  EXPECT_EQ(Show("The offices close on Memorial Day."), "Memorial Day=DATE:2025-05-26");
  EXPECT_EQ(Show("Parades marked Labour Day in London."), "Labour Day=DATE:2024-09-02");
}

TEST(PreFilter, FunctionWordsBeforeTheTimeWord) {
  EXPECT_EQ(Show("Output rose over a year."), "over a year=DURATION:P1Y");
  EXPECT_EQ(Show("He stayed at least two weeks."), "at least two weeks=DURATION:P2W");
  EXPECT_EQ(Show("Costs rose more than 10 years ago."), "more than 10 years ago=DATE:2015");
  EXPECT_EQ(Show("He came back up to three weeks later."),
            "up to three weeks=DURATION:P3W@2025-09-10");
  EXPECT_EQ(Show("The first 10 days were hard."), "The first 10 days=DURATION:P10D");
  // "up to" before a date is no approximation: "the run-up to Christmas".
  EXPECT_EQ(Show("Sales rose in the run-up to Christmas."), "Christmas=DATE:2024-12-25");
}

TEST(PreFilter, CountsThatStartNothing) {
  EXPECT_EQ(Show("He paid $5 a share in 1999."), "1999=DATE:1999");
  EXPECT_EQ(Show("Prices rose 5% in two years."), "two years=DURATION:P2Y");
  EXPECT_EQ(Show("Two people died in the first quarter."), "the first quarter=DATE:2025-Q1");
  EXPECT_EQ(Show("One of them left the first time."), "");
  EXPECT_EQ(Show("A 10-year-old boy left on Friday."), "Friday=DATE:2025-08-15");
}

TEST(PreFilter, CountWordsAndCapitals) {
  EXPECT_EQ(Show("It lasted twenty-four hours."), "twenty-four hours=DURATION:PT24H");
  EXPECT_EQ(Show("He was born in nineteen ninety-six."), "nineteen ninety-six=DATE:1996");
  EXPECT_EQ(Show("They met in MAY 2004."), "MAY 2004=DATE:2004-05");
  EXPECT_EQ(Show("The fourth-quarter results will be weak."), "fourth-quarter=DATE:2025-Q4");
}

TEST(PreFilter, KeywordsThatCountOnlyNextToCertainWords) {
  EXPECT_EQ(Show("Fighting resumed in the Middle East at the end of 1990."),
            "the end of 1990=DATE:1990");
  EXPECT_EQ(Show("He met them once again; they meet once a week."), "once a week=SET:P1W");
  EXPECT_EQ(Show("The future president spoke of the future."), "the future=DATE:FUTURE_REF");
  EXPECT_EQ(Show("Talks stalled in the near term."), "the near term=DATE:FUTURE_REF");
  EXPECT_EQ(Show("Sales rose in the second half and fell half a point."),
            "the second half=DATE:2025-H2");
  EXPECT_EQ(Show("A 10-year-old boy left two years ago."), "two years ago=DATE:2023");
}

TEST(PreFilter, CountsBeforeHyphensAndTo) {
  EXPECT_EQ(Show("It will take five to 10 years."), "five to 10 years=DURATION:P5Y");
  EXPECT_EQ(Show("They won 3-2 after a 30-day truce."), "30-day=DURATION:P30D");
  EXPECT_EQ(Show("The team scored 5 to beat them."), "");
}

TEST(PreFilter, EveryEarlyAndHolidayNames) {
  EXPECT_EQ(Show("They meet every other week and help each other."),
            "every other week=SET:P2W");
  EXPECT_EQ(Show("He took early retirement in early 1990."), "early 1990=DATE:1990");
  EXPECT_EQ(Show("The Independence Party met on Independence Day."),
            "Independence Day=DATE:2025-07-04");
  EXPECT_EQ(Show("They exchanged gifts on Valentine's Day."), "Valentine's Day=DATE:2025-02-14");
}

TEST(PreFilter, WordTableHidesItsAuxWords) {
  // "additional" is known to the pre-filter, not a time word.
  EXPECT_EQ(timex::LookupTimeWord("additional"), nullptr);
  const timex::Lex* aux = timex::TimeWords().Find("additional", 10, 10);
  ASSERT_NE(aux, nullptr);
  EXPECT_EQ(aux->aux, timex::kAuxPrefix);
  const timex::Lex* week = timex::LookupTimeWord("weeks");
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(week->unit, timex::kWeek);
  EXPECT_TRUE(week->plural);
  EXPECT_EQ(timex::LookupTimeWord("weekss"), nullptr);
  EXPECT_EQ(timex::LookupTimeWord("approximately")->kw, timex::kApprox);  // 13 bytes
  EXPECT_EQ(timex::LookupTimeWord("approximatelyy"), nullptr);
  // Content filter, keyed by the text stage's token hash: "three" passes,
  // "there" (same length, first, second and last bytes) does not; "march"
  // only capitalised.
  auto maybe_content = [](std::string_view w, bool cap) {
    return timex::TimeWords().MaybeContent(HashTokenBytes(w), cap);
  };
  EXPECT_TRUE(maybe_content("three", false));
  EXPECT_FALSE(maybe_content("there", false));
  EXPECT_FALSE(maybe_content("march", false));
  EXPECT_TRUE(maybe_content("march", true));
}

}  // namespace
}  // namespace eg::testing
