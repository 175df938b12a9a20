// TagTimexes: recognition, then resolution in document order so that the
// narrative reference time follows the text.
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "time/recognizer.h"
#include "time/spec.h"
#include "time/tense.h"
#include "time/timeline.h"
#include "time/timex.h"

namespace eg {
namespace {

// How many sentences a named quarter stays the topic of year-back comparisons
// ("Net rose 5% to $3 million from $2.8 million a year earlier.").
constexpr uint32_t kQuarterWindow = 3;

// A narrative reference time this many years before the publication's, set
// no more than this many sentences back in the same paragraph, gives a past
// month without a year its year: a story told years back. (A new paragraph
// after an aside, "When the Eagles lost the Super Bowl in February 2023,
// ...", is back in the present.)
constexpr int kNarrativeYearsBack = 2;
constexpr uint32_t kNarrativeSentences = 3;
// (Unless the story went on from its time before the paragraph ended, "On
// 12 March 2019 ... The next day ...": then it is told, not an aside, and
// the next paragraph's "On 1 April, she flew to Tokyo" goes on with it.)

// Whether token b stands in a relative clause set off by a comma (a
// closing quote may stand between: `"... fought," which`), the clause
// opened after the last comma, semicolon or dash before b in its sentence.
bool InSetOffRelative(const TextAnalysis& text, uint32_t sentence, uint32_t b) {
  const uint32_t first = text.sentences[sentence].first_token;
  for (uint32_t k = b; k > first;) {
    --k;
    const std::string_view w = text.Str(text.tokens[k]);
    if (w != "," && w != ";" && w != "\xE2\x80\x94") continue;
    uint32_t j = k + 1;
    const std::string_view q = j < b ? text.Str(text.tokens[j]) : std::string_view();
    if (q == "\"" || q == "\xE2\x80\x9D" || q == "'" || q == "\xE2\x80\x99") ++j;
    if (j >= b) return false;
    const std::string_view r = text.Lower(text.tokens[j]);
    return r == "who" || r == "which" || r == "whose" || r == "whom";
  }
  return false;
}

// The first sentence of the paragraph of sentence `s` (a paragraph opens
// with a sentence opening its line).
uint32_t ParagraphStart(const TextAnalysis& text, uint32_t s) {
  while (s > 0 && !text.tokens[text.sentences[s].first_token].Has(kLineStart)) --s;
  return s;
}

// A reporting period the story named: the sentence, and the quarter's year
// and number (0: no quarter; for the reporting period, a half, the first
// nine months or a year).
struct NamedPeriod {
  uint32_t sentence = ~0u;
  int year = 0, num = 0;
  bool fiscal = false;  // a fiscal quarter ("the fiscal first quarter")
  // Named at most kQuarterWindow sentences before `sent`.
  bool Within(uint32_t sent) const { return sentence <= sent && sent - sentence <= kQuarterWindow; }
  bool QuarterWithin(uint32_t sent) const { return num && Within(sent); }
  void Set(uint32_t sent, int y, int q) {
    sentence = sent;
    year = y;
    num = q;
    fiscal = false;
  }
};

std::string QuarterValue(int year, int q) { return std::to_string(year) + "-Q" + std::to_string(q); }

// A resolved value "YYYY-Qn" (or "YYYY-Hn" when `halves`): the kind letter,
// the year and the number; false for anything else, "YYYY-QX" included.
bool PeriodValue(const std::string& v, bool halves, char* kind, int* year, int* num) {
  if (v.size() != 7 || v[4] != '-' || v[6] == 'X' || !(v[5] == 'Q' || (halves && v[5] == 'H')))
    return false;
  *kind = v[5];
  *year = std::atoi(v.c_str());
  *num = v[6] - '0';
  return true;
}

bool SpeaksOfQuarters(const TextAnalysis& text, uint32_t sentence) {
  const Sentence& s = text.sentences[sentence];
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    std::string_view w = text.Lower(text.tokens[i]);
    if (w == "quarter" || w == "quarterly") return true;
  }
  return false;
}

// "since" among the few words before token b in its sentence, with no
// comma or verb-like word between ("since shortly after the").
bool SinceBefore(const TextAnalysis& text, uint32_t sentence, uint32_t b) {
  const uint32_t first = text.sentences.empty() ? 0 : text.sentences[sentence].first_token;
  for (uint32_t k = b, n = 0; k > first && n < 4; ++n) {
    --k;
    const std::string_view w = text.Lower(text.tokens[k]);
    if (w == "since") return true;
    if (!(w == "the" || w == "a" || w == "shortly" || w == "just" || w == "soon" ||
          w == "after" || w == "before" || w == "ever" || w == "early" || w == "late" ||
          w == "mid"))
      return false;
  }
  return false;
}

// "since" opening the clause that holds token b: within a dozen words
// before it in its sentence, with no comma, semicolon or dash between.
bool SinceClauseBefore(const TextAnalysis& text, uint32_t sentence, uint32_t b) {
  const uint32_t first = text.sentences.empty() ? 0 : text.sentences[sentence].first_token;
  for (uint32_t k = b, n = 0; k > first && n < 12; ++n) {
    --k;
    const std::string_view w = text.Lower(text.tokens[k]);
    if (w == "since") return true;
    if (w == "," || w == ";" || w == ":" || w == "--" || w == "\xE2\x80\x94") return false;
  }
  return false;
}

// "flew to Venezuela on January 31", "met Maduro on January 31": a past
// verb, its object or a preposition and a place (one or two capitalised
// words), then "on" or "in" and the time at token b: the time dates that
// verb's own event, however far back (as "met in March" does).
bool PastVerbToPlaceOn(const TextAnalysis& text, uint32_t sentence, uint32_t b) {
  const uint32_t first = text.sentences[sentence].first_token;
  if (b < first + 4) return false;
  const std::string_view on = text.Lower(text.tokens[b - 1]);
  if (on != "on" && on != "in") return false;
  // The place: one or two capitalised words.
  uint32_t k = b - 1;
  int names = 0;
  while (k > first && names < 2) {
    const std::string_view raw = text.Str(text.tokens[k - 1]);
    if (raw.empty() || !(raw[0] >= 'A' && raw[0] <= 'Z')) break;
    --k;
    ++names;
  }
  if (names == 0 || k < first + 1) return false;
  // "met Maduro on January 31": the name is the verb's object.
  if (timex::PastVerbAt(text, sentence, k - 1)) return true;
  if (k < first + 2) return false;
  const std::string_view prep = text.Lower(text.tokens[k - 1]);
  if (prep != "to" && prep != "in" && prep != "at" && prep != "for") return false;
  return timex::PastVerbAt(text, sentence, k - 2);
}

// A month and day between "the" and a lower-case word ("the August 15
// summit", "the Oct. 7 attacks"): part of the name of an event.
bool PrenominalDay(const TextAnalysis& text, uint32_t b, uint32_t e, int month, int day,
                   int weekday) {
  if (!month || !day || weekday || b == 0 || e >= text.tokens.size()) return false;
  if (text.Lower(text.tokens[b - 1]) != "the") return false;
  const Token& next = text.tokens[e];
  return next.kind == TokenKind::kWord && !next.Has(kCapitalized) && !next.Has(kAllCaps) &&
         !next.Has(kGlued);
}

}  // namespace

std::vector<Timex> TagTimexes(const TextAnalysis& text,
                              const std::optional<date::year_month_day>& dct) {
  // Kept per thread: no allocation per document once it has grown.
  static thread_local std::vector<timex::Candidate> cands;
  cands.clear();
  timex::Recognize(text, &cands);
  std::vector<Timex> out;
  out.reserve(cands.size());
  timex::ResolveContext ctx;
  if (dct && dct->ok()) {
    ctx.has_dct = true;
    ctx.dy = int(dct->year());
    ctx.dm = int(unsigned(dct->month()));
    ctx.dd = int(unsigned(dct->day()));
  }
  NamedPeriod topic_q;  // the quarter being reported, the last one named as such
  NamedPeriod last_q;   // the last quarter named of any kind ("the year-ago quarter" too)
  NamedPeriod period;   // the last reporting period named (num 0: not a quarter)
  uint32_t sent = 0;
  uint32_t ref_sent = 0;  // the sentence that last placed the narrative reference time
  // The reference times before a past-perfect flashback's first time in the
  // current paragraph: the flashback's own "later that year" and the
  // paragraph's "Two days later" count from its time, the next paragraph
  // from the story's again (Reichenbach; a paragraph is a sentence opening
  // its line).
  bool flashback = false;
  timex::RefTime story_ref, story_ref_day;
  bool story_narrative = false;
  // The narrative's time was last moved by a time counted from it ("The
  // next day", "two days later"): the story is told at its time.
  bool narrative_told = false;
  // The narrative's time was last placed by a season of a year (spring,
  // summer or autumn) as the time of a clause: "in the summer of 1972".
  bool season_story = false;
  int season_year = 0;
  uint32_t season_sent = 0;
  for (timex::Candidate& c : cands) {
    timex::Spec s = std::move(c.spec);
    // Candidates come in document order: the sentence index only moves on.
    // (SentenceOf without its binary search: the last one starting at or
    // before the candidate.)
    const uint32_t prev_sent = sent;
    while (sent + 1 < text.sentences.size() && text.sentences[sent + 1].first_token <= c.first_token)
      ++sent;
    if (flashback && sent != prev_sent &&
        text.tokens[text.sentences[sent].first_token].Has(kLineStart)) {
      ctx.ref = story_ref;
      ctx.ref_day = story_ref_day;
      ctx.narrative = story_narrative;
      narrative_told = false;
      season_story = false;
      flashback = false;
    }
    const bool period_near = period.Within(sent);
    bool topic = false;  // resolved as the quarter spoken of: it stays the topic
    if (s.year_back_quarter && ctx.has_dct) {
      // "up 5% from a year ago" in a sentence about a quarter: that quarter,
      // one year back. ("The same period last year" after "the first nine
      // months" is the year.)
      if (s.same_period && period_near && period.num == 0) {
      } else if (topic_q.QuarterWithin(sent)) {
        s.literal = true;
        s.value = QuarterValue(topic_q.year - 1, topic_q.num);
      } else if (SpeaksOfQuarters(text, sent)) {
        s.gran = timex::Gran::kQuarter;
        s.anchor = timex::Anchor::kDct;
        s.shift_unit = timex::kQuarter;
        s.shift = -5;
      }
    }
    if (s.topic_quarter && !s.literal && topic_q.QuarterWithin(sent)) {
      topic = true;
      s.literal = true;
      s.value = QuarterValue(topic_q.year, topic_q.num);
    }
    // "the quarter ended Sept. 29" after "the fiscal first quarter": that
    // fiscal quarter, which stays the one reported.
    if (s.quarter_ended && !s.literal && topic_q.fiscal && topic_q.QuarterWithin(sent)) {
      topic = true;
      s.literal = true;
      s.value = QuarterValue(topic_q.year, topic_q.num);
    }
    if (s.last_quarter && !s.literal && last_q.QuarterWithin(sent)) {
      s.literal = true;
      s.value = QuarterValue(last_q.year, last_q.num);
    }
    if (s.same_period && s.year >= 0 && !s.literal && period.num && period_near) {
      s.literal = true;
      s.value = QuarterValue(s.year, period.num);
      // "In the 1989 period, costs were lower than a year ago": that quarter
      // is now the one spoken of (not "the 1988 period", a comparison).
      if (!topic_q.num || s.year >= topic_q.year) {
        topic = true;
        topic_q.year = s.year;
        topic_q.num = period.num;
      }
    }
    // Only a weekday, month, season, holiday or weekend without a year has a
    // direction to choose.
    ctx.tense = 0;
    // A quarter without a year only looks back when it lies ahead of the
    // publication date's (see the resolver).
    const bool bare_quarter = s.quarter && s.year < 0 && !s.fiscal &&
                              s.shift_unit == timex::kNoUnit;
    if (!s.literal && s.dir == timex::Dir::kTense &&
        (s.weekday || s.month || s.day || s.season || s.holiday ||
         s.gran == timex::Gran::kWeekend ||
         bare_quarter)) {
      // "since November", "since Friday", "ever since the May 5 attack",
      // "since shortly after the Oct. 23 slaying": the past one, whatever
      // the verb.
      const std::string_view before =
          c.first_token > 0 ? text.Lower(text.tokens[c.first_token - 1]) : std::string_view();
      if (SinceBefore(text, sent, c.first_token)) {
        s.dir = timex::Dir::kPast;
      } else if (before == "payable" || before == "effective") {
        // "payable Jan. 2", "a pact effective June 1": announced ahead.
        s.dir = timex::Dir::kFuture;
      } else if (s.weekday && c.first_token >= 2 &&
                 (before == "'s" || before == "\xE2\x80\x99s" || before == "is") &&
                 text.Lower(text.tokens[c.first_token - 2]) == "it") {
        // "It's Friday local time in Alaska, and the leaders are due to
        // meet": the day it is where the story stands, the nearest one
        // (no tense: the day before the publication's stays behind it).
      } else {
        ctx.tense = timex::TenseAround(text, sent, c.first_token, c.end_token);
        // "will insist on the spirit of the August 15 summit": a day naming
        // an event the reader knows is the nearest one, not the next; the
        // past tense keeps the past one ("missed the Oct. 23 deadline").
        if (ctx.tense > 0 && PrenominalDay(text, c.first_token, c.end_token, s.month, s.day,
                                           s.weekday))
          ctx.tense = 0;
        // "the fiscal year ended Jan. 31"; "In January, the company named
        // ..." opening a sentence told in the past: the past one, however
        // far back (no nearest-year exception).
        if (ctx.tense < 0 && c.first_token > 0) {
          const std::string_view prev = before;
          const bool opening_in = prev == "in" && c.first_token - 1 == text.sentences[sent].first_token &&
                                  c.end_token < text.tokens.size() &&
                                  text.Str(text.tokens[c.end_token]) == ",";
          // "said in January it would ...", "met in March": a month right
          // after a past verb's "in" dates that verb's own event, however
          // far back (a later "would" in the sentence is reported speech).
          const bool verb_in = ((prev == "in" || prev == "during") && c.first_token >= 2 &&
                                timex::PastVerbAt(text, sent, c.first_token - 2)) ||
                               PastVerbToPlaceOn(text, sent, c.first_token);
          if (prev == "ended" || opening_in || verb_in) s.dir = timex::Dir::kPast;
        }
      }
      // "The decisive moment came in July 1990. ... The two men held talks
      // on July 15": a month or day told in the past, no year, while the
      // narrative stands years back (placed there in the last sentences by
      // the time of a clause with a month) is of the narrative's year, not
      // the publication's (HeidelTime's narrative reference).
      if (s.month && !s.weekday && s.year < 0 && s.anchor != timex::Anchor::kRef && ctx.has_dct &&
          (ctx.narrative || narrative_told) && ctx.ref.known && ctx.ref.m != 0 &&
          ctx.ref.y <= ctx.dy - kNarrativeYearsBack && sent <= ref_sent + kNarrativeSentences &&
          (ctx.tense < 0 || s.dir == timex::Dir::kPast) &&
          (ParagraphStart(text, sent) <= ref_sent || narrative_told)) {
        // The story moves on from its month: "In July" after "in April
        // 1984" is the nearest July, not one before April.
        s.anchor = timex::Anchor::kRef;
        s.dir = timex::Dir::kTense;
        ctx.tense = 0;
      } else if (s.month && !s.weekday && s.year < 0 && s.anchor != timex::Anchor::kRef &&
                 ctx.has_dct && season_story &&
                 season_year <= ctx.dy - kNarrativeYearsBack &&
                 sent <= season_sent + kNarrativeSentences &&
                 (ctx.tense < 0 || s.dir == timex::Dir::kPast) &&
                 ParagraphStart(text, sent) <= season_sent) {
        // "met in Simla in the summer of 1972. On July 2 they signed": a
        // story told in a season of a year years back (spring to autumn,
        // within one year) gives its month that year.
        s.year = season_year;
      }
    }
    // "their first call since Trump returned to the White House on Jan.
    // 20": the landmark of a "since" clause is no time the narrative moves
    // to ("later the same day" is the call's day).
    const bool landmark = SinceClauseBefore(text, sent, c.first_token);
    if (landmark) s.keeps_ref = true;
    // "He had spoken with Y several times, most recently over Easter. From
    // Paris, X flew on the same afternoon": a past-perfect flashback leaves
    // the narrative's time where it was once its paragraph ends.
    if (!flashback && timex::InPastPerfect(text, sent, c.first_token)) {
      flashback = true;
      story_ref = ctx.ref;
      story_ref_day = ctx.ref_day;
      story_narrative = ctx.narrative;
    }
    // "agreed their message for today", "plans for tonight": a day set as
    // a target is no time the narrative moves to ("Von der Leyen hosted
    // him on the same day" is the day told before).
    if (c.first_token > 0 && c.end_token == c.first_token + 1 &&
        text.Lower(text.tokens[c.first_token - 1]) == "for") {
      const std::string_view w = text.Lower(text.tokens[c.first_token]);
      if (w == "today" || w == "tonight" || w == "tomorrow") s.keeps_ref = true;
    }
    // "a line which diplomats still quote today" in a story of 1985: the
    // present in a relative clause set off by a comma is an aside, no time
    // the narrative returns to ("The leaders met again the following
    // October" is 1986's).
    if (c.end_token == c.first_token + 1 && text.Lower(text.tokens[c.first_token]) == "today" &&
        InSetOffRelative(text, sent, c.first_token))
      s.keeps_ref = true;
    if (s.ref_itself) {
      if (!ctx.ref.known || sent > ref_sent + 1) continue;
      s.literal = true;
      s.value = std::to_string(ctx.ref.y);
      if (ctx.ref.m) {
        s.value += ctx.ref.m < 10 ? "-0" : "-";
        s.value += std::to_string(ctx.ref.m);
        if (ctx.ref.d) {
          s.value += ctx.ref.d < 10 ? "-0" : "-";
          s.value += std::to_string(ctx.ref.d);
        }
      }
    }
    const timex::RefTime ref_before = ctx.ref;
    Timex& t = out.emplace_back();  // built in place: no string move
    t.landmark = landmark;
    t.flashback = flashback;
    t.start = c.start;
    t.end = c.end;
    t.first_token = c.first_token;
    t.end_token = c.end_token;
    t.sentence = sent;
    t.type = s.type;
    if (s.literal) {
      t.value = std::move(s.value);
    } else if (s.anchored_duration) {
      timex::ResolveTo(s, &ctx, &t.anchored);
      t.value = std::move(s.value);
      // The signal ("later", "earlier") is the token right after the extent.
      t.anchored_end = c.end_token < text.tokens.size() ? text.tokens[c.end_token].end : c.end;
    } else {
      timex::ResolveTo(s, &ctx, &t.value);
      if (s.week_ago_day) {
        // The day counted back, resolved apart: the narrative stays where
        // the week value put it.
        timex::Spec day = s;
        day.gran = timex::Gran::kDay;
        day.keeps_ref = true;
        timex::ResolveContext scratch = ctx;
        timex::ResolveTo(day, &scratch, &t.anchored);
      }
    }
    // "in April 1984", "On 9 March 2018", "Fifty years ago today," opening
    // a sentence: the time of a clause, which a story goes on from; "the
    // August 1988 cease-fire", "a program approved in 1987" are asides.
    const std::string_view before =
        c.first_token > 0 ? text.Lower(text.tokens[c.first_token - 1]) : std::string_view();
    const bool clause_time = before == "in" || before == "on" || before == "during" ||
                             (c.first_token == text.sentences[sent].first_token &&
                              c.end_token < text.tokens.size() &&
                              text.Str(text.tokens[c.end_token]) == ",");
    const bool season_of_year = s.season >= 1 && s.season <= 3 && s.year >= 0 && !s.literal &&
                                !s.keeps_ref;
    if (season_of_year) {
      season_story = clause_time;
      season_year = s.year;
      season_sent = sent;
    }
    if (ctx.ref.known && ((!s.literal && !s.keeps_ref) || ctx.ref.y != ref_before.y ||
                          ctx.ref.m != ref_before.m || ctx.ref.d != ref_before.d)) {
      ref_sent = sent;
      if (!season_of_year) season_story = false;
      // "The next day, she writes, ...", "Two days later, ..." opening a
      // clause: the story goes on from its time, even one first named in an
      // aside ("the attacks of 15 March 2019"). (A time counted from the
      // narrative's goes on from where it stood: it leaves ctx.narrative.)
      narrative_told =
          s.anchor == timex::Anchor::kRef && !s.literal && ctx.ref.m != 0 && clause_time;
      if (s.anchor != timex::Anchor::kRef || s.literal)
        ctx.narrative = ctx.ref.m != 0 && clause_time;
    }
    // Only a quarter of the current reporting year becomes the topic; "the
    // year-ago quarter" is itself a comparison.
    const bool looks_back = (s.shift_unit == timex::kYear && s.shift < 0) ||
                            (s.shift_unit == timex::kQuarter && s.shift <= -4);
    // ("the latest period" with no quarter named before it only guesses one:
    // it says nothing of the period spoken of.)
    const bool guessed = s.topic_quarter && !topic;
    char kind = 0;
    int vy = 0, vn = 0;
    const bool quarter_value = PeriodValue(t.value, false, &kind, &vy, &vn);
    if (quarter_value && !guessed) last_q.Set(sent, vy, vn);
    if (guessed) {
    } else if (PeriodValue(t.value, true, &kind, &vy, &vn)) {
      period.Set(sent, vy, kind == 'Q' ? vn : 0);
    } else if (t.type == TimexType::kDuration && t.value.size() >= 3 && t.value[0] == 'P' &&
               (t.value.back() == 'M' || t.value.back() == 'Y') && t.value[1] != 'T') {
      period.Set(sent, period.year, 0);
    }
    // A quarter still under way at publication and not told in the past
    // ("will result in a fourth-quarter charge", "no estimate of the impact
    // on fourth-quarter results", written in October) is an outlook, not the
    // quarter reported ("reported a decline in fourth-quarter earnings": a
    // fiscal quarter).
    if (topic) {
      topic_q.sentence = sent;
    } else if (!s.literal && !s.year_back_quarter && !looks_back &&
               s.gran == timex::Gran::kQuarter && quarter_value) {
      const bool under_way =
          !s.fiscal && ctx.has_dct &&
          (vy > ctx.dy || (vy == ctx.dy && vn >= (ctx.dm - 1) / 3 + 1)) &&
          timex::TenseAround(text, sent, c.first_token, c.end_token) >= 0;
      if (!under_way) {
        topic_q.Set(sent, vy, vn);
        topic_q.fiscal = s.fiscal;
      }
    }
  }
  timex::OrderTimelineEntries(text, &out);
  return out;
}

}  // namespace eg
