// The normalised view of the input that matching reads, with each byte's offset in the input.
#include "input/input.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <iterator>
#include <span>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"
#include "text/blocks.hpp"

namespace posext::detail {

namespace {

// A byte of a word that a line-end hyphen may split: a letter or any non-ASCII byte. Unlike
// is_word_byte (chars.hpp), no digit: a hyphen after a digit ("2030-") breaks no word.
constexpr bool is_hyphenated_word_byte(char c) noexcept {
    return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Builds the normalised view; kept in one object so that the hot loop has
// its state in registers rather than scattered across lambdas.
// The offsets first, first + 1, ... as an iterator, so that a run of kept bytes appends its origins
// in one insert: resizing first would write every new element twice.
struct Counting {
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::uint32_t*;
    using reference = std::uint32_t;

    std::uint32_t value = 0;

    std::uint32_t operator*() const noexcept { return value; }
    Counting& operator++() noexcept {
        ++value;
        return *this;
    }
    Counting operator++(int) noexcept { return Counting{value++}; }
    Counting& operator--() noexcept {
        --value;
        return *this;
    }
    Counting& operator+=(difference_type n) noexcept {
        value = static_cast<std::uint32_t>(static_cast<difference_type>(value) + n);
        return *this;
    }
    friend difference_type operator-(Counting a, Counting b) noexcept {
        return static_cast<difference_type>(a.value) - static_cast<difference_type>(b.value);
    }
    friend bool operator==(Counting a, Counting b) noexcept { return a.value == b.value; }
};

class Normalizer {
public:
    Normalizer(std::string_view input, const Lexicon& lexicon, NormalText& out, Furniture furniture, DocumentWords& words,
               Glue* glue)
        : input_(input), lexicon_(lexicon), out_(out), words_(words), glue_(glue),
          furniture_(furniture == Furniture::drop) {}

    void run(Span range) {
        const std::size_t first_byte = out_.text.size();
        run_bytes(range);
        unglue(first_byte);
    }

private:
    void run_bytes(Span range) {
        std::uint32_t i = range.begin;
        const std::uint32_t end = range.end;
        bool line_start = true;
        for (std::uint32_t k = i; k > 0;) {  // does the range begin a line?
            std::uint32_t s = space_before(input_, k);
            if (s == 0) {
                line_start = input_[k - 1] == '\n' || input_[k - 1] == '\r';
                break;
            }
            if (input_[k - 1] == '\n' || input_[k - 1] == '\r') break;
            k -= s;
        }
        bool range_start = true;
        while (i < end) {
            if (line_start) {
                line_start = false;
                i = skip_line_furniture(i, end, range_start);
                continue;
            }
            const auto c = static_cast<unsigned char>(input_[i]);
            if (c == '\n' || c == '\r') {
                line_break(i);
                i += (c == '\r' && i + 1 < end && input_[i + 1] == '\n') ? 2 : 1;
                line_start = true;
                continue;
            }
            if (c < 0x80) {
                if (is_ascii_space(static_cast<char>(c))) {
                    space(i);
                    ++i;
                } else if (c == '*' || c == '_') {
                    i = emphasis(i, end);
                } else {
                    i = plain_run(i, end);
                    range_start = false;
                }
                continue;
            }
            i = non_ascii(i);
            range_start = false;
        }
    }

    // OCR glues a short word to the next ("ofthe", "ofresolution", "show ofhands"), which then hides
    // that word from every rule. A word of [glued-prefixes] after a space and the rest are split when the rest is capitalised ("ofUkraine"), a word of
    // [glued-words], or a word of four letters or more that the document writes alone. The rest never
    // opens with the prefix's last letter ("offer", "office"), and "often" keeps its "ten", too short.
    void unglue(std::size_t from) {
        if (glue_ == nullptr || glue_->candidates.empty()) return;
        std::string& t = out_.text;
        std::vector<std::uint32_t>& origin = out_.origin;
        if (from >= t.size()) return;
        // The candidates of this paragraph: those between its first and last input bytes.
        auto candidate = std::lower_bound(glue_->candidates.begin(), glue_->candidates.end(), origin[from]);
        std::vector<std::uint32_t> splits;  // where a space goes, in t
        std::size_t k = from;
        for (; candidate != glue_->candidates.end() && *candidate <= origin.back(); ++candidate) {
            while (k < t.size() && origin[k] < *candidate) ++k;
            const std::size_t rest = k;
            if (rest >= t.size() || origin[rest] != *candidate || rest < from + 2) continue;
            // The prefix as it stands in the normalised text, after a space or at the paragraph's start.
            std::size_t at = rest;
            while (at > from && is_lower(t[at - 1])) --at;
            if (at > from && t[at - 1] != ' ') continue;
            if (!word_list(lexicon_, WordTable::glued_prefixes).contains(std::string_view(t).substr(at, rest - at))) continue;
            std::size_t end = rest;
            while (end < t.size() && is_alpha(t[end])) ++end;
            if (end == rest || end - rest > 32 || (end < t.size() && is_word_byte(t[end]))) continue;
            const std::string_view word(t.data() + rest, end - rest);
            bool split = is_upper(word[0]);
            if (!split && word[0] != t[rest - 1]) {
                char lower[32];
                for (std::size_t c = 0; c < word.size(); ++c) lower[c] = ascii_lower(word[c]);
                const std::string_view folded(lower, word.size());
                split = word_list(lexicon_, WordTable::glued_words).contains(folded) ||
                        (word.size() >= 4 && words_.contains(folded));
            }
            if (split) splits.push_back(static_cast<std::uint32_t>(rest));
        }
        if (splits.empty()) return;
        // One pass from the back, so that each split moves the bytes after it once.
        const std::size_t old_size = t.size();
        t.resize(old_size + splits.size());
        out_.origin.resize(old_size + splits.size());
        std::size_t write = t.size();
        std::size_t read = old_size;
        for (std::size_t n = splits.size(); n-- > 0;) {
            while (read > splits[n]) {
                --read;
                --write;
                t[write] = t[read];
                out_.origin[write] = out_.origin[read];
            }
            --write;
            t[write] = ' ';
            out_.origin[write] = out_.origin[read];  // the space stands where the glued word's second part starts
            glue_->split.push_back(out_.origin[read]);
        }
    }

    // At a line start: drops a page-furniture line or prefix, and at the start of
    // the range a Markdown heading marker or bullet.
    std::uint32_t skip_line_furniture(std::uint32_t i, std::uint32_t end, bool range_start) {
        // Most lines open with a letter: decide on the first visible byte
        // before scanning the line.
        std::uint32_t lead = i;
        while (lead < end && (input_[lead] == ' ' || input_[lead] == '\t')) ++lead;
        if (lead < end) {
            // furniture, or a Unicode space or bullet, or an ASCII bullet opening the range
            const char c = input_[lead];
            const bool maybe = (furniture_ && opens_like_furniture(input_.substr(lead, 2))) ||
                               static_cast<unsigned char>(c) >= 0x80 || (range_start && (c == '-' || c == '*'));
            if (!maybe) return i;
        }
        std::uint32_t eol = i;
        while (eol < end && input_[eol] != '\n' && input_[eol] != '\r') ++eol;
        const auto [first, last] = visible_part(input_, i, eol);
        std::string_view visible = input_.substr(first, last - first);
        if (furniture_ && first < last && is_furniture_line(visible)) {
            space(i);
            return eol;
        }
        if (furniture_ && first == last && std::memchr(input_.data() + i, '\f', eol - i) != nullptr) {
            space(i);
            return eol;
        }
        if (std::size_t prefix = furniture_ ? furniture_prefix(visible) : 0) {
            space(i);
            return first + static_cast<std::uint32_t>(prefix);
        }
        if (range_start && first < last) {
            std::size_t marker = bullet_length(visible);
            if (marker > 0) {
                space(i);
                return first + static_cast<std::uint32_t>(marker);
            }
        }
        return i;
    }

    static constexpr bool is_plain(unsigned char c) noexcept {
        return c > ' ' && c < 0x7F && c != '*' && c != '_';
    }

    // Most bytes are printable ASCII that passes through unchanged: copy such
    // runs in bulk rather than byte by byte.
    std::uint32_t plain_run(std::uint32_t i, std::uint32_t end) {
        emit(input_[i], i);
        std::uint32_t j = i + 1;
        // A single space between two plain bytes maps to itself, so it joins the run.
#if defined(__SSE2__)
        // 16 bytes at a time while 17 can be read: a byte stays when it is plain,
        // or a space before a plain byte.
        const __m128i low = _mm_set1_epi8(' '), high = _mm_set1_epi8(0x7F);
        const __m128i star = _mm_set1_epi8('*'), underscore = _mm_set1_epi8('_'), hyphen = _mm_set1_epi8('-');
        auto plain = [&](__m128i v) {
            // Signed compares: bytes from 0x80 are negative, so below ' ' too.
            const __m128i in_range = _mm_and_si128(_mm_cmpgt_epi8(v, low), _mm_cmplt_epi8(v, high));
            return _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, star), _mm_cmpeq_epi8(v, underscore)), in_range);
        };
        while (j + 17 <= end) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(input_.data() + j));
            const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(input_.data() + j + 1));
            const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(input_.data() + j - 1));
            // A space after a hyphen leaves the run: "Secretary- General" is read as hyphenation (space()).
            const __m128i joining = _mm_andnot_si128(_mm_cmpeq_epi8(prev, hyphen), _mm_and_si128(_mm_cmpeq_epi8(v, low), plain(next)));
            const __m128i keep = _mm_or_si128(plain(v), joining);
            const auto stop = static_cast<unsigned>(~_mm_movemask_epi8(keep)) & 0xFFFFu;
            if (stop != 0) {
                j += static_cast<std::uint32_t>(std::countr_zero(stop));
                break;
            }
            j += 16;
        }
#endif
        while (j < end) {
            const auto c = static_cast<unsigned char>(input_[j]);
            if (is_plain(c)) {
                ++j;
            } else if (c == ' ' && j + 1 < end && is_plain(static_cast<unsigned char>(input_[j + 1])) && input_[j - 1] != '-') {
                j += 2;
            } else {
                break;
            }
        }
        const std::uint32_t n = j - (i + 1);
        if (n > 0) {
            out_.text.append(input_.data() + i + 1, n);
            out_.origin.insert(out_.origin.end(), Counting{i + 1}, Counting{i + 1 + n});
        }
        return j;
    }

    void space(std::uint32_t at) {
        if (!pending_space_) {
            pending_space_ = true;
            space_origin_ = at;
            // "Secretary- General", "self- determination": PDF text often keeps, inside a line, the hyphen of a
            // line it broke; it is read as a line-end hyphen.
            const std::string& t = out_.text;
            if (t.size() >= 2 && t.back() == '-' && is_hyphenated_word_byte(t[t.size() - 2])) {
                hyphen_break_ = true;
                inline_hyphen_ = true;
            }
        }
    }

    void line_break(std::uint32_t at) {
        const std::string& t = out_.text;
        if (!pending_space_ && t.size() >= 2 && t.back() == '-' &&
            is_hyphenated_word_byte(t[t.size() - 2])) {
            hyphen_break_ = true;
            inline_hyphen_ = false;
            space(at);
            inline_hyphen_ = false;  // a line end, though space() saw the hyphen too
            return;
        }
        space(at);
    }

    // `next` is the byte at input offset `at`, the first to follow the pending space.
    void flush_space(unsigned char next, std::uint32_t at) {
        if (hyphen_break_) {
            hyphen_break_ = false;
            const bool inline_hyphen = std::exchange(inline_hyphen_, false);
            // "low- and middle-income", "troop- or police-contributing": a hyphen suspended before a coordinator.
            if (suspended_before(at)) {
                flush_space(next, at);
                return;
            }
            if (is_lower(static_cast<char>(next)) || next >= 0x80) {
                pending_space_ = false;
                // Inside a line only a word's ending joins ("develop- ment"); the document's own words are not
                // gathered for it, which costs a pass over the input in each span the writers normalise.
                if (inline_hyphen ? ends_word(at) : joins_broken_word(at)) {
                    out_.text.pop_back();
                    out_.origin.pop_back();
                }
                return;
            }
            if (is_upper(static_cast<char>(next)) || is_digit(static_cast<char>(next))) {
                pending_space_ = false;  // "Secretary-\nGeneral", "COVID-\n19"
                return;
            }
        }
        if (pending_space_) {
            pending_space_ = false;
            if (!out_.text.empty()) {
                out_.text.push_back(' ');
                out_.origin.push_back(space_origin_);
            }
        }
    }

    // Whether the word at input offset `at` is an ending of [word-endings] ("ment", "tion").
    bool ends_word(std::uint32_t at) const {
        std::uint32_t stop = at;
        while (stop < input_.size() && stop - at < 32 && is_hyphenated_word_byte(input_[stop])) ++stop;
        return word_list(lexicon_, WordTable::word_endings).contains(input_.substr(at, stop - at));
    }

    // Whether the word at input offset `at` is a coordinator, after which a hyphen is suspended ("low- and").
    bool suspended_before(std::uint32_t at) const {
        std::uint32_t stop = at;
        while (stop < input_.size() && stop - at < 8 && is_hyphenated_word_byte(input_[stop])) ++stop;
        return stop > at && word_list(lexicon_, WordTable::coordinators).contains(input_.substr(at, stop - at));
    }

    // Whether a hyphen at a line end, before the lower-case word at input offset `at`, broke one word
    // ("develop-\nment": joined) rather than stood in a compound ("zero-\ntolerance": kept). A prefix
    // keeps it ("self-"); a word ending after it ("-ment", "-tion") joins; else the document decides:
    // the word is one where it is written whole elsewhere. Both parts are read at most 32 bytes far, so
    // that a word broken over thousands of lines ("nego-\nnego-\n...") is not read again at each.
    bool joins_broken_word(std::uint32_t at) {
        constexpr std::size_t longest_part = 32;
        const std::string& t = out_.text;
        const std::size_t end = t.size() - 1;  // the hyphen
        std::size_t begin = end;
        while (begin > 0 && is_hyphenated_word_byte(t[begin - 1])) {
            if (end - begin == longest_part) return true;
            --begin;
        }
        const std::string_view first = std::string_view(t).substr(begin, end - begin);
        if (lexicon_.is_hyphen_prefix(first)) return false;
        std::uint32_t stop = at;
        while (stop < input_.size() && is_hyphenated_word_byte(input_[stop])) {
            if (stop - at == longest_part) return true;
            ++stop;
        }
        const std::string_view second = input_.substr(at, stop - at);
        if (word_list(lexicon_, WordTable::word_endings).contains(second)) return true;
        char whole[2 * longest_part];
        std::size_t size = 0;
        for (char c : first) whole[size++] = ascii_lower(c);
        for (char c : second) whole[size++] = ascii_lower(c);
        return words_.contains(std::string_view(whole, size));
    }

    void emit(char c, std::uint32_t at) {
        if (pending_space_ || hyphen_break_) flush_space(static_cast<unsigned char>(c), at);
        out_.text.push_back(c);
        out_.origin.push_back(at);
    }

    void emit_all(std::string_view bytes, std::uint32_t at) {
        if (pending_space_ || hyphen_break_) flush_space(static_cast<unsigned char>(bytes.front()), at);
        for (char b : bytes) {
            out_.text.push_back(b);
            out_.origin.push_back(at);
        }
    }

    // Markdown emphasis ("**bold**", "__x__", "*it*") is dropped; an asterisk
    // standing alone between spaces ("5 * 3") is kept.
    std::uint32_t emphasis(std::uint32_t i, std::uint32_t end) {
        const char mark = input_[i];
        std::uint32_t j = i;
        while (j < end && input_[j] == mark) ++j;
        bool space_before_run = i == 0 || space_before(input_, i) > 0;
        bool space_after_run = j >= end || space_at(input_, j) > 0;
        bool markup = mark == '*' ? !(space_before_run && space_after_run)
                                  : (j - i >= 2 && !(space_before_run && space_after_run));
        if (!markup) {
            for (std::uint32_t k = i; k < j; ++k) emit(mark, k);
        }
        return j;
    }

    std::uint32_t non_ascii(std::uint32_t i) {
        Decoded d = decode_utf8(input_, i);
        if (!d.valid) {
            emit_all("\xEF\xBF\xBD", i);
            return i + 1;
        }
        char32_t u = d.code;
        if (is_unicode_space(u)) {
            space(i);
        } else if (u == 0xAD || u == 0xFEFF || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060) {
            // soft hyphen and zero-width characters: invisible, dropped
        } else if (u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B || u == 0x2032) {
            emit('\'', i);
        } else if (u == 0x201C || u == 0x201D || u == 0x201E || u == 0x201F || u == 0x2033 || u == 0xAB ||
                   u == 0xBB) {
            emit('"', i);
        } else if (u == 0x2010 || u == 0x2011) {
            emit('-', i);
        } else if (u >= 0xFB00 && u <= 0xFB04) {
            // Letters, not vocabulary.
            static constexpr std::string_view ligatures[] = {"ff", "fi", "fl", "ffi", "ffl"};
            emit_all(ligatures[u - 0xFB00], i);
        } else {
            if (pending_space_ || hyphen_break_) flush_space(static_cast<unsigned char>(input_[i]), i);
            for (std::uint32_t k = 0; k < d.length; ++k) {
                out_.text.push_back(input_[i + k]);
                out_.origin.push_back(i + k);
            }
        }
        return i + d.length;
    }

    std::string_view input_;
    const Lexicon& lexicon_;
    NormalText& out_;
    DocumentWords& words_;
    Glue* glue_;  // where words may be glued, and those split; none for a phrase alone
    bool furniture_;  // drop page furniture: a statement's lines, not a phrase given alone
    bool pending_space_ = false;
    bool hyphen_break_ = false;
    bool inline_hyphen_ = false;  // the hyphen break is one kept inside a line ("Secretary- General")
    std::uint32_t space_origin_ = 0;
};

}  // namespace

bool DocumentWords::contains(std::string_view lower_word) {
    if (!built_) {
        built_ = true;
        std::uint64_t h = fnv1a_start;
        bool inside = false;
        for (const char c : input_) {
            if (is_hyphenated_word_byte(c)) {
                h = fnv1a_step(h, ascii_lower(c));
                inside = true;
            } else if (inside) {
                hashes_.push_back(h);
                h = fnv1a_start;
                inside = false;
            }
        }
        if (inside) hashes_.push_back(h);
        std::sort(hashes_.begin(), hashes_.end());
        hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
    }
    std::uint64_t h = fnv1a_start;
    for (const char c : lower_word) h = fnv1a_step(h, ascii_lower(c));
    return std::binary_search(hashes_.begin(), hashes_.end(), h);
}

void find_glue(std::string_view input, Span range, const Lexicon& lexicon, Glue& glue) {
    glue.candidates.clear();
    glue.split.clear();
    // For each prefix of two letters, the letters right after it and a space or line end before it:
    // " ofthe", never " of the". Most texts have none, so the scan is all the cost.
    for (const std::string& prefix : word_list(lexicon, WordTable::glued_prefixes).entries()) {
        if (prefix.size() != 2) continue;
        auto hit = [&](std::size_t at) {  // at: the space before the prefix
            const std::size_t rest = at + 3;
            return (input[at] == ' ' || input[at] == '\n') && input[at + 1] == prefix[0] && input[at + 2] == prefix[1] &&
                   is_alpha(input[rest]);
        };
        std::size_t i = range.begin;
        const std::size_t end = std::min<std::size_t>(range.end, input.size());
#if defined(__SSE2__)
        const __m128i space = _mm_set1_epi8(' '), line = _mm_set1_epi8('\n');
        const __m128i first = _mm_set1_epi8(prefix[0]), second = _mm_set1_epi8(prefix[1]);
        const __m128i fold = _mm_set1_epi8(0x20), before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
        for (; i + 19 <= end; i += 16) {
            const char* p = input.data() + i;
            const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
            const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            const __m128i b3 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 3)), fold);
            const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(b3, before_a), _mm_cmplt_epi8(b3, after_z));
            const __m128i sep = _mm_or_si128(_mm_cmpeq_epi8(b0, space), _mm_cmpeq_epi8(b0, line));
            const __m128i all = _mm_and_si128(_mm_and_si128(sep, letter),
                                              _mm_and_si128(_mm_cmpeq_epi8(b1, first), _mm_cmpeq_epi8(b2, second)));
            for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(all)); mask != 0; mask &= mask - 1) {
                glue.candidates.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(std::countr_zero(mask)) + 3));
            }
        }
#endif
        for (; i + 3 < end; ++i) {
            if (hit(i)) glue.candidates.push_back(static_cast<std::uint32_t>(i + 3));
        }
    }
    std::sort(glue.candidates.begin(), glue.candidates.end());
}

void normalize(std::string_view input, Span range, const Lexicon& lexicon, NormalText& out, Furniture furniture,
               DocumentWords* words, Glue* glue) {
    if (range.end > input.size() || range.begin >= range.end) return;
    out.text.reserve(out.text.size() + range.size());
    out.origin.reserve(out.origin.size() + range.size());
    DocumentWords own(input);
    // A span normalised alone reads its glued words as the statement does.
    Glue own_glue;
    if (glue == nullptr) find_glue(input, range, lexicon, own_glue);
    Normalizer(input, lexicon, out, furniture, words ? *words : own, glue ? glue : &own_glue).run(range);
}

}  // namespace posext::detail

namespace posext {

namespace {

// The first i with origin[i] >= value, searched for outwards from `guess` in steps that double, then
// by halves: a writer asks for thousands of spans per document, and a search over the whole map for
// each cost as much as writing them.
std::size_t lower_bound_near(const std::vector<std::uint32_t>& origin, std::uint32_t value, std::size_t guess) noexcept {
    const std::size_t n = origin.size();
    if (n == 0) return 0;
    guess = std::min(guess, n - 1);
    std::size_t lo = 0, hi = n;  // the answer lies in [lo, hi]
    if (origin[guess] >= value) {
        hi = guess;
        for (std::size_t step = 1;; step *= 2) {
            const std::size_t probe = hi >= step ? hi - step : 0;
            if (origin[probe] < value) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            if (probe == 0) break;
        }
    } else {
        lo = guess + 1;
        for (std::size_t step = 1;; step *= 2) {
            const std::size_t probe = guess + step;
            if (probe >= n) break;
            if (origin[probe] >= value) {
                hi = probe;
                break;
            }
            lo = probe + 1;
        }
    }
    return static_cast<std::size_t>(std::lower_bound(origin.begin() + static_cast<std::ptrdiff_t>(lo),
                                                     origin.begin() + static_cast<std::ptrdiff_t>(hi), value) -
                                    origin.begin());
}

}  // namespace

std::pair<std::size_t, std::size_t> NormalizedText::range_of(Span span) const noexcept {
    if (origin.empty()) return {0, 0};
    // Text keeps most bytes of the input, so offsets scale: the guess is rarely more than a few off.
    const std::uint64_t last = static_cast<std::uint64_t>(origin.back()) + 1;
    const auto guess = static_cast<std::size_t>(std::uint64_t{span.begin} * origin.size() / last);
    const std::size_t first = lower_bound_near(origin, span.begin, guess);
    const std::size_t end = lower_bound_near(origin, span.end, first + (span.end - std::min(span.begin, span.end)));
    return {first, std::max(first, end)};
}

Span NormalizedText::span_of(std::string_view input, std::size_t begin, std::size_t end) const noexcept {
    if (begin >= end || end > origin.size()) {
        const std::uint32_t at = begin < origin.size() ? origin[begin] : 0;
        return {at, at};
    }
    const std::uint32_t raw = origin[end - 1];
    return {origin[begin], raw < input.size() ? raw + detail::char_length(input, raw) : raw};
}

NormalizedText normalize(std::string_view input, Span span, const Lexicon& lexicon) {
    NormalizedText out;
    detail::normalize(input, span, lexicon, out);
    return out;
}

NormalizedText normalize(std::string_view input, const Lexicon& lexicon) {
    return normalize(input, detail::whole_span(input), lexicon);
}

}  // namespace posext
