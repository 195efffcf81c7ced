// Word lists of the lexicon: the small closed classes the stage rules test words against.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <posext/lexicon.hpp>

#include "text/ascii.hpp"

namespace posext::detail {

// One table per closed class a rule reads; each is a section of english.lex (docs/LEXICON.md).
enum class WordTable : std::uint8_t {
    // stances: the clause
    copulas, determiners, light_adverbs, self_words, self_subjects, self_possessives, self_nouns, new_subjects,
    state_subjects, coordinators, articles, clause_conjunctions, clause_continuations, negators, modal_negators, have_forms,
    // stances: frames and what licenses a cue
    frame_verbs, frame_time_words, frame_adjectives, frame_complements, seem_verbs, evident_words, speaking_verbs, question_verbs, speaker_state_titles, speaking_phrases, backdrop_words, closing_thanks_objects, past_copulas, perception_verbs, means_prepositions, generic_antecedents, joining_verbs, invitation_asides, receiving_verbs, forecast_verbs, condition_formulas, hope_markers, faced_verbs, sequence_adverbs, putative_adjectives, thanking_exclamations,
    need_words, need_noun_markers, need_noun_followers, infinitive_licensers, infinitive_asides, gerund_list_words, aid_words, aid_nouns, armed_recipients, making_verbs, courtesy_conditions, party_thanks,
    progressive_auxiliaries, committed_followers, state_noun_markers, ready_verbs, commitment_adjectives, regard_verbs, object_prepositions, raising_verbs, formula_participles, object_pronouns, forecast_complements, opening_conditions, candour_words, have_to_idioms, modal_asides, sentencing_cues, loose_prepositions,
    // stances: roles
    holder_skip, need_adjectives, giving_verbs, forecast_participles, time_phrases, party_partitives, noun_endings, person_endings, situation_nouns, joined_modals, indefinite_articles, proposal_nouns, backing_participles, purpose_participles, hypothetical_modals, speech_act_verbs, passive_auxiliaries, reporting_documents, third_person_subjects, collective_holders, target_skip, condition_words, belief_words, given_up_words, received_people, aid_adjectives, holder_possessives, verb_chain_words, phrase_breaks, party_words, party_quantifiers, thanking_cues, courtesy_verbs, permission_verbs, content_openers, inversion_openers, hedge_words, absence_openers, word_endings, procedure_phrases,
    appeal_cues, predicate_starts, target_breaks, clause_openers, judging_frames, presence_verbs, relative_words, inverted_negators, narrative_year_prepositions, compound_modifiers, reporting_verbs,
    // stances: votes
    vote_adverbs, symbol_links,
    // input: what OCR glues together ("ofthe")
    glued_prefixes, glued_words,
    // structure: references
    document_words,
    // structure: arguments and headlines
    ordinal_conjunctions, argument_links, fronted_clauses, headline_stops,
    // structure: the speaker
    speaker_own_nouns, speaker_region_words, speaker_state_nouns, speaker_self_frames, speaker_behalf_frames, speaker_home_frames, speaker_own_cases, speaker_of_frames, speaker_place_words,
    speaker_voice_verbs, speaker_after_words, speaker_groups, speaker_comparisons, speaker_conveying_verbs, speaker_granted_nouns,
    speaker_hostile_verbs, speaker_greeting_words,
    // stance: support received
    self_objects, free_relative_heads, question_words,
    count_
};

inline constexpr std::size_t word_table_count = static_cast<std::size_t>(WordTable::count_);

// The section name of each table, in the order of WordTable.
extern const std::array<std::string_view, word_table_count> word_table_names;

// A small set of lower-case words or phrases, tested by first letter and length before a compare,
// because the rules ask it of most words near a cue.
class WordList {
public:
    void add(std::string_view entry);  // folded to lower case; an entry already there is kept once

    // Whether `word` (compared without case) is an entry.
    [[nodiscard]] bool contains(std::string_view word) const noexcept {
        if (word.empty() || word.size() >= 64) return false;
        const std::size_t bucket = bucket_of(word.front());
        if (((lengths_[bucket] >> word.size()) & 1u) == 0) return false;
        for (const std::string& entry : buckets_[bucket]) {
            if (entry.size() == word.size() && starts_with_folded(word, entry)) return true;
        }
        return false;
    }
    // The length of an entry that opens `text` as whole words (what follows is no letter), or 0.
    [[nodiscard]] std::size_t opens(std::string_view text) const noexcept;
    // Whether `text` ends with an entry as whole words (compared without case).
    [[nodiscard]] bool ends(std::string_view text) const noexcept;
    // Whether `word` ends with an entry as a suffix, with more letters before it: "cooperation" with "tion".
    [[nodiscard]] bool suffix_of(std::string_view word) const noexcept;

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    // The entries, lower case, in the order added.
    [[nodiscard]] const std::vector<std::string>& entries() const noexcept { return entries_; }

private:
    static std::size_t bucket_of(char c) noexcept { return static_cast<unsigned char>(ascii_lower(c)) & 31u; }

    std::array<std::vector<std::string>, 32> buckets_;  // by first byte
    std::array<std::vector<std::string>, 32> by_last_;  // the same entries by last byte, for ends()
    std::array<std::uint64_t, 32> lengths_{};           // per bucket, a bit per entry length below 64
    std::size_t size_ = 0;
    std::vector<std::string> entries_;
};

}  // namespace posext::detail
