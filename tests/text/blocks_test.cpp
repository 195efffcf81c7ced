// The 64-byte class masks and the word splitter built on them, against byte-by-byte references.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/blocks.hpp"

using posext::detail::BlockClasses;
using posext::detail::classify_block;
using posext::detail::classify_block_bytewise;
using posext::detail::for_each_word;

namespace {

using Words = std::vector<std::pair<std::size_t, std::size_t>>;

Words words_of(const std::string& text) {
    Words out;
    for_each_word(text, [&](std::size_t b, std::size_t e) { out.emplace_back(b, e); });
    return out;
}

std::vector<std::string> forms(const std::string& text) {
    std::vector<std::string> out;
    for (auto [b, e] : words_of(text)) out.push_back(text.substr(b, e - b));
    return out;
}

// The rule, one byte at a time: a word starts at a word byte and goes on over
// word bytes, '-', '\'' and a '.' before a word byte; trailing '-' and '\'' are
// not part of it. 0xE2 and the two bytes after it are a mark, not a word byte.
Words reference_words(const std::string& s) {
    auto word_byte_at = [&s](std::size_t i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((i >= 1 && s[i - 1] == '\xE2') || (i >= 2 && s[i - 2] == '\xE2')) return false;
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || (b >= 0x80 && b != 0xE2);
    };
    Words out;
    std::size_t p = 0;
    while (p < s.size()) {
        while (p < s.size() && !word_byte_at(p)) ++p;
        if (p >= s.size()) break;
        const std::size_t b = p;
        while (p < s.size()) {
            const auto c = static_cast<unsigned char>(s[p]);
            if (word_byte_at(p) || c == '-' || c == '\'') {
                ++p;
            } else if (c == '.' && p + 1 < s.size() && word_byte_at(p + 1)) {
                ++p;
            } else {
                break;
            }
        }
        std::size_t e = p;
        while (e > b && (s[e - 1] == '-' || s[e - 1] == '\'')) --e;
        out.emplace_back(b, e);
    }
    return out;
}

}  // namespace

TEST_CASE("the vector masks equal the byte-by-byte masks on every byte value") {
    std::string block(64, ' ');
    for (int start = 0; start < 256; start += 64) {
        for (int i = 0; i < 64; ++i) block[static_cast<std::size_t>(i)] = static_cast<char>(start + i);
        const BlockClasses fast = classify_block(block.data());
        const BlockClasses slow = classify_block_bytewise(block.data());
        CHECK(fast.word == slow.word);
        CHECK(fast.mark_lead == slow.mark_lead);
        CHECK(fast.upper == slow.upper);
        CHECK(fast.opener == slow.opener);
    }
}

TEST_CASE("words keep their inner joiners and dots, not the marks around them") {
    CHECK(forms("We support the U.N. Charter.") == std::vector<std::string>{"We", "support", "the", "U.N", "Charter"});
    CHECK(forms("well-being, Côte d'Ivoire's") == std::vector<std::string>{"well-being", "Côte", "d'Ivoire's"});
    CHECK(forms("'quoted' -- dash- end") == std::vector<std::string>{"quoted", "dash", "end"});
    CHECK(forms("a..b a.-b a-.b") == std::vector<std::string>{"a", "b", "a", "b", "a-.b"});
    // A dash or curly quote between words is a mark, even without spaces, and
    // no word starts inside it.
    CHECK(forms("so\xE2\x80\x94" "and \xE2\x80\x9C" "firm\xE2\x80\x9D \xE2\x82\xAC" "10") ==
          std::vector<std::string>{"so", "and", "firm", "10"});
    CHECK(forms("").empty());
    CHECK(forms("...").empty());
}

TEST_CASE("words across the 64-byte blocks equal the byte-by-byte rule on random text") {
    std::mt19937 random(20261129);
    const std::string alphabet = "ab Z9.-' ,;\xC3\xA9\xE2\x80\x94()\"\n";
    for (int round = 0; round < 2000; ++round) {
        std::string text(random() % 300, ' ');
        for (char& c : text) c = alphabet[random() % alphabet.size()];
        REQUIRE(words_of(text) == reference_words(text));
    }
}

TEST_CASE("find_any_of4 finds the first of four bytes, 16 at a time and in the tail") {
    using posext::detail::find_any_of4;
    CHECK(find_any_of4("no end here", 0, '.', '!', '?', '\xE2') == 11);
    CHECK(find_any_of4("A long first sentence without a mark. Then!", 0, '.', '!', '?', '\xE2') == 36);
    CHECK(find_any_of4("A long first sentence without a mark. Then!", 37, '.', '!', '?', '\xE2') == 42);
    std::mt19937 random(7);
    const std::string alphabet = "ab .!?\xE2\x80";
    for (int round = 0; round < 2000; ++round) {
        std::string text(random() % 100, ' ');
        for (char& c : text) c = alphabet[random() % alphabet.size()];
        const std::size_t from = text.empty() ? 0 : random() % text.size();
        REQUIRE(find_any_of4(text, from, '.', '!', '?', '\xE2') ==
                std::min(text.find_first_of(".!?\xE2", from), text.size()));
    }
}

TEST_CASE("for_each_folded_hit finds every place a key starts, in any case, 16 at a time and in the tail") {
    using posext::detail::for_each_folded_hit;
    auto hits = [](std::string_view text, std::size_t from, const std::vector<std::string>& keys) {
        std::vector<std::size_t> out;
        for_each_folded_hit(text, from, keys, [&](std::size_t at) { out.push_back(at); });
        return out;
    };
    const std::string text = "Recalling resolution 2254 (2015) and RES. 75/1, the Council resolved";
    CHECK(hits(text, 0, {"res"}) == std::vector<std::size_t>{10, 37, 60});
    CHECK(hits(text, 11, {"res"}) == std::vector<std::size_t>{37, 60});
    CHECK(hits(text, 0, {"res", "rec"}) == std::vector<std::size_t>{0, 10, 37, 60});
    CHECK(hits("aon", 0, {"aon"}) == std::vector<std::size_t>{0});
    CHECK(hits("ao", 0, {"aon"}).empty());
    CHECK(hits(text, 0, {}).empty());
    // Against a byte-by-byte search: every hit found, in order, and each one a folded match.
    std::mt19937 random(2026);
    const std::string alphabet = "reSRs. o\xC3\xA9";
    // Three keys, and more keys than are compared 16 positions at a time.
    for (const std::vector<std::string>& keys : {std::vector<std::string>{"res", "s.", "o"},
                                                 std::vector<std::string>{"re", "es", "s.", ". ", "o", "e", "R", "Se", "\xC3\xA9"}}) {
        for (int round = 0; round < 2000; ++round) {
            std::string sample(random() % 80, ' ');
            for (char& c : sample) c = alphabet[random() % alphabet.size()];
            const std::size_t from = sample.empty() ? 0 : random() % sample.size();
            std::vector<std::size_t> expected;
            for (std::size_t i = from; i < sample.size(); ++i) {
                for (const std::string& key : keys) {
                    bool same = i + key.size() <= sample.size();
                    for (std::size_t k = 0; same && k < key.size(); ++k) same = (sample[i + k] | 0x20) == (key[k] | 0x20);
                    if (same) {
                        expected.push_back(i);
                        break;
                    }
                }
            }
            REQUIRE(hits(sample, from, keys) == expected);
        }
    }
}
