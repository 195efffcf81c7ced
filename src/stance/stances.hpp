// The stance stage: cues, what licenses them, negation, holder, target, intensity and argument.
#pragma once

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segmented_text.hpp"
#include "structure/structure.hpp"

namespace posext::detail {

// Fills document.stances, reading the speaker and arguments the structure stage found.
void find_stances(const SegmentedText& text, const Lexicon& lexicon, const StructureNotes& notes, Document& document);

}  // namespace posext::detail
