// Issues of positions (src/issues/), the positions table and the actor-by-issue matrix (src/positions/).
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "support.hpp"

using namespace posext;
namespace json = boost::json;

namespace {

Lexicon with_pack(std::string_view name) {
    Lexicon lexicon = Lexicon::english();
    lexicon.clear_issues();
    lexicon.add(*Lexicon::issue_pack(name), name);
    return lexicon;
}

Document extracted(const std::string& text, const Lexicon& lexicon, const char* speaker = nullptr) {
    Options options;
    options.lexicon = &lexicon;
    if (speaker) options.speaker = speaker;
    return test::checked_extract(text, options);
}

std::vector<Document> meeting(std::string_view name) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::data_path("records/" + std::string(name)))) {
        files.push_back(entry.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    std::vector<Document> out;
    for (const std::string& file : files) {
        Options options;
        options.source_name = std::string(name) + "/" + file;
        out.push_back(test::checked_extract(test::read_data("records/" + std::string(name) + "/" + file), options));
    }
    return out;
}

// The fields of one CSV record (RFC 4180), from `at`; moves `at` past its line end.
std::vector<std::string> csv_record(const std::string& text, std::size_t& at) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (; at < text.size(); ++at) {
        const char c = text[at];
        if (quoted) {
            if (c == '"' && at + 1 < text.size() && text[at + 1] == '"') {
                fields.back() += '"';
                ++at;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') {
            at += 2;
            return fields;
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

}  // namespace

TEST_CASE("issues: the target's first, else the sentence's, else the argument's headline; in lexicon order") {
    const Lexicon& lexicon = Lexicon::english();
    const Document d = extracted(
        "We support the Paris Agreement and the fight against terrorism.\n\n"
        "In the spirit of the 2030 Agenda, we will act.\n\n"
        "First, nuclear disarmament is our priority. We must act now.\n\n"
        "Second, we will act on our own.\n", lexicon, "Chile");
    auto issues_of = [&](std::string_view cue, std::size_t nth = 0) {
        for (const Stance& s : d.stances) {
            if (d.normalized(s.cue) == cue && nth-- == 0) return s.issues;
        }
        FAIL("no stance with the cue ", std::string(cue));
        return std::vector<std::string>{};
    };
    // "the Paris Agreement and the fight against terrorism": the target names two issues, in the lexicon's order.
    CHECK(issues_of("support") == std::vector<std::string>{"climate-change", "terrorism"});
    // "we will act": nothing in the target; its sentence names the 2030 Agenda.
    CHECK(issues_of("will") == std::vector<std::string>{"sustainable-development"});
    // "We must act now": neither target nor sentence; the argument's headline does.
    REQUIRE(d.arguments.size() == 2);
    CHECK(issues_of("must") == std::vector<std::string>{"nuclear-disarmament"});
    // "Second, we will act on our own": nothing anywhere.
    CHECK(issues_of("will", 1).empty());
    CHECK(lexicon.issue_rank("climate-change") < lexicon.issue_rank("terrorism"));
}

TEST_CASE("the ict-oewg pack on the seed statement, and --issues replacing the default") {
    const Lexicon oewg = with_pack("ict-oewg");
    CHECK(oewg.issues().size() >= 11);
    CHECK_FALSE(oewg.issue_rank("climate-change"));
    CHECK(oewg.fingerprint() != Lexicon::english().fingerprint());
    const Document d = extracted(test::read_data("CHN_OEWG_2021-12.txt"), oewg);
    std::map<std::string, std::size_t> counted;
    for (const Stance& s : d.stances) {
        for (const std::string& issue : s.issues) ++counted[issue];
    }
    CHECK(counted["ict-data-security"] >= 1);    // "China's Global Initiative on Data Security"
    CHECK(counted["ict-supply-chain"] >= 1);     // "supply chain security standards"
    CHECK(counted["ict-sovereignty"] >= 1);      // "the sovereignty principle in cyberspace"
    CHECK(counted["ict-binding-instrument"] >= 1);  // "legally binding norms"
    CHECK(counted.count("cyber-security") == 0);
}

TEST_CASE("a recorded vote's issues come from what is put to the vote, not from its list of states") {
    const Document d = extracted(
        "The President: I shall put the draft resolution on the climate crisis to the vote now.\n\n"
        "A vote was taken by show of hands.\n\nIn favour:\nChile, France\n\nAgainst:\nUkraine\n\n"
        "The President: There were 2 votes in favour and 1 against.\n", Lexicon::english());
    REQUIRE(d.votes.size() == 3);
    for (const Vote& v : d.votes) CHECK(v.issues == std::vector<std::string>{"climate-change"});
}

TEST_CASE("positions: a row per stance and vote, actors canonical, stable ids, lines, CSV and JSON Lines") {
    const Document d = extracted(
        "We support the Paris Agreement.\nThe Russian Federation has vetoed the draft resolution (S/2022/155).\n"
        "Russia opposes the \"so-called\" text, and the Secretary-General welcomes it.\n", Lexicon::english(), "Chile");
    const std::vector<Position> rows = positions(d);
    REQUIRE(rows.size() == d.stances.size() + d.votes.size());
    std::set<std::string> ids;
    for (const Position& p : rows) ids.insert(p.id);
    CHECK(ids.size() == rows.size());
    CHECK(positions(d).front().id == rows.front().id);  // the same input, the same ids
    const auto vote = std::find_if(rows.begin(), rows.end(), [](const Position& p) { return p.vote; });
    REQUIRE(vote != rows.end());
    CHECK(vote->actor == "Russian Federation");
    CHECK(vote->choice == "against");
    CHECK(vote->reference == "S/2022/155");
    CHECK(vote->line == 2);
    const auto opposes = std::find_if(rows.begin(), rows.end(), [](const Position& p) { return p.cue == "opposes"; });
    REQUIRE(opposes != rows.end());
    CHECK(opposes->actor == "Russian Federation");  // "Russia" and "the Russian Federation" are one actor
    CHECK(opposes->known_actor);
    const auto welcomes = std::find_if(rows.begin(), rows.end(), [](const Position& p) { return p.cue == "welcomes"; });
    REQUIRE(welcomes != rows.end());
    CHECK(welcomes->actor == "Secretary-General");

    // CSV: a header, then records whose quoted fields hold commas and quotes.
    const std::string header = positions_csv_header({"session"});
    std::size_t at = 0;
    const std::vector<std::string> names = csv_record(header, at);
    CHECK(names.front() == "id");
    CHECK(names.back() == "session");
    for (const Position& p : rows) {
        const std::string line = to_csv(p, {"77"});
        std::size_t pos = 0;
        const std::vector<std::string> fields = csv_record(line, pos);
        REQUIRE(fields.size() == names.size());
        CHECK(fields[0] == p.id);
        CHECK(fields[17] == p.sentence);
        CHECK(pos == line.size());
        const json::value row = json::parse(to_jsonl(p, {{"session", "77"}}));
        CHECK(row.at("id").as_string() == p.id.c_str());
        CHECK(row.at("begin").as_int64() == p.span.begin);
        CHECK(row.at("session").as_string() == "77");
    }
}

TEST_CASE("the matrix of S/PV.7138: each member's vote on Ukraine, once, and the stances around it") {
    const std::vector<Document> documents = meeting("UNSC_2014_SPV.7138");
    const std::vector<MatrixCell> cells = matrix(positions(documents));
    std::map<std::string, const MatrixCell*> ukraine;
    for (const MatrixCell& c : cells) {
        if (c.issue == "ukraine") ukraine[c.actor] = &c;
    }
    const std::vector<std::string> in_favour{"Argentina", "Australia", "Chad", "Chile", "France", "Jordan", "Lithuania",
                                             "Luxembourg", "Nigeria", "Republic of Korea", "Rwanda", "United Kingdom",
                                             "United States"};
    for (const std::string& member : in_favour) {
        CAPTURE(member);
        REQUIRE(ukraine.count(member) == 1);
        CHECK(ukraine[member]->in_favour == 1);  // the record and the member's own words: one vote
        CHECK(ukraine[member]->against == 0);
    }
    REQUIRE(ukraine.count("Russian Federation") == 1);
    CHECK(ukraine["Russian Federation"]->against == 1);
    CHECK(ukraine["Russian Federation"]->net < 0);
    REQUIRE(ukraine.count("China") == 1);
    CHECK(ukraine["China"]->abstentions == 1);
    CHECK(ukraine["China"]->evidence >= 3);
    // Stances count by type: China's own, around its abstention.
    std::size_t china_stances = 0;
    for (const auto& counts : ukraine["China"]->counts) china_stances += counts[0] + counts[1];
    CHECK(china_stances >= 3);
    // No cell for an unknown holder ("their").
    for (const MatrixCell& c : cells) CHECK(c.actor != "their");
    const std::string line = to_csv(*ukraine["China"]);
    std::size_t at = 0;
    CHECK(csv_record(line, at).size() == 4 + 16 + 5);
    CHECK(json::parse(to_jsonl(*ukraine["China"])).at("votes").at("abstention").as_int64() == 1);
}
