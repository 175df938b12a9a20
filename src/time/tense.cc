#include "time/tense.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/token_hash.h"

namespace eg::timex {
namespace {

// Words that mark the tense by themselves: +1 future, -1 past. A small
// open-addressing table built once; the sentence scan must stay cheap.
class MarkerTable {
 public:
  static constexpr int kContext = 10;
  static constexpr int kFuturate = 3;
  MarkerTable() {
    for (auto w : {"will", "shall", "won't", "won\xE2\x80\x99t", "wo", "tomorrow", "upcoming", "would",
                   "might", "planning", "plans", "scheduled", "expected",
                   "expects", "intend", "intends", "wants"})
      Put(w, 1);
    for (auto w : {"said", "was", "were", "had", "did", "met", "told", "went", "came", "made",
                   "took", "gave", "held", "left", "saw", "got", "began", "won", "lost", "fell",
                   "rose", "sold", "bought", "paid", "spoke", "led", "ran", "found", "brought",
                   "thought", "became", "kept", "sent", "struck", "wrote", "spent", "knew",
                   "chose", "flew", "drew", "grew", "threw", "broke", "stood", "sat", "felt",
                   "meant", "put", "hit", "cut", "shot", "fought", "caught", "taught",
                   "built", "heard", "swore", "wore", "hung", "shook", "rang", "sang", "drove",
                   "rode", "sought", "dealt", "fled", "forgave", "forgot", "froze", "hid",
                   "withdrew", "undertook", "oversaw", "arose", "dug", "sank", "slid", "sprang",
                   "stole", "stuck", "swept", "swung", "tore", "woke", "understood", "upheld",
                   "withheld", "overcame", "overthrew", "overtook", "misled", "rebuilt", "slept",
                   "wept", "lent", "strove", "shone", "forbade", "foresaw",
                   "ago", "last", "yesterday"})
      Put(w, -1);
    // Words whose role depends on their neighbours (see Marker): the value
    // is kContext plus their marker value.
    for (auto w : {"plans", "might"}) Put(w, kContext + 1);
    for (auto w : {"due", "set", "slated", "may", "should", "plan", "hopes", "aims", "going",
                   "is", "are", "as"})
      Put(w, kContext);
    // Verbs of scheduled events that news puts in the present for the future
    // ("The president travels to Paris on Tuesday", "Ministers meet again
    // Thursday"): no marker by themselves (see FuturatePresentBefore).
    for (auto w : {"meet", "meets", "begin", "begins", "start", "starts", "resume", "resumes",
                   "visit", "visits", "travel", "travels", "arrive", "arrives", "leave", "leaves",
                   "vote", "votes", "return", "returns", "head", "heads", "convene", "convenes",
                   "reconvene", "reconvenes", "fly", "flies", "depart", "departs", "host", "hosts",
                   "face", "faces", "testify", "testifies", "open", "opens", "launch",
                   "launches", "gather", "gathers"})
      Put(w, kFuturate);
    // -ed words that are not past tense verbs.
    for (auto w : {"need", "indeed", "speed", "proceed", "succeed", "exceed", "hundred",
                   "united", "based", "related", "limited", "interested", "concerned",
                   "supposed", "used", "proposed", "planned", "red", "bed", "seed", "feed", "weed",
                   "shed", "breed", "greed", "embed"})
      Put(w, 2);
  }
  // The value of word w (lower case), whose token hash (text/token_hash.h:
  // TextAnalysis::hashes of its token) is `hash`; 0 when not in the table.
  int Get(uint64_t hash, std::string_view w) const {
    const uint32_t f = Filter(hash);
    if (!((filter_[f >> 6] >> (f & 63)) & 1)) return 0;  // most words
    size_t i = Hash(w);
    while (!keys_[i].empty()) {
      if (keys_[i] == w) return vals_[i];
      i = (i + 1) & (kSize - 1);
    }
    return 0;
  }

 private:
  static constexpr size_t kSize = 512;
  static size_t Hash(std::string_view s) {
    uint32_t h = uint32_t(s.size()) * 0x9E3779B1u ^ uint8_t(s[0]) * 0x85EBCA6Bu ^
                 uint8_t(s[s.size() - 1]) * 0xC2B2AE35u;
    return (h ^ (h >> 15)) & (kSize - 1);
  }
  // A bit per word of the table, by the top bits of its token hash: the
  // text stage's hash, read at the token, where a filter on the word's
  // length and bytes was computed at every call.
  static uint32_t Filter(uint64_t hash) { return uint32_t(hash >> (64 - 13)); }
  void Put(std::string_view w, int v) {
    const uint32_t f = Filter(HashTokenBytes(w));
    filter_[f >> 6] |= uint64_t(1) << (f & 63);
    size_t i = Hash(w);
    while (!keys_[i].empty() && keys_[i] != w) i = (i + 1) & (kSize - 1);
    keys_[i] = w;
    vals_[i] = int8_t(v);
  }
  std::string_view keys_[kSize];
  int8_t vals_[kSize] = {};
  uint64_t filter_[(1 << 13) / 64] = {};
};

const MarkerTable& Markers() {
  static const MarkerTable table;
  return table;
}

// "they'll", "we’ll": the curly apostrophe is three bytes.
bool EndsWithWill(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 3) == "'ll") ||
         (w.size() > 5 && w.substr(w.size() - 5) == "\xE2\x80\x99ll");
}

// An article, a possessive or a singular demonstrative: a noun phrase
// opens after it ("the visits", "his revised plan").
bool OpensNounPhrase(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "our" || w == "this" || w == "that";
}

// "is due to sign an upgraded agreement on Tuesday", "the revised plan":
// a word in -ed right after a determiner modifies the noun after it; it
// is no verb and tells no tense.
bool AdjectivalParticiple(std::string_view before) {
  return OpensNounPhrase(before) || before == "these" || before == "those";
}

// +1 future marker, -1 past marker, 0 none.
int Marker(const TextAnalysis& t, uint32_t i, uint32_t end) {
  const MarkerTable& table = Markers();
  const Token& tk = t.tokens[i];
  if (tk.kind != TokenKind::kWord) return 0;
  std::string_view w = t.Lower(tk);
  auto next = [&](uint32_t k) -> std::string_view {
    return i + k < end ? t.Lower(t.tokens[i + k]) : std::string_view();
  };
  auto prev = [&](uint32_t k) -> std::string_view {
    return i >= k ? t.Lower(t.tokens[i - k]) : std::string_view();
  };
  int m = w.size() <= 12 ? table.Get(t.hashes[i], w) : 0;
  if (m < MarkerTable::kContext - 1) {
    // Most words: the table says it all, no neighbour to look at.
    if (m == 1) {
      if (prev(1) == "been" && prev(2) == "had" && (next(1) == "to" || next(1) == "for"))
        return -1;
      return 1;
    }
    if (m == 0 && EndsWithWill(w)) return 1;
    if (m == -1) {
      // "were planning to march on Saturday", "was expected to arrive
      // Friday", "was to sign on Monday": a plan told in the past still
      // looks ahead.
      if (w == "was" || w == "were") {
        const std::string_view n1 = next(1);
        if (n1 == "planning" || n1 == "expected" || n1 == "scheduled" || n1 == "due" ||
            n1 == "slated" || (n1 == "going" && next(2) == "to"))
          return 1;
        // "was to sign": a verb follows; "the trip was to Panama", "was to
        // the Gulf": a destination, told in the past.
        if (n1 == "to") {
          const std::string_view n2 = next(2);
          const bool place = i + 2 < end && (t.tokens[i + 2].Has(kCapitalized) ||
                                             t.tokens[i + 2].kind != TokenKind::kWord);
          if (!place && n2 != "the" && n2 != "a" && n2 != "an" && n2 != "his" && n2 != "her" &&
              n2 != "their" && n2 != "its" && n2 != "our")
            return 1;
        }
      }
      return -1;
    }
    if (m == 0 && w.size() >= 5 && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd')
      return AdjectivalParticiple(prev(1)) ? 0 : -1;
    return 0;
  }
  m -= MarkerTable::kContext;
  // "plans" is a noun unless "to" follows ("vacation plans").
  if (w == "plans" && next(1) != "to") return 0;
  // "had been scheduled to expire Friday": a plan told in the past perfect is
  // a past one.
  if ((m == 1 || w == "due" || w == "set" || w == "slated") && prev(1) == "been" &&
      prev(2) == "had" && (next(1) == "to" || next(1) == "for"))
    return -1;
  // Modals look ahead ("may march on Saturday") unless a perfect follows
  // ("might have died on Saturday"); a capitalised "May" is the month.
  if (w == "may" || w == "should" || w == "might") {
    if (next(1) == "have") return 0;
    if (w == "may" && tk.Has(kCapitalized) && !tk.Has(kSentenceStart)) return 0;
    return 1;
  }
  if (m == 1) return 1;
  // "The report is due on Friday" looks ahead; "was due on Friday" back.
  if (w == "due" && next(1) != "to") {
    if (prev(1) == "was" || prev(1) == "were" || prev(1) == "been") return -1;
    return 1;
  }
  if (EndsWithWill(w)) return 1;
  if ((w == "set" || w == "due" || w == "plan" || w == "hopes" || w == "aims" ||
       w == "slated" || w == "going") &&
      next(1) == "to")
    return 1;
  if ((w == "is" || w == "are") && next(1) == "to") return 1;
  if (w == "as" && next(1) == "soon" && next(2) == "as") return 1;
  if (m == -1) return -1;
  if (m == 0 && w.size() >= 5 && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd')
    return AdjectivalParticiple(prev(1)) ? 0 : -1;
  return 0;
}

// A participle after "be"/"been"/"being" ("will be held", "is expected to be
// signed") carries no tense of its own.
bool IsPassive(const TextAnalysis& t, uint32_t i, uint32_t first) {
  for (uint32_t k = 1; k <= 2 && i >= first + k; ++k) {
    std::string_view w = t.Lower(t.tokens[i - k]);
    if (w == "be" || w == "been" || w == "being") return true;
  }
  return false;
}

// A futurate present verb at most three words (an adverb, a place: "meet
// separately", "travels to Paris on") before token b, itself a finite verb:
// not after "to" (an infinitive takes the main verb's time) or a determiner
// ("the visits").
bool FuturatePresentBefore(const TextAnalysis& t, uint32_t first, uint32_t b) {
  for (uint32_t k = 1; k <= 4 && b >= first + k; ++k) {
    const uint32_t i = b - k;
    if (t.tokens[i].kind != TokenKind::kWord) return false;
    const std::string_view w = t.Lower(t.tokens[i]);
    if (w.size() < 3 || w.size() > 12 || Markers().Get(t.hashes[i], w) != MarkerTable::kFuturate) continue;
    if (i == first) return true;
    const std::string_view p = t.Lower(t.tokens[i - 1]);
    return !(p == "to" || OpensNounPhrase(p));
  }
  return false;
}

}  // namespace

bool PastVerbAt(const TextAnalysis& t, uint32_t sentence, uint32_t i) {
  if (sentence >= t.sentences.size() || i >= t.tokens.size()) return false;
  const Sentence& s = t.sentences[sentence];
  if (i < s.first_token || i >= s.end_token) return false;
  // "co-hosted", "re-elected": the verb after a prefix glued by a hyphen
  // tells the tense.
  if (i + 2 < s.end_token && t.Str(t.tokens[i + 1]) == "-" && t.tokens[i + 1].Has(kGlued) &&
      t.tokens[i + 2].Has(kGlued) && t.tokens[i].end - t.tokens[i].start <= 3)
    i += 2;
  const std::string_view w = t.Lower(t.tokens[i]);
  if (w == "ago" || w == "last" || w == "yesterday") return false;
  if (Marker(t, i, s.end_token) >= 0 || IsPassive(t, i, s.first_token)) return false;
  // "when the case is heard in May": a participle after "is"/"are" is a
  // present passive, no past tense.
  if (i > s.first_token) {
    const std::string_view p = t.Lower(t.tokens[i - 1]);
    if (p == "is" || p == "are" || p == "am" || p == "'s") return false;
  }
  return true;
}

bool InPastPerfect(const TextAnalysis& t, uint32_t sentence, uint32_t b) {
  if (sentence >= t.sentences.size() || b >= t.tokens.size()) return false;
  const Sentence& s = t.sentences[sentence];
  if (b <= s.first_token || b > s.end_token) return false;
  // The nearest "had" first (rare: one comparison of three bytes per word),
  // then the words between it and the expression.
  const uint32_t lo = b > s.first_token + 24 ? b - 24 : s.first_token;
  uint32_t h = b;
  for (uint32_t i = b; i > lo;) {
    --i;
    const Token& tk = t.tokens[i];
    if (tk.end - tk.start == 3 && t.Lower(tk) == "had") {
      h = i;
      break;
    }
  }
  if (h == b) return false;
  for (uint32_t i = h + 1; i < b; ++i) {
    const std::string_view w = t.Lower(t.tokens[i]);
    if (w == ";" || w == ":" || w == "when" || w == "but" || w == "while" || w == "which" ||
        w == "who" || w == "where")
      return false;
  }
  // The participle, perhaps after an adverb or two ("had last met", "had
  // not yet spoken"); "had to", "had talks" are no past perfect.
  for (uint32_t k = h + 1; k < b && k < h + 4; ++k) {
    const std::string_view v = t.Lower(t.tokens[k]);
    if (v == "already" || v == "also" || v == "last" || v == "previously" || v == "just" ||
        v == "never" || v == "not" || v == "yet" || v == "once" || v == "recently" ||
        v == "only" || v == "earlier" || v == "first" || v == "twice" || v == "repeatedly")
      continue;
    if (v.size() >= 4 && (v.substr(v.size() - 2) == "ed" || v.substr(v.size() - 2) == "en"))
      return true;
    const int m = v.size() <= 12 ? Markers().Get(t.hashes[k], v) : 0;
    return m == -1 && v != "was" && v != "were" && v != "had" && v != "did" && v != "ago" &&
           v != "last" && v != "yesterday";
  }
  return false;
}

int TenseAround(const TextAnalysis& t, uint32_t b, uint32_t e) {
  if (t.sentences.empty() || b >= t.tokens.size()) return 0;
  return TenseAround(t, t.SentenceOf(b), b, e);
}

int TenseAround(const TextAnalysis& t, uint32_t sentence, uint32_t b, uint32_t e) {
  if (sentence >= t.sentences.size() || b >= t.tokens.size()) return 0;
  const Sentence& s = t.sentences[sentence];
  // "postponed the vote until Tuesday", "delayed to Monday": whatever the
  // verb's tense, the new date lies ahead.
  if (b > s.first_token) {
    std::string_view p = t.Lower(t.tokens[b - 1]);
    if (p == "until" || p == "till" || p == "to") {
      for (uint32_t k = b - 1; k > s.first_token && k + 5 > b;) {
        --k;
        std::string_view w = t.Lower(t.tokens[k]);
        if (w == "postponed" || w == "delayed" || w == "adjourned" || w == "deferred" ||
            w == "rescheduled" || w == "pushed" || w == "moved" || w == "put" ||
            w == "extended")
          return 1;
      }
    }
  }
  // "After meeting Y on Monday, X will fly to Z", "Since speaking with Y on
  // Tuesday, X has ...", "Having met Y on Friday, X ...": a participle clause
  // fronted by after / since / following / having tells what was done
  // before the main clause, whatever that clause's tense; the expression
  // lies in it when no comma comes between the opener and it.
  if (b > s.first_token + 1) {
    const std::string_view o = t.Lower(t.tokens[s.first_token]);
    const std::string_view v = t.Lower(t.tokens[s.first_token + 1]);
    const bool ing = v.size() > 4 && v.substr(v.size() - 3) == "ing";
    if (((o == "after" || o == "since" || o == "following") && ing) ||
        (o == "having" && t.tokens[s.first_token + 1].kind == TokenKind::kWord)) {
      bool comma = false;
      for (uint32_t k = s.first_token + 2; k < b && !comma; ++k) comma = t.Lower(t.tokens[k]) == ",";
      if (!comma) return -1;
    }
  }
  // "You will remember that in July they did not hold a meeting": an
  // expression fronted in a "that" clause takes that clause's verb, which
  // follows it (a subject of up to four words between), not the verb of
  // the clause it hangs on.
  {
    // Back to "that" over the phrase the expression is fronted in ("that at
    // the summit in Buenos Aires in July they did not ..."): no tense marker
    // and no punctuation between.
    bool that = false;
    for (uint32_t k = b; k > s.first_token && k + 10 > b;) {
      --k;
      if (t.Lower(t.tokens[k]) == "that") {
        that = true;
        break;
      }
      if (t.tokens[k].kind == TokenKind::kPunct || Marker(t, k, s.end_token) != 0) break;
    }
    if (that) {
      for (uint32_t i = e; i < s.end_token && i < e + 5; ++i) {
        const std::string_view w = t.Lower(t.tokens[i]);
        if (w == "," || t.tokens[i].kind == TokenKind::kPunct) break;
        const int m = Marker(t, i, s.end_token);
        if (m != 0) return m;
      }
    }
  }
  // The clause's verb usually comes before the time expression ("will meet on
  // Monday", "said Friday"); a marker after it ("..., officials said") only
  // counts when there is none before.
  for (uint32_t i = b; i > s.first_token;) {
    --i;
    int m = Marker(t, i, s.end_token);
    if (m < 0 && IsPassive(t, i, s.first_token)) continue;  // "would be held": look further
    if (m != 0) return m;
  }
  // No tense marker before it: "Ministers meet Monday", "the talks resume
  // on Tuesday". A present-tense verb of a scheduled event right before the
  // date is the futurate present of news, whatever a reporting verb after it
  // says ("..., officials said").
  if (FuturatePresentBefore(t, s.first_token, b)) return 1;
  for (uint32_t i = e; i < s.end_token; ++i) {
    int m = Marker(t, i, s.end_token);
    if (m != 0) return m;
  }
  return 0;
}

}  // namespace eg::timex
