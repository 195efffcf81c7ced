// Definitions of the argument marker rules; included by the one source file that instantiates them.
#pragma once

#include <charconv>

#include <posext/grammar/x3/argument.hpp>

namespace posext::grammar::rules {

const ordinal_marker_type ordinal_marker_rule = "ordinal_marker";
const numbered_marker_type numbered_marker_rule = "numbered_marker";

namespace argument_detail {

constexpr auto sp = x3::lit(' ');

inline unsigned number_of(std::string_view value) noexcept {
    unsigned n = 0;
    std::from_chars(value.data(), value.data() + value.size(), n);
    return n;  // 0 for "last"
}

inline unsigned roman_value(std::string_view text) noexcept {
    unsigned total = 0;
    unsigned previous = 0;
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        unsigned v = 0;
        switch (*it) {
        case 'i': v = 1; break;
        case 'v': v = 5; break;
        case 'x': v = 10; break;
        case 'l': v = 50; break;
        default: return 0;
        }
        total = v < previous ? total - v : total + v;
        previous = std::max(previous, v);
    }
    return total;
}

constexpr auto set_ordinal = [](auto& ctx) { x3::_val(ctx).ordinal = number_of(x3::_attr(ctx).value); };
constexpr auto set_span = [](auto& ctx) {
    x3::_val(ctx).begin = x3::_attr(ctx).begin();
    x3::_val(ctx).end = x3::_attr(ctx).end();
};
// A one-word marker ("Second", "Last") needs a mark after it; one of several
// words or in -ly ("In the first place", "Secondly") is a marker anyway.
constexpr auto long_form = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    std::string_view marker(val.begin, static_cast<std::size_t>(val.end - val.begin));
    x3::_pass(ctx) = marker.find(' ') != std::string_view::npos ||
                     (marker.size() > 2 && marker.substr(marker.size() - 2) == "ly");
};
// In a noun phrase the ordinal is written in lower case: "The Second Committee" is a name.
constexpr auto lower_start = [](auto& ctx) {
    const char c = *x3::_attr(ctx).begin();
    x3::_pass(ctx) = c >= 'a' && c <= 'z';
};
constexpr auto words_family = [](auto& ctx) { x3::_val(ctx) = MarkerMatch{}; };
constexpr auto set_number = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    val.family = MarkerFamily::numbers;
    val.ordinal = x3::_attr(ctx);
    x3::_pass(ctx) = val.ordinal >= 1 && val.ordinal <= 99;
};
constexpr auto set_letter = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    const char c = x3::_attr(ctx);
    val.family = MarkerFamily::letters;
    val.ordinal = static_cast<unsigned>(c - 'a' + 1);
};
constexpr auto set_roman = [](auto& ctx) {
    auto& val = x3::_val(ctx);
    std::string_view text(x3::_attr(ctx).begin(), static_cast<std::size_t>(x3::_attr(ctx).end() - x3::_attr(ctx).begin()));
    val.family = MarkerFamily::roman;
    val.ordinal = roman_value(text);
    val.ambiguous_letter = text == "i" || text == "v" || text == "x";
    x3::_pass(ctx) = val.ordinal >= 1 && val.ordinal <= 40;
};

const auto dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");
const auto after_word_marker = &x3::char_(",:;") | &(sp >> dash) | x3::eps[long_form];

const auto word_form = x3::raw[phrase(Phrases::ordinal_marker)[set_ordinal]][set_span] >> after_word_marker;

// Verbs after an ordinal noun phrase that make it the sentence's subject ("The second is").
const auto np_verb = x3::omit[phrase(Phrases::ordinal_subject_verb)];
// "This brings me to", "Let me now turn to" before "my second point".
const auto lead = x3::omit[phrase(Phrases::ordinal_lead)];
const auto determiner = x3::omit[phrase(Phrases::ordinal_determiner)];
const auto noun = !np_verb >> &x3::char_("a-z") >> plain_word;
const auto np_form = x3::raw[-(lead >> sp) >> determiner >> sp >>
                             x3::raw[phrase(Phrases::ordinal_word)[set_ordinal]][lower_start] >>
                             x3::repeat(0, 2)[sp >> noun]][set_span] >>
                     (&x3::char_(":,") | &(sp >> np_verb));

const auto ordinal_marker_def = x3::eps[words_family] >> (word_form | np_form);

const auto roman = x3::raw[+x3::char_("ivxl")];
const auto numbered_marker_def =
    x3::eps[words_family] >>
    x3::raw[('(' >> x3::uint_[set_number] >> ')') | (x3::uint_[set_number] >> (x3::lit('.') | ')')) |
            ('(' >> roman[set_roman] >> ')') | (roman[set_roman] >> (x3::lit(')') | '.')) |
            ('(' >> x3::char_("a-z")[set_letter] >> ')') | (x3::char_("a-z")[set_letter] >> ')')][set_span] >>
    (sp | x3::eoi);

}  // namespace argument_detail

inline const auto ordinal_marker_rule_def = argument_detail::ordinal_marker_def;
inline const auto numbered_marker_rule_def = argument_detail::numbered_marker_def;

BOOST_SPIRIT_DEFINE(ordinal_marker_rule, numbered_marker_rule)

}  // namespace posext::grammar::rules
