// The HTML report: the data of the statements, their positions and the matrix, in one page with its script.
#include <posext/report.hpp>

#include <posext/positions.hpp>

#include <fmt/format.h>

#include "text/json_string.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "positions/report_page.hpp"

namespace posext {
namespace {

void json_string(std::string& out, std::string_view value) { detail::append_json_string(out, value); }

// Byte offsets of a text as offsets in UTF-16 code units, which the page's script counts in.
class Utf16 {
public:
    explicit Utf16(std::string_view text) : units_(text.size() + 1, 0) {
        std::uint32_t unit = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            units_[i] = unit;
            const auto c = static_cast<unsigned char>(text[i]);
            if ((c & 0xC0) != 0x80) unit += c >= 0xF0 ? 2 : 1;  // a lead byte starts a character; four bytes make two units
        }
        units_[text.size()] = unit;
    }
    [[nodiscard]] std::uint32_t operator()(std::uint32_t byte) const noexcept {
        return units_[std::min<std::size_t>(byte, units_.size() - 1)];
    }

private:
    std::vector<std::uint32_t> units_;
};

struct Mark {
    Span span;
    std::string css;
    std::string title;
};

// The layers of a statement as marks for its reader view.
std::vector<Mark> marks_of(const Document& d) {
    std::vector<Mark> marks;
    for (const Address& a : d.addresses) marks.push_back({a.span, "ad", fmt::format("address ({})", to_string(a.kind))});
    for (const Argument& a : d.arguments) {
        marks.push_back({a.marker, "ar", fmt::format("argument {}.{}: {}", a.series, a.ordinal, d.normalized(a.headline))});
    }
    for (const Stance& s : d.stances) {
        std::string title = fmt::format("{} {}{}", to_string(s.type), to_string(s.polarity), s.negated ? ", negated" : "");
        title += "\nholder: " + (s.holder.span ? d.normalized(*s.holder.span) : std::string(to_string(s.holder.kind)));
        if (s.addressee) title += "\naddressee: " + d.normalized(*s.addressee);
        if (s.target) title += "\ntarget: " + d.normalized(*s.target);
        if (!s.issues.empty()) {
            title += "\nissues:";
            for (const std::string& issue : s.issues) title += " " + issue;
        }
        marks.push_back({s.cue, fmt::format("cue t-{}", to_string(s.type)), title});
        if (s.holder.span) marks.push_back({*s.holder.span, "ho", "holder of \"" + d.normalized(s.cue) + "\""});
        if (s.target) marks.push_back({*s.target, "tg", "target of \"" + d.normalized(s.cue) + "\""});
    }
    for (const Reference& r : d.references) marks.push_back({r.span, "rf", r.canonical.empty() ? "reference" : r.canonical});
    for (const Vote& v : d.votes) {
        std::string title = fmt::format("{} vote: {} {}", to_string(v.kind), v.voter.name, to_string(v.choice));
        if (v.object) title += "\non: " + d.normalized(*v.object);
        if (v.reference && *v.reference < d.references.size()) title += " (" + d.references[*v.reference].canonical + ")";
        marks.push_back({v.kind == VoteKind::record ? v.voter.span : v.span, fmt::format("vt v-{}", to_string(v.choice)), title});
    }
    return marks;
}

}  // namespace

std::string report_html(const std::vector<Document>& documents, const Lexicon& lexicon) {
    // Positions with their statement and the spans the page marks.
    std::vector<Position> rows;
    struct Where {
        std::size_t statement;
        Span sentence, cue;
        std::optional<Span> target;
    };
    std::vector<Where> where;
    for (std::size_t k = 0; k < documents.size(); ++k) {
        const Document& d = documents[k];
        std::vector<Position> more = positions(d, lexicon);
        auto sentence_of = [&](std::uint32_t at) {
            const auto k = d.sentence_at(at);
            return k ? d.sentences[*k].span : Span{at, at};
        };
        for (std::size_t r = 0; r < more.size(); ++r) {
            if (r < d.stances.size()) {
                const Stance& s = d.stances[r];
                where.push_back({k, d.sentences[s.sentence].span, s.cue, s.target});
            } else {
                const Vote& v = d.votes[r - d.stances.size()];
                const Span at = v.kind == VoteKind::record ? v.voter.span : v.span;
                where.push_back({k, sentence_of(at.begin), at, v.object});
            }
        }
        rows.insert(rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    add_meeting_issues(rows, lexicon);
    const std::vector<MatrixCell> cells = matrix(rows, lexicon);
    const auto issues = lexicon.issues();

    std::string data = "{\"issues\":[";
    for (std::size_t i = 0; i < issues.size(); ++i) {
        data += i ? ",[" : "[";
        json_string(data, issues[i].key);
        data += ',';
        json_string(data, issues[i].label);
        data += ']';
    }
    data += "],\"statements\":[";
    std::vector<Utf16> units;
    units.reserve(documents.size());
    for (std::size_t k = 0; k < documents.size(); ++k) {
        const Document& d = documents[k];
        units.emplace_back(d.input());
        const Utf16& u = units.back();
        data += k ? ",{\"file\":" : "{\"file\":";
        json_string(data, d.source_name);
        data += ",\"speaker\":";
        json_string(data, d.speaker ? d.speaker->name : std::string());
        data += ",\"text\":";
        json_string(data, d.input());
        data += ",\"marks\":[";
        bool first = true;
        for (const Mark& m : marks_of(d)) {
            data += fmt::format("{}[{},{},", first ? "" : ",", u(m.span.begin), u(m.span.end));
            first = false;
            json_string(data, m.css);
            data += ',';
            json_string(data, m.title);
            data += ']';
        }
        data += "]}";
    }
    data += "],\"positions\":[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Position& p = rows[r];
        const Where& w = where[r];
        const Utf16& u = units[w.statement];
        data += fmt::format("{}[{},{},{},{},{},{},{},", r ? "," : "", w.statement, u(w.sentence.begin), u(w.sentence.end),
                            u(w.cue.begin), u(w.cue.end), w.target ? static_cast<long>(u(w.target->begin)) : -1L,
                            w.target ? static_cast<long>(u(w.target->end)) : -1L);
        json_string(data, p.actor);
        data += ',';
        json_string(data, p.vote ? "vote" : p.type);
        data += ',';
        json_string(data, p.vote ? p.choice : p.polarity);
        data += ",[";
        for (std::size_t i = 0; i < p.issues.size(); ++i) {
            if (auto rank = lexicon.issue_rank(p.issues[i])) data += fmt::format("{}{}", i ? "," : "", *rank);
        }
        data += fmt::format("],{},{}]", net_position(p), p.known_actor ? 1 : 0);
    }
    data += "],\"cells\":[";
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const MatrixCell& cell = cells[c];
        data += c ? ",[" : "[";
        json_string(data, cell.actor);
        data += fmt::format(",{},{},{},{},{},{}]", lexicon.issue_rank(cell.issue).value_or(0), cell.net, cell.evidence,
                            cell.in_favour, cell.against, cell.abstentions);
    }
    data += "]}";

    std::string page(detail::report_head);
    page += "<script type=\"application/json\" id=\"data\">";
    page += data;
    page += "</script>\n<script>";
    page += detail::report_script;
    page += "</script>\n</body>\n</html>\n";
    return page;
}

}  // namespace posext
