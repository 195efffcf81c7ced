// Building blocks shared by the grammars: lexicon phrases, words and spaces, as Spirit X3 parsers.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>

#include <posext/detail/chars.hpp>
#include <posext/lexicon.hpp>

// The grammars read posext's normalised text (see Document::normalized): words
// are separated by exactly one space and quotes are straight, so a rule spells
// a space as ' ' and never needs a skipper.
namespace posext::grammar::rules {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// The rules find the lexicon in their context, so that one compiled grammar
// serves every Lexicon a caller builds at run time.
struct lexicon_tag;
using context_type = x3::context<lexicon_tag, const Lexicon>;

namespace detail {

using posext::detail::is_upper_start;
using posext::detail::is_word_byte;
constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether a word that could go on ends at `at`.
inline bool at_boundary(iterator_type at, iterator_type last) noexcept {
    return at == last || (!is_word_byte(*at) && *at != '-');
}

// The value of the lexicon entry a phrase parser matched ("chair", "2", "S").
struct PhraseValue {
    std::string_view value;
};

// A phrase of one lexicon table; its attribute is the entry's value.
struct phrase_parser : x3::parser<phrase_parser> {
    using attribute_type = PhraseValue;
    Phrases table;
    constexpr explicit phrase_parser(Phrases t) noexcept : table(t) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        const Lexicon& lexicon = x3::get<lexicon_tag>(context);
        auto found = lexicon.match(table, std::string_view(first, static_cast<std::size_t>(last - first)));
        if (!found) return false;
        if constexpr (std::is_assignable_v<Attribute&, PhraseValue>) attr = PhraseValue{found->value};
        first += found->length;
        return true;
    }
};

// One given word, compared without case, ending at a word boundary.
struct word_parser : x3::parser<word_parser> {
    using attribute_type = x3::unused_type;
    std::string_view word;
    constexpr explicit word_parser(std::string_view w) noexcept : word(w) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (static_cast<std::size_t>(last - first) < word.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (lower(first[i]) != word[i]) return false;
        }
        if (!at_boundary(first + word.size(), last)) return false;
        first += word.size();
        return true;
    }
};

// A word that begins with a capital (or a non-ASCII letter, as in "Émile") and
// opens no phrase of the address tables: part of a person's name or, loose,
// of an organ's ("of the United Nations General Assembly").
struct name_word_parser : x3::parser<name_word_parser> {
    using attribute_type = x3::unused_type;
    bool loose = false;  // words such as "United" or "Distinguished" may be part of it
    constexpr explicit name_word_parser(bool l) noexcept : loose(l) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        if (first == last || !is_upper_start(*first)) return false;
        const Lexicon& lexicon = x3::get<lexicon_tag>(context);
        std::string_view rest(first, static_cast<std::size_t>(last - first));
        for (Phrases table : {Phrases::honorific, Phrases::addressee, Phrases::closing, Phrases::address_modifier,
                              Phrases::address_opener}) {
            if (loose && table == Phrases::address_modifier) break;
            if (lexicon.match(table, rest)) return false;
        }
        Iterator at = first;
        while (at != last && (is_word_byte(*at) || *at == '-' || *at == '\'' || *at == '.')) ++at;
        if (at == first) return false;
        first = at;
        return true;
    }
};

// A word of letters, digits, hyphens and apostrophes.
struct plain_word_parser : x3::parser<plain_word_parser> {
    using attribute_type = x3::unused_type;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator at = first;
        while (at != last && (is_word_byte(*at) || *at == '-' || *at == '\'')) ++at;
        if (at == first) return false;
        first = at;
        return true;
    }
};

}  // namespace detail

// Runs `rule` on the start of `text`, the lexicon in its context; the match,
// or nullopt. The rule must be instantiated for iterator_type and context_type.
template <typename Attribute, typename Rule>
std::optional<Attribute> parse_start(const Rule& rule, std::string_view text, const Lexicon& lexicon) {
    iterator_type first = text.data();
    const context_type context(lexicon);
    Attribute match;
    if (!rule.parse(first, text.data() + text.size(), context, x3::unused, match)) return std::nullopt;
    return match;
}

constexpr detail::phrase_parser phrase(Phrases table) noexcept { return detail::phrase_parser(table); }
// `w` must be given in lower case.
constexpr detail::word_parser word(std::string_view w) noexcept { return detail::word_parser(w); }
inline constexpr detail::name_word_parser name_word{false};
inline constexpr detail::name_word_parser organ_word{true};
inline constexpr detail::plain_word_parser plain_word{};

}  // namespace posext::grammar::rules
