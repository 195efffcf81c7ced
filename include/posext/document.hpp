// posext::Document: the typed model of one statement, every item tied to bytes of its input.
#pragma once

#include <posext/export.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <posext/normalized.hpp>
#include <posext/span.hpp>

namespace posext {

struct Paragraph {
    Span span;
};

struct Sentence {
    Span span;
    std::size_t paragraph = 0;  // index into Document::paragraphs
};

enum class AddressKind { opening, vocative, closing };
enum class Role { chair, president, secretary_general, delegates, excellencies, audience, other };

struct Addressee {
    Span span;
    Role role = Role::other;
    std::optional<Span> honorific;  // "Mr.", "Madam", "Your" ...
};

struct Address {
    Span span;
    AddressKind kind = AddressKind::opening;
    std::vector<Addressee> addressees;
};

struct Argument {
    Span span;
    unsigned series = 1;   // 1 for the statement's first series
    unsigned ordinal = 1;  // 1, 2, 3 ... within the series
    Span marker;           // "Secondly", "2.", "Last but not least"
    Span headline;         // main clause of the first sentence, without the marker
    std::size_t first_sentence = 0;
    std::size_t last_sentence = 0;
};

enum class StanceType { support, oppose, prescribe, appeal, commit, welcome, concern, assess };
enum class Polarity { positive, negative };
enum class HolderKind { speaker, third_party };

struct Holder {
    HolderKind kind = HolderKind::speaker;
    std::optional<Span> span;  // where the holder is named in the text
};

struct Stance {
    Span span;
    std::size_t sentence = 0;
    std::optional<std::size_t> argument;  // index into Document::arguments of the innermost argument it stands in
    StanceType type = StanceType::assess;
    Polarity polarity = Polarity::positive;
    bool negated = false;
    Span cue;
    Holder holder;
    std::optional<Span> addressee;  // the party asked or acknowledged ("calls on all States")
    std::optional<Span> target;
    std::optional<Span> intensity;
    std::vector<std::string> issues;  // keys of the issue lexicon entries the stance is about
};

enum class VoteKind { record, explanation };
enum class VoteChoice { in_favour, against, abstention };

struct Voter {
    HolderKind kind = HolderKind::third_party;
    Span span;         // the name as written
    std::string name;  // the state's short name from the lexicon
};

// One voter's choice: a row of a recorded vote, or a vote explained in running text.
struct Vote {
    Span span;
    VoteKind kind = VoteKind::record;
    VoteChoice choice = VoteChoice::in_favour;
    Voter voter;
    std::optional<Span> object;              // what is voted on, as written
    std::optional<std::size_t> reference;    // index into Document::references of the symbol the object names
    std::vector<std::string> issues;
};

// The line that opens a turn of a meeting record: "Mr. Errazuriz (Chile) (spoke in Spanish):".
struct SpeakerLine {
    Span span;
    std::optional<std::string> person;    // "Mr. Errazuriz"
    std::optional<std::string> state;     // canonical short name of the state in brackets
    std::optional<std::string> office;    // "The President", "The Secretary-General"
    std::optional<std::string> language;  // of "spoke in ..."
};

// Where a document stands in a meeting record cut into turns.
struct Turn {
    std::size_t index = 0;  // from 0
    std::size_t of = 0;     // the number of turns in the record
};

enum class ReferenceKind { resolution, document };

struct Reference {
    Span span;
    ReferenceKind kind = ReferenceKind::document;
    std::string canonical;  // UN symbol ("A/RES/75/240"); empty when it cannot be known
};

struct Speaker {
    std::string name;
    std::optional<Span> evidence;  // absent when the caller named the speaker
};

enum class Severity { note, warning, error };

struct Diagnostic {
    Severity severity = Severity::warning;
    std::string id;  // stable identifier, for example "input.invalid-utf8"
    std::string message;
    Span span;
};

struct LineColumn {
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in bytes
};

struct Options;
struct TurnSpan;

class POSEXT_EXPORT Document {
public:
    Document() = default;
    Document(std::string input, std::string source_name);

    std::string source_name;
    std::optional<Turn> turn;  // set for one turn of a meeting record; spans stay offsets into the record
    std::string language = "en";
    std::optional<Speaker> speaker;
    std::optional<SpeakerLine> speaker_line;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Address> addresses;
    std::vector<Argument> arguments;
    std::vector<Stance> stances;
    std::vector<Reference> references;
    std::vector<Vote> votes;
    std::vector<Diagnostic> diagnostics;

    // The input exactly as given, BOM and line ends included.
    [[nodiscard]] std::string_view input() const noexcept { return input_; }
    // The bytes of a span, as given; empty for a span out of bounds.
    [[nodiscard]] std::string_view text(Span span) const noexcept;
    // The words of a span as posext matches them: white space collapsed, curly
    // quotes straightened, line-end hyphenation joined, page furniture and
    // Markdown emphasis dropped, invalid UTF-8 replaced by U+FFFD. Cut from
    // normalized_text(), so empty for bytes outside every paragraph.
    [[nodiscard]] std::string normalized(Span span) const;
    // The same without a copy, when the span's words lie in one paragraph; nullopt
    // when they run over several, which normalized() joins with a space.
    [[nodiscard]] std::optional<std::string_view> normalized_view(Span span) const noexcept;
    // The normalised text of all paragraphs, each followed by "\n", with its map
    // back to input(): what the grammars and the stance finder read.
    [[nodiscard]] const NormalizedText& normalized_text() const noexcept { return normal_; }
    // The index in `sentences` of the sentence that holds byte `offset`, or nullopt (a byte between
    // sentences or outside every paragraph).
    [[nodiscard]] std::optional<std::size_t> sentence_at(std::uint32_t offset) const noexcept;
    // Line and column of a byte offset, counted on demand.
    [[nodiscard]] LineColumn line_column(std::uint32_t offset) const noexcept;
    // True when a diagnostic of severity error stopped the extraction.
    [[nodiscard]] bool failed() const noexcept;

private:
    friend Document extract(std::string_view text, const Options& options);
    friend Document extract_turn(std::string_view record, const std::vector<TurnSpan>& turns, std::size_t index,
                                 const Options& options);

    std::string input_;
    NormalizedText normal_;
};

[[nodiscard]] POSEXT_EXPORT std::string_view to_string(AddressKind) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(Role) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(StanceType) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(Polarity) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(HolderKind) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(ReferenceKind) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(VoteKind) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(VoteChoice) noexcept;
[[nodiscard]] POSEXT_EXPORT std::string_view to_string(Severity) noexcept;

}  // namespace posext
