// Meeting records: a record cut into its speakers' turns, and each turn extracted as a statement.
#pragma once

#include <posext/export.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>
#include <posext/options.hpp>
#include <posext/span.hpp>

namespace posext {

// One speaker's turn in a meeting record, as offsets into the record.
struct TurnSpan {
    Span span;                 // from its speaker line to the next turn's: its speech and the blank lines after it
    std::optional<Span> line;  // the speaker line, with its colon; none for what stands before the first line
};

// The turns of a meeting record, in order. A turn opens at each line that begins with a speaker line
// ("Mr. Churkin (Russian Federation) (spoke in Russian):", "The President:"); what stands before the
// first is a turn without a line when it holds more than white space. Text without a speaker line is
// one turn.
[[nodiscard]] POSEXT_EXPORT std::vector<TurnSpan> split_turns(std::string_view record,
                                                             const Lexicon& lexicon = Lexicon::english());

// Turn `index` of `turns` (from split_turns(record)) extracted as a statement of its own, as extract()
// would extract its text alone, with every span an offset into `record`, source.turn set, and the
// whole record as the document's input, so that text() and line_column() read the record.
[[nodiscard]] POSEXT_EXPORT Document extract_turn(std::string_view record, const std::vector<TurnSpan>& turns,
                                                 std::size_t index, const Options& options = {});

// Every turn of a record, extracted in order. Each document holds a copy of the record; for a long
// record, extract_turn() one turn at a time keeps one in memory.
[[nodiscard]] POSEXT_EXPORT std::vector<Document> extract_turns(std::string_view record, const Options& options = {});

}  // namespace posext
