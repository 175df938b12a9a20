#include "render/date_labels.h"

#include "corpus/document.h"  // FormatDate

namespace eg {

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string IsoDay(date::sys_days d) { return FormatDate(date::year_month_day{d}); }

std::string MonthYearLabel(date::sys_days d) {
  date::year_month_day ymd{d};
  return std::string(kMonths[unsigned(ymd.month()) - 1]) + " " + std::to_string(int(ymd.year()));
}

std::string DateLabel(const DateSpan& d) {
  date::year_month_day ymd{d.first};
  int y = int(ymd.year());
  switch (d.precision) {
    case DatePrecision::kDay:
      return std::to_string(unsigned(ymd.day())) + " " + MonthYearLabel(d.first);
    case DatePrecision::kWeek:
    {
      std::string w = d.value.substr(6);
      if (w.size() > 1 && w[0] == '0') w.erase(0, 1);
      return "week " + w + ", " + d.value.substr(0, 4);
    }
    case DatePrecision::kMonth:
      return MonthYearLabel(d.first);
    case DatePrecision::kSeason: {
      std::string s = d.value.substr(5);
      std::string name = s == "SP" ? "spring" : s == "SU" ? "summer" : s == "FA" ? "autumn"
                         : s == "WI" ? "winter" : s;
      return name + " " + d.value.substr(0, 4);
    }
    case DatePrecision::kYear:
      return std::to_string(y);
    case DatePrecision::kDecade:
      return std::to_string(y) + "s";
    case DatePrecision::kCentury:
      return std::to_string(y) + "s (century)";
  }
  return d.value;
}

}  // namespace eg
