// Definition of the speaker line rule; included by the one source file that instantiates it.
#pragma once

#include <posext/grammar/x3/speaker.hpp>

namespace posext::grammar::rules {

const speaker_line_type speaker_line_rule = "speaker_line";

namespace speaker_detail {

constexpr auto sp = x3::lit(' ');

constexpr auto reset = [](auto& ctx) { x3::_val(ctx) = SpeakerLineMatch{}; };
constexpr auto set_delegation = [](auto& ctx) {
    x3::_val(ctx).delegation_begin = x3::_attr(ctx).begin();
    x3::_val(ctx).delegation_end = x3::_attr(ctx).end();
};
constexpr auto set_span = [](auto& ctx) {
    x3::_val(ctx).begin = x3::_attr(ctx).begin();
    x3::_val(ctx).end = x3::_attr(ctx).end();
};

// Names in records are sometimes broken by extraction ("Liu J ieyi").
const auto name_part = plain_word >> -x3::lit('.');
const auto person = phrase(Phrases::honorific) >> x3::repeat(1, 6)[sp >> name_part];
const auto chair = x3::omit[phrase(Phrases::chair_title)];
const auto language_note = x3::omit[phrase(Phrases::language_note)];
const auto delegation = '(' >> !language_note >> x3::raw[+(x3::char_ - x3::char_("()"))][set_delegation] >> ')';
const auto language = '(' >> language_note >> *(x3::char_ - x3::char_("()")) >> ')';

const auto speaker_line_def =
    x3::eps[reset] >> x3::raw[((person >> sp >> (delegation >> -(sp >> language) | language)) |
                               (chair >> -(sp >> delegation) >> sp >> language)) >>
                              ':'][set_span];

}  // namespace speaker_detail

inline const auto speaker_line_rule_def = speaker_detail::speaker_line_def;

BOOST_SPIRIT_DEFINE(speaker_line_rule)

}  // namespace posext::grammar::rules
