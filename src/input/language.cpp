#include "input/language.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include <posext/detail/chars.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"

namespace posext::detail {
namespace {

// A statement tells its language in its first pages; the rest would only cost time.
constexpr std::size_t sample_bytes = 4 * 1024;
// An English text shows so within its first few hundred words; past this many English common words,
// with fewer of any other language's, the count stops.
constexpr std::size_t enough_english = 12;
// Fewer letters or common words than these decide nothing: a title, a list of names.
constexpr std::size_t min_letters = 200;
constexpr std::size_t script_bytes = 1024;
constexpr std::size_t min_words = 20;
constexpr std::size_t min_script_letters = 50;

struct Letters {
    std::size_t latin = 0, cyrillic = 0, arabic = 0, han = 0;
    [[nodiscard]] std::size_t all() const noexcept { return latin + cyrillic + arabic + han; }
};

// Counts letters by script from UTF-8 lead bytes: Latin (ASCII and U+00C0..U+024F), Cyrillic
// (U+0400..U+04FF), Arabic (U+0600..U+06FF) and CJK ideographs (U+4E00..U+9FFF), one table lookup a byte.
Letters count_letters(std::string_view text) noexcept {
    enum : std::uint8_t { other, latin, cyrillic, arabic, han };
    static constexpr auto script = [] {
        std::array<std::uint8_t, 256> table{};
        for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = latin;
        for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = latin;
        for (int c = 0xC3; c <= 0xC9; ++c) table[static_cast<std::size_t>(c)] = latin;
        table[0xD0] = table[0xD1] = cyrillic;
        for (int c = 0xD8; c <= 0xDB; ++c) table[static_cast<std::size_t>(c)] = arabic;
        for (int c = 0xE4; c <= 0xE9; ++c) table[static_cast<std::size_t>(c)] = han;
        return table;
    }();
    std::array<std::size_t, 5> n{};
    for (const char c : text) ++n[script[static_cast<unsigned char>(c)]];
    return {n[latin], n[cyrillic], n[arabic], n[han]};
}

}  // namespace

void check_language(std::string_view input, std::uint32_t start, const Lexicon& lexicon, Document& document) {
    // Cut at a character boundary, so that a word is never read half.
    const std::string_view text = whole_chars(input.substr(start), sample_bytes);
    // A kilobyte shows the script; the common words may need more of the text.
    const std::string_view head = whole_chars(text, script_bytes);
    const Letters letters = count_letters(head);
    // The script first: a statement in Cyrillic, Arabic or Chinese characters is no English (a
    // Chinese character is a word's worth of letters, so fewer of them tell).
    std::string_view code;
    if (letters.cyrillic >= min_script_letters && 2 * letters.cyrillic > letters.all()) {
        code = "ru";
    } else if (letters.arabic >= min_script_letters && 2 * letters.arabic > letters.all()) {
        code = "ar";
    } else if (letters.han >= min_script_letters && 4 * letters.han > letters.all()) {
        code = "zh";
    } else {
        if (letters.latin < min_letters) return;
        // In Latin letters, the language whose common words the text uses most.
        const PhraseFilter common = phrase_filter(lexicon, Phrases::language_word);
        std::vector<std::pair<std::string_view, std::size_t>> counts;
        std::size_t words = 0, english_so_far = 0, other_so_far = 0;
        for (std::size_t i = 0; i < text.size() && !(english_so_far >= enough_english && other_so_far < english_so_far);) {
            if (!is_word_byte(text[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < text.size() && is_word_byte(text[end])) ++end;
            if (end - i <= 8 && common.may_open(text.substr(i, end - i))) {
                if (auto found = lexicon.match(Phrases::language_word, text.substr(i)); found && found->length == end - i) {
                    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == found->value; });
                    if (it == counts.end()) {
                        counts.emplace_back(found->value, 0);
                        it = counts.end() - 1;
                    }
                    ++it->second;
                    ++words;
                    if (it->first == "en") english_so_far = it->second;
                    else other_so_far = std::max(other_so_far, it->second);
                }
            }
            i = end;
        }
        if (words < min_words) return;
        std::size_t english = 0;
        std::pair<std::string_view, std::size_t> best{"", 0};
        for (const auto& c : counts) {
            if (c.first == "en") english = c.second;
            else if (c.second > best.second) best = c;
        }
        // Names and quotations bring a few foreign words into any English text: another language
        // must use twice as many of its own.
        if (best.second <= 2 * english) return;
        code = best.first;
    }
    document.language = std::string(code);
    const auto name = lexicon.first_form(Phrases::language_name, code);
    document.diagnostics.push_back(
        {Severity::note, "input.not-english",
         "the text looks like " + (name ? std::string(*name) + " (" + std::string(code) + ")" : std::string(code)) +
             ", not English; posext reads English, so its layers find little or nothing",
         {start, start}});
}

}  // namespace posext::detail
