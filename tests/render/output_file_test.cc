// OutputFile and the streamed JSON writers: a file appears whole or not at
// all, and writing piece by piece gives the bytes a whole-document dump gives.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "render/atomic_file.h"
#include "render/events_json.h"
#include "render/json_stream.h"
#include "render/render.h"
#include "render_fixture.h"

namespace eg {
namespace {

using testing::ReadFile;
using testing::SmallCorpus;
using testing::TempDir;

size_t FilesIn(const std::string& dir) {
  size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

TEST(OutputFile, PiecesLargerAndSmallerThanTheBufferArriveInOrder) {
  std::string dir = TempDir("outfile");
  std::string big(3u << 20, 'x');  // larger than the 128 KB buffer
  big[0] = 'B';
  OutputFile f;
  ASSERT_TRUE(f.Open(dir + "/a.txt").ok());
  f.Write("head ");
  f.Write(big);
  f.Write(" tail\n");
  EXPECT_FALSE(std::filesystem::exists(dir + "/a.txt"));  // not before Close
  ASSERT_TRUE(f.Close().ok());
  EXPECT_EQ(ReadFile(dir + "/a.txt"), "head " + big + " tail\n");
  EXPECT_EQ(FilesIn(dir), 1u);  // no temporary file left
}

TEST(OutputFile, NotClosedLeavesTheOldFileAndNoTemporary) {
  std::string dir = TempDir("outfile_abort");
  ASSERT_TRUE(WriteFileAtomically(dir + "/a.txt", "old\n").ok());
  {
    OutputFile f;
    ASSERT_TRUE(f.Open(dir + "/a.txt").ok());
    f.Write("new, but the run failed before closing");
  }
  EXPECT_EQ(ReadFile(dir + "/a.txt"), "old\n");
  EXPECT_EQ(FilesIn(dir), 1u);
}

TEST(OutputFile, MissingDirectoryIsNamedInTheError) {
  std::string dir = TempDir("outfile_missing");
  OutputFile f;
  Status s = f.Open(dir + "/no/such/dir/a.txt");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no/such/dir/a.txt"), std::string::npos) << s.message();
  f.Write("ignored");
  EXPECT_FALSE(f.Close().ok());
}

TEST(JsonStream, ElementByElementEqualsTheWholeDump) {
  // Nested objects, empty arrays and objects, escapes: a dump of the parsed
  // stream must give the stream back byte for byte.
  ordered_json elems[] = {
      {{"a", 1}, {"b", ordered_json::array()}, {"c", {{"d", "x\ny\"z"}}}},
      ordered_json::object(),
      {{"list", {1, 2, {{"deep", nullptr}}}}},
  };
  std::string s;
  StringSink sink(&s);
  sink.Write("{\n");
  WriteJsonArrayMember(&sink, "empty", 0, [&](size_t i) { return elems[i]; }, false);
  WriteJsonArrayMember(&sink, "items", 3, [&](size_t i) { return elems[i]; }, true);
  sink.Write("}\n");
  ordered_json whole = ordered_json::parse(s);
  EXPECT_EQ(whole["items"].size(), 3u);
  EXPECT_EQ(whole.dump(1) + "\n", s);
}

TEST(EventsJson, StreamedFileIsTheCanonicalDumpOfItsOwnContent) {
  std::string s = EventsJson(BuildGraph(SmallCorpus()));
  ordered_json j = ordered_json::parse(s);
  EXPECT_EQ(j["events"].size(), 7u);
  EXPECT_EQ(j.dump(1) + "\n", s);
}

TEST(WriteOutputs, ThreadsDoNotChangeTheBytes) {
  std::string base = TempDir("jobs");
  EventGraph g = BuildGraph(SmallCorpus(base + "/news"));
  std::vector<std::string> one, four;
  RenderOptions o;
  o.jobs = 1;
  ASSERT_TRUE(WriteOutputs(g, o, base + "/out1", &one).ok());
  o.jobs = 4;
  ASSERT_TRUE(WriteOutputs(g, o, base + "/out4", &four).ok());
  ASSERT_EQ(one.size(), 8u);
  ASSERT_EQ(four.size(), one.size());
  for (size_t i = 0; i < one.size(); ++i) {
    std::string name = std::filesystem::path(one[i]).filename().string();
    EXPECT_EQ(std::filesystem::path(four[i]).filename().string(), name);  // same order
    EXPECT_TRUE(ReadFile(one[i]) == ReadFile(four[i])) << name;
  }
}

}  // namespace
}  // namespace eg
