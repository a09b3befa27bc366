// PDF glyphs: radicals, overprints, lines and the joins between them.
#include "table/pdf/glyphs.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jindu::table::pdf;

namespace {

// Glyphs of `text` set on one line from x, each `advance` wide (a space advances without a glyph).
std::vector<Glyph> set(std::u32string_view text, double x, double y, double size = 10, double advance = 10) {
    std::vector<Glyph> out;
    for (const char32_t cp : text) {
        if (cp == U' ') {
            if (!out.empty()) out.back().space_after = true;
            x += advance * 0.3;
            continue;
        }
        const double width = cp < 0x80 ? advance / 2 : advance;
        out.push_back(Glyph{cp, {x, y, x + width, y + size * 1.2}, size, 0, false});
        x += width;
    }
    return out;
}

TextLine line(std::u32string_view text, double x, double y) {
    auto lines = group_lines(set(text, x, y));
    REQUIRE(lines.size() == 1);
    return lines.front();
}

}  // namespace

TEST_CASE("Kangxi and supplement radicals become the ideographs they stand for; other text is left alone") {
    CHECK(unify_radical(0x2F00) == 0x4E00);  // ⼀ → 一
    CHECK(unify_radical(0x2F08) == 0x4EBA);  // ⼈ → 人
    CHECK(unify_radical(0x2E8C) == 0x5C0F);  // ⺌ → 小
    CHECK(unify_radical(0x4E00) == 0x4E00);
    CHECK(unify_radical(U'A') == U'A');
    CHECK(unify_radical(0xFF11) == 0xFF11);  // full-width digits are not folded here (no NFKC on the text)
}

TEST_CASE("U+FFFD, private use and controls are undecodable; ideographs and punctuation are not") {
    CHECK(undecodable(0xFFFD));
    CHECK(undecodable(0xE000));
    CHECK(undecodable(0xF0000));
    CHECK(undecodable(0x0001));
    CHECK_FALSE(undecodable(0x4E00));
    CHECK_FALSE(undecodable(U'。'));
    CHECK_FALSE(undecodable(U'a'));
}

TEST_CASE("a glyph drawn again a fraction of a point off (fake bold) is dropped, repeated text is not") {
    std::vector<Glyph> glyphs = set(U"进展情况", 0, 0);
    const auto again = set(U"进展情况", 0.4, 0.2);
    glyphs.insert(glyphs.end(), again.begin(), again.end());
    const auto next_line = set(U"进展情况", 0, 20);
    glyphs.insert(glyphs.end(), next_line.begin(), next_line.end());
    CHECK(drop_overprints(glyphs) == 4);
    REQUIRE(glyphs.size() == 8);
    const auto lines = group_lines(glyphs);
    REQUIRE(lines.size() == 2);
    CHECK(glyph_text(lines[0].glyphs) == "进展情况");
    CHECK(glyph_text(lines[1].glyphs) == "进展情况");
}

TEST_CASE("glyphs group into lines by baseline, each read left to right") {
    std::vector<Glyph> glyphs = set(U"已完成", 100, 50);
    const auto first = set(U"序号", 10, 10);
    const auto figures = set(U"85%", 130, 50.6);  // another font, a little lower
    glyphs.insert(glyphs.end(), figures.begin(), figures.end());
    glyphs.insert(glyphs.end(), first.begin(), first.end());
    const auto lines = group_lines(glyphs);
    REQUIRE(lines.size() == 2);
    CHECK(glyph_text(lines[0].glyphs) == "序号");
    CHECK(glyph_text(lines[1].glyphs) == "已完成85%");
}

TEST_CASE("spaces come from the text layer's word breaks and from gaps, never between set-solid ideographs") {
    CHECK(glyph_text(set(U"幼儿园 5 所", 0, 0)) == "幼儿园 5 所");
    CHECK(glyph_text(set(U"区卫生健康局 区大数据管理中心", 0, 0)) == "区卫生健康局 区大数据管理中心");
    CHECK(glyph_text(set(U"A-24 地块", 0, 0)) == "A-24 地块");
    // A gap of a fifth of the size between figures and ideographs (LibreOffice's Asian spacing) is no space.
    std::vector<Glyph> spaced = set(U"57", 0, 0);
    const auto unit = set(U"公里", spaced.back().box.x1 + 2, 0);
    spaced.insert(spaced.end(), unit.begin(), unit.end());
    CHECK(glyph_text(spaced) == "57公里");
}

TEST_CASE("lines join: ideographs with nothing, Latin text with a space, a hyphenated word as written") {
    CHECK(line_join(0, U'建', U'设') == "");
    CHECK(line_join(0, U'd', U'p') == " ");
    CHECK(line_join(U'e', U'-', U'w') == "");
    CHECK(line_join(0, U'供', U'1') == "");
    CHECK(line_join(0, U'0', U'（') == "");
}

TEST_CASE("a line broken for want of room continues its paragraph; one that ends early ends it") {
    // 100 points of text width: ten ideographs a line.
    const std::vector<TextLine> wrapped{line(U"新建停车位五千个已完", 0, 0), line(U"成。", 0, 14)};
    CHECK(block_text(wrapped, 100) == "新建停车位五千个已完成。");
    const std::vector<TextLine> two{line(U"区卫生健康局", 0, 0), line(U"区大数据管理中心", 0, 14)};
    CHECK(block_text(two, 100) == "区卫生健康局\n区大数据管理中心");
    // The line stopped two characters short because the next unit (（间）。) is four wide.
    const std::vector<TextLine> bound{line(U"住房五千套", 0, 0), line(U"（间）。", 0, 14)};
    CHECK(block_text(bound, 90) == "住房五千套（间）。");
    const std::vector<TextLine> listed{line(U"1. 目标分解至各街镇", 0, 0), line(U"2. 已完成排摸工作", 0, 14)};
    CHECK(block_text(listed, 95) == "1. 目标分解至各街镇\n2. 已完成排摸工作");
    const std::vector<TextLine> latin{line(U"progress of the", 0, 0), line(U"works", 0, 14)};
    CHECK(block_text(latin, latin[0].box.x1 + 1) == "progress of the works");
}
