// What a vote is on, for the recorded votes of the structure stage and the explained votes of the stance stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

#include "segment/segmented_text.hpp"

namespace posext::detail {

// The choice a value of [vote-headings] or [vote-cues] names: "in_favour", "against", "abstention".
std::optional<VoteChoice> vote_choice(std::string_view value) noexcept;

// A vote's object as written, and the reference it names.
struct VoteObject {
    Span span;
    std::optional<std::size_t> reference;  // index into Document::references
};

// The object whose [vote-objects] phrase starts at normalised offset `at` ("draft resolution"), with
// a determiner before it and a symbol after it ("the draft resolution contained in document
// S/2014/189"), or nullopt when no such phrase starts there. Without a symbol of its own, the
// reference is, with `earlier`, that of the same kind of object last named with one before it in the
// statement ("the draft resolution" after "the draft resolution (S/2014/189)").
std::optional<VoteObject> vote_object_at(const SegmentedText& text, const Lexicon& lexicon, const Document& document,
                                         std::uint32_t at, bool earlier = true);

// The reference of the object of any kind last named with a symbol before input offset `before`
// ("it" in "we voted for it"), or nullopt.
std::optional<std::size_t> last_named_reference(const SegmentedText& text, const Lexicon& lexicon,
                                                const Document& document, std::uint32_t before);

// Fills document.votes with the rows of the recorded votes ("In favour: ... Against: ..."), and checks
// each against its result line. Runs after the references and the speaker are known.
void find_recorded_votes(const SegmentedText& text, const Lexicon& lexicon, Document& document);

}  // namespace posext::detail
