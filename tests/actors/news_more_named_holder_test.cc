// "the president" with no polity after the last sentences named two
// presidents: the one the document has named more often, not the one named
// last in passing.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsMoreNamedHolder, TheStorysSubjectOverAPresidentNamedInPassing) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "French President Emmanuel Macron arrived in Lisbon on Monday. Macron toured the "
                "old port. Macron praised the city's bridges. He did not mention Donald Trump. "
                "Today the president is due to visit a museum.",
                "2025-07-09");
  EXPECT_EQ(f->EntityOf("the president"), "Emmanuel Macron");
}

TEST(NewsMoreNamedHolder, OnATieTheLatestHolder) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Emmanuel Macron arrived in Lisbon on Monday. He later spoke of Donald Trump. "
                "Today the president is due to visit a museum.",
                "2025-07-09");
  EXPECT_EQ(f->EntityOf("the president"), "Donald Trump");
}

}  // namespace
}  // namespace eg
