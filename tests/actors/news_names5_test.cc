// Names as news writes them, fifth round: a surname inside a firm's name
// joined by an ampersand ("Schroder & Co.") names no one.
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

}  // namespace
}  // namespace eg
