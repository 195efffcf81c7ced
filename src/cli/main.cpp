// The posext command: a thin layer over the library for people and scripts.
#include <posext/posext.hpp>
#include <posext/report.hpp>
#include <posext/turns.hpp>

#include "cli/help.hpp"
#include "cli/records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace posext::cli;

enum class Format { json, jsonl, text, csv };
enum class Command { extract, positions, matrix, report };

struct Settings {
    Format format = Format::json;
    std::optional<std::string> speaker;
    bool stances = true;
    std::vector<std::string> lexicons;
    std::vector<std::string> inputs;
    std::optional<std::string> output;
    unsigned jobs = 1;
    std::size_t max_bytes = posext::Options{}.max_input_bytes;
    bool turns = false;  // each input a meeting record, one document per turn
    Command command = Command::extract;
    std::vector<std::string> issues;  // issue lexicons: built-in names or files; none: the default
    std::optional<std::string> meta;  // positions: a TSV of columns to join by file
    bool records = false;  // --input-format jsonl: the inputs hold a JSON object per line, its name and text
    bool format_given = false;
    std::vector<std::string> empty_folders;  // folders given that hold no statement
};

struct UsageError {
    std::string id;
    std::string message;
};

// One line for standard error: "posext: FILE:LINE:COLUMN: message [id]", the
// form of posext::Error, so that every message names its place the same way.
std::string message_line(std::string id, std::string message, std::string file = {}, std::size_t line = 0,
                         std::size_t column = 0) {
    return fmt::format("posext: {}\n", posext::Error(std::move(id), std::move(message), std::move(file), line, column).what());
}

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "300000", "512K", "64M", "1G" in bytes; nullopt for anything else or for
// more than the 32-bit offsets of the model allow.
std::optional<std::size_t> parse_size(std::string_view text) {
    std::size_t unit = 1;
    if (!text.empty()) {
        switch (text.back()) {
        case 'K': case 'k': unit = std::size_t{1} << 10; break;
        case 'M': case 'm': unit = std::size_t{1} << 20; break;
        case 'G': case 'g': unit = std::size_t{1} << 30; break;
        default: break;
        }
        if (unit != 1) text.remove_suffix(1);
    }
    if (text.empty() || text.size() > 10 || !all_digits(text)) {
        return std::nullopt;
    }
    const std::size_t value = std::stoull(std::string(text)) * unit;
    if (value >= (std::size_t{4095} << 20) + 1) return std::nullopt;
    return value;
}

Settings parse_extract(int argc, char** argv, Command command) {
    Settings s;
    s.command = command;
    if (command != Command::extract) s.format = Format::csv;
    bool only_files = false;
    auto value = [&](int& i, std::string_view flag) -> std::string {
        std::string_view arg = argv[i];
        if (auto eq = arg.find('='); eq != std::string_view::npos) return std::string(arg.substr(eq + 1));
        if (i + 1 >= argc) throw UsageError{"cli.missing-value", fmt::format("{} needs a value", flag)};
        return argv[++i];
    };
    for (int i = 2; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto is = [&](std::string_view flag) {
            return arg == flag || (arg.size() > flag.size() && arg.substr(0, flag.size()) == flag &&
                                   arg[flag.size()] == '=');
        };
        if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
            s.inputs.emplace_back(arg);
        } else if (arg == "--") {
            only_files = true;
        } else if (is("--format")) {
            std::string f = value(i, "--format");
            s.format_given = true;
            if (command == Command::extract) {
                if (f == "json") s.format = Format::json;
                else if (f == "jsonl") s.format = Format::jsonl;
                else if (f == "text") s.format = Format::text;
                else throw UsageError{"cli.bad-value", fmt::format("unknown format '{}' (json, jsonl or text)", f)};
            } else {
                if (f == "csv") s.format = Format::csv;
                else if (f == "jsonl" || f == "json") s.format = Format::jsonl;
                else throw UsageError{"cli.bad-value", fmt::format("unknown format '{}' (csv or jsonl)", f)};
            }
        } else if (is("--input-format")) {
            const std::string f = value(i, "--input-format");
            if (f == "jsonl") s.records = true;
            else if (f != "text") throw UsageError{"cli.bad-value", fmt::format("unknown input format '{}' (text or jsonl)", f)};
        } else if (is("--issues")) {
            s.issues.push_back(value(i, "--issues"));
        } else if (command == Command::positions && is("--meta")) {
            s.meta = value(i, "--meta");
        } else if (is("--speaker")) {
            s.speaker = value(i, "--speaker");
        } else if (arg == "--stances") {
            s.stances = true;
        } else if (arg == "--no-stances") {
            s.stances = false;
        } else if (arg == "--turns") {
            s.turns = true;
        } else if (is("--lexicon")) {
            s.lexicons.push_back(value(i, "--lexicon"));
        } else if (is("--output")) {
            s.output = value(i, "--output");
        } else if (is("--jobs")) {
            std::string n = value(i, "--jobs");
            if (n.empty() || n.size() > 4 || !all_digits(n)) {
                throw UsageError{"cli.bad-value", fmt::format("--jobs takes a number from 0 to 9999, not '{}'", n)};
            }
            s.jobs = static_cast<unsigned>(std::stoul(n));
        } else if (is("--max-bytes")) {
            const std::string n = value(i, "--max-bytes");
            const auto size = parse_size(n);
            if (!size || *size == 0) {
                throw UsageError{"cli.bad-value",
                                 fmt::format("--max-bytes takes a size from 1 to 4095M (suffix K, M or G), not '{}'", n)};
            }
            s.max_bytes = *size;
        } else {
            throw UsageError{"cli.unknown-option", fmt::format("unknown option '{}'", arg)};
        }
    }
    if (s.inputs.empty()) s.inputs.emplace_back("-");
    // Records in, records out: one document per line unless a format is asked for.
    if (s.records && command == Command::extract && !s.format_given) s.format = Format::jsonl;
    if (command != Command::extract && !s.records) {
        // A folder stands for the statements (*.txt) below it, in name order.
        std::vector<std::string> files;
        for (const std::string& input : s.inputs) {
            std::error_code ec;
            if (input == "-" || !std::filesystem::is_directory(input, ec)) {
                files.push_back(input);
                continue;
            }
            std::vector<std::string> found;
            for (auto it = std::filesystem::recursive_directory_iterator(input, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            if (found.empty()) s.empty_folders.push_back(input);
            files.insert(files.end(), found.begin(), found.end());
        }
        s.inputs = std::move(files);
    }
    if (s.jobs == 0) s.jobs = std::max(1u, std::thread::hardware_concurrency());
    return s;
}

struct Outcome {
    std::string output;    // the rendered document, complete
    std::string messages;  // lines for standard error
    bool failed = false;
    std::vector<posext::Position> rows;  // for the matrix, made when all are in
    std::vector<posext::Document> documents;  // for the report, made when all are in
};

// What the commands need beside the settings: the tables and, for positions, the joined columns.
struct Context {
    const Settings& settings;
    const posext::Lexicon& lexicon;
    std::vector<std::string> meta_columns;  // names of the columns joined by file
    std::vector<std::pair<std::string, std::vector<std::string>>> meta_rows;  // file, values
    std::string fingerprint;  // of the lexicon, in every row
    std::vector<posext::cli::Record> records;  // --input-format jsonl: the statements, in order
};

struct ReadProblem {
    std::string id;
    std::string message;
};

// Reads a whole file or standard input, at most `limit` bytes: a larger input
// is refused before it fills memory, from its size when the file has one.
std::optional<ReadProblem> read_input(const std::string& path, std::size_t limit, std::string& data) {
    auto too_large = [&](std::optional<std::uintmax_t> size) {
        const std::string of = size ? fmt::format(" of {} bytes", *size) : std::string();
        return ReadProblem{"input.too-large", fmt::format("input{} is larger than the limit of {} bytes", of, limit)};
    };
    int fd = STDIN_FILENO;
    if (path != "-") {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return ReadProblem{"input.unreadable", std::strerror(errno)};
    }
    // One fstat says what the path is and how large: a regular file is read
    // into a buffer of its size with one call, not copied through a stream.
    struct stat info {};
    std::size_t expected = 0;
    if (fd != STDIN_FILENO && ::fstat(fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            ::close(fd);
            return ReadProblem{"input.is-directory", "is a directory"};  // an identifier, not vocabulary
        }
        if (S_ISREG(info.st_mode)) {
            const auto size = static_cast<std::uintmax_t>(info.st_size);
            if (size > limit) {
                ::close(fd);
                return too_large(size);
            }
            expected = static_cast<std::size_t>(size);
        }
    }
    // One byte more than expected, so that the end of the file is seen by the first read.
    std::size_t used = 0;
    data.resize(expected != 0 ? expected + 1 : 65536);
    int error = 0;
    for (;;) {
        if (used == data.size()) data.resize(data.size() * 2);
        const ssize_t n = ::read(fd, data.data() + used, data.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
            break;
        }
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
        if (used > limit) {
            if (fd != STDIN_FILENO) ::close(fd);
            data.clear();
            return too_large(std::nullopt);
        }
    }
    if (fd != STDIN_FILENO) ::close(fd);
    data.resize(used);
    if (error != 0) {
        data.clear();
        return ReadProblem{"input.unreadable", fd == STDIN_FILENO ? std::string("cannot read standard input") : std::strerror(error)};
    }
    return std::nullopt;
}

// Whether a diagnostic names a place in its input (and so a line and column)
// rather than the whole input.
bool has_place(const posext::Diagnostic& d, std::size_t size) {
    return !d.span.empty() && !(d.span.begin <= 3 && d.span.end == size);
}

// How an input is named in messages and in source.name.
std::string shown_name(const std::string& path) { return path == "-" ? std::string("<stdin>") : path; }

void add(const posext::Document& document, const std::string& shown, const Context& context, Outcome& outcome);

// The names of the columns after a position's own: the user's, then the provenance of the row.
std::vector<std::string> extra_names(const Context& context) {
    std::vector<std::string> names = context.meta_columns;
    names.emplace_back("posext");
    names.emplace_back("lexicon");
    return names;
}

Outcome process_text(const std::string& data, const std::string& shown, const Context& context);

Outcome process(const std::string& path, const Context& context) {
    Outcome outcome;
    const std::string shown = shown_name(path);
    std::string data;
    if (auto problem = read_input(path, context.settings.max_bytes, data)) {
        outcome.failed = true;
        outcome.messages = message_line(problem->id, problem->message, shown);
        return outcome;
    }
    return process_text(data, shown, context);
}

Outcome process_text(const std::string& data, const std::string& shown, const Context& context) {
    const Settings& settings = context.settings;
    const posext::Lexicon& lexicon = context.lexicon;
    // A record larger than --max-bytes is refused by extract() itself (input.too-large), as a file is.
    Outcome outcome;
    posext::Options options;
    options.source_name = shown;
    options.speaker = settings.speaker;
    options.stances = settings.stances;
    options.lexicon = &lexicon;
    options.max_input_bytes = settings.max_bytes;
    if (!settings.turns) {
        add(posext::extract(data, options), shown, context, outcome);
        return outcome;
    }
    // One document per turn of the record, one at a time, each with the record's offsets.
    const std::vector<posext::TurnSpan> turns = posext::split_turns(data, lexicon);
    for (std::size_t i = 0; i < turns.size(); ++i) add(posext::extract_turn(data, turns, i, options), shown, context, outcome);
    if (outcome.failed) outcome.output.clear();
    return outcome;
}

// Adds a document's messages and, unless it failed, its output to `outcome`.
void add(const posext::Document& document, const std::string& shown, const Context& context, Outcome& outcome) {
    const Settings& settings = context.settings;
    std::size_t shown_warnings = 0;
    for (const posext::Diagnostic& d : document.diagnostics) {
        if (d.severity != posext::Severity::error && shown_warnings++ >= 3) continue;
        outcome.failed |= d.severity == posext::Severity::error;
        const std::string message = d.severity == posext::Severity::error
                                        ? d.message
                                        : fmt::format("{}: {}", posext::to_string(d.severity), d.message);
        if (has_place(d, document.input().size())) {
            const posext::LineColumn at = document.line_column(d.span.begin);
            outcome.messages += message_line(d.id, message, shown, at.line, at.column);
        } else {
            outcome.messages += message_line(d.id, message, shown);
        }
    }
    if (shown_warnings > 3) {
        outcome.messages += fmt::format("posext: {}: {} more diagnostics in the output\n", shown, shown_warnings - 3);
    }
    if (outcome.failed) return;
    if (settings.command == Command::report) {
        outcome.documents.push_back(document);
        return;
    }
    if (settings.command == Command::matrix) {
        std::vector<posext::Position> rows = posext::positions(document, context.lexicon);
        outcome.rows.insert(outcome.rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        return;
    }
    if (settings.command == Command::positions) {
        // The user's columns for this file (by its path as given, or its name), then the provenance.
        const std::vector<std::string>* meta = nullptr;
        const std::string name = std::filesystem::path(document.source_name).filename().string();
        for (const auto& [file, values] : context.meta_rows) {
            if (file == document.source_name || file == name) meta = &values;
        }
        std::vector<std::string> extra;
        for (std::size_t c = 0; c < context.meta_columns.size(); ++c) {
            extra.push_back(meta && c < meta->size() ? (*meta)[c] : std::string());
        }
        extra.emplace_back(posext::version);
        extra.push_back(context.fingerprint);
        for (const posext::Position& row : posext::positions(document, context.lexicon)) {
            if (settings.format == Format::csv) {
                outcome.output += posext::to_csv(row, extra);
            } else {
                std::vector<std::pair<std::string, std::string>> named;
                for (std::size_t c = 0; c < extra.size(); ++c) named.emplace_back(extra_names(context)[c], extra[c]);
                outcome.output += posext::to_jsonl(row, named);
            }
        }
        return;
    }
    switch (settings.format) {
    case Format::json: outcome.output += posext::to_json(document, posext::JsonLayout::readable) + "\n"; break;
    case Format::jsonl: outcome.output += posext::to_json(document) + "\n"; break;
    case Format::text: outcome.output += posext::to_text(document); break;
    case Format::csv: break;
    }
}

// `process`, with a failure of one input (memory running out, a bug) reported as its problem
// rather than ending the program: the other inputs of the batch go on.
// Input i: the i-th file, or with --input-format jsonl the i-th record.
Outcome process_safely(std::size_t i, const Context& context) noexcept {
    const bool record = context.settings.records;
    const std::string path = record ? context.records[i].name : context.settings.inputs[i];
    Outcome failure;
    failure.failed = true;
    try {
        if (record) return process_text(context.records[i].text, path, context);
        return process(path, context);
    } catch (const std::bad_alloc&) {
        failure.messages = message_line("input.out-of-memory", "not enough memory to process it", shown_name(path));
    } catch (const std::exception& e) {
        failure.messages = message_line("input.failed", std::string("could not be processed: ") + e.what(), shown_name(path));
    } catch (...) {
        failure.messages = message_line("input.failed", "could not be processed", shown_name(path));
    }
    return failure;
}

// Runs `process` over the inputs on `jobs` threads and hands each outcome to
// `deliver` in input order. The worker that finishes the next document in line
// delivers it, and any finished after it, itself: a third thread waking for every
// document would take a core from the two that do the work. Workers stay at most
// a window ahead of delivery, so memory holds a bounded number of documents
// however many files there are.
template <class Deliver>
void run_all(const Context& context, Deliver deliver) {
    const Settings& settings = context.settings;
    const std::size_t n = settings.records ? context.records.size() : settings.inputs.size();
    const unsigned jobs = static_cast<unsigned>(std::min<std::size_t>(settings.jobs, n));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) deliver(i, process_safely(i, context));
        return;
    }
    const std::size_t window = std::size_t{jobs} * 4;
    std::vector<std::optional<Outcome>> slots(n);
    std::mutex mutex;
    std::condition_variable room;  // a worker waits here while it is a window ahead
    std::size_t delivered = 0;
    std::size_t next = 0;
    bool delivering = false;
    std::exception_ptr failure;
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return failure || next >= n || next < delivered + window; });
                if (failure || next >= n) return;
                i = next++;
            }
            Outcome outcome = process_safely(i, context);
            std::unique_lock lock(mutex);
            slots[i] = std::move(outcome);
            // Another worker may be delivering outside the lock; it takes this one too.
            if (delivering) continue;
            delivering = true;
            const std::size_t before = delivered;
            while (delivered < n && slots[delivered] && !failure) {
                Outcome ready = std::move(*slots[delivered]);
                slots[delivered].reset();
                const std::size_t at = delivered++;
                lock.unlock();
                try {
                    deliver(at, std::move(ready));
                } catch (...) {
                    lock.lock();
                    failure = std::current_exception();
                    break;
                }
                lock.lock();
            }
            delivering = false;
            if (delivered != before || failure) room.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

// Reads the --meta table: a header row whose first column is "file", then a row per file.
std::optional<std::string> read_meta(const std::string& path, Context& context) {
    std::string data;
    if (auto problem = read_input(path, std::size_t{64} << 20, data)) return message_line(problem->id, problem->message, path);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t at = 0; at < data.size();) {
        std::size_t end = data.find('\n', at);
        if (end == std::string::npos) end = data.size();
        std::string_view line(data.data() + at, end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        at = end + 1;
        if (line.empty()) continue;
        std::vector<std::string> fields;
        for (std::size_t from = 0;;) {
            const std::size_t tab = line.find('\t', from);
            fields.emplace_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
            if (tab == std::string_view::npos) break;
            from = tab + 1;
        }
        rows.push_back(std::move(fields));
    }
    if (rows.empty() || rows[0].empty() || rows[0][0] != "file") {
        return message_line("cli.bad-meta", "the first row must name the columns, the first of them 'file'", path);
    }
    context.meta_columns.assign(rows[0].begin() + 1, rows[0].end());
    for (std::size_t r = 1; r < rows.size(); ++r) {
        context.meta_rows.emplace_back(rows[r][0], std::vector<std::string>(rows[r].begin() + 1, rows[r].end()));
    }
    return std::nullopt;
}

int run_command(int argc, char** argv, Command command) {
    const std::string_view name = argv[1];
    const std::string_view help = command == Command::extract     ? extract_help
                                  : command == Command::positions ? positions_help
                                  : command == Command::matrix    ? matrix_help
                                                                  : report_help;
    for (int i = 2; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "-h" || arg == "--help") {
            std::fwrite(help.data(), 1, help.size(), stdout);
            return 0;
        }
    }
    Settings settings;
    try {
        settings = parse_extract(argc, argv, command);
    } catch (const UsageError& e) {
        fmt::print(stderr, "{}Try 'posext {} --help'.\n", message_line(e.id, e.message), name);
        return 2;
    }
    if (settings.inputs.size() == 1 && settings.inputs[0] == "-" && isatty(STDIN_FILENO)) {
        fmt::print(stderr, "{}Try 'posext {} --help'.\n",
                   message_line("cli.no-input", fmt::format("no input: give FILE arguments or pipe a statement into 'posext {} -'", name)),
                   name);
        return 2;
    }
    posext::Lexicon lexicon = posext::Lexicon::english();
    try {
        for (const std::string& file : settings.lexicons) lexicon.add_file(file);
        // --issues replaces the default issue lexicon with those it names: built-in packs or files.
        if (!settings.issues.empty()) lexicon.clear_issues();
        for (const std::string& issues : settings.issues) {
            if (auto pack = posext::Lexicon::issue_pack(issues)) {
                lexicon.add(*pack, issues);
            } else {
                lexicon.add_file(issues);
            }
        }
    } catch (const posext::Error& e) {
        fmt::print(stderr, "posext: {}\n", e.what());
        return 2;
    }
    Context context{settings, lexicon, {}, {}, fmt::format("{:016x}", lexicon.fingerprint()), {}};
    bool records_failed = false;
    for (const std::string& folder : settings.empty_folders) {
        std::fputs(message_line("input.no-statements", "no statement (*.txt) below this folder", folder).c_str(), stderr);
        records_failed = true;
    }
    if (settings.records) {
        // Every record is read first: the output keeps their order, whatever --jobs does.
        for (const std::string& input : settings.inputs) {
            std::string data;
            if (auto problem = read_input(input, settings.max_bytes, data)) {
                std::fputs(message_line(problem->id, problem->message, shown_name(input)).c_str(), stderr);
                records_failed = true;
                continue;
            }
            std::vector<posext::cli::RecordProblem> problems;
            posext::cli::parse_records(data, shown_name(input), context.records, problems);
            for (const auto& p : problems) {
                std::fputs(message_line("input.bad-record", p.message, p.source, p.line).c_str(), stderr);
                records_failed = true;
            }
        }
    }
    if (settings.meta) {
        if (auto problem = read_meta(*settings.meta, context)) {
            std::fputs(problem->c_str(), stderr);
            return 2;
        }
    }

    std::FILE* out = stdout;
    std::string temporary;
    if (settings.output) {
        temporary = *settings.output + ".posext-partial-" + std::to_string(getpid());
        out = std::fopen(temporary.c_str(), "wb");
        if (!out) {
            std::fputs(message_line("output.unwritable", std::strerror(errno), *settings.output).c_str(), stderr);
            return 1;
        }
    }

    if (settings.command == Command::positions && settings.format == Format::csv) {
        const std::string header = posext::positions_csv_header(extra_names(context));
        std::fwrite(header.data(), 1, header.size(), out);
    }
    std::vector<posext::Position> all_rows;  // the matrix's
    std::vector<posext::Document> all_documents;  // the report's

    const bool progress = settings.inputs.size() >= 20 && isatty(STDERR_FILENO);
    auto last_progress = std::chrono::steady_clock::now();
    bool any_failed = false;
    bool write_failed = false;
    bool first_output = true;
    bool progress_shown = false;
    run_all(context, [&](std::size_t i, Outcome outcome) {
        all_rows.insert(all_rows.end(), std::make_move_iterator(outcome.rows.begin()), std::make_move_iterator(outcome.rows.end()));
        all_documents.insert(all_documents.end(), std::make_move_iterator(outcome.documents.begin()),
                             std::make_move_iterator(outcome.documents.end()));
        if (progress_shown && !outcome.messages.empty()) {
            std::fputs("\r\033[K", stderr);  // messages go on a clean line
            progress_shown = false;
        }
        if (!outcome.messages.empty()) std::fputs(outcome.messages.c_str(), stderr);
        any_failed |= outcome.failed;
        if (!outcome.output.empty() && !write_failed) {
            if (settings.format == Format::text && !first_output) std::fputc('\n', out);
            first_output = false;
            // one write per document: a reader never sees part of one
            if (std::fwrite(outcome.output.data(), 1, outcome.output.size(), out) != outcome.output.size()) {
                write_failed = true;
            }
            if (out == stdout) std::fflush(out);
        }
        if (progress) {
            auto now = std::chrono::steady_clock::now();
            if (now - last_progress > std::chrono::milliseconds(100) || i + 1 == settings.inputs.size()) {
                fmt::print(stderr, "\r\033[Kposext: {}/{} files", i + 1, settings.inputs.size());
                last_progress = now;
                progress_shown = true;
            }
        }
    });
    if (progress_shown) std::fputs("\r\033[K", stderr);
    if (settings.command == Command::report && !write_failed) {
        const std::string page = posext::report_html(all_documents, lexicon);
        if (std::fwrite(page.data(), 1, page.size(), out) != page.size()) write_failed = true;
    }
    if (settings.command == Command::matrix && !write_failed) {
        std::string table = settings.format == Format::csv ? posext::matrix_csv_header() : std::string();
        for (const posext::MatrixCell& cell : posext::matrix(all_rows, lexicon)) {
            table += settings.format == Format::csv ? posext::to_csv(cell) : posext::to_jsonl(cell);
        }
        if (std::fwrite(table.data(), 1, table.size(), out) != table.size()) write_failed = true;
    }

    if (std::fflush(out) != 0) write_failed = true;
    if (settings.output) {
        if (std::fclose(out) != 0) write_failed = true;
        std::error_code ec;
        if (!write_failed) std::filesystem::rename(temporary, *settings.output, ec);
        if (write_failed || ec) {
            std::fputs(message_line("output.write-failed", ec ? ec.message() : std::string("write failed"),
                                    *settings.output).c_str(), stderr);
            std::filesystem::remove(temporary, ec);
            return 1;
        }
    } else if (write_failed) {
        std::fputs(message_line("output.write-failed", "write failed", "standard output").c_str(), stderr);
        return 1;
    }
    return any_failed || records_failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fwrite(main_help.data(), 1, main_help.size(), stderr);
        return 2;
    }
    std::string_view command = argv[1];
    if (command == "-h" || command == "--help" || command == "help") {
        std::fwrite(main_help.data(), 1, main_help.size(), stdout);
        return 0;
    }
    if (command == "--version") {
        fmt::print("posext {} (writes {})\n", posext::version, posext::json_schema);
        return 0;
    }
    if (command == "extract") return run_command(argc, argv, Command::extract);
    if (command == "positions") return run_command(argc, argv, Command::positions);
    if (command == "matrix") return run_command(argc, argv, Command::matrix);
    if (command == "report") return run_command(argc, argv, Command::report);
    fmt::print(stderr, "{}Try 'posext --help'.\n", message_line("cli.unknown-command", fmt::format("unknown command '{}'", command)));
    return 2;
}
