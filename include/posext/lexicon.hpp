// posext::Lexicon: the vocabulary tables (abbreviations, sentence openers, ...) that the grammars read.
#pragma once

#include <posext/export.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace posext {

namespace detail {
class LexiconAccess;
}

// How an abbreviation ending in a period behaves at a possible sentence end.
enum class AbbreviationKind {
    title,   // "Mr.", "Dr.", "H.E.": a name follows; never ends a sentence
    inner,   // "e.g.", "i.e.", "vs.": never ends a sentence
    number,  // "No.", "para.", "pp.": an abbreviation only before a number
    final,   // "etc.", "Jr.", "D.C.", "a.m.": may end a sentence before a capital
    name,    // "U.S.", "U.N.": part of a name; ends a sentence only before a sentence opener
};

// The phrase tables that the grammars read. Each entry is a phrase of one or
// more words, compared without case (an entry written in capitals, "UK", matches
// only capitals), with a value whose meaning depends on the table.
enum class Phrases : std::uint8_t {
    honorific,           // "Mr.", "Madam", "Your": the title before an addressee
    address_modifier,    // "distinguished", "dear", "fellow": words before an addressee
    addressee,           // "Chairman" -> chair: whom a salutation names, value a Role name
    address_opener,      // "So", "First of all": may open a sentence before a vocative
    closing,             // "Thank you", "I thank you": a closing formula begins so
    customary_opening,   // "Bismillahirrahmanirrahim": may come before the salutation
    ordinal_marker,      // "Secondly" -> 2, "Finally" -> last: opens an enumerated argument
    ordinal_word,        // "second" -> 2, as in "my second point"
    reference_body,      // "Security Council" -> S: the organ whose resolutions are cited
    speaker,             // "Viet Nam" -> VNM: states, groups and organisations that speak
    speaker_adjective,   // "Cuban" -> CUB: as in "the Cuban people"
    stance_cue,          // "calls upon" -> appeal:verb:+ : a cue, its stance type, word class and polarity
    stance_frame,        // "reaffirm": a verb whose object noun states a position ("reaffirm our commitment")
    intensifier,         // "firmly", "at all times": how strongly a position is held
    ordinal_lead,        // "this brings me to", "let me now turn to": may open a sentence before "my second point"
    ordinal_determiner,  // "the", "my": before an ordinal word ("my second point")
    ordinal_subject_verb,  // "is", "concerns": makes "the second" a subject, not a marker
    address_filler,      // "the", "of": words inside an addressee's "of" phrase
    address_of_word,     // "session", "world": a lower-case word that ends an addressee's "of" phrase
    addressee_preposition,  // "of", "at": opens an addressee's phrase ("President of the General Assembly")
    closing_intensifier, // "very", "so": inside a closing formula ("Thank you very much")
    blessing_opener,     // "may", "God": opens the blessing after a closing ("and God bless")
    resolution_word,     // "resolution", "res.": opens a resolution list
    number_word,         // "No.", "number": before a resolution's number
    chair_title,         // "the President": a speaker line of the chair
    language_note,       // "spoke", "interpretation": opens a speaker line's language note
    list_joiner,         // "and", "as well as": joins the items of a resolution list
    concern_idiom,       // "as far as": opens "as far as X is concerned", where "concerned" is no concern
    language_word,       // "les" -> fr: a common word of a language, to tell what a statement is written in
    language_name,       // "French" -> fr: how a diagnostic names a language
    actor,               // "the Secretary-General" -> UNSG: organs and officers that hold positions, beside [speakers]
    issue,               // "Paris Agreement" -> climate-change: a phrase that puts a position on an issue
    issue_label,         // "Climate change" -> climate-change: how tables name an issue; its order is the issues' order
    vote_heading,        // "In favour" -> in_favour: heads a list of a recorded vote ("In favour:")
    vote_cue,            // "voted against" -> against: a voting predicate in running text
    vote_object,         // "draft resolution": what a vote is on
    vote_count,          // "none" -> 0, "l" -> 1: a count of a vote's result line written in words
    adjective_reading,   // "encouraging" -> welcome:adj:+, "opposing" -> none: a verb cue in -ing read as an adjective
    count_               // the number of tables
};

// One phrase found at the start of a text.
struct PhraseMatch {
    std::size_t length = 0;       // bytes of the text that the phrase covers
    std::string_view value;       // the entry's value ("chair", "2", "VNM")
    std::string_view first_form;  // the first phrase listed with that value ("Viet Nam")
};

// Tables are immutable once shared: copying a Lexicon is cheap, and add() copies
// on write, so one Lexicon may serve many threads calling extract() at once.
class POSEXT_EXPORT Lexicon {
public:
    // An empty lexicon; most callers want english() and extend it.
    Lexicon();

    // The built-in English tables (the file english.lex shipped with posext) and the
    // "un-general" issue lexicon.
    [[nodiscard]] static const Lexicon& english();
    // The text of a built-in issue lexicon, "un-general" or "ict-oewg", for add(); nullopt for
    // another name.
    [[nodiscard]] static std::optional<std::string_view> issue_pack(std::string_view name);
    // Removes every issue and its label, so that the issue lexicons added next are the only ones.
    void clear_issues();
    // The issues, in the order of their labels: key and label.
    struct Issue {
        std::string_view key;
        std::string_view label;
    };
    [[nodiscard]] std::vector<Issue> issues() const;
    // The position of `key` among issues(), or nullopt.
    [[nodiscard]] std::optional<std::size_t> issue_rank(std::string_view key) const;

    // Adds the entries of a lexicon file's text; `source` names it in errors.
    // Throws posext::Error ("lexicon.*") naming the source and line of a bad entry.
    void add(std::string_view text, std::string_view source = "<lexicon>");
    // Reads and adds a lexicon file. Throws posext::Error ("lexicon.read" or "lexicon.*").
    void add_file(const std::filesystem::path& path);

    [[nodiscard]] std::optional<AbbreviationKind> abbreviation(std::string_view form) const;
    // Words that open sentences ("The", "We", "In"), compared without case.
    [[nodiscard]] bool is_sentence_opener(std::string_view word) const;
    // Words that cannot end a paragraph ("and", "of", "the"): a line that ends
    // in one goes on in the next, as "Ladies and" / "Gentlemen,". Without case.
    [[nodiscard]] bool is_open_word(std::string_view word) const;
    // Word parts that keep their hyphen when split across lines ("self-", "non-").
    [[nodiscard]] bool is_hyphen_prefix(std::string_view word) const;

    // False when no phrase of `table` begins with the word `word` (compared
    // without case): a cheap test before match(), for scans over every word.
    [[nodiscard]] bool may_open(Phrases table, std::string_view word) const noexcept;
    // The longest phrase of `table` that opens `text` and ends at a word boundary.
    [[nodiscard]] std::optional<PhraseMatch> match(Phrases table, std::string_view text) const;
    // The first phrase listed with `value` in `table` ("Viet Nam" for VNM), if any.
    [[nodiscard]] std::optional<std::string_view> first_form(Phrases table, std::string_view value) const;
    // The year of Security Council resolution `number`, from the table of the
    // first resolution of each year; nullopt before the table starts or well past its end.
    [[nodiscard]] std::optional<unsigned> security_council_year(unsigned number) const;

    // Number of entries over all tables.
    [[nodiscard]] std::size_t size() const noexcept;
    // A hash of every text added and every change made, in order: two lexicons built the same way
    // have the same fingerprint, so that an output can name the tables it was made with.
    [[nodiscard]] std::uint64_t fingerprint() const noexcept;

    struct Tables;

private:
    friend class detail::LexiconAccess;

    std::shared_ptr<const Tables> tables_;
};

}  // namespace posext
