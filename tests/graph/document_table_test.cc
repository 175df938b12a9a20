// DocumentTable: documents packed in blocks read back field for field.
#include "graph/document_table.h"

#include <gtest/gtest.h>

namespace eg {
namespace {

DocumentInfo Doc(int i, const char* source = "manifest") {
  std::string id = "d" + std::to_string(i);
  return {id, "corpus/sub/" + id + ".txt", i % 3 ? "2025-08-1" + std::to_string(i % 10) : "",
          source};
}

TEST(DocumentTable, ManyDocumentsAcrossBlocksReadBackInOrder) {
  DocumentTable t;
  const int n = 20000;  // some 600 KB: many 64 KB blocks
  for (int i = 0; i < n; ++i) t.push_back(Doc(i, i % 2 ? "header" : "inferred"));
  ASSERT_EQ(t.size(), size_t(n));
  int i = 0;
  for (DocumentRef d : t) {
    DocumentInfo want = Doc(i, i % 2 ? "header" : "inferred");
    EXPECT_EQ(d.id, want.id);
    EXPECT_EQ(d.path, want.path);
    EXPECT_EQ(d.dct, want.dct);
    EXPECT_EQ(d.dct_source, want.dct_source);
    ++i;
  }
  EXPECT_EQ(i, n);
  // Packed: well under the 128 bytes of four empty std::strings a document.
  EXPECT_LT(t.MemoryBytes(), size_t(n) * 60);
}

TEST(DocumentTable, AnyDateSourceWordAndOversizedPathsKept) {
  DocumentTable t;
  // A hand-edited events.json may name any source: past the interned words
  // they are stored with the record.
  for (int i = 0; i < 300; ++i) t.push_back(Doc(i, ("source" + std::to_string(i)).c_str()));
  std::string long_path(100000, 'p');  // larger than a block
  t.push_back({"long", long_path, "2025-01-01", "option"});
  t.push_back({"after", "a.txt", "", "none"});
  for (int i = 0; i < 300; ++i) EXPECT_EQ(t[i].dct_source, "source" + std::to_string(i)) << i;
  EXPECT_EQ(t[300].path, long_path);
  EXPECT_EQ(t[300].dct_source, "option");
  EXPECT_EQ(t[301].id, "after");
  EXPECT_EQ(t[301].dct, "");
  EXPECT_EQ(t.back().path, "a.txt");
}

TEST(DocumentTable, CopiesAndInitializerListsHoldTheirOwnBytes) {
  DocumentTable a = {{"x", "x.txt", "2024-03-08", "manifest"}, {"y", "y.txt", "", "none"}};
  DocumentTable b = a;
  a.clear();
  a.push_back({"z", "z.txt", "", "header"});
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].ToInfo().path, "x.txt");
  EXPECT_EQ(b[1].dct_source, "none");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a.front().id, "z");
}

}  // namespace
}  // namespace eg
