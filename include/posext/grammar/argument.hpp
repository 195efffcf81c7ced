// Markers that open enumerated arguments: "Secondly,", "My third point is", "2.", "(b)".
#pragma once

#include <posext/export.hpp>

#include <optional>
#include <string_view>

#include <posext/lexicon.hpp>
#include <posext/span.hpp>

namespace posext::grammar {

// Which counting a marker belongs to; a series never mixes two of them.
enum class MarkerFamily { words, numbers, letters, roman };

struct MarkerMatch {
    Span span;             // the marker as written
    unsigned ordinal = 0;  // 1, 2, 3 ...; 0 for a marker that closes a series ("Finally")
    MarkerFamily family = MarkerFamily::words;
    bool ambiguous_letter = false;  // "(i)": roman 1, or the letter after "(h)"
};

// An ordinal that opens `text`: "Second,", "Firstly we", "Last but not least", "The first is",
// "My second point:", "This brings me to my second reflection:". Not "Second Committee",
// "Third parties", "The first time".
[[nodiscard]] POSEXT_EXPORT std::optional<MarkerMatch> ordinal_marker(std::string_view text,
                                                        const Lexicon& lexicon = Lexicon::english());

// A paragraph number that opens `text`: "1.", "2)", "(3)", "(a)", "b)", "(iv)".
[[nodiscard]] POSEXT_EXPORT std::optional<MarkerMatch> numbered_marker(std::string_view text,
                                                         const Lexicon& lexicon = Lexicon::english());

}  // namespace posext::grammar
