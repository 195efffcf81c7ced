// The speaker: from a meeting record's speaker line, else from how the text names its own state.
#include "structure/finders.hpp"
#include "structure/structure.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>

#include <bit>


#include "lexicon/prefilter.hpp"
#include "lexicon/word_list.hpp"
#include "text/blocks.hpp"

namespace posext::detail {
namespace {

class SpeakerFinder {
public:
    SpeakerFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document) {}

    void run() {
        if (document_.speaker || view_.sentences() == 0) return;
        if (from_speaker_line()) return;
        from_self_reference();
    }

private:
    // "Mr. Liu Jieyi (China) (spoke in Chinese):" names the delegation; segmentation found the line.
    bool from_speaker_line() {
        if (!document_.speaker_line || !document_.speaker_line->state) return false;
        document_.speaker = Speaker{*document_.speaker_line->state, view_.speaker_state};
        return true;
    }

    struct Candidate {
        std::string_view value;
        std::string_view name;
        unsigned score = 0;
        unsigned strong = 0;  // the part of the score from self-identification
        unsigned best = 0;  // weight of its strongest mention
        std::uint32_t begin = 0, end = 0;
    };

    // The state that the text speaks for: the one it names as "my country,
    // X", "on behalf of X", "the Government of X", or as the subject of its
    // sentences, weighed over all its mentions.
    void from_self_reference() {
        const std::string_view text = view_.text();
        const PhraseFilter names = phrase_filter(lexicon_, Phrases::speaker);
        const PhraseFilter adjectives = phrase_filter(lexicon_, Phrases::speaker_adjective);
        std::vector<Candidate> candidates;
        auto candidate_of = [&](std::string_view value) {
            return std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& x) { return x.value == value; });
        };
        // A people or a demonym counts under its state's entry in [speakers], whose first name is reported;
        // false when the code names no state there.
        auto under_state = [&](PhraseMatch& match) {
            if (candidate_of(match.value) != candidates.end()) return true;
            const auto name = name_of_code(match.value);
            if (!name) return false;
            match.first_form = *name;
            return true;
        };
        auto consider = [&](std::size_t at) -> std::size_t {
            std::optional<PhraseMatch> found;
            unsigned weight = 0;
            bool behalf_of_group = false;
            const OpeningWord word(first_word(text.substr(at)));
            if (word.may_open(names)) found = lexicon_.match(Phrases::speaker, text.substr(at));
            if (found) {
                weight = weigh(text, at, found->length, list(WordTable::speaker_groups).contains(found->value));
                // "on behalf of the Non-Aligned Movement": a state that speaks for its group stays the
                // speaker; against a state, a group names itself only by its own voice.
                behalf_of_group = (weight == behalf_weight || weight == self_weight) &&
                                  list(WordTable::speaker_groups).contains(found->value);
            } else if (auto people = own_people(text, at)) {
                // "we Germans", "We, the Austrians, will": the speaker names its own people.
                found = people;
                weight = self_weight;
                if (!under_state(*found)) return 0;
            } else if (word.may_open(adjectives)) {
                found = lexicon_.match(Phrases::speaker_adjective, text.substr(at));
                if (!found) return 0;
                weight = weigh_adjective(text, at, found->length);
                if (weight == 0 || !under_state(*found)) return 0;
            } else {
                return 0;
            }
            auto it = candidate_of(found->value);
            if (it == candidates.end()) {
                candidates.push_back({found->value, found->first_form, 0, 0, 0, 0});
                it = candidates.end() - 1;
            }
            it->score += weight;
            if (weight >= strong_weight && !behalf_of_group) it->strong += weight;
            if (weight > it->best) {
                it->best = weight;
                it->begin = static_cast<std::uint32_t>(at);
                it->end = static_cast<std::uint32_t>(at + found->length);
            }
            return found->length;
        };
        // Names start with a capital at the start of the text or after a space,
        // a line end or an opening mark; 64 bytes are tested at once.
        std::uint64_t after_opener = 1;
        std::size_t next = 0;  // the end of the last name found: no name starts inside it
        for_each_block<Want::name_starts>(text, [&](std::size_t base, const BlockClasses& c) {
            std::uint64_t starts = c.upper & ((c.opener << 1) | after_opener);
            after_opener = c.opener >> 63;
            for (; starts != 0; starts &= starts - 1) {
                const std::size_t at = base + static_cast<std::size_t>(std::countr_zero(starts));
                if (at >= next) next = at + consider(at);
            }
        });
        // Self-identification outranks mentions: when some state names itself as the speaker ("my
        // country, X", "on behalf of X", "X will continue"), plain mentions decide only ties.
        const bool identified = std::any_of(candidates.begin(), candidates.end(),
                                            [](const Candidate& c) { return c.strong >= 2 * strong_weight; });
        // A state that names itself is the speaker before any group it speaks for ("Azerbaijan, on behalf
        // of the Non-Aligned Movement"), unless the group names itself far more ("The European Union
        // firmly supports", against one "Iran remains").
        auto group = [&](const Candidate& c) { return list(WordTable::speaker_groups).contains(c.value); };
        unsigned state_strong = 0, group_strong = 0;
        for (const Candidate& c : candidates) {
            unsigned& strongest = group(c) ? group_strong : state_strong;
            strongest = std::max(strongest, c.strong);
        }
        if (state_strong >= strong_weight && 2 * state_strong >= group_strong) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(), group), candidates.end());
        }
        auto top = std::max_element(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (identified && a.strong != b.strong) return a.strong < b.strong;
            // Otherwise a mention in the statement's own voice counts three times a plain one: a state discussed
            // at length ("the United States has maintained a hostile policy") is named more often than the
            // speaker that names itself once or twice.
            const unsigned sa = a.score + 2 * a.strong, sb = b.score + 2 * b.strong;
            // A tie goes to the state with the strongest single mention ("with which Spain is fully aligned").
            return sa != sb ? sa < sb : a.best < b.best;
        });
        if (top == candidates.end() || top->score < 1) return;
        // A chair's turn ("The President: I now give the floor to the representative of Iraq") names
        // states it does not speak for; only "in my capacity as the representative of X" makes X its own.
        if (chair_turn(document_) && top->strong < strong_weight) return;
        document_.speaker = Speaker{std::string(top->name), view_.span(top->begin, top->end)};
    }

    // The first name of a code in [speakers], found once per code asked for.
    std::optional<std::string_view> name_of_code(std::string_view code) {
        for (const auto& [c, name] : names_) {
            if (c == code) return name;
        }
        // The table maps names to codes; the way back is a walk over its first forms.
        auto hit = lexicon_.first_form(Phrases::speaker, code);
        if (hit) names_.emplace_back(code, *hit);
        return hit;
    }

    const WordList& list(WordTable table) const noexcept { return word_list(lexicon_, table); }

    // Whether `text` opens with a space and then an entry of `table`: " people", " will".
    bool follows(std::string_view text, WordTable table) const noexcept {
        return !text.empty() && text.front() == ' ' && list(table).opens(text.substr(1)) != 0;
    }
    // Whether `text` ends with an entry of `table` and a space: "my country, ", "on behalf of ".
    // An article may stand between: "we in the Sultanate of Oman", "on behalf of the Government of the Gambia".
    bool precedes(std::string_view text, WordTable table) const noexcept {
        if (text.empty() || text.back() != ' ') return false;
        if (list(table).ends(text.substr(0, text.size() - 1))) return true;
        return table != WordTable::speaker_of_frames && ends_with_folded(text, " the ") &&
               list(table).ends(text.substr(0, text.size() - 5));
    }

    // The state of a people named after "we": "we Germans", "We, the Austrians,", "we Chinese": a
    // demonym of [speaker-adjectives], in the plural or not, with its length in the text.
    std::optional<PhraseMatch> own_people(std::string_view text, std::size_t at) const {
        const std::string_view before = text.substr(0, at);
        const bool after_we = ends_with_folded(before, " we ") || ends_with_folded(before, " we, ") ||
                              ends_with_folded(before, " we, the ") || before == "We " || before == "We, the ";
        if (!after_we) return std::nullopt;
        const std::string_view word = first_word(text.substr(at));
        if (word.size() < 4) return std::nullopt;
        std::string stem(word.ends_with("s") ? word.substr(0, word.size() - 1) : word);
        stem += ' ';
        auto found = lexicon_.match(Phrases::speaker_adjective, stem);
        if (!found) return std::nullopt;
        found->length = word.size();
        return found;
    }

    // Whether `before` ends with "my small, two-island State, " or "our country, ": a possessive of the
    // speaker, a few words, and a noun of [speaker-state-nouns] before the comma.
    bool own_state_apposition(std::string_view before) const {
        if (!before.ends_with(", ")) return false;
        std::string_view rest = before.substr(0, before.size() - 2);
        const std::size_t space = rest.rfind(' ');
        const std::string_view noun = rest.substr(space == std::string_view::npos ? 0 : space + 1);
        if (!list(WordTable::speaker_state_nouns).contains(noun)) return false;
        // Up to four words back: "my", "our".
        for (int words = 0; words < 5 && !rest.empty(); ++words) {
            const std::size_t cut = rest.rfind(' ');
            const std::string_view word = rest.substr(cut == std::string_view::npos ? 0 : cut + 1);
            if (words > 0 && list(WordTable::self_possessives).contains(trim_comma(word))) return true;
            if (cut == std::string_view::npos) break;
            rest = rest.substr(0, cut);
        }
        return false;
    }
    static std::string_view trim_comma(std::string_view w) { return w.ends_with(",") ? w.substr(0, w.size() - 1) : w; }

    // "the Cuban people", "our Japanese compatriots": an adjective of a state
    // names the speaker only before a noun of its own people or institutions.
    unsigned weigh_adjective(std::string_view text, std::size_t at, std::size_t length) const {
        const std::string_view before = text.substr(at >= 8 ? at - 8 : 0, at >= 8 ? 8 : at);
        const std::string_view after = text.substr(at + length, 16);
        if (!follows(after, WordTable::speaker_own_nouns)) return 0;
        if (ends_with_folded(before, "our ") || ends_with_folded(before, "my ")) return 6;
        return ends_with_folded(before, "the ") ? 1 : 0;
    }

    // Whether `after` (the text after a name) opens with a verb of a position in the present, a stance
    // cue or a frame: "Djibouti reaffirms", "Saint Lucia congratulates", "Cuba rejects". A prescription
    // ("Israel must") is said of others, and the subject of an assessing verb is the thing judged ("Turkey
    // threatens").
    bool takes_position(std::string_view after) const {
        if (after.size() < 3 || after.front() != ' ' || !is_lower(after[1])) return false;
        after.remove_prefix(1);
        const std::size_t end = after.find_first_of(" ,.;:");
        const std::string_view word = after.substr(0, end);
        // "The Republic of the Congo is concerned about": a copula and a cue of state.
        if (word == "is" && end != std::string_view::npos) {
            if (auto cue = lexicon_.match(Phrases::stance_cue, after.substr(end + 1))) {
                return cue->value.find(":state:") != std::string_view::npos;
            }
            return false;
        }
        // "Cuba has reiterated", "Nepal has always supported": a cue in the perfect, past an adverb or two.
        if (word == "has" && end != std::string_view::npos) {
            std::string_view rest = after.substr(end + 1);
            for (int words = 0; words < 2; ++words) {
                const std::size_t n = list(WordTable::light_adverbs).opens(rest);
                if (n == 0 || n >= rest.size() || rest[n] != ' ') break;
                rest.remove_prefix(n + 1);
            }
            if (auto cue = lexicon_.match(Phrases::stance_cue, rest)) {
                return cue->value.find(":verb:") != std::string_view::npos && !cue->value.starts_with("prescribe") &&
                       !cue->value.starts_with("assess");
            }
            // A frame of saying in the regular past ("has reiterated", "has expressed"); "has given the matter
            // its attention" gives nothing.
            const std::string_view participle = rest.substr(0, rest.find(' '));
            return participle.ends_with("ed") && lexicon_.match(Phrases::stance_frame, rest).has_value();
        }
        if (word.size() < 3 || word.back() != 's' || word[word.size() - 2] == '\'') return false;
        // "Sudan, thanks to the strength of": because of, no thanks.
        if (starts_with_folded(after, "thanks to ")) return false;
        if (auto cue = lexicon_.match(Phrases::stance_cue, after)) {
            return cue->value.find(":verb:") != std::string_view::npos && !cue->value.starts_with("prescribe") &&
                   !cue->value.starts_with("assess");
        }
        return lexicon_.match(Phrases::stance_frame, after).has_value();
    }

    // Whether the frame that ends `before` follows "such as" or "as well as": "as well as the Prime Minister of
    // Norway" compares.
    bool compared(std::string_view before) const {
        const std::size_t as = before.rfind(" as ");
        if (as == std::string_view::npos || as == 0) return false;
        const std::size_t space = before.rfind(' ', as - 1);
        const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
        return list(WordTable::speaker_comparisons).contains(before.substr(from, as - from));
    }

    // The sentence around `at`, as far as ". " marks it, looked for at most `reach` bytes either way: a text
    // may have no sentence end at all, and every name is looked at. `opened` tells that its start was found.
    struct Around {
        std::size_t begin = 0, end = 0;
        bool opened = false;
    };
    static Around sentence_around(std::string_view text, std::size_t at) {
        constexpr std::size_t reach = 600;
        const std::size_t from = at > reach ? at - reach : 0;
        const std::size_t stop = std::min(text.size(), at + reach);
        Around a;
        const std::size_t back = text.substr(from, at - from).rfind(". ");
        a.begin = back == std::string_view::npos ? from : from + back + 2;
        a.opened = back != std::string_view::npos || from == 0;
        const std::size_t ahead = text.substr(at, stop - at).find(". ");
        a.end = ahead == std::string_view::npos ? stop : at + ahead;
        return a;
    }

    // Whether the sentence around `at` speaks in the first person: a frame names the speaker only there
    // ("As President of Colombia, I", not "As President of the Niger, his was one of the stable countries").
    bool first_person(std::string_view text, std::size_t at) const {
        const Around s = sentence_around(text, at);
        bool found = false;
        for_each_word(text.substr(s.begin, s.end - s.begin), [&](std::size_t b, std::size_t e) {
            found = found || list(WordTable::self_words).contains(text.substr(s.begin + b, e - b));
        });
        return found;
    }

    // Whether the speaker conveys the state's own position: "I reiterate Malawi's support", "We ratify Cuba's
    // determination"; not what it grants another ("We reaffirm Indonesia's sovereignty").
    bool conveyed(std::string_view before, std::string_view after) const {
        if (!after.starts_with("'s ") || !precedes(before, WordTable::speaker_conveying_verbs)) return false;
        std::string_view rest = after.substr(3);
        // Past an adjective or two: "Cameroon's continued", "Tuvalu's strong".
        for (int words = 0; words < 3 && !rest.empty(); ++words) {
            const std::size_t end = rest.find_first_of(" ,.;");
            if (list(WordTable::speaker_granted_nouns).contains(rest.substr(0, end))) return false;
            if (end == std::string_view::npos) break;
            rest.remove_prefix(end + 1);
        }
        return true;
    }

    // Whether what follows the name foretells rather than speaks in the state's voice: a sentence opened by a
    // condition ("If it goes on for 40 years, the United States will see"), a belief or hope of the speaker's
    // ("We hope that Greece will", "certainty that Iran will never"), "will not be able to".
    bool foretold(std::string_view text, std::size_t at, std::string_view before, std::string_view after) const {
        // "... that Greece will bring an end to those practices and that the European Union will stop".
        std::string_view clause = before;
        if (ends_with_folded(clause, " the ")) clause.remove_suffix(4);
        if (ends_with_folded(clause, " that ")) {
            clause.remove_suffix(6);
            if (list(WordTable::belief_words).ends(clause) || ends_with_folded(clause, " and")) return true;
        }
        std::string_view rest = after;
        for (std::string_view word : {" will ", " shall "}) {
            if (starts_with_folded(rest, word)) rest.remove_prefix(word.size() - 1);
        }
        if (rest.size() != after.size()) {
            if (const std::size_t n = list(WordTable::modal_negators).opens(rest.substr(1)); n != 0) rest.remove_prefix(n + 1);
            if (starts_with_folded(rest, " be ") && list(WordTable::forecast_complements).opens(rest.substr(4)) != 0) return true;
        }
        const Around s = sentence_around(text, at);
        if (!s.opened) return false;
        const std::string_view opening = text.substr(s.begin, at - s.begin);
        const std::size_t space = opening.find(' ');
        return space != std::string_view::npos && opening.find(", ") != std::string_view::npos &&
               list(WordTable::opening_conditions).contains(opening.substr(0, space));
    }

    // Whether the word before the name is a participle that takes it as object: "the fanatics ruling Iran will",
    // "including Israel, continues".
    static bool object_of_participle(std::string_view before) {
        if (ends_with_folded(before, " the ")) before.remove_suffix(4);
        if (!before.ends_with(' ')) return false;
        before.remove_suffix(1);
        const std::string_view word = before.substr(before.rfind(' ') + 1);
        return word.size() > 5 && word.ends_with("ing") && is_lower(word.front());
    }
    // Whether `after` opens with a possessive and, past a word or none, a noun of [speaker-own-nouns]: "'s
    // national Parliament", "'s people".
    bool owner_of_own(std::string_view after) const {
        if (!after.starts_with("'s ")) return false;
        after.remove_prefix(2);
        if (follows(after, WordTable::speaker_own_nouns)) return true;
        const std::size_t space = after.find(' ', 1);
        return space != std::string_view::npos && follows(after.substr(space), WordTable::speaker_own_nouns);
    }
    // Whether `after` opens with a possessive of a commitment noun, past an adjective or two: "France's
    // commitment is well known", "Kenya's steadfast determination to" (209 of 225 over the corpus). Other
    // nouns of position are as often another's: "Iran's support for its proxies", "Russia's war".
    bool own_position(std::string_view after) const {
        if (!after.starts_with("'s ")) return false;
        std::string_view rest = after.substr(3);
        for (int words = 0; words < 3 && !rest.empty() && is_lower(rest.front()); ++words) {
            if (auto cue = lexicon_.match(Phrases::stance_cue, rest)) {
                return cue->value.starts_with("commit:noun:");
            }
            const std::size_t space = rest.find(' ');
            if (space == std::string_view::npos) break;
            rest.remove_prefix(space + 1);
        }
        return false;
    }
    // Whether `after` opens with a prescribing cue: "has to", "must", "should".
    bool prescribed(std::string_view after) const {
        if (after.size() < 2 || after.front() != ' ') return false;
        const auto cue = lexicon_.match(Phrases::stance_cue, after.substr(1));
        return cue && cue->value.starts_with("prescribe");
    }
    // Whether the name ends what the speaker brings greetings from: "I bring greetings and best wishes from His
    // Excellency Mr. Adama Barrow, President of the Republic of the Gambia", "greetings from the Government
    // and the people of X". A delegation greets in the name of its own state.
    bool greeted_from(std::string_view text, std::size_t at) const {
        const std::string_view before = text.substr(at > 240 ? at - 240 : 0, std::min<std::size_t>(at, 240));
        if (!(before.ends_with("from ") || ends_with_folded(before, " of ") || ends_with_folded(before, " of the "))) return false;
        const std::size_t from = before.rfind(" from ");
        if (from == std::string_view::npos) return false;
        // No sentence or paragraph ends in between; the periods of initials and titles ("Dr. Yahya A.J.J.
        // Jammeh") do not. Returns where the text after the last break starts.
        auto after_break = [](std::string_view span) {
            std::size_t start = 0;
            for (std::size_t at = 0; at < span.size(); ++at) {
                if (span[at] == '\n') {
                    start = at + 1;
                } else if (span[at] == '.' && at + 1 < span.size() && span[at + 1] == ' ') {
                    std::size_t word = at;
                    while (word > 0 && span[word - 1] != ' ' && span[word - 1] != '\n') --word;
                    if (at - word > 3 && span.substr(word, at - word).find('.') == std::string_view::npos) start = at + 2;
                }
            }
            return start;
        };
        if (after_break(before.substr(from)) != 0) return false;
        std::string_view lead = before.substr(from > 120 ? from - 120 : 0, std::min<std::size_t>(from, 120));
        lead.remove_prefix(after_break(lead));
        bool greeting = false;
        for_each_word(lead, [&](std::size_t b, std::size_t e) {
            greeting = greeting || list(WordTable::speaker_greeting_words).contains(lead.substr(b, e - b));
        });
        return greeting;
    }

    // Whether the clause after a name says what the name does to others ("North Korea has, in a blatant manner,
    // repeatedly violated", "Israel continues to flout"): a state the statement accuses, not its own voice.
    bool acts_against(std::string_view text, std::size_t from) const {
        const std::string_view rest = text.substr(from, std::min<std::size_t>(text.size() - from, 96));
        std::size_t at = 0;
        for (int words = 0; words < 10 && at < rest.size(); ++words) {
            while (at < rest.size() && !is_lower(rest[at]) && !is_upper(rest[at])) {
                if (rest[at] == '.' || rest[at] == ';' || rest[at] == '?' || rest[at] == '!') return false;
                ++at;
            }
            std::size_t end = at;
            while (end < rest.size() && (is_lower(rest[end]) || is_upper(rest[end]))) ++end;
            if (end == rest.size() && end > at && from + end < text.size()) return false;  // a word cut off
            const std::string_view word = rest.substr(at, end - at);
            // Another clause ("Ukraine has defended itself since Russia invaded") or the passive ("Armenia was
            // attacked"), where the state is the one acted upon.
            if (list(WordTable::clause_openers).contains(word) || list(WordTable::passive_auxiliaries).contains(word)) {
                return false;
            }
            if (list(WordTable::speaker_hostile_verbs).contains(word)) return true;
            at = end;
        }
        return false;
    }
    // Whether the name follows a sentence's opening "In" ("In Antigua and Barbuda, we are").
    bool opens_on_in(std::string_view before) const {
        if (before.ends_with("the ")) before.remove_suffix(4);
        if (!before.ends_with("In ")) return false;
        before.remove_suffix(3);
        return opens_sentence(before);
    }
    // Whether the name (with its article) opens a sentence, also past an opening adverb.
    bool opens_sentence(std::string_view before) const {
        if (ends_with_folded(before, "the ")) before.remove_suffix(4);
        // Past one opening word: "Currently, Germany is", "Today, Kenya has".
        if (before.ends_with(", ")) {
            const std::string_view head = before.substr(0, before.size() - 2);
            const std::size_t space = head.find_last_of(" \n");
            const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
            const std::string_view word = head.substr(from);
            const bool adverb = (word.size() > 4 && word.ends_with("ly")) || list(WordTable::light_adverbs).contains(word);
            if (adverb && opens_sentence(head.substr(0, from))) return true;
        }
        return before.empty() || before.ends_with(". ") || before.ends_with(".\n") || before.ends_with("\n");
    }
    // Whether the sentence after the one around `at` opens with "We".
    static bool followed_by_we(std::string_view text, std::size_t at) {
        const Around s = sentence_around(text, at);
        if (s.end + 2 >= text.size()) return false;
        return text.substr(s.end + 2).starts_with("We ");
    }
    unsigned weigh(std::string_view text, std::size_t at, std::size_t length, bool group) const {
        const std::string_view before = text.substr(at >= 64 ? at - 64 : 0, at >= 64 ? 64 : at);
        // "involving my country, South Sudan and the Central African Republic": a list after the frame names
        // others.
        const auto listed = [&] {
            std::string_view next = text.substr(at + length, 12);
            if (next.starts_with(" and ")) {
                next.remove_prefix(5);
            } else if (next.starts_with(", ")) {
                next.remove_prefix(2);
            } else {
                return false;
            }
            if (next.starts_with("the ")) next.remove_prefix(4);
            return !next.empty() && is_upper(next.front());
        };
        if ((precedes(before, WordTable::speaker_self_frames) || own_state_apposition(before)) && !listed() &&
            !compared(before) && first_person(text, at)) {
            return self_weight;
        }
        if (precedes(before, WordTable::speaker_behalf_frames)) return behalf_weight;
        if (!group && greeted_from(text, at)) return self_weight;
        const std::string_view after = text.substr(at + length, 40);
        if (conveyed(before, after)) return self_weight;
        if (own_position(after)) return strong_weight;
        // "I come from Hungary", "back home in Liechtenstein": the speaker's own country. "In Austria, we ..." is as
        // often a place where we act ("in Yemen we focused", "in Egypt, we want"): a mention, no more.
        if (precedes(before, WordTable::speaker_home_frames)) return behalf_weight;
        // "In Antigua and Barbuda, we are playing our part": a sentence that opens on the place and goes on with
        // what we are or have there speaks of home (112 of 122 over the corpus).
        if (opens_on_in(before) && (after.starts_with(", we are ") || after.starts_with(", we have "))) {
            return strong_weight;
        }
        // "In Uganda's case, ...": the speaker's own case, set among others'.
        if (opens_on_in(before) && after.starts_with("'s ")) {
            const std::string_view noun = after.substr(3, after.find_first_of(" ,.", 3) - 3);
            if (list(WordTable::speaker_own_cases).contains(noun)) return strong_weight;
        }
        if (ends_with_folded(before, " in ") && (starts_with_folded(after, ", we ") || starts_with_folded(after, " we "))) {
            return 2;
        }
        if (precedes(before, WordTable::speaker_of_frames)) return 2;
        // A place where things happen, or the object of an act, is no self-reference:
        // "the war in Syria", "sanctions against Iran", "the Syrian regime".
        // ... but "elections to Jordan's national Parliament" names the speaker's own institution.
        if (before.size() >= 2 && before[before.size() - 1] == ' ' && !owner_of_own(after)) {
            const std::size_t space = before.rfind(' ', before.size() - 2);
            if (space != std::string_view::npos &&
                list(WordTable::speaker_place_words).contains(before.substr(space + 1, before.size() - space - 2))) {
                return 0;
            }
        }
        if (starts_with_folded(after, " regime") || starts_with_folded(after, "'s occupation")) return 0;
        // "Latin America", "Our America": a region named with a state's name.
        if (before.size() >= 2 && before.back() == ' ') {
            const std::size_t space = before.rfind(' ', before.size() - 2);
            const std::string_view word = before.substr(space == std::string_view::npos ? 0 : space + 1);
            if (list(WordTable::speaker_region_words).contains(word.substr(0, word.size() - 1))) return 0;
        }
        unsigned weight = 1;
        // A state that takes positions in the statement's own voice: "Austria
        // will submit", "Japan firmly supports", "China is ready to".
        // The last of a list ("involving my country, South Sudan and the Central African Republic will") is no
        // subject of its own.
        // ", and Armenia is committed" joins a clause.
        const bool last_of_list = (ends_with_folded(before, " and ") && !ends_with_folded(before, ", and ")) ||
                                  (ends_with_folded(before, " and the ") && !ends_with_folded(before, ", and the "));
        // "States members of the Caribbean Community will contribute": the name completes the head of the subject,
        // which is not the state ("the Union of the Comoros", "the people of Antigua and Barbuda" are).
        const bool completes = [&] {
            std::string_view head = before;
            if (ends_with_folded(head, " the ")) head.remove_suffix(4);
            if (!ends_with_folded(head, " of ")) return false;
            head.remove_suffix(4);
            const std::string_view noun = head.substr(head.rfind(' ') + 1);
            return !noun.empty() && is_lower(noun.front()) && !list(WordTable::speaker_own_nouns).contains(noun);
        }();
        const bool subject = !last_of_list && !completes;
        // Whether the name accused of harm is asked last, when a rule below would count its voice, and once.
        std::optional<bool> accusation;
        auto accused = [&] {
            if (!accusation) accusation = acts_against(text, at + length);
            return *accusation;
        };
        // A foretold "will" is looked for only where the name has a voice to lose: it reads the sentence around.
        // "Japan firmly supports", "Israel therefore pursues": an adverb says nothing of the voice; the verb after
        // it does.
        std::string_view verb = after;
        for (int words = 0; words < 2 && verb.size() > 1 && verb.front() == ' '; ++words) {
            std::size_t n = list(WordTable::light_adverbs).opens(verb.substr(1));
            if (n == 0) {
                // Any adverb in -ly: "Venezuela therefore formally requests".
                const std::size_t space = verb.find(' ', 1);
                const std::string_view word = verb.substr(1, space == std::string_view::npos ? 0 : space - 1);
                if (word.size() > 4 && word.ends_with("ly") && is_lower(word.front())) n = word.size();
            }
            if (n == 0 || n + 1 >= verb.size() || verb[n + 1] != ' ') break;
            verb.remove_prefix(n + 1);
        }
        if (subject && !object_of_participle(before) && !compared(before) &&
            (follows(verb, WordTable::speaker_voice_verbs) || takes_position(verb)) &&
            !foretold(text, at, before, after) && !accused()) {
            weight += 3;
        }
        // The weaker sign, too, needs a subject of its own, no obligation ("Israel has to embrace peace") and
        // nothing foretold ("certainty that Iran will never acquire").
        if (weight == 1 && subject && follows(after, WordTable::speaker_after_words) &&
            !prescribed(after) && !foretold(text, at, before, after) && !accused()) {
            weight += 1;
        }
        // "Slovakia understands the urgency for collective action. We pushed for": a state that opens a sentence
        // as its subject, the next going on with "We", is the speaker in the third person (821 of 887 over the
        // corpus); not a group the state belongs to, not "The US government", not one of "X and Y".
        if (weight < strong_weight && !group && subject && opens_sentence(before) &&
            after.size() > 2 && after[0] == ' ' && is_lower(after[1]) && !follows(after, WordTable::speaker_own_nouns) &&
            !lexicon_.match(Phrases::list_joiner, after.substr(1)) && followed_by_we(text, at) && !accused()) {
            weight = strong_weight;
        }
        return weight;
    }

    static constexpr unsigned strong_weight = 4;  // a mention that names the speaker: a frame or its own voice
    static constexpr unsigned behalf_weight = 8;  // "on behalf of X"
    static constexpr unsigned self_weight = 12;   // "my country, X", "as President of X"

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
    std::vector<std::pair<std::string_view, std::string_view>> names_;  // code, first name
};

}  // namespace

void find_speaker(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    SpeakerFinder(text, lexicon, document).run();
}

}  // namespace posext::detail
