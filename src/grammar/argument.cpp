// Instantiates the argument rules for posext's iterator and context.
#include <posext/grammar/argument_def.hpp>

namespace posext::grammar {

BOOST_SPIRIT_INSTANTIATE(ordinal_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(numbered_marker_type, iterator_type, context_type)

const ordinal_marker_type& ordinal_marker() { return ordinal_marker_rule; }
const numbered_marker_type& numbered_marker() { return numbered_marker_rule; }

std::optional<MarkerMatch> parse_ordinal_marker(std::string_view text, const Lexicon& lexicon) {
    return parse_start<MarkerMatch>(ordinal_marker_rule, text, lexicon);
}

std::optional<MarkerMatch> parse_numbered_marker(std::string_view text, const Lexicon& lexicon) {
    return parse_start<MarkerMatch>(numbered_marker_rule, text, lexicon);
}

}  // namespace posext::grammar
