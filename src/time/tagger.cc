// TagTimexes: recognition, then resolution in document order so that the
// narrative reference time follows the text.
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "time/recognizer.h"
#include "time/spec.h"
#include "time/tense.h"
#include "time/timex.h"

namespace eg {
namespace {

// How many sentences a named quarter stays the topic of year-back comparisons
// ("Net rose 5% to $3 million from $2.8 million a year earlier.").
constexpr uint32_t kQuarterWindow = 3;

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
  uint32_t q_sentence = ~0u;  // sentence of the last quarter named, and its value
  int q_year = 0, q_num = 0;
  // The last quarter named of any kind ("the year-ago quarter" too).
  uint32_t lq_sentence = ~0u;
  int lq_year = 0, lq_num = 0;
  // The last reporting period named: its quarter (1..4), or 0 for "the first
  // nine months", a half or a year; and its sentence.
  int period_q = 0;
  uint32_t period_sentence = ~0u;
  uint32_t sent = 0;
  for (timex::Candidate& c : cands) {
    timex::Spec s = std::move(c.spec);
    // Candidates come in document order: the sentence index only moves on.
    // (SentenceOf without its binary search: the last one starting at or
    // before the candidate.)
    while (sent + 1 < text.sentences.size() && text.sentences[sent + 1].first_token <= c.first_token)
      ++sent;
    const bool period_near = period_sentence <= sent && sent - period_sentence <= kQuarterWindow;
    bool topic = false;  // resolved as the quarter spoken of: it stays the topic
    if (s.year_back_quarter && ctx.has_dct) {
      // "up 5% from a year ago" in a sentence about a quarter: that quarter,
      // one year back. ("The same period last year" after "the first nine
      // months" is the year.)
      if (s.same_period && period_near && period_q == 0) {
      } else if (q_num && q_sentence <= sent && sent - q_sentence <= kQuarterWindow) {
        s.literal = true;
        s.value = std::to_string(q_year - 1) + "-Q" + std::to_string(q_num);
      } else if (SpeaksOfQuarters(text, sent)) {
        s.gran = timex::Gran::kQuarter;
        s.anchor = timex::Anchor::kDct;
        s.shift_unit = timex::kQuarter;
        s.shift = -5;
      }
    }
    if (s.topic_quarter && !s.literal && q_num && q_sentence <= sent &&
        sent - q_sentence <= kQuarterWindow) {
      topic = true;
      s.literal = true;
      s.value = std::to_string(q_year) + "-Q" + std::to_string(q_num);
    }
    if (s.last_quarter && !s.literal && lq_num && lq_sentence <= sent &&
        sent - lq_sentence <= kQuarterWindow) {
      s.literal = true;
      s.value = std::to_string(lq_year) + "-Q" + std::to_string(lq_num);
    }
    if (s.same_period && s.year >= 0 && !s.literal && period_q && period_near) {
      s.literal = true;
      s.value = std::to_string(s.year) + "-Q" + std::to_string(period_q);
      // "In the 1989 period, costs were lower than a year ago": that quarter
      // is now the one spoken of (not "the 1988 period", a comparison).
      if (!q_num || s.year >= q_year) {
        topic = true;
        q_year = s.year;
        q_num = period_q;
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
        (s.weekday || s.month || s.season || s.holiday || s.gran == timex::Gran::kWeekend ||
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
      } else {
        ctx.tense = timex::TenseAround(text, sent, c.first_token, c.end_token);
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
          const bool verb_in = (prev == "in" || prev == "during") && c.first_token >= 2 &&
                               timex::PastVerbAt(text, sent, c.first_token - 2);
          if (prev == "ended" || opening_in || verb_in) s.dir = timex::Dir::kPast;
        }
      }
    }
    Timex& t = out.emplace_back();  // built in place: no string move
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
    }
    // Only a quarter of the current reporting year becomes the topic; "the
    // year-ago quarter" is itself a comparison.
    const bool looks_back = (s.shift_unit == timex::kYear && s.shift < 0) ||
                            (s.shift_unit == timex::kQuarter && s.shift <= -4);
    // ("the latest period" with no quarter named before it only guesses one:
    // it says nothing of the period spoken of.)
    if (t.value.size() == 7 && t.value[4] == '-' && t.value[5] == 'Q' && t.value[6] != 'X' &&
        !(s.topic_quarter && !topic)) {
      lq_sentence = sent;
      lq_year = std::atoi(t.value.c_str());
      lq_num = t.value[6] - '0';
    }
    if (s.topic_quarter && !topic) {
    } else if (t.value.size() == 7 && t.value[4] == '-' &&
               (t.value[5] == 'Q' || t.value[5] == 'H') && t.value[6] != 'X') {
      period_q = t.value[5] == 'Q' ? t.value[6] - '0' : 0;
      period_sentence = sent;
    } else if (t.type == TimexType::kDuration && t.value.size() >= 3 && t.value[0] == 'P' &&
               (t.value.back() == 'M' || t.value.back() == 'Y') && t.value[1] != 'T') {
      period_q = 0;
      period_sentence = sent;
    }
    // A quarter still under way at publication and not told in the past
    // ("will result in a fourth-quarter charge", "no estimate of the impact
    // on fourth-quarter results", written in October) is an outlook, not the
    // quarter reported ("reported a decline in fourth-quarter earnings": a
    // fiscal quarter).
    if (topic) {
      q_sentence = sent;
    } else if (!s.literal && !s.year_back_quarter && !looks_back &&
               s.gran == timex::Gran::kQuarter && t.value.size() == 7 && t.value[5] == 'Q' &&
               t.value[6] != 'X') {
      const int y = std::atoi(t.value.c_str()), q = t.value[6] - '0';
      const bool under_way =
          !s.fiscal && ctx.has_dct &&
          (y > ctx.dy || (y == ctx.dy && q >= (ctx.dm - 1) / 3 + 1)) &&
          timex::TenseAround(text, sent, c.first_token, c.end_token) >= 0;
      if (!under_way) {
        q_sentence = sent;
        q_year = y;
        q_num = q;
      }
    }
  }
  return out;
}

}  // namespace eg
