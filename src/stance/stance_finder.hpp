// The stance finder: the state of the stance stage over one document, its rules in four files by concern.
//   clauses.cpp    words, clause marks, the clause a cue stands in
//   cues.cpp       the cue loop over each sentence, negation, "it is important to"
//   licensing.cpp  when a cue counts: a subject that holds it, a modal, a frame; never inside a noun phrase
//   roles.cpp      the stance's holder, intensity, target, span and argument
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "lexicon/phrase_filter.hpp"
#include "segment/segmented_text.hpp"
#include "stance/cue.hpp"
#include "stance/words.hpp"

namespace posext::detail {

class StanceFinder {
public:
    StanceFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document, std::size_t closing)
        : view_(view), lexicon_(lexicon), document_(document), closing_(closing),
          cues_(phrase_filter(lexicon, Phrases::stance_cue)), frames_(phrase_filter(lexicon, Phrases::stance_frame)),
          intensifiers_(phrase_filter(lexicon, Phrases::intensifier)), names_(phrase_filter(lexicon, Phrases::speaker)),
          adjectives_(phrase_filter(lexicon, Phrases::speaker_adjective)) {}

    void run();

private:
    const WordList& list(WordTable table) const noexcept { return word_list(lexicon_, table); }

    // Splits a sentence's normalised text into words; the marks between two
    // words decide whether the first ends its clause. It runs on every word of
    // the text, so it writes through a local pointer into a buffer that only
    // grows (a sentence of n bytes has at most n / 2 + 1 words).
    void split(std::string_view s);

    void marks_between(std::string_view s, Word& w, std::size_t from, std::size_t to) const;
    // Grows candidate_store_, out of the word loop's way; returns its new start.
    [[gnu::noinline, gnu::cold]] std::uint32_t* more_candidates();

    // A mark after a word: ";", ":", ".", "!", "?", brackets, dashes, "…", and a
    // comma before "but", "which" ... end its clause.
    void clause_mark(std::string_view s, Word& w, const char* at) const;

    // The word s[b, e), number `index` of its sentence, after `previous` (null for the first).
    static Word make_word(std::string_view s, std::size_t b, std::size_t e, const Word* previous, std::uint32_t index);

    // Whether a cue may start at `w`: its first word passes the cue filter, or it
    // is special. A capital inside a clause makes a name, never a cue, and no cue
    // starts with a digit. sentence() settles the rest, seeing the next word too.
    bool may_open_cue(std::string_view s, const Word& w, const Word* previous) const;

    std::string_view form_of(std::string_view s, std::size_t w) const;

    // The word index where the cue that starts at word `i` with `length` bytes ends (inclusive).
    std::size_t last_word(std::size_t i, std::size_t end) const;

    // Index of the previous word that is not a light adverb, or npos; stops at a clause end.
    std::size_t previous_content(std::string_view s, std::size_t i, std::size_t clause) const;

    bool mentions_speaker(std::string_view s, std::size_t from, std::size_t to) const;


    void sentence(std::size_t k);

    // "it is (critically) important that/to", "it is also urgent to": the index of the adjective.
    std::optional<std::size_t> it_is_frame(std::string_view s, std::size_t i) const;

    bool accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
                std::size_t last_cue_end, bool modal_in_clause) const;

    // The length of the speaker's name as given, as whole words ("Japan", "Japan's", not the start
    // of "Japanese"), or of its adjective ("Syrian" for Syria) at word w, or 0.
    std::size_t speaker_word_at(std::string_view s, std::size_t w) const;

    // Whether the speaker is named by words of [clause, i), under any of its names;
    // with `ending`, only a name that ends at that word (the subject's head).
    bool names_speaker(std::string_view s, std::size_t clause, std::size_t i,
                       std::size_t ending = std::string_view::npos) const;

    // A noun states a position as the object of a frame verb ("reaffirm our
    // commitment") or as a predicate after a copula ("is a growing threat").
    bool noun_licensed(std::string_view s, std::size_t i, std::size_t clause) const;

    void emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
              bool negated);

    // The last word of the clause that word w (not a clause end) is in. All
    // cues of a clause share it, so it is found once per clause: a clause of
    // thousands of words (text without marks) is not read again at each cue.
    std::size_t clause_last(std::size_t w);

    // For each sentence, the innermost argument holding it (the one that
    // starts last), so that a stance finds its argument without a search.
    void innermost_arguments();

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
    std::size_t closing_;
    std::string speaker_;
    std::string speaker_code_;
    std::string lowered_;  // the speaker's name in lower case
    PhraseFilter cues_;    // first words of the stance cues
    PhraseFilter frames_;
    PhraseFilter intensifiers_;
    PhraseFilter names_;  // the speaker's entry in [speakers], so that "the UK" names "United Kingdom"
    PhraseFilter adjectives_;  // the speaker's entry in [speaker-adjectives]: "the Syrian Government" speaks for Syria
    std::vector<const Argument*> argument_of_;  // per sentence: the innermost argument holding it
    std::pair<std::size_t, std::size_t> clause_last_;  // a clause's first word and its last, once found
    std::vector<Word> store_;  // grows to the longest sentence's words; words_ views it
    std::span<Word> words_;
    std::vector<std::uint32_t> candidate_store_;  // as store_, for candidates_
    std::span<const std::uint32_t> candidates_;   // indices of the sentence's candidate words
    mutable bool predicate_ = false;  // the last noun accepted was licensed by a copula
    std::size_t modal_start_ = 0;     // the first word after the clause's prescription or commitment
};

}  // namespace posext::detail
