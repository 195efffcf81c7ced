// posext::coverage: whether a document's sentences hold every word of its input that is not page furniture.
#pragma once

#include <posext/export.hpp>

#include <cstddef>
#include <vector>

#include <posext/document.hpp>

namespace posext {

// The words of an input (runs of bytes between ASCII white space) by what became of them. A word is
// kept when some byte of it reached the normalised text, dropped when none did (a page header, a
// page number, emphasis marks).
struct Coverage {
    std::size_t words = 0;          // every word of the input
    std::size_t dropped = 0;        // dropped outside every sentence: whole lines of furniture
    std::vector<Span> lost;         // kept, but in no sentence and not in the speaker line: a defect
    std::vector<Span> doubled;      // in two sentences: a defect
    std::vector<Span> dropped_inside;  // dropped inside a sentence's span: furniture in mid-sentence
};

// Checks `document` against its own input; both defect lists are empty when every kept word lies in
// exactly one sentence or in the speaker line.
[[nodiscard]] POSEXT_EXPORT Coverage coverage(const Document& document);

}  // namespace posext
