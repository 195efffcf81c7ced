// Statements given as JSON Lines, {"name": ..., "text": ...} one per line: the input of `posext extract
// --input-format jsonl`, for engines that pipe records through a command (GNU parallel, Spark).
#pragma once

#include <string>
#include <vector>

namespace posext::cli {

struct Record {
    std::string name;
    std::string text;
};

// A line that is no such object: where, and why.
struct RecordProblem {
    std::string source;  // the file, or "<stdin>"
    std::size_t line = 0;
    std::string message;
};

// Parses the JSON Lines of `data` (named `source` in problems): a record per non-blank line,
// each problem noted and its line skipped.
void parse_records(const std::string& data, const std::string& source, std::vector<Record>& records,
                   std::vector<RecordProblem>& problems);

}  // namespace posext::cli
