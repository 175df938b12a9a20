// FindActors: the entry point of the actors stage. The work is the
// Finder's (actors/finder_internal.h, whose opening comment says how it
// goes): one scan per sentence (finder_scan.cc), the resolution of
// ambiguous aliases (finder_resolve.cc), then the output (finder_build.cc);
// the kin appositions after (actors/kin_appositions.h).
#include "actors/actors.h"
#include "actors/finder_internal.h"
#include "actors/kin_appositions.h"

namespace eg {
namespace actors_detail {

DocActors Finder::Run() {
  for (const Sentence& s : t_.sentences) ScanSentence(s.first_token, s.end_token);
  ResolveAmbiguous();
  DocActors out = Build();
  if (!has_dct_) out.office_floor = OfficeFloor();
  return out;
}

}  // namespace actors_detail

DocActors FindActors(const Document& doc, const TextAnalysis& text, const Gazetteer& gaz,
                     const std::vector<Timex>& timexes) {
  actors_detail::Finder f(doc, text, gaz, timexes);
  DocActors out = f.Run();
  ResolveKinAppositions(text, gaz, &out);
  return out;
}

}  // namespace eg
