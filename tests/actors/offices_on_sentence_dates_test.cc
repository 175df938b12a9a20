// Offices resolve on the days a sentence tells of (Finder::HolderAt,
// actors/finder_dates.cc): "In March 2022, the Italian prime minister" is
// the prime minister of March 2022, not of the publication date.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

std::string Holder(const Gazetteer& g, const std::string& text, const std::string& form) {
  auto f = Find(g, text, "2025-08-20");
  return f->EntityOf(form);
}

TEST(OfficesOnSentenceDates, APastDateNamesTheHolderOfThen) {
  auto g = SmallGazetteer();
  EXPECT_EQ(Holder(*g, "In March 2022, the Italian prime minister met Macron in Rome.",
                   "the Italian prime minister"),
            "Mario Draghi");
  EXPECT_EQ(Holder(*g, "The US president met Putin in Geneva in June 2021.", "The US president"),
            "Joe Biden");
  // A date counted back from the publication date is a past date too.
  EXPECT_EQ(Holder(*g, "Three years ago, the US president visited Kyiv.", "the US president"),
            "Joe Biden");
}

TEST(OfficesOnSentenceDates, TheHolderOfNowWithoutAPastDate) {
  auto g = SmallGazetteer();
  EXPECT_EQ(Holder(*g, "The Italian prime minister met Macron in Rome on Monday.",
                   "The Italian prime minister"),
            "Giorgia Meloni");
  EXPECT_EQ(Holder(*g, "The Italian prime minister met Macron in Rome.",
                   "The Italian prime minister"),
            "Giorgia Meloni");
  // A date of now beside a past one: the sentence speaks of the present.
  EXPECT_EQ(Holder(*g, "On Monday the Italian prime minister, in office since 2022, met Macron.",
                   "the Italian prime minister"),
            "Giorgia Meloni");
}

TEST(OfficesOnSentenceDates, NoOneWhenTheOfficeChangedHandsThen) {
  auto g = SmallGazetteer();
  // Draghi until October 2022, Meloni after: "in 2022" names neither.
  EXPECT_EQ(Holder(*g, "In 2022, the Italian prime minister met Macron in Rome.",
                   "the Italian prime minister"),
            "");
}

TEST(OfficesOnSentenceDates, ANamedHolderOfTheLastDaysIsTheOffice) {
  auto g = SmallGazetteer();
  // Meloni took office in October 2022: "the prime minister" of a sentence
  // of 2022 that names her is she.
  EXPECT_EQ(Holder(*g, "In 2022, Giorgia Meloni won the vote and the prime minister met Macron.",
                   "the prime minister"),
            "Giorgia Meloni");
}

}  // namespace
}  // namespace eg::testing
