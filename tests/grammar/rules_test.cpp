// The X3 rules, one at a time, on phrases taken from real statements (normalised text, as the stages give them).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <posext/grammar/x3/address.hpp>
#include <posext/grammar/x3/argument.hpp>
#include <posext/grammar/x3/reference.hpp>
#include <posext/grammar/x3/speaker.hpp>

#include "support.hpp"

using namespace posext;
using namespace posext::grammar::rules;

namespace {

const Lexicon& en() { return Lexicon::english(); }

std::string covered(std::string_view text, const char* end) { return std::string(text.data(), end); }

// The salutation at the start of `text`, as written, or "" when there is none.
std::string salutation_of(std::string_view text) {
    auto match = parse_salutation(text, en());
    return match ? covered(text, match->end) : std::string();
}

std::vector<std::pair<std::string, Role>> addressees_of(std::string_view text) {
    std::vector<std::pair<std::string, Role>> out;
    if (auto match = parse_salutation(text, en())) {
        for (const auto& who : match->addressees) out.emplace_back(std::string(who.begin, who.end), who.role);
    }
    return out;
}

// The document symbol at the start of `text`, as written, or "" when there is none.
std::string symbol(std::string_view text) {
    auto match = parse_document_symbol(text, en());
    return match ? std::string(match->begin, match->end) : std::string();
}

}  // namespace

TEST_CASE("salutations from real openings") {
    CHECK(salutation_of("Mr. Chairman, colleagues,") == "Mr. Chairman, colleagues,");
    CHECK(salutation_of("President of the General Assembly, Secretary-General of the United Nations, Heads of State and Government, ladies and gentlemen, Last year") ==
          "President of the General Assembly, Secretary-General of the United Nations, Heads of State and Government, ladies and gentlemen,");
    CHECK(salutation_of("His Excellency Antonio Guterres, Secretary General of the United Nations.") ==
          "His Excellency Antonio Guterres, Secretary General of the United Nations.");
    CHECK(salutation_of("President of the United Nations General Assembly,") == "President of the United Nations General Assembly,");
    CHECK(salutation_of("Mr. Secretary-General, Mr. President, members of this honourable Assembly:") ==
          "Mr. Secretary-General, Mr. President, members of this honourable Assembly:");
}

TEST_CASE("each addressee gets its role") {
    using R = std::vector<std::pair<std::string, Role>>;
    CHECK(addressees_of("Mr. Chairman, colleagues,") == R{{"Mr. Chairman", Role::chair}, {"colleagues", Role::delegates}});
}

TEST_CASE("salutations: what is not one") {
    CHECK(salutation_of("Mr. Liu Jieyi (China) (spoke in Chinese): The current situation") == "");
    CHECK(salutation_of("President Biden said that") == "");
    CHECK(salutation_of("Colleagues from Africa have") == "");
    CHECK(salutation_of("All protocol observed,") == "");
    CHECK(salutation_of("The President of the Council said") == "");
}

TEST_CASE("salutations: lists, names and marks") {
    CHECK(salutation_of("Mister President, Mister Secretary-General, dear Heads of Delegations, Ladies and Gentlemen, Today") ==
          "Mister President, Mister Secretary-General, dear Heads of Delegations, Ladies and Gentlemen,");
    CHECK(salutation_of("Excellency Philémon Yang, President of the General Assembly, Excellencies,") ==
          "Excellency Philémon Yang, President of the General Assembly, Excellencies,");
    CHECK(salutation_of("Mr/Madam President,") == "Mr/Madam President,");
    CHECK(salutation_of("Your Majesties, Excellencies, and Highnesses,") == "Your Majesties, Excellencies, and Highnesses,");
    CHECK(salutation_of("Mr. President, Excellencies\xE2\x80\xA6 Against these") == "Mr. President, Excellencies\xE2\x80\xA6");
    CHECK(salutation_of("Mr. President: Permit me") == "Mr. President:");
    CHECK(salutation_of("Dear President of the United Nations General Assembly, Excellencies, Ladies and Gentlemen!") ==
          "Dear President of the United Nations General Assembly, Excellencies, Ladies and Gentlemen!");
    CHECK(salutation_of("Your Excellency Mr. Volkan Bozkir, President of the United Nations General Assembly at its seventy-fifth session,") ==
          "Your Excellency Mr. Volkan Bozkir, President of the United Nations General Assembly at its seventy-fifth session,");

    using R = std::vector<std::pair<std::string, Role>>;
    CHECK(addressees_of("Excellency Philémon Yang, President of the General Assembly, Excellency António Guterres, UN Secretary-General,") ==
          R{{"Excellency Philémon Yang, President of the General Assembly", Role::president},
            {"Excellency António Guterres, UN Secretary-General", Role::secretary_general}});
    CHECK(addressees_of("Heads of State and Government, Distinguished Delegates, Ladies and gentlemen,") ==
          R{{"Heads of State and Government", Role::excellencies}, {"Distinguished Delegates", Role::delegates},
            {"Ladies and gentlemen", Role::audience}});
    CHECK(addressees_of("Co-Chairs,") == R{{"Co-Chairs", Role::chair}});
    auto honorific = parse_salutation("Madam President,", en());
    REQUIRE(honorific);
    CHECK(std::string(honorific->addressees[0].honorific_begin, honorific->addressees[0].honorific_end) == "Madam");
    // A title read while trying to go on ("Your " before no form of address)
    // is not the title of the addressee before it. Found by the fuzzer.
    auto stale = parse_salutation("Excellency Ant\xC3\xB3nio Guterres, Your leadership is crucial", en());
    REQUIRE(stale);
    REQUIRE(stale->addressees.size() == 1);
    CHECK(stale->addressees[0].honorific_begin == nullptr);
}

TEST_CASE("closings") {
    for (const char* text : {"Thank you.", "I thank you.", "Thank you, Mr. Chairman.", "Thank you very much!",
                             "I Thank you very, very much.", "Thank you for your kind attention.", "Thank you",
                             "I thank you Mr. President,", "Thank you, and may peace be upon you.",
                             "Mr. President, I thank you.", "THANK YOU, MR. PRESIDENT."}) {
        CAPTURE(text);
        CHECK(parse_closing(text, en()));
    }
    for (const char* text : {"I thank the Secretary-General for his report.", "Thank you for the opportunity to speak on the "
                             "many issues that matter to the people of my country and region today.",
                             "Thanks to the work of the Chair, we agreed."}) {
        CAPTURE(text);
        CHECK_FALSE(parse_closing(text, en()));
    }
    auto named = parse_closing("Thank you, Mr. Chairman.", en());
    REQUIRE(named);
    REQUIRE(named->addressees.size() == 1);
    CHECK(named->addressees[0].role == Role::chair);
}

namespace {

std::optional<std::pair<std::string, unsigned>> marker_of(std::string_view text) {
    auto match = parse_ordinal_marker(text, en());
    if (!match) return std::nullopt;
    return std::make_pair(std::string(match->begin, match->end), match->ordinal);
}

}  // namespace

TEST_CASE("ordinal markers") {
    using M = std::optional<std::pair<std::string, unsigned>>;
    CHECK(marker_of("First, we should strengthen unity") == M{{"First", 1}});
    CHECK(marker_of("Secondly we must") == M{{"Secondly", 2}});
    CHECK(marker_of("Thirdly, however, and this is more encouraging") == M{{"Thirdly", 3}});
    CHECK(marker_of("First of all, I congratulate you") == M{{"First of all", 1}});
    CHECK(marker_of("Last but not least, we") == M{{"Last but not least", 0}});
    CHECK(marker_of("Finally, to support this") == M{{"Finally", 0}});
    CHECK(marker_of("The first is the significance of the United Nations") == M{{"The first", 1}});
    CHECK(marker_of("The first proposal is the establishment") == M{{"The first proposal", 1}});
    CHECK(marker_of("My second point: reform") == M{{"My second point", 2}});
    CHECK(marker_of("This brings me to my second reflection: at the heart") == M{{"This brings me to my second reflection", 2}});
    CHECK(marker_of("Fourth \xE2\x80\x93 development") == M{{"Fourth", 4}});

    CHECK_FALSE(marker_of("Second Committee resolutions are"));
    CHECK_FALSE(marker_of("Third parties must not interfere"));
    CHECK_FALSE(marker_of("First Lady Jill Biden"));
    CHECK_FALSE(marker_of("The first time I came to this Hall"));
    CHECK_FALSE(marker_of("The Second Committee is"));
    CHECK_FALSE(marker_of("For the first time, we"));
    CHECK_FALSE(marker_of("Last year, we"));
}

TEST_CASE("paragraph numbers") {
    auto number = [](std::string_view text) -> std::optional<std::pair<MarkerFamily, unsigned>> {
        auto match = parse_numbered_marker(text, en());
        if (!match) return std::nullopt;
        return std::make_pair(match->family, match->ordinal);
    };
    using N = std::optional<std::pair<MarkerFamily, unsigned>>;
    CHECK(number("1. First, I would like") == N{{MarkerFamily::numbers, 1}});
    CHECK(number("12) Cambodia") == N{{MarkerFamily::numbers, 12}});
    CHECK(number("(3) We") == N{{MarkerFamily::numbers, 3}});
    CHECK(number("(b) the") == N{{MarkerFamily::letters, 2}});
    CHECK(number("(iv) the") == N{{MarkerFamily::roman, 4}});
    CHECK(number("(i) the") == N{{MarkerFamily::roman, 1}});
    CHECK_FALSE(number("2015. That year"));
    CHECK_FALSE(number("1.5 million people"));
    CHECK_FALSE(number("In 2020 we"));
}

TEST_CASE("resolutions and document symbols") {
    auto items = [](std::string_view text) {
        std::vector<std::string> out;
        if (auto list = parse_resolution_list(text, en())) {
            for (const auto& item : list->items) out.emplace_back(item.begin, item.end);
        }
        return out;
    };
    using V = std::vector<std::string>;
    CHECK(items("resolution 75/240 on ICTs") == V{"75/240"});
    CHECK(items("resolutions 75/240 and 76/19.") == V{"75/240", "76/19"});
    CHECK(items("resolutions 2100 (2013) and 2164 (2014)") == V{"2100 (2013)", "2164 (2014)"});
    CHECK(items("resolution 2758 (XXVI)") == V{"2758 (XXVI)"});
    CHECK(items("resolutions 72/273, 73/297 and 73/338,") == V{"72/273", "73/297", "73/338"});
    CHECK(items("resolution ES-11/1 of") == V{"ES-11/1"});
    CHECK(items("resolution 1325,") == V{"1325"});
    CHECK(items("resolution of the conflict").empty());
    auto parts = parse_resolution_list("resolution 2231 (2015)", en());
    REQUIRE(parts);
    CHECK(parts->items[0].number == 2231);
    CHECK(parts->items[0].year == 2015);

    CHECK(symbol("A/76/135 of") == "A/76/135");
    CHECK(symbol("S/2014/189.") == "S/2014/189");
    CHECK(symbol("A/HRC/47/L.1,") == "A/HRC/47/L.1");
    CHECK(symbol("S/RES/2231 (2015)") == "S/RES/2231 (2015)");
    CHECK(symbol("COVID/19") == "");
    CHECK(symbol("A/B/C") == "");
}

TEST_CASE("records of meetings are document symbols, also with a space after a slash") {
    // From General Debate statements: "(see A/77/ PV.4)", "A/PV.2243", "S/PV.7138".
    CHECK(symbol("A/77/ PV.4)") == "A/77/ PV.4");
    CHECK(symbol("A/73/PV.6)") == "A/73/PV.6");
    CHECK(symbol("A/PV.2243 of") == "A/PV.2243");
    CHECK(symbol("S/PV.7138,") == "S/PV.7138");
    // Not a record: letters glued to the number stay one part, as before; no number, no symbol.
    CHECK(symbol("A/71/PV.4B") == "A/71/PV.4B");
    CHECK(symbol("A/PV.") == "");
    CHECK(symbol("A/ PV.4") == "A/ PV.4");
}

TEST_CASE("speaker lines") {
    auto line = parse_speaker_line("Mr. Liu J ieyi (China) (spoke in Chinese): The current situation", en());
    REQUIRE(line);
    CHECK(std::string(line->delegation_begin, line->delegation_end) == "China");
    CHECK(std::string(line->begin, line->end) == "Mr. Liu J ieyi (China) (spoke in Chinese):");
    auto chair = parse_speaker_line("The President (spoke in French): I thank", en());
    REQUIRE(chair);
    CHECK(chair->delegation_begin == nullptr);
    CHECK_FALSE(parse_speaker_line("Mr. President: Permit me", en()));
    CHECK_FALSE(parse_speaker_line("Mr. President, Excellencies,", en()));
}
