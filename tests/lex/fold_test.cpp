#include "common/utf8.hpp"
#include "source/fold.hpp"

#include <jindu/source.hpp>

#include <doctest/doctest.h>

#include <ios>
#include <random>
#include <string>
#include <utility>
#include <vector>

using jindu::source::fold;
using jindu::source::fold_text;

TEST_CASE("fold maps full-width ASCII and the ideographic space to ASCII") {
    CHECK(fold(U'８') == U'8');
    CHECK(fold(U'％') == U'%');
    CHECK(fold(U'（') == U'(');
    CHECK(fold(U'．') == U'.');
    CHECK(fold(U'，') == U',');
    CHECK(fold(U'Ａ') == U'A');
    CHECK(fold(U'\u3000') == U' ');
}

TEST_CASE("fold maps traditional characters to simplified ones") {
    CHECK(fold(U'萬') == U'万');
    CHECK(fold(U'億') == U'亿');
    CHECK(fold(U'兩') == U'两');
    CHECK(fold(U'貳') == U'贰');
    CHECK(fold(U'陸') == U'陆');
    CHECK(fold(U'點') == U'点');
    CHECK(fold(U'個') == U'个');
    CHECK(fold(U'億') == U'亿');
}

TEST_CASE("fold leaves simplified text, list markers and superscripts alone") {
    for (char32_t cp : {U'进', U'度', U'万', U'①', U'²', U'、', U'。', U'a'}) CHECK(fold(cp) == cp);
}

TEST_CASE("matching_view folds whole strings") {
    CHECK(jindu::matching_view("５１０９套（間）") == "5109套(间)");
    CHECK(jindu::matching_view("壹萬零貳佰") == "壹万零贰佰");
}

namespace {

jindu::source::SparseFold folded(std::string_view original) {
    jindu::source::SparseFold out;
    fold_text(original, out);
    return out;
}

}  // namespace

TEST_CASE("folded text maps every code point back to the original") {
    const auto f = folded("达８５％");
    CHECK(f.text == "达85%");
    CHECK(f.to_source(0) == 0);
    CHECK(f.to_source(3) == 3);  // 8 ← ８ at byte 3
    CHECK(f.to_source(4) == 6);  // 5 ← ５ at byte 6
    CHECK(f.to_source(5) == 9);  // % ← ％ at byte 9
    CHECK(f.to_source(6) == 12);
}

TEST_CASE("fold_text turns each invalid byte into one separator") {
    const auto f = folded("1\xff" "2");
    CHECK(f.text == "1\x1a" "2");
    CHECK(f.to_source(2) == 2);
}

TEST_CASE("folding folded text changes nothing") {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const char32_t once = fold(cp);
        if (fold(once) != once) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(cp) << " folds twice");
    }
    CHECK(fold(U'\u2F3E') == U'户');  // a Kangxi radical folds through its traditional form
}

TEST_CASE("offsets map every code point boundary as folding one code point at a time does") {
    const std::string pieces[] = {"达", "８", "５", "％", "萬", "a", " ", "\u3000", "µ", "\xE3\x80", "\xFF", "（", "間",
                                  "²", "①", "\U0001F600", "ｈ", "，"};
    std::mt19937 rng(9);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    for (int round = 0; round < 3000; ++round) {
        std::string original;
        for (int n = static_cast<int>(rng() % 16); n > 0; --n) original += pieces[pick(rng)];
        // The reference: each code point decoded, folded and appended, its start noted.
        std::string text;
        std::vector<std::pair<std::size_t, std::size_t>> starts;  // folded offset, original offset
        for (std::size_t i = 0; i < original.size();) {
            starts.emplace_back(text.size(), i);
            const char32_t cp = jindu::utf8::next(original, i);
            jindu::utf8::append(text, cp == jindu::utf8::invalid ? U'\x1a' : fold(cp));
        }
        starts.emplace_back(text.size(), original.size());
        const auto f = folded(original);
        REQUIRE(f.text == text);
        for (const auto& [at, from] : starts) CHECK(f.to_source(at) == from);
    }
}
