// The issues stage: each stance and vote gets the keys of the issue lexicon that its words name.
#pragma once

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segmented_text.hpp"

namespace posext::detail {

// Fills stances[].issues and votes[].issues: the issues named in the position's target (a vote's
// object), else in its sentence, else in its argument's headline, in the order of the lexicon's labels.
void find_issues(const SegmentedText& text, const Lexicon& lexicon, Document& document);

}  // namespace posext::detail
