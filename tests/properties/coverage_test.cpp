// Nothing lost: every word kept in the normalised text lies in exactly one sentence or in the speaker line.
#include <doctest/doctest.h>

#include <string>

#include "support.hpp"

using namespace posext;

namespace {
std::string words(const Document& d, const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) out += " '" + std::string(d.text(s)) + "'";
    return out;
}
}  // namespace

TEST_CASE("every statement of tests/data keeps every word in one sentence") {
    for (const std::string& name : test::corpus_statements()) {
        CAPTURE(name);
        const Document d = test::checked_extract(test::read_data(name));
        const Coverage c = coverage(d);
        CHECK(c.words > 100);
        CHECK_MESSAGE(c.lost.empty(), "lost:" << words(d, c.lost));
        CHECK_MESSAGE(c.doubled.empty(), "doubled:" << words(d, c.doubled));
    }
}

TEST_CASE("furniture dropped inside a sentence is reported; whole lines of it are not") {
    // Sweden, 2020: a page header between two lines of one sentence.
    const Document d = test::checked_extract(
        "We are deeply concerned about the situation of human\n21-00394 63/91\nrights defenders around the world.\n"
        "\n21-00394 64/91\n\nWe support them.\n");
    const Coverage c = coverage(d);
    CHECK(c.lost.empty());
    REQUIRE(c.dropped_inside.size() == 2);
    CHECK(d.text(c.dropped_inside[0]) == "21-00394");
    CHECK(c.dropped == 2);
}

TEST_CASE("a sentence run on without its space, and a speaker line, hold their words") {
    const Document d = test::checked_extract(
        "Mr. Liu Jieyi (China) (spoke in Chinese): We thank the Council.We support the draft.\n");
    const Coverage c = coverage(d);
    CHECK(c.lost.empty());
    CHECK(c.doubled.empty());
    CHECK(c.words == 14);
}
