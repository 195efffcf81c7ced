// Lexicon files: the format, its errors, and how user entries change the analysis.
#include <doctest/doctest.h>

#include <fstream>

#include "lexicon/phrase_filter.hpp"
#include "support.hpp"

using namespace posext;

TEST_CASE("the built-in tables are loaded from english.lex") {
    const Lexicon& en = Lexicon::english();
    CHECK(en.abbreviation("Mr.") == AbbreviationKind::title);
    CHECK(en.abbreviation("e.g.") == AbbreviationKind::inner);
    CHECK(en.abbreviation("No.") == AbbreviationKind::number);
    CHECK(en.abbreviation("etc.") == AbbreviationKind::final);
    CHECK(en.abbreviation("U.S.") == AbbreviationKind::name);
    CHECK_FALSE(en.abbreviation("Mister").has_value());
    CHECK(en.is_sentence_opener("the"));
    CHECK(en.is_sentence_opener("The"));
    CHECK_FALSE(en.is_sentence_opener("Congress"));
    CHECK(en.is_hyphen_prefix("Self"));
    CHECK(en.size() > 100);
}

TEST_CASE("user entries extend a copy, never the shared tables") {
    Lexicon mine = Lexicon::english();
    const std::size_t before = Lexicon::english().size();
    mine.add("# mine\n[abbreviations]\nExcl.   title   # a made-up title\n\n[sentence-openers]\nCongress\n", "mine.lex");
    CHECK(mine.abbreviation("Excl.") == AbbreviationKind::title);
    CHECK(mine.is_sentence_opener("congress"));
    CHECK(Lexicon::english().size() == before);
    CHECK_FALSE(Lexicon::english().abbreviation("Excl.").has_value());

    const std::string text = "We thank Excl. Ortiz for the work.";
    CHECK(test::checked_extract(text).sentences.size() == 2);
    Options options;
    options.lexicon = &mine;
    CHECK(test::checked_extract(text, options).sentences.size() == 1);
}

TEST_CASE("bad lexicon files fail with an identifier, the file and the line") {
    auto error_of = [](std::string_view text) -> Error {
        try {
            Lexicon().add(text, "bad.lex");
        } catch (const Error& e) {
            return e;
        }
        FAIL("no error");
        return Error("", "");
    };
    Error unknown = error_of("# x\n[colours]\nred\n");
    CHECK(unknown.id() == "lexicon.unknown-section");
    CHECK(unknown.file() == "bad.lex");
    CHECK(unknown.line() == 2);
    CHECK(std::string(unknown.what()) == "bad.lex:2: unknown section [colours] [lexicon.unknown-section]");
    CHECK(error_of("Mr.\n").id() == "lexicon.entry-outside-section");
    CHECK(error_of("[abbreviations]\nMr.\n").id() == "lexicon.bad-entry");
    CHECK(error_of("[abbreviations]\nMr. honorific\n").id() == "lexicon.bad-entry");
    CHECK(error_of("[abbreviations]\nMr title\n").id() == "lexicon.bad-entry");
    CHECK(error_of("[sentence-openers]\nThe End\n").line() == 2);
    CHECK(error_of("[abbreviations\n").id() == "lexicon.bad-section");
}

TEST_CASE("a lexicon file is read from disk, and a missing one is an error") {
    const std::string path = "posext-lexicon-test.lex";
    {
        std::ofstream out(path);
        out << "[hyphen-prefixes]\nmulti\n";
    }
    Lexicon lexicon = Lexicon::english();
    lexicon.add_file(path);
    CHECK(lexicon.is_hyphen_prefix("multi"));
    std::remove(path.c_str());
    CHECK_THROWS_AS(lexicon.add_file("no-such-file.lex"), Error);
}

TEST_CASE("phrase tables: values are checked, capitals match only capitals") {
    auto error_of = [](std::string_view text) -> std::string {
        try {
            Lexicon().add(text, "bad.lex");
        } catch (const Error& e) {
            return e.id() + " line " + std::to_string(e.line());
        }
        return "no error";
    };
    CHECK(error_of("[addressees]\nchairs Chairman\n") == "lexicon.bad-entry line 2");
    CHECK(error_of("[addressees]\nchair\n") == "lexicon.bad-entry line 2");
    CHECK(error_of("[ordinal-markers]\nzero Zeroth\n") == "lexicon.bad-entry line 2");
    CHECK(error_of("[ordinal-words]\nlast final\n") == "lexicon.bad-entry line 2");
    CHECK(error_of("[security-council-years]\n2025\n") == "lexicon.bad-entry line 2");
    CHECK(error_of("[closings]\nthank you\n[open-words]\nand\n") == "no error");

    const Lexicon& en = Lexicon::english();
    CHECK(en.match(Phrases::speaker, "UK and")->first_form == "United Kingdom");
    CHECK_FALSE(en.match(Phrases::speaker, "us and"));
    CHECK(en.match(Phrases::speaker, "Papua New Guinea is")->length == 16);
    CHECK(en.match(Phrases::speaker, "Guinea-Bissau is")->value == "GNB");
    CHECK(en.match(Phrases::speaker, "Austria's aid")->length == 7);
    CHECK(en.match(Phrases::addressee, "Secretary-General,")->value == "secretary_general");
    CHECK_FALSE(en.match(Phrases::addressee, "Secretary"));
    CHECK(en.security_council_year(1325) == 2000u);
    CHECK(en.security_council_year(2231) == 2015u);
    CHECK_FALSE(en.security_council_year(100));
    CHECK_FALSE(en.security_council_year(3100));
    CHECK(en.is_open_word("And"));
}

TEST_CASE("stance cues: TYPE:CLASS:POLARITY values and first-word filters") {
    auto fails = [](std::string_view text) {
        try {
            Lexicon().add(text, "bad.lex");
        } catch (const Error& e) {
            return e.id() == "lexicon.bad-entry" && e.line() == 2;
        }
        return false;
    };
    CHECK(fails("[stance-cues]\nsupport support\n"));
    CHECK(fails("[stance-cues]\nsupports:verb:+ support\n"));
    CHECK(fails("[stance-cues]\nsupport:adverb:+ support\n"));
    CHECK(fails("[stance-cues]\nsupport:verb:0 support\n"));
    Lexicon mine;
    mine.add("[stance-cues]\nsupport:verb:+ look forward to\nappeal:verb:+ urge\n", "mine.lex");
    CHECK(mine.match(Phrases::stance_cue, "look forward to it")->value == "support:verb:+");
    const detail::PhraseFilter filter = detail::phrase_filter(mine, Phrases::stance_cue);
    CHECK(filter.may_open("look"));
    CHECK(filter.may_open("look", "forward"));
    CHECK_FALSE(filter.may_open("look", "at"));  // "look" alone is no cue, nor "look at"
    CHECK(filter.may_open("urge", ""));
    CHECK_FALSE(filter.may_open("bridge"));
    CHECK(Lexicon::english().match(Phrases::stance_cue, "calls upon all")->value == "appeal:verb:+");
}

TEST_CASE("a phrase filter stays valid when its lexicon changes or goes") {
    // add() copies the tables on write; a filter taken before must keep reading the old ones,
    // not freed memory (AddressSanitizer checks this in the sanitizer build).
    auto lexicon = std::make_unique<Lexicon>();
    lexicon->add("[stance-cues]\nsupport:verb:+ endorse\n", "first.lex");
    const detail::PhraseFilter before = detail::phrase_filter(*lexicon, Phrases::stance_cue);
    for (int i = 0; i < 20; ++i) {
        lexicon->add("[stance-cues]\nsupport:verb:+ back" + std::to_string(i) + "\n", "more.lex");
    }
    CHECK(before.may_open("endorse"));
    CHECK(detail::phrase_filter(*lexicon, Phrases::stance_cue).may_open("back7"));
    lexicon.reset();
    CHECK(before.may_open("endorse"));
}
