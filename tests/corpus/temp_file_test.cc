#include "corpus/temp_file.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>

#include "temp_dir.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

TEST(OpenTempFile, WritesAndReadsBackWithoutAnEntryOnDisk) {
  TempDir d;
  int fd = -1;
  std::string used;
  ASSERT_TRUE(OpenTempFile(d.path(), "the test", &fd, &used).ok());
  ASSERT_GE(fd, 0);
  EXPECT_EQ(used, d.path());
  EXPECT_TRUE(fs::is_empty(d.path()));  // nothing to clean up, even after a crash
  ASSERT_EQ(::pwrite(fd, "spilled", 7, 0), 7);
  char buf[8] = {};
  ASSERT_EQ(::pread(fd, buf, 7, 0), 7);
  EXPECT_STREQ(buf, "spilled");
  ::close(fd);
  EXPECT_TRUE(fs::is_empty(d.path()));
}

TEST(OpenTempFile, EmptyDirMeansTmpdir) {
  TempDir d;
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  ::setenv("TMPDIR", d.path().c_str(), 1);
  int fd = -1;
  std::string used;
  Status s = OpenTempFile("", "the test", &fd, &used);
  if (old) ::setenv("TMPDIR", saved.c_str(), 1); else ::unsetenv("TMPDIR");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(used, d.path());
  ::close(fd);
}

TEST(OpenTempFile, MissingDirectoryIsAMessageNamingItAndWhatFor) {
  TempDir d;
  const std::string missing = d.path() + "/no/such/dir";
  int fd = 123;
  std::string used;
  Status s = OpenTempFile(missing, "the event mentions", &fd, &used);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(fd, -1);
  EXPECT_NE(s.message().find(missing), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("the event mentions"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("TMPDIR"), std::string::npos) << s.message();
}

TEST(OpenTempFile, WholeBlocksAtOffsetsAndAShortFileIsAnError) {
  TempDir d;
  int fd = -1;
  std::string used;
  ASSERT_TRUE(OpenTempFile(d.path(), "the test", &fd, &used).ok());
  const std::string a(100000, 'a'), b = "tail";
  EXPECT_EQ(WriteAllAt(fd, a.data(), a.size(), 0), 0);
  EXPECT_EQ(WriteAllAt(fd, b.data(), b.size(), a.size()), 0);
  std::string got(b.size(), '?');
  EXPECT_EQ(ReadAllAt(fd, got.data(), got.size(), a.size()), 0);
  EXPECT_EQ(got, "tail");
  std::string all(a.size(), '?');
  EXPECT_EQ(ReadAllAt(fd, all.data(), all.size(), 0), 0);
  EXPECT_EQ(all, a);
  // Past the end: the file cannot give what was asked.
  EXPECT_EQ(ReadAllAt(fd, got.data(), got.size(), a.size() + 2), EIO);
  ::close(fd);
  EXPECT_EQ(WriteAllAt(fd, b.data(), b.size(), 0), EBADF);
}

}  // namespace
}  // namespace eg
