// Recorded votes: the rows of "In favour: ... Against: ... Abstaining: ..." in the Council's records of
// tests/data/records, generated variants of them checked against their result line, and what is no vote.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support.hpp"

using namespace posext;

namespace {

struct Row {
    std::string choice, name, text;
};

std::vector<Row> recorded(const Document& d) {
    std::vector<Row> out;
    for (const Vote& v : d.votes) {
        if (v.kind != VoteKind::record) continue;
        out.push_back({std::string(to_string(v.choice)), v.voter.name, std::string(d.text(v.voter.span))});
    }
    return out;
}

std::vector<std::string> names_of(const std::vector<Row>& rows, std::string_view choice) {
    std::vector<std::string> out;
    for (const Row& r : rows) {
        if (r.choice == choice) out.push_back(r.name);
    }
    return out;
}

// Text as written, its line breaks read as spaces.
std::string flat(std::string_view text) {
    std::string out(text);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

bool has_diagnostic(const Document& d, std::string_view id) {
    return std::any_of(d.diagnostics.begin(), d.diagnostics.end(), [&](const Diagnostic& x) { return x.id == id; });
}

std::vector<std::string> members() {
    const std::string text = test::read_data("records/un_members.txt");
    std::vector<std::string> out;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = text.find('\n', at);
        out.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

// "A, B and C" wrapped at `width` columns (0: one line), as records print their lists.
std::string listed(const std::vector<std::string>& names, std::size_t width) {
    std::string flat;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) flat += i + 1 == names.size() ? " and " : ", ";
        flat += names[i];
    }
    if (width == 0) return flat;
    std::string out;
    std::size_t line = 0;
    for (std::size_t at = 0; at < flat.size();) {
        std::size_t space = flat.find(' ', at);
        if (space == std::string::npos) space = flat.size();
        const std::string word = flat.substr(at, space - at);
        if (line > 0 && line + 1 + word.size() > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += word.size();
        at = space + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("the recorded vote of S/PV.7138, state by state, agrees with its result line") {
    const Document d = test::checked_extract(
        test::read_data("records/UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch003_PRESIDENT.txt"));
    const auto rows = recorded(d);
    REQUIRE(rows.size() == 15);
    CHECK(names_of(rows, "in_favour") ==
          std::vector<std::string>{"Argentina", "Australia", "Chad", "Chile", "France", "Jordan", "Lithuania",
                                   "Luxembourg", "Nigeria", "Republic of Korea", "Rwanda", "United Kingdom",
                                   "United States"});
    CHECK(names_of(rows, "against") == std::vector<std::string>{"Russian Federation"});
    CHECK(names_of(rows, "abstention") == std::vector<std::string>{"China"});
    // The name as written, over a line break; the canonical short name beside it.
    CHECK(rows[11].text == "United Kingdom of Great Britain\nand Northern Ireland");
    for (const Vote& v : d.votes) {
        CHECK(v.voter.kind == HolderKind::third_party);
        REQUIRE(v.object);
        CHECK(flat(d.text(*v.object)) == "the draft resolution");
    }
    CHECK_FALSE(has_diagnostic(d, "votes.result-mismatch"));  // "13 votes in favour, 1 vote against and l abstention"
}

TEST_CASE("the two recorded votes of S/PV.7643: an amendment with its symbol, then the draft") {
    const Document d = test::checked_extract(
        test::read_data("records/UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch004_PRESIDENT.txt"));
    const auto rows = recorded(d);
    REQUIRE(rows.size() == 30);
    CHECK(names_of(std::vector<Row>(rows.begin(), rows.begin() + 15), "in_favour") ==
          std::vector<std::string>{"Angola", "China", "Egypt", "Russian Federation", "Venezuela"});
    CHECK(rows[4].text == "Venezuela (Bolivarian Republic of)");
    CHECK(names_of(std::vector<Row>(rows.begin(), rows.begin() + 15), "against").size() == 9);
    CHECK(names_of(std::vector<Row>(rows.begin() + 15, rows.end()), "in_favour").size() == 14);
    CHECK(names_of(std::vector<Row>(rows.begin() + 15, rows.end()), "abstention") == std::vector<std::string>{"Egypt"});
    const Vote& amendment = d.votes.front();
    REQUIRE(amendment.object);
    CHECK(flat(d.text(*amendment.object)) == "the proposed amendment contained in document S/2016/239");
    REQUIRE(amendment.reference);
    CHECK(d.references[*amendment.reference].canonical == "S/2016/239");
    const Vote& draft = d.votes.back();
    REQUIRE(draft.object);
    CHECK(flat(d.text(*draft.object)) == "the draft resolution");
    CHECK_FALSE(draft.reference);  // this statement names no symbol for the draft
    CHECK_FALSE(has_diagnostic(d, "votes.result-mismatch"));  // "14 votes in favour, none against and l abstention"
}

TEST_CASE("a General Assembly vote of all 193 members, however its lists are wrapped") {
    const std::vector<std::string> all = members();
    REQUIRE(all.size() == 193);
    const std::vector<std::string> yes(all.begin(), all.begin() + 180), no(all.begin() + 180, all.begin() + 186),
        abstain(all.begin() + 186, all.end());
    for (const std::size_t width : {0, 38, 50, 72}) {
        CAPTURE(width);
        const std::string record = "The President: A recorded vote has been requested.\n\nA recorded vote was taken.\n\n"
                                   "In favour:\n" + listed(yes, width) + "\n\nAgainst:\n" + listed(no, width) +
                                   "\n\nAbstaining:\n" + listed(abstain, width) +
                                   "\n\nThe draft resolution was adopted by 180 votes to 6, with 7 abstentions.\n";
        const Document d = test::checked_extract(record);
        const auto rows = recorded(d);
        REQUIRE(rows.size() == 193);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            CHECK(flat(rows[i].text) == all[i]);
            CHECK(rows[i].choice == (i < 180 ? "in_favour" : i < 186 ? "against" : "abstention"));
        }
        CHECK_FALSE(has_diagnostic(d, "votes.result-mismatch"));
        // The same lists with a result line that counts one abstention more.
        std::string wrong = record;
        wrong.replace(wrong.find("7 abstentions"), 13, "8 abstentions");
        CHECK(has_diagnostic(extract(wrong), "votes.result-mismatch"));
    }
}

TEST_CASE("variants of a Council vote: 'None' under a heading, the OCR'd 'l', one line, a list that disagrees") {
    const std::string none =
        "The President: I shall put the draft resolution (S/2020/1) to the vote now.\n\nA vote was taken by show of hands.\n\n"
        "In favour:\nBelgium, China, Dominican Republic, Estonia, France, Germany, Indonesia, Niger, Russian\nFederation, "
        "Saint Vincent and the Grenadines, South Africa, Tunisia, United Kingdom of Great Britain and Northern Ireland and "
        "Viet Nam\n\nAgainst:\nNone\n\nAbstention:\nUnited States of America\n\n"
        "The President: There were 14 votes in favour, none against and l abstention. The draft resolution has been "
        "adopted as resolution 2520 (2020).\n";
    const Document d = test::checked_extract(none);
    const auto rows = recorded(d);
    REQUIRE(rows.size() == 15);
    CHECK(names_of(rows, "against").empty());
    CHECK(names_of(rows, "abstention") == std::vector<std::string>{"United States"});
    CHECK_FALSE(has_diagnostic(d, "votes.result-mismatch"));
    REQUIRE(d.votes.front().reference);
    CHECK(d.references[*d.votes.front().reference].canonical == "S/2020/1");
    CHECK(d.text(*d.votes.front().object) == "the draft resolution (S/2020/1)");

    // Lists run on in one paragraph, each ending with a full stop.
    const Document inline_lists = test::checked_extract(
        "A vote was taken by show of hands. In favour: Chile, China, France. Against: Russian Federation. "
        "Abstention: Japan. The President: There were 3 votes in favour, 1 vote against and 1 abstention.\n");
    CHECK(recorded(inline_lists).size() == 5);
    CHECK_FALSE(has_diagnostic(inline_lists, "votes.result-mismatch"));

    // A name left out of a list: the result line no longer agrees, and a diagnostic says so.
    std::string short_list = none;
    short_list.replace(short_list.find("Belgium, "), 9, "");
    const Document wrong = test::checked_extract(short_list);
    CHECK(recorded(wrong).size() == 14);
    CHECK(has_diagnostic(wrong, "votes.result-mismatch"));
}

TEST_CASE("no recorded vote where the text has none") {
    for (const char* text : {
             "The draft resolution was adopted without a vote.\n",
             "The President: The vote on the draft resolution is postponed to a later date.\n",
             "Against: this background, we must act together.\n",
             "In favour:\nof peace, we will work with all.\n",
             "We recall that 141 States voted in favour and 5 against.\n",
         }) {
        CAPTURE(text);
        CHECK(recorded(test::checked_extract(text)).empty());
    }
}
