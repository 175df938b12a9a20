// Phenomena of news text beyond the seeds: East Asian names, hyphenated
// given names, ambiguous surnames resolved by date and title, companies
// named after people, possessives and plural roles.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::Has;
using testing::SmallGazetteer;

class GeneraliseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gaz_ = SmallGazetteer();
    Status s = gaz_->ParseEntities("asia.entities.tsv",
        "kim-jong-un\tKim Jong Un\tperson\tKP\tKim Jong-un\n"
        "kim-yo-jong\tKim Yo Jong\tperson\tKP\tKim Yo-jong\n"
        "kim-jong-il\tKim Jong Il\tperson\tKP\tKim Jong-il\n"
        "moon-jae-in\tMoon Jae-in\tperson\tKR\n"
        "tesfaye-alemu\tTesfaye Alemu\tperson\tET\n");
    ASSERT_TRUE(s.ok()) << s.message();
    s = gaz_->ParsePolities("more.polities.tsv", "UN\tUN\tsecretary-general\nKR\tSouth Korean\tpresident\tfamily-first\n"
                               "ET\tEthiopian\tprime-minister\tgiven-name\n");
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<Gazetteer> gaz_;
};

TEST_F(GeneraliseTest, KoreanThreePartNameIsMatchedWholeNeverAsAnotherKim) {
  auto a = Find(*gaz_, "The North Korean leader Kim Jong Un spoke. Kim Jong Un left.", "2018-04-27");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Kim Jong Un"});
  // A truncated name shared by two persons names neither of them, and never
  // the third Kim whose last word it shares.
  auto b = Find(*gaz_, "Officials said Kim Jong was ill.", "2018-04-27");
  EXPECT_FALSE(Has(b->Persons(), "Kim Yo Jong"));
}

TEST_F(GeneraliseTest, AnotherFamilyNameIsAnotherPersonDespiteCloseGivenNames) {
  // "Kang Yu-jung" is no variant of "Kim Yo Jong": "Yu" ~ "Yo" and "Jung" ~
  // "Jong", but the first words, the family names, differ.
  auto a = Find(*gaz_, "Presidential spokesperson Kang Yu-jung told reporters.", "2025-09-08");
  EXPECT_FALSE(Has(a->Persons(), "Kim Yo Jong"));
  // A close spelling of the whole name still is.
  auto b = Find(*gaz_, "Kim Yo Jung told reporters.", "2025-09-08");
  EXPECT_TRUE(Has(b->Persons(), "Kim Yo Jong"));
}

TEST(Generalise, AnItemOfAListOfPersonsIsAPerson) {
  // "met Michelle Dunn, Eluned Tarrow and Peter Lima": a name no list of
  // given names knows, between persons' names in a list, is a person's.
  auto g = testing::ShippedGazetteer();
  auto a = Find(*g, "The minister met Michelle Dunn, Eluned Tarrow and Peter Lima on Monday.",
                "2025-06-13");
  EXPECT_TRUE(Has(a->Persons(), "Eluned Tarrow"));
  // Not an organisation's name set off after a person's.
  auto b = Find(*g, "Michelle Dunn, Amnesty International, and Peter Lima spoke.", "2025-06-13");
  EXPECT_FALSE(Has(b->Persons(), "Amnesty International"));
  // Nor a name outside a list.
  auto c = Find(*g, "Michelle Dunn visited Eluned Tarrow on Monday.", "2025-06-13");
  EXPECT_FALSE(Has(c->Persons(), "Eluned Tarrow"));
}

TEST(Generalise, APartysAbbreviationInBracketsMakesAPerson) {
  // "Dilan Tarrow (VVD)": a name followed by a party's abbreviation that is
  // not its own initials is a person's; "Unity Party (UP)" is the party.
  auto g = testing::ShippedGazetteer();
  auto a = Find(*g, "The premier met Dilan Tarrow (VVD) on Monday.", "2025-06-03");
  EXPECT_TRUE(Has(a->Persons(), "Dilan Tarrow"));
  auto b = Find(*g, "The premier met Unity Front (UF) on Monday.", "2025-06-03");
  EXPECT_FALSE(Has(b->Persons(), "Unity Front"));
  auto c = Find(*g, "The premier met Dilan Tarrow on Monday.", "2025-06-03");
  EXPECT_FALSE(Has(c->Persons(), "Dilan Tarrow"));
}

TEST(Generalise, ANameInAppositionAfterARoleIsAPersons) {
  // "the chief executive of Sorvex, Tadao Kuri, said": the role set off
  // before the name says whose name it is.
  auto g = testing::ShippedGazetteer();
  auto a = Find(*g, "Ruiz spoke with the chief executive of Sorvex, Tadao Kuri, on Friday.",
                "2025-06-03");
  EXPECT_TRUE(Has(a->Persons(), "Tadao Kuri"));
  auto b = Find(*g, "The company's chairman, Tadao Kuri, resigned.", "2025-06-03");
  EXPECT_TRUE(Has(b->Persons(), "Tadao Kuri"));
  // No role before the comma: a place or a thing may follow.
  auto c = Find(*g, "The deal was signed in the capital, Tadao Kuri, on Friday.", "2025-06-03");
  EXPECT_FALSE(Has(c->Persons(), "Tadao Kuri"));
}

TEST_F(GeneraliseTest, HyphenatedKoreanGivenNameContinuesTheName) {
  auto a = Find(*gaz_, "South Korean President Moon Jae-in met reporters.", "2018-04-27");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Moon Jae-in"});
  auto b = Find(*gaz_, "Judge Park Ji-won said no.", "2018-04-27");
  EXPECT_TRUE(Has(b->Persons(), "Park Ji-won"));
  // A lowercase compound after a surname is no part of the name.
  auto c = Find(*gaz_, "A Biden-era rule and Trump-backed candidates.", "2024-01-01");
  EXPECT_FALSE(Has(c->Persons(), "Biden-era"));
  auto d = Find(*gaz_, "A John Kovac-led coalition won. John Kovac said so.", "2024-01-01");
  EXPECT_EQ(d->Persons(), std::vector<std::string>{"John Kovac"});
}

TEST_F(GeneraliseTest, FamilyNameFirstLinksTheFirstWordOfAKoreanName) {
  auto a = Find(*gaz_, "Moon Jae-in arrived. Reporters waited for Moon outside.", "2018-04-27");
  ASSERT_NE(a->Entity("Moon Jae-in"), nullptr);
  EXPECT_EQ(a->Entity("Moon Jae-in")->mentions, 2u);
  // Western order: the first word of "Giorgia Meloni" is no surname.
  auto b = Find(*gaz_, "Giorgia Meloni arrived. Reporters waited for Giorgia outside.", "2023-04-27");
  EXPECT_EQ(b->Entity("Giorgia Meloni")->mentions, 1u);
}

// Names of a given name and a father's name (polities.tsv `given-name`):
// the news names the person by the first word.
TEST_F(GeneraliseTest, GivenNameConventionLinksTheFirstWord) {
  auto a = Find(*gaz_, "Tesfaye Alemu arrived. Reporters waited for Tesfaye outside.", "2024-04-27");
  ASSERT_NE(a->Entity("Tesfaye Alemu"), nullptr);
  EXPECT_EQ(a->Entity("Tesfaye Alemu")->mentions, 2u);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

class DatedNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gaz_ = testing::SmallGazetteer();
    Status s = gaz_->ParseEntities("dated.entities.tsv",
        "george-w-bush\tGeorge W. Bush\tperson\tUS\tBush\n"
        "george-h-w-bush\tGeorge H. W. Bush\tperson\tUS\tBush\n"
        "saddam-hussein\tSaddam Hussein\tperson\tIQ\tSaddam\n"
        "king-hussein\tKing Hussein\tperson\tJO\tHussein bin Talal\n");
    ASSERT_TRUE(s.ok()) << s.message();
    s = gaz_->ParseRoles("dated.roles.tsv",
        "president\tUS\tgeorge-h-w-bush\t1989-01-20\t1993-01-20\n"
        "president\tUS\tgeorge-w-bush\t2001-01-20\t2009-01-20\n"
        "president\tIQ\tsaddam-hussein\t1979-07-16\t2003-04-09\n"
        "king\tJO\tking-hussein\t1952-08-11\t1999-02-07\n");
    ASSERT_TRUE(s.ok()) << s.message();
    s = gaz_->ParseRoleWords("more_role_words.tsv", "king\tking\n");
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<Gazetteer> gaz_;
};

TEST_F(DatedNamesTest, SharedSurnameResolvesToWhoHeldOfficeOnThePublicationDate) {
  const std::string text = "President Bush flew to Texas. Bush said little.";
  auto a = Find(*gaz_, text, "1990-08-10");
  auto b = Find(*gaz_, text, "2005-08-10");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"George H. W. Bush"});
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"George W. Bush"});
  // Out of office, the nearest time in office decides: 1995 is the father's.
  auto c = Find(*gaz_, "Bush spoke at a dinner.", "1995-03-01");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{"George H. W. Bush"});
}

TEST_F(DatedNamesTest, TitleDecidesBetweenPeopleSharingASurname) {
  auto a = Find(*gaz_, "Saddam Hussein invaded. King Hussein said he was opposed.", "1990-08-10");
  const DocEntity* saddam = a->Entity("Saddam Hussein");
  ASSERT_NE(saddam, nullptr);
  EXPECT_EQ(saddam->mentions, 1u);
  EXPECT_NE(a->Entity("King Hussein"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(CompaniesAndLoneNames, CompaniesNamedAfterPeopleAreNoPersons) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "Shares of John Morrell fell. Valentina Brand executives said nothing.",
                         "1990-05-01");
  EXPECT_TRUE(a->Persons().empty());
  // The same name with a person's cue stays a person.
  auto b = testing::Find(*g, "John Morrell said he would resign.", "1990-05-01");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"John Morrell"});
}

TEST(CompaniesAndLoneNames, LoneGivenNameAfterATitleNamesNobody) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "President Thomas said nothing.", "2020-05-01");
  EXPECT_TRUE(a->Persons().empty());
  // Unless the document names him in full.
  auto b = testing::Find(*g, "John Thomas won. President Thomas said nothing.", "2020-05-01");
  ASSERT_EQ(b->Persons(), std::vector<std::string>{"John Thomas"});
  EXPECT_EQ(b->Entity("John Thomas")->mentions, 2u);
}

// An office of two words or more before a name that ends there: a person
// known by one name ("Prime Minister Thomas", no full name given).
TEST(CompaniesAndLoneNames, OneNameAfterAnOfficeOfTwoWordsIsAPerson) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "Prime Minister Thomas said nothing.", "2020-05-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Thomas"});
  // Still the full name when the document gives it.
  auto b = testing::Find(*g, "John Thomas won. Prime Minister Thomas said nothing.", "2020-05-01");
  ASSERT_EQ(b->Persons(), std::vector<std::string>{"John Thomas"});
  EXPECT_EQ(b->Entity("John Thomas")->mentions, 2u);
  // A bare title keeps the lone given name unresolved.
  auto c = testing::Find(*g, "President Thomas said nothing.", "2020-05-01");
  EXPECT_TRUE(c->Persons().empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(PluralAndPossessive, PluralRoleAfterCoordinatedPolitiesNamesEachHolder) {
  auto g = testing::SmallGazetteer();
  const std::string text = "The Russian and Ukrainian presidents did not meet.";
  auto a = testing::Find(*g, text, "2023-05-01");
  auto names = a->Persons();
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Vladimir Putin", "Volodymyr Zelensky"}));
  ASSERT_EQ(a->actors.mentions.size(), 2u);
  EXPECT_TRUE(a->actors.mentions[1].via_role);
  // The holder changes with the date.
  auto b = testing::Find(*g, "The US and French presidents met.", "2023-05-01");
  auto c = testing::Find(*g, "The US and French presidents met.", "2025-05-01");
  EXPECT_TRUE(Has(b->Persons(), "Joe Biden"));
  EXPECT_TRUE(Has(c->Persons(), "Donald Trump"));
  EXPECT_TRUE(Has(c->Persons(), "Emmanuel Macron"));
}

TEST(PluralAndPossessive, SentenceInitialSurnameOwningWordsIsAPerson) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "It was late. Kovalenko's report came out on Monday.", "2023-05-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Kovalenko"});
  // A common word at a sentence start is no one, even with a possessive.
  auto b = testing::Find(*g, "Yesterday's report was late, unlike yesterday.", "2023-05-01");
  EXPECT_TRUE(b->Persons().empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(TitledDiscovery, SurnameThatIsAnOrganisationWordOpensANameAfterATitle) {
  auto g = testing::SmallGazetteer();
  // "Department" is an organisation word in the test gazetteer.
  auto a = testing::Find(*g, "The spokesman, Department Kyung-mee, said no.", "2021-06-10");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Department Kyung-mee"});
  // Without a title it stays an organisation word.
  auto b = testing::Find(*g, "The Department Store said no.", "2021-06-10");
  EXPECT_TRUE(b->Persons().empty());
}

TEST(TitledDiscovery, BareRoleOfSomethingInAppositionMakesAPerson) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "Berit Kollstad, spokesman of the committee, said yes.", "2019-10-10");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Berit Kollstad"});
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(LongerNames, CountryNameLongerThanItsAdjectiveTakesTheRole) {
  auto g = testing::SmallGazetteer();
  Status s = g->ParseEntities("sa.entities.tsv",
      "saudi-arabia\tSaudi Arabia\tcountry\tSA\n"
      "mohammed-bin-salman\tMohammed bin Salman\tperson\tSA\tMBS\n");
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(g->ParsePolities("sa.polities.tsv", "SA\tSaudi\tcrown-prince\n").ok());
  ASSERT_TRUE(g->ParseRoles("sa.roles.tsv", "crown-prince\tSA\tmohammed-bin-salman\t2017-06-21\t\n").ok());
  ASSERT_TRUE(g->ParseRoleWords("sa.role_words.tsv", "crown prince\tcrown-prince\n").ok());
  auto a = testing::Find(*g, "Saudi Arabia's crown prince sat down.", "2019-06-29");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Mohammed bin Salman"});
  auto b = testing::Find(*g, "The Saudi crown prince sat down.", "2019-06-29");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"Mohammed bin Salman"});
}

TEST(LongerNames, GivenNameInsideACapitalisedRunStartsTheName) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "Director of National Intelligence John Coats said no.", "2018-07-16");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"John Coats"});
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(TitleOfPolity, TitleNameOfCountryNamesThatCountrysHolder) {
  auto g = testing::SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("jo.entities.tsv",
      "jordan\tJordan\tcountry\tJO\n"
      "king-abdullah-ii\tKing Abdullah II\tperson\tJO\tAbdullah II\n"
      "king-hussein\tKing Hussein\tperson\tJO\n").ok());
  ASSERT_TRUE(g->ParsePolities("jo.polities.tsv", "JO\tJordanian\tking\n").ok());
  ASSERT_TRUE(g->ParseRoles("jo.roles.tsv",
      "king\tJO\tking-hussein\t1952-08-11\t1999-02-07\n"
      "king\tJO\tking-abdullah-ii\t1999-02-07\t\n").ok());
  ASSERT_TRUE(g->ParseRoleWords("jo.role_words.tsv", "king\tking\n").ok());
  auto a = testing::Find(*g, "King Abdullah of Jordan said no.", "2023-10-21");
  EXPECT_TRUE(Has(a->Persons(), "King Abdullah II"));
  // The name must be the holder's: in 1990 the king was Hussein.
  auto b = testing::Find(*g, "King Abdullah of Jordan said no.", "1990-10-21");
  EXPECT_FALSE(Has(b->Persons(), "King Hussein"));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(CompanyNames, MarketWordsMakeANameACompanysForTheWholeDocument) {
  auto g = testing::SmallGazetteer();
  // Without market words a name before a speech verb is a person.
  auto a = testing::Find(*g, "Anna Kovacs said profits grew.", "2021-06-10");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Anna Kovacs"});
  // "shares of X" (market_of.txt) and "X executives" (market_after.txt).
  auto b = testing::Find(*g, "Traders sold shares of Anna Kovacs. Anna Kovacs said profits grew.",
                         "2021-06-10");
  EXPECT_TRUE(b->Persons().empty());
  auto c = testing::Find(*g, "Anna Kovacs executives met. Anna Kovacs said profits grew.",
                         "2021-06-10");
  EXPECT_TRUE(c->Persons().empty());
}

}  // namespace
}  // namespace eg
