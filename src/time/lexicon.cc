#include "time/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "text/token_hash.h"
#include "time/holidays.h"

namespace eg::timex {
namespace {

struct WordEntry {
  const char* word;
  Lex lex;
};

Lex Month(int m, bool abbrev = false) {
  Lex l; l.cls = kMonthWord; l.month = int8_t(m); l.abbrev = abbrev; return l;
}
Lex Weekday(int d, bool plural = false, bool abbrev = false) {
  Lex l; l.cls = kWeekdayWord; l.weekday = int8_t(d); l.plural = plural; l.abbrev = abbrev; return l;
}
Lex Num(int n) { Lex l; l.cls = kNumberWord; l.number = int16_t(n); return l; }
Lex Ord(int n) { Lex l; l.cls = kOrdinalWord; l.ordinal = int8_t(n); return l; }
Lex UnitW(Unit u, bool plural = false) {
  Lex l; l.cls = kUnitWord; l.unit = u; l.plural = plural; return l;
}
Lex Season(int s, bool plural = false) {
  Lex l; l.cls = kSeasonWord; l.season = int8_t(s); l.plural = plural; return l;
}
Lex Pod(PartOfDay p, bool plural = false) {
  Lex l; l.cls = kPodWord; l.pod = p; l.plural = plural; return l;
}
// "at dawn", "before dusk": a part of the day with no article (recognizer).
Lex Dawn(PartOfDay p) { Lex l = Pod(p); l.kw = kDawnWord; return l; }
Lex FiscalYear(int y) { Lex l; l.kw = kFiscalYear; l.number = int16_t(y); return l; }
Lex SetW(Unit u) { Lex l; l.cls = kSetWord; l.unit = u; return l; }
Lex Decade(int d) { Lex l; l.cls = kDecadeWord; l.decade = int8_t(d); return l; }
Lex Holiday() { Lex l; l.cls = kHolidayWord; return l; }
Lex K(Kw k) { Lex l; l.kw = k; return l; }
// "Q3", "H1": a quarter or half by number (needs the capital: recognizer).
Lex QAbbr(Kw k, int n) { Lex l; l.kw = k; l.ordinal = int8_t(n); return l; }
Lex Aux(uint8_t a) { Lex l; l.aux = a; return l; }

std::vector<WordEntry> Entries() {
  std::vector<WordEntry> e = {
      {"january", Month(1)}, {"february", Month(2)}, {"march", Month(3)}, {"april", Month(4)},
      {"may", Month(5)}, {"june", Month(6)}, {"july", Month(7)}, {"august", Month(8)},
      {"september", Month(9)}, {"october", Month(10)}, {"november", Month(11)},
      {"december", Month(12)},
      {"jan", Month(1, true)}, {"feb", Month(2, true)}, {"mar", Month(3, true)},
      {"apr", Month(4, true)}, {"jun", Month(6, true)}, {"jul", Month(7, true)},
      {"aug", Month(8, true)}, {"sep", Month(9, true)}, {"sept", Month(9, true)},
      {"oct", Month(10, true)}, {"nov", Month(11, true)}, {"dec", Month(12, true)},
      {"monday", Weekday(1)}, {"tuesday", Weekday(2)}, {"wednesday", Weekday(3)},
      {"thursday", Weekday(4)}, {"friday", Weekday(5)}, {"saturday", Weekday(6)},
      {"sunday", Weekday(7)},
      {"mondays", Weekday(1, true)}, {"tuesdays", Weekday(2, true)},
      {"wednesdays", Weekday(3, true)}, {"thursdays", Weekday(4, true)},
      {"fridays", Weekday(5, true)}, {"saturdays", Weekday(6, true)},
      {"sundays", Weekday(7, true)},
      {"mon", Weekday(1, false, true)}, {"tue", Weekday(2, false, true)},
      {"tues", Weekday(2, false, true)}, {"wed", Weekday(3, false, true)},
      {"thu", Weekday(4, false, true)}, {"thur", Weekday(4, false, true)},
      {"thurs", Weekday(4, false, true)}, {"fri", Weekday(5, false, true)},
      {"sat", Weekday(6, false, true)}, {"sun", Weekday(7, false, true)},
      {"one", Num(1)}, {"two", Num(2)}, {"three", Num(3)}, {"four", Num(4)},
      {"five", Num(5)}, {"six", Num(6)}, {"seven", Num(7)}, {"eight", Num(8)},
      {"nine", Num(9)}, {"ten", Num(10)}, {"eleven", Num(11)}, {"twelve", Num(12)},
      {"thirteen", Num(13)}, {"fourteen", Num(14)}, {"fifteen", Num(15)},
      {"sixteen", Num(16)}, {"seventeen", Num(17)}, {"eighteen", Num(18)},
      {"nineteen", Num(19)}, {"twenty", Num(20)}, {"thirty", Num(30)}, {"forty", Num(40)},
      {"fifty", Num(50)}, {"sixty", Num(60)}, {"seventy", Num(70)}, {"eighty", Num(80)},
      {"ninety", Num(90)}, {"hundred", Num(100)}, {"thousand", Num(1000)},
      {"dozen", Num(12)},
      {"first", Ord(1)}, {"second", Ord(2)}, {"third", Ord(3)}, {"fourth", Ord(4)},
      {"fifth", Ord(5)}, {"sixth", Ord(6)}, {"seventh", Ord(7)}, {"eighth", Ord(8)},
      {"ninth", Ord(9)}, {"tenth", Ord(10)}, {"eleventh", Ord(11)}, {"twelfth", Ord(12)},
      {"thirteenth", Ord(13)}, {"fourteenth", Ord(14)}, {"fifteenth", Ord(15)},
      {"sixteenth", Ord(16)}, {"seventeenth", Ord(17)}, {"eighteenth", Ord(18)},
      {"nineteenth", Ord(19)}, {"twentieth", Ord(20)}, {"thirtieth", Ord(30)},
      {"seconds", UnitW(kSecond, true)}, {"minute", UnitW(kMinute)},
      {"minutes", UnitW(kMinute, true)}, {"hour", UnitW(kHour)}, {"hours", UnitW(kHour, true)},
      {"day", UnitW(kDay)}, {"days", UnitW(kDay, true)}, {"week", UnitW(kWeek)},
      {"weeks", UnitW(kWeek, true)}, {"weekend", UnitW(kWeekend)},
      {"weekends", UnitW(kWeekend, true)}, {"fortnight", UnitW(kFortnight)},
      {"month", UnitW(kMonth)}, {"months", UnitW(kMonth, true)},
      {"quarter", UnitW(kQuarter)}, {"quarters", UnitW(kQuarter, true)},
      {"year", UnitW(kYear)}, {"years", UnitW(kYear, true)}, {"decade", UnitW(kDecade)},
      {"decades", UnitW(kDecade, true)}, {"century", UnitW(kCentury)},
      {"centuries", UnitW(kCentury, true)}, {"millennium", UnitW(kMillennium)},
      {"hrs", UnitW(kHour, true)}, {"mins", UnitW(kMinute, true)},
      {"spring", Season(1)}, {"summer", Season(2)}, {"fall", Season(3)},
      {"autumn", Season(3)}, {"winter", Season(4)}, {"springs", Season(1, true)},
      {"summers", Season(2, true)}, {"winters", Season(4, true)},
      {"morning", Pod(kMorning)}, {"afternoon", Pod(kAfternoon)}, {"evening", Pod(kEvening)},
      {"night", Pod(kNight)}, {"mornings", Pod(kMorning, true)},
      {"afternoons", Pod(kAfternoon, true)}, {"evenings", Pod(kEvening, true)},
      {"nights", Pod(kNight, true)},
      {"dawn", Dawn(kMorning)}, {"daybreak", Dawn(kMorning)}, {"sunrise", Dawn(kMorning)},
      {"dusk", Dawn(kEvening)}, {"nightfall", Dawn(kEvening)}, {"sunset", Dawn(kEvening)},
      {"daily", SetW(kDay)}, {"nightly", SetW(kDay)}, {"weekly", SetW(kWeek)},
      {"monthly", SetW(kMonth)}, {"annually", SetW(kYear)}, {"yearly", SetW(kYear)},
      {"hourly", SetW(kHour)},
      {"twenties", Decade(2)}, {"thirties", Decade(3)}, {"forties", Decade(4)},
      {"fifties", Decade(5)}, {"sixties", Decade(6)}, {"seventies", Decade(7)},
      {"eighties", Decade(8)}, {"nineties", Decade(9)},
      {"the", K(kThe)}, {"a", K(kA)}, {"an", K(kAn)}, {"this", K(kThis)}, {"that", K(kThat)},
      {"these", K(kThese)}, {"those", K(kThose)}, {"last", K(kLast)}, {"next", K(kNext)},
      {"past", K(kPast)}, {"coming", K(kComing)}, {"previous", K(kPrevious)},
      {"following", K(kFollowing)}, {"same", K(kSame)}, {"current", K(kCurrent)},
      {"corresponding", K(kSame)}, {"comparable", K(kSame)},
      {"latest", K(kLatest)}, {"recent", K(kRecent)}, {"early", K(kEarly)}, {"late", K(kLate)},
      {"mid", K(kMid)}, {"earlier", K(kEarlier)}, {"later", K(kLater)}, {"ago", K(kAgo)},
      {"hence", K(kHence)}, {"from", K(kFrom)}, {"now", K(kNow)}, {"today", K(kToday)},
      {"yesterday", K(kYesterday)}, {"tomorrow", K(kTomorrow)}, {"tonight", K(kTonight)},
      {"currently", K(kCurrently)}, {"recently", K(kRecently)}, {"nowadays", K(kNowadays)},
      {"future", K(kFuture)}, {"while", K(kWhile)}, {"then", K(kThen)}, {"about", K(kAbout)}, {"around", K(kAround)},
      {"soon", K(kSoon)},
      {"nearly", K(kNearly)}, {"almost", K(kAlmost)}, {"approximately", K(kApprox)},
      {"roughly", K(kApprox)}, {"some", K(kSome)}, {"more", K(kMore)}, {"less", K(kLess)},
      {"fewer", K(kLess)}, {"than", K(kThan)}, {"at", K(kAt)}, {"least", K(kLeast)},
      {"up", K(kUp)}, {"to", K(kTo)}, {"over", K(kOver)}, {"several", K(kSeveral)},
      {"few", K(kFew)}, {"couple", K(kCouple)}, {"many", K(kMany)}, {"of", K(kOf)},
      {"every", K(kEvery)}, {"each", K(kEach)}, {"per", K(kPer)}, {"fiscal", K(kFiscal)},
      {"q1", QAbbr(kQuarterAbbr, 1)}, {"q2", QAbbr(kQuarterAbbr, 2)},
      {"q3", QAbbr(kQuarterAbbr, 3)}, {"q4", QAbbr(kQuarterAbbr, 4)},
      {"h1", QAbbr(kHalfAbbr, 1)}, {"h2", QAbbr(kHalfAbbr, 2)},
      {"end", K(kEnd)}, {"beginning", K(kBeginning)}, {"start", K(kStart)},
      {"middle", K(kMiddle)}, {"half", K(kHalf)}, {"noon", K(kNoon)}, {"midday", K(kNoon)},
      {"midnight", K(kMidnight)}, {"overnight", K(kOvernight)}, {"am", K(kAm)},
      {"a.m.", K(kAm)}, {"a.m", K(kAm)}, {"pm", K(kPm)}, {"p.m.", K(kPm)}, {"p.m", K(kPm)},
      {"est", K(kTimeZone)}, {"edt", K(kTimeZone)}, {"cst", K(kTimeZone)},
      {"cdt", K(kTimeZone)}, {"pst", K(kTimeZone)}, {"pdt", K(kTimeZone)},
      {"gmt", K(kTimeZone)}, {"utc", K(kTimeZone)}, {"bst", K(kTimeZone)},
      {"cet", K(kTimeZone)}, {"cest", K(kTimeZone)}, {"et", K(kTimeZone)},
      {"and", K(kAnd)}, {"or", K(kOr)}, {"before", K(kBefore)}, {"after", K(kAfter)},
      {"ahead", K(kAhead)}, {"full", K(kFull)}, {"whole", K(kWhole)}, {"entire", K(kEntire)},
      {"near", K(kNear)}, {"another", K(kOther)}, {"other", K(kOther)}, {"final", K(kFinal)},
      {"only", K(kOnly)}, {"just", K(kJust)}, {"right", K(kRight)}, {"present", K(kPresent)},
      {"time", K(kTime)}, {"for", K(kFor)}, {"in", K(kIn)}, {"since", K(kSince)},
      {"until", K(kUntil)}, {"till", K(kUntil)}, {"o'clock", K(kOclock)},
      {"within", K(kWithin)}, {"by", K(kBy)}, {"on", K(kOn)}, {"during", K(kDuring)},
      {"through", K(kThrough)}, {"lately", K(kLately)}, {"term", K(kTerm)},
      {"most", K(kMost)}, {"eve", K(kEve)}, {"new", K(kNew)}, {"preceding", K(kPreceding)},
      {"prior", K(kPrior)}, {"election", K(kElection)},
      {"twice", K(kTwice)}, {"once", K(kOnce)},
      // Not time words: seen by the recogniser's pre-filter only.
      {"additional", Aux(kAuxPrefix)}, {"extra", Aux(kAuxPrefix)},
      {"trading", Aux(kAuxPrefix)}, {"business", Aux(kAuxPrefix)},
      {"working", Aux(kAuxPrefix)}, {"calendar", Aux(kAuxPrefix)},
      {"period", Aux(kAuxPrefix)}, {"short", Aux(kAuxPrefix)}, {"long", Aux(kAuxPrefix)},
      {"times", Aux(kAuxPrefix)}, {"o\u2019clock", Aux(kAuxPrefix)},
  };
  // "fy2025", "fy25" (one token: letters and digits glue), for the years of
  // present-day business news, 2000-2039. The words live as long as the
  // program (the table keeps pointers to them).
  static char fy_words[2 * 40][8];
  for (int k = 0; k < 40; ++k) {
    std::snprintf(fy_words[2 * k], sizeof fy_words[0], "fy%d", 2000 + k);
    std::snprintf(fy_words[2 * k + 1], sizeof fy_words[0], "fy%02d", k);
    e.push_back({fy_words[2 * k], FiscalYear(2000 + k)});
    e.push_back({fy_words[2 * k + 1], FiscalYear(2000 + k)});
  }
  // "FY 2025": as "fiscal 2025".
  e.push_back({"fy", K(kFiscal)});
  // Words that are also units or numbers keep both roles.
  for (auto& x : e) {
    if (std::strcmp(x.word, "second") == 0) x.lex.unit = kSecond;
  }
  // Holiday names (data/time/holidays.tsv): a one-word name is a holiday
  // word; the first word of a longer one starts a holiday, as an aux word
  // unless the table has it already ("new", "election"). The table's
  // strings live as long as the program.
  for (const HolidayTable::Name& name : Holidays().names()) {
    const char* first = name.words[0].c_str();
    auto known = std::find_if(e.begin(), e.end(),
                              [&](const WordEntry& x) { return std::strcmp(x.word, first) == 0; });
    if (known == e.end()) {
      e.push_back({first, name.n == 1 ? Holiday() : Aux(kAuxStart)});
      known = e.end() - 1;
    } else if (name.n == 1 && !known->lex.aux) {
      known->lex.cls |= kHolidayWord;
    } else if (name.n == 1) {
      known->lex = Holiday();
    }
    known->lex.holiday_start = true;
  }
  return e;
}

// Function words never make an expression on their own: a match that starts
// at one needs a content word further on.
bool IsFunctionWord(Kw k) {
  switch (k) {
    case kThe: case kA: case kAn: case kThis: case kThat: case kThese: case kThose:
    case kAt: case kUp: case kTo: case kOf: case kIn: case kFor: case kOn: case kBy:
    case kFrom: case kAnd: case kOr: case kThan: case kAbout: case kAround: case kOver:
    case kMore: case kLess: case kSome: case kMost: case kLeast: case kSince: case kUntil:
    case kBefore: case kAfter: case kDuring: case kThrough: case kWithin: case kJust:
    case kOnly: case kRight: case kFull: case kWhole: case kEntire: case kNear:
    case kOther: case kFinal: case kSame: case kNew: case kTime:
      return true;
    default:
      return false;
  }
}

}  // namespace

TimeWordTable::TimeWordTable() {
  const std::vector<WordEntry> entries = Entries();
  entries_.reserve(entries.size());
  for (const WordEntry& en : entries) {
    const size_t n = std::strlen(en.word);
    const Key key = KeyOf(en.word, n, n + 1);
    size_t i = Hash(key);
    while (slots_[i].b && !(slots_[i].a == key.a && (slots_[i].b & ~kIndexMask) == key.b))
      i = (i + 1) & (kSize - 1);
    if (slots_[i].b) continue;  // a duplicate: the first entry wins
    Lex lex = en.lex;
    lex.function_word = IsFunctionWord(lex.kw) && !lex.cls;
    slots_[i].a = key.a;
    slots_[i].b = key.b | (uint64_t(entries_.size()) << kIndexShift);
    entries_.push_back(lex);
    // Content only when capitalised: the matchers require the capital.
    const bool cap_only = lex.aux == kAuxStart || lex.kw == kTimeZone ||
                          (lex.cls & (kMonthWord | kWeekdayWord | kHolidayWord));
    const bool content = cap_only || (!lex.aux && !lex.function_word);
    const uint32_t h = ContentHash(en.word, n);
    word_bits_[h >> 6] |= uint64_t(1) << (h & 63);
    const size_t th = size_t(HashTokenBytes(std::string_view(en.word, n)) >> (64 - kTokenContentBits));
    content_bytes_[th] |= kInTable;
    if (content) content_bytes_[th] |= uint8_t(cap_only ? 2 : 3);
  }
}

const TimeWordTable& TimeWords() {
  static const TimeWordTable table;
  return table;
}

const Lex* LookupTimeWord(std::string_view lower) {
  const Lex* l = TimeWords().Find(lower.data(), lower.size(), lower.size());
  return l && !l->aux ? l : nullptr;
}

}  // namespace eg::timex
