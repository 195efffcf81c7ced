// The posext command: a thin layer over the library for people and scripts.
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <unistd.h>

namespace {

constexpr std::string_view main_help = R"(posext - positions, arguments and references in diplomatic statements

Usage:
  posext extract [options] [FILE...|-]
  posext --help | --version

Commands:
  extract   read statements and print their posext/1 model

Run 'posext extract --help' for the options of extract.
)";

constexpr std::string_view extract_help = R"(Usage: posext extract [options] [FILE...|-]

Reads each FILE (or standard input for '-' or no FILE) as a UTF-8 statement and
prints its model: paragraphs, sentences, addresses, numbered arguments,
stances, references and the speaker, each with byte offsets into the input.

Options:
  --format FORMAT   json   one posext/1 document per input, readable (default)
                    jsonl  one posext/1 document per line, in input order
                    text   a summary for people
  --speaker NAME    the speaker of every input, instead of inferring it
  --no-stances      skip the stance layer (about 40% faster); stances are
                    found by default (--stances says so explicitly)
  --lexicon FILE    add the entries of a lexicon file to the built-in tables
                    (may be repeated; format in docs/LEXICON.md)
  --jobs N          process N files at once (0: one per core; default 1);
                    the output keeps the input order
  --output FILE     write to FILE instead of standard output; FILE appears
                    only when it is complete
  -h, --help        show this help
  --version         show the version

An input that cannot be read or is not text is reported on standard error as
'posext: PATH: problem'; the other inputs are still processed and the exit
status is 1. Exit status 2 means the command line or a lexicon file is wrong.
Warnings (invalid UTF-8 replaced, for example) are listed in each document's
diagnostics and summarised on standard error.
)";

enum class Format { json, jsonl, text };

struct Settings {
    Format format = Format::json;
    std::optional<std::string> speaker;
    bool stances = true;
    std::vector<std::string> lexicons;
    std::vector<std::string> inputs;
    std::optional<std::string> output;
    unsigned jobs = 1;
};

struct UsageError {
    std::string message;
};

Settings parse_extract(int argc, char** argv) {
    Settings s;
    bool only_files = false;
    auto value = [&](int& i, std::string_view flag) -> std::string {
        std::string_view arg = argv[i];
        if (auto eq = arg.find('='); eq != std::string_view::npos) return std::string(arg.substr(eq + 1));
        if (i + 1 >= argc) throw UsageError{fmt::format("{} needs a value", flag)};
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
            if (f == "json") s.format = Format::json;
            else if (f == "jsonl") s.format = Format::jsonl;
            else if (f == "text") s.format = Format::text;
            else throw UsageError{fmt::format("unknown format '{}' (json, jsonl or text)", f)};
        } else if (is("--speaker")) {
            s.speaker = value(i, "--speaker");
        } else if (arg == "--stances") {
            s.stances = true;
        } else if (arg == "--no-stances") {
            s.stances = false;
        } else if (is("--lexicon")) {
            s.lexicons.push_back(value(i, "--lexicon"));
        } else if (is("--output")) {
            s.output = value(i, "--output");
        } else if (is("--jobs")) {
            std::string n = value(i, "--jobs");
            if (n.empty() || n.size() > 4 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                throw UsageError{fmt::format("--jobs takes a number from 0 to 9999, not '{}'", n)};
            }
            s.jobs = static_cast<unsigned>(std::stoul(n));
        } else {
            throw UsageError{fmt::format("unknown option '{}'", arg)};
        }
    }
    if (s.inputs.empty()) s.inputs.emplace_back("-");
    if (s.jobs == 0) s.jobs = std::max(1u, std::thread::hardware_concurrency());
    return s;
}

struct Outcome {
    std::string output;    // the rendered document, complete
    std::string messages;  // lines for standard error
    bool failed = false;
};

// Reads a whole file or standard input; returns an error message instead on failure.
std::optional<std::string> read_input(const std::string& path, std::string& data) {
    if (path == "-") {
        char buffer[65536];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) data.append(buffer, n);
        if (std::ferror(stdin)) return std::string("cannot read standard input");
        return std::nullopt;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return std::string("is a directory");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return std::string(std::strerror(errno));
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) data.append(buffer, n);
    const bool bad = std::ferror(file) != 0;
    const int error = errno;
    std::fclose(file);
    if (bad) return std::string(std::strerror(error));
    return std::nullopt;
}

Outcome process(const std::string& path, const Settings& settings, const posext::Lexicon& lexicon) {
    Outcome outcome;
    const std::string shown = path == "-" ? std::string("<stdin>") : path;
    std::string data;
    if (auto problem = read_input(path, data)) {
        outcome.failed = true;
        outcome.messages = fmt::format("posext: {}: {}\n", shown, *problem);
        return outcome;
    }
    posext::Options options;
    options.source_name = shown;
    options.speaker = settings.speaker;
    options.stances = settings.stances;
    options.lexicon = &lexicon;
    posext::Document document = posext::extract(data, options);
    std::size_t shown_warnings = 0;
    for (const posext::Diagnostic& d : document.diagnostics) {
        if (d.severity == posext::Severity::error) {
            outcome.failed = true;
            outcome.messages += fmt::format("posext: {}: {} [{}]\n", shown, d.message, d.id);
        } else if (shown_warnings++ < 3) {
            posext::LineColumn at = document.line_column(d.span.begin);
            outcome.messages += fmt::format("posext: {}:{}:{}: {}: {} [{}]\n", shown, at.line, at.column,
                                            posext::to_string(d.severity), d.message, d.id);
        }
    }
    if (shown_warnings > 3) {
        outcome.messages += fmt::format("posext: {}: {} more diagnostics in the output\n", shown, shown_warnings - 3);
    }
    if (outcome.failed) return outcome;
    switch (settings.format) {
    case Format::json: outcome.output = posext::to_json(document, posext::JsonLayout::readable) + "\n"; break;
    case Format::jsonl: outcome.output = posext::to_json(document) + "\n"; break;
    case Format::text: outcome.output = posext::to_text(document); break;
    }
    return outcome;
}

// Runs `process` over the inputs on `jobs` threads and hands each outcome to
// `deliver` in input order. Workers stay at most a window ahead of delivery,
// so memory holds a bounded number of documents however many files there are.
template <class Deliver>
void run_all(const Settings& settings, const posext::Lexicon& lexicon, Deliver deliver) {
    const std::size_t n = settings.inputs.size();
    const unsigned jobs = static_cast<unsigned>(std::min<std::size_t>(settings.jobs, n));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) deliver(i, process(settings.inputs[i], settings, lexicon));
        return;
    }
    const std::size_t window = std::size_t{jobs} * 4;
    std::vector<std::optional<Outcome>> slots(n);
    std::mutex mutex;
    std::condition_variable ready;
    std::size_t delivered = 0;
    std::size_t next = 0;
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return next >= n || next < delivered + window; });
                if (next >= n) return;
                i = next++;
            }
            Outcome outcome = process(settings.inputs[i], settings, lexicon);
            std::lock_guard lock(mutex);
            slots[i] = std::move(outcome);
            ready.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);
    for (std::size_t i = 0; i < n; ++i) {
        Outcome outcome;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return slots[i].has_value(); });
            outcome = std::move(*slots[i]);
            slots[i].reset();
            delivered = i + 1;
            ready.notify_all();
        }
        deliver(i, std::move(outcome));
    }
    for (auto& t : threads) t.join();
}

int extract_command(int argc, char** argv) {
    for (int i = 2; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "-h" || arg == "--help") {
            std::fwrite(extract_help.data(), 1, extract_help.size(), stdout);
            return 0;
        }
    }
    Settings settings;
    try {
        settings = parse_extract(argc, argv);
    } catch (const UsageError& e) {
        fmt::print(stderr, "posext: {}\nTry 'posext extract --help'.\n", e.message);
        return 2;
    }
    if (settings.inputs.size() == 1 && settings.inputs[0] == "-" && isatty(STDIN_FILENO)) {
        fmt::print(stderr, "posext: no input: give FILE arguments or pipe a statement into 'posext extract -'\n"
                           "Try 'posext extract --help'.\n");
        return 2;
    }
    posext::Lexicon lexicon = posext::Lexicon::english();
    for (const std::string& file : settings.lexicons) {
        try {
            lexicon.add_file(file);
        } catch (const posext::Error& e) {
            fmt::print(stderr, "posext: {}\n", e.what());
            return 2;
        }
    }

    std::FILE* out = stdout;
    std::string temporary;
    if (settings.output) {
        temporary = *settings.output + ".posext-partial-" + std::to_string(getpid());
        out = std::fopen(temporary.c_str(), "wb");
        if (!out) {
            fmt::print(stderr, "posext: {}: {}\n", *settings.output, std::strerror(errno));
            return 1;
        }
    }

    const bool progress = settings.inputs.size() >= 20 && isatty(STDERR_FILENO);
    auto last_progress = std::chrono::steady_clock::now();
    bool any_failed = false;
    bool write_failed = false;
    bool first_output = true;
    bool progress_shown = false;
    run_all(settings, lexicon, [&](std::size_t i, Outcome outcome) {
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

    if (std::fflush(out) != 0) write_failed = true;
    if (settings.output) {
        if (std::fclose(out) != 0) write_failed = true;
        std::error_code ec;
        if (!write_failed) std::filesystem::rename(temporary, *settings.output, ec);
        if (write_failed || ec) {
            fmt::print(stderr, "posext: {}: {}\n", *settings.output,
                       ec ? ec.message() : std::string("write failed"));
            std::filesystem::remove(temporary, ec);
            return 1;
        }
    } else if (write_failed) {
        fmt::print(stderr, "posext: standard output: write failed\n");
        return 1;
    }
    return any_failed ? 1 : 0;
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
    if (command == "extract") return extract_command(argc, argv);
    fmt::print(stderr, "posext: unknown command '{}'\nTry 'posext --help'.\n", command);
    return 2;
}
