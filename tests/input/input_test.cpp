// Input handling: validation, the normalised view and its map back to the input.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "support.hpp"

using namespace posext;

namespace {
// The normaliser on a text of its own; extract() runs it on each paragraph.
std::string words(std::string_view text) {
    test::checked_extract(text);
    return normalize(text, Lexicon::english()).text;
}
}  // namespace

TEST_CASE("white space collapses and curly quotes fold") {
    CHECK(words("  We  trust\tthat\n\nunder   your ") == "We trust that under your");
    CHECK(words("China\xE2\x80\x99s \xE2\x80\x9C" "alliance\xE2\x80\x9D") == "China's \"alliance\"");
    CHECK(words("1.5\xC2\xA0\xC2\xB0" "C and\xE2\x80\xAF" "20\xE2\x80\x89per cent") == "1.5 \xC2\xB0" "C and 20 per cent");
    CHECK(words("a\xE2\x80\x83" "b") == "a b");  // EM SPACE
    // Long runs of plain text are copied 16 bytes at a time: the rules hold at
    // every position of such a run, not only between short words.
    CHECK(words("The General Assembly  reaffirms its commitment\tto the Charter of the United Nations.") ==
          "The General Assembly reaffirms its commitment to the Charter of the United Nations.");
    CHECK(words("Thirty-two delegations\xE2\x80\x99 statements, one after another, all   agreed.") ==
          "Thirty-two delegations' statements, one after another, all agreed.");
    CHECK(words("abcdefghijklmnop  qrstuvwxyz0123456789 ") == "abcdefghijklmnop qrstuvwxyz0123456789");
}

TEST_CASE("line-end hyphenation joins words, keeps compounds") {
    // A word ending after the hyphen, or the word written whole elsewhere in the document, joins.
    CHECK(words("develop-\nment") == "development");
    CHECK(words("Organiza-\ntion") == "Organization");
    CHECK(words("The nego-\ntiations go on; negotiations matter.") == "The negotiations go on; negotiations matter.");
    // Else both parts stand as they are: in the UN corpus nearly every line-end hyphen is a compound's.
    CHECK(words("nego-\ntiations") == "nego-tiations");
    CHECK(words("zero-\ntolerance") == "zero-tolerance");
    CHECK(words("troop-\ncontributing countries") == "troop-contributing countries");
    CHECK(words("Secretary-\nGeneral") == "Secretary-General");
    CHECK(words("COVID-\n19") == "COVID-19");
    CHECK(words("self-\ndetermination") == "self-determination");
    CHECK(words("non-\ngovernmental") == "non-governmental");
    // a hyphen with a space before it is a dash, not hyphenation
    CHECK(words("efforts -\ncertainly") == "efforts - certainly");
    // PDF text often keeps, inside a line, the hyphen of a line it broke: read as a line-end hyphen
    // (371 "Secretary- General" in the corpus), also past the bulk copy of plain runs.
    CHECK(words("Iran- backed") == "Iran-backed");
    CHECK(words("We thank the Secretary- General for his report.") == "We thank the Secretary-General for his report.");
    CHECK(words("a new develop- ment") == "a new development");
    CHECK(words("the right to self- determination of peoples") == "the right to self-determination of peoples");
    // but not a hyphen suspended before a coordinator, nor a dash
    CHECK(words("low- and middle-income countries") == "low- and middle-income countries");
    CHECK(words("troop- or police-contributing") == "troop- or police-contributing");
    CHECK(words("our efforts - certainly") == "our efforts - certainly");
}

TEST_CASE("Markdown emphasis, headings and bullets are dropped for matching") {
    CHECK(words("**Mr President,**") == "Mr President,");
    CHECK(words("the **factors that displace them**, the") == "the factors that displace them, the");
    CHECK(words("### III. Ukraine, Israel, Africa") == "III. Ukraine, Israel, Africa");
    CHECK(words("- **Monetary poverty** fell") == "Monetary poverty fell");
    CHECK(words("\xE2\x80\xA2\tWe stood") == "We stood");
    CHECK(words("5 * 3") == "5 * 3");
}

TEST_CASE("PDF page furniture is not part of the words") {
    CHECK(words("While the\n15-29425 31/34\n\f\nA/70/PV.15 28/09/2015\nworld") == "While the world");
    CHECK(words("a chosen few,\n16-29415 3/30 who will build") == "a chosen few, who will build");
    CHECK(words("peace.\n### Page 3 (continued):\nWe") == "peace. We");
    // numbers that only look like furniture stay
    CHECK(words("the 2/3 majority") == "the 2/3 majority");
}

TEST_CASE("ligatures and invisible characters") {
    CHECK(words("con\xEF\xAC\x82" "ict") == "conflict");
    CHECK(words("co\xC2\xAD" "operation") == "cooperation");
    CHECK(words("zero\xE2\x80\x8Bwidth") == "zerowidth");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and a diagnostic with the exact bytes") {
    const std::string text = "We are \xFF\xFE here. We stay \xC3 here.";
    Document d = test::checked_extract(text);
    CHECK_FALSE(d.failed());
    REQUIRE(d.diagnostics.size() == 2);
    CHECK(d.diagnostics[0].id == "input.invalid-utf8");
    CHECK(d.diagnostics[0].span == Span{7, 9});
    CHECK(d.diagnostics[1].span == Span{24, 25});
    CHECK(d.sentences.size() == 2);
    CHECK(d.normalized(d.sentences[0].span) == "We are \xEF\xBF\xBD\xEF\xBF\xBD here.");
    // overlong encodings and surrogates are invalid too
    CHECK(test::checked_extract("a\xC0\xAF" "b").diagnostics.size() == 1);
    CHECK(test::checked_extract("a\xED\xA0\x80" "b").diagnostics.size() == 1);
}

TEST_CASE("NUL bytes and binary input are rejected, not parsed") {
    Document nul = test::checked_extract(std::string("Mr. President,\0\0", 16));
    CHECK(nul.failed());
    REQUIRE(nul.diagnostics.size() == 1);
    CHECK(nul.diagnostics[0].id == "input.binary");
    CHECK(nul.diagnostics[0].span == Span{14, 15});
    CHECK(nul.paragraphs.empty());

    std::string noise;
    for (int i = 0; i < 400; ++i) noise.push_back(static_cast<char>(0x80 + (i * 7) % 64));
    Document binary = test::checked_extract(noise);
    CHECK(binary.failed());
    CHECK(binary.diagnostics.at(0).id == "input.binary");
}

TEST_CASE("too large input gives an error diagnostic") {
    Options options;
    options.max_input_bytes = 10;
    Document d = test::checked_extract("Mr. President, this is long.", options);
    CHECK(d.failed());
    CHECK(d.diagnostics.at(0).id == "input.too-large");
    CHECK(d.sentences.empty());
}

TEST_CASE("empty and blank input give an empty document") {
    for (std::string_view text : {"", "\n\n", "   \r\n\t", "\xEF\xBB\xBF"}) {
        Document d = test::checked_extract(text);
        CHECK_FALSE(d.failed());
        CHECK(d.paragraphs.empty());
        CHECK(d.sentences.empty());
        CHECK(d.diagnostics.empty());
    }
}

TEST_CASE("BOM, CRLF and CR give the same model at shifted offsets") {
    const std::string lf = "Mr. Chairman,\n\nWe trust that under your\nleadership, we progress. Thank you.\n";
    std::string crlf = "\xEF\xBB\xBF";
    std::string cr;
    for (char c : lf) {
        if (c == '\n') {
            crlf += "\r\n";
            cr += '\r';
        } else {
            crlf += c;
            cr += c;
        }
    }
    Document a = test::checked_extract(lf);
    Document b = test::checked_extract(crlf);
    Document c = test::checked_extract(cr);
    REQUIRE(a.sentences.size() == 3);
    REQUIRE(b.sentences.size() == 3);
    REQUIRE(c.sentences.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(a.normalized(a.sentences[i].span) == b.normalized(b.sentences[i].span));
        CHECK(a.normalized(a.sentences[i].span) == c.normalized(c.sentences[i].span));
        CHECK(c.sentences[i].span == a.sentences[i].span);
    }
    CHECK(b.sentences[0].span == Span{3, 16});
    CHECK(b.sentences[1].span == Span{20, 70});
}

TEST_CASE("line and column are counted on demand") {
    Document d = test::checked_extract("ab\ncd\r\nef\rgh");
    CHECK(d.line_column(0).line == 1);
    CHECK(d.line_column(4).line == 2);
    CHECK(d.line_column(4).column == 2);
    CHECK(d.line_column(7).line == 3);
    CHECK(d.line_column(10).line == 4);
    CHECK(d.line_column(1000).line == 4);
}

TEST_CASE("text that lost letters in PDF extraction is noted, not changed") {
    const std::string damaged =
        "I extend my congratulaons on the opening of the United Naons General Assembly. "
        "We seek soluons and cooperaon.";
    Document d = test::checked_extract(damaged);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].id == "input.lost-letters");
    CHECK(d.diagnostics[0].severity == Severity::note);
    CHECK(d.text(d.diagnostics[0].span) == "congratulaons");
    CHECK_FALSE(d.failed());
    CHECK(d.sentences.size() == 2);
    // whole words are fine, and so are one or two odd ones
    CHECK(test::checked_extract("The United Nations and its nations. Aon and paeon.").diagnostics.empty());
}

TEST_CASE("a document's normalised spans are the normaliser's words for those spans") {
    // Document::normalized cuts from the text normalised once per paragraph;
    // for a sentence, that must be what the normaliser gives for its bytes alone.
    for (const std::string& name : test::corpus_statements()) {
        const std::string text = test::read_data(name);
        CAPTURE(name);
        const Document d = test::checked_extract(text);
        for (const Sentence& s : d.sentences) {
            CAPTURE(s.span.begin);
            CHECK(d.normalized(s.span) == normalize(d.input(), s.span, Lexicon::english()).text);
            const auto view = d.normalized_view(s.span);
            REQUIRE(view);
            CHECK(*view == d.normalized(s.span));
        }
        // Over two paragraphs there is no view without a copy; normalized() joins them with a space.
        if (d.paragraphs.size() >= 2) {
            const Span both{d.paragraphs[0].span.begin, d.paragraphs[1].span.end};
            CHECK_FALSE(d.normalized_view(both));
            CHECK(d.normalized(both) == d.normalized(d.paragraphs[0].span) + " " + d.normalized(d.paragraphs[1].span));
        }
        for (const Paragraph& p : d.paragraphs) {
            CHECK(d.normalized(p.span) == normalize(d.input(), p.span, Lexicon::english()).text);
        }
    }
}

TEST_CASE("normalized text maps each byte back to the input") {
    const std::string input = "  The Secretary-\nGeneral\xE2\x80\x99s re-\nport. Its report.\n";
    const NormalizedText n = normalize(input, Lexicon::english());
    CHECK(n.text == "The Secretary-General's report. Its report.");
    REQUIRE(n.origin.size() == n.text.size());
    CHECK(std::is_sorted(n.origin.begin(), n.origin.end()));
    const std::size_t apostrophe = n.text.find('\'');
    CHECK(n.span_of(input, apostrophe, apostrophe + 1) == Span{24, 27});  // the curly quote's three bytes
    const std::size_t report = n.text.find("report");
    CHECK(input.substr(n.origin[report], 2) == "re");
    const Span word = n.span_of(input, report, report + 6);
    CHECK(input.substr(word.begin, word.size()) == "re-\nport");
    auto [first, last] = n.range_of(word);
    CHECK(n.text.substr(first, last - first) == "report");
}

TEST_CASE("range_of finds the same bytes as a search over the whole map, wherever the search starts") {
    // Maps with long gaps (dropped page furniture) and runs of one offset (a mark that became
    // several bytes), where a guess from the offsets' scale is far off.
    std::mt19937 random(1206);
    for (int round = 0; round < 500; ++round) {
        NormalizedText n;
        std::uint32_t at = random() % 5;
        const std::size_t size = random() % 200;
        for (std::size_t i = 0; i < size; ++i) {
            n.text.push_back('x');
            n.origin.push_back(at);
            const unsigned kind = random() % 10;
            at += kind == 0 ? 0 : kind == 1 ? 1 + random() % 300 : 1;
        }
        for (int probe = 0; probe < 50; ++probe) {
            const std::uint32_t b = random() % (at + 10);
            const std::uint32_t e = b + random() % 40;
            const auto first = static_cast<std::size_t>(std::lower_bound(n.origin.begin(), n.origin.end(), b) - n.origin.begin());
            const auto last = static_cast<std::size_t>(std::lower_bound(n.origin.begin(), n.origin.end(), e) - n.origin.begin());
            REQUIRE(n.range_of(Span{b, e}) == std::pair<std::size_t, std::size_t>{first, std::max(first, last)});
        }
    }
}

namespace {
// The language a statement is taken to be in, and whether the note says so.
std::string language_of(const std::string& text) {
    const Document d = test::checked_extract(text);
    const bool noted = std::any_of(d.diagnostics.begin(), d.diagnostics.end(),
                                   [](const Diagnostic& x) { return x.id == "input.not-english"; });
    CHECK(noted == (d.language != "en"));
    return d.language;
}
}  // namespace

TEST_CASE("a statement in another official language says so; English with foreign words stays English") {
    CHECK(language_of("Monsieur le Président, Mesdames et Messieurs,\n\nAu nom de la République, je tiens à vous "
                      "féliciter pour votre élection. Nous sommes réunis dans un moment difficile pour le monde. "
                      "La France est attachée au multilatéralisme et aux Nations Unies. Nous devons agir ensemble "
                      "pour la paix, pour le climat et pour le développement durable. Les défis sont immenses, mais "
                      "nos moyens le sont aussi.\n") == "fr");
    CHECK(language_of("Señor Presidente:\n\nEn nombre del pueblo y del Gobierno, deseo felicitarlo por su "
                      "elección. Los desafíos de nuestro tiempo exigen una respuesta colectiva, y las Naciones "
                      "Unidas son el espacio para construirla. Nuestro país reafirma su compromiso con el "
                      "multilateralismo, con la paz y con el desarrollo sostenible para todos los pueblos.\n") == "es");
    CHECK(language_of("Господин Председатель! Позвольте поздравить Вас с избранием на этот пост. Организация "
                      "Объединенных Наций остается универсальной площадкой для диалога. Мы выступаем за "
                      "равноправное сотрудничество всех государств и уважение международного права.\n") == "ru");
    CHECK(language_of("السيد الرئيس، أود أن أهنئكم على انتخابكم رئيسا للجمعية العامة. إن الأمم المتحدة تبقى "
                      "المنبر الأهم للحوار بين الدول، ونحن ملتزمون بالعمل المشترك من أجل السلام والتنمية "
                      "المستدامة واحترام القانون الدولي.\n") == "ar");
    CHECK(language_of("主席先生，首先祝贺您当选本届联合国大会主席。当今世界正经历百年未有之大变局，"
                      "各国应当坚持多边主义，维护以联合国为核心的国际体系，共同推动构建人类命运共同体。"
                      "中国愿同各国一道，为世界和平与发展作出更大贡献。\n") == "zh");
    // English that quotes French and names a minister: English.
    CHECK(language_of("We thank the President of the General Assembly for his work. As the French say, "
                      "\"la paix est notre avenir\", and we agree with that. The United Nations is our common "
                      "house, and we will continue to work with all Member States for peace, for development and "
                      "for human rights. This is the task of our generation, and we are ready for it.\n") == "en");
    // Too short to tell: no note.
    CHECK(language_of("Merci, Monsieur le Président.\n") == "en");
}
