// Hostile variants of real statements and pathological texts of any size, for the invariant, limit and fuzz tests.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace posext::test {

struct Variant {
    std::string name;  // what was done, for failure messages and seed file names
    std::string text;
};

// What PDF converters, scrapers and OCR do to a statement, and worse: truncated
// UTF-8, NUL bytes, one huge line, many blank lines, deep brackets and quotes,
// CR and CRLF line ends, a hard break after every word, invalid bytes, control
// characters, upper case, no punctuation. Deterministic.
std::vector<Variant> variants(std::string_view statement);

// Texts of about `bytes` bytes built to find slow corners: one word repeated,
// brackets never closed, a title before every word, a list marker on every
// line, a reference after every comma, ... Each shape grows by repeating a
// unit, so a ten times larger text has ten times more of the same.
std::vector<std::string> pathological_shapes();
std::string pathological(std::string_view shape, std::size_t bytes);

}  // namespace posext::test
