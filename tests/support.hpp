// Helpers shared by the tests: reading test data and slicing spans.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include <posext/posext.hpp>

#include "properties/invariants.hpp"

namespace doctest {
template <>
struct StringMaker<posext::Span> {
    static String convert(const posext::Span& s) {
        std::string text = "[";  // appended piecewise: GCC 12 warns falsely on a + chain here
        text.append(std::to_string(s.begin)).append(", ").append(std::to_string(s.end)).append(")");
        return text.c_str();
    }
};
}  // namespace doctest

namespace posext::test {

inline std::string data_path(std::string_view name) { return std::string(POSEXT_TEST_DATA) + "/" + std::string(name); }

inline std::string read_data(std::string_view name) {
    std::ifstream in(data_path(name), std::ios::binary);
    if (!in) throw std::runtime_error("missing test data: " + std::string(name));
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The statements (.txt) below tests/data/corpus, as names for read_data, sorted.
inline std::vector<std::string> corpus_statements() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(data_path("corpus"))) {
        if (entry.path().extension() == ".txt") {
            names.push_back(std::filesystem::relative(entry.path(), POSEXT_TEST_DATA).string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

// extract(), with the invariants of invariants.hpp checked on the model and
// its JSON: every document a test reads has kept them.
inline Document checked_extract(std::string_view text, const Options& options = {}) {
    Document d = extract(text, options);
    const std::vector<std::string> problems = document_problems(d);
    CHECK_MESSAGE(problems.empty(), describe(problems));
    return d;
}

inline std::vector<std::string> sentence_texts(const Document& d) {
    std::vector<std::string> out;
    for (const Sentence& s : d.sentences) out.emplace_back(d.text(s.span));
    return out;
}

inline std::vector<std::string> paragraph_texts(const Document& d) {
    std::vector<std::string> out;
    for (const Paragraph& p : d.paragraphs) out.emplace_back(d.text(p.span));
    return out;
}

}  // namespace posext::test
