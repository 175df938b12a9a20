// Tokeniser contract (src/text/text.h): token spans, kinds and flags.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/text.h"

namespace eg {
namespace {

// A token copied out of the analysis, so tests may pass temporary strings.
struct Tok {
  std::string str;
  TokenKind kind;
  uint8_t flags;
  uint32_t start;
  bool Has(TokenFlags f) const { return (flags & f) != 0; }
};

std::vector<Tok> Lex(const std::string& s, size_t from = 0) {
  TextAnalysis a;
  Analyze(s, from, &a);
  std::vector<Tok> out;
  for (const auto& t : a.tokens) out.push_back({std::string(a.Str(t)), t.kind, t.flags, t.start});
  return out;
}

std::vector<std::string> Strs(const std::vector<Tok>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.str);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, WordsAndPunctuation) {
  std::string s = "The envoys met, briefly (twice).";
  auto a = Lex(s);
  EXPECT_EQ(Strs(a), (V{"The", "envoys", "met", ",", "briefly", "(", "twice", ")", "."}));
  EXPECT_EQ(a[0].kind, TokenKind::kWord);
  EXPECT_EQ(a[3].kind, TokenKind::kPunct);
}

TEST(Tokenizer, OffsetsAreBytesOfTheOriginal) {
  std::string s = "Zoë said “no” — twice.\nCafé… ok";
  TextAnalysis a;
  Analyze(s, 0, &a);
  ASSERT_FALSE(a.tokens.empty());
  std::vector<std::string> strs;
  for (const auto& t : a.tokens) {
    ASSERT_LT(t.start, t.end);
    ASSERT_LE(t.end, s.size());
    strs.push_back(s.substr(t.start, t.end - t.start));
  }
  EXPECT_EQ(strs, (V{"Zoë", "said", "“", "no", "”", "—", "twice", ".", "Café", "…", "ok"}));
  EXPECT_EQ(a.lower.size(), s.size());
}

TEST(Tokenizer, LowerKeepsOffsets) {
  std::string s = "NATO Chief ÉLAN";
  TextAnalysis a;
  Analyze(s, 0, &a);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.Lower(a.tokens[0]), "nato");
  EXPECT_EQ(a.Lower(a.tokens[1]), "chief");
  EXPECT_EQ(a.Lower(a.tokens[2]), "Élan");  // ASCII letters only
}

TEST(Tokenizer, StartOffsetSkipsHeader) {
  std::string s = "date 2024-01-02\nTalks resumed.";
  auto a = Lex(s, 15);
  EXPECT_EQ(Strs(a), (V{"Talks", "resumed", "."}));
  EXPECT_EQ(a[0].start, 16u);
}

TEST(Tokenizer, Abbreviations) {
  auto a = Lex("U.S. and U.K. officials met at 9 a.m. today");
  EXPECT_EQ(Strs(a), (V{"U.S.", "and", "U.K.", "officials", "met", "at", "9", "a.m.", "today"}));
  auto b = Lex("e.g. this");
  EXPECT_EQ(Strs(b), (V{"e.g.", "this"}));
}

TEST(Tokenizer, PossessivesWithBothApostrophes) {
  auto a = Lex("Russia's envoy and Ukraine’s minister");
  EXPECT_EQ(Strs(a), (V{"Russia", "'s", "envoy", "and", "Ukraine", "’s", "minister"}));
  EXPECT_EQ(a[1].kind, TokenKind::kPossessive);
  EXPECT_EQ(a[5].kind, TokenKind::kPossessive);
  EXPECT_TRUE(a[1].Has(kGlued));
}

TEST(Tokenizer, ApostrophesInsideWords) {
  auto a = Lex("O'Brien won't go; O’Sullivan's aide");
  EXPECT_EQ(Strs(a), (V{"O'Brien", "won't", "go", ";", "O’Sullivan", "'s", "aide"}));
}

// The plural possessive of a name before a capital: "The United Arab
// Emirates' President". Not after an opening single quote on the line
// ("the 'Young Turks' Leader"), nor before a lower-case word.
TEST(Tokenizer, PluralPossessiveOfAName) {
  auto a = Lex("The United Arab Emirates' President and the States’ Envoy");
  EXPECT_EQ(Strs(a), (V{"The", "United", "Arab", "Emirates", "'", "President", "and", "the",
                        "States", "’", "Envoy"}));
  EXPECT_EQ(a[4].kind, TokenKind::kPossessive);
  EXPECT_EQ(a[9].kind, TokenKind::kPossessive);
  auto b = Lex("the 'Young Turks' Leader");
  EXPECT_NE(b[4].kind, TokenKind::kPossessive);
  auto c = Lex("the Emirates' oil");
  EXPECT_NE(c[2].kind, TokenKind::kPossessive);
}

TEST(Tokenizer, TrailingApostropheIsPunctuation) {
  auto a = Lex("the ministers' talks 'quoted'");
  EXPECT_EQ(Strs(a), (V{"the", "ministers", "'", "talks", "'", "quoted", "'"}));
  EXPECT_EQ(a[2].kind, TokenKind::kPunct);
}

TEST(Tokenizer, Numbers) {
  auto a = Lex("1,000 troops, 3.5 percent, the 1970s, on the 15th at 3pm, 2024-01-02.");
  EXPECT_EQ(Strs(a), (V{"1,000", "troops", ",", "3.5", "percent", ",", "the", "1970s", ",",
                        "on", "the", "15th", "at", "3pm", ",", "2024", "-", "01", "-", "02",
                        "."}));
  EXPECT_EQ(a[0].kind, TokenKind::kNumber);
  EXPECT_EQ(a[3].kind, TokenKind::kNumber);
  // A trailing comma or period is not part of the number.
  auto b = Lex("in 2019, and 2020.");
  EXPECT_EQ(Strs(b), (V{"in", "2019", ",", "and", "2020", "."}));
}

TEST(Tokenizer, HyphensAreSeparateAndGlued) {
  auto a = Lex("a 30-day truce - no");
  EXPECT_EQ(Strs(a), (V{"a", "30", "-", "day", "truce", "-", "no"}));
  EXPECT_FALSE(a[1].Has(kGlued));
  EXPECT_TRUE(a[2].Has(kGlued));
  EXPECT_TRUE(a[3].Has(kGlued));
  EXPECT_FALSE(a[4].Has(kGlued));
  EXPECT_FALSE(a[5].Has(kGlued));
  EXPECT_FALSE(a[6].Has(kGlued));
}

// What follows a word decides how its end is found: one space (passed with
// the word), several, a tab, a line break, punctuation, an apostrophe, a
// non-ASCII letter or the end of the text.
TEST(Tokenizer, WhatFollowsAWord) {
  auto a = Lex("one two  three\tfour\nfive,six's sev\xC3\xA9n o'neil end");
  EXPECT_EQ(Strs(a), (V{"one", "two", "three", "four", "five", ",", "six", "'s", "sev\xC3\xA9n",
                        "o'neil", "end"}));
  for (size_t k : {1u, 2u, 3u, 4u, 8u, 9u, 10u}) EXPECT_FALSE(a[k].Has(kGlued)) << k;
  for (size_t k : {5u, 6u}) EXPECT_TRUE(a[k].Has(kGlued)) << k;
  EXPECT_TRUE(a[7].Has(kGlued));
  EXPECT_EQ(a[7].kind, TokenKind::kPossessive);
  EXPECT_TRUE(a[4].Has(kLineStart));
  EXPECT_FALSE(a[5].Has(kLineStart));
  EXPECT_EQ(a[10].start, 45u);
}

// Every byte value after a run of letters long enough for the scan's
// 16-byte blocks: ASCII letters and digits go on with the word, and so
// does an apostrophe between letters; any other ASCII byte ends it.
TEST(Tokenizer, EveryByteAfterALetterRun) {
  for (int c = 1; c < 128; ++c) {
    const std::string s = "Abcdefghij" + std::string(1, char(c)) + "klmnopqrstuvwxyz ";
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       (c >= '0' && c <= '9') || c == '\'';
    const auto a = Lex(s);
    ASSERT_FALSE(a.empty()) << c;
    if (alnum) EXPECT_EQ(a[0].str.size(), 27u) << c;
    else EXPECT_EQ(a[0].str, "Abcdefghij") << c;
  }
}

TEST(Tokenizer, MultiBytePunctuationIsOneToken) {
  auto a = Lex("“Yes,” he said—then… left");
  EXPECT_EQ(Strs(a), (V{"“", "Yes", ",", "”", "he", "said", "—", "then", "…", "left"}));
  for (size_t k : {0u, 3u, 6u, 8u}) EXPECT_EQ(a[k].kind, TokenKind::kPunct) << k;
}

TEST(Tokenizer, UnicodeSpacesSeparate) {
  auto a = Lex("10\xC2\xA0km and\xE2\x80\x89more");  // no-break space, thin space
  EXPECT_EQ(Strs(a), (V{"10", "km", "and", "more"}));
  EXPECT_FALSE(a[1].Has(kGlued));
}

TEST(Tokenizer, CaseFlags) {
  auto a = Lex("NATO Chief said UN x Émile A");
  ASSERT_EQ(a.size(), 7u);
  EXPECT_TRUE(a[0].Has(kCapitalized));
  EXPECT_TRUE(a[0].Has(kAllCaps));
  EXPECT_TRUE(a[1].Has(kCapitalized));
  EXPECT_FALSE(a[1].Has(kAllCaps));
  EXPECT_FALSE(a[2].Has(kCapitalized));
  EXPECT_TRUE(a[3].Has(kAllCaps));
  EXPECT_FALSE(a[4].Has(kCapitalized));
  EXPECT_TRUE(a[5].Has(kCapitalized));
  EXPECT_FALSE(a[6].Has(kAllCaps));  // one letter is not "all caps"
}

TEST(Tokenizer, LineStartFlag) {
  auto a = Lex("one two\nthree\r\n\r\nfour");
  ASSERT_EQ(a.size(), 4u);
  EXPECT_TRUE(a[0].Has(kLineStart));
  EXPECT_FALSE(a[1].Has(kLineStart));
  EXPECT_TRUE(a[2].Has(kLineStart));
  EXPECT_TRUE(a[3].Has(kLineStart));
}

TEST(Tokenizer, InvalidAndTruncatedUtf8StaysInBounds) {
  // A lead byte with missing continuation bytes, a stray continuation byte,
  // and a sequence cut by the end of the text.
  std::string s = "ab\xC3 x\x80y \xE2\x80";
  TextAnalysis a;
  Analyze(s, 0, &a);
  size_t covered = 0;
  for (const auto& t : a.tokens) {
    ASSERT_LT(t.start, t.end);
    ASSERT_LE(t.end, s.size());
    covered += t.end - t.start;
  }
  ASSERT_FALSE(a.tokens.empty());
  EXPECT_EQ(a.Str(a.tokens[0]), "ab");
  EXPECT_EQ(covered, s.size() - 2);  // every byte but the two spaces
}

TEST(Tokenizer, ReuseClearsPreviousResult) {
  TextAnalysis a;
  std::string first = "first text here. And more.", second = "second";
  Analyze(first, 0, &a);
  Analyze(second, 0, &a);
  ASSERT_EQ(a.tokens.size(), 1u);
  EXPECT_EQ(a.Str(a.tokens[0]), "second");
  EXPECT_EQ(a.sentences.size(), 1u);
}

TEST(Tokenizer, EmptyAndBlankText) {
  for (std::string s : {"", " \n\t \r\n "}) {
    TextAnalysis a;
    Analyze(s, 0, &a);
    EXPECT_TRUE(a.tokens.empty());
    EXPECT_TRUE(a.sentences.empty());
  }
}

// Random mixes of tricky pieces (including broken UTF-8): tokens stay in
// bounds, in order, never overlap or contain ASCII whitespace, and the
// sentences tile the tokens.
TEST(Tokenizer, InvariantsOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7", ".", ",", "'", "’", "s", " ", "\n", "\r\n", "-", "“", "…", "é",
      "\xC3", "\x80", "\xE2\x80", "\xF0\x9F\x98\x80", "\xC2\xA0", "U.S.", "Mr.", "?", "\t"};
  std::mt19937 rng(7);
  TextAnalysis a;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = int(rng() % 40);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    const size_t from = s.empty() ? 0 : rng() % (s.size() + 1);
    Analyze(s, from, &a);
    uint32_t prev_end = uint32_t(from);
    for (const auto& t : a.tokens) {
      ASSERT_LE(prev_end, t.start) << s;
      ASSERT_LT(t.start, t.end) << s;
      ASSERT_LE(t.end, s.size()) << s;
      for (uint32_t k = t.start; k < t.end; ++k)
        ASSERT_TRUE(s[k] != ' ' && s[k] != '\n' && s[k] != '\r' && s[k] != '\t') << s;
      prev_end = t.end;
    }
    uint32_t next = 0;
    for (const auto& st : a.sentences) {
      ASSERT_EQ(st.first_token, next) << s;
      ASSERT_LT(st.first_token, st.end_token) << s;
      ASSERT_EQ(st.start, a.tokens[st.first_token].start) << s;
      ASSERT_EQ(st.end, a.tokens[st.end_token - 1].end) << s;
      next = st.end_token;
    }
    ASSERT_EQ(next, a.tokens.size()) << s;
  }
}

TEST(DecodeUtf8, CodePointsAndLengths) {
  int len = 0;
  EXPECT_EQ(DecodeUtf8("a", 0, &len), uint32_t('a'));
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeUtf8("é", 0, &len), 0xE9u);
  EXPECT_EQ(len, 2);
  EXPECT_EQ(DecodeUtf8("—", 0, &len), 0x2014u);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, &len), 0x1F600u);
  EXPECT_EQ(len, 4);
  EXPECT_EQ(DecodeUtf8("\xE2\x80", 0, &len), 0xFFFDu);  // truncated
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeUtf8("\xC3(", 0, &len), 0xFFFDu);  // bad continuation
  EXPECT_EQ(len, 1);
}

}  // namespace
}  // namespace eg
