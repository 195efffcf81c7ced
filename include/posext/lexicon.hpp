// posext::Lexicon: the vocabulary tables (abbreviations, sentence openers, ...) that the grammars read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace posext {

// How an abbreviation ending in a period behaves at a possible sentence end.
enum class AbbreviationKind {
    title,   // "Mr.", "Dr.", "H.E.": a name follows; never ends a sentence
    inner,   // "e.g.", "i.e.", "vs.": never ends a sentence
    number,  // "No.", "para.", "pp.": an abbreviation only before a number
    final,   // "etc.", "Jr.", "D.C.", "a.m.": may end a sentence before a capital
    name,    // "U.S.", "U.N.": part of a name; ends a sentence only before a sentence opener
};

// Tables are immutable once shared: copying a Lexicon is cheap, and add() copies
// on write, so one Lexicon may serve many threads calling extract() at once.
class Lexicon {
public:
    // An empty lexicon; most callers want english() and extend it.
    Lexicon();

    // The built-in English tables (the file english.lex shipped with posext).
    [[nodiscard]] static const Lexicon& english();

    // Adds the entries of a lexicon file's text; `source` names it in errors.
    // Throws posext::Error ("lexicon.*") naming the source and line of a bad entry.
    void add(std::string_view text, std::string_view source = "<lexicon>");
    // Reads and adds a lexicon file. Throws posext::Error ("lexicon.read" or "lexicon.*").
    void add_file(const std::filesystem::path& path);

    [[nodiscard]] std::optional<AbbreviationKind> abbreviation(std::string_view form) const;
    // Words that open sentences ("The", "We", "In"), compared without case.
    [[nodiscard]] bool is_sentence_opener(std::string_view word) const;
    // Word parts that keep their hyphen when split across lines ("self-", "non-").
    [[nodiscard]] bool is_hyphen_prefix(std::string_view word) const;

    // Number of entries over all tables.
    [[nodiscard]] std::size_t size() const noexcept;

    struct Tables;

private:
    std::shared_ptr<const Tables> tables_;
};

}  // namespace posext
