#include "cli/records.hpp"

#include <boost/json.hpp>

namespace posext::cli {

void parse_records(const std::string& data, const std::string& source, std::vector<Record>& records,
                   std::vector<RecordProblem>& problems) {
    std::size_t line = 0;
    for (std::size_t at = 0; at < data.size();) {
        std::size_t end = data.find('\n', at);
        if (end == std::string::npos) end = data.size();
        const std::string_view text(data.data() + at, end - at);
        at = end + 1;
        ++line;
        if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        boost::system::error_code ec;
        const boost::json::value value = boost::json::parse(text, ec);
        if (ec) {
            problems.push_back({source, line, "not a JSON object: " + ec.message()});
            continue;
        }
        const boost::json::object* object = value.if_object();
        const boost::json::value* name = object ? object->if_contains("name") : nullptr;
        const boost::json::value* body = object ? object->if_contains("text") : nullptr;
        if (!body || !body->is_string() || (name && !name->is_string() && !name->is_null())) {
            problems.push_back({source, line, "an object with a string \"text\" (and a string \"name\") is expected"});
            continue;
        }
        Record record;
        if (name && name->is_string()) record.name = std::string(name->as_string());
        else record.name = source + ":" + std::to_string(line);
        record.text = std::string(body->as_string());
        records.push_back(std::move(record));
    }
}

}  // namespace posext::cli
