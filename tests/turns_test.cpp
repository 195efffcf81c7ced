// Meeting records cut into turns (src/turns.cpp): the record of S/PV.7138 put together from its speeches,
// pieces of real records, and each turn extracted as its speech alone would be, shifted.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support.hpp"

using namespace posext;
namespace json = boost::json;

namespace {

// The speeches of one meeting, in the order the record prints them.
std::vector<std::string> speeches(std::string_view meeting) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(test::data_path("records/" + std::string(meeting)))) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> texts;
    for (const std::string& name : names) texts.push_back(test::read_data("records/" + std::string(meeting) + "/" + name));
    return texts;
}

// A document's JSON without its source, every "begin" and "end" moved on by `by`.
json::value shifted(const Document& d, std::int64_t by) {
    json::value v = json::parse(to_json(d));
    v.as_object().erase("source");
    auto walk = [&](auto&& self, json::value& x) -> void {
        if (x.is_object()) {
            for (auto& [key, item] : x.as_object()) {
                if ((key == "begin" || key == "end") && item.is_int64()) item = item.as_int64() + by;
                else self(self, item);
            }
        } else if (x.is_array()) {
            for (json::value& item : x.as_array()) self(self, item);
        }
    };
    walk(walk, v);
    return v;
}

}  // namespace

TEST_CASE("the record of S/PV.7138: a turn for each speaker line, each extracted as its speech alone") {
    std::vector<std::string> parts = speeches("UNSC_2014_SPV.7138");
    REQUIRE(parts.size() == 21);
    // The third speech holds two turns of the President: the vote, then its result.
    const std::size_t second = parts[2].find("The President (spoke in French): There were 13");
    REQUIRE(second != std::string::npos);
    parts.insert(parts.begin() + 3, parts[2].substr(second));
    parts[2].resize(second);
    std::string record;
    std::vector<std::size_t> starts;
    for (const std::string& part : parts) {
        starts.push_back(record.size());
        record += part;
    }

    const std::vector<TurnSpan> turns = split_turns(record);
    REQUIRE(turns.size() == 22);
    for (std::size_t i = 0; i < turns.size(); ++i) {
        CAPTURE(i);
        CHECK(turns[i].span.begin == starts[i]);
        CHECK(turns[i].span.end == (i + 1 < starts.size() ? starts[i + 1] : record.size()));
        REQUIRE(turns[i].line);
        CHECK(turns[i].line->begin == starts[i]);
    }
    CHECK(record.substr(turns[16].line->begin, turns[16].line->size()) == "Prince Zeid Ra'ad Zeid Al-Hussein (Jordan) (spoke in Arabic):");

    const std::vector<Document> documents = extract_turns(record);
    REQUIRE(documents.size() == 22);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        CAPTURE(i);
        const Document& turn = documents[i];
        CHECK(test::document_problems(turn).empty());
        REQUIRE(turn.turn);
        CHECK(turn.turn->index == i);
        CHECK(turn.turn->of == 22);
        CHECK(turn.input() == record);
        // The same model as the speech's alone, every offset moved to where the speech stands in the record.
        const Document alone = test::checked_extract(parts[i]);
        CHECK(shifted(alone, static_cast<std::int64_t>(starts[i])) == shifted(turn, 0));
        CHECK(json::parse(to_json(turn)).at("source").at("bytes").as_int64() == static_cast<std::int64_t>(record.size()));
    }
    // The recorded vote sits in the President's third turn, its result line in the fourth.
    CHECK(documents[2].votes.size() == 15);
    CHECK(documents[3].votes.empty());
    REQUIRE(documents[10].speaker);
    CHECK(documents[10].speaker->name == "Chile");
    std::string voter(documents[10].text(documents[10].votes.at(0).voter.span));
    std::replace(voter.begin(), voter.end(), '\n', ' ');
    CHECK(voter == "The delegation of Chile");
}

TEST_CASE("every test statement and record read as a meeting record keeps the turn invariants") {
    std::vector<std::string> names = test::corpus_statements();
    for (const char* meeting : {"UNSC_2014_SPV.7138", "UNSC_2016_SPV.7643"}) {
        for (const auto& entry : std::filesystem::directory_iterator(test::data_path(std::string("records/") + meeting))) {
            names.push_back(std::string("records/") + meeting + "/" + entry.path().filename().string());
        }
    }
    for (const std::string& name : names) {
        CAPTURE(name);
        const auto problems = test::turn_problems(test::read_data(name));
        CHECK_MESSAGE(problems.empty(), test::describe(problems));
    }
}

TEST_CASE("pieces of real records: turns in the middle of a file, a header before the first line, no line at all") {
    const std::string president = test::read_data("records/UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch004_PRESIDENT.txt");
    const std::vector<TurnSpan> turns = split_turns(president);
    REQUIRE(turns.size() == 3);  // the vote on the amendment, its result and the vote on the draft, the result
    for (const TurnSpan& t : turns) CHECK(president.substr(t.line->begin, t.line->size()) == "The President:");

    const std::string header = "United Nations S/PV.7643\nSecurity Council\n\nThe meeting was called to order at 10.05 a.m.\n\n";
    const std::string record = header + president;
    const std::vector<TurnSpan> with_header = split_turns(record);
    REQUIRE(with_header.size() == 4);
    CHECK_FALSE(with_header[0].line);
    CHECK(with_header[0].span.end == header.size());

    // A speaker line over two lines is one turn's, and its second line opens none.
    const std::string wrapped = "Mr. Ramirez Carreno (Venezuela) (spoke in\nSpanish): We voted in favour.\n\n"
                                "The President: I now give the floor to the representative of Japan.\n";
    const std::vector<TurnSpan> two = split_turns(wrapped);
    REQUIRE(two.size() == 2);
    CHECK(wrapped.substr(two[0].line->begin, two[0].line->size()) == "Mr. Ramirez Carreno (Venezuela) (spoke in\nSpanish):");
    CHECK(two[1].span.begin == wrapped.find("The President"));

    const std::vector<TurnSpan> plain = split_turns("We support the draft resolution.\nThe President of the Republic: a title, not a turn.\n");
    REQUIRE(plain.size() == 1);
    CHECK_FALSE(plain[0].line);
}
