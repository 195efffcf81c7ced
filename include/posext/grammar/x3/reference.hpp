// Grammar of references to UN documents: resolutions by number and document symbols.
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include <posext/grammar/x3/lexical.hpp>
#include <posext/lexicon.hpp>

namespace posext::grammar::rules {

// One resolution of a list: "75/240", "2231 (2015)", "2758 (XXVI)", "1325".
struct ResolutionItem {
    iterator_type begin = nullptr;
    iterator_type end = nullptr;
    std::string_view session;  // "75" of "75/240", "ES-11" of "ES-11/1"; empty without
    unsigned number = 0;
    unsigned year = 0;         // "(2015)"; 0 without
    std::string_view roman;    // "XXVI" of "(XXVI)"; empty without
};

// "resolutions 75/240 and 76/19": the word and the numbers it introduces.
struct ResolutionList {
    std::vector<ResolutionItem> items;
};

// A document symbol: "A/76/135", "S/2014/189", "A/HRC/47/L.1", "S/RES/2231 (2015)".
struct SymbolMatch {
    iterator_type begin = nullptr;
    iterator_type end = nullptr;
};

using resolution_list_type = x3::rule<class resolution_list_class, ResolutionList>;
using document_symbol_type = x3::rule<class document_symbol_class, SymbolMatch>;

BOOST_SPIRIT_DECLARE(resolution_list_type, document_symbol_type)

// "resolution 75/240", "resolutions 2100 (2013) and 2164 (2014)", "Resolution No. 1325".
POSEXT_EXPORT const resolution_list_type& resolution_list();
// Capital letters, then at least two more parts separated by "/", one with a digit.
POSEXT_EXPORT const document_symbol_type& document_symbol();

[[nodiscard]] POSEXT_EXPORT std::optional<ResolutionList> parse_resolution_list(std::string_view text, const Lexicon& lexicon);
[[nodiscard]] POSEXT_EXPORT std::optional<SymbolMatch> parse_document_symbol(std::string_view text, const Lexicon& lexicon);

}  // namespace posext::grammar::rules
