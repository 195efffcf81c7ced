// Stance markers: the cues of a sentence ("supports", "calls upon", "is deeply concerned") with their type.
#pragma once

#include <posext/export.hpp>

#include <string_view>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>
#include <posext/span.hpp>

namespace posext::grammar {

struct StanceMarker {
    Span cue;  // "supports", "should not", "calls upon"
    StanceType type = StanceType::assess;
    Polarity polarity = Polarity::positive;
    bool negated = false;  // "does not support", "we cannot accept"
};

// The stance markers of `sentence`, found by the rules of the stance stage: a cue from
// [stance-cues] counts only where its clause licenses it (a subject that holds it, a modal, a
// frame such as "it is important to"), never inside a noun phrase ("the support of"). Text of
// several sentences is split first; spans are offsets into `sentence`.
[[nodiscard]] POSEXT_EXPORT std::vector<StanceMarker> stance_markers(std::string_view sentence,
                                                       const Lexicon& lexicon = Lexicon::english());

}  // namespace posext::grammar
