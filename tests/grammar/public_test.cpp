// The public grammar functions: plain text in, spans of that text out, no Spirit in sight.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <posext/grammar/address.hpp>
#include <posext/grammar/argument.hpp>
#include <posext/grammar/reference.hpp>
#include <posext/grammar/speaker.hpp>
#include <posext/grammar/stance.hpp>

using namespace posext;

namespace {

std::string_view at(std::string_view text, Span span) { return text.substr(span.begin, span.size()); }

}  // namespace

TEST_CASE("salutation: spans of the text as written, over a line break") {
    const std::string text = "Mr.  President,\n  Excellencies,\nI have the honour";
    auto found = grammar::salutation(text);
    REQUIRE(found);
    CHECK(at(text, found->span) == "Mr.  President,\n  Excellencies,");
    REQUIRE(found->addressees.size() == 2);
    CHECK(at(text, found->addressees[0].span) == "Mr.  President");
    CHECK(found->addressees[0].role == Role::president);
    REQUIRE(found->addressees[0].honorific);
    CHECK(at(text, *found->addressees[0].honorific) == "Mr.");
    CHECK(at(text, found->addressees[1].span) == "Excellencies");
    CHECK(found->addressees[1].role == Role::excellencies);
    CHECK_FALSE(found->addressees[1].honorific);
    CHECK_FALSE(grammar::salutation("President Biden said that"));
}

TEST_CASE("closing: a whole formula, with curly quotes and the chair named") {
    const std::string text = "Thank you, Mr.\xC2\xA0" "Chairman.";
    auto found = grammar::closing(text);
    REQUIRE(found);
    CHECK(found->span == Span{0, static_cast<std::uint32_t>(text.size())});
    REQUIRE(found->addressees.size() == 1);
    CHECK(found->addressees[0].role == Role::chair);
    CHECK_FALSE(grammar::closing("Thank you for the floor, and now to the substance."));
}

TEST_CASE("markers: ordinals and paragraph numbers, with their family") {
    auto second = grammar::ordinal_marker("Secondly, we must act.");
    REQUIRE(second);
    CHECK(second->span == Span{0, 8});
    CHECK(second->ordinal == 2);
    CHECK(second->family == grammar::MarkerFamily::words);
    CHECK_FALSE(grammar::ordinal_marker("Second Committee members agreed."));
    auto roman = grammar::numbered_marker("(iv) Capacity-building");
    REQUIRE(roman);
    CHECK(roman->ordinal == 4);
    CHECK(roman->family == grammar::MarkerFamily::roman);
    auto letter = grammar::numbered_marker("(i) Norms");
    REQUIRE(letter);
    CHECK(letter->ambiguous_letter);
}

TEST_CASE("references: a resolution list split over a line, and a symbol") {
    const std::string text = "resolutions 2100 (2013) and\n2164 (2014) of the Council";
    auto list = grammar::resolution_list(text);
    REQUIRE(list);
    CHECK(at(text, list->span) == "resolutions 2100 (2013) and\n2164 (2014)");
    REQUIRE(list->items.size() == 2);
    CHECK(at(text, list->items[1].span) == "2164 (2014)");
    CHECK(list->items[1].number == 2164);
    CHECK(list->items[1].year == 2014);
    auto session = grammar::resolution_list("resolution 75/240");
    REQUIRE(session);
    CHECK(session->items[0].session == "75");
    const std::string symbol = "A/HRC/47/L.1, adopted";
    auto found = grammar::document_symbol(symbol);
    REQUIRE(found);
    CHECK(at(symbol, *found) == "A/HRC/47/L.1");
    CHECK_FALSE(grammar::document_symbol("and/or"));
}

TEST_CASE("speaker line: the delegation in brackets") {
    const std::string text = "Mr. Liu Jieyi (China) (spoke in Chinese): The current situation";
    auto line = grammar::speaker_line(text);
    REQUIRE(line);
    CHECK(at(text, line->span) == "Mr. Liu Jieyi (China) (spoke in Chinese):");
    REQUIRE(line->delegation);
    CHECK(at(text, *line->delegation) == "China");
    auto chair = grammar::speaker_line("The President (spoke in French): I thank");
    REQUIRE(chair);
    CHECK_FALSE(chair->delegation);
    CHECK_FALSE(grammar::speaker_line("Mr. President, Excellencies,"));
}

TEST_CASE("stance markers: the stage's cues, licensed, with negation") {
    const std::string text = "China firmly supports the Programme of Action but does not\naccept new norms.";
    const auto markers = grammar::stance_markers(text);
    REQUIRE(markers.size() == 2);
    CHECK(at(text, markers[0].cue) == "supports");
    CHECK(markers[0].type == StanceType::support);
    CHECK(markers[0].polarity == Polarity::positive);
    CHECK_FALSE(markers[0].negated);
    CHECK(at(text, markers[1].cue) == "does not\naccept");  // a cue of its own in [stance-cues]
    CHECK(markers[1].type == StanceType::oppose);
    CHECK(markers[1].polarity == Polarity::negative);
    const std::string negated = "We do not support the proposal.";
    const auto not_support = grammar::stance_markers(negated);
    REQUIRE(not_support.size() == 1);
    CHECK(at(negated, not_support[0].cue) == "support");
    CHECK(not_support[0].negated);
    CHECK(not_support[0].polarity == Polarity::negative);
    // A cue inside a noun phrase is no stance.
    CHECK(grammar::stance_markers("The support of the donors arrived late.").empty());
    CHECK(grammar::stance_markers("").empty());
}

TEST_CASE("a phrase given alone is no page: a lone symbol is not dropped as page furniture") {
    // In a statement, a line that is only "A/70/PV.25" is a PDF page header; given to the grammar, it is the text.
    auto symbol = grammar::document_symbol("A/76/135");
    REQUIRE(symbol);
    CHECK(*symbol == Span{0, 8});
    auto line = grammar::ordinal_marker("2/10 First, we");
    CHECK_FALSE(line);  // not a marker, and not dropped as a page number either
}
