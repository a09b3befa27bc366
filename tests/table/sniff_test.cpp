#include <jindu/table.hpp>

#include "table/numbering.hpp"
#include "table/sniff.hpp"

#include "source/encode.hpp"
#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace jindu;

namespace {

// A minimal zip local file header naming one part (enough for sniffing).
std::string zip_with(std::string_view name) {
    std::string bytes("PK\x03\x04", 4);
    bytes += std::string(22, '\0');
    bytes += static_cast<char>(name.size());
    bytes += std::string(3, '\0');
    bytes += name;
    return bytes;
}

}  // namespace

TEST_CASE("sniff_format tells formats by content") {
    struct Case {
        std::string bytes;
        InputFormat format;
    };
    const Case cases[] = {
        {zip_with("word/document.xml"), InputFormat::docx},
        {zip_with("xl/workbook.xml"), InputFormat::xlsx},
        {zip_with("readme.txt"), InputFormat::automatic},
        {"%PDF-1.7\n...", InputFormat::pdf},
        {"\r\n%PDF-1.4\n...", InputFormat::pdf},  // a few bytes before the header, as readers allow
        {"\x89PNG\r\n\x1a\n", InputFormat::automatic},
        {"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>", InputFormat::html},
        {"  <table border=1><tr><td>序号</td></tr>", InputFormat::html},
        {"标题\n<TABLE>\n<tr><td>1</td></tr></TABLE>", InputFormat::html},
        {"| 序号 | 项目名称 |\n|---|---|\n| 1 | 新建学校 |\n", InputFormat::markdown},
        {"序号 | 项目名称\n:--|--:\n1 | 新建学校\n", InputFormat::markdown},
        {"1 | 教育 | 新建学校 | 县教育局\n || 改造操场 | 县教育局\n2 | 卫生 | 新建医院 | 县卫健局\n",
         InputFormat::markdown},
        {"序号\t内容\n1\t新建\n", InputFormat::text},
        {"序号  项目内容    责任单位\n1     新建学校    县教育局\n2     新建医院    县卫健局\n",
         InputFormat::text},
        {"一、教育\n（一）新建学校 3 所。已建成 2 所。\n（二）改造操场。\n", InputFormat::prose},
        // One cell per line with numbered group headings: a table, not prose.
        {"序号\n项目名称\n责任单位\n进展情况\n一、教育\n1\n新建学校\n县教育局\n已完工\n"
         "二、卫生\n2\n新建医院\n县卫健局\n在建\n",
         InputFormat::text},
        // A CSV export, numbered headings and all, is a table.
        {"序号,项目,进展\n一、教育,,\n1,新建学校,已完成\n二、卫生,,\n2,新建医院,在建\n", InputFormat::text},
        // Labelled blocks under numbered headings: text, read block by block, not prose.
        {"一、学有所教\n第1项\n项目名称：城区学校扩容\n实施内容：新建学校2所\n牵头单位：县教育局\n"
         "完成情况：已建成2所\n二、病有所医\n第2项\n项目名称：卫生院改造\n实施内容：改造卫生院6家\n"
         "牵头单位：县卫健局\n完成情况：完成6家\n",
         InputFormat::text},
        // Numbered prose with a labelled line or two is still prose.
        {"一、教育\n1.新建学校3所。已建成2所。\n责任单位：县教育局\n二、卫生\n2.改造卫生院6家。完成4家。\n",
         InputFormat::prose},
        {"just one line\n", InputFormat::text},
    };
    for (const auto& c : cases) {
        CAPTURE(c.bytes);
        CHECK(sniff_format(c.bytes) == c.format);
    }
}

TEST_CASE("an <ol> fragment inside a tab row does not make the seed HTML") {
    const std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    CHECK(sniff_format(seed) == InputFormat::text);
}

TEST_CASE("sniff_format decodes legacy encodings before looking") {
    const std::string prose = "一、教育优学\n（一）新投用小学、幼儿园 5 所。目前已完成 85%。\n（二）为 750 个教室安装空调。\n";
    CHECK(sniff_format(test::encode(prose, "GB18030")) == InputFormat::prose);
    std::string utf16 = "\xFF\xFE";
    utf16 += test::encode(prose, "UTF-16LE");
    CHECK(sniff_format(utf16) == InputFormat::prose);
    CHECK(sniff_format(test::encode("| a | b |\n|---|---|\n| 1 | 2 |\n", "UTF-16LE")) == InputFormat::markdown);
}

TEST_CASE("leading_numbering reads the markers prose uses") {
    using table::NumberingKind;
    struct Case {
        std::string_view line;
        bool found;
        NumberingKind kind;
        std::string_view number;
        std::string_view rest;
    };
    const Case cases[] = {
        {"一、教育优学", true, NumberingKind::chinese, "一", "教育优学"},
        {"十二、其他", true, NumberingKind::chinese, "十二", "其他"},
        {"（一）新建学校", true, NumberingKind::chinese_paren, "一", "新建学校"},
        {"(三) 新建学校", true, NumberingKind::chinese_paren, "三", "新建学校"},
        {"1. 新建学校", true, NumberingKind::arabic, "1", "新建学校"},
        {"12、新建学校", true, NumberingKind::arabic, "12", "新建学校"},
        {"３．新建学校", true, NumberingKind::arabic, "３", "新建学校"},
        {"（2）新建学校", true, NumberingKind::arabic_paren, "2", "新建学校"},
        {"②新建学校", true, NumberingKind::circled, "②", "新建学校"},
        {"1.5 万人", false, NumberingKind::arabic, "", ""},
        {"2024 年", false, NumberingKind::arabic, "", ""},
        {"一站式服务", false, NumberingKind::arabic, "", ""},
        {"新建学校", false, NumberingKind::arabic, "", ""},
        // past ninety-nine, counted in code points, not bytes
        {"（一百）新建学校", true, NumberingKind::chinese_paren, "一百", "新建学校"},
        {"（一百零一）新建学校", true, NumberingKind::chinese_paren, "一百零一", "新建学校"},
        {"一百二十三、其他", true, NumberingKind::chinese, "一百二十三", "其他"},
        {"（１２３４）新建学校", true, NumberingKind::arabic_paren, "１２３４", "新建学校"},
        {"百、千", false, NumberingKind::arabic, "", ""},
        {"（一二三四五六七八）", false, NumberingKind::arabic, "", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.line);
        const auto n = table::leading_numbering(c.line);
        REQUIRE(n.has_value() == c.found);
        if (!n) continue;
        CHECK(n->kind == c.kind);
        CHECK(n->number == c.number);
        CHECK(c.line.substr(n->length) == c.rest);
    }
}

TEST_CASE("markdown separator rows") {
    CHECK(table::is_markdown_separator("|---|---|"));
    CHECK(table::is_markdown_separator(":--|:-:|--:"));
    CHECK(table::is_markdown_separator("| --- | --- |"));
    CHECK_FALSE(table::is_markdown_separator("---"));
    CHECK_FALSE(table::is_markdown_separator("|-|"));
    CHECK_FALSE(table::is_markdown_separator("| 1 | 2 |"));
}
