// End to end on the repository's seed articles: `eventgraph timex` with the
// publication dates from seeds/MANIFEST.tsv (or the file's date header) must
// print well-formed TIMEX3 lines whose text matches the bytes, and resolve
// the deictic and anaphoric expressions the seeds are known to contain.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Line {
  long start = 0, end = 0;
  std::string type, value, text;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Line> RunTimex(const std::string& file, const std::string& dct) {
  std::string cmd = std::string(EVENTGRAPH_BINARY) + " timex ";
  if (!dct.empty()) cmd += "--dct " + dct + " ";
  cmd += "'" + file + "'";
  std::vector<Line> out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, p)) {
    std::string l(buf);
    if (!l.empty() && l.back() == '\n') l.pop_back();
    std::vector<std::string> c;
    size_t a = 0;
    for (size_t b; (b = l.find('\t', a)) != std::string::npos; a = b + 1) c.push_back(l.substr(a, b - a));
    c.push_back(l.substr(a));
    if (c.size() != 5) continue;
    out.push_back({std::stol(c[0]), std::stol(c[1]), c[2], c[3], c[4]});
  }
  pclose(p);
  return out;
}

std::string Seed(const std::string& name) {
  return std::string(EVENTGRAPH_SOURCE_DIR) + "/seeds/" + name;
}

std::string ManifestDate(const std::string& name) {
  std::istringstream in(ReadFile(Seed("MANIFEST.tsv")));
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(name + "\t", 0) == 0) return line.substr(name.size() + 1, 10);
  return "";
}

bool WellFormed(const Line& l) {
  if (l.type != "DATE" && l.type != "TIME" && l.type != "DURATION" && l.type != "SET") return false;
  if (l.value.empty()) return false;
  if (l.value == "PRESENT_REF" || l.value == "PAST_REF" || l.value == "FUTURE_REF") return true;
  if (l.value[0] == 'P') return l.value.size() >= 3;
  for (char c : l.value.substr(0, 2))
    if (!(c >= '0' && c <= '9') && c != 'X') return false;
  return true;
}

const Line* Find(const std::vector<Line>& ls, const std::string& text) {
  for (const Line& l : ls)
    if (l.text == text) return &l;
  return nullptr;
}

TEST(SeedsEndToEnd, EveryLineIsWellFormedAndMatchesTheBytes) {
  for (const char* name : {"000_875af9c9f9b9a2f7.txt", "001_1201c6b24e2409f0.txt",
                           "002_f658b3600ff553ea.txt", "003_b7d03c2419fbe0a1.txt",
                           "004_f5a14adab02c86f5.txt"}) {
    std::string bytes = ReadFile(Seed(name));
    std::vector<Line> ls = RunTimex(Seed(name), ManifestDate(name));
    EXPECT_GE(ls.size(), 5u) << name;
    long prev_end = 0;
    for (const Line& l : ls) {
      EXPECT_TRUE(WellFormed(l)) << name << ": " << l.text << " " << l.type << " " << l.value;
      ASSERT_LE(size_t(l.end), bytes.size());
      EXPECT_EQ(bytes.substr(l.start, l.end - l.start), l.text) << name;
      EXPECT_GE(l.start, prev_end) << name << ": overlapping expressions";
      prev_end = l.end;
    }
  }
}

TEST(SeedsEndToEnd, DeicticAndAnaphoricValues) {
  // 002 carries its own "date 2025-08-17" header (a Sunday).
  std::vector<Line> a = RunTimex(Seed("002_f658b3600ff553ea.txt"), "");
  const Line* fri = Find(a, "Friday night");
  ASSERT_NE(fri, nullptr);
  EXPECT_EQ(fri->value.substr(0, 10), "2025-08-15");
  const Line* ago = Find(a, "40 years ago");
  ASSERT_NE(ago, nullptr);
  EXPECT_EQ(ago->value, "1985");

  // 000: "On August 15 ..." then later "Two days later": an anaphoric day in
  // the same month, after the reference, not the publication date.
  std::vector<Line> b = RunTimex(Seed("000_875af9c9f9b9a2f7.txt"), ManifestDate("000_875af9c9f9b9a2f7.txt"));
  // TimeML types it a duration ("Two days", P2D); the date it reaches is
  // Timex::anchored (tests/time/anaphoric_test.cc, the events stage's tests).
  const Line* later = Find(b, "Two days");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->type, "DURATION");
  EXPECT_EQ(later->value, "P2D");
}

}  // namespace
