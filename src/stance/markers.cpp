// posext::grammar::stance_markers: the stance stage run on a caller's sentence, without the structure around it.
#include <posext/grammar/stance.hpp>

#include <string>

#include "input/input.hpp"
#include "segment/segment.hpp"
#include "stance/stances.hpp"

namespace posext::grammar {

std::vector<StanceMarker> stance_markers(std::string_view sentence, const Lexicon& lexicon) {
    std::vector<StanceMarker> markers;
    Document document{std::string(sentence), std::string()};
    const std::string_view input = document.input();
    if (!detail::check_input(input, 0, document.diagnostics)) return markers;
    detail::SegmentScratch scratch;
    detail::SegmentedText text;
    detail::segment(input, 0, lexicon, document, scratch, text);
    // No structure: no speaker to name, no arguments, no closing formula to pass over.
    detail::find_stances(text, lexicon, detail::StructureNotes{}, document);
    markers.reserve(document.stances.size());
    for (const Stance& s : document.stances) markers.push_back({s.cue, s.type, s.polarity, s.negated});
    return markers;
}

}  // namespace posext::grammar
