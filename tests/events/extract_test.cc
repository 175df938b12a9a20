// ExtractEvents() on short sentences with hand-placed actors and times.
#include "events/event.h"
#include "events/shared_text.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

// --- triggers ---------------------------------------------------------------

TEST(ExtractTriggers, MetWithIsAMeeting) {
  Doc d("Macron met with Scholz in Paris on Tuesday.");
  d.M("Macron", "Emmanuel Macron").M("Scholz", "Olaf Scholz").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Emmanuel Macron", "Olaf Scholz"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].date_text, "Tuesday");
  EXPECT_EQ(ev[0].place, "Paris");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].Text(), "Macron met with Scholz in Paris on Tuesday.");
}

TEST(ExtractTriggers, HeldTelephoneConversationIsACall) {
  Doc d("Lula and Xi held their third telephone conversation of the year.");
  d.M("Lula", "Lula da Silva").M("Xi", "Xi Jinping");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Lula da Silva", "Xi Jinping"}));
}

TEST(ExtractTriggers, SpokeByPhoneIsACall) {
  Doc d("Erdogan spoke by phone with Zelensky.");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Zelensky", "Volodymyr Zelensky");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
}

TEST(ExtractTriggers, CalledWithABareObjectIsACall) {
  Doc d("Trump called Putin on Friday.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-08-15");
}

TEST(ExtractTriggers, HostedAndHeldTalksAndNegotiations) {
  Doc d("Modi hosted Albanese. Russia and Ukraine held talks in Istanbul. "
        "Washington opened negotiations with Tehran.");
  d.M("Modi", "Narendra Modi").M("Albanese", "Anthony Albanese");
  d.M("Russia", "Russia", ActorKind::kCountry).M("Ukraine", "Ukraine", ActorKind::kCountry);
  d.M("Washington", "United States", ActorKind::kCountry).M("Tehran", "Iran", ActorKind::kCountry);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[1].type, "talks");
  EXPECT_EQ(ev[1].place, "Istanbul");
  EXPECT_EQ(d.Names(ev[1]), (Names{"Russia", "Ukraine"}));
  EXPECT_EQ(ev[2].type, "talks");
  EXPECT_EQ(d.Names(ev[2]), (Names{"United States", "Iran"}));
}

TEST(ExtractTriggers, OtherDatedEventsAreNotInteractions) {
  Doc d("Brussels imposed sanctions on Iran on Monday. Moscow issued a statement.");
  d.M("Brussels", "European Union", ActorKind::kOrganization)
      .M("Iran", "Iran", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto all = d.Run();
  ASSERT_EQ(all.size(), 1u);  // the undated statement adds nothing to a timeline
  EXPECT_EQ(all[0].type, "sanction");
  EXPECT_FALSE(all[0].interaction);
  EXPECT_EQ(all[0].date, "2025-08-18");
}

// Events that are no interaction are kept only when dated: by the sentence,
// or by the narrative it continues ("Later, ..."); an undated one is dropped
// without its analysis, the interactions of its sentence are not.
TEST(ExtractTriggers, OtherEventsDatedByTheNarrativeOnly) {
  Doc d("Putin met Xi in Beijing on Monday. Later, Lavrov issued a statement. "
        "Lavrov issued a statement. Lavrov issued a statement after he met Wang.");
  d.M("Putin", "Vladimir Putin").M("Xi", "Xi Jinping").T("Monday", "2025-08-18");
  d.M("Lavrov", "Sergei Lavrov").M("Lavrov", "Sergei Lavrov", ActorKind::kPerson, 1);
  d.M("Lavrov", "Sergei Lavrov", ActorKind::kPerson, 2).M("Wang", "Wang Yi");
  auto all = d.Run();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].type, "meeting");
  EXPECT_EQ(all[1].type, "statement");
  EXPECT_EQ(all[1].date, "2025-08-18");
  EXPECT_TRUE(all[1].date_inherited);
  EXPECT_EQ(all[1].sentence, 1u);
  EXPECT_EQ(all[2].type, "meeting");
  EXPECT_EQ(all[2].sentence, 3u);
  EXPECT_EQ(d.Names(all[2]), (Names{"Sergei Lavrov", "Wang Yi"}));
}

// --- not interactions -------------------------------------------------------

TEST(ExtractNotInteractions, UrgingPraiseToastAndPressAreNot) {
  Doc d("Merz and Macron called on Trump to press Putin. Lula praised Biden for his record. "
        "Orban raised a toast to Putin. Trump told CNN that he was pleased. "
        "Trump spoke to CNN on Sunday. Trump called Biden a failure.");
  d.M("Merz", "Friedrich Merz").M("Macron", "Emmanuel Macron").M("Trump", "Donald Trump");
  d.M("Putin", "Vladimir Putin").M("Lula", "Lula da Silva").M("Biden", "Joe Biden");
  d.M("Orban", "Viktor Orban").M("Putin", "Vladimir Putin", ActorKind::kPerson, 1);
  d.M("Trump", "Donald Trump", ActorKind::kPerson, 1).M("CNN", "CNN", ActorKind::kOrganization);
  d.M("Trump", "Donald Trump", ActorKind::kPerson, 2)
      .M("CNN", "CNN", ActorKind::kOrganization, 1);
  d.M("Trump", "Donald Trump", ActorKind::kPerson, 3).M("Biden", "Joe Biden", ActorKind::kPerson, 1);
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(ExtractNotInteractions, OnlyStructureNotCooccurrence) {
  Doc d("Sunak, who had criticised Biden, met Macron on Friday.");
  d.M("Sunak", "Rishi Sunak").M("Biden", "Joe Biden").M("Macron", "Emmanuel Macron");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Rishi Sunak", "Emmanuel Macron"}));
}

TEST(ExtractNotInteractions, OneParticipantIsNoInteraction) {
  Doc d("Biden met reporters at the airport.");
  d.M("Biden", "Joe Biden");
  EXPECT_TRUE(d.Interactions().empty());
}

// --- participants by structure ------------------------------------------------

TEST(ExtractParticipants, BetweenAndHostedTalks) {
  Doc d("Erdogan hosted talks between Putin and Zelensky.");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Putin", "Vladimir Putin").M("Zelensky",
                                                                        "Volodymyr Zelensky");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Vladimir Putin", "Volodymyr Zelensky"}));
}

TEST(ExtractParticipants, CoordinatedObjects) {
  Doc d("Trump welcomed Macron, Starmer and Meloni to the White House.");
  d.M("Trump", "Donald Trump").M("Macron", "Emmanuel Macron").M("Starmer", "Keir Starmer");
  d.M("Meloni", "Giorgia Meloni");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 4u);
}

TEST(ExtractParticipants, Passive) {
  Doc d("Zelensky was welcomed by Starmer in London.");
  d.M("Zelensky", "Volodymyr Zelensky").M("Starmer", "Keir Starmer");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Volodymyr Zelensky", "Keir Starmer"}));
  EXPECT_EQ(ev[0].place, "London");
}

TEST(ExtractParticipants, GroupWithNamedMembers) {
  Doc d("Trump met European leaders, including Merz and Macron, on Monday. "
        "European leaders, including Stubb and Meloni, met Zelensky in Kyiv.");
  d.M("Trump", "Donald Trump").M("Merz", "Friedrich Merz").M("Macron", "Emmanuel Macron");
  d.M("Stubb", "Alexander Stubb").M("Meloni", "Giorgia Meloni").M("Zelensky",
                                                                  "Volodymyr Zelensky");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Donald Trump", "Friedrich Merz", "Emmanuel Macron"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Alexander Stubb", "Giorgia Meloni", "Volodymyr Zelensky"}));
}

TEST(ExtractParticipants, NamesInAppositionToAGroupSubject) {
  Doc d("The two presidents, Lind and Okafor, met in Oslo.");
  d.M("Lind", "Ana Lind").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Lind", "Ben Okafor"}));
  EXPECT_EQ(ev[0].place, "Oslo");
  // One name in apposition is no list of the group's members.
  Doc one("The two presidents, Lind, met in Oslo.");
  one.M("Lind", "Ana Lind");
  EXPECT_TRUE(one.Interactions().empty());
}

TEST(ExtractParticipants, GroupEntityWithoutNamedMembersDoesNotCount) {
  Doc d("Zelensky met European leaders in Brussels.");
  d.M("Zelensky", "Volodymyr Zelensky").M("European leaders", "European leaders",
                                          ActorKind::kGroup);
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(ExtractParticipants, GroupNamedElsewhereInTheText) {
  Doc d("Biden spoke with Gulf leaders on Monday. Gulf leaders, including Tamim and Bin Zayed, "
        "want a ceasefire.");
  d.M("Biden", "Joe Biden").M("Tamim", "Tamim bin Hamad").M("Bin Zayed", "Mohamed bin Zayed");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Joe Biden", "Tamim bin Hamad", "Mohamed bin Zayed"}));
}

TEST(ExtractParticipants, AttendeesAfterTheVerb) {
  Doc d("Attending the summit in Rome were Meloni, Sanchez and Costa.");
  d.M("Meloni", "Giorgia Meloni").M("Sanchez", "Pedro Sanchez").M("Costa", "Antonio Costa");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 3u);
  EXPECT_EQ(ev[0].place, "Rome");
}

TEST(ExtractParticipants, SubjectOfTheClauseAfterACall) {
  Doc d("Scholz told reporters after a call with Macron that Europe was united.");
  d.M("Scholz", "Olaf Scholz").M("Macron", "Emmanuel Macron");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Olaf Scholz", "Emmanuel Macron"}));
}

TEST(ExtractParticipants, PluralPronounResolvedToPair) {
  Doc d("Trump and Putin arrived in Alaska. They met on Friday.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Donald Trump", "Vladimir Putin"}));
}

TEST(ExtractParticipants, SingularPronounResolvedToPreviousSubject) {
  Doc d("Sanchez landed in Rome. He met Meloni.");
  d.M("Sanchez", "Pedro Sanchez").M("Meloni", "Giorgia Meloni");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Pedro Sanchez", "Giorgia Meloni"}));
}

TEST(ExtractParticipants, RoleMention) {
  Doc d("Macron met the Russian president in Versailles.");
  d.M("Macron", "Emmanuel Macron").M("the Russian president", "Vladimir Putin");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Emmanuel Macron", "Vladimir Putin"}));
}

TEST(ExtractParticipants, PossessorCompoundAndRelativeClause) {
  Doc d("Biden's summit with Xi ended early. The Biden-Xi summit took place in Woodside. "
        "It was the first call Lula held with Petro.");
  d.M("Biden", "Joe Biden").M("Xi", "Xi Jinping");
  d.M("Biden", "Joe Biden", ActorKind::kPerson, 1).M("Xi", "Xi Jinping", ActorKind::kPerson, 1);
  d.M("Lula", "Lula da Silva").M("Petro", "Gustavo Petro");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Joe Biden", "Xi Jinping"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Joe Biden", "Xi Jinping"}));
  EXPECT_EQ(ev[1].place, "Woodside");
  EXPECT_EQ(d.Names(ev[2]), (Names{"Lula da Silva", "Gustavo Petro"}));
}

TEST(ExtractParticipants, DefiniteReferenceTakesTheEventJustReported) {
  Doc d("Trump met Putin in Anchorage on Friday. The meeting lasted three hours.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Donald Trump", "Vladimir Putin"}));
  EXPECT_EQ(ev[1].date, "2025-08-15");
  EXPECT_TRUE(ev[1].date_inherited);
}

TEST(ExtractParticipants, CommonNewsPatterns) {
  Doc d("In a phone call with Ramaphosa, Lula said trade would grow. "
        "Kishida, who met Yoon last week, flew home. "
        "Macron met his Chinese counterpart Xi. "
        "Trump said of his talks with Kim that they went well. "
        "Albanese called Luxon to congratulate him.");
  d.M("Ramaphosa", "Cyril Ramaphosa").M("Lula", "Lula da Silva");
  d.M("Kishida", "Fumio Kishida").M("Yoon", "Yoon Suk Yeol").T("last week", "2025-W33");
  d.M("Macron", "Emmanuel Macron").M("Xi", "Xi Jinping");
  d.M("Trump", "Donald Trump").M("Kim", "Kim Jong Un");
  d.M("Albanese", "Anthony Albanese").M("Luxon", "Christopher Luxon");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Cyril Ramaphosa", "Lula da Silva"}));
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[1]), (Names{"Fumio Kishida", "Yoon Suk Yeol"}));
  EXPECT_EQ(ev[1].date, "2025-W33");
  EXPECT_EQ(d.Names(ev[2]), (Names{"Emmanuel Macron", "Xi Jinping"}));
  EXPECT_EQ(d.Names(ev[3]), (Names{"Donald Trump", "Kim Jong Un"}));
  EXPECT_EQ(d.Names(ev[4]), (Names{"Anthony Albanese", "Christopher Luxon"}));
  EXPECT_EQ(ev[4].type, "call");
}

TEST(ExtractParticipants, TheTwoLeadersAndSpokeByPhone) {
  Doc d("Modi and Sharif spoke with each other by phone on Sunday. "
        "A meeting of the two leaders is planned for March 2026.");
  d.M("Modi", "Narendra Modi").M("Sharif", "Shehbaz Sharif").T("Sunday", "2025-08-17");
  d.T("March 2026", "2026-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[1]), (Names{"Narendra Modi", "Shehbaz Sharif"}));
  EXPECT_EQ(ev[1].date, "2026-03");
  EXPECT_EQ(ev[1].status, EventStatus::kPlanned);
}

TEST(ExtractStatus, InvitedToTalksIsProposed) {
  Doc d("Erdogan invited Aliyev to talks in Ankara.");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Aliyev", "Ilham Aliyev");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

TEST(ExtractParticipants, OwnerBeforeATitleIsAModifier) {
  Doc d("Rubio met Russia's foreign minister Sergei Lavrov in Riyadh. "
        "Rubio welcomed Russia's decision.");
  d.M("Rubio", "Marco Rubio").M("Russia", "Russia", ActorKind::kCountry);
  d.M("Sergei Lavrov", "Sergei Lavrov").M("Rubio", "Marco Rubio", ActorKind::kPerson, 1);
  d.M("Russia", "Russia", ActorKind::kCountry, 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Marco Rubio", "Sergei Lavrov"}));
}

TEST(ExtractParticipants, AdviceToSomeoneIsDirect) {
  Doc d("Merkel's advice to Macron was to wait.");
  d.M("Merkel", "Angela Merkel").M("Macron", "Emmanuel Macron");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
}

TEST(ExtractParticipants, DefiniteReferencePrefersTheSamePlace) {
  Doc d("Merz and Tusk are flying to Kyiv today for meetings with Zelensky. "
        "Sanchez hugged Costa on Friday. "
        "Joining the meetings in Kyiv is Frederiksen.");
  d.M("Merz", "Friedrich Merz").M("Tusk", "Donald Tusk").M("Zelensky", "Volodymyr Zelensky");
  d.T("today", "2025-08-20").M("Sanchez", "Pedro Sanchez").M("Costa", "Antonio Costa");
  d.T("Friday", "2025-08-15").M("Frederiksen", "Mette Frederiksen");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].place, "Kyiv");
  EXPECT_EQ(ev[2].place, "Kyiv");
  EXPECT_EQ(d.Names(ev[2]), (Names{"Friedrich Merz", "Donald Tusk", "Volodymyr Zelensky",
                                    "Mette Frederiksen"}));
  EXPECT_EQ(ev[2].date, "2025-08-20");
}

TEST(ExtractParticipants, PluperfectMarksAnEarlierEvent) {
  Doc d("Biden met Netanyahu on Monday. He recalled the anger he had felt when he met "
        "Netanyahu in Jerusalem.");
  d.M("Biden", "Joe Biden").M("Netanyahu", "Benjamin Netanyahu").T("Monday", "2025-08-18");
  d.M("Netanyahu", "Benjamin Netanyahu", ActorKind::kPerson, 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_FALSE(ev[0].anterior);
  EXPECT_TRUE(ev[1].anterior);
  EXPECT_TRUE(ev[1].date.empty());
  EXPECT_FALSE(ev[1].headline);
}

TEST(ExtractParticipants, ContractedPluperfectWithEitherApostrophe) {
  for (const char* had : {"she'd", "she\xE2\x80\x99" "d"}) {
    Doc d(std::string("Lula met Boric on Tuesday. She recalled the praise ") + had +
          " heard when she met Boric in Santiago.");
    d.M("Lula", "Lula da Silva").M("Boric", "Gabriel Boric").T("Tuesday", "2025-08-19");
    d.M("Boric", "Gabriel Boric", ActorKind::kPerson, 1);
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 2u) << had;
    EXPECT_FALSE(ev[0].anterior) << had;
    EXPECT_TRUE(ev[1].anterior) << had;
  }
}

TEST(ExtractParticipants, HeadlinesAreMarked) {
  Doc d("Putin meets Xi in Beijing\nPutin met Xi on Friday.");
  d.M("Putin", "Vladimir Putin").M("Xi", "Xi Jinping");
  d.M("Putin", "Vladimir Putin", ActorKind::kPerson, 1).M("Xi", "Xi Jinping", ActorKind::kPerson, 1);
  d.T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_TRUE(ev[0].headline);
  EXPECT_FALSE(ev[1].headline);
}

TEST(ExtractParticipants, ParticipleClauseSharesTheSubject) {
  Doc d("Blinken ended his tour on Friday, meeting Wang in Beijing. "
        "Officials said the president himself met with Sununu.");
  d.M("Blinken", "Antony Blinken").M("Wang", "Wang Yi").T("Friday", "2025-08-15");
  d.M("the president", "George Bush").M("Sununu", "John Sununu");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Antony Blinken", "Wang Yi"}));
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(d.Names(ev[1]), (Names{"George Bush", "John Sununu"}));
}

TEST(ExtractParticipants, FrontedPhrasesTakeTheSubjectAfterTheComma) {
  Doc d("After meeting Ruto, Starmer flew home. At a dinner with Ishiba, Albanese praised Japan.");
  d.M("Ruto", "William Ruto").M("Starmer", "Keir Starmer").M("Ishiba", "Shigeru Ishiba");
  d.M("Albanese", "Anthony Albanese").M("Japan", "Japan", ActorKind::kCountry);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"William Ruto", "Keir Starmer"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Shigeru Ishiba", "Anthony Albanese"}));
}

TEST(ExtractParticipants, CommasWithoutAndAreNoList) {
  Doc d("Lavrov will visit Baghdad, Peskov said.");
  d.M("Lavrov", "Sergei Lavrov").M("Baghdad", "Iraq", ActorKind::kCountry);
  d.M("Peskov", "Dmitry Peskov");
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(ExtractParticipants, CompoundCountryIsAPlaceJoinedOnesAreParties) {
  Doc d("Leaders gathered at last year's Madrid summit. The EU-China summit opened on Monday.");
  d.M("Madrid", "Spain", ActorKind::kCountry).M("EU", "European Union", ActorKind::kOrganization);
  d.M("China", "China", ActorKind::kCountry).T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"European Union", "China"}));
}

TEST(ExtractDate, ATimeNextToAnotherInteractionWordIsNotThisOnes) {
  Doc d("Lula said he and Petro had been talking about the planned visit of Boric in September.");
  d.M("Lula", "Lula da Silva").M("Petro", "Gustavo Petro").M("Boric", "Gabriel Boric");
  d.T("September", "2025-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Lula da Silva", "Gustavo Petro"}));
  EXPECT_EQ(ev[0].date, "");
}

// --- date -------------------------------------------------------------------

TEST(ExtractDate, EachTimeGoesToItsNearestEvent) {
  Doc d("Macron met Scholz on Tuesday, a day after Sanchez met Meloni on Monday.");
  d.M("Macron", "Emmanuel Macron").M("Scholz", "Olaf Scholz").M("Sanchez", "Pedro Sanchez");
  d.M("Meloni", "Giorgia Meloni").T("Tuesday", "2025-08-19").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[1].date, "2025-08-18");
}

TEST(ExtractDate, SentenceTimeWhenTheClauseHasNone) {
  Doc d("On Monday, as markets fell, Lula met Petro in Bogota.");
  d.M("Lula", "Lula da Silva").M("Petro", "Gustavo Petro").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(ExtractDate, NarrativeReferenceTimeOnlyWhenTheTextContinues) {
  // The third sentence shares nobody with the dated one: no date.
  Doc d("Merz flew to Rome on 3 March. Then he met Meloni. Costa met Sanchez.");
  d.M("Merz", "Friedrich Merz").M("Meloni", "Giorgia Meloni").T("3 March", "2025-03-03");
  d.M("Costa", "Antonio Costa").M("Sanchez", "Pedro Sanchez");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-03-03");
  EXPECT_TRUE(ev[1].date.empty());  // never the publication date without evidence
}

TEST(ExtractDate, SentenceTimeUnlessItDatesAnotherInteraction) {
  Doc d("In 2019, as the war in Syria went on, Erdogan's advice to Assad was to talk. "
        "Xi met Putin on Monday after a call between Modi and Lula.");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Assad", "Bashar al-Assad").T("2019", "2019");
  d.M("war", "civil war", ActorKind::kGroup);  // an unrelated mention does not matter
  d.M("Xi", "Xi Jinping").M("Putin", "Vladimir Putin").T("Monday", "2025-08-18");
  d.M("Modi", "Narendra Modi").M("Lula", "Lula da Silva");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].date, "2019");
  EXPECT_EQ(ev[1].date, "2025-08-18");
  EXPECT_EQ(ev[2].date, "");
}

TEST(ExtractDate, ThisCameAfterContinuesTheNarrative) {
  Doc d("By Tuesday the plan had changed. This came after Biden's call with Xi.");
  d.T("Tuesday", "2025-08-19").M("Biden", "Joe Biden").M("Xi", "Xi Jinping");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_TRUE(ev[0].date_inherited);
}

TEST(ExtractDate, PrecisionAsGivenAndUnusableValuesIgnored) {
  Doc d("Putin visited Xi in March 2023. Putin met Modi at 7 pm. Putin met Lula recently.");
  d.M("Putin", "Vladimir Putin").M("Xi", "Xi Jinping").T("March 2023", "2023-03");
  d.M("Putin", "Vladimir Putin", ActorKind::kPerson, 1).M("Modi", "Narendra Modi");
  d.T("7 pm", "2025-08-19T19:00", 0, TimexType::kTime);
  d.M("Putin", "Vladimir Putin", ActorKind::kPerson, 2).M("Lula", "Lula da Silva");
  d.T("recently", "PAST_REF");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].date, "2023-03");
  EXPECT_EQ(ev[1].date, "2025-08-19");
  EXPECT_EQ(ev[2].date, "");
}

TEST(ExtractDate, SinceDoesNotDateTheEvent) {
  Doc d("Trump has not met Xi since 2019.");
  d.M("Trump", "Donald Trump").M("Xi", "Xi Jinping").T("2019", "2019");
  auto ev = d.Interactions();
  // The absence is on no date; the meeting of 2019 it presupposes is not
  // told (news_scene_dates_test).
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
}

// --- place ------------------------------------------------------------------

TEST(ExtractPlace, CapitalisedPhraseAfterInOrAt) {
  Doc d("Trump met Putin at Elmendorf Air Force Base on Friday. In Geneva, Reagan met "
        "Gorbachev.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("Friday", "2025-08-15");
  d.M("Reagan", "Ronald Reagan").M("Gorbachev", "Mikhail Gorbachev");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].place, "Elmendorf Air Force Base");
  EXPECT_EQ(ev[1].place, "Geneva");
}

// --- status -------------------------------------------------------------------

TEST(ExtractStatus, Planned) {
  Doc d("Modi will meet Xi on Monday. Macron is expected to meet Trump on Thursday. "
        "Merz and Macron are heading to Washington today for talks with Trump.");
  d.M("Modi", "Narendra Modi").M("Xi", "Xi Jinping").T("Monday", "2025-08-25");
  d.M("Macron", "Emmanuel Macron").M("Trump", "Donald Trump").T("Thursday", "2025-08-21");
  d.T("today", "2025-08-20");
  d.M("Merz", "Friedrich Merz").M("Macron", "Emmanuel Macron", ActorKind::kPerson, 1);
  d.M("Trump", "Donald Trump", ActorKind::kPerson, 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kPlanned) << e.Text();
  EXPECT_EQ(d.Names(ev[2]), (Names{"Friedrich Merz", "Emmanuel Macron", "Donald Trump"}));
}

TEST(ExtractStatus, ExpectedWithoutATimeIsOnlyProposed) {
  Doc d("Macron is expected to meet Trump. The talks will resume before the summit between "
        "Xi and Biden.");
  d.M("Macron", "Emmanuel Macron").M("Trump", "Donald Trump");
  d.M("Xi", "Xi Jinping").M("Biden", "Joe Biden");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  EXPECT_EQ(ev[1].status, EventStatus::kProposed);
}

TEST(ExtractStatus, NegationOfAnotherVerbDoesNotNegateTheNoun) {
  Doc d("The Kremlin did not comment on the talks between Lavrov and Rubio.");
  d.M("Kremlin", "Kremlin", ActorKind::kOrganization).M("Lavrov", "Sergei Lavrov");
  d.M("Rubio", "Marco Rubio");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(ExtractStatus, NothingNonAssertedComesOutAsserted) {
  // Each sentence frames an interaction of Xi and Biden that did not (yet) happen.
  const char* kSentences[] = {
      "Xi said he was ready to meet Biden.",
      "A meeting between Xi and Biden is possible.",
      "Xi and Biden may meet in Lima.",
      "Talks between Xi and Biden are unlikely.",
      "There are no plans for Xi to meet Biden.",
      "Xi is considering a meeting with Biden.",
      "Reports of a secret meeting between Xi and Biden were denied.",
      "Xi has yet to meet Biden.",
      "Xi and Biden were supposed to meet.",
      "Xi denied meeting Biden.",
      "Xi asked Biden for a meeting.",
      "Xi and Biden agreed to hold talks.",
      "Xi refused to speak with Biden.",
      "Xi postponed talks with Biden.",
      "Xi wants a summit with Biden.",
      "The planned meeting between Xi and Biden was called off.",
      "If Xi meets Biden, markets will rally.",
      "Xi could hold talks with Biden.",
  };
  int found = 0;
  for (const char* text : kSentences) {
    Doc d(text);
    d.M("Xi", "Xi Jinping").M("Biden", "Joe Biden");
    auto ev = d.Interactions();
    found += !ev.empty();
    for (const auto& e : ev) {
      EXPECT_NE(e.status, EventStatus::kOccurred) << text;
      EXPECT_NE(e.status, EventStatus::kPlanned) << text;
    }
  }
  // Most are reported (as proposed, negated or hypothetical), none as asserted.
  EXPECT_GE(found, 15);
}

TEST(ExtractStatus, DuringTheMeetingPresupposesIt) {
  Doc d("Xi asked Biden about Taiwan during their meeting in Bali.");
  d.M("Xi", "Xi Jinping").M("Biden", "Joe Biden");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(ExtractStatus, FutureDateMakesItPlanned) {
  Doc d("Modi meets Xi on Monday.");
  d.M("Modi", "Narendra Modi").M("Xi", "Xi Jinping").T("Monday", "2025-08-25");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(ExtractStatus, Proposed) {
  Doc d("Trump floated a trilateral meeting with Putin and Zelensky. "
        "Erdogan offered to host talks between Lula and Milei. "
        "Zelensky would be open to a meeting with Xi.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").M("Zelensky", "Volodymyr Zelensky");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Lula", "Lula da Silva").M("Milei", "Javier Milei");
  d.M("Zelensky", "Volodymyr Zelensky", ActorKind::kPerson, 1).M("Xi", "Xi Jinping");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kProposed) << e.Text();
  EXPECT_EQ(d.Names(ev[0]),
            (Names{"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"}));
  EXPECT_EQ(d.Names(ev[2]), (Names{"Volodymyr Zelensky", "Xi Jinping"}));
}

TEST(ExtractStatus, Negated) {
  Doc d("Trump did not meet Putin. The summit between Biden and Putin was cancelled. "
        "Macron called off his meeting with Erdogan.");
  d.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").M("Biden", "Joe Biden");
  d.M("Putin", "Vladimir Putin", ActorKind::kPerson, 1).M("Macron", "Emmanuel Macron");
  d.M("Erdogan", "Recep Tayyip Erdogan");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kNegated) << e.Text();
  EXPECT_EQ(d.Names(ev[2]), (Names{"Emmanuel Macron", "Recep Tayyip Erdogan"}));
}

TEST(ExtractStatus, Hypothetical) {
  Doc d("If the ceasefire holds, Putin and Zelensky could meet in Istanbul.");
  d.M("Putin", "Vladimir Putin").M("Zelensky", "Volodymyr Zelensky");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);
}

TEST(ExtractStatus, NegationInsideARelativeClauseDoesNotCount) {
  Doc d("Putin, who has not left Russia this year, met Xi in Moscow.");
  d.M("Putin", "Vladimir Putin").M("Russia", "Russia", ActorKind::kCountry).M("Xi", "Xi Jinping");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Vladimir Putin", "Xi Jinping"}));
}


// An organisation's name before a noun for its members ("EU leaders") names
// a group: only the members the text names take part, not the organisation.
TEST(ExtractParticipants, OrganisationMembersAreNotTheOrganisation) {
  {
    Doc d("Merz met OSCE ministers in Vienna on Monday.");
    d.M("Merz", "Friedrich Merz").M("OSCE", "OSCE", ActorKind::kOrganization);
    d.T("Monday", "2025-08-18");
    for (const auto& e : d.Interactions())
      EXPECT_EQ(d.Names(e).count("OSCE"), 0u);
  }
  {
    Doc d("Merz met EU leaders, including Tusk and Frederiksen, in Brussels on Monday.");
    d.M("Merz", "Friedrich Merz").M("EU", "European Union", ActorKind::kOrganization);
    d.M("Tusk", "Donald Tusk").M("Frederiksen", "Mette Frederiksen");
    d.T("Monday", "2025-08-18");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(d.Names(ev[0]), (Names{"Friedrich Merz", "Donald Tusk", "Mette Frederiksen"}));
  }
  {
    // The organisation as a party itself.
    Doc d("Talks between Serbia and OSCE leaders ended. Talks between Serbia and the OSCE "
          "opened in Vienna on Monday.");
    d.M("Serbia", "Serbia", ActorKind::kCountry).M("OSCE", "OSCE", ActorKind::kOrganization);
    d.M("Serbia", "Serbia", ActorKind::kCountry, 1);
    d.M("OSCE", "OSCE", ActorKind::kOrganization, 1).T("Monday", "2025-08-18");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(d.Names(ev[0]), (Names{"Serbia", "OSCE"}));
    EXPECT_EQ(ev[0].date, "2025-08-18");
  }
}

// A repeated interaction with coordinated dates is one event per date; two
// coordinated dates without a sign of repetition are one event's.
TEST(ExtractDates, RepeatedInteractionWithCoordinatedDates) {
  {
    Doc d("Merz and Tusk spoke by phone twice, in February and September.");
    d.M("Merz", "Friedrich Merz").M("Tusk", "Donald Tusk");
    d.T("February", "2025-02").T("September", "2025-09");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 2u);
    std::set<std::string> dates{ev[0].date, ev[1].date};
    EXPECT_EQ(dates, (std::set<std::string>{"2025-02", "2025-09"}));
    EXPECT_EQ(d.Names(ev[1]), (Names{"Friedrich Merz", "Donald Tusk"}));
    // Both mentions keep the sentence once, not a copy each.
    EXPECT_EQ(ev[0].text.get(), ev[1].text.get());
    EXPECT_EQ(ev[1].Text(), "Merz and Tusk spoke by phone twice, in February and September.");
  }
  {
    Doc d("Sanchez met Costa in May and again in July.");
    d.M("Sanchez", "Pedro Sanchez").M("Costa", "Antonio Costa");
    d.T("May", "2025-05").T("July", "2025-07");
    EXPECT_EQ(d.Interactions().size(), 2u);
  }
  {
    Doc d("Sanchez and Costa held talks on Monday and Tuesday.");
    d.M("Sanchez", "Pedro Sanchez").M("Costa", "Antonio Costa");
    d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
    EXPECT_EQ(d.Interactions().size(), 1u);
  }
}

// Mentions of one text share its buffer, across documents too; the pool
// forgets a text once no mention holds it.
TEST(SharedText, OneBufferPerLiveText) {
  size_t before = SharedTextCount();
  {
    auto a = ShareText("Macron met Scholz in Paris.");
    auto b = ShareText(std::string("Macron met Scholz in Paris."));
    auto c = ShareText("Scholz met Macron in Berlin.");
    EXPECT_EQ(a.get(), b.get());
    EXPECT_NE(a.get(), c.get());
    EXPECT_EQ(*c, "Scholz met Macron in Berlin.");
    EXPECT_EQ(SharedTextCount(), before + 2);
  }
  EXPECT_EQ(SharedTextCount(), before);
  auto d = ShareText("Macron met Scholz in Paris.");
  EXPECT_EQ(*d, "Macron met Scholz in Paris.");
  EXPECT_EQ(SharedTextCount(), before + 1);
}

TEST(SharedText, TwoDocumentsRepeatingASentenceShareIt) {
  Doc d1("Merz met Tusk in Warsaw on Monday.");
  d1.M("Merz", "Friedrich Merz").M("Tusk", "Donald Tusk").T("Monday", "2025-08-18");
  Doc d2("Merz met Tusk in Warsaw on Monday.");
  d2.M("Merz", "Friedrich Merz").M("Tusk", "Donald Tusk").T("Monday", "2025-08-18");
  auto e1 = d1.Interactions();
  auto e2 = d2.Interactions();
  ASSERT_EQ(e1.size(), 1u);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e1[0].text.get(), e2[0].text.get());
}
}  // namespace
}  // namespace eg
