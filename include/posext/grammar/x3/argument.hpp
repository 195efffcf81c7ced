// Grammar of the markers that open enumerated arguments: "Secondly,", "My third point is", "2.", "(b)".
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>

#include <posext/grammar/argument.hpp>
#include <posext/grammar/x3/lexical.hpp>
#include <posext/lexicon.hpp>

namespace posext::grammar::rules {

using grammar::MarkerFamily;

struct MarkerMatch {
    iterator_type begin = nullptr;  // the marker as written
    iterator_type end = nullptr;
    unsigned ordinal = 0;  // 1, 2, 3 ...; 0 for a marker that closes a series ("Finally")
    MarkerFamily family = MarkerFamily::words;
    bool ambiguous_letter = false;  // "(i)": roman 1 or the letter after (h)
};

using ordinal_marker_type = x3::rule<class ordinal_marker_class, MarkerMatch>;
using numbered_marker_type = x3::rule<class numbered_marker_class, MarkerMatch>;

BOOST_SPIRIT_DECLARE(ordinal_marker_type, numbered_marker_type)

// An ordinal that opens a sentence: "Second,", "Firstly we", "Last but not
// least", "The first is", "My second point:", "This brings me to my second
// reflection:". Not "Second Committee", "Third parties", "The first time".
POSEXT_EXPORT const ordinal_marker_type& ordinal_marker();
// A paragraph number: "1.", "2)", "(3)", "(a)", "b)", "(iv)".
POSEXT_EXPORT const numbered_marker_type& numbered_marker();

[[nodiscard]] POSEXT_EXPORT std::optional<MarkerMatch> parse_ordinal_marker(std::string_view text, const Lexicon& lexicon);
[[nodiscard]] POSEXT_EXPORT std::optional<MarkerMatch> parse_numbered_marker(std::string_view text, const Lexicon& lexicon);

}  // namespace posext::grammar::rules
