// posext/2 JSON: valid, every field of the schema, spans in bounds, text equal to its source.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <string>

#include "support.hpp"

using namespace posext;
namespace json = boost::json;

namespace {

void check_span(const json::object& o, const Document& d, bool with_text) {
    const auto begin = o.at("begin").as_int64();
    const auto end = o.at("end").as_int64();
    CHECK(0 <= begin);
    CHECK(begin <= end);
    CHECK(static_cast<std::size_t>(end) <= d.input().size());
    if (with_text) {
        CHECK(std::string(o.at("text").as_string()) ==
              d.normalized({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}));
    }
}

// Checks the shape of a whole document against the model it came from.
void check_document(const json::value& v, const Document& d) {
    const json::object& o = v.as_object();
    CHECK(o.at("schema").as_string() == "posext/2");
    CHECK(o.at("source").at("name").as_string() == d.source_name);
    CHECK(o.at("source").at("bytes").as_int64() == static_cast<std::int64_t>(d.input().size()));
    CHECK(o.at("language").as_string() == "en");
    CHECK((o.at("speaker").is_null() || o.at("speaker").is_object()));
    CHECK((o.at("speaker_line").is_null() || o.at("speaker_line").is_object()));
    for (const char* key : {"paragraphs", "sentences", "addresses", "arguments", "stances", "references", "votes",
                            "diagnostics"}) {
        CAPTURE(key);
        CHECK(o.at(key).is_array());
    }
    CHECK(o.at("paragraphs").as_array().size() == d.paragraphs.size());
    for (const auto& p : o.at("paragraphs").as_array()) check_span(p.as_object(), d, false);
    CHECK(o.at("sentences").as_array().size() == d.sentences.size());
    for (const auto& s : o.at("sentences").as_array()) {
        check_span(s.as_object(), d, false);
        const auto paragraph = s.at("paragraph").as_int64();
        REQUIRE(static_cast<std::size_t>(paragraph) < d.paragraphs.size());
        const auto& p = o.at("paragraphs").as_array()[static_cast<std::size_t>(paragraph)];
        CHECK(p.at("begin").as_int64() <= s.at("begin").as_int64());
        CHECK(s.at("end").as_int64() <= p.at("end").as_int64());
    }
    for (const auto& a : o.at("addresses").as_array()) {
        check_span(a.as_object(), d, true);
        for (const auto& who : a.at("addressees").as_array()) {
            check_span(who.as_object(), d, true);
            if (!who.at("honorific").is_null()) check_span(who.at("honorific").as_object(), d, true);
        }
    }
    for (const auto& a : o.at("arguments").as_array()) {
        check_span(a.as_object(), d, false);
        check_span(a.at("marker").as_object(), d, true);
        check_span(a.at("headline").as_object(), d, true);
    }
    for (const auto& s : o.at("stances").as_array()) {
        check_span(s.as_object(), d, false);
        check_span(s.at("cue").as_object(), d, true);
        for (const char* role : {"addressee", "target", "intensity"}) {
            if (s.at(role).is_object()) check_span(s.at(role).as_object(), d, true);
        }
        CHECK(s.at("issues").is_array());
    }
    for (const auto& v : o.at("votes").as_array()) {
        check_span(v.as_object(), d, false);
        check_span(v.at("voter").as_object(), d, true);
        if (v.at("object").is_object()) check_span(v.at("object").as_object(), d, true);
    }
    for (const auto& r : o.at("references").as_array()) check_span(r.as_object(), d, true);
    for (const auto& g : o.at("diagnostics").as_array()) check_span(g.as_object(), d, false);
}

}  // namespace

TEST_CASE("the seed statement gives valid posext/2 in both layouts") {
    Options options;
    options.source_name = "CHN_OEWG_2021-12.txt";
    Document d = test::checked_extract(test::read_data("CHN_OEWG_2021-12.txt"), options);
    const std::string compact = to_json(d);
    const std::string readable = to_json(d, JsonLayout::readable);
    CHECK(compact.find('\n') == std::string::npos);
    const json::value a = json::parse(compact);
    const json::value b = json::parse(readable);
    CHECK(a == b);
    check_document(a, d);
    CHECK(a.at("paragraphs").as_array().size() == 15);
    CHECK(a.at("sentences").as_array().size() == 49);
}

TEST_CASE("golden: the seed statement's whole model") {
    Options options;
    options.source_name = "CHN_OEWG_2021-12.txt";
    Document d = test::checked_extract(test::read_data("CHN_OEWG_2021-12.txt"), options);
    // Compared as text, so that any change to the output, even of layout, is seen.
    CHECK(to_json(d, JsonLayout::readable) + "\n" == test::read_data("CHN_OEWG_2021-12.expected.json"));
}

TEST_CASE("every field of the schema is written from the model") {
    const std::string text = "Mr. Chairman, colleagues,\n\nFirst, China supports resolution 75/240.\n";
    Options layers_off;  // the layers are filled by hand below
    layers_off.stances = false;
    Document d = test::checked_extract(text, layers_off);
    d.stances.clear();
    d.speaker = Speaker{"China", Span{34, 39}};
    d.addresses.push_back({{0, 25}, AddressKind::opening, {{{0, 12}, Role::chair, Span{0, 3}}, {{14, 24}, Role::delegates, std::nullopt}}});
    d.arguments.push_back({{27, 68}, 1, 1, {27, 32}, {34, 67}, 1, 1});
    Stance supports;
    supports.span = {34, 67};
    supports.sentence = 1;
    supports.argument = 0;
    supports.type = StanceType::support;
    supports.cue = {40, 48};
    supports.holder = {HolderKind::speaker, Span{34, 39}};
    supports.addressee = Span{14, 24};
    supports.target = Span{49, 66};
    supports.issues = {"un-resolutions", "ict"};
    d.stances.push_back(supports);
    d.references.push_back({{49, 66}, ReferenceKind::resolution, "A/RES/75/240"});
    Vote vote;
    vote.span = {34, 48};
    vote.kind = VoteKind::explanation;
    vote.choice = VoteChoice::in_favour;
    vote.voter = {HolderKind::speaker, {34, 39}, "China"};
    vote.object = Span{49, 66};
    vote.reference = 0;
    d.votes.push_back(vote);
    d.speaker_line = SpeakerLine{{0, 12}, "Mr. Chairman", std::nullopt, "The Chair", std::nullopt};
    d.turn = Turn{2, 5};
    const json::value v = json::parse(to_json(d));
    check_document(v, d);
    CHECK(v.at("speaker").at("name").as_string() == "China");
    CHECK(v.at("speaker").at("evidence").at("text").as_string() == "China");
    const auto& address = v.at("addresses").as_array().at(0);
    CHECK(address.at("kind").as_string() == "opening");
    CHECK(address.at("text").as_string() == "Mr. Chairman, colleagues,");
    CHECK(address.at("addressees").as_array().at(0).at("role").as_string() == "chair");
    CHECK(address.at("addressees").as_array().at(0).at("honorific") == json::parse(R"({"begin": 0, "end": 3, "text": "Mr."})"));
    CHECK(address.at("addressees").as_array().at(1).at("honorific").is_null());
    const auto& argument = v.at("arguments").as_array().at(0);
    CHECK(argument.at("series").as_int64() == 1);
    CHECK(argument.at("ordinal").as_int64() == 1);
    CHECK(argument.at("marker").at("text").as_string() == "First");
    CHECK(argument.at("sentences").as_array() == json::array{1, 1});
    const auto& stance = v.at("stances").as_array().at(0);
    CHECK(stance.at("sentence").as_int64() == 1);
    CHECK(stance.at("argument").as_int64() == 0);  // an index into arguments, not the ordinal
    CHECK(stance.at("type").as_string() == "support");
    CHECK(stance.at("polarity").as_string() == "positive");
    CHECK(stance.at("negated").as_bool() == false);
    CHECK(stance.at("cue").at("text").as_string() == "supports");
    CHECK(stance.at("holder").at("kind").as_string() == "speaker");
    CHECK(stance.at("holder").at("text").as_string() == "China");
    CHECK(stance.at("target").at("text").as_string() == "resolution 75/240");
    CHECK(stance.at("intensity").is_null());
    CHECK(stance.at("addressee").at("text").as_string() == "colleagues");
    CHECK(stance.at("issues") == json::array{"un-resolutions", "ict"});
    const auto& row = v.at("votes").as_array().at(0);
    CHECK(row == json::parse(R"({"begin": 34, "end": 48, "kind": "explanation", "choice": "in_favour",
        "voter": {"kind": "speaker", "begin": 34, "end": 39, "text": "China", "name": "China"},
        "object": {"begin": 49, "end": 66, "text": "resolution 75/240"}, "reference": 0, "issues": []})"));
    CHECK(v.at("speaker_line") == json::parse(R"({"begin": 0, "end": 12, "text": "Mr. Chairman", "person": "Mr. Chairman",
        "state": null, "office": "The Chair", "language": null})"));
    CHECK(v.at("source").at("turn") == json::parse(R"({"index": 2, "of": 5})"));
    const auto& reference = v.at("references").as_array().at(0);
    CHECK(reference.at("kind").as_string() == "resolution");
    CHECK(reference.at("canonical").as_string() == "A/RES/75/240");
    CHECK(reference.at("text").as_string() == "resolution 75/240");
}

TEST_CASE("strings are escaped and always valid UTF-8") {
    Options options;
    options.source_name = std::string("odd \"name\"\\\t\x01\xFF.txt");
    Document d = test::checked_extract("Hello \xFF world.", options);
    const json::value v = json::parse(to_json(d));
    CHECK(v.at("source").at("name").as_string() == "odd \"name\"\\\t\x01\xEF\xBF\xBD.txt");
    const auto& diagnostic = v.at("diagnostics").as_array().at(0);
    CHECK(diagnostic.at("severity").as_string() == "warning");
    CHECK(diagnostic.at("id").as_string() == "input.invalid-utf8");
    CHECK(diagnostic.at("begin").as_int64() == 6);
    CHECK(diagnostic.at("end").as_int64() == 7);
}

TEST_CASE("a byte to escape is escaped wherever it falls in a run of plain text") {
    // The writer looks for such bytes 16 at a time: each position of two blocks, and the tail.
    for (std::size_t at = 0; at < 40; ++at) {
        for (const std::string odd : {"\"", "\\", "\t", "\x01", "\xC3\xA9", "\xFF"}) {
            std::string name(40, 'a');
            name.replace(at, 1, odd);
            Options options;
            options.source_name = name;
            const json::value v = json::parse(to_json(test::checked_extract("Hello.", options)));
            std::string expected = name;
            if (odd == "\xFF") expected.replace(at, 1, "\xEF\xBF\xBD");
            REQUIRE(v.at("source").at("name").as_string() == expected);
        }
    }
}

TEST_CASE("the text summary names the counts and the paragraphs") {
    Options options;
    options.source_name = "seed.txt";
    const std::string text = to_text(test::checked_extract(test::read_data("CHN_OEWG_2021-12.txt"), options));
    CHECK(text.rfind("seed.txt: 6149 bytes, 15 paragraphs, 49 sentences\n", 0) == 0);
    CHECK(text.find("   15  line 105   1 sentence   Thank you, Mr. Chairman.") != std::string::npos);
    // A stance shows the party it addresses, in brackets, before its target.
    CHECK(text.find("\"calls upon\" (relevant countries) show flexibility") != std::string::npos);
    // A meeting record's speaker line, with its parts.
    const std::string turn =
        to_text(test::checked_extract("Mr. Liu Jieyi (China) (spoke in Chinese): I thank the Secretary-General.\n"));
    CHECK(turn.find("speaker: China (line 1)\nspeaker line: Mr. Liu Jieyi, China, spoke in Chinese (line 1)\n") !=
          std::string::npos);
}
