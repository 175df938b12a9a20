// Bylines of present-day wire copy: every name of "Reporting by X and Y" is
// a reporter, and an agency's closing line "Associated Press writers X in
// Paris and Y in Rome contributed." names reporters, not actors.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

TEST(NewsBylines, BothNamesOfAReportingByLineAreReporters) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseWordList("byline_words.txt", "reporting\nediting\n").ok());
  auto f = Find(*g,
                "Vladimir Putin spoke.\n(Reporting by Thomas Brenner and Valentina Varga; Editing by "
                "John Okoro)\n",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // "and" after a name that is no byline's keeps the next name an actor.
  auto h = Find(*g, "Vladimir Putin met Thomas Brenner and Valentina Varga.", "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 3u);
}

TEST(NewsBylines, AgencyWritersContributedLine) {
  auto g = SmallGazetteer();
  auto f = Find(*g,
                "Vladimir Putin spoke. Associated Press writers Thomas Brenner in Paris and "
                "Valentina Varga in Rome contributed.",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // Without a writer's word, a sentence ending in "contributed" is the story's.
  auto h = Find(*g, "Vladimir Putin spoke. Thomas Brenner and Valentina Varga also contributed.",
                "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 3u);
}

}  // namespace
}  // namespace eg
