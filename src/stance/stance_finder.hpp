// The stance finder: the state of the stance stage over one document, its rules in ten files by concern.
//   clauses.cpp    words, clause marks, the clause a cue stands in
//   cues.cpp       the cue loop over each sentence, negation, "it is important to"
//   licensing.cpp  when a cue counts: the checks every cue passes, and the helpers the rules share
//   modals.cpp     when a modal commits the speaker or prescribes, not a forecast, question or courtesy
//   predicates.cpp when a verb, a state, an adjective or a noun states a position
//   phrases.cpp    noun phrases, subjects, parties, and where a target ends
//   roles.cpp      the stance's addressee and target, and the holder's phrase
//   targets.cpp    where a target starts after its cue and links, and where it ends
//   emit.cpp       the stance as the document holds it: polarity, intensity, span, argument
//   holders.cpp    the stance's holder: the speaker, or a third party reported
#pragma once

#include <array>
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
          adjectives_(phrase_filter(lexicon, Phrases::speaker_adjective)), titles_(phrase_filter(lexicon, Phrases::honorific)),
          idioms_(phrase_filter(lexicon, Phrases::concern_idiom)),
          votes_(phrase_filter(lexicon, Phrases::vote_cue)), lists_(&word_list(lexicon, static_cast<WordTable>(0))) {
        cues_.add_first_words(openers_.data());
        votes_.add_first_words(openers_.data());
    }

    void run();

private:
    // The lexicon keeps its word lists in one array, in the order of WordTable: the rules ask for a list at
    // almost every word, and a call into the lexicon for each was a hundredth of the whole run.
    const WordList& list(WordTable table) const noexcept { return lists_[static_cast<std::size_t>(table)]; }

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
    // Whether the bracket at `at` opens or closes a number alone: "(2004)" after a resolution's number.
    static bool bracketed_number(std::string_view s, const char* at);

    // The word s[b, e), number `index` of its sentence, after `previous` (null for the first).
    static Word make_word(std::string_view s, std::size_t b, std::size_t e, const Word* previous, std::uint32_t index);

    // Whether a cue may start at `w`: its first word passes the cue filter, or it
    // is special. A capital inside a clause makes a name, never a cue, and no cue
    // starts with a digit. sentence() settles the rest, seeing the next word too.
    bool may_open_cue(std::string_view s, const Word& w, const Word* previous) const;

    std::string_view form_of(std::string_view s, std::size_t w) const;

    // The stance cue of the table that opens at word w, with its length in bytes, or none.
    struct CueAt {
        Cue cue;
        std::size_t length = 0;
    };
    std::optional<CueAt> cue_at(std::string_view s, std::size_t w) const;
    // The same, for a word that has passed the cue filter.
    std::optional<CueAt> cue_of(std::string_view s, std::size_t w) const;
    // Whether the -ing form at word w stands as an adjective: after an article or a determiner, or after a
    // copula with no object ("are quite encouraging"): [adjective-readings] says what it is then.
    enum class AdjectivePosition { none, attributive, predicative, graded };  // graded: "is quite encouraging"
    AdjectivePosition adjective_position(std::string_view s, std::size_t w) const;
    // Whether a phrase of [stance-frames] opens at word w: "reaffirm", "express", "stress".
    bool frame_at(std::string_view s, std::size_t w) const;
    // The word of [making-verbs] that states the noun cue at word i next to it ("made a solemn pledge",
    // "make an urgent appeal"), or npos.
    std::size_t made_at(std::string_view s, std::size_t i, std::size_t clause) const;

    // The word index where the cue that starts at word `i` with `length` bytes ends (inclusive).
    std::size_t last_word(std::size_t i, std::size_t end) const;

    // Index of the previous word that is not a light adverb, or npos; stops at a clause end.
    std::size_t previous_content(std::string_view s, std::size_t i, std::size_t clause) const;
    // Index of the first word from w on that is not a light adverb, or the sentence's word count.
    std::size_t next_content(std::string_view s, std::size_t w) const;
    // Whether word w is a preposition: one of [object-prepositions] or [loose-prepositions].
    bool is_preposition(std::string_view s, std::size_t w) const {
        return word_in(s, words_[w], list(WordTable::object_prepositions)) || word_in(s, words_[w], list(WordTable::loose_prepositions));
    }
    // Whether there is a word w (not npos) and it is in `set`.
    bool word_at_in(std::string_view s, std::size_t w, const WordList& set) const {
        return w != npos && word_in(s, words_[w], set);
    }
    // Word w, or the last word before it that is no lower-case adverb in -ly, back to `clause` at most:
    // the relative before "who clearly need", "who actively rejected".
    std::size_t back_over_ly_adverbs(std::string_view s, std::size_t w, std::size_t clause) const;
    // Whether word w ends in a possessive: "Japan's", "countries'".
    bool is_possessive(std::string_view s, std::size_t w) const;

    bool mentions_speaker(std::string_view s, std::size_t from, std::size_t to) const;


    void sentence(std::size_t k);

    // Whether the modal that ends at word j puts a question ("must ask ourselves"), [modal-asides].
    bool modal_aside(std::string_view s, std::size_t j) const;

    // Whether the sentence's words hold a phrase of [procedure-phrases].
    bool procedure(std::string_view s) const;
    bool chair_ = false;  // the turn is a chair's that speaks for no state

    // Whether the thanks at words [i, j] open the sentence and are "thank you" for nothing: a formula of address.
    bool thanks_formula(std::string_view s, std::size_t i, std::size_t j) const;

    // "it is (critically) important that/to", "it is also urgent to": the index of the adjective.
    std::optional<std::size_t> it_is_frame(std::string_view s, std::size_t i) const;

    // Whether the cue at words [i, j] states a position (licensing.cpp): the checks every cue passes, then
    // those of its word class, which may turn a verb into a noun ("demands of our people").
    // The word "under" of "under (grave) threat" before the noun at word i, with modifiers only between, or npos.
    std::size_t threatened_at(std::string_view s, std::size_t i, std::size_t clause) const;
    bool accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
                std::size_t last_cue_end, bool modal_in_clause) const;
    // Whether the coordinator at word `and_at` ends a list of bare verbs after a "to" past the word `after`:
    // "to mediate, facilitate, and".
    bool infinitive_list_before(std::string_view s, std::size_t and_at, std::size_t after) const;
    // A cue's place in its clause, as the rules of each word class read it.
    struct CueSite {
        std::size_t i = 0, j = 0;  // the cue's first and last word
        std::size_t clause = 0;    // the first word of its clause
        std::size_t prev = 0;      // the word before the cue in its clause, or npos
        std::size_t content = 0;   // the word before the cue that is not a light adverb, or npos
        bool after_and = false;    // prev joins the cue to what went before: "and", "or"
    };
    bool modal_licensed(std::string_view s, const CueSite& at, Cue& cue) const;            // modals.cpp
    // Whether the verb ending at word j leaves its object to a relative before it: a break or a mark right
    // after it ("the help that we need is", "the tools we need for"), not "to".
    bool object_gap(std::string_view s, std::size_t j) const;                             // modals.cpp
    // Whether word v, in the clause of the word before it, tells of the speech itself ("I will conclude by", "I must
    // remind the Assembly"): one of [speaking-verbs] or [speech-act-verbs].
    bool speech_act_at(std::string_view s, std::size_t v) const;                          // modals.cpp
    bool verb_licensed(std::string_view s, const CueSite& at, Cue& cue) const;            // predicates.cpp
    bool state_licensed(std::string_view s, const CueSite& at, const Cue& cue) const;      // predicates.cpp
    bool adjective_licensed(std::string_view s, const CueSite& at, const Cue& cue) const;  // predicates.cpp

    // The length of the speaker's name as given, as whole words ("Japan", "Japan's", not the start
    // of "Japanese"), or of its adjective ("Syrian" for Syria) at word w, or 0.
    std::size_t speaker_word_at(std::string_view s, std::size_t w) const;

    // Whether the speaker is named by words of [clause, i), under any of its names;
    // with `ending`, only a name that ends at that word (the subject's head).
    bool names_speaker(std::string_view s, std::size_t clause, std::size_t i,
                       std::size_t ending = std::string_view::npos) const;
    // Whether the verb of support at j takes the speaker as its object ("have supported us", "supported
    // Mozambique"): help received.
    bool supports_speaker(std::string_view s, std::size_t j) const;  // predicates.cpp

    // A noun states a position as the object of a frame verb ("reaffirm our
    // commitment") or as a predicate after a copula ("is a growing threat").
    bool noun_licensed(std::string_view s, std::size_t i, std::size_t clause, const Cue& cue) const;
    // Whether word w is the "as" of "see X as", which predicates what follows of X.
    bool regarded_as(std::string_view s, std::size_t w, std::size_t clause) const;
    // Whether word w is a light adverb in a run of them right after a copula ("are so resolute").
    bool adverb_after_copula(std::string_view s, std::size_t w, std::size_t clause) const;
    // The verb that raises the concern noun at i ("raises serious concerns"), or npos.
    std::size_t raised_by(std::string_view s, std::size_t i, std::size_t clause) const;
    // The word "cause" when the concern noun at i follows "a cause of" ("a major cause of deep concern"), or npos:
    // the noun judges its subject.
    std::size_t cause_of_concern(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether the noun at i is what a party is thanked for ("thank them for their support").
    bool thanked_for(std::string_view s, std::size_t i) const;
    // Whether the clause of word j ends with a question mark.
    bool ends_in_question(std::string_view s, std::size_t j) const;
    // Whether the cue at i is an infinitive whose subject is another party ("ask them to support").
    // Whether the cue at word i is in a relative clause on a noun phrase that opens with "a" ("a religion which
    // advocates"), not a text's or a party's ("a resolution that calls for", "a country that is committed to").
    bool described_by_indefinite(std::string_view s, std::size_t i, std::size_t clause) const;
    bool asked_of_others(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether the verb at i is in the simple past after the speaker as subject, in a sentence that opens on a
    // year of [narrative-year-prepositions] ("In 2009, Bhutan pledged to"): a story, no position held now.
    bool told_of_a_year(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether the cue at i stands in a clause that a verb of [reporting-verbs] reports of another ("he said that we
    // must", "the Secretary-General told us that"): not the speaker, "we" or "it".
    bool reported_by_other(std::string_view s, std::size_t i) const;
    // Whether the word "support" at i is the subject of a copula ("The international community's support is very
    // important", "support be provided"): help, judged or asked for; not the speaker's own ("Our support is
    // unwavering", "Our full support is assured"), `prev` being the word before it.
    bool support_judged(std::string_view s, std::size_t i, std::size_t prev) const;
    // Whether the noun at i, a commitment, support or appeal of `type`, heads the subject of a modal ("Our historic
    // pledge to the early reform ... must be upheld", "The international community's support for ... will
    // contribute"): what the modal speaks of, no position of its own.
    bool heads_modal_subject(std::string_view s, std::size_t i, std::size_t clause, StanceType type) const;
    // Whether a possessive holds the noun at i: "our commitment", "its support".
    bool held_noun(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether a determiner stands in [from, to): "with the support" against "with concern".
    bool determined_between(std::string_view s, std::size_t from, std::size_t to) const;
    // Whether the agent phrase from word `from` names a party or a name ("by more than 130 UN member
    // states"), not only things ("by sufficient resources").
    bool agent_names_party(std::string_view s, std::size_t from) const;
    // Whether the words of [from, to) are all articles or "such": "in such demand", "for the demand".
    bool articles_only(std::string_view s, std::size_t from, std::size_t to) const;
    // Whether "and" or "or" stands in [from, to).
    // Whether a word in [from, to) ends in a possessive ("Japan's", "partners'"); normalised text has straight apostrophes.
    bool possessive_between(std::string_view s, std::size_t from, std::size_t to) const;
    // The verb of presence before "here" (and a word of time) before the infinitive's "to" at word `to`: "I am
    // standing here to express", "stands here today to reiterate"; or npos (holders.cpp).
    std::size_t present_before(std::string_view s, std::size_t to, std::size_t clause) const;
    // Whether word w is a number that opens a sentence or follows a preposition before a name: a paragraph's number
    // ("19 Singapore will"), a year ("in 2021 Senegal will host").
    bool number_before_name(std::string_view s, std::size_t w) const;
    bool coordinated_between(std::string_view s, std::size_t from, std::size_t to) const;
    // Whether the words of [from, to) could all modify a noun that follows them.
    bool modifiers_only(std::string_view s, std::size_t from, std::size_t to) const;

    // Votes (votes.cpp). The voting predicate of [vote-cues] at word i, its choice and last word.
    struct VoteCue {
        VoteChoice choice = VoteChoice::in_favour;
        std::size_t last = 0;
    };
    std::optional<VoteCue> vote_cue_at(std::string_view s, std::size_t i) const;
    // Whether word w is an adverb that may stand between a voter and its predicate ("only", "therefore").
    bool adverb_before_vote(std::string_view s, std::size_t w) const;
    // Whether the predicate at word i is a finite verb with a subject before it, not a noun.
    bool finite_vote(std::string_view s, std::size_t i) const;
    // Adds the vote of the predicate at word i when a state, the speaker or another, casts it; false
    // when none does.
    bool vote(std::size_t k, std::string_view s, std::size_t i, std::size_t clause, VoteCue cue);

    // Adds the stance of the cue at words [i, j] with its roles; false when its roles show it is none (what another
    // party will do).
    bool emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
              bool negated);

    // Roles (roles.cpp, phrases.cpp). A phrase is a run of words, first and last inclusive.
    struct Phrase {
        std::size_t first = 0;
        std::size_t last = 0;
    };
    struct Roles {
        std::optional<Phrase> holder;     // the noun phrase naming the holder
        std::optional<Phrase> addressee;  // the party asked, thanked or addressed by a prescription
        std::optional<Phrase> target;     // what the stance is about
        bool named_after = false;         // the holder is the party after the noun: "the support of Kenya"
        bool situation = false;           // an appeal's subject is a situation: "The tragedy that Haiti is experiencing calls for"
        bool asked = false;               // an appeal's subject is asked, in the passive: "We are called upon to"
    };
    // The holder of the cue at words [i, j] in sentence k: its kind and its span in `st`; `found.holder`
    // and `found.target` as a reported position leaves them.
    void holder_of(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
                   Roles& found, Stance& st) const;
    // Where a phrase that ends at word w ends: after its bracketed year ("resolution 2231 (2015)"), its per
    // cent sign; and where one that begins at word w begins: at its currency's sign ("$5 million").
    std::uint32_t phrase_end_byte(std::string_view s, std::size_t w) const;
    std::uint32_t phrase_begin_byte(std::string_view s, std::size_t w) const;
    // The span of phrase p of sentence k, and a holder's span, without its possessive ("Finland's").
    Span phrase_span(std::size_t k, std::string_view s, Phrase p) const;
    Span holder_span(std::size_t k, std::string_view s, Phrase p) const;
    // The roles of the cue at words [i, j] (ANNOTATION.md, "Roles").
    void roles(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue, Roles& out) const;
    // The party a word of thanks at [i, j] names from word `after` (after "to" when `to_party`): sets the addressee,
    // and the target after the "for" or "on" that says what for; false when no party is there (thanks.cpp).
    bool thanked_party(std::string_view s, std::size_t i, std::size_t j, std::size_t after, bool to_party, const Cue& cue,
                       Roles& out) const;
    bool comma_after(std::string_view s, std::size_t w) const;
    // Whether word w may stand inside a noun phrase: not a preposition but "of", an auxiliary, a relative.
    bool in_phrase(std::string_view s, std::size_t w) const;
    // Whether the noun phrase that word `w` is in starts there: an article or determiner after a finite verb.
    bool object_start(std::string_view s, std::size_t w) const;
    // The first word of the predicate after a second modal joined to the one ending at word `j`, or npos.
    std::size_t after_joined_modal(std::string_view s, std::size_t j) const;
    // Where the roles of the verb cue at [i, j] start when a verb joined by "and" shares its object ("I support
    // and subscribe to the theme", "We reject and will continue to reject violence"); `after` otherwise.
    std::size_t after_joined_verb(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, std::size_t after,
                                  const Cue& cue, bool of_party) const;
    // What a relative before the copula `at` of an assessment at words [i, j] stands for, if one stands there.
    std::optional<Phrase> relative_subject(std::string_view s, std::size_t i, std::size_t j, std::size_t at,
                                           std::size_t clause) const;
    // The first word of the noun phrase that ends at `last`, looking back to `clause` at most.
    std::size_t phrase_start(std::string_view s, std::size_t last, std::size_t clause) const;
    // The last word of the noun phrase that starts at `first`, looking on to `limit` at most.
    std::size_t phrase_end(std::string_view s, std::size_t first, std::size_t limit) const;
    // The subject of the predicate whose first word is `at`: back over auxiliaries and adverbs
    // ("we would also like to thank"), around a parenthesis or a second verb ("Japan, for its part,
    // will"; "Many actors have responded and are ready to").
    // A subject before a second predicate ("X responded and is ready to") counts when at most
    // `reach` words stand between them.
    std::optional<Phrase> subject_of(std::string_view s, std::size_t at, std::size_t clause, std::size_t reach = 5) const;
    // Who judges the thing after "that": "we believe that water is crucial", "Samoa remains convinced that"; a pronoun
    // or the speaker's name before it, or none (holders.cpp).
    // The subject between a phrase that opens the clause and an aside set off by commas that ends at word `last`,
    // before the verb: "To achieve that, the Central African Republic, through me, calls for" (holders.cpp).
    std::optional<Phrase> subject_after_opening(std::string_view s, std::size_t last, std::size_t clause) const;
    // The subject of a verb of [judging-frames] before the noun of judgement at word i: what "Turkey poses a security
    // threat" judges (targets.cpp).
    std::optional<Phrase> judged_by_frame(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether a cue of the table opens at word w and is a noun: "commitments" (targets.cpp).
    bool cue_is_noun(std::string_view s, std::size_t w) const;
    // The possessive of the noun cue at word i: "our" of "our deep commitment", "its" of "its call".
    // A name's possessive names the holder too: "affirm Tonga's commitment". (holders.cpp)
    std::optional<Phrase> possessive_holder(std::string_view s, std::size_t i, std::size_t clause) const;
    // The noun phrase with its infinitive that opens the clause and ends at the comma at word `comma`, before an
    // aside: "A definitive road map to reduce emissions, in line with ..., is crucial" (holders.cpp).
    std::optional<Phrase> infinitive_subject(std::string_view s, std::size_t comma, std::size_t clause) const;
    std::optional<Phrase> believer(std::string_view s, const Phrase& thing, std::size_t clause) const;
    // Whether the subject found for the cue at word i is a possessive and its adjectives, after a copula or a
    // preposition, that make the cue a noun the possessive alone holds: "It is our fervent hope that", "count on our
    // continuous support", "To our deep regret". Not a verb after a phrase that ends a noun before it ("the
    // deterioration in our region calls for", "in my country will"), nor "our partners' support" (holders.cpp).
    bool possessive_of_noun(std::string_view s, const Phrase& subject, std::size_t i, std::size_t clause, const Cue& cue) const;
    static constexpr std::size_t npos = ~std::size_t{0};
    // Whether word `to` is the "to" of "Allow me to", "Permit us to" at the start of its clause: the
    // speaker asks leave, and holds what follows.
    bool asks_leave(std::string_view s, std::size_t to, std::size_t clause) const;
    // The verb of wanting or continuing before the infinitive's "to" at `to`, past adverbs between them ("would like
    // also to thank"), or npos.
    std::size_t licenser_before(std::string_view s, std::size_t to, std::size_t clause) const;
    bool is_pronoun(std::string_view s, std::size_t w) const;
    bool is_manner_adverb(std::string_view s, std::size_t w) const;
    // Whether word w is an adverb the rules step over: one of [light-adverbs], or a manner adverb in -ly.
    // Whether the subject before word i opens a condition: "if" at most `reach` words back and not right before it,
    // with no comma between ("if anyone must leave", "If we are willing to") (modals.cpp).
    bool opens_condition(std::string_view s, std::size_t i, std::size_t clause, std::size_t reach) const;
    bool is_adverb(std::string_view s, std::size_t w) const {
        return word_in(s, words_[w], list(WordTable::light_adverbs)) || is_manner_adverb(s, w);
    }
    // The first word of the run of auxiliaries and adverbs ([verb-chain-words]) that ends before word i, back to
    // `clause` and not across a comma: "that have [been] applauded", "who [are] [firmly] calling for".
    std::size_t chain_start(std::string_view s, std::size_t i, std::size_t clause) const;
    // The first word of the run of adverbs ([light-adverbs], any word in -ly) that ends before word i, back to
    // `clause`: "would surely have to", "is very much welcome".
    std::size_t adverbs_start(std::string_view s, std::size_t i, std::size_t clause) const;
    // Whether word w is a speaker's subject and "will" in one word: "we'll", "I'll" (the subject is all but its
    // last three bytes).
    bool own_will(std::string_view s, std::size_t w) const;
    // Whether the clause at word `clause` is a relative set off by a comma: ", which", ", who".
    bool set_off_relative(std::string_view s, std::size_t clause) const;
    // Whether a subject stands right before its cue and names someone, for telling a third party apart.
    bool subject_next_to_cue(std::string_view s, Phrase subject, std::size_t i) const;
    // Whether word w opens a name of [speakers]: "India has rejected".
    bool names_state(std::string_view s, std::size_t w) const;
    // The last word of an appeal's object that opens at word t with an article, a determiner or a name and stands
    // before an infinitive ("We urge the ISA to finalize": asked, named or not, ANNOTATION.md), or npos; not a thing
    // without its article ("urge restraint to avoid escalation").
    // After "call on" or "appeal to" (`to_party`) any phrase is the party asked ("appeal to those assembled here today to").
    std::size_t object_before_infinitive(std::string_view s, std::size_t t, bool to_party) const;
    // The last word before the infinitive's "to" (or "not to") after a party named after "for": "for Russia and its
    // proxies in the Ukrainian Donbas to start", "for us not to forget"; npos when no infinitive follows.
    std::size_t infinitive_after(std::string_view s, Phrase party) const;
    // What ", which" at word `which` stands for: the phrase before its comma, or none (a lone pronoun).
    std::optional<Phrase> which_antecedent(std::string_view s, std::size_t which) const;
    // What a relative ("which", "that") right before the verb at `at` (past its chain) stands for: its antecedent
    // when the sentence names it, else the relative itself; nullopt when no relative stands there.
    std::optional<Phrase> relative_judged(std::string_view s, std::size_t at, std::size_t clause) const;
    // The first word of a thing judged that its relative clause completes: "an expanded Security Council" of "that
    // mirrors present day realities is essential"; else the thing's own first word.
    std::size_t relative_head(std::string_view s, const Phrase& thing, std::size_t clause) const;
    // The antecedent of a relative whose gap is the verb cue's object: "the spirit that we need", "nuclear
    // coercion, which we condemn in the strongest terms".
    std::optional<Phrase> relative_object(std::string_view s, std::size_t i, std::size_t j, std::size_t clause,
                                          const Cue& cue) const;
    // Targets (targets.cpp).
    // Whether a word of the cue at words [i, j] is in `table`.
    bool cue_has(std::string_view s, std::size_t i, std::size_t j, WordTable table) const;
    // Whether the "that" at word t points at the noun after it ("We regret that withdrawal"), not a clause.
    bool pointing_that(std::string_view s, std::size_t t) const;
    // The first word of a target that begins at word t, past its one link word ("to", "for", "that").
    std::size_t target_start(std::string_view s, std::size_t t) const;
    // Whether word w is a verb in the third person singular ("affirms"), by its form.
    bool third_person_verb(std::string_view s, std::size_t w) const;
    // Whether a word of [relative-words] ("who", "whose", "that", "which") stands in words [from, to).
    bool relative_between(std::string_view s, std::size_t from, std::size_t to) const;
    // Whether the coordinator at `a`, in a target from `t`, opens a second predicate of the subject: a verb of
    // [stance-frames] with its object, a verb of the chain with its "to", a verb of belief with its that-clause.
    bool second_predicate(std::string_view s, std::size_t t, std::size_t a) const;
    // Whether words w, w + 1 are "that is" with a comma after them, which restates what comes before.
    bool that_is(std::string_view s, std::size_t w) const;
    // The target from word t of the cue at words [i, j], to where it ends: its clause's end, a second predicate of
    // the subject, a courtesy joined to it; none when t is past the clause.
    std::optional<Phrase> target_from(std::string_view s, std::size_t t, std::size_t i, std::size_t j, const Cue& cue) const;
    // Whether word w opens a noun phrase (an article, a determiner or a name), telling "to the conflict" from
    // an infinitive's "to respect".
    bool opens_noun_phrase(std::string_view s, std::size_t w) const;
    // Where a subject before a copula starts: the whole phrase from its clause's start, back over its
    // prepositions ("the application of the sovereignty principle in cyberspace is important").
    std::size_t subject_start(std::string_view s, Phrase thing, std::size_t clause) const;
    // The last word of a party named from word w ("countries", "Costa Rica", "Mr. Volkan Bozkir"), or npos.
    std::size_t party_word_end(std::string_view s, std::size_t w) const;
    // The last word of the party a phrase from `first` names (a pronoun, a state, "the international
    // community", "the Government of Japan"), or npos when its head is a thing.
    std::size_t party_end(std::string_view s, std::size_t first, std::size_t limit) const;
    std::optional<Phrase> party_of(std::string_view s, Phrase p) const;
    // "The spread of the coronavirus is a crisis, posing a threat to": the subject of the clause a participle
    // after a comma judges, or none.
    std::optional<Phrase> participle_subject(std::string_view s, std::size_t i, std::size_t clause) const;
    // The last word of a target that starts at word `from`: its clause ends at the sentence's end, ";"
    // or ":", a comma before a new clause, or "and" before a new predicate.
    std::size_t target_last(std::string_view s, std::size_t from) const;
    bool ends_target(std::string_view s, std::size_t k) const;
    mutable std::vector<std::uint32_t> target_ends_;  // per word of the sentence: where a target from it ends
    // A role's noun phrase is at most this long: text without marks must not make each cue read
    // the whole clause.
    static constexpr std::size_t max_phrase_words = 40;
    // Cuts each target of sentence k before the "and" that joins the sentence's next stance to it.
    void trim_targets(std::size_t k, std::string_view s);
    struct Emitted {
        std::size_t stance = 0;  // index into Document::stances
        std::size_t cue = 0;     // its first word
        std::size_t target_first = 0, target_last = 0;  // 0, 0: no target after the cue
        std::optional<Phrase> holder;
        std::size_t cue_last = 0;  // its cue's last word
    };
    std::vector<Emitted> emitted_;  // the stances of the current sentence

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
    PhraseFilter titles_;      // [honorifics]: "Mr. Volkan Bozkir" names a party
    PhraseFilter idioms_;      // [concern-idioms]: "as far as ... is concerned"
    PhraseFilter votes_;       // [vote-cues]: "voted in favour of"
    const WordList* lists_;    // the lexicon's word lists, indexed by WordTable
    std::array<std::uint64_t, PhraseFilter::bits / 64> openers_{};  // first words of cues_ and votes_ together
    std::vector<const Argument*> argument_of_;  // per sentence: the innermost argument holding it
    std::pair<std::size_t, std::size_t> clause_last_;  // a clause's first word and its last, once found
    mutable std::pair<std::size_t, bool> question_;  // a clause's first word and whether it asks, once found
    std::size_t absence_end_ = 0;  // words before it open the sentence with "without", "despite" ... and its comma
    std::vector<Word> store_;  // grows to the longest sentence's words; words_ views it
    std::span<Word> words_;
    std::vector<std::uint32_t> candidate_store_;  // as store_, for candidates_
    std::span<const std::uint32_t> candidates_;   // indices of the sentence's candidate words
    mutable bool predicate_ = false;  // the last noun accepted was licensed by a copula
    std::size_t modal_start_ = 0;     // the first word after the clause's prescription or commitment
    bool appeal_scope_ = false;       // that scope is an appeal's to a party ("call on X to ...")
    std::size_t sentence_cue_end_ = std::string_view::npos;  // last word of the sentence's latest cue, any clause
};

}  // namespace posext::detail
