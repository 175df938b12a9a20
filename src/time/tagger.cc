// TagTimexes: recognition, then resolution in document order so that the
// narrative reference time follows the text.
#include "time/recognizer.h"
#include "time/spec.h"
#include "time/tense.h"
#include "time/timex.h"

namespace eg {

std::vector<Timex> TagTimexes(const TextAnalysis& text,
                              const std::optional<date::year_month_day>& dct) {
  std::vector<timex::Candidate> cands;
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
  for (const timex::Candidate& c : cands) {
    const timex::Spec& s = c.spec;
    ctx.tense = 0;
    if (!s.literal && s.dir == timex::Dir::kTense &&
        (s.weekday || s.month || s.season || s.holiday))
      ctx.tense = timex::TenseAround(text, c.first_token, c.end_token);
    Timex t;
    t.start = c.start;
    t.end = c.end;
    t.first_token = c.first_token;
    t.end_token = c.end_token;
    t.sentence = text.SentenceOf(c.first_token);
    t.type = s.type;
    t.value = timex::Resolve(s, &ctx);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace eg
