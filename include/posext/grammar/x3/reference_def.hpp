// Definitions of the reference rules; included by the one source file that instantiates them.
#pragma once

#include <algorithm>

#include <posext/grammar/x3/reference.hpp>

namespace posext::grammar::rules {

const resolution_list_type resolution_list_rule = "resolution_list";
const document_symbol_type document_symbol_rule = "document_symbol";
using resolution_item_type = x3::rule<class resolution_item_class, ResolutionItem>;
const resolution_item_type resolution_item = "resolution";

namespace reference_detail {

constexpr auto sp = x3::lit(' ');

inline std::string_view view_of(const boost::iterator_range<iterator_type>& range) noexcept {
    return {range.begin(), static_cast<std::size_t>(range.end() - range.begin())};
}


constexpr auto reset = [](auto& ctx) { x3::_val(ctx) = ResolutionItem{}; };
constexpr auto set_session = [](auto& ctx) { x3::_val(ctx).session = view_of(x3::_attr(ctx)); };
// An alternative that failed after its first part leaves that part behind.
constexpr auto clear = [](auto& ctx) { x3::_val(ctx) = ResolutionItem{}; };
constexpr auto set_number = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
constexpr auto set_year = [](auto& ctx) {
    x3::_val(ctx).year = x3::_attr(ctx);
    x3::_pass(ctx) = x3::_attr(ctx) >= 1945 && x3::_attr(ctx) <= 2100;
};
constexpr auto set_roman = [](auto& ctx) { x3::_val(ctx).roman = view_of(x3::_attr(ctx)); };
constexpr auto set_span = [](auto& ctx) {
    x3::_val(ctx).begin = x3::_attr(ctx).begin();
    x3::_val(ctx).end = x3::_attr(ctx).end();
};
constexpr auto push = [](auto& ctx) { x3::_val(ctx).items.push_back(x3::_attr(ctx)); };

const auto digits = x3::uint_parser<unsigned, 10, 1, 5>();
const auto year = x3::uint_parser<unsigned, 10, 4, 4>();
// The session of "75/240", of a special session "S-27/2" or an emergency special session "ES-10/19".
const auto session = x3::raw[-(x3::lit("ES-") | "S-") >> x3::uint_parser<unsigned, 10, 1, 3>()];
const auto item_end = !(x3::char_("/0-9A-Za-z") | (x3::lit('.') >> x3::digit) | (x3::lit(',') >> x3::digit));

const auto item_def =
    x3::eps[reset] >>
    x3::raw[(session[set_session] >> '/' >> digits[set_number]) |
            (x3::eps[clear] >> digits[set_number] >> -sp >> '(' >>
             (year[set_year] | x3::raw[+x3::char_("IVXLC")][set_roman]) >> ')') |
            (x3::eps[clear] >> digits[set_number])][set_span] >>
    item_end;

const auto resolution_word = x3::omit[phrase(Phrases::resolution_word)];
const auto number_word = (x3::omit[phrase(Phrases::number_word)] | x3::lit('#')) >> -sp;
const auto joiner = x3::omit[phrase(Phrases::list_joiner)];
const auto list_separator = (x3::lit(',') >> sp >> -(joiner >> sp)) | (sp >> (joiner | x3::lit('&')) >> sp);

const auto resolution_list_def = resolution_word >> sp >> -number_word >> resolution_item[push] % list_separator;

const auto part = +(x3::char_("A-Za-z0-9") | (x3::char_(".-") >> &x3::char_("A-Za-z0-9")));
constexpr auto symbol_span = [](auto& ctx) {
    auto range = x3::_attr(ctx);
    std::string_view text = view_of(range);
    // A symbol is capitals, then parts; one part at least names a session, year or number.
    x3::_pass(ctx) = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    x3::_val(ctx).begin = range.begin();
    x3::_val(ctx).end = range.end();
};
constexpr auto extend = [](auto& ctx) { x3::_val(ctx).end = x3::_attr(ctx).end(); };
// A record of a meeting: "A/PV.2243", "S/PV.7138", and after a session "A/77/PV.4", also as printed
// with a space after the slash ("A/77/ PV.4").
const auto record = -sp >> x3::lit("PV.") >> +x3::digit >> !x3::char_("A-Za-z");
const auto document_symbol_def =
    x3::raw[+x3::char_("A-Z") >> '/' >> ((part >> +('/' >> (record | part))) | record)][symbol_span] >>
    -x3::raw[-sp >> '(' >> year >> ')'][extend] >> !x3::char_("/A-Za-z0-9");

}  // namespace reference_detail

inline const auto resolution_item_def = reference_detail::item_def;
inline const auto resolution_list_rule_def = reference_detail::resolution_list_def;
inline const auto document_symbol_rule_def = reference_detail::document_symbol_def;

BOOST_SPIRIT_DEFINE(resolution_item, resolution_list_rule, document_symbol_rule)

}  // namespace posext::grammar::rules
