// The --format text summary: what a person wants to see of a statement at a glance.
#include <posext/text.hpp>

#include <fmt/format.h>

#include <iterator>
#include <string>

#include "text/ascii.hpp"

namespace posext {
namespace {

// Line numbers for offsets visited in increasing order, in one pass over the input.
class LineCounter {
public:
    explicit LineCounter(std::string_view input) : input_(input) {}

    std::size_t line_of(std::uint32_t offset) {
        if (offset < at_) {  // out of order: count again from the start
            at_ = 0;
            line_ = 1;
        }
        for (; at_ < offset && at_ < input_.size(); ++at_) {
            const char c = input_[at_];
            if (c == '\n' || (c == '\r' && (at_ + 1 >= input_.size() || input_[at_ + 1] != '\n'))) ++line_;
        }
        return line_;
    }

private:
    std::string_view input_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
};

// The first words of a normalised text, cut at a word boundary.
std::string preview(std::string text, std::size_t width) {
    if (text.size() <= width) return text;
    std::size_t cut = text.rfind(' ', width);
    if (cut == std::string::npos || cut < width / 2) cut = detail::whole_chars(text, width).size();
    text.resize(cut);
    text += " ...";
    return text;
}

}  // namespace

std::string to_text(const Document& d) {
    std::string out;
    auto it = std::back_inserter(out);
    const std::string name = d.source_name.empty() ? std::string("(input)") : d.source_name;
    // A turn of a record says which, and the record's size.
    const std::string turn = d.turn ? fmt::format("turn {} of {}, ", d.turn->index + 1, d.turn->of) : std::string();
    fmt::format_to(it, "{}: {}{} bytes, {} paragraphs, {} sentences\n", name, turn, d.input().size(), d.paragraphs.size(),
                   d.sentences.size());
    if (d.speaker) {
        fmt::format_to(it, "speaker: {}{}\n", d.speaker->name,
                       d.speaker->evidence ? fmt::format(" (line {})", d.line_column(d.speaker->evidence->begin).line)
                                           : std::string(" (given)"));
    } else {
        fmt::format_to(it, "speaker: unknown\n");
    }
    if (d.speaker_line) {
        // "speaker line: Mr. Liu Jieyi, China, spoke in Chinese (line 1)"
        const SpeakerLine& line = *d.speaker_line;
        std::string parts = line.person ? *line.person : line.office.value_or(std::string());
        if (line.state) parts += ", " + *line.state;
        if (line.language) parts += ", spoke in " + *line.language;
        fmt::format_to(it, "speaker line: {} (line {})\n", parts, d.line_column(line.span.begin).line);
    }

    LineCounter lines(d.input());
    if (!d.addresses.empty()) {
        fmt::format_to(it, "\naddresses\n");
        for (const Address& a : d.addresses) {
            fmt::format_to(it, "  line {:<5} {:<9} {}\n", lines.line_of(a.span.begin), to_string(a.kind),
                           preview(d.normalized(a.span), 70));
        }
    }
    if (!d.arguments.empty()) {
        fmt::format_to(it, "\narguments\n");
        for (const Argument& a : d.arguments) {
            fmt::format_to(it, "  line {:<5} {}.{:<3} {}: {}\n", lines.line_of(a.span.begin), a.series, a.ordinal,
                           d.normalized(a.marker), preview(d.normalized(a.headline), 60));
        }
    }
    if (!d.stances.empty()) {
        fmt::format_to(it, "\nstances\n");
        for (const Stance& s : d.stances) {
            std::string holder = s.holder.span ? preview(d.normalized(*s.holder.span), 12) : std::string(to_string(s.holder.kind));
            // The party addressed before the target: "calls upon" (relevant countries) show flexibility ...
            const std::string addressee = s.addressee ? fmt::format("({}) ", preview(d.normalized(*s.addressee), 30)) : std::string();
            fmt::format_to(it, "  line {:<5} {:<12} {:<9} {:<8} \"{}\" {}{}{}\n", lines.line_of(s.span.begin), holder,
                           to_string(s.type), to_string(s.polarity), d.normalized(s.cue), addressee,
                           s.target ? preview(d.normalized(*s.target), 50) : std::string(),
                           s.argument ? fmt::format(" [argument {}]", *s.argument) : std::string());
        }
    }
    if (!d.votes.empty()) {
        // A recorded vote's rows as one line per list; an explained vote as a line of its own.
        fmt::format_to(it, "\nvotes\n");
        auto on = [&](const Vote& v) {
            std::string what = v.object ? preview(d.normalized(*v.object), 50) : std::string("(object not named)");
            if (v.reference) what += " = " + d.references[*v.reference].canonical;
            return what;
        };
        for (std::size_t i = 0; i < d.votes.size();) {
            const Vote& v = d.votes[i];
            if (v.kind == VoteKind::record) {
                std::size_t j = i;
                std::string names;
                while (j < d.votes.size() && d.votes[j].kind == VoteKind::record && d.votes[j].choice == v.choice &&
                       d.votes[j].object.has_value() == v.object.has_value() &&
                       (!v.object || d.votes[j].object->begin == v.object->begin)) {
                    names += (names.empty() ? "" : ", ") + d.votes[j].voter.name;
                    ++j;
                }
                fmt::format_to(it, "  line {:<5} recorded  {:<10} {}: {} ({})\n", lines.line_of(v.span.begin),
                               to_string(v.choice), on(v), preview(names, 60), j - i);
                i = j;
            } else {
                fmt::format_to(it, "  line {:<5} {:<9} {:<10} {} ({}): {}\n", lines.line_of(v.span.begin), "explained",
                               to_string(v.choice), v.voter.name, to_string(v.voter.kind), on(v));
                ++i;
            }
        }
    }
    if (!d.references.empty()) {
        fmt::format_to(it, "\nreferences\n");
        for (const Reference& r : d.references) {
            fmt::format_to(it, "  line {:<5} {:<10} {}{}\n", lines.line_of(r.span.begin), to_string(r.kind),
                           d.normalized(r.span), r.canonical.empty() ? std::string() : " = " + r.canonical);
        }
    }
    if (!d.paragraphs.empty()) {
        fmt::format_to(it, "\nparagraphs\n");
        std::size_t sentence = 0;
        for (std::size_t p = 0; p < d.paragraphs.size(); ++p) {
            std::size_t count = 0;
            while (sentence < d.sentences.size() && d.sentences[sentence].paragraph == p) {
                ++sentence;
                ++count;
            }
            fmt::format_to(it, "  {:>3}  line {:<5} {} sentence{}  {}\n", p + 1,
                           lines.line_of(d.paragraphs[p].span.begin), count, count == 1 ? " " : "s",
                           preview(d.normalized(d.paragraphs[p].span), 64));
        }
    }
    if (!d.diagnostics.empty()) {
        fmt::format_to(it, "\ndiagnostics\n");
        for (const Diagnostic& diag : d.diagnostics) {
            LineColumn at = d.line_column(diag.span.begin);
            fmt::format_to(it, "  line {}, column {}: {}: {} [{}]\n", at.line, at.column, to_string(diag.severity),
                           diag.message, diag.id);
        }
    }
    return out;
}

}  // namespace posext
