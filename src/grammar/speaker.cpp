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
    if (found->person_begin) out.person = input.span(found->person_begin, found->person_end);
    if (found->office_begin) out.office = input.span(found->office_begin, found->office_end);
    if (found->note_begin) {
        // The language is the note's last words: "spoke in Chinese", "interpretation from Arabic".
        const std::string_view note(found->note_begin, static_cast<std::size_t>(found->note_end - found->note_begin));
        std::size_t from = note.rfind(" in ");
        const std::size_t other = note.rfind(" from ");
        if (from == std::string_view::npos || (other != std::string_view::npos && other > from)) from = other;
        if (from != std::string_view::npos) {
            const char* first = found->note_begin + note.find(' ', from + 1) + 1;
            const char* last = found->note_end;
            while (last > first && last[-1] == ' ') --last;
            if (last > first) out.language = input.span(first, last);
        }
    }
    return out;
}

}  // namespace posext::grammar
