#include "common/utf8.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using namespace jindu;

TEST_CASE("next decodes one code point and steps past it") {
    std::string_view s = "a进%";
    std::size_t i = 0;
    CHECK(utf8::next(s, i) == U'a');
    CHECK(i == 1);
    CHECK(utf8::next(s, i) == U'进');
    CHECK(i == 4);
    CHECK(utf8::next(s, i) == U'%');
    CHECK(i == 5);
}

TEST_CASE("next steps one byte over invalid sequences") {
    for (std::string_view bad : {"\xff", "\xe8\xbf", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
        std::size_t i = 0;
        CHECK(utf8::next(bad, i) == utf8::invalid);
        CHECK(i == 1);
    }
}

TEST_CASE("append round-trips every plane") {
    for (char32_t cp : {U'A', U'\u00e9', U'\u8fdb', U'\U0001F600'}) {
        std::string s;
        utf8::append(s, cp);
        std::size_t i = 0;
        CHECK(utf8::next(s, i) == cp);
        CHECK(i == s.size());
    }
}

TEST_CASE("trim drops ASCII and ideographic spaces") {
    CHECK(utf8::trim("\u3000 区教育局\t ") == "区教育局");
    CHECK(utf8::trim("   ").empty());
    CHECK(utf8::trim("") == "");
}

TEST_CASE("code_points counts characters before a byte offset") {
    CHECK(utf8::code_points("惠及 9.6 万人", 7) == 3);
}

TEST_CASE("valid rejects a truncated sequence") {
    CHECK(utf8::valid("进度"));
    CHECK_FALSE(utf8::valid("进\xe5"));
}

namespace {

// trim and valid written the plain way, one decoded code point at a time.
std::string_view reference_trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t i = begin;
        if (!utf8::is_space(utf8::next(s, i))) break;
        begin = i;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!utf8::is_space(utf8::next(s, i)) || i != end) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

bool reference_valid(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (utf8::next(s, i) == utf8::invalid) return false;
    return true;
}

// Random strings of pieces that make spaces, parts of them, Chinese and bad bytes.
std::string random_bytes(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {
        " ", "\t", "\n", "\u3000", "\u00A0", "\u2002", "\u2003", "\u2009", "\uFEFF", "\u2001", "区", "。", "a",
        "\xE3\x80", "\x80", "\xA0", "\xC2", "\xE2\x80", "\xED\xA0\x80", "\xF0\x9F\x98\x80", "\xE0\x80\x80",
        "\xEF\xBB", "教育局", "12345678"};
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 12);
    std::string s;
    for (int n = length(rng); n > 0; --n) s += pieces[pick(rng)];
    return s;
}

}  // namespace

TEST_CASE("trim and valid agree with decoding one code point at a time") {
    std::mt19937 rng(3);
    for (int round = 0; round < 20000; ++round) {
        const std::string s = random_bytes(rng);
        CHECK(utf8::trim(s) == reference_trim(s));
        CHECK(utf8::valid(s) == reference_valid(s));
    }
}
