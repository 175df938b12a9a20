// The actor diagram: actors.dot (for people to read and edit) and the
// actors.svg Graphviz draws from it.
//
// One node per shown actor (View::actors): the node id is the actor id, the
// label its name; size grows with mentions, fill colour and shape follow the
// kind (legend in the title). One edge per View::links pair: pen width grows
// with the number of interactions, the label lists their types and dates.
// Readable extra attributes (kind, mentions, interactions) ride along; layout
// is neato. Nodes and edges are written sorted by id, so the same input gives
// the same bytes.
#pragma once
#include <string>

#include "render/view.h"

namespace eg {

std::string ActorsDot(const View& view);

// Edge labels leave out events with more participants than this: a summit of
// nine makes 36 edges with the same words, which hides everything else. Their
// edges keep width, colour and tooltip.
constexpr size_t kLabelMaxParticipants = 3;
// Beyond kDenseLinks links, only the kDenseLabels heaviest (with two or more
// interactions) are labelled, as "5× call meeting / 2 Jan 2025 – 3 Mar 2025".
constexpr size_t kDenseLinks = 60;
constexpr size_t kDenseLabels = 30;

// "meeting 15 Aug 2025", one line per distinct type and date of a link's
// events in date order, at most `max_lines` lines then "+N more"; events with
// more than `max_participants` participants left out (0: none left out).
std::string LinkLabel(const View& view, const ViewLink& link, size_t max_lines,
                      size_t max_participants = 0);

}  // namespace eg
