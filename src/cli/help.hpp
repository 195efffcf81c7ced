// The help texts of the posext command and its subcommands.
#pragma once

#include <string_view>

namespace posext::cli {

constexpr std::string_view main_help = R"(posext - positions, arguments and references in diplomatic statements

Usage:
  posext extract [options] [FILE...|-]
  posext positions [options] FILE...|DIR...
  posext matrix [options] FILE...|DIR...
  posext report [options] --output report.html FILE...|DIR...
  posext --help | --version

Commands:
  extract     read statements and print their posext/2 model
  positions   one row per stance and vote over all statements (CSV or JSON Lines)
  matrix      actor by issue: counts, votes and a net position per cell
  report      one HTML page: the matrix as a heatmap with its evidence, and each statement

Run 'posext COMMAND --help' for the options of a command.
)";

constexpr std::string_view extract_help = R"(Usage: posext extract [options] [FILE...|-]

Reads each FILE (or standard input for '-' or no FILE) as a UTF-8 statement and
prints its model: paragraphs, sentences, addresses, numbered arguments,
stances, references and the speaker, each with byte offsets into the input.

Options:
  --format FORMAT   json   one posext/2 document per input, readable (default)
                    jsonl  one posext/2 document per line, in input order
                    text   a summary for people
  --speaker NAME    the speaker of every input, instead of inferring it
  --no-stances      skip the stance layer and the votes explained in running
                    text (about 60% faster); found by default (--stances says
                    so explicitly)
  --input-format F  text   each FILE is a statement (default)
                    jsonl  each FILE (or standard input) holds one statement
                           per line, {"name": ..., "text": ...}; one document
                           per line comes out, in the same order: a filter for
                           GNU parallel --pipe -k or Spark's RDD.pipe
  --turns           read each FILE as a meeting record and print one document
                    per speaker turn, in order ("Mr. Churkin (Russian
                    Federation):", "The President:" open a turn); offsets stay
                    those of the record, and source.turn numbers the turns
  --lexicon FILE    add the entries of a lexicon file to the built-in tables
                    (may be repeated; format in docs/LEXICON.md)
  --issues NAME|FILE  the issue lexicons that tag stances and votes, instead
                    of the built-in "un-general": a built-in one ("un-general",
                    "ict-oewg") or a file (may be repeated; docs/LEXICON.md)
  --jobs N          process N files at once (0: one per core; default 1);
                    the output keeps the input order
  --max-bytes SIZE  refuse inputs larger than SIZE bytes (suffix K, M or G
                    for KiB, MiB, GiB; default 256M, at most 4095M)
  --output FILE     write to FILE instead of standard output; FILE appears
                    only when it is complete
  -h, --help        show this help
  --version         show the version

An input that cannot be read, is not text or is too large is reported on
standard error as 'posext: PATH[:LINE:COLUMN]: problem [identifier]'; the other
inputs are still processed and the exit status is 1. Exit status 2 means the
command line or a lexicon file is wrong. Warnings (invalid UTF-8 replaced, for
example) are listed in each document's diagnostics and summarised on standard
error. The identifiers are stable; docs/ERRORS.md lists them all.
)";

constexpr std::string_view positions_help = R"(Usage: posext positions [options] FILE...|DIR...

Extracts each statement (each *.txt below a DIR, in name order) and prints one
row per position: each stance and each vote, with its actor (the speaker, the
voter or the named holder, canonical where it is a state, group or UN organ),
its issues and the sentence that is its evidence (docs/POSITIONS.md).

Options:
  --format FORMAT   csv    RFC 4180 with a header row (default)
                    jsonl  one JSON object per row
  --meta FILE.tsv   join the columns of a tab-separated table whose first
                    column is "file" (a path as given, or a file name)
  --issues NAME|FILE  issue lexicons instead of the built-in "un-general"
                    ("un-general", "ict-oewg" or a file; may be repeated)
  --speaker NAME, --no-stances, --turns, --lexicon FILE, --jobs N,
  --max-bytes SIZE, --output FILE   as for 'posext extract'
  -h, --help        show this help

Every row ends with the posext version and the lexicon's fingerprint. Errors
and exit status are those of 'posext extract'.
)";

constexpr std::string_view matrix_help = R"(Usage: posext matrix [options] FILE...|DIR...

Extracts each statement and prints the actor-by-issue matrix of their
positions in long form: one row per actor and issue, with the statements it
comes from, stances counted by type and polarity, votes in favour, against and
abstaining, the net position and the number of evidence sentences
(docs/POSITIONS.md, "The matrix").

Options:
  --format FORMAT   csv    RFC 4180 with a header row (default)
                    jsonl  one JSON object per cell
  --issues NAME|FILE, --speaker NAME, --no-stances, --turns, --lexicon FILE,
  --jobs N, --max-bytes SIZE, --output FILE   as for 'posext positions'
  -h, --help        show this help
)";

constexpr std::string_view report_help = R"(Usage: posext report [options] --output report.html FILE...|DIR...

Extracts each statement and writes one self-contained HTML page (no network:
styles, script and data inline): the actor-by-issue matrix as a heatmap,
sortable by actor or issue and filtered by issue and position type, each cell
listing its evidence sentences with the cue and target marked and a link to
the statement; and a reader view of each statement with its addresses,
arguments, stances by type, references and votes marked, their roles on
hover, and its positions beside it (docs/POSITIONS.md, "The report").

Options:
  --output FILE     write the page there (it appears only when complete);
                    standard output without it
  --issues NAME|FILE, --speaker NAME, --no-stances, --turns, --lexicon FILE,
  --jobs N, --max-bytes SIZE   as for 'posext positions'
  -h, --help        show this help
)";

}  // namespace posext::cli
