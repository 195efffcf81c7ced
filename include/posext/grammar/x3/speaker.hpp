// Grammar of the line that names the speaker in a Security Council record: "Mr. Liu Jieyi (China) (spoke in Chinese):".
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>

#include <posext/grammar/x3/lexical.hpp>
#include <posext/lexicon.hpp>

namespace posext::grammar::rules {

struct SpeakerLineMatch {
    iterator_type begin = nullptr;
    iterator_type end = nullptr;           // past the colon
    iterator_type delegation_begin = nullptr;  // "China" in the parentheses; null for "The President"
    iterator_type delegation_end = nullptr;
    iterator_type person_begin = nullptr;  // "Mr. Liu Jieyi"; null for an office
    iterator_type person_end = nullptr;
    iterator_type office_begin = nullptr;  // "The President"; null for a person
    iterator_type office_end = nullptr;
    iterator_type note_begin = nullptr;  // "spoke in Chinese" in the parentheses; null without one
    iterator_type note_end = nullptr;
};

using speaker_line_type = x3::rule<class speaker_line_class, SpeakerLineMatch>;

BOOST_SPIRIT_DECLARE(speaker_line_type)

// "Mr. Liu Jieyi (China) (spoke in Chinese):", "Ms. Power (United States of
// America):", "The President (spoke in French):", "The President:". It names; it addresses no one.
POSEXT_EXPORT const speaker_line_type& speaker_line();

[[nodiscard]] POSEXT_EXPORT std::optional<SpeakerLineMatch> parse_speaker_line(std::string_view text, const Lexicon& lexicon);

}  // namespace posext::grammar::rules
