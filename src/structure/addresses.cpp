// Addresses: the opening salutation, vocatives inside the text, and the closing formula.
#include "structure/finders.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>

#include <posext/grammar/x3/address.hpp>
#include <posext/grammar/x3/argument.hpp>
#include <posext/grammar/x3/speaker.hpp>

#include "grammar/addressees.hpp"
#include "lexicon/prefilter.hpp"

namespace posext::detail {
namespace {

using grammar::rules::AddressMatch;

// A cheap test before the salutation grammar: its first word opens a title,
// a modifier or an addressee.
bool may_salute(std::string_view text, const Lexicon& lexicon) {
    std::string_view word = first_word(text);
    for (int pass = 0; pass < 2; ++pass) {
        for (Phrases table : {Phrases::honorific, Phrases::address_modifier, Phrases::addressee}) {
            if (lexicon.may_open(table, word)) return true;
        }
        if (word.empty() || word.back() != '.') break;
        word.remove_suffix(1);
    }
    return false;
}

std::optional<AddressMatch> salutation(std::string_view text, const Lexicon& lexicon) {
    if (!may_salute(text, lexicon)) return std::nullopt;
    return grammar::rules::parse_salutation(text, lexicon);
}

Address make_address(const SegmentedText& view, const AddressMatch& match, AddressKind kind) {
    Address address;
    address.kind = kind;
    address.span = view.span(match.begin, match.end);
    address.addressees = addressees_of(match, view);
    return address;
}

// What opens a statement before its salutation and is neither address nor
// substance: a speaker line, a customary or religious formula, a title line.
std::string_view skip_preamble(std::string_view sentence, const Lexicon& lexicon) {
    if (auto line = grammar::rules::parse_speaker_line(sentence, lexicon)) {
        sentence = skip_space(sentence.substr(static_cast<std::size_t>(line->end - sentence.data())));
    }
    return sentence;
}

// A paragraph number ("2.  Mr. President, ...") before the words of a sentence.
std::string_view skip_number(std::string_view sentence, const Lexicon& lexicon) {
    if (auto number = grammar::rules::parse_numbered_marker(sentence, lexicon)) {
        return skip_space(sentence.substr(static_cast<std::size_t>(number->end - sentence.data())));
    }
    return sentence;
}

struct AddressFinder {
    const SegmentedText& view;
    const Lexicon& lexicon;
    Document& document;
    std::vector<char>& vocative_sentence;  // 1 where a sentence opens with a vocative
    std::size_t& closing_sentence;

    void run() {
        const std::size_t n = view.sentences();
        find_closing();
        std::size_t k = opening();
        for (; k < n; ++k) {
            if (k == closing_sentence) continue;
            std::string_view s = skip_number(view.sentence(k), lexicon);
            // A vocative may follow an opening connective: "So, colleagues, ...", "First of all, Mr. President, I ...".
            if (auto opener = lexicon.match(Phrases::address_opener, s)) {
                std::string_view rest = s.substr(opener->length);
                if (!rest.empty() && rest.front() == ',') rest.remove_prefix(1);
                if (!rest.empty() && rest.front() == ' ') {
                    rest.remove_prefix(1);
                    if (auto match = salutation(rest, lexicon); match && vocative_fits(*match, rest)) {
                        document.addresses.push_back(make_address(view, *match, AddressKind::vocative));
                        vocative_sentence[k] = 1;
                        continue;
                    }
                }
            }
            if (auto match = salutation(s, lexicon); match && vocative_fits(*match, s)) {
                vocative_sentence[k] = 1;
                // A salutation over several lines: "Mr. President," / "Excellencies…".
                while (match->end == s.data() + s.size() && (match->end[-1] == ',' || match->end[-1] == ';') &&
                       k + 1 < n && k + 1 != closing_sentence) {
                    std::string_view next = view.sentence(k + 1);
                    auto more = salutation(next, lexicon);
                    if (!more || more->end != next.data() + next.size()) break;
                    match->addressees.insert(match->addressees.end(), more->addressees.begin(), more->addressees.end());
                    match->end = more->end;
                    s = next;
                    vocative_sentence[++k] = 1;
                }
                document.addresses.push_back(make_address(view, *match, AddressKind::vocative));
            }
        }
        if (closing_sentence < n) {
            std::string_view s = view.sentence(closing_sentence);
            std::vector<grammar::rules::AddresseeMatch> before;
            const std::string_view rest = after_vocatives(s, before);
            if (auto match = grammar::rules::parse_closing(rest, lexicon)) {
                match->begin = s.data();
                match->addressees.insert(match->addressees.begin(), before.begin(), before.end());
                document.addresses.push_back(make_address(view, *match, AddressKind::closing));
            }
        }
    }

    // A vocative either is the whole sentence or is followed by its clause: "Mr. President, allow me ...".
    static bool vocative_fits(const AddressMatch& match, std::string_view sentence) {
        const char* end = sentence.data() + sentence.size();
        if (match.end == end) return true;
        const char mark = match.end[-1];
        return mark == ',' || mark == ':' || mark == ';' || mark == '!' || mark == '.' ||
               static_cast<unsigned char>(mark) == 0xA6;  // the last byte of "…"
    }

    // The salutation before the first substantive sentence, over as many
    // sentences and paragraphs as it takes. Returns the first sentence after it.
    std::size_t opening() {
        const std::size_t n = view.sentences();
        AddressMatch opening;
        bool found = false;
        bool partial = false;  // the sentence where it stopped began with the salutation's end
        std::size_t skipped = ~std::size_t{0};
        std::size_t previous = ~std::size_t{0};
        std::size_t k = 0;
        for (; k < n && k != closing_sentence; ++k) {
            const std::size_t p = document.sentences[k].paragraph;
            const bool paragraph_start = p != previous;
            previous = p;
            std::string_view s = view.sentence(k);
            if (k == 0) s = skip_preamble(s, lexicon);
            if (found && lexicon.match(Phrases::customary_opening, s)) continue;  // "Good afternoon."
            if (!found && p < 4) {
                // Before the salutation: a customary formula, and a short title line.
                // A paragraph they open is passed over unless the salutation follows.
                if (p == skipped) continue;
                if (auto custom = lexicon.match(Phrases::customary_opening, s)) {
                    std::string_view rest = s.substr(custom->length);
                    while (!rest.empty() && (rest.front() == ',' || rest.front() == '.' || rest.front() == '!' ||
                                             rest.front() == ' ' || rest.front() == ':' || rest.front() == ';')) {
                        rest.remove_prefix(1);
                    }
                    if (rest.empty() || !salutation(rest, lexicon)) {
                        skipped = p;
                        continue;
                    }
                    s = rest;
                } else if (paragraph_start && is_title(p)) {
                    skipped = p;
                    continue;
                }
            }
            bool whole = false;
            std::string_view rest = s;
            while (!rest.empty()) {
                auto match = salutation(rest, lexicon);
                if (!match || !vocative_fits(*match, rest)) break;
                if (!found) opening.begin = match->addressees.front().begin;
                found = true;
                partial = true;
                opening.end = match->end;
                opening.addressees.insert(opening.addressees.end(), match->addressees.begin(), match->addressees.end());
                rest = skip_space(rest.substr(static_cast<std::size_t>(match->end - rest.data())));
                whole = rest.empty();
            }
            if (!whole) break;
            partial = false;
        }
        if (!found) return 0;
        document.addresses.push_back(make_address(view, opening, AddressKind::opening));
        return partial ? k + 1 : k;
    }

    bool is_title(std::size_t p) const {
        std::string_view text = view.paragraph(p);
        if (text.empty() || count_words(text) > 15) return false;
        const char last = text.back();
        return last != '.' && last != ',' && last != ':' && last != ';' && last != '!' && last != '?' &&
               !salutation(text, lexicon);
    }

    // "Mr President, Fellow leaders of our world, I thank you for your attention.": the vocatives a closing
    // formula may follow, each ending with a comma; their addressees go to `out`. Returns the rest.
    std::string_view after_vocatives(std::string_view s, std::vector<grammar::rules::AddresseeMatch>& out) const {
        std::string_view rest = s;
        while (auto match = salutation(rest, lexicon)) {
            if (match->end == rest.data() + rest.size() || match->end[-1] != ',') break;
            out.insert(out.end(), match->addressees.begin(), match->addressees.end());
            rest = skip_space(rest.substr(static_cast<std::size_t>(match->end - rest.data())));
        }
        return rest;
    }

    // The closing formula is one of the last sentences; what follows it is short ("God bless you.").
    void find_closing() {
        const std::size_t n = view.sentences();
        for (std::size_t back = 0; back < 3 && back < n; ++back) {
            const std::size_t k = n - 1 - back;
            std::string_view s = view.sentence(k);
            if (count_words(s) > 24) break;
            std::vector<grammar::rules::AddresseeMatch> before;
            if (grammar::rules::parse_closing(after_vocatives(s, before), lexicon)) {
                closing_sentence = k;
                return;
            }
        }
    }
};

}  // namespace

AddressOutline find_addresses(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    AddressOutline outline;
    outline.vocative.assign(text.sentences(), 0);
    AddressFinder{text, lexicon, document, outline.vocative, outline.closing_sentence}.run();
    std::sort(document.addresses.begin(), document.addresses.end(),
              [](const Address& a, const Address& b) { return a.span.begin < b.span.begin; });
    return outline;
}

}  // namespace posext::detail
