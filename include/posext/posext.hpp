// posext: positions, arguments and references in diplomatic statements; include this for all of it.
#pragma once

#include <posext/coverage.hpp>
#include <posext/document.hpp>
#include <posext/error.hpp>
#include <posext/extract.hpp>
#include <posext/json.hpp>
#include <posext/lexicon.hpp>
#include <posext/normalized.hpp>
#include <posext/options.hpp>
#include <posext/positions.hpp>
#include <posext/report.hpp>
#include <posext/span.hpp>
#include <posext/text.hpp>
#include <posext/turns.hpp>
#include <posext/version.hpp>
