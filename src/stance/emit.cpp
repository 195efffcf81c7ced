// A stance as the document holds it: its polarity, roles, intensity, span and argument, and its target
// trimmed where the next stance of its sentence starts.
#include <algorithm>
#include <optional>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
          bool negated) {
    const std::uint32_t base = view_.sentence_begin(k);
    auto span_of = [&](Phrase p) { return phrase_span(k, s, p); };
    Stance st;
    st.sentence = k;
    st.type = cue.type;
    st.negated = negated;
    st.polarity = negated && (cue.type == StanceType::support || cue.type == StanceType::prescribe ||
                              cue.type == StanceType::appeal || cue.type == StanceType::commit)
                      ? Polarity::negative
                      : cue.polarity;
    st.cue = view_.span(base + words_[i].begin, base + words_[j].end);
    Roles found;
    roles(s, i, j, clause, cue, found);
    if (auto thing = relative_object(s, i, j, clause, cue)) found.target = thing;
    holder_of(k, s, i, j, clause, cue, found, st);
    // "we'll beat it strongly": the subject inside the cue's word.
    if (!st.holder.span && st.holder.kind == HolderKind::speaker && own_will(s, i)) {
        st.holder.span = view_.span(base + words_[i].begin, base + words_[i].end - 3);
    }
    // "we hope that Member States will once again support us", "Members will agree that": what another party
    // will do is a forecast, no position it holds (the speaker's "will" commits; another's foretells).
    // Not a state ("expanding the membership would be welcome" is the speaker's judgement), nor a wish ("would
    // like to thank": the holder may be the speaker's own Government, taken for another party).
    if (st.holder.kind == HolderKind::third_party && cue.word_class == Cue::Class::verb) {
        for (std::size_t w = i; w > clause && (is_adverb(s, w - 1) || word_in(s, words_[w - 1], list(WordTable::verb_chain_words)));
             --w) {
            if (word_in(s, words_[w - 1], list(WordTable::infinitive_licensers))) break;
            // "would be welcome": an adjective after "be", the speaker's judgement ("will be welcomed by" foretells).
            if (word_in(s, words_[w - 1], list(WordTable::passive_auxiliaries)) && !form_of(s, i).ends_with("ed")) break;
            if (word_is(s, words_[w - 1], "will") || word_is(s, words_[w - 1], "would")) return false;
        }
    }
    if (found.addressee) st.addressee = span_of(*found.addressee);
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
    if (found.target) {
        st.target = span_of(*found.target);
        // "We won't accept this slide… Into greater and greater conflict": a target that runs to a
        // sentence's closing ellipsis goes on over the sentences its pause joins in the paragraph.
        if (found.target->first > j && found.target->last + 1 == words_.size()) {
            std::size_t next = k;
            auto pause_at_end = [&](std::size_t m) {
                std::string_view text = view_.sentence(m);
                while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
                return text.ends_with("\xE2\x80\xA6") || text.ends_with("...");
            };
            // Speeches set out with a pause per line ("ceasefire…", blank line, "To provide space …")
            // are joined across one blank line; more, or anything else between, is a break.
            auto joined = [&](std::size_t m) {
                const Span a = view_.span(view_.sentence_begin(m), view_.sentence_end(m));
                const Span b = view_.span(view_.sentence_begin(m + 1), view_.sentence_end(m + 1));
                if (b.begin < a.end) return false;
                std::size_t lines = 0;
                for (const char c : view_.input.substr(a.end, b.begin - a.end)) {
                    if (c == '\n') ++lines;
                    else if (c != ' ' && c != '\r' && c != '\t') return false;  // furniture between them
                }
                return lines <= 2;
            };
            // Not over a new clause of the speaker's ("… And we are working", "…I repeat we must") or a new
            // stance ("… Committed to returning").
            auto opens_clause = [&](std::size_t m) {
                std::string_view text = view_.sentence(m);
                while (!text.empty() && !is_word_byte(text.front())) text.remove_prefix(1);
                std::size_t end = 0;
                while (end < text.size() && is_word_byte(text[end])) ++end;
                std::string_view first = text.substr(0, end);
                if (list(WordTable::coordinators).contains(first)) {
                    text.remove_prefix(std::min(text.size(), end + 1));
                    end = 0;
                    while (end < text.size() && is_word_byte(text[end])) ++end;
                    first = text.substr(0, end);
                }
                return list(WordTable::self_subjects).contains(first) || list(WordTable::new_subjects).contains(first) ||
                       (cues_.may_open(first) && lexicon_.match(Phrases::stance_cue, text).has_value());
            };
            while (next + 1 < view_.sentences() && next < k + 6 && pause_at_end(next) && joined(next) && !opens_clause(next + 1)) {
                ++next;
            }
            if (next != k) {
                std::uint32_t end = view_.sentence_end(next);
                const std::string_view text = view_.text();
                // Back over closing marks and the pause itself ("…", whose bytes past the first count as letters).
                while (end > view_.sentence_begin(next)) {
                    if (end >= 3 && text.substr(end - 3, 3) == "\xE2\x80\xA6") {
                        end -= 3;
                    } else if (!is_word_byte(text[end - 1])) {
                        --end;
                    } else {
                        break;
                    }
                }
                st.target = view_.span(base + words_[found.target->first].begin, end);
            }
        }
    }
    std::size_t last = j;
    if (!words_[j].clause_end) last = clause_last(j);
    if (found.target && found.target->first > j) last = std::max(last, found.target->last);
    st.span = view_.span(base + words_[clause].begin, base + words_[std::max(last, j)].end);
    // The stance covers its roles in its sentence: a holder named after the cue ("endorsed by the
    // Council"), a judged thing before it. A target carried over a pause runs on past it.
    const Span sentence = view_.span(view_.sentence_begin(k), view_.sentence_end(k));
    for (const std::optional<Span>& role : {st.holder.span, st.addressee, st.target}) {
        if (!role) continue;
        st.span.begin = std::max(sentence.begin, std::min(st.span.begin, role->begin));
        st.span.end = std::min(sentence.end, std::max(st.span.end, role->end));
    }
    if (const Argument* inside = argument_of_[k]) {
        st.argument = static_cast<std::size_t>(inside - document_.arguments.data());
    }
    document_.stances.push_back(st);
    emitted_.push_back({document_.stances.size() - 1, i, found.target && found.target->first > j ? found.target->first : 0,
                        found.target && found.target->first > j ? found.target->last : 0, found.holder, j});
    return true;
}

void StanceFinder::trim_targets(std::size_t k, std::string_view s) {
    // A target ends before "and" that joins the next stance of its sentence to it: "We advocate
    // for X and call for Y", "welcome the start of negotiations and will support".
    const std::uint32_t base = view_.sentence_begin(k);
    for (std::size_t m = 0; m + 1 < emitted_.size(); ++m) {
        Emitted& e = emitted_[m];
        const std::size_t next = emitted_[m + 1].cue;
        if (e.target_first == 0 || next <= e.target_first || next > e.target_last) continue;
        std::size_t a = next;
        while (a > e.target_first && !word_in(s, words_[a - 1], list(WordTable::coordinators)) &&
               (word_in(s, words_[a - 1], list(WordTable::verb_chain_words)) ||
                word_in(s, words_[a - 1], list(WordTable::light_adverbs)) ||
                word_in(s, words_[a - 1], list(WordTable::new_subjects)))) {
            --a;
        }
        // "Algeria, which supports ... in complete freedom, appreciates": the comma that closes a relative
        // set off by commas ends its stance's target where the main clause's stance starts.
        if (a == next && a > e.target_first + 1 && comma_after(s, a - 1) && set_off_relative(s, words_[e.cue].clause)) {
            e.target_last = a - 1;
            document_.stances[e.stance].target = view_.span(base + words_[e.target_first].begin, base + words_[e.target_last].end);
            continue;
        }
        if (a <= e.target_first + 1 || !word_in(s, words_[a - 1], list(WordTable::coordinators))) continue;
        // "demands the sustained attention and support of the international community": a noun with its "of",
        // joined to the object, is part of it.
        if (a == next && next + 1 < words_.size() && !words_[next].clause_end && word_is(s, words_[next + 1], "of") &&
            is_lower(s[words_[a - 2].begin]) && !comma_after(s, a - 2)) {
            continue;
        }
        e.target_last = a - 2;
        document_.stances[e.stance].target = view_.span(base + words_[e.target_first].begin, base + words_[e.target_last].end);
    }
    // A holder before an earlier stance's clause ("Algeria, which supports ..., appreciates") moves its stance's start
    // before that stance's: the sentence's stances stay in the order of their starts.
    // An insertion in place: out of order is rare, and a stable sort would take a buffer for every sentence.
    if (!emitted_.empty()) {
        const auto first = document_.stances.begin() + static_cast<std::ptrdiff_t>(emitted_.front().stance);
        const auto by_start = [](const Stance& a, const Stance& b) { return a.span.begin < b.span.begin; };
        for (auto it = first; it != document_.stances.end(); ++it) {
            if (it == first || !by_start(*it, *(it - 1))) continue;
            std::rotate(std::upper_bound(first, it, *it, by_start), it, it + 1);
        }
    }
    emitted_.clear();
}

}  // namespace posext::detail
