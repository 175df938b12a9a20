// A document without a publication date is dated by its own dates and the
// offices its people are titled with; events.json says so (dct_source
// "inferred") and its deictic dates resolve against that date.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

#include "../corpus/temp_dir.h"
#include "run_binary.h"

namespace eg {
namespace {

using testing::RunEventgraph;
using testing::TempDir;

TEST(DctInferred, MainJobDatesAnUndatedStoryFromItsText) {
  TempDir t;
  // No year anywhere but 2022: without the office of the titled holder
  // (Chancellor Friedrich Merz, in office from 2025-05-06 in data/actors),
  // the story would be placed in 2022.
  t.Write("in/story.txt",
          "Envoys prepare a summit\n"
          "The war began in 2022. Their envoys met in Moscow on August 6. "
          "German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Friday.\n");
  const auto r = RunEventgraph(t / "in" + " -o " + t / "out" + " -q", t / "err");
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream in(t / "out/events.json");
  const auto j = nlohmann::json::parse(in);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["dct_source"], "inferred");
  // The day after 2025-08-06, a Thursday: its past Friday is 2025-08-01.
  EXPECT_EQ(j["documents"][0]["dct"], "2025-08-07");
  bool summit = false;
  for (const auto& e : j["events"])
    if (e["type"] == "meeting" && e["date"] == "2025-08-01") summit = true;
  EXPECT_TRUE(summit) << j["events"].dump(1);
}

}  // namespace
}  // namespace eg
