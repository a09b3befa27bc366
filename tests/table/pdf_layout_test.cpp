// PDF pages laid out: cells from rules, columns from a header.
#include "table/pdf/layout.hpp"
#include "table/pdf/rules.hpp"
#include "table/fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace jindu::table::pdf;

namespace {

std::vector<Glyph> set(std::u32string_view text, double x, double y, double size = 10) {
    std::vector<Glyph> out;
    for (const char32_t cp : text) {
        if (cp == U' ') {
            if (!out.empty()) out.back().space_after = true;
            x += 3;
            continue;
        }
        const double width = cp < 0x80 ? size / 2 : size;
        out.push_back(Glyph{cp, {x, y, x + width, y + size * 1.2}, size, 0, false});
        x += width;
    }
    return out;
}

void add(PageText& page, std::u32string_view text, double x, double y) {
    const auto glyphs = set(text, x, y);
    page.glyphs.insert(page.glyphs.end(), glyphs.begin(), glyphs.end());
}

// "row,column+rowspan×colspan:text" for each cell.
std::vector<std::string> cells_of(const PageTable& table) {
    std::vector<std::string> out;
    for (const GridCell& c : table.cells)
        out.push_back(std::to_string(c.row) + "," + std::to_string(c.column) + "+" + std::to_string(c.rowspan) + "x" +
                      std::to_string(c.colspan) + ":" + c.text);
    return out;
}

std::string joined(const std::vector<std::string>& cells) {
    std::string out;
    for (const auto& c : cells) out += c + " | ";
    return out;
}

const PageTable& only_table(const PageLayout& layout) {
    const PageTable* found = nullptr;
    for (const Block& b : layout.blocks)
        if (b.table) {
            REQUIRE(found == nullptr);
            found = &*b.table;
        }
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

TEST_CASE("a ruled table: a missing rule merges slots into a spanning cell, glyphs go to the cell under them") {
    PageText page;
    page.width = 300;
    page.height = 400;
    add(page, U"序号", 5, 5);
    add(page, U"项目内容", 55, 5);
    add(page, U"进展情况", 155, 5);
    add(page, U"1", 20, 45);
    add(page, U"新建停车位", 55, 25);
    add(page, U"已完成 85%", 155, 25);
    add(page, U"改造小区", 55, 55);
    add(page, U"已完工", 155, 55);
    add(page, U"2024年度进展表", 60, 300);  // text outside the table
    Rules rules;
    rules.horizontal = {{0, 0, 250}, {20, 0, 250}, {50, 50, 250}, {80, 0, 250}};  // no rule under 1 at y = 50
    rules.vertical = {{0, 0, 80}, {50, 0, 80}, {150, 0, 80}, {250, 0, 80}};
    const PageLayout layout = lay_out(page, rules, nullptr);
    const PageTable& table = only_table(layout);
    CHECK(table.ruled);
    CHECK(table.columns() == 3);
    CHECK(table.rows() == 3);
    CHECK(cells_of(table) == std::vector<std::string>{"0,0+1x1:序号", "0,1+1x1:项目内容", "0,2+1x1:进展情况",
                                                      "1,0+2x1:1", "1,1+1x1:新建停车位", "1,2+1x1:已完成 85%",
                                                      "2,1+1x1:改造小区", "2,2+1x1:已完工"});
    REQUIRE(layout.blocks.size() == 2);
    CHECK(layout.blocks[1].text == "2024年度进展表");
}

TEST_CASE("text the page cut off below a merged cell that no rule closes belongs to that cell") {
    PageText page;
    page.width = 300;
    page.height = 400;
    // A category column three characters wide, its text cut by the foot of the page.
    add(page, U"序号", 3, 5);
    add(page, U"进展情况", 40, 5);
    add(page, U"除险保", 3, 25);
    add(page, U"安", 3, 41);  // under the table's last rule, which leaves the first column open
    add(page, U"已完成", 40, 25);
    Rules rules;
    rules.horizontal = {{0, 0, 250}, {20, 0, 250}, {40, 35, 250}};
    rules.vertical = {{0, 0, 40}, {35, 0, 40}, {250, 0, 40}};
    const PageLayout layout = lay_out(page, rules, nullptr);
    const PageTable& table = only_table(layout);
    CAPTURE(joined(cells_of(table)));
    CHECK(cells_of(table) == std::vector<std::string>{"0,0+1x1:序号", "0,1+1x1:进展情况", "1,0+1x1:除险保安",
                                                      "1,1+1x1:已完成"});
}

TEST_CASE("a page number in the margin is dropped from the page") {
    PageText page;
    page.width = 300;
    page.height = 400;
    add(page, U"正文第一行", 10, 100);
    add(page, U"— 2 —", 130, 380);
    const PageLayout layout = lay_out(page, {}, nullptr);
    CHECK(layout.dropped == std::vector<std::string>{"— 2 —"});
    REQUIRE(layout.blocks.size() == 1);
    CHECK(layout.blocks[0].text == "正文第一行");
}

TEST_CASE("a table without rules: columns from the header, blank corridors and an unnamed column, rows by gaps") {
    PageText page;
    page.width = 600;
    page.height = 400;
    // 序号 | (blank header: category) | 项目内容 | 责任单位 | 进展情况
    add(page, U"序号", 10, 50);
    add(page, U"项目内容", 120, 50);
    add(page, U"责任单位", 330, 50);
    add(page, U"进展情况", 450, 50);
    add(page, U"1", 10, 75);
    add(page, U"教育优学", 40, 75);
    add(page, U"新投用小学、幼儿园 5 所。", 120, 75);
    add(page, U"区教育局", 330, 75);
    add(page, U"小学：已完成 85%。", 450, 75);
    add(page, U"为 750 个教室安装空调和新风设", 120, 100);  // a content cell wrapped over two lines
    add(page, U"备。", 120, 113);
    add(page, U"区教育局", 330, 100);
    add(page, U"已发布招标公告。", 450, 100);
    add(page, U"2", 10, 135);
    add(page, U"医疗健康", 40, 135);
    add(page, U"长期护理保险参保人数达 80 万人。", 120, 135);
    add(page, U"区医保局", 330, 135);
    add(page, U"已达 85 万人。", 450, 135);
    add(page, U"注：本表数据由各责任单位报送，督查室汇总整理。", 10, 170);  // a note across the columns
    const PageLayout layout = lay_out(page, {}, nullptr);
    const PageTable& table = only_table(layout);
    CHECK_FALSE(table.ruled);
    REQUIRE(table.columns() == 5);
    CHECK(cells_of(table) == std::vector<std::string>{
        "0,0+1x1:序号", "0,1+1x1:", "0,2+1x1:项目内容", "0,3+1x1:责任单位", "0,4+1x1:进展情况",
        "1,0+2x1:1", "1,1+2x1:教育优学", "1,2+1x1:新投用小学、幼儿园 5 所。", "1,3+1x1:区教育局",
        "1,4+1x1:小学：已完成 85%。",
        "2,2+1x1:为 750 个教室安装空调和新风设备。", "2,3+1x1:区教育局", "2,4+1x1:已发布招标公告。",
        "3,0+1x1:2", "3,1+1x1:医疗健康", "3,2+1x1:长期护理保险参保人数达 80 万人。", "3,3+1x1:区医保局",
        "3,4+1x1:已达 85 万人。"});
    REQUIRE(layout.blocks.size() == 2);
    CHECK(layout.blocks[1].text == "注：本表数据由各责任单位报送，督查室汇总整理。");
}

TEST_CASE("rules are read from strokes inside forms and from thin dark fills, in page coordinates") {
    const std::string bytes = jindu::test::read_fixture("pdf/drawn-rules.pdf");
    PageGraphicsReader reader(bytes);
    // Page 1 (600 × 400): a grid stroked in a form drawn 20 points lower, over a white
    // background and a light shaded row, which are no rules, and a curve, which is none either.
    const PageGraphics first = reader.page(0, 100000);
    CHECK_FALSE(first.images);
    std::vector<std::string> got;
    for (const Rule& r : first.rules.horizontal)
        got.push_back("H " + std::to_string(int(std::lround(r.at))) + " " + std::to_string(int(std::lround(r.from))) +
                      "-" + std::to_string(int(std::lround(r.to))));
    for (const Rule& r : first.rules.vertical)
        got.push_back("V " + std::to_string(int(std::lround(r.at))) + " " + std::to_string(int(std::lround(r.from))) +
                      "-" + std::to_string(int(std::lround(r.to))));
    std::sort(got.begin(), got.end());
    CHECK(joined(got) == "H 100 100-400 | H 120 100-400 | H 160 100-400 | V 100 100-160 | V 200 100-160 | "
                         "V 400 100-160 | ");
    // Page 2, turned by /Rotate 90: filled rectangles half a point thin, the horizontal one now upright.
    const PageGraphics second = reader.page(1, 100000);
    REQUIRE(second.rules.vertical.size() == 1);
    REQUIRE(second.rules.horizontal.size() == 1);
    CHECK(second.rules.vertical[0].at == doctest::Approx(200.25));
    CHECK(second.rules.vertical[0].from == doctest::Approx(100));
    CHECK(second.rules.vertical[0].to == doctest::Approx(300));
    CHECK(second.rules.horizontal[0].at == doctest::Approx(100.25));
    CHECK(reader.warnings().empty());
}

TEST_CASE("a file qpdf cannot parse has pages without graphics, and a warning") {
    PageGraphicsReader reader("%PDF-1.4\nnothing else");
    CHECK(reader.page(0, 100).rules.horizontal.empty());
    CHECK_FALSE(reader.warnings().empty());
}
