// Instantiates the speaker rules for posext's iterator and context.
#include <posext/grammar/speaker_def.hpp>

namespace posext::grammar {

BOOST_SPIRIT_INSTANTIATE(speaker_line_type, iterator_type, context_type)

const speaker_line_type& speaker_line() { return speaker_line_rule; }

std::optional<SpeakerLineMatch> parse_speaker_line(std::string_view text, const Lexicon& lexicon) {
    return parse_start<SpeakerLineMatch>(speaker_line_rule, text, lexicon);
}

}  // namespace posext::grammar
