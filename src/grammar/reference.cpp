// The public grammar functions, and instantiates the reference rules for posext's iterator and context.
#include <posext/grammar/reference.hpp>
#include <posext/grammar/x3/reference_def.hpp>

#include "grammar/normalized_input.hpp"

namespace posext::grammar::rules {

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

}  // namespace posext::grammar::rules

namespace posext::grammar {

std::optional<ResolutionListMatch> resolution_list(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    auto found = rules::parse_resolution_list(input.text(), lexicon);
    if (!found || found->items.empty()) return std::nullopt;
    ResolutionListMatch out;
    out.span = input.span(input.text().data(), found->items.back().end);
    for (const auto& item : found->items) {
        out.items.push_back({input.span(item.begin, item.end), std::string(item.session), item.number, item.year,
                             std::string(item.roman)});
    }
    return out;
}

std::optional<Span> document_symbol(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    auto found = rules::parse_document_symbol(input.text(), lexicon);
    if (!found) return std::nullopt;
    return input.span(found->begin, found->end);
}

}  // namespace posext::grammar
