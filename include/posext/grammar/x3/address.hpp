// Grammar of forms of address: salutations ("Mr. President, Excellencies,") and closings ("Thank you, Mr. Chairman.").
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include <posext/document.hpp>
#include <posext/grammar/x3/lexical.hpp>
#include <posext/lexicon.hpp>

namespace posext::grammar::rules {

// One addressee as the grammar found it, as pointers into the parsed text.
struct AddresseeMatch {
    iterator_type begin = nullptr;
    iterator_type end = nullptr;
    iterator_type honorific_begin = nullptr;  // null when there is no title
    iterator_type honorific_end = nullptr;
    Role role = Role::other;
};

// A list of addressees with the mark that ends it, or a whole closing formula.
struct AddressMatch {
    std::vector<AddresseeMatch> addressees;
    iterator_type begin = nullptr;
    iterator_type end = nullptr;  // past the closing mark (",", ":", "!", "…") if any
};

using addressee_type = x3::rule<class addressee_class, AddresseeMatch>;
using salutation_type = x3::rule<class salutation_class, AddressMatch>;
using closing_type = x3::rule<class closing_class, AddressMatch>;

BOOST_SPIRIT_DECLARE(addressee_type, salutation_type, closing_type)

// "Mr. President", "Excellency Philémon Yang, President of the General Assembly".
POSEXT_EXPORT const addressee_type& addressee();
// Addressees joined by commas, "and" or juxtaposition, then "," ":" ";" "!"
// "." "…" or the end of the text: "Mr. President, Excellencies,".
POSEXT_EXPORT const salutation_type& salutation();
// A whole sentence that closes a statement: "Thank you, Mr. Chairman.",
// "I thank you for your kind attention.", "Thank you very, very much!".
POSEXT_EXPORT const closing_type& closing();

// The salutation that opens `text` (normalised text), if any.
[[nodiscard]] POSEXT_EXPORT std::optional<AddressMatch> parse_salutation(std::string_view text, const Lexicon& lexicon);
// `text` as a closing formula, when the whole of it is one.
[[nodiscard]] POSEXT_EXPORT std::optional<AddressMatch> parse_closing(std::string_view text, const Lexicon& lexicon);

}  // namespace posext::grammar::rules
