// Properties that every Document and its posext/2 JSON hold, whatever the input: the tests and the fuzzer check them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <posext/posext.hpp>

namespace posext::test {

// The model's own promises: spans in bounds and in order, sentences inside
// their paragraph, every item inside its sentence, cues inside their stance,
// indices that point at something, normalised texts that are clean UTF-8.
// Returns one line per broken promise; empty when all hold.
std::vector<std::string> model_problems(const Document& document);

// The posext/2 contract of `json` written for `document`: valid JSON, exactly
// the schema's fields with their types and values, offsets equal to the
// model's, and every "text" equal to the normalised words of its span.
std::vector<std::string> json_problems(const Document& document, std::string_view json);

// The model's problems and those of both its JSON layouts (the compact one
// on a single line): what every document must pass.
std::vector<std::string> document_problems(const Document& document);

// Runs extract() on `input` twice: document_problems() of the first, and
// whether the two runs wrote the same bytes. Returns the problems found.
std::vector<std::string> extract_problems(std::string_view input, const Options& options = {});

// Runs extract() on `input` with stances and without: every other layer must
// come out the same, because the stance layer reads the others and changes none;
// it adds only the stances and the votes explained in running text.
std::vector<std::string> stance_layer_problems(std::string_view input, Options options = {});

// Cuts `record` into turns and extracts each: the turns meet end to end and cover the record to its
// end, and each turn's document keeps document_problems() with its items inside its turn.
std::vector<std::string> turn_problems(std::string_view record);

// Joins problems into one message for a test failure.
std::string describe(const std::vector<std::string>& problems);

}  // namespace posext::test
