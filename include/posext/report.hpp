// The HTML report: the actor-by-issue matrix as a heatmap whose cells open their evidence, and a reader view per statement.
#pragma once

#include <posext/export.hpp>

#include <string>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

namespace posext {

// One self-contained HTML page (styles, script and data inline; it needs no network) for the
// statements given: the matrix of their positions as a heatmap, sortable and filterable, each cell
// listing its evidence sentences with the cue and roles marked and a link to the statement; and for
// each statement a reader view with its layers marked and its positions beside it (docs/REPORT.md).
[[nodiscard]] POSEXT_EXPORT std::string report_html(const std::vector<Document>& documents,
                                                   const Lexicon& lexicon = Lexicon::english());

}  // namespace posext
