// read_numeral's shortcut for plain Arabic integers against the reading piece
// by piece, which handles every numeral.
#include "lex/numeral.hpp"

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <random>
#include <string>
#include <string_view>

using jindu::lex::Numeral;
using jindu::lex::read_numeral_pieces;
using jindu::lex::read_plain_integer;

namespace {

std::optional<Numeral> plain(std::string_view s) { return read_plain_integer(s.data(), s.data() + s.size()); }

void check_same(const Numeral& a, const Numeral& b) {
    CHECK(a.value == b.value);
    CHECK(a.begin == b.begin);
    CHECK(a.end == b.end);
    CHECK(a.first_end == b.first_end);
    CHECK(a.pieces == b.pieces);
    CHECK(a.chinese == b.chinese);
    CHECK(a.arabic == b.arabic);
    CHECK(a.multiplier == b.multiplier);
    CHECK(a.weak == b.weak);
    CHECK(a.positional == b.positional);
    CHECK(a.approx == b.approx);
    CHECK(a.fractional == b.fractional);
    CHECK(a.spaced == b.spaced);
    CHECK(a.trailing_big == b.trailing_big);
    CHECK(a.bare_multiplier == b.bare_multiplier);
    CHECK(a.arabic_digits == b.arabic_digits);
}

}  // namespace

TEST_CASE("the shortcut reads plain integers that nothing continues") {
    REQUIRE(plain("5000 个"));
    CHECK(plain("5000 个")->value == 5000);
    CHECK(plain("5000 个")->arabic_digits == 4);
    CHECK(plain("0123")->value == 123);
    CHECK(plain("85%")->value == 85);
    CHECK(plain("999999999999999")->value == 999999999999999.0);
}

TEST_CASE("the shortcut leaves to the piece reader what may continue") {
    CHECK_FALSE(plain("9.6万"));
    CHECK_FALSE(plain("1,100"));
    CHECK_FALSE(plain("1e5"));
    CHECK_FALSE(plain("5万"));
    CHECK_FALSE(plain("5 万"));
    CHECK_FALSE(plain("80多"));
    CHECK_FALSE(plain("3点5"));
    CHECK_FALSE(plain("1234567890123456"));  // past what a double holds exactly
    CHECK_FALSE(plain("万"));
    CHECK_FALSE(plain(""));
}

TEST_CASE("whatever the shortcut reads, the piece reader reads the same") {
    static constexpr std::array<std::string_view, 22> parts{
        "0", "1", "5", "9", "12", "000", ",", ".", "e", "E", "-", " ", "  ", "万", "千", "千米",
        "点", "多", "个", "%", "二", "1234567"};
    std::mt19937 rng(11);
    int shortcut = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 6);
        for (int k = 0; k < n; ++k) text += parts[rng() % parts.size()];
        const char* first = text.data();
        const char* last = text.data() + text.size();
        const auto fast = read_plain_integer(first, last);
        if (!fast) continue;
        ++shortcut;
        INFO(text);
        const auto slow = read_numeral_pieces(first, last);
        REQUIRE(slow);
        check_same(*fast, *slow);
    }
    CHECK(shortcut > 1000);
}
