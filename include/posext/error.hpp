// posext::Error: a failure with a stable identifier and, where known, a file and position.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include <posext/export.hpp>

namespace posext {

// Thrown only at the API edge (loading a lexicon, reading a file); extract()
// itself never throws for bad input and reports it as diagnostics instead.
class POSEXT_EXPORT Error : public std::runtime_error {
public:
    Error(std::string id, std::string message, std::string file = {}, std::size_t line = 0,
          std::size_t column = 0);

    // A stable identifier such as "lexicon.unknown-section"; tests and users match on it.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    // The message without location or identifier.
    [[nodiscard]] const std::string& message() const noexcept { return message_; }
    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    // 1-based; 0 when the error has no line.
    [[nodiscard]] std::size_t line() const noexcept { return line_; }
    [[nodiscard]] std::size_t column() const noexcept { return column_; }

private:
    std::string id_;
    std::string message_;
    std::string file_;
    std::size_t line_;
    std::size_t column_;
};

}  // namespace posext
