// The diplomatic layers: addresses, enumerated arguments, references and the speaker, from the segmented text.
#pragma once

#include <string_view>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segment.hpp"

namespace posext::detail {

// Fills document.addresses, arguments, references, (unless the caller named
// it) speaker and, when asked, stances, reading the normalised text that
// segment() left in `scratch`.
void find_layers(std::string_view input, const Lexicon& lexicon, const SegmentScratch& scratch, bool stances,
                 Document& document);

}  // namespace posext::detail
