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
using jindu::table::read_docx;
using jindu::test::dump_grid;
using jindu::test::error_of;
using jindu::test::make_docx;
using jindu::test::make_zip;
using jindu::test::read_fixture;
using Rows = std::vector<std::string>;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string tc(const std::string& content, const std::string& properties = "") {
    return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + (content.empty() ? "<w:p/>" : content) + "</w:tc>";
}

std::string tr(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }

std::string tbl(const std::string& rows) { return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>"; }

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("paragraphs around a table are free text and vMerge and gridSpan are expanded") {
    const std::string restart = R"(<w:vMerge w:val="restart"/>)";
    const std::string merged = "<w:vMerge/>";
    const Table t = read_docx(
        make_docx(p("2024年度进展表") + "<w:p/>" +
                  tbl(tr(tc(p("序号")) + tc("") + tc(p("项目内容"))) +
                      tr(tc(p("1"), restart) + tc(p("教育优学"), restart) + tc(p("新投用小学 5 所。"))) +
                      tr(tc("", merged) + tc("", R"(<w:vMerge w:val="continue"/>)") + tc(p("安装空调。"))) +
                      tr(tc(p("2")) + tc(p("医疗健康"), R"(<w:gridSpan w:val="2"/>)"))) +
                  p("注：截至 6 月底。")),
        {});
    CHECK(t.format == jindu::InputFormat::docx);
    CHECK(dump_grid(t) == Rows{
                         "# 2024年度进展表",
                         "序号 |  | 项目内容",
                         "1 | 教育优学 | 新投用小学 5 所。",
                         "^1 | ^教育优学 | 安装空调。",
                         "2 | 医疗健康 | ^医疗健康",
                         "# 注：截至 6 月底。",
                     });
    CHECK(jindu::test::lines(t) == std::vector<std::size_t>{1, 2, 3, 4, 5, 6});
    CHECK(t.diagnostics.empty());
}

TEST_CASE("paragraphs, breaks and tabs make the lines of a cell") {
    const Table t = read_docx(
        make_docx(tbl(tr(
            tc(p("区卫生健康局") + "<w:p><w:r><w:t>区大数据</w:t></w:r><w:r><w:t>管理中心</w:t></w:r></w:p>") +
            tc("<w:p><w:r><w:t>1. 甲</w:t><w:br/><w:t>2.</w:t><w:tab/><w:t>乙</w:t><w:cr/></w:r></w:p><w:p/>" +
               p(R"(</w:t></w:r><w:r><w:t xml:space="preserve">  已完成 </w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>85%)"))))),
        {});
    CHECK(dump_grid(t) == Rows{"区卫生健康局/区大数据管理中心 | 1. 甲/2.\t乙/已完成  85%"});
}

TEST_CASE("a nested table's paragraphs are lines of the enclosing cell") {
    const Table t = read_docx(
        make_docx(tbl(tr(tc(p("1")) + tc(p("外") + tbl(tr(tc(p("内一")) + tc(p("内二"))) + tr(tc(p("内三")))) + p("尾"))) +
                      tr(tc(p("2")) + tc(p("x"))))),
        {});
    CHECK(dump_grid(t) == Rows{"1 | 外/内一/内二/内三/尾", "2 | x"});
}

TEST_CASE("deleted text, field codes and fallback copies are not text") {
    const Table t = read_docx(
        make_docx(R"(<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins>)"
                  R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
                  R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>)"
                  R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
                  R"(<mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:t>框</w:t></mc:Choice>)"
                  R"(<mc:Fallback><w:t>框</w:t></mc:Fallback></mc:AlternateContent></w:p>)"),
        {});
    CHECK(dump_grid(t) == Rows{"# 新3框"});
}

TEST_CASE("rows and cells inside content controls are found, and gridBefore leaves its columns empty") {
    const Table t = read_docx(
        make_docx(tbl("<w:sdt><w:sdtContent>" + tr(tc(p("a")) + "<w:sdt><w:sdtContent>" + tc(p("b")) +
                                                   "</w:sdtContent></w:sdt>") +
                      "</w:sdtContent></w:sdt>" +
                      R"(<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>)" + tc(p("c")) + "</w:tr>")),
        {});
    CHECK(dump_grid(t) == Rows{"a | b", " | c"});
}

TEST_CASE("a vMerge continued with nothing above is an empty cell") {
    const Table t = read_docx(make_docx(tbl(tr(tc("", "<w:vMerge/>") + tc(p("x"))))), {});
    CHECK(dump_grid(t) == Rows{" | x"});
}

TEST_CASE("absurd gridSpan is clamped and the cell limit still holds") {
    const Table t = read_docx(make_docx(tbl(tr(tc(p("宽"), R"(<w:gridSpan w:val="99999999"/>)")))), {});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells.size() == 1000);

    Options options;
    options.limits.max_cells = 2000;
    const std::string row = tr(tc(p("宽"), R"(<w:gridSpan w:val="1000"/>)"));
    CHECK(error_of([&] { read_docx(make_docx(tbl(repeat(row, 3))), options); }).code == ErrorCode::limit_exceeded);
}

TEST_CASE("the seed sample has its title, header and 28 rows with merged categories") {
    const Table t = read_docx(read_fixture("../../../samples/2024-h1-district-livelihood-projects.docx"), {});
    REQUIRE(t.rows.size() == 30);
    CHECK(dump_grid(t.rows[0]) == "# 2024年度区政府民生实项目半年度进展表");
    CHECK(dump_grid(t.rows[1]) == "序号 |  | 项目内容 | 责任单位 | 进展情况");
    CHECK(dump_grid(t.rows[6]) ==
          "^2 | ^医疗健康 | 打造慢病诊疗系统，为全区 8 万多名“两慢病”患者提供健康服务。 | 区卫生健康局/区大数据管理中心 | "
          "医生端已开发完成并部署到位。");
    CHECK(dump_grid(t.rows[29]).starts_with("^10 | ^文体惠民 | 打造“家门口青少年宫”5个。 | 团区委 | 已完成5个："));
    CHECK(t.diagnostics.empty());
}

TEST_CASE("archives that are not DOCX documents are errors with their codes") {
    Options options;
    options.source_name = "r.docx";
    struct Case {
        std::string bytes;
        ErrorCode code;
        std::string message;
    };
    const Case cases[] = {
        {read_fixture("truncated.docx"), ErrorCode::bad_archive, "not a zip archive, or a truncated one"},
        {"%PDF-1.7 not a zip", ErrorCode::bad_archive, "not a zip archive, or a truncated one"},
        {make_zip({{"xl/workbook.xml", "<workbook/>"}}), ErrorCode::bad_archive,
         "the zip archive has no word/document.xml: not a DOCX document"},
        {make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}}), ErrorCode::malformed_markup,
         "word/document.xml: Start-end tags mismatch at byte 24 of the part"},
        {make_zip({{"word/document.xml", "<w:document/>"}}), ErrorCode::malformed_markup,
         "word/document.xml: no w:document/w:body element"},
        {read_fixture("lying-size.docx"), ErrorCode::bad_archive,
         "word/document.xml in the zip archive: unpacks to more bytes than its header says"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        const auto d = error_of([&] { read_docx(c.bytes, options); });
        CHECK(d.code == c.code);
        CHECK(d.source == "r.docx");
        CHECK(d.message == c.message);
    }
}

TEST_CASE("200,000 nested elements are refused, in the body and in a cell") {
    for (const std::string& body : {repeat("<w:sdt>", 200'000) + repeat("</w:sdt>", 200'000),
                                    tbl(tr(tc(repeat("<w:p><w:r>", 100'000) + repeat("</w:r></w:p>", 100'000))))}) {
        Options options;  // nested tags pack so well that the ratio limit would refuse them first
        options.limits.max_compression_ratio = 1'000'000;
        const auto d = error_of([&] { read_docx(make_docx(body), options); });
        CHECK(d.code == ErrorCode::limit_exceeded);
        CHECK(d.message == "word/document.xml: XML elements nested deeper than 512 levels");
    }
}
