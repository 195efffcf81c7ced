// Forms of address: salutations ("Mr. President, Excellencies,") and closings ("Thank you, Mr. Chairman.").
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>
#include <posext/span.hpp>

namespace posext::grammar {

// Matches of the public grammars are spans of the text they were given. The text may be
// as written, with line breaks, hyphenation and curly quotes: it is normalised for matching.

struct AddressMatch {
    Span span;  // the addressees and the mark that ends them (",", ":", "!", "…"), or a whole closing
    std::vector<Addressee> addressees;  // as in the Document: "Mr. President", its role and honorific "Mr."
};

// The salutation that opens `text`: addressees joined by commas, "and" or juxtaposition, then a
// mark or the end ("Mr. President, Excellencies,"). Not "President Biden said".
[[nodiscard]] POSEXT_EXPORT std::optional<AddressMatch> salutation(std::string_view text,
                                                     const Lexicon& lexicon = Lexicon::english());

// `text` as a closing formula, when the whole of it is one: "Thank you, Mr. Chairman.",
// "I thank you for your kind attention.".
[[nodiscard]] POSEXT_EXPORT std::optional<AddressMatch> closing(std::string_view text, const Lexicon& lexicon = Lexicon::english());

}  // namespace posext::grammar
