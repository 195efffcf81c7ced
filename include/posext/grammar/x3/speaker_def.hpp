// Definition of the speaker line rule; included by the one source file that instantiates it.
#pragma once

#include <posext/grammar/x3/speaker.hpp>

namespace posext::grammar::rules {

const speaker_line_type speaker_line_rule = "speaker_line";

namespace speaker_detail {

constexpr auto sp = x3::lit(' ');

constexpr auto reset = [](auto& ctx) { x3::_val(ctx) = SpeakerLineMatch{}; };
// Keeps where a part of the line was matched: its begin and end in the two members named.
template <auto Begin, auto End>
constexpr auto set_range = [](auto& ctx) {
    x3::_val(ctx).*Begin = x3::_attr(ctx).begin();
    x3::_val(ctx).*End = x3::_attr(ctx).end();
};
constexpr auto set_delegation = set_range<&SpeakerLineMatch::delegation_begin, &SpeakerLineMatch::delegation_end>;
constexpr auto set_person = set_range<&SpeakerLineMatch::person_begin, &SpeakerLineMatch::person_end>;
constexpr auto set_office = set_range<&SpeakerLineMatch::office_begin, &SpeakerLineMatch::office_end>;
constexpr auto set_note = set_range<&SpeakerLineMatch::note_begin, &SpeakerLineMatch::note_end>;
constexpr auto set_span = set_range<&SpeakerLineMatch::begin, &SpeakerLineMatch::end>;

// Names in records are sometimes broken by extraction ("Liu J ieyi").
const auto name_part = plain_word >> -x3::lit('.');
const auto person = phrase(Phrases::honorific) >> x3::repeat(1, 6)[sp >> name_part];
const auto chair = x3::omit[phrase(Phrases::chair_title)];
const auto language_note = x3::omit[phrase(Phrases::language_note)];
const auto delegation = '(' >> !language_note >> x3::raw[+(x3::char_ - x3::char_("()"))][set_delegation] >> ')';
const auto language = '(' >> x3::raw[language_note >> *(x3::char_ - x3::char_("()"))][set_note] >> ')';

// An office alone names its speaker too ("The President:"); a person alone ("Mr. President:") is
// a vocative, so a person needs the brackets.
const auto speaker_line_def =
    x3::eps[reset] >> x3::raw[((x3::raw[person][set_person] >> sp >> (delegation >> -(sp >> language) | language)) |
                               (x3::raw[chair][set_office] >> -(sp >> delegation) >> -(sp >> language))) >>
                              ':'][set_span];

}  // namespace speaker_detail

inline const auto speaker_line_rule_def = speaker_detail::speaker_line_def;

BOOST_SPIRIT_DEFINE(speaker_line_rule)

}  // namespace posext::grammar::rules
