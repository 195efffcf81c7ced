#include <posext/error.hpp>

#include <utility>

namespace posext {
namespace {

std::string describe(const std::string& id, const std::string& message, const std::string& file,
                     std::size_t line, std::size_t column) {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
        out += ": ";
    }
    out += message;
    out += " [" + id + "]";
    return out;
}

}  // namespace

Error::Error(std::string id, std::string message, std::string file, std::size_t line, std::size_t column)
    : std::runtime_error(describe(id, message, file, line, column)),
      id_(std::move(id)),
      message_(std::move(message)),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

}  // namespace posext
