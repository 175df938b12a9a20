// Quarters and periods of company results, resolved against the publication
// date: Wed 2025-08-20 (third quarter) unless a test gives another.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

date::year_month_day January() { return date::year{2026} / 1 / 28; }

TEST(ReportingPeriods, QuarterAheadOfThePublicationDateToldInThePast) {
  // Results come out after the quarter: in January, a past-tense fourth
  // quarter is last year's.
  EXPECT_EQ(Show("The bank reported a loss for the fourth quarter.", January()),
            "the fourth quarter=DATE:2025-Q4");
  EXPECT_EQ(Show("Its third-quarter profit fell sharply.", January()),
            "third-quarter=DATE:2025-Q3");
  // Looking ahead, or a quarter already begun, stays in the current year.
  EXPECT_EQ(Show("The bank expects a loss in the fourth quarter."),
            "the fourth quarter=DATE:2025-Q4");
  EXPECT_EQ(Show("The bank reported a loss for the first quarter.", January()),
            "the first quarter=DATE:2026-Q1");
  // A fiscal quarter is numbered from the company's own year.
  EXPECT_EQ(Show("The firm posted a loss in the fiscal fourth quarter.", January()),
            "the fiscal fourth quarter=DATE:2026-Q4");
}

TEST(ReportingPeriods, QuarterEndedOnADate) {
  // May to July: mostly the second calendar quarter.
  EXPECT_EQ(Show("In the quarter ended July 31, the retailer lost money."),
            "the quarter=DATE:2025-Q2 | July 31=DATE:2025-07-31");
  EXPECT_EQ(Show("In the quarter ended June 30, the retailer lost money."),
            "the quarter=DATE:2025-Q2 | June 30=DATE:2025-06-30");
  // November to January: last year's fourth quarter.
  EXPECT_EQ(Show("Net fell in the quarter ended Jan. 31.", date::year{2026} / 2 / 20),
            "the quarter=DATE:2025-Q4 | Jan. 31=DATE:2026-01-31");
}

TEST(ReportingPeriods, NumberedQuarterEndedOnADate) {
  // A company's numbered quarter lies in the year of the day it ended: a
  // day ahead of the publication date, told as ended, is last year's.
  EXPECT_EQ(Show("In the year-ago quarter, the second quarter ended Oct. 31, the chain "
                 "lost money. Results for that quarter included a charge.",
                 date::year{2025} / 10 / 27),
            "the year-ago quarter=DATE:2024-Q3 | the second quarter=DATE:2024-Q2 | "
            "Oct. 31=DATE:2024-10-31 | that quarter=DATE:2024-Q2");
  EXPECT_EQ(Show("Net fell in its fourth quarter ended Sept. 30.", date::year{2025} / 11 / 4),
            "fourth quarter=DATE:2025-Q4 | Sept. 30=DATE:2025-09-30");
  EXPECT_EQ(Show("Net fell in the third quarter ended Dec. 31, 2024."),
            "the third quarter=DATE:2024-Q3 | Dec. 31, 2024=DATE:2024-12-31");
}

TEST(ReportingPeriods, QuarterEndedAfterAFiscalQuarter) {
  // Its end day cannot number a fiscal quarter: after "the fiscal first
  // quarter", "the quarter ended Sept. 28" is that quarter, and stays the
  // one reported ("the 2024 period", "the quarter").
  date::year_month_day november = date::year{2025} / 11 / 4;
  EXPECT_EQ(Show("The chipmaker earned $4 million in the fiscal first quarter. Revenue for "
                 "the quarter ended Sept. 28 rose 20%. In the 2024 period, it lost money. "
                 "Shipments doubled in the quarter.", november),
            "the fiscal first quarter=DATE:2025-Q1 | the quarter=DATE:2025-Q1 | "
            "Sept. 28=DATE:2025-09-28 | the 2024 period=DATE:2024-Q1 | "
            "the quarter=DATE:2025-Q1");
  // After a calendar quarter, the calendar quarter of its months.
  EXPECT_EQ(Show("The chipmaker earned $4 million in the third quarter. Revenue for the "
                 "quarter ended Oct. 31 rose 20%.", november),
            "the third quarter=DATE:2025-Q3 | the quarter=DATE:2025-Q3 | "
            "Oct. 31=DATE:2025-10-31");
}

TEST(ReportingPeriods, TheQuarterAYearAgo) {
  // "the quarter a year ago" is one expression: the quarter reported, a
  // year back.
  date::year_month_day november = date::year{2025} / 11 / 4;
  EXPECT_EQ(Show("Net rose in the third quarter. For the quarter a year ago, the bank "
                 "lost money.", november),
            "the third quarter=DATE:2025-Q3 | the quarter a year ago=DATE:2024-Q3");
  EXPECT_EQ(Show("Net rose in the third quarter, against a loss in the period a year "
                 "earlier.", november),
            "the third quarter=DATE:2025-Q3 | the period a year earlier=DATE:2024-Q3");
  // A year ago in the next sentence is a sentence of its own.
  EXPECT_EQ(Show("Net rose in the third quarter. A year ago, the bank lost money.", november),
            "the third quarter=DATE:2025-Q3 | A year ago=DATE:2024-Q3");
}

TEST(ReportingPeriods, LastYearsQuarter) {
  // The reported quarter (the last one completed), a year back.
  EXPECT_EQ(Show("Sales for last year's quarter were $3 million."),
            "last year's quarter=DATE:2024-Q2");
  // After a named quarter, that quarter a year back.
  EXPECT_EQ(Show("Profit rose in the third quarter. Sales in last year's quarter were lower."),
            "the third quarter=DATE:2025-Q3 | last year's quarter=DATE:2024-Q3");
}

TEST(ReportingPeriods, TheQuarterIsTheQuarterReported) {
  // After a fiscal quarter told in the past, "the latest period" and "the
  // quarter" are that quarter, not the last calendar quarter before the date.
  date::year_month_day november = date::year{2025} / 11 / 4;
  EXPECT_EQ(Show("The brewer reported lower fourth-quarter earnings. "
                 "Sales in the latest period rose 4%.", november),
            "fourth-quarter=DATE:2025-Q4 | the latest period=DATE:2025-Q4");
  EXPECT_EQ(Show("The airline posted a fiscal first-quarter loss. "
                 "Traffic fell 3% in the quarter.", november),
            "fiscal first-quarter=DATE:2025-Q1 | the quarter=DATE:2025-Q1");
  // "that quarter" is the last quarter named, a comparison included.
  EXPECT_EQ(Show("Net rose in the third quarter. In the year-ago quarter, the firm lost "
                 "money. That quarter included a charge.", november),
            "the third quarter=DATE:2025-Q3 | the year-ago quarter=DATE:2024-Q3 | "
            "That quarter=DATE:2024-Q3");
  // With no quarter named, the last one completed.
  EXPECT_EQ(Show("Traffic fell 3% in the latest quarter.", november),
            "the latest quarter=DATE:2025-Q3");
  // A quarter under way, looked at ahead, is not the one reported: the
  // comparison still takes the reported quarter.
  EXPECT_EQ(Show("Net income rose in the third quarter. The storm will cost it a "
                 "fourth-quarter charge. Profit fell in the latest quarter.", november),
            "the third quarter=DATE:2025-Q3 | fourth-quarter=DATE:2025-Q4 | "
            "the latest quarter=DATE:2025-Q3");
  EXPECT_EQ(Show("Net income rose in the third quarter. The firm has no estimate of "
                 "the storm's cost in fourth-quarter results. Net was $3 million, "
                 "up from $2 million a year earlier.", november),
            "the third quarter=DATE:2025-Q3 | fourth-quarter=DATE:2025-Q4 | "
            "a year earlier=DATE:2024-Q3");
}

TEST(ReportingPeriods, TheYearsPeriodIsThePeriodJustSpokenOf) {
  date::year_month_day november = date::year{2025} / 11 / 4;
  // After a quarter and its comparison, "the 2025 period" is that quarter.
  EXPECT_EQ(Show("The miner's third-quarter profit rose. Costs were lower than in the "
                 "year-earlier period. In the 2025 period, prices also rose.", november),
            "third-quarter=DATE:2025-Q3 | the year-earlier period=DATE:2024-Q3 | "
            "the 2025 period=DATE:2025-Q3");
  // That quarter then stays the one compared with "a year ago"; "the 2024
  // period", itself a comparison, does not become it.
  EXPECT_EQ(Show("The miner's third-quarter profit rose. A storm had hit the second "
                 "quarter. Sales were flat. Costs were lower than in the year-earlier "
                 "period. In the 2025 period, costs were lower than a year ago.", november),
            "third-quarter=DATE:2025-Q3 | the second quarter=DATE:2025-Q2 | "
            "the year-earlier period=DATE:2024-Q3 | the 2025 period=DATE:2025-Q3 | "
            "a year ago=DATE:2024-Q3");
  EXPECT_EQ(Show("Sales rose in the fiscal first quarter. In the 2024 period, the firm "
                 "lost money. Orders rose in the quarter.", november),
            "the fiscal first quarter=DATE:2025-Q1 | the 2024 period=DATE:2024-Q1 | "
            "the quarter=DATE:2025-Q1");
  // After "the first nine months", the year.
  EXPECT_EQ(Show("In the first nine months, net was $5 million, against $4 million in "
                 "the 2024 period.", november),
            "the first nine months=DURATION:P9M | the 2024 period=DATE:2024");
  // Nothing named before: the year.
  EXPECT_EQ(Show("Prices fell in the 2024 period.", november),
            "the 2024 period=DATE:2024");
}

TEST(ReportingPeriods, TheSamePeriodLastYear) {
  date::year_month_day november = date::year{2025} / 11 / 4;
  // After a quarter: that quarter a year back.
  EXPECT_EQ(Show("The chain lost $2 million in the third quarter, against a profit in "
                 "the corresponding period last year.", november),
            "the third quarter=DATE:2025-Q3 | the corresponding period last year=DATE:2024-Q3");
  EXPECT_EQ(Show("The chain lost money in the third quarter. Sales were flat with the same "
                 "quarter a year earlier.", november),
            "the third quarter=DATE:2025-Q3 | the same quarter a year earlier=DATE:2024-Q3");
  // After "the first nine months": the year before.
  EXPECT_EQ(Show("In the first nine months, sales rose 4% from the same period of last year.",
                 november),
            "the first nine months=DURATION:P9M | the same period of last year=DATE:2024");
  // "the comparable" is "the same".
  EXPECT_EQ(Show("Profit rose in the second quarter, up from the comparable quarter a year ago."),
            "the second quarter=DATE:2025-Q2 | the comparable quarter a year ago=DATE:2024-Q2");
}

TEST(ReportingPeriods, QuarterOfAFiscalYear) {
  EXPECT_EQ(Show("Sales rose in the third quarter of fiscal 1990."),
            "the third quarter of fiscal 1990=DATE:1990-Q3");
  EXPECT_EQ(Show("Profit fell in the second half of fiscal 2024."),
            "the second half of fiscal 2024=DATE:2024-H2");
}

}  // namespace
}  // namespace eg::testing
