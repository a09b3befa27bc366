#include "support/dump.hpp"
#include "table/readers.hpp"
#include "table/fixtures.hpp"
#include "table/zip_writer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using jindu::ErrorCode;
using jindu::Options;
using jindu::Table;
using jindu::table::read_xlsx;
using jindu::test::dump_grid;
using jindu::test::error_of;
using jindu::test::make_xlsx;
using jindu::test::make_zip;
using jindu::test::read_fixture;
using Rows = std::vector<std::string>;

namespace {

// The text of one numeric cell holding `v`.
std::string number(const std::string& v) {
    const Table t = read_xlsx(make_xlsx(R"(<sheetData><row r="1"><c r="A1"><v>)" + v + "</v></c></row></sheetData>"), {});
    return t.rows.empty() ? "" : t.rows[0].cells[0].text;
}

}  // namespace

TEST_CASE("numbers print as a General cell shows them") {
    const std::pair<const char*, const char*> cases[] = {
        {"85", "85"},     {"85.0", "85"},      {"0.75", "0.75"}, {"0.30000000000000004", "0.3"},
        {"1E-3", "0.001"}, {"1.2E8", "120000000"}, {"-0", "0"},  {"5109", "5109"},
        {"-12.5", "-12.5"}, {"123456789012345678", "1.23456789012346e+17"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.first);
        CHECK(number(c.first) == c.second);
    }
}

TEST_CASE("shared, rich, inline, boolean and formula strings") {
    const Table t = read_xlsx(
        make_xlsx(R"(<sheetData><row r="1">)"
                  R"(<c r="A1" t="s"><v>0</v></c>)"
                  R"(<c r="B1" t="s"><v>1</v></c>)"
                  R"(<c r="C1" t="inlineStr"><is><t>行内</t></is></c>)"
                  R"(<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>)"
                  R"(<c r="F1" t="str"><f>A1</f><v>公式_x000D__x000A_结果</v></c>)"
                  R"(<c r="G1" t="e"><v>#DIV/0!</v></c>)"
                  R"(<c r="H1" t="s"><v>2</v></c>)"
                  R"(</row></sheetData>)",
                  R"(<si><t>区住建局</t></si>)"
                  R"(<si><r><rPr><b/></rPr><t>2024年度</t></r><r><t xml:space="preserve"> 进展表</t></r><rPh><t>シンチョク</t></rPh></si>)"
                  R"(<si><t>第一行
第二行</t></si>)"),
        {});
    CHECK(dump_grid(t) == Rows{"区住建局 | 2024年度 进展表 | 行内 | TRUE | FALSE | 公式/结果 | #DIV/0! | 第一行/第二行"});
    CHECK(t.rows[0].line == 1);
    CHECK(t.format == jindu::InputFormat::xlsx);
}

TEST_CASE("cell references keep columns and row numbers; empty rows are left out") {
    const Table t = read_xlsx(
        make_xlsx(R"(<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="D2" t="inlineStr"><is><t>d</t></is></c></row>)"
                  R"(<row r="3"><c r="A3" s="1"/></row>)"
                  R"(<row r="5"><c><v>7</v></c><c><v>8</v></c><c r="AA5"><v>9</v></c></row></sheetData>)"),
        {});
    REQUIRE(t.rows.size() == 2);
    CHECK(jindu::test::lines(t) == std::vector<std::size_t>{2, 5});
    CHECK(t.rows[0].cells.size() == 27);
    CHECK(dump_grid(t.rows[0]).starts_with(" | 1 |  | d |  | "));
    CHECK(dump_grid(t.rows[1]).starts_with("7 | 8 |  | "));
    CHECK(t.rows[1].cells[26].text == "9");
}

TEST_CASE("merged ranges become spanned copies of their top-left cell") {
    const Table t = read_xlsx(
        make_xlsx(R"(<sheetData>)"
                  R"(<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>)"
                  R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>教育</t></is></c><c r="C2"><v>5</v></c></row>)"
                  R"(<row r="3"><c r="C3"><v>6</v></c></row>)"
                  R"(<row r="4"><c r="A4"><v>2</v></c><c r="C4"><v>7</v></c></row>)"
                  R"(</sheetData><mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="A2:A3"/>)"
                  R"(<mergeCell ref="B2:B3"/><mergeCell ref="C4:XFD1048576"/></mergeCells>)"),
        {});
    CHECK(dump_grid(t) == Rows{
                         "标题 | ^标题 | ^标题",
                         "1 | 教育 | 5",
                         "^1 | ^教育 | 6",
                         "2 |  | 7",
                     });
    CHECK(t.diagnostics.empty());
}

TEST_CASE("the first visible sheet is read and the others are noted") {
    const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    const std::string bytes = make_zip({
        {"xl/workbook.xml", "<workbook" + ns + R"(><sheets><sheet name="隐藏" sheetId="1" state="hidden" r:id="rId1"/>)"
                            R"(<sheet name="数据" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="3" r:id="rId3"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type=")" + rel + R"(" Target="worksheets/sheet1.xml"/>)"
         R"(<Relationship Id="rId2" Type=")" + rel + R"(" Target="/xl/worksheets/data.xml"/>)"
         R"(<Relationship Id="rId3" Type=")" + rel + R"(" Target="worksheets/sheet3.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml", "<worksheet" + ns + R"(><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>)"},
        {"xl/worksheets/data.xml", "<worksheet" + ns + R"(><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>)"},
    });
    Options options;
    options.source_name = "w.xlsx";
    const Table t = read_xlsx(bytes, options);
    CHECK(dump_grid(t) == Rows{"2"});
    REQUIRE(t.diagnostics.size() == 2);
    CHECK(format(t.diagnostics[0]) == "w.xlsx: note: sheet \"隐藏\" not read: it is hidden");
    CHECK(format(t.diagnostics[1]) == "w.xlsx: note: sheet \"说明\" not read: the workbook has no part for it");
}

TEST_CASE("doubtful cells are kept with a diagnostic") {
    const Table t = read_xlsx(
        make_xlsx(R"(<sheetData><row r="1"><c r="A1" t="s"><v>9</v></c><c r="B1"><v>八十五</v></c>)"
                  R"(<c r="B2"><v>1</v></c><c r="!!"><v>1</v></c></row></sheetData>)",
                  "<si><t>x</t></si>"),
        {});
    CHECK(dump_grid(t) == Rows{" | 八十五"});
    REQUIRE(t.diagnostics.size() == 4);
    for (const auto& d : t.diagnostics) CHECK(d.code == ErrorCode::doubtful_value);
    CHECK(t.diagnostics[0].message == "cell A1 refers to shared string 9, which does not exist");
    CHECK(t.diagnostics[1].message == "cell B1 holds \"八十五\", which is not a number");
    CHECK(t.diagnostics[2].message == "cell reference \"B2\" is not in row 1; the cell is left out");
    CHECK(t.diagnostics[3].message == "cell reference \"!!\" is not in row 1; the cell is left out");
}

TEST_CASE("the seed sample has its title, header and 28 rows with merged categories") {
    const Table t = read_xlsx(read_fixture("../../../samples/2024-h1-district-livelihood-projects.xlsx"), {});
    REQUIRE(t.rows.size() == 30);
    CHECK(dump_grid(t.rows[0]) == "2024年度区政府民生实项目半年度进展表 | ^2024年度区政府民生实项目半年度进展表 | "
                             "^2024年度区政府民生实项目半年度进展表 | ^2024年度区政府民生实项目半年度进展表 | "
                             "^2024年度区政府民生实项目半年度进展表");
    CHECK(dump_grid(t.rows[1]) == "序号 |  | 项目内容 | 责任单位 | 进展情况");
    CHECK(dump_grid(t.rows[4]) == "^1 | ^教育优学 | 新配置手摇式升降课桌椅 5000 套。 | 区教育局 | 已完成招标流程，部分已入校安装。");
    CHECK(t.rows[29].line == 30);
    CHECK(t.diagnostics.empty());
}

TEST_CASE("the district sample keeps numbers as the cells show them") {
    const Table t = read_xlsx(read_fixture("../../../samples/2024-fy-district-tasks.xlsx"), {});
    REQUIRE(t.rows.size() == 11);
    CHECK(dump_grid(t.rows[1]) == "序号 | 考核指标 | 单位 | 全年目标 | 已完成数 | 占年任务之比（%） | 责任单位 | 备注");
    CHECK(dump_grid(t.rows[5]) == "4 | 新增城市绿地 | 公顷 | 45 | 38.5 | 85.6 | 区园林绿化局 | 2个项目跨年实施");
    CHECK(t.rows[10].line == 12);
}

TEST_CASE("workbooks that cannot be read are errors with their codes") {
    Options options;
    options.source_name = "w.xlsx";
    struct Case {
        std::string bytes;
        ErrorCode code;
        std::string message;
    };
    const Case cases[] = {
        {"PK", ErrorCode::bad_archive, "not a zip archive, or a truncated one"},
        {make_zip({{"word/document.xml", "<w:document/>"}}), ErrorCode::bad_archive,
         "the zip archive has no xl/workbook.xml: not an XLSX workbook"},
        {make_zip({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}}), ErrorCode::malformed_markup,
         "xl/workbook.xml: the workbook lists no sheets"},
        {make_xlsx("<sheetData><row><c><v>1</v></c></row>"), ErrorCode::malformed_markup,
         "xl/worksheets/sheet1.xml: Start-end tags mismatch at byte 194 of the part"},
        {read_fixture("bomb.xlsx"), ErrorCode::limit_exceeded,
         "xl/worksheets/sheet1.xml unpacks to more than 200 times its packed size"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        const auto d = error_of([&] { read_xlsx(c.bytes, options); });
        CHECK(d.code == c.code);
        CHECK(d.source == "w.xlsx");
        CHECK(d.message == c.message);
    }
}

TEST_CASE("a far cell cannot make the grid larger than the cell limit") {
    Options options;
    options.limits.max_cells = 10'000;
    const auto d = error_of([&] {
        read_xlsx(make_xlsx(R"(<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row>)"
                            R"(<row r="2"><c r="A2"><v>1</v></c></row></sheetData>)"),
                  options);
    });
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.message == "more than 10000 cells");
}

TEST_CASE("a workbook without relationships falls back to the sheet's usual part") {
    const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    const Table t = read_xlsx(
        make_zip({{"xl/workbook.xml", "<workbook" + ns + R"(><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
                  {"xl/worksheets/sheet1.xml", "<worksheet" + ns + R"(><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>)"}}),
        {});
    CHECK(dump_grid(t) == Rows{"x"});
}

namespace {

// A workbook of sheets (name, sheetData) with the styles given (cellXfs by numFmtId, custom numFmts).
std::string workbook(const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& styles = "") {
    const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string list;
    std::string rels = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    std::vector<std::pair<std::string, std::string>> parts;
    for (std::size_t k = 0; k < sheets.size(); ++k) {
        const std::string n = std::to_string(k + 1);
        list += R"(<sheet name=")" + sheets[k].first + R"(" sheetId=")" + n + R"(" r:id="rId)" + n + R"("/>)";
        rels += R"(<Relationship Id="rId)" + n + R"(" Type=")" + rel + R"(worksheet" Target="worksheets/sheet)" + n + R"(.xml"/>)";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml", "<worksheet" + ns + "><sheetData>" + sheets[k].second +
                                                                   "</sheetData></worksheet>");
    }
    if (!styles.empty()) {
        rels += R"(<Relationship Id="rIdS" Type=")" + rel + R"(styles" Target="styles.xml"/>)";
        parts.emplace_back("xl/styles.xml", "<styleSheet" + ns + ">" + styles + "</styleSheet>");
    }
    parts.emplace_back("xl/workbook.xml", "<workbook" + ns + "><sheets>" + list + "</sheets></workbook>");
    parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    return make_zip(parts);
}

std::string row(int r, const std::vector<std::string>& texts) {
    std::string out = R"(<row r=")" + std::to_string(r) + R"(">)";
    for (const std::string& t : texts) out += R"(<c t="inlineStr"><is><t>)" + t + "</t></is></c>";
    return out + "</row>";
}

}  // namespace

TEST_CASE("the sheets that hold a table are read, an instructions sheet before them is noted") {
    const std::string bytes = workbook({
        {"说明", row(1, {"填表说明"}) + row(2, {"一、数据截至6月底。"})},
        {"进展", row(1, {"序号", "任务", "进展"}) + row(2, {"1", "新建公园", "已完成"})},
        {"图表", ""},
        {"续表", row(1, {"序号", "任务", "进展"}) + row(2, {"2", "新建书屋", "未启动"})},
    });
    Options options;
    options.source_name = "w.xlsx";
    const Table t = read_xlsx(bytes, options);
    CHECK(dump_grid(t) == Rows{"序号 | 任务 | 进展", "1 | 新建公园 | 已完成", "序号 | 任务 | 进展", "2 | 新建书屋 | 未启动"});
    REQUIRE(t.diagnostics.size() == 2);
    CHECK(format(t.diagnostics[0]) == "w.xlsx: note: sheet \"说明\" not read: it holds no table");
    CHECK(format(t.diagnostics[1]) == "w.xlsx: note: sheet \"图表\" not read: it holds no table");
}

TEST_CASE("numeric cells show as their number format does") {
    struct Case {
        std::string value;
        std::string format;  // numFmtId, or a custom code
        std::string shown;
    };
    const Case cases[] = {
        {"0.853", "0.0%", "85.3%"},
        {"1.142", "10", "114.20%"},
        {"0.5", "9", "50%"},
        {"0.30000000000000004", "0", "0.3"},
        {"1234567.891", "4", "1,234,567.89"},
        {"2.5", "0.00", "2.50"},
        {"3", "0.0#", "3.0"},
        {"12.5", R"(0.0"万元")", "12.5万元"},
        {"-0.004", "0.00", "0.00"},
        {"45473", "14", "2024-06-30"},
        {"45473", R"(yyyy"年"m"月"d"日")", "2024年6月30日"},
        {"45473.5", "yyyy/mm/dd hh:mm", "2024/06/30 12:00"},
        {"45473", "31", "2024年6月30日"},
        {"1000", "[Red]#,##0;[Blue]-#,##0", "1,000"},
        {"85", "@", "85"},
        {"1e308", "0.0%", "1e+308"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.format);
        const bool builtin = c.format.find_first_not_of("0123456789") == std::string::npos;
        const std::string styles =
            builtin ? R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId=")" + c.format + R"("/></cellXfs>)"
                    : R"(<numFmts count="1"><numFmt numFmtId="170" formatCode=")" +
                          std::string(c.format.find('"') == std::string::npos ? c.format : [&] {
                              std::string escaped;
                              for (char ch : c.format) escaped += ch == '"' ? std::string("&quot;") : std::string(1, ch);
                              return escaped;
                          }()) +
                          R"("/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs>)";
        const Table t = read_xlsx(
            workbook({{"表", R"(<row r="1"><c r="A1" s="1"><v>)" + c.value + "</v></c></row>"}}, styles), {});
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].cells[0].text == c.shown);
    }
}

TEST_CASE("a 合计 row stays a row") {
    const Table t = read_xlsx(workbook({{"表", row(1, {"序号", "任务", "进展"}) + row(2, {"1", "新建公园", "已完成"}) +
                                                  row(3, {"合计", "共1项", "已完成1项"})}}),
                              {});
    CHECK(dump_grid(t).back() == "合计 | 共1项 | 已完成1项");
}
