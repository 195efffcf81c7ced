#include <posext/extract.hpp>

#include <algorithm>
#include <string>
#include <utility>

#include "input/input.hpp"
#include "input/language.hpp"
#include "issues/issues.hpp"
#include "segment/segment.hpp"
#include "stance/stances.hpp"
#include "structure/structure.hpp"

namespace posext {

Document extract(std::string_view text, const Options& options) {
    const Lexicon& lexicon = options.lexicon ? *options.lexicon : Lexicon::english();
    const std::size_t limit = std::min(options.max_input_bytes, detail::max_input_bytes);
    if (text.size() > limit) {
        Document document(std::string(), options.source_name);
        document.diagnostics.push_back({Severity::error, "input.too-large",
                                        "input of " + std::to_string(text.size()) +
                                            " bytes is larger than the limit of " + std::to_string(limit) + " bytes",
                                        {0, 0}});
        return document;
    }
    Document document(std::string(text), options.source_name);
    std::string_view input = document.input();
    const std::uint32_t start = input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // byte-order mark
    if (!detail::check_input(input, start, document.diagnostics)) return document;
    detail::check_language(input, start, lexicon, document);
    if (options.speaker) document.speaker = Speaker{*options.speaker, std::nullopt};

    // Buffers that keep their capacity from one document to the next on this thread.
    thread_local detail::SegmentScratch scratch;
    thread_local detail::SegmentedText segmented;
    detail::segment(input, start, lexicon, document, scratch, segmented);
    const detail::StructureNotes notes = detail::find_structure(segmented, lexicon, document);
    if (options.stances) detail::find_stances(segmented, lexicon, notes, document);
    detail::find_issues(segmented, lexicon, document);
    // The document takes the buffers segment() sized for it, unless they turned out much larger than
    // the text (much white space or furniture inside lines): then it keeps an exact copy.
    NormalizedText& normal = segmented.normal;
    if (normal.text.capacity() - normal.text.size() <= normal.text.size() / 16 + 64) {
        document.normal_ = std::move(normal);
        normal = NormalizedText();
    } else {
        document.normal_ = normal;
    }
    return document;
}

}  // namespace posext
