#include "stance/stances.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>

#include <posext/grammar/x3/lexical.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/cue.hpp"
#include "stance/words.hpp"
#include "text/blocks.hpp"

namespace posext::detail {
namespace {

class StanceFinder {
public:
    StanceFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document, std::size_t closing)
        : view_(view), lexicon_(lexicon), document_(document), closing_(closing),
          cues_(phrase_filter(lexicon, Phrases::stance_cue)), frames_(phrase_filter(lexicon, Phrases::stance_frame)),
          intensifiers_(phrase_filter(lexicon, Phrases::intensifier)), names_(phrase_filter(lexicon, Phrases::speaker)) {}

    void run() {
        if (document_.speaker) {
            speaker_ = document_.speaker->name;
            lowered_ = speaker_;
            for (char& c : lowered_) c = ascii_lower(c);
            if (auto code = lexicon_.match(Phrases::speaker, speaker_); code && code->length == speaker_.size()) {
                speaker_code_ = std::string(code->value);
            }
        }
        innermost_arguments();
        for (std::size_t k = 0; k < view_.sentences(); ++k) {
            if (k == closing_) continue;
            sentence(k);
        }
    }

private:
    const WordList& list(WordTable table) const noexcept { return word_list(lexicon_, table); }

    // Splits a sentence's normalised text into words; the marks between two
    // words decide whether the first ends its clause. It runs on every word of
    // the text, so it writes through a local pointer into a buffer that only
    // grows (a sentence of n bytes has at most n / 2 + 1 words).
    void split(std::string_view s) {
        if (store_.size() < s.size() / 2 + 1) store_.resize(s.size() / 2 + 1);
        Word* const first = store_.data();
        Word* out = first;
        candidates_.clear();
        const char* const text = s.data();
        std::size_t previous_end = 0;
        for_each_word(s, [&](std::size_t b, std::size_t e) {
            if (out != first && !(b == previous_end + 1 && text[previous_end] == ' ')) {
                marks_between(s, out[-1], previous_end, b);
            }
            const auto index = static_cast<std::uint32_t>(out - first);
            const Word* previous = out != first ? out - 1 : nullptr;
            *out = make_word(s, b, e, previous, index);
            if (may_open_cue(s, *out, previous)) candidates_.push_back(index);
            ++out;
            previous_end = e;
        });
        if (out != first) marks_between(s, out[-1], previous_end, s.size());
        words_ = std::span<Word>(first, static_cast<std::size_t>(out - first));
    }

    void marks_between(std::string_view s, Word& w, std::size_t from, std::size_t to) const {
        for (std::size_t at = from; at < to; ++at) {
            if (s[at] != ' ') clause_mark(s, w, s.data() + at);
        }
    }

    // A mark after a word: ";", ":", ".", "!", "?", brackets, dashes, "…", and a
    // comma before "but", "which" ... end its clause.
    void clause_mark(std::string_view s, Word& w, const char* at) const {
        const char c = *at;
        const char* const end = s.data() + s.size();
        // The period of "Mr." or "e.g." ends no clause. The sentence's last
        // period is no such abbreviation, or the sentence would go on.
        if (c == '.' && at == s.data() + w.end && at + 1 != end) {
            auto kind = lexicon_.abbreviation(std::string_view(s.data() + w.begin, w.end - w.begin + 1));
            if (kind && (*kind == AbbreviationKind::title || *kind == AbbreviationKind::inner)) return;
        }
        if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')') {
            w.clause_end = true;
        } else if (c == '\xE2') {
            if (at + 2 < end && at[1] == '\x80' && (at[2] == '\x94' || at[2] == '\x93' || at[2] == '\xA6')) w.clause_end = true;
        } else if (c == ',') {
            std::string_view rest(at + 1, static_cast<std::size_t>(end - at - 1));
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            // The word after the comma, followed by a space: ", but we", ", which is".
            const std::size_t space = rest.find(' ');
            if (space != std::string_view::npos && list(WordTable::clause_conjunctions).contains(rest.substr(0, space))) {
                w.clause_end = true;
            }
        }
    }

    // The word s[b, e), number `index` of its sentence, after `previous` (null for the first).
    static Word make_word(std::string_view s, std::size_t b, std::size_t e, const Word* previous, std::uint32_t index) {
        const bool inside = previous != nullptr && !previous->clause_end;
        Word w{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), false, false,
               inside ? previous->clause : index};
        const char* const p = s.data() + b;
        const std::size_t size = e - b;
        // "it", "it's" (a frame may follow) and "we'll", "I'll" (a commitment in one word).
        const bool it = (size == 2 || size == 4) && (p[0] | 0x20) == 'i' && (p[1] | 0x20) == 't' &&
                        (size == 2 || (p[2] == '\'' && p[3] == 's'));
        w.special = it || (size > 3 && p[size - 3] == '\'' && p[size - 2] == 'l' && p[size - 1] == 'l');
        return w;
    }

    // Whether a cue may start at `w`: its first word passes the cue filter, or it
    // is special. A capital inside a clause makes a name, never a cue, and no cue
    // starts with a digit. sentence() settles the rest, seeing the next word too.
    bool may_open_cue(std::string_view s, const Word& w, const Word* previous) const {
        const char first = s[w.begin];
        const bool name = previous != nullptr && !previous->clause_end && is_upper_start(first);
        return !name && !is_digit(first) && (w.special || cues_.may_open(std::string_view(s.data() + w.begin, w.end - w.begin)));
    }

    std::string_view form_of(std::string_view s, std::size_t w) const {
        return s.substr(words_[w].begin, words_[w].end - words_[w].begin);
    }

    // The word index where the cue that starts at word `i` with `length` bytes ends (inclusive).
    std::size_t last_word(std::size_t i, std::size_t end) const {
        std::size_t j = i;
        while (j + 1 < words_.size() && words_[j + 1].begin < end) ++j;
        return j;
    }

    // Index of the previous word that is not a light adverb, or npos; stops at a clause end.
    std::size_t previous_content(std::string_view s, std::size_t i, std::size_t clause) const {
        while (i > clause) {
            --i;
            if (!word_in(s, words_[i], list(WordTable::light_adverbs))) return i;
        }
        return std::string_view::npos;
    }

    bool mentions_speaker(std::string_view s, std::size_t from, std::size_t to) const {
        for (std::size_t w = from; w < to; ++w) {
            if (word_in(s, words_[w], list(WordTable::self_words))) return true;
        }
        return names_speaker(s, from, to);
    }


    void sentence(std::size_t k) {
        std::string_view s = view_.sentence(k);
        split(s);
        clause_last_ = {~std::size_t{0}, 0};  // word indices start again with each sentence
        const std::size_t n = words_.size();
        std::size_t clause_start = 0;              // first word of the current clause
        std::size_t clause = 0;                    // where the analysis of the clause looks back to
        std::size_t last_cue_end = std::string_view::npos;  // last word of the latest accepted cue in the clause
        bool modal_in_clause = false;
        std::size_t next = 0;  // words before it belong to an accepted or rejected cue
        for (const std::uint32_t candidate : candidates_) {
            std::size_t i = candidate;
            if (i < next) continue;
            if (words_[i].clause != clause_start) {
                clause_start = clause = words_[i].clause;
                last_cue_end = std::string_view::npos;
                modal_in_clause = false;
            }
            // "have to", "do not accept": most phrases that begin with a common word need its next word.
            if (!words_[i].special &&
                !cues_.may_open(form_of(s, i), i + 1 < n ? form_of(s, i + 1) : std::string_view())) {
                continue;
            }
            std::string_view at = s.substr(words_[i].begin);
            Cue cue;
            std::size_t cue_end_byte = 0;
            bool found = false;
            // "we'll", "I'll": a commitment with its subject in one word.
            const Word& w = words_[i];
            if (w.end - w.begin > 3 && s.substr(w.end - 3, 3) == "'ll" &&
                (word_in(s, Word{w.begin, w.end - 3, false, false, 0}, list(WordTable::self_subjects)))) {
                cue = Cue{StanceType::commit, Cue::Class::modal, Polarity::positive};
                cue_end_byte = w.end;
                found = true;
            } else if (auto frame = it_is_frame(s, i)) {
                cue = Cue{StanceType::prescribe, Cue::Class::frame, Polarity::positive};
                cue_end_byte = words_[*frame].end;
                found = true;
            } else if (auto match = lexicon_.match(Phrases::stance_cue, at)) {
                if (auto parsed = parse_cue(match->value)) {
                    cue = *parsed;
                    cue_end_byte = words_[i].begin + static_cast<std::uint32_t>(match->length);
                    found = true;
                }
            }
            if (!found) continue;
            std::size_t j = last_word(i, cue_end_byte);
            // Text without sentence marks (OCR, lists) can make a clause of thousands of
            // words; looking back at most 60 of them keeps the analysis linear.
            if (i > clause + 60) clause = i - 60;
            if (!accept(s, i, j, clause, cue, last_cue_end, modal_in_clause)) {
                next = j + 1;
                continue;
            }
            bool negated = false;
            // Negation after a modal belongs to the cue: "should not", "will never", "must no longer".
            if (cue.word_class == Cue::Class::modal && j + 1 < n) {
                if (word_in(s, words_[j + 1], list(WordTable::modal_negators))) {
                    ++j;
                    negated = true;
                } else if (j + 2 < n && word_is(s, words_[j + 1], "no") && word_is(s, words_[j + 2], "longer")) {
                    j += 2;
                    negated = true;
                }
            }
            // Negation before a verb or state: "does not support", "are not ready to", "never".
            if (!negated && cue.word_class != Cue::Class::modal && cue.type != StanceType::oppose) {
                for (std::size_t b = i; b > clause && b + 3 > i; --b) {
                    const Word& before = words_[b - 1];
                    if (word_in(s, before, list(WordTable::negators))) {
                        negated = true;
                        break;
                    }
                }
            }
            // "we will spare no effort": a negative word on the object does not negate the cue.
            if (cue.type == StanceType::oppose || cue.type == StanceType::concern) negated = false;
            emit(k, s, i, j, clause, cue, negated);
            last_cue_end = j;
            if (cue.word_class == Cue::Class::modal || cue.word_class == Cue::Class::frame) {
                modal_in_clause = true;
                modal_start_ = j + 1;
            }
            next = j + 1;
        }
    }

    // "it is (critically) important that/to", "it is also urgent to": the index of the adjective.
    std::optional<std::size_t> it_is_frame(std::string_view s, std::size_t i) const {
        const std::size_t n = words_.size();
        if (!word_is(s, words_[i], "it") && !word_is(s, words_[i], "it's")) return std::nullopt;
        std::size_t j = i + 1;
        if (word_is(s, words_[i], "it")) {
            if (j >= n || !word_in(s, words_[j], list(WordTable::frame_verbs))) return std::nullopt;
            if (word_is(s, words_[j], "will")) {
                if (j + 1 >= n || !word_is(s, words_[j + 1], "be")) return std::nullopt;
                ++j;
            }
            ++j;
        }
        while (j < n && word_in(s, words_[j], list(WordTable::light_adverbs))) ++j;
        if (j >= n) return std::nullopt;
        if (word_is(s, words_[j], "high") || word_is(s, words_[j], "the")) {
            if (j + 1 < n && word_in(s, words_[j + 1], list(WordTable::frame_time_words))) ++j;
            if (j + 1 < n && word_is(s, words_[j], "right") && word_is(s, words_[j + 1], "time")) ++j;
        }
        if (!word_in(s, words_[j], list(WordTable::frame_adjectives))) {
            return std::nullopt;
        }
        if (j + 1 < n && word_in(s, words_[j + 1], list(WordTable::frame_complements))) return j;
        return std::nullopt;
    }

    bool accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
                std::size_t last_cue_end, bool modal_in_clause) const {
        predicate_ = false;
        const std::size_t prev = i > clause ? i - 1 : std::string_view::npos;
        const bool after_and = prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::coordinators));
        // A capital inside a clause makes a name of it: "the Emergency Support Loan".
        if (i > 0 && is_upper(s[words_[i].begin]) && !words_[i - 1].clause_end && cue.word_class != Cue::Class::frame) {
            return false;
        }
        // Whatever follows a prescription or commitment in its clause is its content:
        // "It is time that Member States reaffirm their commitment".
        if (modal_in_clause && !after_and) {
            bool comma = false;
            for (std::size_t w = clause; w < i && !comma; ++w) comma = s[words_[w].end] == ',' && w + 1 >= modal_start_;
            if (!comma) return false;
        }
        // A cue in the scope of an earlier one: "should stay committed", "will continue to support".
        // A comma or a new subject between them ends that scope.
        bool scoped = last_cue_end != std::string_view::npos && !after_and;
        for (std::size_t w = scoped ? last_cue_end : i; w < i && scoped; ++w) {
            if (s[words_[w].end] == ',' ||
                (w > last_cue_end && word_in(s, words_[w], list(WordTable::new_subjects)))) {
                scoped = false;
            }
        }
        if (scoped) {
            if (i <= last_cue_end + 3) return false;
            if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
        }
        if (modal_in_clause && prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
        const std::size_t content = previous_content(s, i, clause);
        auto content_is = [&](const auto& set) {
            return content != std::string_view::npos && word_in(s, words_[content], set);
        };
        switch (cue.word_class) {
        case Cue::Class::modal:
            if (cue.type == StanceType::commit) {
                // will/shall: the speaker's commitment only ("we will", "Japan will", "my country will",
                // "We welcome ... and will support").
                if (content == std::string_view::npos) return false;
                if (content_is(list(WordTable::self_subjects))) return true;
                if (content_is(list(WordTable::self_nouns)) &&
                    content > clause && word_in(s, words_[content - 1], list(WordTable::self_possessives))) {
                    return true;
                }
                if ((content != std::string_view::npos && word_is(s, words_[content], "and"))) return mentions_speaker(s, clause, content);
                std::size_t head = content;
                // "Japan, for its part, will": the subject before a parenthesis.
                if (s[words_[content].end] == ',' ) {
                    for (std::size_t b = content; b > clause; --b) {
                        if (s[words_[b - 1].end] == ',') {
                            head = b - 1;
                            break;
                        }
                    }
                }
                return names_speaker(s, clause, i, head) || names_speaker(s, clause, i, content);
            }
            // Epistemic, not a prescription: "it should seem evident", "it should be obvious".
            if (word_is(s, words_[i], "should") && j + 1 < words_.size() &&
                (word_in(s, words_[j + 1], list(WordTable::seem_verbs)) ||
                 (word_is(s, words_[j + 1], "be") && j + 2 < words_.size() &&
                  word_in(s, words_[j + 2], list(WordTable::evident_words))))) {
                return false;
            }
            // "I must say", "we must admit": a manner of speaking, not a prescription.
            if (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::speaking_verbs))) return false;
            // "Let us be frank": a manner of speaking.
            if ((word_is(s, words_[i], "let") || word_is(s, words_[i], "let's")) && j + 1 < words_.size() &&
                word_is(s, words_[j + 1], "be")) {
                return false;
            }
            // "the need", "a need": a noun, not an obligation.
            if (word_in(s, words_[i], list(WordTable::need_words))) {
                // A verb with its subject ("we need", "the world needs"), not the noun ("in need",
                // "our specific needs", "those who need it").
                if (is_upper(s[words_[i].begin])) return false;
                if (prev == std::string_view::npos) return false;
                if (word_in(s, words_[prev], list(WordTable::determiners))) {
                    // "We also emphasize the need for": a noun that a frame verb makes a position.
                    cue.word_class = Cue::Class::noun;
                    return noun_licensed(s, i, clause) && !predicate_;
                }
                if (
                    word_in(s, words_[prev], list(WordTable::need_noun_markers))) {
                    return false;
                }
                if (words_[j].clause_end || (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::need_noun_followers)))) return false;
            }
            return true;
        case Cue::Class::frame: return true;
        case Cue::Class::verb: {
            if (prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::determiners))) {
                cue.word_class = Cue::Class::noun;
                return noun_licensed(s, i, clause);
            }
            // An infinitive states a position after a verb of wanting or continuing
            // ("I would like to thank"), not in a purpose clause ("to support this").
            if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) {
                if (prev == clause || !word_in(s, words_[prev - 1], list(WordTable::infinitive_licensers))) {
                    return false;
                }
            }
            // A gerund in a list of actions: "promoting education, supporting health systems".
            {
                const std::string_view form = s.substr(words_[i].begin, words_[i].end - words_[i].begin);
                if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && prev != std::string_view::npos &&
                    (word_in(s, words_[prev], list(WordTable::gerund_list_words)) ||
                     (s[words_[prev].end] == ',' && words_[prev].end - words_[prev].begin > 3 &&
                      s.substr(words_[prev].end - 3, 3) == "ing"))) {
                    return false;
                }
            }
            if (cue.type == StanceType::support) {
                // Support as aid: "provided support for", "is supporting the establishment".
                if (prev != std::string_view::npos &&
                    word_in(s, words_[prev], list(WordTable::aid_words))) {
                    return false;
                }
                if (content_is(list(WordTable::progressive_auxiliaries)) && s.substr(words_[i].begin, 10) == "supporting") return false;
                if (j + 1 < words_.size() && word_is(s, words_[j + 1], "to") && word_is(s, words_[i], "support") &&
                    prev != std::string_view::npos && !word_in(s, words_[prev], list(WordTable::self_words))) {
                    return false;
                }
            }
            if (cue.type == StanceType::welcome && word_is(s, words_[i], "thanks") && j + 1 < words_.size() &&
                word_is(s, words_[j + 1], "to")) {
                return false;  // "thanks to": because of
            }
            return true;
        }
        case Cue::Class::state:
            if (word_is(s, words_[i], "against")) return content_is(list(WordTable::copulas));
            // "committed against the people": a crime, not a commitment.
            if (word_is(s, words_[i], "committed") && j == i && j + 1 < words_.size() && !words_[j].clause_end &&
                s[words_[j].end] != ',' && !word_in(s, words_[j + 1], list(WordTable::committed_followers))) {
                return false;
            }
            if (content != std::string_view::npos &&
                (word_in(s, words_[content], list(WordTable::determiners)) ||
                 word_in(s, words_[content], list(WordTable::state_noun_markers)))) {
                return false;
            }
            // After a copula, a subject pronoun, or the speaker's name: "Cambodia stands ready to".
            return content == std::string_view::npos || content_is(list(WordTable::copulas)) ||
                   content_is(list(WordTable::state_subjects)) ||
                   names_speaker(s, clause, i, content) || word_in(s, words_[i], list(WordTable::ready_verbs)) ||
                   is_upper(s[words_[content].begin]);
        case Cue::Class::adj: {
            // Predicated of a subject: "X is crucial", "X is a crucial partner", "remains key for".
            std::size_t c = content;
            std::size_t skipped = 0;
            while (c != std::string_view::npos && skipped < 2 && word_in(s, words_[c], list(WordTable::articles))) {
                c = previous_content(s, c, clause);
                ++skipped;
            }
            if (c == std::string_view::npos || !word_in(s, words_[c], list(WordTable::copulas))) return false;
            if (c > clause && word_is(s, words_[c - 1], "it")) return false;  // "it is important to": a frame
            return true;
        }
        case Cue::Class::noun: return noun_licensed(s, i, clause);
        }
        return false;
    }

    // Whether the speaker's name as given stands at s[at] as whole words: "Japan" and
    // "Japan's", not the start of "Japanese".
    bool speaker_name_at(std::string_view s, std::size_t at) const noexcept {
        if (speaker_.empty() || !starts_with_folded(s.substr(at), lowered_)) return false;
        const std::size_t end = at + lowered_.size();
        return end == s.size() || (!is_word_byte(s[end]) && s[end] != '-');
    }

    // Whether the speaker is named by words of [clause, i), under any of its names;
    // with `ending`, only a name that ends at that word (the subject's head).
    bool names_speaker(std::string_view s, std::size_t clause, std::size_t i,
                       std::size_t ending = std::string_view::npos) const {
        if (speaker_.empty()) return false;
        const std::string& name = lowered_;
        for (std::size_t w = clause; w < i; ++w) {
            if (!is_upper_start(s[words_[w].begin])) continue;  // names are capitalised
            if (speaker_code_.empty() ? !speaker_name_at(s, words_[w].begin) : !may_open(names_, form_of(s, w))) {
                continue;
            }
            std::size_t length = 0;
            if (speaker_name_at(s, words_[w].begin)) length = name.size();
            else if (!speaker_code_.empty()) {
                if (auto m = lexicon_.match(Phrases::speaker, s.substr(words_[w].begin)); m && m->value == speaker_code_) {
                    length = m->length;
                }
            }
            if (length == 0) continue;
            if (ending == std::string_view::npos || words_[w].begin + length == words_[ending].end) return true;
        }
        return false;
    }

    // A noun states a position as the object of a frame verb ("reaffirm our
    // commitment") or as a predicate after a copula ("is a growing threat").
    bool noun_licensed(std::string_view s, std::size_t i, std::size_t clause) const {
        for (std::size_t b = i; b > clause && b + 7 > i; --b) {
            if (word_is(s, words_[b - 1], "to") && b + 1 < i) return false;  // "continue to address other concerns"
            if (frames_.may_open(form_of(s, b - 1)) && lexicon_.match(Phrases::stance_frame, s.substr(words_[b - 1].begin))) {
                return true;
            }
        }
        for (std::size_t b = i; b > clause && b + 4 > i; --b) {
            if (word_in(s, words_[b - 1], list(WordTable::copulas)) || word_is(s, words_[b - 1], "there")) {
                predicate_ = true;
                return true;
            }
        }
        // The subject of its clause, with a copula after it: "Our support for the UN
        // remains", "The threat of climate change is existential", "have our full support".
        const bool opens = i == clause || (i == clause + 1 && word_in(s, words_[clause], list(WordTable::determiners))) ||
                           (i == clause + 2 && word_in(s, words_[clause], list(WordTable::self_possessives)));
        if (opens) {
            for (std::size_t a = i + 1; a < words_.size() && a < i + 8; ++a) {
                if (word_in(s, words_[a], list(WordTable::copulas))) {
                    predicate_ = true;
                    return true;
                }
                if (words_[a].clause_end) break;
            }
        }
        if (i >= 2 && word_in(s, words_[i - 1], list(WordTable::commitment_adjectives)) && word_in(s, words_[i - 2], list(WordTable::self_possessives)) &&
            i >= 3 && word_in(s, words_[i - 3], list(WordTable::have_forms))) {
            return true;
        }
        return false;
    }

    void emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
              bool negated) {
        const std::uint32_t base = view_.sentence_begin(k);
        Stance st;
        st.sentence = k;
        st.type = cue.type;
        st.negated = negated;
        st.polarity = negated && (cue.type == StanceType::support || cue.type == StanceType::prescribe ||
                                  cue.type == StanceType::appeal || cue.type == StanceType::commit)
                          ? Polarity::negative
                          : cue.polarity;
        st.cue = view_.span(base + words_[i].begin, base + words_[j].end);
        // Holder: the speaker, unless a stance verb reports another actor's position.
        const bool reportable = cue.word_class == Cue::Class::verb || cue.word_class == Cue::Class::noun ||
                                cue.word_class == Cue::Class::state;
        const bool own = cue.type == StanceType::assess || cue.type == StanceType::prescribe || !reportable ||
                         (cue.word_class == Cue::Class::noun && predicate_);
        // A passive with its agent reports the agent's position: "endorsed by the Security Council".
        if (!own && cue.word_class == Cue::Class::verb && j + 1 < words_.size() && word_is(s, words_[j + 1], "by") &&
            !words_[j].clause_end) {
            st.holder.kind = HolderKind::third_party;
        } else if (!own && i > clause && !mentions_speaker(s, clause, i)) {
            // The words before the cue name someone: "Many countries", "The GGE report", "the UN members".
            std::size_t first = clause;
            while (first < i && (word_in(s, words_[first], list(WordTable::holder_skip)))) {
                ++first;
            }
            bool named = false;
            for (std::size_t w = first; w < i; ++w) {
                const char c0 = s[words_[w].begin];
                const bool capital = is_upper(c0) && w > 0;
                if (capital || word_in(s, words_[w], list(WordTable::collective_holders))) {
                    named = true;
                }
            }
            if (named) {
                st.holder.kind = HolderKind::third_party;
                if (first < i) st.holder.span = view_.span(base + words_[first].begin, base + words_[i - 1].end);
            }
        }
        if (st.holder.kind == HolderKind::speaker && i > clause) {
            for (std::size_t w = clause; w < i; ++w) {
                const bool name = speaker_name_at(s, words_[w].begin);
                if (name || word_in(s, words_[w], list(WordTable::self_subjects))) {
                    const std::uint32_t e = name ? words_[w].begin + static_cast<std::uint32_t>(speaker_.size()) : words_[w].end;
                    st.holder.span = view_.span(base + words_[w].begin, base + e);
                    break;
                }
            }
        }
        // Intensity: "firmly supports", "supports fully", "at all times".
        for (std::size_t b = i; b > clause && b + 3 > i; --b) {
            if (!intensifiers_.may_open(form_of(s, b - 1))) continue;
            if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[b - 1].begin))) {
                st.intensity = view_.span(base + words_[b - 1].begin, base + words_[b - 1].begin + static_cast<std::uint32_t>(m->length));
                break;
            }
        }
        if (!st.intensity && j + 1 < words_.size() && intensifiers_.may_open(form_of(s, j + 1))) {
            if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[j + 1].begin))) {
                st.intensity = view_.span(base + words_[j + 1].begin, base + words_[j + 1].begin + static_cast<std::uint32_t>(m->length));
            }
        }
        // Target: what follows the cue to the end of its clause.
        std::size_t t = j + 1;
        while (t < words_.size() && !words_[t - 1].clause_end &&
               word_in(s, words_[t], list(WordTable::target_skip))) {
            ++t;
        }
        std::size_t last = j;
        if (!words_[j].clause_end) last = clause_last(j);
        if (t < words_.size() && t <= last && !words_[j].clause_end) {
            st.target = view_.span(base + words_[t].begin, base + words_[last].end);
        }
        st.span = view_.span(base + words_[clause].begin, base + words_[std::max(last, j)].end);
        if (const Argument* inside = argument_of_[k]) {
            st.argument = static_cast<std::size_t>(inside - document_.arguments.data());
        }
        document_.stances.push_back(st);
    }

    // The last word of the clause that word w (not a clause end) is in. All
    // cues of a clause share it, so it is found once per clause: a clause of
    // thousands of words (text without marks) is not read again at each cue.
    std::size_t clause_last(std::size_t w) {
        if (clause_last_.first == words_[w].clause && clause_last_.second > w) return clause_last_.second;
        std::size_t last = w;
        for (std::size_t v = w + 1; v < words_.size(); ++v) {
            last = v;
            if (words_[v].clause_end) break;
        }
        clause_last_ = {words_[w].clause, last};
        return last;
    }

    // For each sentence, the innermost argument holding it (the one that
    // starts last), so that a stance finds its argument without a search.
    void innermost_arguments() {
        argument_of_.assign(view_.sentences(), nullptr);
        for (const Argument& a : document_.arguments) {
            for (std::size_t k = a.first_sentence; k <= a.last_sentence && k < argument_of_.size(); ++k) {
                const Argument*& inside = argument_of_[k];
                if (!inside || a.first_sentence >= inside->first_sentence) inside = &a;
            }
        }
    }

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
    std::vector<const Argument*> argument_of_;  // per sentence: the innermost argument holding it
    std::pair<std::size_t, std::size_t> clause_last_;  // a clause's first word and its last, once found
    std::vector<Word> store_;  // grows to the longest sentence's words; words_ views it
    std::span<Word> words_;
    std::vector<std::uint32_t> candidates_;  // indices of the sentence's candidate words
    mutable bool predicate_ = false;  // the last noun accepted was licensed by a copula
    std::size_t modal_start_ = 0;     // the first word after the clause's prescription or commitment
};

}  // namespace

void find_stances(const SegmentedText& text, const Lexicon& lexicon, const StructureNotes& notes, Document& document) {
    StanceFinder(text, lexicon, document, notes.closing_sentence).run();
}

}  // namespace posext::detail
