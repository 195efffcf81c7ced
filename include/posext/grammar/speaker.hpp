// The speaker line of a meeting record: "Mr. Liu Jieyi (China) (spoke in Chinese):".
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>

#include <posext/lexicon.hpp>
#include <posext/span.hpp>

namespace posext::grammar {

struct SpeakerLineMatch {
    Span span;                       // up to and with the colon
    std::optional<Span> delegation;  // "China" in the brackets; none for "The President (spoke in French):"
    std::optional<Span> person;      // "Mr. Liu Jieyi"; none for an office
    std::optional<Span> office;      // "The President"; none for a person
    std::optional<Span> language;    // "Chinese" of "(spoke in Chinese)"; none without the note
};

// The speaker line that opens `text`. It names the speaker; it addresses no one.
[[nodiscard]] POSEXT_EXPORT std::optional<SpeakerLineMatch> speaker_line(std::string_view text,
                                                           const Lexicon& lexicon = Lexicon::english());

}  // namespace posext::grammar
