// Names as news writes them, sixth round: a hyphenated surname written
// alone ("Mr. Panet-Raymond") is the surname of the person the document
// named in full.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsNames6, AHyphenatedSurnameAloneIsTheFullNamesPerson) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "\"Where is the bid?\" asked Pierre Lalonde-Roy, an analyst in Toronto. "
                "Mr. Lalonde-Roy said investors want more.",
                "1989-10-26");
  EXPECT_TRUE(f->HasPerson("Pierre Lalonde-Roy"));
  EXPECT_EQ(f->EntityOf("Mr. Lalonde-Roy"), "Pierre Lalonde-Roy");
  EXPECT_EQ(f->Persons().size(), 1u);
  // Two persons whose names end with the surname: no telling which.
  auto t = Find(*g,
                "Pierre Lalonde-Roy and Marie Lalonde-Roy spoke. Mr. Lalonde-Roy left early.",
                "1989-10-26");
  EXPECT_TRUE(t->HasPerson("Pierre Lalonde-Roy"));
  EXPECT_TRUE(t->HasPerson("Marie Lalonde-Roy"));
  EXPECT_NE(t->EntityOf("Mr. Lalonde-Roy"), "Pierre Lalonde-Roy");
  EXPECT_NE(t->EntityOf("Mr. Lalonde-Roy"), "Marie Lalonde-Roy");
}

}  // namespace
}  // namespace eg
