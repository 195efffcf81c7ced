#include "structure/structure.hpp"

#include "structure/finders.hpp"
#include "structure/votes.hpp"

namespace posext::detail {

StructureNotes find_structure(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    const AddressOutline outline = find_addresses(text, lexicon, document);
    find_arguments(text, lexicon, outline, document);
    find_references(text, lexicon, document);
    find_speaker(text, lexicon, document);
    find_recorded_votes(text, lexicon, document);
    return {outline.closing_sentence};
}

}  // namespace posext::detail
