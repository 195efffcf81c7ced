// The input's lines, and the page furniture among them: page numbers, running headers, record symbols.
#include "input/input.hpp"

#include <algorithm>
#include <cstring>

#include "text/ascii.hpp"

namespace posext::detail {
namespace {

bool all_digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
}

// "31/34": a page of a record.
bool is_page_of(std::string_view t) noexcept {
    auto slash = t.find('/');
    return slash != std::string_view::npos && slash <= 4 && t.size() - slash - 1 <= 4 &&
           all_digits(t.substr(0, slash)) && all_digits(t.substr(slash + 1));
}

// "15-29425", "15-29425X": a UN document job number.
bool is_job_number(std::string_view t) noexcept {
    if (t.size() == 9 && is_upper(t[8])) t.remove_suffix(1);
    return t.size() == 8 && t[2] == '-' && all_digits(t.substr(0, 2)) && all_digits(t.substr(3));
}

// "02/10/2015"
bool is_date(std::string_view t) noexcept {
    return t.size() == 10 && t[2] == '/' && t[5] == '/' && all_digits(t.substr(0, 2)) &&
           all_digits(t.substr(3, 2)) && all_digits(t.substr(6));
}

// "A/70/PV.25", "S/PV.7138", "A/75/592/Add.8": the symbol of the record that
// a page belongs to, printed in its header.
bool is_record_symbol(std::string_view t) noexcept {
    if (t.size() < 4 || !is_upper(t[0]) || t[1] != '/') return false;
    auto pv = t.find("PV.");
    if (pv != std::string_view::npos && pv >= 2 && all_digits(t.substr(pv + 3))) return true;
    // Otherwise a symbol of three parts or more with a session number: "A/75/592/Add.8". One that ends
    // in a full stop ends a sentence ("contained in document" | "S/2016/239."): a header has none.
    return t.back() != '.' && std::count(t.begin(), t.end(), '/') >= 2 && t.size() > 2 && is_digit(t[2]) &&
           std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_digit(c) || c == '/' || c == '.' || c == '-'; });
}

// Splits on ASCII spaces into at most `max` tokens; returns the count, or max + 1 if there are more.
template <std::size_t N>
std::size_t tokens(std::string_view line, std::string_view (&out)[N], std::size_t* rest = nullptr) noexcept {
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i == line.size()) break;
        if (count == N) {
            if (rest) *rest = i;
            return N + 1;
        }
        std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        out[count++] = line.substr(start, i - start);
    }
    return count;
}

bool is_markdown_page_marker(std::string_view line) noexcept {
    std::size_t i = 0;
    while (i < line.size() && line[i] == '#') ++i;
    if (i == 0) return false;
    while (i < line.size() && line[i] == ' ') ++i;
    if (line.substr(i, 5) != "Page ") return false;
    i += 5;
    std::size_t digits = i;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i == digits) return false;
    std::string_view rest = line.substr(i);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.substr(0, 11) == "(continued)") rest.remove_prefix(11);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
    return rest.empty();
}

}  // namespace

std::size_t bullet_length(std::string_view v) noexcept {
    if (v.empty()) return 0;
    std::size_t i = 0;
    if (v[0] == '#') {
        while (i < v.size() && v[i] == '#') ++i;
    } else if (v[0] == '-' || v[0] == '*') {
        i = 1;
    } else {
        // bullet, white bullet, small square, black circle, middle dot, en dash
        // Marks, not vocabulary.
        static constexpr std::string_view bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA",
                                                       "\xE2\x97\x8F", "\xC2\xB7", "\xE2\x80\x93"};
        for (auto b : bullets) {
            if (v.substr(0, b.size()) == b) {
                i = b.size();
                break;
            }
        }
        if (i == 0) return 0;
    }
    if (i >= v.size() || (v[i] != ' ' && v[i] != '\t')) return 0;
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
    return i;
}

bool opens_like_furniture(std::string_view line) noexcept {
    if (line.empty()) return false;
    const char c = line[0];
    return is_digit(c) || c == '#' || c == '\f' || (is_upper(c) && line.size() > 1 && line[1] == '/');
}

bool is_furniture_line(std::string_view line) noexcept {
    const bool form_feed = line.find('\f') != std::string_view::npos;
    if (!form_feed && !opens_like_furniture(line)) return false;
    if (form_feed) {
        return std::all_of(line.begin(), line.end(), [](char c) { return is_ascii_space(c); });
    }
    if (is_markdown_page_marker(line)) return true;
    std::string_view t[3];
    std::size_t n = tokens(line, t);
    if (n == 0 || n > 3) return false;
    bool anchor = false;  // a job number or record symbol; a bare "3/4" is not enough
    for (std::size_t i = 0; i < n; ++i) {
        if (is_job_number(t[i]) || is_record_symbol(t[i])) anchor = true;
        else if (!is_page_of(t[i]) && !is_date(t[i])) return false;
    }
    // A date alone on its line is a page header's too ("13/01/2021" between a
    // job number and the record symbol); a page number alone ("62/91") is, when
    // its page does not pass the page count.
    if (n == 1 && is_date(t[0])) return true;
    if (n == 1 && is_page_of(t[0])) {
        const std::size_t slash = t[0].find('/');
        unsigned page = 0, count = 0;
        for (char c : t[0].substr(0, slash)) page = page * 10 + static_cast<unsigned>(c - '0');
        for (char c : t[0].substr(slash + 1)) count = count * 10 + static_cast<unsigned>(c - '0');
        return page >= 1 && page <= count && count >= 2;
    }
    return anchor;
}

std::size_t furniture_prefix(std::string_view line) noexcept {
    if (line.empty() || !is_digit(line[0])) return 0;
    std::string_view t[2];
    std::size_t rest = 0;
    if (tokens(line, t, &rest) != 3) return 0;
    bool pair = (is_page_of(t[0]) && is_job_number(t[1])) || (is_job_number(t[0]) && is_page_of(t[1]));
    return pair ? rest : 0;
}

std::uint32_t space_at(std::string_view text, std::size_t at) noexcept {
    auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char c = b(at);
    if (c < 0x80) return is_ascii_space(static_cast<char>(c)) ? 1 : 0;
    if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
    Decoded d = decode_utf8(text, at);
    if (d.valid && (is_unicode_space(d.code) || d.code == 0xFEFF)) return d.length;
    return 0;
}

std::uint32_t space_before(std::string_view text, std::size_t at) noexcept {
    if (at == 0) return 0;
    auto c = static_cast<unsigned char>(text[at - 1]);
    if (c < 0x80) return is_ascii_space(static_cast<char>(c)) ? 1 : 0;
    for (std::uint32_t length = 2; length <= 3 && length <= at; ++length) {
        if (space_at(text, at - length) == length) return length;
    }
    return 0;
}

std::pair<std::uint32_t, std::uint32_t> visible_part(std::string_view text, std::uint32_t begin,
                                                     std::uint32_t end) noexcept {
    while (begin < end) {
        const std::uint32_t s = space_at(text, begin);
        if (s == 0) break;
        begin += s;
    }
    while (end > begin) {
        const std::uint32_t s = space_before(text, end);
        if (s == 0) break;
        end -= s;
    }
    return {begin, end};
}

void split_lines(std::string_view input, std::uint32_t start, std::vector<Line>& lines) {
    lines.clear();
    const auto size = static_cast<std::uint32_t>(input.size());
    std::uint32_t at = start;
    while (at < size) {
        // memchr for the line feed, then for a carriage return before it: both
        // are vectorised, where a byte loop looking for either is not.
        const char* base = input.data();
        const void* lf = std::memchr(base + at, '\n', size - at);
        std::uint32_t end = lf ? static_cast<std::uint32_t>(static_cast<const char*>(lf) - base) : size;
        if (const void* cr = std::memchr(base + at, '\r', end - at)) {
            end = static_cast<std::uint32_t>(static_cast<const char*>(cr) - base);
        }
        Line line;
        const auto [first, last] = visible_part(input, at, end);
        line.first = first;
        line.last = last;
        line.words = first;
        if (first == last) {
            bool form_feed = std::memchr(input.data() + at, '\f', end - at) != nullptr;
            line.kind = form_feed ? Line::Kind::furniture : Line::Kind::blank;
        } else {
            std::string_view visible = input.substr(first, last - first);
            // A line of only asterisks, dashes or underscores ("*", "* * *", "---") separates sections.
            const bool rule = visible.find_first_not_of("*-_ \t") == std::string_view::npos;
            if (rule) {
                line.kind = Line::Kind::blank;
            } else if (is_furniture_line(visible)) {
                line.kind = Line::Kind::furniture;
            } else {
                line.kind = Line::Kind::content;
                line.words = first + static_cast<std::uint32_t>(furniture_prefix(visible));
                std::uint32_t width = 0;
                for (std::uint32_t i = line.words; i < last; ++i) {
                    width += (static_cast<unsigned char>(input[i]) & 0xC0) != 0x80;
                }
                line.width = width;
            }
        }
        // A run of blank lines is one record: the segmenter asks only whether there was a gap,
        // and a text of blank lines then needs no record per byte.
        if (line.kind != Line::Kind::blank || lines.empty() || lines.back().kind != Line::Kind::blank) {
            lines.push_back(line);
        }
        if (end < size && input[end] == '\r' && end + 1 < size && input[end + 1] == '\n') ++end;
        at = end + 1;
        if (end == size) break;
    }
}

}  // namespace posext::detail
