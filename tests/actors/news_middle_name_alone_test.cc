// The middle word of a discovered three-word name, written alone later,
// names the same person ("Idriss Kombo Tahir ... Kombo"): a first family
// name, or the name the news uses as one. Not a given name, and not over a
// surname of the document.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsMiddleNameAlone, TheMiddleWordAloneIsTheFullNamesPerson) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "The council thanked its outgoing chair, Idriss Kombo Tahir, on Saturday. "
                "Kombo said the handover would be smooth.",
                "2025-02-16");
  EXPECT_TRUE(f->HasPerson("Idriss Kombo Tahir"));
  EXPECT_EQ(f->EntityOf("Kombo"), "Idriss Kombo Tahir");
}

TEST(NewsMiddleNameAlone, ASurnameOfTheDocumentComesFirst) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Idriss Kombo Tahir met Amina Kombo on Saturday. Kombo said the talks went well.",
                "2025-02-16");
  EXPECT_EQ(f->EntityOf("Kombo"), "Amina Kombo");
}

}  // namespace
}  // namespace eg
