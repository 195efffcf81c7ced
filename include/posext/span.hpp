// posext::Span: a half-open byte range into the input exactly as it was given.
#pragma once

#include <cstdint>

namespace posext {

// Offsets are 32-bit: Options::max_input_bytes keeps every input below 4 GiB,
// and the model stays half the size it would be with size_t.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
    [[nodiscard]] constexpr bool empty() const noexcept { return begin == end; }
    [[nodiscard]] constexpr bool contains(Span inner) const noexcept {
        return begin <= inner.begin && inner.end <= end;
    }
    friend constexpr bool operator==(Span, Span) noexcept = default;
};

}  // namespace posext
