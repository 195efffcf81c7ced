#include <posext/document.hpp>

#include <algorithm>
#include <cstring>
#include <utility>

namespace posext {

Document::Document(std::string input, std::string source_name_)
    : source_name(std::move(source_name_)), input_(std::move(input)) {}

std::string_view Document::text(Span span) const noexcept {
    if (span.begin > span.end || span.end > input_.size()) return {};
    return std::string_view(input_).substr(span.begin, span.size());
}

std::string Document::normalized(Span span) const {
    if (auto words = normalized_view(span)) return std::string(*words);
    auto [first, last] = normal_.range_of(span);
    std::string_view rest = std::string_view(normal_.text).substr(first, last - first);
    std::string out;
    out.reserve(rest.size());
    // Paragraph by paragraph: "\n" ends one, and two are joined by a space.
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        std::string_view part = rest.substr(0, end);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (!part.empty()) {
            if (!out.empty()) out.push_back(' ');
            out.append(part);
        }
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return out;
}

std::optional<std::string_view> Document::normalized_view(Span span) const noexcept {
    auto [first, last] = normal_.range_of(span);
    std::string_view words = std::string_view(normal_.text).substr(first, last - first);
    while (!words.empty() && (words.front() == ' ' || words.front() == '\n')) words.remove_prefix(1);
    while (!words.empty() && (words.back() == ' ' || words.back() == '\n')) words.remove_suffix(1);
    if (words.find('\n') != std::string_view::npos) return std::nullopt;
    return words;
}

LineColumn Document::line_column(std::uint32_t offset) const noexcept {
    const std::size_t end = std::min<std::size_t>(offset, input_.size());
    LineColumn position;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const char c = input_[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= input_.size() || input_[i + 1] != '\n'))) {
            ++position.line;
            line_start = i + 1;
        }
    }
    position.column = end - line_start + 1;
    return position;
}

std::optional<std::size_t> Document::sentence_at(std::uint32_t offset) const noexcept {
    // Sentences are in text order and do not overlap: the last one that begins at or before offset.
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::uint32_t at, const Sentence& s) { return at < s.span.begin; });
    if (it == sentences.begin()) return std::nullopt;
    --it;
    if (offset >= it->span.end) return std::nullopt;
    return static_cast<std::size_t>(it - sentences.begin());
}

bool Document::failed() const noexcept {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string_view to_string(AddressKind kind) noexcept {
    switch (kind) {
    case AddressKind::opening: return "opening";
    case AddressKind::vocative: return "vocative";
    case AddressKind::closing: return "closing";
    }
    return "opening";
}

std::string_view to_string(Role role) noexcept {
    switch (role) {
    case Role::chair: return "chair";
    case Role::president: return "president";
    case Role::secretary_general: return "secretary_general";
    case Role::delegates: return "delegates";
    case Role::excellencies: return "excellencies";
    case Role::audience: return "audience";
    case Role::other: return "other";
    }
    return "other";
}

std::string_view to_string(StanceType type) noexcept {
    switch (type) {
    case StanceType::support: return "support";
    case StanceType::oppose: return "oppose";
    case StanceType::prescribe: return "prescribe";
    case StanceType::appeal: return "appeal";
    case StanceType::commit: return "commit";
    case StanceType::welcome: return "welcome";
    case StanceType::concern: return "concern";
    case StanceType::assess: return "assess";
    }
    return "assess";
}

std::string_view to_string(Polarity polarity) noexcept {
    return polarity == Polarity::positive ? "positive" : "negative";
}

std::string_view to_string(HolderKind kind) noexcept {
    return kind == HolderKind::speaker ? "speaker" : "third_party";
}

std::string_view to_string(ReferenceKind kind) noexcept {
    return kind == ReferenceKind::resolution ? "resolution" : "document";
}

std::string_view to_string(VoteKind kind) noexcept {
    return kind == VoteKind::record ? "record" : "explanation";
}

std::string_view to_string(VoteChoice choice) noexcept {
    switch (choice) {
    case VoteChoice::in_favour: return "in_favour";
    case VoteChoice::against: return "against";
    case VoteChoice::abstention: return "abstention";
    }
    return "abstention";
}

std::string_view to_string(Severity severity) noexcept {
    switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
    }
    return "error";
}

}  // namespace posext
