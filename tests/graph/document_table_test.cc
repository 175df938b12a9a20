// DocumentTable: documents packed in blocks read back field for field.
#include "graph/document_table.h"

#include <gtest/gtest.h>

#include <thread>

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

TEST(DocumentTable, SpilledBlocksLeaveMemoryAndReadBackInAnyOrder) {
  DocumentTable t;
  ASSERT_TRUE(t.Spill().ok());
  EXPECT_TRUE(t.spilled());
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    if (i == 7000) {
      t.push_back({"huge", std::string(200000, 'h'), "", "option"});  // a block of its own
      continue;
    }
    t.push_back(Doc(i));
  }
  ASSERT_TRUE(t.status().ok()) << t.status().message();
  // Only the block being filled stays (and the huge record's), and a byte
  // a document (less the vector's slack) besides: well under the same table
  // in memory.
  DocumentTable resident;
  for (int i = 0; i < n; ++i) resident.push_back(Doc(i));
  EXPECT_LT(t.MemoryBytes(), size_t(n) * 2 + (size_t(64) << 10) + 200001);
  EXPECT_LT(t.MemoryBytes() * 2, resident.MemoryBytes());
  int i = 0;
  for (DocumentRef d : t) {
    if (i == 7000) {
      EXPECT_EQ(d.path.size(), 200000u);
    } else {
      DocumentInfo want = Doc(i);
      ASSERT_EQ(d.id, want.id);
      EXPECT_EQ(d.path, want.path);
      EXPECT_EQ(d.dct, want.dct);
      EXPECT_EQ(d.dct_source, "manifest");
    }
    ++i;
  }
  EXPECT_EQ(i, n);
  for (int k : {19999, 3, 7000, 12345, 0, 7001, 6999}) {
    std::string id = t[size_t(k)].ToInfo().id;  // copied: the next read may reuse the cache
    EXPECT_EQ(id, k == 7000 ? "huge" : Doc(k).id) << k;
  }
  EXPECT_TRUE(t.status().ok());
}

// Records whose date-source word is stored with them (past 255 distinct
// words) are walked over like the others in a spilled block.
TEST(DocumentTable, SpilledRecordsWithInlineSourcesReadBackInAnyOrder) {
  DocumentTable t;
  ASSERT_TRUE(t.Spill().ok());
  const int n = 3000;
  auto doc = [](int i) {
    DocumentInfo d = Doc(i);
    d.dct_source = "word" + std::to_string(i % 400);
    return d;
  };
  for (int i = 0; i < n; ++i) t.push_back(doc(i));
  int i = 0;
  for (DocumentRef d : t) {
    ASSERT_EQ(d.id, doc(i).id);
    EXPECT_EQ(d.dct_source, doc(i).dct_source);
    ++i;
  }
  for (int k : {2999, 0, 1500, 1499, 300, 299, 256, 255, 1}) {
    DocumentInfo got = t[size_t(k)].ToInfo();
    EXPECT_EQ(got.id, doc(k).id) << k;
    EXPECT_EQ(got.path, doc(k).path) << k;
    EXPECT_EQ(got.dct_source, doc(k).dct_source) << k;
  }
  EXPECT_TRUE(t.status().ok());
}

TEST(DocumentTable, ThreadsReadSpilledRecordsEachThroughItsOwnCache) {
  DocumentTable t;
  ASSERT_TRUE(t.Spill().ok());
  for (int i = 0; i < 20000; ++i) t.push_back(Doc(i));
  std::vector<int> bad(4, 0);
  std::vector<std::thread> threads;
  for (int th = 0; th < 4; ++th)
    threads.emplace_back([&, th] {
      // Each thread walks the table from a different place.
      for (int k = 0; k < 20000; ++k) {
        int i = (k * 7919 + th * 5000) % 20000;
        DocumentRef d = t[size_t(i)];
        if (d.id != Doc(i).id || d.path != Doc(i).path) ++bad[size_t(th)];
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad, std::vector<int>(4, 0));
}

TEST(DocumentTable, SpillToAnUnusableDirectoryIsAStatusNamingIt) {
  DocumentTable t;
  Status s = t.Spill("/nonexistent-eventgraph-dir");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-eventgraph-dir"), std::string::npos) << s.message();
  EXPECT_FALSE(t.spilled());
  t.push_back(Doc(1));  // still a table in memory
  EXPECT_EQ(t[0].id, "d1");
}

}  // namespace
}  // namespace eg
