// The fast paths of timeline.svg's formatting give the bytes of the simple
// ones they replaced: XML escaping scans 16 bytes at a time, and numbers are
// formatted by std::to_chars instead of snprintf.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "render/style.h"
#include "render/timeline_svg_parts.h"

namespace eg {
namespace {

// One byte at a time, as XmlEscape is specified in style.h.
std::string ReferenceEscape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (c >= 0x20 || c == '\n' || c == '\t') out += char(c);
    }
  }
  return out;
}

TEST(SvgFormat, EscapingFindsEveryMarkupByteAtEveryOffset) {
  // Each byte that matters, alone in plain text, at every position of
  // strings that cross one and two 16-byte blocks.
  const std::string specials = std::string("&<>\"'\n\t\r\x01\x1f", 10) + std::string(1, '\0');
  for (size_t len = 1; len <= 40; ++len) {
    for (size_t pos = 0; pos < len; ++pos) {
      for (char c : specials) {
        std::string s(len, 'a');
        s[pos] = c;
        ASSERT_EQ(XmlEscape(s), ReferenceEscape(s)) << "len " << len << " pos " << pos
                                                    << " byte " << int(c);
      }
    }
  }
}

TEST(SvgFormat, EscapingLeavesUtf8AndHighBytesAlone) {
  const std::string s = "Z\u00fcrich \u2014 \u201cquoted\u201d \xff\x80\xc3 and more text past 16";
  EXPECT_EQ(XmlEscape(s), s);
}

TEST(SvgFormat, EscapingMatchesTheReferenceOnRandomText) {
  std::mt19937 rng(7);
  const std::string alphabet = std::string("ab c&<>\"'\n\t\x02\x7f\x80\xe2\x80\x94", 17);
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 100, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(XmlEscape(s), ReferenceEscape(s)) << s;
  }
}

// What svg::Num wrote with snprintf.
std::string ReferenceNum(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

TEST(SvgFormat, NumberRoundsAsPrintfDoes) {
  // Exact ties (x.25, x.75 go to the even tenth), values just beside them,
  // negatives, zero of both signs, and coordinates far down a long timeline.
  for (double v : {0.0, -0.0, 0.25, 0.75, 1.25, 2.5, -0.25, -0.04, 0.05, 0.15, 0.35, 0.45,
                   1e-9, 12.0, 150.0, 190.0, 940.0, 99.95, 99.949999, 1234567.85, -3.75,
                   123456789012.25, 1e20, -1e20}) {
    EXPECT_EQ(svg::Num(v), ReferenceNum(v)) << v;
  }
  EXPECT_EQ(svg::Num(190), "190");
  EXPECT_EQ(svg::Num(0.25), "0.2");
  EXPECT_EQ(svg::Num(-0.04), "-0");
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> coord(-1e6, 1e7);
  for (int i = 0; i < 100000; ++i) {
    double v = coord(rng);
    ASSERT_EQ(svg::Num(v), ReferenceNum(v)) << v;
    double q = std::round(v * 4) / 4;  // quarters: ties and exact halves
    ASSERT_EQ(svg::Num(q), ReferenceNum(q)) << q;
  }
}

}  // namespace
}  // namespace eg
