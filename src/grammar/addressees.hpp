// The addressees the address rules matched, as spans of the input: shared by the structure stage
// and the public salutation() and closing().
#pragma once

#include <vector>

#include <posext/document.hpp>
#include <posext/grammar/x3/address.hpp>

namespace posext::detail {

// `text` maps pointers into the normalised text the rules read back to input spans
// (SegmentedText for a statement, NormalizedInput for a caller's text).
template <class Text>
std::vector<Addressee> addressees_of(const grammar::rules::AddressMatch& match, const Text& text) {
    std::vector<Addressee> out;
    out.reserve(match.addressees.size());
    for (const auto& who : match.addressees) {
        Addressee addressee;
        addressee.span = text.span(who.begin, who.end);
        addressee.role = who.role;
        if (who.honorific_begin) addressee.honorific = text.span(who.honorific_begin, who.honorific_end);
        out.push_back(addressee);
    }
    return out;
}

}  // namespace posext::detail
