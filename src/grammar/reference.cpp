// Instantiates the reference rules for posext's iterator and context.
#include <posext/grammar/reference_def.hpp>

namespace posext::grammar {

BOOST_SPIRIT_INSTANTIATE(resolution_list_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(document_symbol_type, iterator_type, context_type)

const resolution_list_type& resolution_list() { return resolution_list_rule; }
const document_symbol_type& document_symbol() { return document_symbol_rule; }

std::optional<ResolutionList> parse_resolution_list(std::string_view text, const Lexicon& lexicon) {
    return parse_start<ResolutionList>(resolution_list_rule, text, lexicon);
}

std::optional<SymbolMatch> parse_document_symbol(std::string_view text, const Lexicon& lexicon) {
    return parse_start<SymbolMatch>(document_symbol_rule, text, lexicon);
}

}  // namespace posext::grammar
