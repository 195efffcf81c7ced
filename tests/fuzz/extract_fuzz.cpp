// The fuzz target: any bytes go through extract() and to_json(), and every
// output must keep the promises in invariants.hpp; a broken one aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "../properties/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto problems = posext::test::extract_problems(input);
    // The stance layer reads the others but never changes them.
    auto more = posext::test::stance_layer_problems(input);
    problems.insert(problems.end(), more.begin(), more.end());
    // Read as a meeting record, its turns.
    auto turns = posext::test::turn_problems(input);
    problems.insert(problems.end(), turns.begin(), turns.end());
    if (!problems.empty()) {
        std::fprintf(stderr, "posext invariants broken on an input of %zu bytes:\n%s", size,
                     posext::test::describe(problems).c_str());
        std::abort();
    }
    return 0;
}
