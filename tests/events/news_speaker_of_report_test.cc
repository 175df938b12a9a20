// "A briefed the envoys, and B said he would call C": the pronoun that opens
// a report of speech is its speaker, not the first person of the sentence.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSpeakerOfReport, ThePronounAfterSaidIsTheSpeakerOfTheSecondConjunct) {
  Doc d(
      "Lena Vos briefed the ambassadors in Orlin on Tuesday, and Piet Graaf said he "
      "would speak with Omar Haddad by phone on Friday.",
      "2025-03-10");
  d.M("Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf").M("Omar Haddad", "Omar Haddad");
  d.T("Tuesday", "2025-03-11").T("Friday", "2025-03-14");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "call") {
      EXPECT_EQ(d.Names(m), (Names{"Piet Graaf", "Omar Haddad"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(NewsSpeakerOfReport, SaidThatSheAlsoNamesTheSpeaker) {
  Doc d(
      "Rutger Dam opened the session in Velm on Monday, and Ines Moor later said that she "
      "would meet Karl Brand on Thursday.",
      "2025-03-10");
  d.M("Rutger Dam", "Rutger Dam").M("Ines Moor", "Ines Moor").M("Karl Brand", "Karl Brand");
  d.T("Monday", "2025-03-10").T("Thursday", "2025-03-13");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "meeting") {
      EXPECT_EQ(d.Names(m), (Names{"Ines Moor", "Karl Brand"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(NewsSpeakerOfReport, AnOwnerIsNoSpeaker) {
  // "X's office said he": the office speaks; "he" is the person the text
  // follows, here the first of the sentence.
  Doc d(
      "Karl Brand arrived in Velm on Monday, and Ines Moor's office said he would meet "
      "Rutger Dam on Thursday.",
      "2025-03-10");
  d.M("Karl Brand", "Karl Brand").M("Ines Moor", "Ines Moor").M("Rutger Dam", "Rutger Dam");
  d.T("Monday", "2025-03-10").T("Thursday", "2025-03-13");
  for (const EventMention& m : d.Interactions())
    if (m.type == "meeting") {
      EXPECT_FALSE(d.Names(m).count("Ines Moor"));
    }
}

}  // namespace
}  // namespace eg
