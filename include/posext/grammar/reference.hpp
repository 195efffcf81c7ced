// References to UN documents: resolution lists ("resolutions 75/240 and 76/19") and symbols ("A/76/135").
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <posext/lexicon.hpp>
#include <posext/span.hpp>

namespace posext::grammar {

// One resolution of a list: "75/240", "2231 (2015)", "2758 (XXVI)", "1325".
struct ResolutionMatch {
    Span span;
    std::string session;  // "75" of "75/240", "ES-11" of "ES-11/1"; empty without
    unsigned number = 0;
    unsigned year = 0;    // 2015 of "(2015)"; 0 without
    std::string roman;    // "XXVI" of "(XXVI)"; empty without
};

struct ResolutionListMatch {
    Span span;  // from "resolution" to the end of the last number
    std::vector<ResolutionMatch> items;
};

// The resolution list that opens `text`: "resolution 75/240", "resolutions 2100 (2013) and
// 2164 (2014)", "Resolution No. 1325".
[[nodiscard]] POSEXT_EXPORT std::optional<ResolutionListMatch> resolution_list(std::string_view text,
                                                                 const Lexicon& lexicon = Lexicon::english());

// The document symbol that opens `text`: capital letters, then at least two more parts
// separated by "/", one with a digit ("A/76/135", "S/2014/189", "A/HRC/47/L.1").
[[nodiscard]] POSEXT_EXPORT std::optional<Span> document_symbol(std::string_view text, const Lexicon& lexicon = Lexicon::english());

}  // namespace posext::grammar
