// The public grammar functions, and instantiates the address rules for posext's iterator and context.
#include <posext/grammar/address.hpp>
#include <posext/grammar/x3/address_def.hpp>

#include "grammar/addressees.hpp"
#include "grammar/normalized_input.hpp"

namespace posext::grammar::rules {

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

}  // namespace posext::grammar::rules

namespace posext::grammar {

namespace {

std::optional<AddressMatch> address_of(const std::optional<rules::AddressMatch>& found,
                                       const detail::NormalizedInput& input) {
    if (!found) return std::nullopt;
    AddressMatch out;
    const char* begin = found->begin ? found->begin : input.text().data();
    out.span = input.span(begin, found->end);
    out.addressees = detail::addressees_of(*found, input);
    return out;
}

}  // namespace

std::optional<AddressMatch> salutation(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    return address_of(rules::parse_salutation(input.text(), lexicon), input);
}

std::optional<AddressMatch> closing(std::string_view text, const Lexicon& lexicon) {
    const detail::NormalizedInput input(text, lexicon);
    return address_of(rules::parse_closing(input.text(), lexicon), input);
}

}  // namespace posext::grammar
