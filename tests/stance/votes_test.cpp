// Votes explained in running text: the members' own explanations in the Council's records of
// tests/data/records, reported votes, sentences from other records, and votes in another sense.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support.hpp"

using namespace posext;

namespace {

struct Explained {
    std::string choice, kind, name, voter, object, symbol;  // object and symbol empty when none
};

std::string flat(std::string_view text) {
    std::string out(text);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

std::vector<Explained> explained(const Document& d) {
    std::vector<Explained> out;
    for (const Vote& v : d.votes) {
        if (v.kind != VoteKind::explanation) continue;
        out.push_back({std::string(to_string(v.choice)), std::string(to_string(v.voter.kind)), v.voter.name,
                       flat(d.text(v.voter.span)), v.object ? flat(d.text(*v.object)) : std::string(),
                       v.reference ? d.references[*v.reference].canonical : std::string()});
    }
    return out;
}

std::vector<Explained> explained(std::string_view text, const char* speaker) {
    Options options;
    options.speaker = speaker;
    return explained(test::checked_extract(text, options));
}

}  // namespace

TEST_CASE("each member's own explanation of vote in the records, with its choice and its symbol") {
    struct Case {
        const char* file;
        Explained own;
    };
    const std::vector<Case> cases{
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch002_RUS.txt",
         {"against", "speaker", "Russian Federation", "the Russian Federation", "the draft resolution", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch008_RWA.txt", {"in_favour", "speaker", "Rwanda", "we", "", ""}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch009_CHN.txt", {"abstention", "speaker", "China", "we", "", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch010_CHL.txt",
         {"in_favour", "speaker", "Chile", "The delegation of Chile", "the draft resolution (S/2014/189)", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch011_ARG.txt",
         {"in_favour", "speaker", "Argentina", "we", "the draft resolution contained in document S/2014/189", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch013_KOR.txt",
         {"in_favour", "speaker", "Republic of Korea", "The Republic of Korea",
          "the draft resolution contained in document S/2014/189", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch014_NGA.txt",
         {"in_favour", "speaker", "Nigeria", "Nigeria", "the draft resolution", ""}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch015_TCD.txt",
         {"in_favour", "speaker", "Chad", "Chad", "the draft resolution", ""}},  // "S/2014/ 189" is no symbol
        // "ofthe draft resolution": OCR glue, split by the normaliser.
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch016_JOR.txt",
         {"in_favour", "speaker", "Jordan", "Jordan", "the draft resolution contained in document S/2014/189", "S/2014/189"}},
        {"UNSC_2014_SPV.7138/UNSC_2014_SPV.7138_spch017_PRESIDENT-LUX.txt",
         {"in_favour", "speaker", "Luxembourg", "Luxembourg", "the draft resolution", "S/2104/189"}},  // as the record misprints it
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch003_USA.txt",
         {"against", "speaker", "United States", "The United States", "the proposed amendment", ""}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch005_EGY.txt",
         {"abstention", "speaker", "Egypt", "The Egyptian delegation", "today's resolution 2272 (2016)", "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch006_GBR.txt",
         {"against", "speaker", "United Kingdom", "The United Kingdom", "the draft amendment", ""}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch008_CHN.txt",
         {"in_favour", "speaker", "China", "China", "resolution 2272 (2016)", "S/RES/2272(2016)"}},
        // "voted in favour ofresolution 2272 (2016)".
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch009_FRA.txt",
         {"in_favour", "speaker", "France", "France", "resolution 2272 (2016)", "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch011_VEN.txt",
         {"in_favour", "speaker", "Venezuela", "The Bolivarian Republic of Venezuela", "resolution 2272 (2016)",
          "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch015_SEN.txt",
         {"in_favour", "speaker", "Senegal", "Senegal", "the resolution", "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch016_NZL.txt",
         {"in_favour", "speaker", "New Zealand", "New Zealand", "resolution 2272 (2016)", "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch017_JPN.txt",
         {"in_favour", "speaker", "Japan", "Japan", "resolution 2272 (2016)", "S/RES/2272(2016)"}},
        {"UNSC_2016_SPV.7643/UNSC_2016_SPV.7643_spch018_URY.txt",
         {"in_favour", "speaker", "Uruguay", "Uruguay", "the resolution", "S/RES/2272(2016)"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const Document d = test::checked_extract(test::read_data(std::string("records/") + c.file));
        const auto found = explained(d);
        REQUIRE_FALSE(found.empty());
        const Explained& own = found.front();
        CHECK(own.choice == c.own.choice);
        CHECK(own.kind == c.own.kind);
        CHECK(own.name == c.own.name);
        CHECK(own.voter == c.own.voter);
        CHECK(own.object == c.own.object);
        CHECK(own.symbol == c.own.symbol);
        // A voting predicate is never also a stance.
        for (const Vote& v : d.votes) {
            for (const Stance& s : d.stances) CHECK_FALSE((s.cue.begin < v.span.end && v.span.begin < s.cue.end &&
                                                           s.cue.begin >= v.span.begin));
        }
    }
}

TEST_CASE("votes reported of others, and announced ones") {
    CHECK(explained("For us it is no surprise that Russia has vetoed the draft resolution.\n", "France").front().name ==
          "Russian Federation");
    const auto lithuania =
        explained("My delegation is profoundly troubled by Russia's veto of the draft resolution (S/2014/189).\n", "Lithuania");
    REQUIRE(lithuania.size() == 1);
    CHECK(lithuania[0].kind == "third_party");
    CHECK(lithuania[0].choice == "against");
    CHECK(lithuania[0].object == "the draft resolution (S/2014/189)");
    const auto three = explained("Hungary, the Czech Republic and Poland voted against the Compact.\n", "Hungary");
    REQUIRE(three.size() == 3);
    CHECK(three[0].kind == "speaker");
    CHECK(three[1].name == "Czechia");
    CHECK(three[2].voter == "Poland");
    // Announced: "will vote against" is a vote, not a commitment.
    Options options;
    options.speaker = "United States";
    const Document d = test::checked_extract(
        "For that reason, we will vote against the proposed Egyptian amendment.\n", options);
    REQUIRE(d.votes.size() == 1);
    CHECK(d.text(*d.votes[0].object) == "the proposed Egyptian amendment");
    CHECK(d.stances.empty());
    // Withheld: "chose not to vote against" is an abstention.
    CHECK(explained("Despite that, we have chosen not to vote against it.\n", "Egypt").front().choice == "abstention");
    CHECK(explained("On that basis, we could only abstain in the voting.\n", "China").front().choice == "abstention");
    CHECK(explained("Why, then, did we vote in favour?\n", "Rwanda").front().choice == "in_favour");
}

TEST_CASE("the object's symbol: in the object, in the sentence, or the draft last named") {
    const auto later = explained(
        "We have before us the draft resolution submitted by the United States (S/2014/189). We fully share its aims. "
        "That is why Chile voted in favour of the draft resolution.\n", "Chile");
    REQUIRE(later.size() == 1);
    CHECK(later[0].object == "the draft resolution");
    CHECK(later[0].symbol == "S/2014/189");
    // An amendment is not the draft: without a symbol of its own, none.
    const auto amendment = explained(
        "The draft resolution (S/2016/242) has our support. We voted against the proposed amendment.\n", "Japan");
    REQUIRE(amendment.size() == 1);
    CHECK(amendment[0].symbol.empty());
    // "it": the document last named.
    CHECK(explained("We studied the proposed amendment (S/2016/239) closely. In the end we voted against it.\n", "Spain")
              .front()
              .symbol == "S/2016/239");
}

TEST_CASE("no vote where the text speaks of votes in another sense, or of none") {
    for (const char* text : {
             "The Government survived the vote of confidence in Parliament last week.\n",
             "The people of my country voted for my programme and for change.\n",
             "Two months ago, the people of Pakistan voted for change, reform and a new direction.\n",
             "We voted for peace, for our Constitution and for freedom.\n",
             "All States must abstain from the threat or use of force.\n",
             "We will not stand in the way of the draft resolution.\n",
             "The draft resolution was adopted without a vote.\n",
             "The vote on the draft resolution was postponed.\n",
             "We support the Liechtenstein veto initiative.\n",
             "The right of the veto was gained through the blood of the peoples.\n",
             "Today's vote is a failure for the Council.\n",
         }) {
        CAPTURE(text);
        CHECK(explained(text, "Norway").empty());
    }
}

TEST_CASE("no vote in the General Debate statements of tests/data, which speak of votes in other senses") {
    std::size_t statements = 0;
    for (const std::string& name : test::corpus_statements()) {
        if (name.find("ungdc/") == std::string::npos) continue;
        CAPTURE(name);
        ++statements;
        CHECK(test::checked_extract(test::read_data(name)).votes.empty());
    }
    CHECK(statements >= 10);
}
