// The invariants of invariants.hpp on real statements, on hostile variants of them and on broken models.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "invariants.hpp"
#include "mutations.hpp"
#include "support.hpp"

using namespace posext;

namespace {

bool mentions(const std::vector<std::string>& problems, std::string_view what) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(what) != std::string::npos; });
}

}  // namespace

TEST_CASE("every test statement keeps the invariants, with and without stances") {
    const auto names = test::corpus_statements();
    REQUIRE(names.size() >= 15);
    for (const std::string& name : names) {
        CAPTURE(name);
        const std::string text = test::read_data(name);
        const auto problems = test::extract_problems(text);
        CHECK_MESSAGE(problems.empty(), test::describe(problems));
        const auto layers = test::stance_layer_problems(text);
        CHECK_MESSAGE(layers.empty(), test::describe(layers));
    }
}

TEST_CASE("hostile variants of statements keep the invariants") {
    // Three statements of different make: an OEWG intervention, a General
    // Debate speech with page furniture, a Security Council statement.
    for (const char* name : {"CHN_OEWG_2021-12.txt", "corpus/ungdc/75/FIN_75_2020.txt",
                             "corpus/other/unsc_debates/UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch009_CHN.txt"}) {
        const std::string statement = test::read_data(name);
        const auto all = test::variants(statement);
        CHECK(all.size() >= 30);
        for (const test::Variant& v : all) {
            CAPTURE(name);
            CAPTURE(v.name);
            const auto problems = test::extract_problems(v.text);
            CHECK_MESSAGE(problems.empty(), test::describe(problems));
        }
    }
}

TEST_CASE("variants fail or hold as their kind says") {
    const std::string statement = test::read_data("CHN_OEWG_2021-12.txt");
    for (const test::Variant& v : test::variants(statement)) {
        CAPTURE(v.name);
        const Document d = extract(v.text);
        if (v.name.rfind("nul-", 0) == 0) {
            CHECK(d.failed());
            CHECK(d.diagnostics.front().id == "input.binary");
        } else if (v.name.rfind("cut-", 0) != 0 && v.name.find("every") == std::string::npos) {
            CHECK_FALSE(d.failed());
            CHECK_FALSE(d.sentences.empty());
        }
    }
}

TEST_CASE("pathological shapes keep the invariants") {
    for (const std::string& shape : test::pathological_shapes()) {
        CAPTURE(shape);
        const std::string text = test::pathological(shape, 20000);
        CHECK(text.size() >= 20000);
        const auto problems = test::extract_problems(text);
        CHECK_MESSAGE(problems.empty(), test::describe(problems));
    }
}

TEST_CASE("the checker finds broken models") {
    const std::string text = test::read_data("CHN_OEWG_2021-12.txt");
    const Document good = extract(text);
    REQUIRE(test::model_problems(good).empty());
    REQUIRE(!good.stances.empty());
    REQUIRE(!good.arguments.empty());

    SUBCASE("a span past the end") {
        Document d = good;
        d.sentences.back().span.end = static_cast<std::uint32_t>(text.size() + 1);
        CHECK(mentions(test::model_problems(d), "outside the input"));
    }
    SUBCASE("sentences out of order") {
        Document d = good;
        std::swap(d.sentences[1], d.sentences[2]);
        CHECK(mentions(test::model_problems(d), "overlaps or precedes"));
    }
    SUBCASE("a sentence outside its paragraph") {
        Document d = good;
        d.sentences[3].paragraph = 0;
        CHECK(!test::model_problems(d).empty());
    }
    SUBCASE("a cue outside its stance") {
        Document d = good;
        d.stances[0].cue = d.stances[0].span;
        d.stances[0].cue.end += 1;
        CHECK(mentions(test::model_problems(d), "cue"));
    }
    SUBCASE("a stance that names a missing sentence") {
        Document d = good;
        d.stances[0].sentence = d.sentences.size();
        CHECK(mentions(test::model_problems(d), "names sentence"));
    }
    SUBCASE("an argument that names the wrong sentences") {
        Document d = good;
        d.arguments[0].last_sentence = d.sentences.size();
        CHECK(mentions(test::model_problems(d), "names sentences"));
    }
    SUBCASE("a stance given an argument that does not hold it") {
        Document d = good;
        d.stances[0].argument = 99;
        CHECK(mentions(test::model_problems(d), "names argument 99"));
    }
    SUBCASE("a span that cuts a character in two") {
        Document d;
        d = extract("We support the caf\xC3\xA9 proposal.");
        REQUIRE(d.stances.size() == 1);
        d.stances[0].target = Span{15, 19};  // "caf" and the first byte of "é"
        CHECK(mentions(test::model_problems(d), "cuts a character in two"));
    }
    SUBCASE("JSON that is not the model's") {
        std::string json = to_json(good);
        CHECK(test::json_problems(good, json).empty());
        const std::size_t text_at = json.find("\"text\":\"") + 8;
        json[text_at] = json[text_at] == 'x' ? 'y' : 'x';
        CHECK(mentions(test::json_problems(good, json), "normalised text"));
        CHECK(mentions(test::json_problems(good, "{\"schema\":\"posext/2\"}"), "schema fields"));
        CHECK(mentions(test::json_problems(good, "{\"schema\":"), "does not parse"));
    }
}
