// What a "since" phrase dates. A time deep in it ("since the minister's
// trip to Moscow in December 2024") dates the occasion it names, not the
// meeting the sentence tells of before it; a place with its time ("since
// Helsinki in 2018") names the pair's last encounter, of a meeting to come
// as of one held.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

bool HasDate(Doc& d, const std::string& date, EventStatus st) {
  for (const EventMention& m : d.Interactions())
    if (m.date == date && m.status == st) return true;
  return false;
}

TEST(NewsSincePhrase, ATimeDeepInTheSincePhraseIsNotTheMeetings) {
  Doc a("Ruiz met Okafor in Porto, the first meeting between the two since the minister's trip "
        "to Moscow in December 2024.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("December 2024", "2024-12");
  EXPECT_FALSE(HasDate(a, "2024-12", EventStatus::kOccurred));
  // The time right after "since" names their last encounter, as before.
  Doc b("Ruiz met Okafor in Porto on Monday, their first meeting since December 2024.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  b.T("December 2024", "2024-12");
  EXPECT_TRUE(HasDate(b, "2025-08-18", EventStatus::kOccurred));
  EXPECT_TRUE(HasDate(b, "2024-12", EventStatus::kOccurred));
}

TEST(NewsSincePhrase, APlaceAndItsTimeNameTheLastEncounter) {
  Doc a("Ruiz met Okafor on Monday, their first meeting since Helsinki in 2018.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18").T("2018", "2018");
  EXPECT_TRUE(HasDate(a, "2018", EventStatus::kOccurred));

  // Of a meeting to come too.
  Doc b("Ruiz and Okafor are scheduled to meet in Alaska on Friday, their first summit since "
        "Helsinki in 2018.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-22").T("2018", "2018");
  EXPECT_TRUE(HasDate(b, "2025-08-22", EventStatus::kPlanned));
  EXPECT_TRUE(HasDate(b, "2018", EventStatus::kOccurred));

  // A person's name is no place of an occasion.
  Doc c("Ruiz met Okafor on Monday, their first meeting since Lima in 2018.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  c.T("Monday", "2025-08-18").T("2018", "2018");
  EXPECT_FALSE(HasDate(c, "2018", EventStatus::kOccurred));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(NewsSincePhrase, ATimeDeepInTheSincePhraseLeavesTheSceneDate) {
  testing::Doc a("Ruiz held talks with Okafor in Lisbon on Monday. Ruiz also met Lima, their first "
                 "meeting since the minister's trip to Moscow in December 2024.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.M("Lima", "Eva Lima").T("Monday", "2025-08-18").T("December 2024", "2024-12");
  bool dated = false;
  for (const EventMention& m : a.Interactions())
    dated = dated || (m.trigger == "met" && m.date == "2025-08-18");
  EXPECT_TRUE(dated);
}

TEST(NewsSincePhrase, ThereAfterTheNounIsWhereNotWhen) {
  // "their first meeting there since 2019": the place adverb between the
  // noun and "since" leaves the phrase the noun's.
  Doc a("Ruiz will receive Okafor in Porto on Thursday, their first meeting there since 2019.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21").T("2019", "2019");
  EXPECT_TRUE(HasDate(a, "2025-08-21", EventStatus::kPlanned));
  EXPECT_TRUE(HasDate(a, "2019", EventStatus::kOccurred));
}

TEST(NewsSincePhrase, ACopulaSentenceRestatesTheEncounterToldLast) {
  // "It was their first meeting since ...": the sentence restates the
  // meeting told a sentence or two before; the phrase dates the pair's
  // encounter before it, told by this sentence.
  Doc a("Ruiz met Okafor in Porto on Monday. Ruiz later praised the deal. It was their first "
        "in-person meeting since the talks in Lisbon in May.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.T("Monday", "2025-08-18").T("May", "2025-05");
  bool told = false;
  for (const EventMention& m : a.Interactions())
    told = told || (m.date == "2025-05" && m.status == EventStatus::kOccurred &&
                    m.participants.size() == 2 && m.sentence == 2);
  EXPECT_TRUE(told);

  // Nothing told before it: no pair to date.
  Doc b("The talks were long. It was their first meeting since the talks in Lisbon in May.");
  b.T("May", "2025-05");
  EXPECT_TRUE(b.Interactions().empty());

  // Not the first: "a meeting since May" says nothing of May.
  Doc c("Ruiz met Okafor in Porto on Monday. It was their longest meeting since the talks in "
        "Lisbon in May.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18").T("May", "2025-05");
  EXPECT_FALSE(HasDate(c, "2025-05", EventStatus::kOccurred));
}

}  // namespace
}  // namespace eg
