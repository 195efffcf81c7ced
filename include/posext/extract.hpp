// posext::extract: read a statement and build its Document.
#pragma once

#include <posext/export.hpp>

#include <string_view>

#include <posext/document.hpp>
#include <posext/options.hpp>

namespace posext {

// Total on every byte sequence: bad bytes become diagnostics, never undefined
// behaviour. Input that is not text (NUL bytes, mostly binary) or too large gives
// a Document whose failed() is true, with an error diagnostic and no layers.
[[nodiscard]] POSEXT_EXPORT Document extract(std::string_view text, const Options& options = {});

}  // namespace posext
