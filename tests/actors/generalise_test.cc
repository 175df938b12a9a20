// Phenomena of news text beyond the seeds: East Asian names, hyphenated
// given names, ambiguous surnames resolved by date and title, companies
// named after people, possessives and plural roles.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

class GeneraliseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gaz_ = SmallGazetteer();
    Status s = gaz_->ParseEntities("asia.entities.tsv",
        "kim-jong-un\tKim Jong Un\tperson\tKP\tKim Jong-un\n"
        "kim-yo-jong\tKim Yo Jong\tperson\tKP\tKim Yo-jong\n"
        "kim-jong-il\tKim Jong Il\tperson\tKP\tKim Jong-il\n"
        "moon-jae-in\tMoon Jae-in\tperson\tKR\n");
    ASSERT_TRUE(s.ok()) << s.message();
    s = gaz_->ParsePolities("more.polities.tsv", "UN\tUN\tsecretary-general\nKR\tSouth Korean\tpresident\n");
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

TEST_F(GeneraliseTest, HyphenatedKoreanGivenNameContinuesTheName) {
  auto a = Find(*gaz_, "South Korean President Moon Jae-in met reporters.", "2018-04-27");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Moon Jae-in"});
  auto b = Find(*gaz_, "Judge Park Ji-won said no.", "2018-04-27");
  EXPECT_TRUE(Has(b->Persons(), "Park Ji-won"));
  // A lowercase compound after a surname is no part of the name.
  auto c = Find(*gaz_, "A Biden-era rule and Trump-backed candidates.", "2024-01-01");
  EXPECT_FALSE(Has(c->Persons(), "Biden-era"));
}

}  // namespace
}  // namespace eg
