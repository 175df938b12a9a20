// "X met A and B": one meeting of X with each, or one of the three?
//
// News English coordinates the persons one actor met or spoke with in turn
// ("Zelensky met the Danish and the Dutch prime ministers", "Trump said he
// spoke with the Cambodian and the Thai prime ministers", "Rubio spoke to
// Jaishankar and to Munir"): two bilateral encounters, told in one clause.
// A team of one country on the other side ("met Witkoff and Kushner") is one
// meeting of the three. MetOneByOne decides from what the verb's clause
// gives: exactly one subject, exactly two objects, both persons whom the
// gazetteer places in two different polities (of persons it does not know,
// nothing tells a delegation from two parties: one meeting, as before). Words that make it one session ("together",
// "jointly", "trilateral") and group nouns ("European leaders, including A
// and B") are the caller's to rule out, as only it sees the tokens.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "actors/actors.h"

namespace eg {

// `participants`: the verb's subject first (`subject_count` of them), then
// its objects, as DocActors entity indices.
bool MetOneByOne(const DocActors& actors, const std::vector<uint32_t>& participants,
                 size_t subject_count);

}  // namespace eg
