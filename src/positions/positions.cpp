// Positions: a row per stance and vote, with its actor and issues, and the actor-by-issue matrix.
#include <posext/positions.hpp>

#include <fmt/format.h>

#include "text/json_string.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <set>
#include <utility>

#include <posext/detail/chars.hpp>

#include "text/ascii.hpp"

namespace posext {
namespace {

std::string normalized(const Document& d, const std::optional<Span>& span) {
    return span ? d.normalized(*span) : std::string();
}

// The canonical name of a holder named in `text`: the first name of [speakers] or [actors] in it
// ("the Russian Federation" and "Russia" are one actor), else the words without a leading article.
std::string actor_of(std::string_view text, const Lexicon& lexicon, bool& known) {
    known = true;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && detail::is_word_byte(text[at - 1])) continue;
        for (const Phrases table : {Phrases::speaker, Phrases::actor}) {  // tables, not vocabulary
            if (auto m = lexicon.match(table, text.substr(at))) return std::string(m->first_form);
        }
    }
    known = false;
    if (detail::starts_with_folded(text, "the ")) text.remove_prefix(4);
    return std::string(text);
}

std::string hex(std::uint64_t h) {
    std::string out(16, '0');
    for (std::size_t i = 16; i-- > 0; h >>= 4) out[i] = "0123456789abcdef"[h & 15];
    return out;
}

std::uint64_t fnv(std::string_view text, std::uint64_t h = 0xcbf29ce484222325ull) {
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

std::string joined(const std::vector<std::string>& items, char separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

// A CSV field: quoted when it holds a comma, a quote or a line end, its quotes doubled (RFC 4180).
void csv_field(std::string& out, std::string_view value) {
    // One memchr per mark that makes a field quoted: most fields are plain, and memchr reads them
    // many bytes at a time.
    const bool plain = std::memchr(value.data(), ',', value.size()) == nullptr &&
                       std::memchr(value.data(), '"', value.size()) == nullptr &&
                       std::memchr(value.data(), '\n', value.size()) == nullptr &&
                       std::memchr(value.data(), '\r', value.size()) == nullptr;
    if (plain) {
        out += value;
        return;
    }
    out += '"';
    for (std::size_t at = 0;;) {  // the runs between quotes at once, each quote doubled
        const std::size_t quote = value.find('"', at);
        out.append(value.substr(at, quote == std::string_view::npos ? std::string_view::npos : quote - at));
        if (quote == std::string_view::npos) break;
        out += "\"\"";
        at = quote + 1;
    }
    out += '"';
}

void json_string(std::string& out, std::string_view value) { detail::append_json_string(out, value); }

void json_list(std::string& out, const std::vector<std::string>& items) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        json_string(out, items[i]);
    }
    out += ']';
}

// The columns of a position, in order, as text.
std::vector<std::pair<std::string_view, std::string>> columns(const Position& p) {
    return {
        {"id", p.id},
        {"file", p.file},
        {"speaker", p.speaker},
        {"actor", p.actor},
        {"position", p.vote ? "vote" : "stance"},
        {"kind", p.kind},
        {"type", p.type},
        {"polarity", p.polarity},
        {"choice", p.choice},
        {"holder", p.holder},
        {"holder_text", p.holder_text},
        {"addressee", p.addressee},
        {"target", p.target},
        {"cue", p.cue},
        {"argument", p.argument ? std::to_string(*p.argument) : std::string()},
        {"issues", joined(p.issues, ';')},
        {"reference", p.reference},
        {"sentence", p.sentence},
        {"begin", std::to_string(p.span.begin)},
        {"end", std::to_string(p.span.end)},
        {"line", std::to_string(p.line)},
    };
}

// The stance types in the order of StanceType, as the JSON names them.
std::array<std::string_view, 8> type_names() noexcept {
    std::array<std::string_view, 8> names;
    for (std::size_t t = 0; t < names.size(); ++t) names[t] = to_string(static_cast<StanceType>(t));
    return names;
}

}  // namespace

std::vector<Position> positions(const Document& d, const Lexicon& lexicon) {
    std::vector<Position> out;
    const std::string speaker = d.speaker ? d.speaker->name : std::string();
    // A sentence's words, made once for all the positions in it.
    std::size_t cached = ~std::size_t{0};
    std::string cached_text;
    auto sentence_text = [&](std::uint32_t offset) {
        const auto k = d.sentence_at(offset);
        if (!k) return std::string();
        if (*k != cached) {
            cached = *k;
            cached_text = d.normalized(d.sentences[*k].span);
        }
        return cached_text;
    };
    // The id hashes the file, the kind of row, the span and `detail` (what tells rows of one span apart).
    const std::uint64_t file_hash = fnv(d.source_name);
    auto start = [&](Position& p, Span span, std::string_view kind, std::uint64_t detail) {
        p.file = d.source_name;
        p.speaker = speaker;
        p.span = span;
        p.sentence = sentence_text(span.begin);
        std::uint64_t h = fnv(kind, file_hash);
        for (const std::uint64_t part : {std::uint64_t{span.begin}, std::uint64_t{span.end}, detail}) {
            h = (h ^ part) * 0x100000001b3ull;
        }
        p.id = hex(h);
    };
    out.reserve(d.stances.size() + d.votes.size());
    for (const Stance& s : d.stances) {
        Position p;
        start(p, s.span, "stance", s.cue.begin);
        p.type = std::string(to_string(s.type));
        p.polarity = std::string(to_string(s.polarity));
        p.holder = std::string(to_string(s.holder.kind));
        p.holder_text = normalized(d, s.holder.span);
        if (s.holder.kind == HolderKind::speaker) {
            p.actor = speaker;
            p.known_actor = !speaker.empty();
        } else {
            p.actor = actor_of(p.holder_text, lexicon, p.known_actor);
        }
        p.addressee = normalized(d, s.addressee);
        p.target = normalized(d, s.target);
        p.cue = d.normalized(s.cue);
        p.argument = s.argument;
        p.issues = s.issues;
        // The first reference inside the stance's span.
        for (const Reference& r : d.references) {
            if (r.span.begin >= s.span.begin && r.span.end <= s.span.end && !r.canonical.empty()) {
                p.reference = r.canonical;
                break;
            }
        }
        out.push_back(std::move(p));
    }
    for (const Vote& v : d.votes) {
        Position p;
        start(p, v.span, to_string(v.choice), v.voter.span.begin);
        p.vote = true;
        p.kind = std::string(to_string(v.kind));
        p.choice = std::string(to_string(v.choice));
        p.holder = std::string(to_string(v.voter.kind));
        p.holder_text = d.normalized(v.voter.span);
        p.actor = v.voter.name;
        p.known_actor = !p.actor.empty();
        p.target = normalized(d, v.object);
        if (v.kind == VoteKind::explanation) p.cue = d.normalized(v.span);
        p.issues = v.issues;
        if (v.reference && *v.reference < d.references.size()) p.reference = d.references[*v.reference].canonical;
        out.push_back(std::move(p));
    }
    // Line numbers, counted once over the input for all rows.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out[a].span.begin < out[b].span.begin; });
    const std::string_view input = d.input();
    std::size_t line = 1, at = 0;
    for (const std::size_t i : order) {
        const std::size_t to = std::min<std::size_t>(out[i].span.begin, input.size());
        line += static_cast<std::size_t>(std::count(input.begin() + static_cast<std::ptrdiff_t>(at),
                                                    input.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
        at = to;
        out[i].line = line;
    }
    return out;
}

std::vector<Position> positions(const std::vector<Document>& documents, const Lexicon& lexicon) {
    std::vector<Position> out;
    for (const Document& d : documents) {
        std::vector<Position> more = positions(d, lexicon);
        out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return out;
}

int net_position(const Position& p) noexcept {
    if (p.vote) return p.choice == "in_favour" ? 2 : p.choice == "against" ? -2 : 0;
    if (p.polarity == "negative" || p.type == "oppose" || p.type == "concern") return -1;
    return 1;
}

// A vote whose words name no issue (a chair's "I shall put the draft resolution to the vote") is on
// what the meeting is about: the issue its folder's positions name most often, the first in the
// lexicon's order on a tie.
void add_meeting_issues(std::vector<Position>& out, const Lexicon& lexicon) {
    const std::vector<Position>& rows = out;
    std::map<std::string, std::map<std::size_t, std::size_t>> named;  // folder -> issue rank -> positions
    auto folder = [](const std::string& file) { return file.substr(0, file.find_last_of('/') + 1); };
    for (const Position& p : rows) {
        for (const std::string& issue : p.issues) {
            if (auto rank = lexicon.issue_rank(issue)) ++named[folder(p.file)][*rank];
        }
    }
    const auto issues = lexicon.issues();
    for (Position& p : out) {
        if (!p.vote || !p.issues.empty()) continue;
        const auto it = named.find(folder(p.file));
        if (it == named.end() || it->second.empty()) continue;
        const auto top = std::max_element(it->second.begin(), it->second.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
        p.issues.emplace_back(issues[top->first].key);
    }
}

std::vector<MatrixCell> matrix(const std::vector<Position>& all, const Lexicon& lexicon) {
    std::vector<Position> rows = all;
    add_meeting_issues(rows, lexicon);
    const auto issues = lexicon.issues();
    struct Key {
        std::string actor;
        std::size_t rank;
        bool operator<(const Key& o) const { return std::tie(actor, rank) < std::tie(o.actor, o.rank); }
    };
    std::map<Key, MatrixCell> cells;
    std::map<Key, std::set<std::pair<std::string, std::string>>> sentences;
    // A vote is counted once per meeting (folder) and choice: the record, the voter's own words and
    // others' reports of it are one vote.
    std::map<Key, std::set<std::pair<std::string, std::string>>> votes;
    for (const Position& p : rows) {
        // A cell is a known actor's: "their", "a draft resolution" are in no table.
        if (!p.known_actor) continue;
        for (const std::string& issue : p.issues) {
            const auto rank = lexicon.issue_rank(issue);
            if (!rank) continue;
            const Key key{p.actor, *rank};
            MatrixCell& cell = cells[key];
            if (cell.actor.empty()) {
                cell.actor = p.actor;
                cell.issue = issue;
                cell.label = std::string(issues[*rank].label);
            }
            if (std::find(cell.statements.begin(), cell.statements.end(), p.file) == cell.statements.end()) {
                cell.statements.push_back(p.file);
            }
            if (p.vote) {
                const std::string meeting = p.file.substr(0, p.file.find_last_of('/') + 1);
                if (votes[key].insert({meeting, p.choice}).second) {
                    (p.choice == "in_favour" ? cell.in_favour : p.choice == "against" ? cell.against : cell.abstentions)++;
                }
            } else {
                const auto names = type_names();
                const auto type = std::find(names.begin(), names.end(), p.type);
                if (type != names.end()) ++cell.counts[type - names.begin()][p.polarity == "negative" ? 1 : 0];
            }
            cell.net += net_position(p);
            sentences[key].insert({p.file, p.sentence});
        }
    }
    std::vector<MatrixCell> out;
    out.reserve(cells.size());
    for (auto& [key, cell] : cells) {
        cell.evidence = sentences[key].size();
        out.push_back(std::move(cell));
    }
    return out;
}

std::string positions_csv_header(const std::vector<std::string>& extra) {
    std::string out;
    for (const auto& [name, value] : columns(Position{})) {
        if (!out.empty()) out += ',';
        out += name;
    }
    for (const std::string& name : extra) {
        out += ',';
        csv_field(out, name);
    }
    return out + "\r\n";
}

std::string to_csv(const Position& p, const std::vector<std::string>& extra) {
    // Written field by field: a row per position, so no table of copies is built for it.
    std::string out;
    out.reserve(256 + p.sentence.size() + p.target.size());
    for (const std::string_view text : {std::string_view(p.id), std::string_view(p.file), std::string_view(p.speaker),
                                        std::string_view(p.actor)}) {
        csv_field(out, text);
        out += ',';
    }
    out += p.vote ? "vote," : "stance,";
    for (const std::string_view text : {std::string_view(p.kind), std::string_view(p.type), std::string_view(p.polarity),
                                        std::string_view(p.choice), std::string_view(p.holder),
                                        std::string_view(p.holder_text), std::string_view(p.addressee),
                                        std::string_view(p.target), std::string_view(p.cue)}) {
        csv_field(out, text);
        out += ',';
    }
    if (p.argument) out += std::to_string(*p.argument);
    out += ',';
    csv_field(out, joined(p.issues, ';'));
    out += ',';
    csv_field(out, p.reference);
    out += ',';
    csv_field(out, p.sentence);
    out += fmt::format(",{},{},{}", p.span.begin, p.span.end, p.line);
    for (const std::string& value : extra) {
        out += ',';
        csv_field(out, value);
    }
    return out + "\r\n";
}

std::string to_jsonl(const Position& p, const std::vector<std::pair<std::string, std::string>>& extra) {
    std::string out = "{";
    bool first = true;
    auto key = [&](std::string_view name) {
        if (!first) out += ',';
        first = false;
        json_string(out, name);
        out += ':';
    };
    for (const auto& [name, value] : columns(p)) {
        key(name);
        if (name == "issues") {
            json_list(out, p.issues);
        } else if (name == "begin" || name == "end" || name == "line" || (name == "argument" && p.argument)) {
            out += value;
        } else if (value.empty() && name != "id" && name != "file") {
            out += "null";
        } else {
            json_string(out, value);
        }
    }
    for (const auto& [name, value] : extra) {
        key(name);
        json_string(out, value);
    }
    return out + "}\n";
}

std::string matrix_csv_header() {
    std::string out = "actor,issue,label,statements";
    for (const std::string_view type : type_names()) out += fmt::format(",{}_positive,{}_negative", type, type);
    return out + ",votes_in_favour,votes_against,abstentions,net,evidence\r\n";
}

std::string to_csv(const MatrixCell& c) {
    std::string out;
    csv_field(out, c.actor);
    out += ',';
    csv_field(out, c.issue);
    out += ',';
    csv_field(out, c.label);
    out += ',';
    csv_field(out, joined(c.statements, ';'));
    for (const auto& counts : c.counts) out += fmt::format(",{},{}", counts[0], counts[1]);
    return out + fmt::format(",{},{},{},{},{}\r\n", c.in_favour, c.against, c.abstentions, c.net, c.evidence);
}

std::string to_jsonl(const MatrixCell& c) {
    std::string out = "{\"actor\":";
    json_string(out, c.actor);
    out += ",\"issue\":";
    json_string(out, c.issue);
    out += ",\"label\":";
    json_string(out, c.label);
    out += ",\"statements\":";
    json_list(out, c.statements);
    out += ",\"stances\":{";
    const auto names = type_names();
    for (std::size_t t = 0; t < names.size(); ++t) {
        out += fmt::format("{}\"{}\":{{\"positive\":{},\"negative\":{}}}", t ? "," : "", names[t], c.counts[t][0], c.counts[t][1]);
    }
    return out + fmt::format("}},\"votes\":{{\"in_favour\":{},\"against\":{},\"abstention\":{}}},\"net\":{},\"evidence\":{}}}\n",
                             c.in_favour, c.against, c.abstentions, c.net, c.evidence);
}

}  // namespace posext
