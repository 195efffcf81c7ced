// The grammars, one rule at a time, on phrases taken from real statements.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <posext/grammar/address.hpp>
#include <posext/grammar/argument.hpp>
#include <posext/grammar/reference.hpp>
#include <posext/grammar/speaker.hpp>

#include "support.hpp"

using namespace posext;
using namespace posext::grammar;

namespace {

const Lexicon& en() { return Lexicon::english(); }

std::string covered(std::string_view text, const char* end) { return std::string(text.data(), end); }

// The salutation at the start of `text`, as written, or "" when there is none.
std::string salutation_of(std::string_view text) {
    auto match = parse_salutation(text, en());
    return match ? covered(text, match->end) : std::string();
}

std::vector<std::pair<std::string, Role>> addressees_of(std::string_view text) {
    std::vector<std::pair<std::string, Role>> out;
    if (auto match = parse_salutation(text, en())) {
        for (const auto& who : match->addressees) out.emplace_back(std::string(who.begin, who.end), who.role);
    }
    return out;
}

}  // namespace

TEST_CASE("salutations from real openings") {
    CHECK(salutation_of("Mr. Chairman, colleagues,") == "Mr. Chairman, colleagues,");
    CHECK(salutation_of("President of the General Assembly, Secretary-General of the United Nations, Heads of State and Government, ladies and gentlemen, Last year") ==
          "President of the General Assembly, Secretary-General of the United Nations, Heads of State and Government, ladies and gentlemen,");
    CHECK(salutation_of("His Excellency Antonio Guterres, Secretary General of the United Nations.") ==
          "His Excellency Antonio Guterres, Secretary General of the United Nations.");
    CHECK(salutation_of("President of the United Nations General Assembly,") == "President of the United Nations General Assembly,");
    CHECK(salutation_of("Mr. Secretary-General, Mr. President, members of this honourable Assembly:") ==
          "Mr. Secretary-General, Mr. President, members of this honourable Assembly:");
}

TEST_CASE("each addressee gets its role") {
    using R = std::vector<std::pair<std::string, Role>>;
    CHECK(addressees_of("Mr. Chairman, colleagues,") == R{{"Mr. Chairman", Role::chair}, {"colleagues", Role::delegates}});
}
