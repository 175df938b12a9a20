// Names as news writes them, fifth round: a surname inside a firm's name
// joined by an ampersand ("Schroder & Co.") names no one; initials written
// without spaces ("J.L. Edmonson") open a name; a father's name after
// "bin" may be a title word ("Bandar bin Sultan"); a known firm written
// with its legal form ("General Motors Corp.") is that firm.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsNames5, ANameBeforeAnAmpersandIsAFirms) {
  auto g = testing::ShippedGazetteer();
  // "Schroder" is a known leader's surname; before "& Co." it is a bank's.
  auto f = Find(*g, "\"It is too late,\" said Ann Kohl of Wertheim Schroder & Co. in New York.",
                "1989-11-02");
  EXPECT_TRUE(f->HasPerson("Ann Kohl"));
  EXPECT_FALSE(f->HasPerson("Gerhard Schröder"));
  // The same firm in text whose HTML entities lost "&" and ";".
  auto a = Find(*g, "Ann Kohl of Wertheim Schroder amp Co. cut her estimate.", "1989-11-02");
  EXPECT_TRUE(a->HasPerson("Ann Kohl"));
  EXPECT_FALSE(a->HasPerson("Gerhard Schröder"));
  // A known firm before "& Co." stays that firm.
  auto d = Find(*g, "Dow Jones & Co. said it extended the offer. Dow Jones owns 67%.",
                "1989-10-30");
  int firm = 0;
  for (const auto& m : d->Mentions()) firm += m.first == "Dow Jones";
  EXPECT_EQ(firm, 2);
  // Without the firm, the surname is still the chancellor's.
  auto c = Find(*g, "Chancellor Gerhard Schroder met the unions. Schroder and Kohl spoke.",
                "1999-03-02");
  EXPECT_TRUE(c->HasPerson("Gerhard Schröder"));
}

TEST(NewsNames5, InitialsWrittenWithoutSpacesOpenAName) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "The opinion was written by Judge R.T. Halvorsen of the appeals court.",
                "2000-06-01");
  EXPECT_TRUE(f->HasPerson("R.T. Halvorsen"));
  auto t = Find(*g, "A memo from Dr. K.M.J. Ostrander was read aloud.", "2000-06-01");
  EXPECT_TRUE(t->HasPerson("K.M.J. Ostrander"));
  // Abbreviations of the same shape are no initials: a country, a state
  // after its city.
  auto u = Find(*g, "The U.S. Halvorsen plant closed. A plant in Albany, N.Y. Halvorsen said no.",
                "2000-06-01");
  EXPECT_FALSE(u->HasPerson("U.S. Halvorsen"));
  EXPECT_FALSE(u->HasPerson("N.Y. Halvorsen"));
}

TEST(NewsNames5, AFathersNameAfterBinMayBeATitleWord) {
  auto g = testing::ShippedGazetteer();
  // "Sultan" and "Emir" are titles too; after "bin" they are a father's name.
  auto f = Find(*g,
                "The border is closing, Prince Faisal bin Sultan, the envoy, said on Sunday.",
                "1990-08-13");
  EXPECT_TRUE(f->HasPerson("Faisal bin Sultan"));
  EXPECT_FALSE(f->HasPerson("Faisal"));
  auto e = Find(*g, "The deal is done, said Hamad bin Emir of the ministry.", "1990-08-13");
  EXPECT_TRUE(e->HasPerson("Hamad bin Emir"));
}

TEST(NewsNames5, AKnownFirmWithItsLegalFormIsThatFirm) {
  auto g = testing::ShippedGazetteer();
  // The mention takes in the legal form; the firm is still the known one.
  auto f = Find(*g, "Reuters Holdings PLC and General Motors Corp. began talks on Monday.",
                "1989-10-30");
  EXPECT_EQ(f->EntityOf("Reuters Holdings PLC"), "Reuters");
  EXPECT_EQ(f->EntityOf("General Motors Corp."), "General Motors");
  // Another organisation word makes another body: no mention of the firm.
  auto o = Find(*g, "The General Motors Foundation gave a grant.", "1989-10-30");
  EXPECT_EQ(o->Entity("General Motors"), nullptr);
}

}  // namespace
}  // namespace eg
