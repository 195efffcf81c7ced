#include "lexicon/word_list.hpp"

#include <algorithm>

#include <posext/detail/chars.hpp>

namespace posext::detail {

// The sections of english.lex that hold the word lists (not vocabulary).
const std::array<std::string_view, word_table_count> word_table_names{
    "copulas", "determiners", "light-adverbs", "self-words", "self-subjects", "self-possessives", "self-nouns",
    "new-subjects", "state-subjects", "coordinators", "articles", "clause-conjunctions", "clause-continuations", "negators",
    "modal-negators", "have-forms", "frame-verbs", "frame-time-words", "frame-adjectives", "frame-complements",
    "seem-verbs", "evident-words", "speaking-verbs", "question-verbs", "speaker-state-titles", "speaking-phrases", "backdrop-words", "closing-thanks-objects", "past-copulas", "perception-verbs", "means-prepositions", "generic-antecedents", "joining-verbs", "invitation-asides", "receiving-verbs", "forecast-verbs", "condition-formulas", "hope-markers", "faced-verbs", "sequence-adverbs", "putative-adjectives", "thanking-exclamations", "need-words", "need-noun-markers", "need-noun-followers",
    "infinitive-licensers", "infinitive-asides", "gerund-list-words", "aid-words", "aid-nouns", "armed-recipients", "making-verbs", "courtesy-conditions", "party-thanks", "progressive-auxiliaries", "committed-followers",
    "state-noun-markers", "ready-verbs", "commitment-adjectives", "regard-verbs", "object-prepositions", "raising-verbs", "formula-participles", "object-pronouns", "forecast-complements", "opening-conditions", "candour-words", "have-to-idioms", "modal-asides", "sentencing-cues", "loose-prepositions", "holder-skip", "need-adjectives", "giving-verbs", "forecast-participles", "time-phrases", "party-partitives", "noun-endings", "person-endings", "situation-nouns", "joined-modals", "indefinite-articles", "proposal-nouns", "backing-participles", "purpose-participles", "hypothetical-modals", "speech-act-verbs", "passive-auxiliaries", "reporting-documents", "third-person-subjects", "collective-holders",
    "target-skip", "condition-words", "belief-words", "given-up-words", "received-people", "aid-adjectives", "holder-possessives", "verb-chain-words", "phrase-breaks", "party-words", "party-quantifiers", "thanking-cues", "courtesy-verbs", "permission-verbs", "content-openers", "inversion-openers", "hedge-words", "absence-openers", "word-endings", "procedure-phrases", "appeal-cues",
    "predicate-starts", "target-breaks", "clause-openers", "judging-frames", "presence-verbs", "relative-words", "inverted-negators", "narrative-year-prepositions", "compound-modifiers", "reporting-verbs", "vote-adverbs", "symbol-links", "glued-prefixes", "glued-words", "document-words", "ordinal-conjunctions", "argument-links", "fronted-clauses", "headline-stops",
    "speaker-own-nouns", "speaker-region-words", "speaker-state-nouns", "speaker-self-frames", "speaker-behalf-frames", "speaker-home-frames", "speaker-own-cases", "speaker-of-frames",
    "speaker-place-words", "speaker-voice-verbs", "speaker-after-words", "speaker-groups",
    "speaker-comparisons", "speaker-conveying-verbs", "speaker-granted-nouns",
    "speaker-hostile-verbs", "speaker-greeting-words",
    "self-objects", "free-relative-heads", "question-words"};

void WordList::add(std::string_view entry) {
    std::string folded(entry);
    for (char& c : folded) c = ascii_lower(c);
    if (folded.empty() || folded.size() >= 64) return;
    const std::size_t bucket = bucket_of(folded.front());
    auto& entries = buckets_[bucket];
    if (std::find(entries.begin(), entries.end(), folded) != entries.end()) return;
    lengths_[bucket] |= std::uint64_t{1} << folded.size();
    by_last_[bucket_of(folded.back())].push_back(folded);
    entries_.push_back(folded);
    entries.push_back(std::move(folded));
    ++size_;
}

std::size_t WordList::opens(std::string_view text) const noexcept {
    if (text.empty()) return 0;
    std::size_t best = 0;
    for (const std::string& entry : buckets_[bucket_of(text.front())]) {
        if (entry.size() <= best || !starts_with_folded(text, entry)) continue;
        if (entry.size() < text.size() && is_alpha(text[entry.size()])) continue;
        best = entry.size();
    }
    return best;
}

bool WordList::ends(std::string_view text) const noexcept {
    if (text.empty()) return false;
    for (const std::string& entry : by_last_[bucket_of(text.back())]) {
        // A whole word ends the text: "your country," does not end with "our country,".
        if (ends_with_folded(text, entry) &&
            (text.size() == entry.size() || !is_word_byte(text[text.size() - entry.size() - 1]))) {
            return true;
        }
    }
    return false;
}

bool WordList::suffix_of(std::string_view word) const noexcept {
    if (word.empty()) return false;
    for (const std::string& entry : by_last_[bucket_of(word.back())]) {
        if (word.size() > entry.size() && ends_with_folded(word, entry)) return true;
    }
    return false;
}

}  // namespace posext::detail
