#include "actors/name_match.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "actors/gazetteer.h"

namespace eg {
namespace {

class MatchPersonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = gaz_.ParseEntities("p.entities.tsv",
                                  "ann-smithers\tAnn Smithers\tperson\tGB\n"
                                  "lula\tLula\tperson\tBR\n");
    ASSERT_TRUE(s.ok()) << s.message();
    smithers_ = gaz_.Find("ann-smithers");
    lula_ = gaz_.Find("lula");
    ASSERT_GE(smithers_, 0);
    ASSERT_GE(lula_, 0);
  }
  int Match(std::vector<std::string_view> words, const std::vector<uint32_t>& present,
            bool* used_present) {
    return MatchGazetteerPerson(gaz_, words.data(), words.size(), -1, present, used_present);
  }
  Gazetteer gaz_;
  int smithers_ = -1, lula_ = -1;
};

// Particles are told by their bytes, whatever their length: every one of
// the list, and nothing that merely shares a length or a prefix with one.
TEST(NameParticle, TheListAndNothingElse) {
  for (std::string_view w : {"de", "di", "da", "do", "du", "la", "le", "al", "el", "von", "van",
                             "der", "den", "del", "dos", "das", "ter", "ten", "bin", "ibn", "ben",
                             "arap", "della"})
    EXPECT_TRUE(IsNameParticle(w)) << w;
  for (std::string_view w : {"", "d", "ed", "dx", "vo", "vonn", "dell", "dellas", "ara", "arapx",
                             "bi", "bim", "ibm", "De", "VON"})
    EXPECT_FALSE(IsNameParticle(w)) << w;
  EXPECT_FALSE(IsNameParticle(std::string_view("de\0", 3)));  // a byte past the word
}

TEST_F(MatchPersonTest, GivenNamesDecideWithoutThePersonsPresent) {
  bool used = true;
  // One edit in the surname, the same given name.
  EXPECT_EQ(Match({"ann", "smithars"}, {}, &used), smithers_);
  EXPECT_FALSE(used);
  used = true;
  // Another given name: someone else, whoever the document names.
  EXPECT_EQ(Match({"bob", "smithars"}, {uint32_t(smithers_)}, &used), -1);
  EXPECT_FALSE(used);
}

TEST_F(MatchPersonTest, AMisspeltOneWordNameNeedsThePersonPresent) {
  bool used = false;
  // "Lulla" is Lula only when the document names Lula: the answer depends
  // on `present`, and says so.
  EXPECT_EQ(Match({"joao", "lulla"}, {}, &used), -1);
  EXPECT_TRUE(used);
  used = false;
  EXPECT_EQ(Match({"joao", "lulla"}, {uint32_t(lula_)}, &used), lula_);
  EXPECT_TRUE(used);
  // The exact surname matches in any document.
  used = true;
  EXPECT_EQ(Match({"joao", "lula"}, {}, &used), lula_);
  EXPECT_FALSE(used);
}

}  // namespace
}  // namespace eg

#include "test_gazetteer.h"

namespace eg {
namespace {

// A variant decided by the persons a document names is not carried to the
// next document: the matches FindActors remembers across documents are
// only those that hold in any.
TEST(MatchAcrossDocuments, AVariantThatNeededThePersonPresentIsDecidedPerDocument) {
  auto g = testing::SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("more.entities.tsv", "lula\tLula\tperson\tBR\n").ok());
  auto a = testing::Find(*g, "Lula spoke first.\nJoao Lulla said he agreed.\n", "2024-01-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Lula"});
  auto b = testing::Find(*g, "Joao Lulla said he agreed.\n", "2024-01-01");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"Joao Lulla"});
  auto c = testing::Find(*g, "Lula spoke first.\nJoao Lulla said he agreed.\n", "2024-01-01");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{"Lula"});
  // An exact surname with another given name counts in any document.
  auto d = testing::Find(*g, "Joao Lula said he agreed.\n", "2024-01-01");
  auto e = testing::Find(*g, "Joao Lula said he agreed.\n", "2024-01-01");
  EXPECT_EQ(d->Persons(), std::vector<std::string>{"Lula"});
  EXPECT_EQ(e->Persons(), d->Persons());
}

}  // namespace
}  // namespace eg
