// The four structure finders, called in this order by find_structure().
#pragma once

#include <cstddef>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segmented_text.hpp"

namespace posext::detail {

// What the addresses tell the finders after them: an argument stops at a
// vocative or at the closing formula, and the closing holds no stance.
struct AddressOutline {
    std::vector<char> vocative;  // per sentence: 1 where it opens with a vocative
    std::size_t closing_sentence = ~std::size_t{0};
};

// Fills document.addresses, in text order.
AddressOutline find_addresses(const SegmentedText& text, const Lexicon& lexicon, Document& document);
// Fills document.arguments, ordered by marker.
void find_arguments(const SegmentedText& text, const Lexicon& lexicon, const AddressOutline& outline,
                    Document& document);
// Fills document.references, in text order.
void find_references(const SegmentedText& text, const Lexicon& lexicon, Document& document);
// Fills document.speaker unless it is set already.
void find_speaker(const SegmentedText& text, const Lexicon& lexicon, Document& document);

}  // namespace posext::detail
