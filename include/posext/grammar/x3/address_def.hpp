// Definitions of the address rules; included by the one source file that instantiates them.
#pragma once

#include <posext/grammar/x3/address.hpp>

namespace posext::grammar::rules {

const addressee_type addressee_rule = "addressee";
const salutation_type salutation_rule = "salutation";
const closing_type closing_rule = "closing";

namespace address_detail {

inline Role role_of(std::string_view value) noexcept {
    if (value == "chair") return Role::chair;
    if (value == "president") return Role::president;
    if (value == "secretary_general") return Role::secretary_general;
    if (value == "delegates") return Role::delegates;
    if (value == "excellencies") return Role::excellencies;
    if (value == "audience") return Role::audience;
    return Role::other;
}

constexpr auto sp = x3::lit(' ');

constexpr auto reset = [](auto& ctx) { x3::_val(ctx) = AddresseeMatch{}; };
constexpr auto set_honorific = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    if (!val.honorific_begin) {
        val.honorific_begin = x3::_attr(ctx).begin();
        val.honorific_end = x3::_attr(ctx).end();
    }
};
constexpr auto set_role = [](auto& ctx) { x3::_val(ctx).role = role_of(x3::_attr(ctx).value); };
// The span of the addressee as parsed. A title read by a branch that then
// failed ("Excellency António Guterres, Your leadership ...": "Your " before
// no form of address) is not undone by backtracking, so only a title inside
// the span is kept.
constexpr auto set_span = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    val.begin = x3::_attr(ctx).begin();
    val.end = x3::_attr(ctx).end();
    if (val.honorific_begin && (val.honorific_begin < val.begin || val.honorific_end > val.end)) {
        val.honorific_begin = nullptr;
        val.honorific_end = nullptr;
    }
};
// A name may follow only a form of address that takes one: "Excellency Philémon Yang".
constexpr auto takes_name = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).role == Role::excellencies; };
// "Mr. António Guterres, Secretary-General ...": a name first needs a title before it.
constexpr auto has_title = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).honorific_begin != nullptr; };
constexpr auto push = [](auto& ctx) { x3::_val(ctx).addressees.push_back(x3::_attr(ctx)); };
constexpr auto set_end = [](auto& ctx) { x3::_val(ctx).end = x3::_attr(ctx).end(); };
constexpr auto set_whole = [](auto& ctx) {
    x3::_val(ctx).begin = x3::_attr(ctx).begin();
    x3::_val(ctx).end = x3::_attr(ctx).end();
};

// "Mr. ", "Mr/Madam ", "Dear ", "His Excellency " is a title and a form of address.
const auto title = x3::raw[phrase(Phrases::honorific) >> *('/' >> phrase(Phrases::honorific))][set_honorific] >> sp;
const auto modifier = phrase(Phrases::address_modifier) >> sp;
const auto before = *(title | modifier);

// "of the General Assembly", "of the United Nations General Assembly at its seventy-fifth session".
constexpr auto spelled_ordinal = [](auto& ctx) {
    std::string_view w(x3::_attr(ctx).begin(), static_cast<std::size_t>(x3::_attr(ctx).end() - x3::_attr(ctx).begin()));
    const std::string_view tail = w.size() > 2 ? w.substr(w.size() - 2) : std::string_view();
    x3::_pass(ctx) = tail == "th" || tail == "st" || tail == "nd" || tail == "rd";
};
const auto filler = x3::omit[phrase(Phrases::address_filler)] | phrase(Phrases::address_modifier);
const auto of_word = phrase(Phrases::address_of_word) | organ_word | (&x3::digit >> plain_word) | x3::raw[plain_word][spelled_ordinal];
const auto of_phrase = x3::omit[phrase(Phrases::addressee_preposition)] >> +(sp >> *(filler >> sp) >> of_word);

const auto core = phrase(Phrases::addressee)[set_role] >> *(sp >> of_phrase);
const auto person = name_word >> x3::repeat(0, 4)[sp >> name_word];

const auto ends_salutation = x3::char_(",;:!.") | x3::lit("\xE2\x80\xA6") | x3::eoi;

const auto addressee_def = x3::eps[reset] >>
    x3::raw[before >>
            ((core >> -(sp >> x3::eps[takes_name] >> person >> -(',' >> sp >> before >> core)) >>
              -(',' >> sp >> person >> &ends_salutation)) |
             (x3::eps[has_title] >> person >> ',' >> sp >> before >> core))][set_span];

const auto separator = (x3::lit(',') | ';') >> sp >> -(word("and") >> sp) | sp >> (word("and") | '&') >> sp | sp;

const auto salutation_def = x3::raw[addressee_rule[push] % separator >> x3::raw[ends_salutation][set_end]][set_whole];

const auto intensifier = x3::omit[phrase(Phrases::closing_intensifier)];
const auto for_clause = word("for") >> x3::repeat(1, 12)[sp >> plain_word];
const auto blessing = word("and") >> sp >> x3::omit[phrase(Phrases::blessing_opener)] >> *(sp >> plain_word);
const auto end_marks = *(x3::char_(".!,;") | x3::lit("\xE2\x80\xA6"));

const auto closing_def = x3::raw[-(addressee_rule[push] % separator >> ',' >> sp) >> -(word("and") >> sp) >>
                                 phrase(Phrases::closing) >> *(-x3::lit(',') >> sp >> intensifier) >>
                                 -(-x3::lit(',') >> sp >> for_clause) >>
                                 -((x3::lit(',') >> sp | sp) >> addressee_rule[push] % separator) >>
                                 -(x3::lit(',') >> sp >> blessing) >> end_marks >> x3::eoi][set_whole];

}  // namespace address_detail

inline const auto addressee_rule_def = address_detail::addressee_def;
inline const auto salutation_rule_def = address_detail::salutation_def;
inline const auto closing_rule_def = address_detail::closing_def;

BOOST_SPIRIT_DEFINE(addressee_rule, salutation_rule, closing_rule)

}  // namespace posext::grammar::rules
