// The public grammar functions, and instantiates the speaker rules for posext's iterator and context.
#include <posext/grammar/speaker.hpp>
#include <posext/grammar/x3/speaker_def.hpp>

#include "grammar/normalized_input.hpp"

namespace posext::grammar::rules {

BOOST_SPIRIT_INSTANTIATE(speaker_line_type, iterator_type, context_type)

const speaker_line_type& speaker_line() { return speaker_line_rule; }

std::optional<SpeakerLineMatch> parse_speaker_line(std::string_view text, const Lexicon& lexicon) {
    return parse_start<SpeakerLineMatch>(speaker_line_rule, text, lexicon);
}

}  // namespace posext::grammar::rules

namespace posext::grammar {

std::optional<SpeakerLineMatch> speaker_line(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    auto found = rules::parse_speaker_line(input.text(), lexicon);
    if (!found) return std::nullopt;
    SpeakerLineMatch out;
    out.span = input.span(found->begin, found->end);
    if (found->delegation_begin) out.delegation = input.span(found->delegation_begin, found->delegation_end);
    return out;
}

}  // namespace posext::grammar
