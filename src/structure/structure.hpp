// The structure stage: addresses, numbered arguments, references and the speaker.
#pragma once

#include <cstddef>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segmented_text.hpp"

namespace posext::detail {

// What the stance stage needs from the structure besides the Document.
struct StructureNotes {
    std::size_t closing_sentence = ~std::size_t{0};  // the closing formula's sentence, which holds no stance
};

// Whether the turn is a chair's that speaks for no state ("The President:"): it names states it does not
// speak for, and its conduct of the meeting states no position.
inline bool chair_turn(const Document& document) noexcept {
    return document.speaker_line && document.speaker_line->office && !document.speaker_line->state;
}

// Fills document.addresses, arguments, references and (unless the caller named it) speaker.
StructureNotes find_structure(const SegmentedText& text, const Lexicon& lexicon, Document& document);

}  // namespace posext::detail
