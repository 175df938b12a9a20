// "The deal, signed on Friday by A and B in the presence of C": persons of
// different countries who sign an agreement together met to sign it; "X
// signed the agreement with Y" says so of any two.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSigningMeeting, SignersOfTwoCountriesMetInThePresenceOfAThird) {
  Doc d("The deal, signed on Friday by Norland's Ben Okafor and Vella's Ana Ruiz in the "
        "presence of Kim Lee, ends the dispute.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor")
      .M("Vella", "Vella", ActorKind::kCountry)
      .M("Ana Ruiz", "Ana Ruiz")
      .M("Kim Lee", "Kim Lee")
      .T("Friday", "2025-08-15");
  d.Country("Ben Okafor", "NO").Country("Ana Ruiz", "VE");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz", "Kim Lee"}));
  EXPECT_EQ(ev[0].date, "2025-08-15");
}

// The agents after "by" past a place and a date with its commas.
TEST(NewsSigningMeeting, SignedInAPlaceOnADateByTwoLeaders) {
  Doc d("That accord was signed in Tavi on July 29, 1987, by Prime Minister Ben Okafor and "
        "President Ana Ruiz.",
        "2025-03-20");
  d.M("Tavi", "Vella", ActorKind::kCountry)
      .M("Prime Minister Ben Okafor", "Ben Okafor")
      .M("President Ana Ruiz", "Ana Ruiz")
      .T("July 29, 1987", "1987-07-29");
  d.Country("Ben Okafor", "NO").Country("Ana Ruiz", "VE");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  EXPECT_EQ(ev[0].date, "1987-07-29");
  // A time, then another phrase of time before the comma of "by".
  Doc a("The pact was signed almost 38 years ago, on July 29, 1987, by Ben Okafor and Ana Ruiz.",
        "2025-03-20");
  a.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz")
      .T("almost 38 years ago", "1987").T("July 29, 1987", "1987-07-29");
  a.Country("Ben Okafor", "NO").Country("Ana Ruiz", "VE");
  auto av = a.Interactions();
  ASSERT_EQ(av.size(), 1u);
  EXPECT_EQ(a.Names(av[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsSigningMeeting, NoAgreementNounOrOneCountryNoMeeting) {
  Doc l("The letter was signed by Ben Okafor and Ana Ruiz on Friday.");
  l.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").T("Friday", "2025-08-15");
  l.Country("Ben Okafor", "NO").Country("Ana Ruiz", "VE");
  EXPECT_TRUE(l.Interactions().empty());
  Doc o("The agreement was signed by Ben Okafor and Ana Ruiz on Friday.");
  o.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").T("Friday", "2025-08-15");
  o.Country("Ben Okafor", "NO").Country("Ana Ruiz", "NO");
  EXPECT_TRUE(o.Interactions().empty());
}

TEST(NewsSigningMeeting, SignedWithSomeoneIsSignedTogetherOfOneCountryToo) {
  // "X signed the agreement on Tuesday at the Diet with Y": the subject and
  // whom the verb names with it met to sign, though both are of one country.
  Doc d("Ruiz signed the agreement on Tuesday at the Diet with Unity leader Ben Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-02-25");
  d.Country("Ana Ruiz", "JP").Country("Ben Okafor", "JP");
  bool met = false;
  for (const EventMention& m : d.Interactions())
    met = met || (m.type == "meeting" && d.Names(m) == Names{"Ana Ruiz", "Ben Okafor"} &&
                  m.date == "2025-02-25");
  EXPECT_TRUE(met);
}

}  // namespace
}  // namespace eg
