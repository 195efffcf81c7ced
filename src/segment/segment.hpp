// Segmentation stage: paragraphs from lines, sentences from each paragraph's normalised text.
#pragma once

#include <cstdint>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "input/input.hpp"
#include "segment/segmented_text.hpp"

namespace posext::detail {

// What a content line begins and ends with, which decides where paragraphs break.
struct LineFacts {
    bool terminal = false;    // ends a sentence: . ! ? … (not after "Mr.")
    bool open_title = false;  // ends in a title or inner abbreviation ("Mr.")
    bool lower = false;       // its words begin in lower case
    bool marker = false;      // begins with a bullet, a heading or a list label
    bool heading = false;     // a Markdown heading
    bool open_end = false;    // ends in a word that cannot end a paragraph ("and", "of")
    bool open_word_end = false;  // ends on a letter or digit, with no mark after its last word
    bool split_word = false;  // ends on a hyphen right after a letter: "Secretary-"
    std::uint32_t words_from = 0;  // where its first word starts, past quotes and emphasis, from Line::words
};

// Buffers reused from one document to the next, so that segmenting allocates
// nothing per line or per sentence once they have grown.
struct SegmentScratch {
    std::vector<Line> lines;
    std::vector<LineFacts> facts;
    std::vector<std::uint32_t> widths;
    std::vector<std::uint32_t> starts;
    Glue glue;  // words glued to "of" by OCR
};

// Fills document.paragraphs and document.sentences from input[start, end), and `out` with their
// normalised text for the stages after this one. `scratch` is this stage's own and holds nothing
// that outlives the call.
void segment(std::string_view input, std::uint32_t start, const Lexicon& lexicon, Document& document,
             SegmentScratch& scratch, SegmentedText& out);

// Byte offsets (into `text`) where sentences start inside one paragraph's
// normalised text; the first is always 0. Exposed for the tests.
void sentence_starts(std::string_view text, const Lexicon& lexicon, std::vector<std::uint32_t>& starts);

}  // namespace posext::detail
