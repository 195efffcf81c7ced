// The public grammar functions, and instantiates the argument rules for posext's iterator and context.
#include <posext/grammar/argument.hpp>
#include <posext/grammar/x3/argument_def.hpp>

#include "grammar/normalized_input.hpp"

namespace posext::grammar::rules {

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

}  // namespace posext::grammar::rules

namespace posext::grammar {

namespace {

std::optional<MarkerMatch> marker_of(const std::optional<rules::MarkerMatch>& found,
                                     const detail::NormalizedInput& input) {
    if (!found) return std::nullopt;
    return MarkerMatch{input.span(found->begin, found->end), found->ordinal, found->family, found->ambiguous_letter};
}

}  // namespace

std::optional<MarkerMatch> ordinal_marker(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    return marker_of(rules::parse_ordinal_marker(input.text(), lexicon), input);
}

std::optional<MarkerMatch> numbered_marker(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    return marker_of(rules::parse_numbered_marker(input.text(), lexicon), input);
}

}  // namespace posext::grammar
