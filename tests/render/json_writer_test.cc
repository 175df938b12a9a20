// The direct JSON writer prints what nlohmann's dump(1) prints for the same
// values: events.json and timeline.json depend on it byte for byte.
#include "render/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/json_stream.h"

namespace eg {
namespace {

std::string NlohmannString(const std::string& s) {
  std::string out;
  StringSink sink(&out);
  WriteJsonIndented(&sink, ordered_json(s), 0);
  return out;
}

std::string Direct(const std::string& s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

TEST(JsonWriter, StringsEscapedAsNlohmannDoes) {
  const std::string cases[] = {
      "",
      "plain words",
      "quote \" and backslash \\ and slash /",
      "tab\there, newline\nthere, cr\r, bell\x07, esc\x1b, form\f, back\b, unit\x1f",
      "del \x7f stays",
      "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80 emoji",
      std::string("nul \0 inside", 12),
  };
  for (const auto& s : cases) EXPECT_EQ(Direct(s), NlohmannString(s)) << s;
}

// Plain runs are skipped sixteen bytes at a time: each kind of byte that
// is not copied as it is, at every position of longer strings, and two of
// them in one block.
TEST(JsonWriter, SpecialBytesAtEveryPositionOfLongStrings) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\xc3\xa9",
                                  "\xe2\x80\x9c", "\x80", "\x7f"};
  const std::string plain = "The minister met her counterpart in Geneva on Monday.";
  for (const auto& sp : specials)
    for (size_t at = 0; at <= plain.size(); ++at) {
      std::string s = plain;
      s.insert(at, sp);
      EXPECT_EQ(Direct(s), NlohmannString(s)) << at;
      s.insert(std::min(s.size(), at + 5), "\"");
      EXPECT_EQ(Direct(s), NlohmannString(s)) << at;
    }
}

TEST(JsonWriter, InvalidUtf8ReplacedAsNlohmannDoes) {
  const std::string cases[] = {
      "lone continuation \x80 byte",
      "overlong \xc0\xaf slash",
      "surrogate \xed\xa0\x80 half",
      "past U+10FFFF \xf4\x90\x80\x80",
      "truncated at the end \xe2\x80",
      "truncated inside \xe2\x80 word",
      "\xff\xfe",
  };
  for (const auto& s : cases) {
    std::string direct = Direct(s);
    EXPECT_EQ(direct, NlohmannString(s)) << s;
    EXPECT_NE(direct.find("\xef\xbf\xbd"), std::string::npos) << s;  // U+FFFD
  }
}

TEST(JsonWriter, NestedObjectsAndArraysLaidOutAsDumpAtTheirLevel) {
  ordered_json j;
  j["id"] = "ev-1";
  j["flag"] = true;
  j["none"] = nullptr;
  j["count"] = 42u;
  j["year"] = -44;
  j["empty"] = ordered_json::array();
  j["names"] = {"a", "b\"c"};
  j["items"] = {ordered_json{{"doc", "d1"}, {"start", 3u}}, ordered_json{{"doc", "d2"}, {"start", 9u}}};
  j["inner"] = ordered_json{{"text", "x"}};
  for (int level : {0, 2, 5}) {
    std::string expected;
    StringSink sink(&expected);
    WriteJsonIndented(&sink, j, level);

    std::string got;
    JsonObjectWriter o(&got, level);
    o.String("id", "ev-1");
    o.Bool("flag", true);
    o.StringOrNull("none", "");
    o.Unsigned("count", 42);
    o.Int("year", -44);
    o.StringArray("empty", {});
    o.StringArray("names", {"a", "b\"c"});
    o.Key("items");
    JsonArrayWriter a(&got, o.member_level(), 2);
    const char* docs[] = {"d1", "d2"};
    const unsigned starts[] = {3, 9};
    for (size_t i = 0; i < 2; ++i) {
      a.Element(i);
      JsonObjectWriter e(&got, a.element_level());
      e.String("doc", docs[i]);
      e.Unsigned("start", starts[i]);
      e.Close();
    }
    a.End();
    o.Key("inner");
    JsonObjectWriter in(&got, o.member_level());
    in.String("text", "x");
    in.Close();
    o.Close();
    EXPECT_EQ(got, expected) << "level " << level;
  }
}

// Keys that take the general way (escaping, a very long key, a deep
// level) and those that take the short one print alike.
TEST(JsonWriter, KeysOfEveryKindAsDumpPrintsThem) {
  const std::string long_key(200, 'k');
  for (int level : {0, 3, 130}) {
    ordered_json j;
    j["plain"] = 1u;
    j["quo\"te"] = -2;
    j[long_key] = "v";
    j["caf\xc3\xa9"] = "w";
    std::string expected;
    StringSink sink(&expected);
    WriteJsonIndented(&sink, j, level);
    std::string got;
    JsonObjectWriter o(&got, level);
    o.Unsigned("plain", 1);
    o.Int("quo\"te", -2);
    o.String(long_key, "v");
    o.String("caf\xc3\xa9", "w");
    o.Close();
    EXPECT_EQ(got, expected) << "level " << level;
  }
}

TEST(JsonWriter, ArrayMemberTextMatchesTheDomVersion) {
  for (size_t n : {size_t(0), size_t(1), size_t(3000)}) {
    std::string a, b;
    StringSink sa(&a), sb(&b);
    WriteJsonArrayMember(
        &sa, "xs", n, [](size_t i) { return ordered_json{{"i", i}, {"s", std::to_string(i)}}; },
        false);
    WriteJsonArrayMemberText(
        &sb, "xs", n,
        [](std::string* buf, size_t i) {
          JsonObjectWriter o(buf, 2);
          o.Unsigned("i", i);
          o.String("s", std::to_string(i));
          o.Close();
        },
        false);
    EXPECT_EQ(b, a) << n;
  }
}

}  // namespace
}  // namespace eg
