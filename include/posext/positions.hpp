// Positions across statements: one row per stance or vote, and the actor-by-issue matrix made from them.
#pragma once

#include <posext/export.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

namespace posext {

// One position: a stance or a vote of one statement, with the words that are its evidence.
struct Position {
    std::string id;            // stable across runs: a hash of the file, the kind of row and its span
    std::string file;          // Document::source_name
    std::string speaker;       // the statement's speaker, or empty
    std::string actor;         // who holds it: the speaker, the voter, or the named holder, canonical where known
    bool known_actor = false;  // the actor is the speaker, a voter or a name of [speakers] or [actors]
    bool vote = false;         // a vote, else a stance
    std::string kind;          // a vote's kind (record, explanation); empty for a stance
    std::string type;          // a stance's type (support, oppose ...); empty for a vote
    std::string polarity;      // a stance's polarity; empty for a vote
    std::string choice;        // a vote's choice (in_favour, against, abstention); empty for a stance
    std::string holder;        // speaker or third_party
    std::string holder_text;   // the holder or voter as written, or empty
    std::string addressee;     // a stance's addressee, or empty
    std::string target;        // a stance's target, a vote's object, or empty
    std::string cue;           // a stance's cue, or the words of an explained vote
    std::optional<std::size_t> argument;  // index into the statement's arguments
    std::vector<std::string> issues;      // issue keys, in lexicon order
    std::string reference;     // the canonical symbol the position names, or empty
    std::string sentence;      // the sentence it stands in, normalised
    Span span;                 // its bytes in the statement
    std::size_t line = 0;      // the line of span.begin, from 1
};

// The positions of one statement, in text order: its stances, then its votes.
[[nodiscard]] POSEXT_EXPORT std::vector<Position> positions(const Document& document,
                                                            const Lexicon& lexicon = Lexicon::english());

// The positions of many statements, in the order of the documents.
[[nodiscard]] POSEXT_EXPORT std::vector<Position> positions(const std::vector<Document>& documents,
                                                            const Lexicon& lexicon = Lexicon::english());

// One actor's positions on one issue, over all statements (docs/POSITIONS.md, "The matrix").
struct MatrixCell {
    std::string actor;
    std::string issue;   // an issue key
    std::string label;   // its label
    std::vector<std::string> statements;  // the files its evidence comes from, in order of first use
    // Stances by type and polarity: counts[type][0] positive, counts[type][1] negative, types in the
    // order of StanceType.
    std::size_t counts[8][2] = {};
    // Votes, once per meeting (the statements' folder) and choice: a recorded vote, the voter's
    // explanation of it and others' reports of it count once.
    std::size_t in_favour = 0, against = 0, abstentions = 0;
    long net = 0;                    // the net position: see net_position()
    std::size_t evidence = 0;        // distinct sentences behind the cell
};

// Whether a position counts for (+1), against (-1) or neither (0) its issue: positive stances of
// support, welcome, commit, appeal, prescribe and assess count for, negative ones and every oppose
// and concern against; a vote in favour counts +2, against -2, an abstention 0.
[[nodiscard]] POSEXT_EXPORT int net_position(const Position& position) noexcept;

// Gives each vote that names no issue the issue its folder's positions (its meeting's statements)
// name most often: a chair's "I shall put the draft resolution to the vote now" is on the meeting's.
POSEXT_EXPORT void add_meeting_issues(std::vector<Position>& positions, const Lexicon& lexicon = Lexicon::english());

// The matrix in long form: a cell per actor and issue that some position names, sorted by actor,
// then by the issue's order in the lexicon, after add_meeting_issues().
// Other positions without an issue, and positions whose actor is not known ("their"), make no cell.
[[nodiscard]] POSEXT_EXPORT std::vector<MatrixCell> matrix(const std::vector<Position>& positions,
                                                           const Lexicon& lexicon = Lexicon::english());

// CSV (RFC 4180, a header row first) and JSON Lines of positions and cells. `extra` names columns
// added after the others, with one value each in Position order via `values` (empty: none).
[[nodiscard]] POSEXT_EXPORT std::string positions_csv_header(const std::vector<std::string>& extra = {});
[[nodiscard]] POSEXT_EXPORT std::string to_csv(const Position& position, const std::vector<std::string>& extra = {});
[[nodiscard]] POSEXT_EXPORT std::string to_jsonl(const Position& position,
                                                 const std::vector<std::pair<std::string, std::string>>& extra = {});
[[nodiscard]] POSEXT_EXPORT std::string matrix_csv_header();
[[nodiscard]] POSEXT_EXPORT std::string to_csv(const MatrixCell& cell);
[[nodiscard]] POSEXT_EXPORT std::string to_jsonl(const MatrixCell& cell);

}  // namespace posext
