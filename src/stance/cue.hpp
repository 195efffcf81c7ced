// A stance cue's lexicon value, "TYPE:CLASS:POLARITY" ("appeal:verb:+"): read by the lexicon to check it, and by the stance analysis.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include <posext/document.hpp>

namespace posext::detail {

struct Cue {
    StanceType type = StanceType::assess;
    // When an occurrence counts; see [stance-cues] in english.lex.
    enum class Class { verb, noun, adj, state, modal, frame } word_class = Class::verb;
    Polarity polarity = Polarity::positive;
};

// The cue a value describes, or nullopt when it names no type, class or polarity.
inline std::optional<Cue> parse_cue(std::string_view value) noexcept {
    static constexpr std::array<std::pair<std::string_view, StanceType>, 8> types{{
        {"support", StanceType::support}, {"oppose", StanceType::oppose},   {"prescribe", StanceType::prescribe},
        {"appeal", StanceType::appeal},   {"commit", StanceType::commit},   {"welcome", StanceType::welcome},
        {"concern", StanceType::concern}, {"assess", StanceType::assess},
    }};
    static constexpr std::array<std::pair<std::string_view, Cue::Class>, 6> classes{{
        {"verb", Cue::Class::verb},   {"noun", Cue::Class::noun},   {"adj", Cue::Class::adj},
        {"state", Cue::Class::state}, {"modal", Cue::Class::modal}, {"frame", Cue::Class::frame},
    }};
    const std::size_t a = value.find(':');
    const std::size_t b = a == std::string_view::npos ? a : value.find(':', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    const std::string_view type = value.substr(0, a), word = value.substr(a + 1, b - a - 1), sign = value.substr(b + 1);
    if (sign != "+" && sign != "-") return std::nullopt;
    Cue cue;
    cue.polarity = sign == "-" ? Polarity::negative : Polarity::positive;
    bool known_type = false, known_class = false;
    for (const auto& [name, t] : types) {
        if (name == type) cue.type = t, known_type = true;
    }
    for (const auto& [name, c] : classes) {
        if (name == word) cue.word_class = c, known_class = true;
    }
    if (!known_type || !known_class) return std::nullopt;
    return cue;
}

}  // namespace posext::detail
