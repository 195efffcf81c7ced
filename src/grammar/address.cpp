// Instantiates the address rules for posext's iterator and context.
#include <posext/grammar/address_def.hpp>

namespace posext::grammar {

BOOST_SPIRIT_INSTANTIATE(addressee_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(salutation_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(closing_type, iterator_type, context_type)

const addressee_type& addressee() { return addressee_rule; }
const salutation_type& salutation() { return salutation_rule; }
const closing_type& closing() { return closing_rule; }

std::optional<AddressMatch> parse_salutation(std::string_view text, const Lexicon& lexicon) {
    return parse_start<AddressMatch>(salutation_rule, text, lexicon);
}

std::optional<AddressMatch> parse_closing(std::string_view text, const Lexicon& lexicon) {
    return parse_start<AddressMatch>(closing_rule, text, lexicon);
}

}  // namespace posext::grammar
