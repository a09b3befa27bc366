#include "common/utf8.hpp"

#include <doctest/doctest.h>

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
