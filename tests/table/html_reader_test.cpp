#include "table/html_depth.hpp"
#include "support/dump.hpp"
#include "table/readers.hpp"
#include "table/fixtures.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

using jindu::ErrorCode;
using jindu::Options;
using jindu::Table;
using jindu::table::read_html;
using jindu::test::dump_grid;
using jindu::test::error_of;
using Rows = std::vector<std::string>;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("rows of a table follow the title and spans are expanded") {
    const Table t = read_html(R"(<html><head><title>进展表</title></head><body>
<h1>2024年度区政府民生实项目半年度进展表</h1>
<table>
<tr><th>序号</th><th></th><th>项目内容</th><th>责任单位</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">教育优学</td><td>新投用小学 5 所。</td><td>区教育局</td></tr>
<tr><td>安装空调。</td><td>区教育局</td></tr>
<tr><td>2</td><td>医疗健康</td><td colspan="2">参保人数达 80 万人。</td></tr>
</table>
<p>注：数据截至 6 月底。</p>
</body></html>)",
                              Options{});
    CHECK(t.format == jindu::InputFormat::html);
    CHECK(dump_grid(t) == Rows{
                         "# 进展表",
                         "# 2024年度区政府民生实项目半年度进展表",
                         "序号 |  | 项目内容 | 责任单位",
                         "1 | 教育优学 | 新投用小学 5 所。 | 区教育局",
                         "^1 | ^教育优学 | 安装空调。 | 区教育局",
                         "2 | 医疗健康 | 参保人数达 80 万人。 | ^参保人数达 80 万人。",
                         "# 注：数据截至 6 月底。",
                     });
    CHECK(t.diagnostics.empty());
}

TEST_CASE("a row is traced to the line of its <tr>") {
    const Table t = read_html("<p>标题</p>\n<table>\n<tr><td>a</td></tr>\n\n<tr>\n<td>b</td></tr></table>", {});
    CHECK(jindu::test::lines(t) == std::vector<std::size_t>{1, 3, 5});
}

TEST_CASE("a header of two rows keeps its columns under the colspan") {
    const Table t = read_html(R"(<table>
<tr><th rowspan=2>序号</th><th rowspan=2>项目名称</th><th colspan=2>1-9月推进情况</th></tr>
<tr><th>完成情况</th><th>完成率</th></tr>
<tr><td>1</td><td>地铁</td><td>已完工</td><td>100%</td></tr>
</table>)",
                              {});
    CHECK(dump_grid(t) == Rows{
                         "序号 | 项目名称 | 1-9月推进情况 | ^1-9月推进情况",
                         "^序号 | ^项目名称 | 完成情况 | 完成率",
                         "1 | 地铁 | 已完工 | 100%",
                     });
}

TEST_CASE("rowspans skip the columns they cover, wherever the cells start") {
    const Table t = read_html(R"(<table>
<tr><td>a</td><td rowspan=3>B</td><td>c</td></tr>
<tr><td>d</td><td>e</td></tr>
<tr><td>f</td></tr>
<tr><td>g</td><td>h</td><td>i</td><td>j</td></tr>
</table>)",
                              {});
    CHECK(dump_grid(t) == Rows{
                         "a | B | c | ",
                         "d | ^B | e | ",
                         "f | ^B |  | ",
                         "g | h | i | j",
                     });
}

TEST_CASE("rowspan 0 and rowspans past the end stop at the end of their row group") {
    const Table t = read_html(R"(<table>
<thead><tr><td rowspan=5>h</td><td>x</td></tr></thead>
<tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>
</table>)",
                              {});
    CHECK(dump_grid(t) == Rows{"h | x", "a | 1", "^a | 2", "^a | 3"});
    CHECK(t.diagnostics.empty());
}

TEST_CASE("line breaks in cells come from br, p, div and list items, in order") {
    const Table t = read_html(
        "<table><tr><td>a<br>b<p>c</p><div>d</div><ol><li>1. 甲</li><li>2. 乙</li></ol>e</td>"
        "<td>区卫生健康局<br/>区大数据管理中心</td></tr></table>",
        {});
    CHECK(dump_grid(t) == Rows{"a/b/c/d/1. 甲/2. 乙/e | 区卫生健康局/区大数据管理中心"});
}

TEST_CASE("entities are decoded and white space collapses within each line") {
    const Table t = read_html(
        "<table><tr><td>&nbsp; 已完成&nbsp;&nbsp;85%\n   以上 &amp; 超过&lt;5&gt; &#x4E00;</td>"
        "<td> <b>南山</b> <i>东路</i> </td><td>\u3000全角\u3000空格\u3000</td></tr></table>",
        {});
    CHECK(dump_grid(t) == Rows{"已完成 85% 以上 & 超过<5> 一 | 南山 东路 | 全角\u3000空格"});
}

TEST_CASE("a nested table's text goes into the enclosing cell, one line per inner cell") {
    const Table t = read_html(R"(<table>
<tr><td>1</td><td>外<table><tr><td>内一</td><td>内二</td></tr><tr><td>内三</td></tr></table>尾</td></tr>
<tr><td>2</td><td>x</td></tr>
</table>)",
                              {});
    CHECK(dump_grid(t) == Rows{"1 | 外/内一/内二/内三/尾", "2 | x"});
}

TEST_CASE("unclosed cells, rows and tables are closed as a browser would") {
    const Table t = read_html("<title>t</title><body><table><tr><td>a<td>b<tr><td>c<td>d<p>e", {});
    CHECK(dump_grid(t) == Rows{"# t", "a | b", "c | d/e"});
}

TEST_CASE("captions are free text and scripts, styles and comments are not text") {
    const Table t = read_html(
        "<style>td{}</style><script>var a='<table>';</script><!-- 注释 -->"
        "<table><caption>表一</caption><tr><td>a<script>x</script></td></tr></table>",
        {});
    CHECK(dump_grid(t) == Rows{"# 表一", "a"});
}

TEST_CASE("several tables come out in document order with the text between them") {
    const Table t = read_html("<table><tr><td>1</td></tr></table>中间<div><table><tr><td>2</td><td>3</td></tr></table></div>末尾", {});
    CHECK(dump_grid(t) == Rows{"1", "# 中间", "2 | 3", "# 末尾"});
}

TEST_CASE("span attributes are read as HTML reads integers") {
    const Table t = read_html(
        "<table><tr><td colspan=' 2px'>a</td><td colspan=x>b</td><td colspan=0>c</td><td colspan=+2>d</td></tr></table>",
        {});
    CHECK(dump_grid(t) == Rows{"a | ^a | b | c | d | ^d"});
}

TEST_CASE("absurd colspan and rowspan are clamped to the browser limits with a warning") {
    const Table t = read_html(
        "<table><tr><td colspan=99999999999999999999>a</td></tr><tr><td rowspan=70000>b</td></tr><tr><td>c</td></tr></table>",
        {});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells.size() == 1000);
    CHECK(t.rows[0].cells[999].text == "a");
    CHECK(t.rows[0].cells[999].spanned);
    CHECK(t.rows[2].cells[0].text == "b");
    CHECK(t.rows[2].cells[0].spanned);
    CHECK(t.rows[2].cells[1].text == "c");
    REQUIRE(t.diagnostics.size() == 2);
    CHECK(t.diagnostics[0].code == ErrorCode::limit_exceeded);
    CHECK(t.diagnostics[0].severity == jindu::Severity::warning);
    CHECK(t.diagnostics[0].message == "colspan=\"99999999999999999999\" reduced to 1000");
    CHECK(t.diagnostics[0].where.line == 1);
    CHECK(t.diagnostics[1].message == "rowspan=\"70000\" reduced to 65534");
}

TEST_CASE("wide spans past the cell limit are an error, not a huge grid") {
    Options options;
    options.source_name = "wide.html";
    options.limits.max_cells = 5000;
    const std::string html = "<table>\n" + repeat("<tr><td colspan=1000 rowspan=65534>x</td></tr>\n", 10) + "</table>";
    const auto d = error_of([&] { read_html(html, options); });
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.source == "wide.html");
    CHECK(d.message == "more than 5000 cells");
    CHECK(d.where.line == 4);  // the third row brings 3000 more
}

TEST_CASE("span copies may not blow the text up past the input limit") {
    Options options;
    options.limits.max_input_bytes = 100'000;
    const std::string html = "<table><tr><td colspan=1000>" + repeat("长", 100) + "</td></tr></table>";
    CHECK(error_of([&] { read_html(html, options); }).code == ErrorCode::limit_exceeded);
}

TEST_CASE("too many rows is an error") {
    Options options;
    options.limits.max_rows = 100;
    const std::string html = "<table>" + repeat("<tr><td>x", 101) + "</table>";
    const auto d = error_of([&] { read_html(html, options); });
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.message == "more than 100 rows");
}

TEST_CASE("200,000 nested tags are refused quickly, naming the place") {
    const auto start = std::chrono::steady_clock::now();
    for (std::string_view tag : {"<div>", "<span>", "<b>", "<table><tr><td>", "<ul>", "<div/>", "<b><div></b>",
                                 "<svg><div></svg>", "<li><dl>"}) {
        CAPTURE(tag);
        Options options;
        options.source_name = "deep.html";
        const std::string html = "<p>x</p>\n" + repeat(tag, 200'000);
        const auto d = error_of([&] { read_html(html, options); });
        CHECK(d.code == ErrorCode::limit_exceeded);
        CHECK(d.source == "deep.html");
        CHECK(d.where.line == 2);
        CHECK(d.message == "HTML elements nested deeper than 512 levels");
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("unclosed siblings are not nesting") {
    for (std::string_view tag : {"<p>", "<li>", "<tr><td>", "<td>", "<a>", "<br>", "<div></div>", "<dd>", "<option>"}) {
        CAPTURE(tag);
        const std::string html = "<table><tr><td>" + repeat(std::string(tag) + "x", 20'000);
        const Table t = read_html(html, {});
        CHECK(!t.rows.empty());
    }
}

TEST_CASE("a lowered nesting limit is honoured") {
    Options options;
    options.limits.max_nesting_depth = 10;
    CHECK_NOTHROW(read_html(repeat("<div>", 10) + "x", options));
    CHECK(error_of([&] { read_html(repeat("<div>", 11) + "x", options); }).code == ErrorCode::limit_exceeded);
}

TEST_CASE("empty and text-only documents give free text or nothing") {
    CHECK(read_html("", {}).rows.empty());
    CHECK(read_html("<html><body></body></html>", {}).rows.empty());
    CHECK(dump_grid(read_html("一行\n<br>二行", {})) == Rows{"# 一行", "# 二行"});
}

TEST_CASE("the depth estimate follows the HTML rules that keep nesting flat") {
    struct Case {
        const char* html;
        std::size_t depth;
    };
    const Case cases[] = {
        {"", 0},
        {"<div><div></div></div><div></div>", 2},
        {"<p><p><p>", 1},
        {"<ul><li><li><li></ul>", 2},
        {"<ul><li><ul><li></ul></ul>", 4},
        {"<table><tr><td>a<td>b<tr><td>c</table>", 4},
        {"<table><td>x</td></table>", 4},
        {"<table><tr><td><table><tr><td></table></table>", 8},
        {"<br><img src=x><hr>", 0},
        {"<script><div><div></script><div>", 1},
        {"<div title='>'><div>", 2},
        {"<!-- <div><div> --><DIV>", 1},
        {"<div><span></div><span>", 2},
        {"<b><i></b></i>", 2},
        {"<h1><h2>", 1},
        {"<a><a><a>", 1},
        {"<svg><path/><path/></svg>", 1},
        {"<div><table><tr><td></div><div>", 6},
        {"<li><dl><li>", 3},
        {"<svg><div></svg><svg><div>", 2},
        {"<svg><title><div></div></title></svg>", 3},
        {"<svg><title>", 2},
        {"<b><p>x</b></p><b><p>x</b></p>", 2},
        {"<td><td><tr>", 0},
        {"<a><div><a>", 2},
        {"<table><em></table>x", 2},
    };
    for (const Case& c : cases) {
        CAPTURE(c.html);
        CHECK(jindu::table::estimate_html_depth(c.html, 1000).depth == c.depth);
    }
}

TEST_CASE("the absurd-spans fixture gives a bounded grid and two warnings") {
    Options options;
    options.source_name = "absurd-spans.html";
    const Table t = read_html(jindu::test::read_fixture("absurd-spans.html"), options);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells.size() == 1001);
    CHECK(t.rows[0].cells[1000].text == "1");
    CHECK(dump_grid(t.rows[2]).starts_with("^高 | 3 |  | "));
    REQUIRE(t.diagnostics.size() == 2);
    CHECK(format(t.diagnostics[0]) ==
          "absurd-spans.html:2:5: warning: colspan=\"2147483648\" reduced to 1000 (near \"<td colspan=\"2147483648\">\")");
    CHECK(format(t.diagnostics[1]) ==
          "absurd-spans.html:3:5: warning: rowspan=\"999999999\" reduced to 65534 (near \"<td rowspan=\"999999999\">\")");
}

TEST_CASE("the unclosed-tags fixture reads as a browser shows it") {
    const Table t = read_html(jindu::test::read_fixture("unclosed.html"), {});
    CHECK(dump_grid(t) == Rows{"# 进展表", "序号 | 项目内容", "1 | 新建停车位 5000 个。/已完成 5500 个", "2 | 充电桩2000 个"});
    CHECK(jindu::test::lines(t) == std::vector<std::size_t>{1, 2, 3, 4});
}

TEST_CASE("the seed sample has its title, header and 28 rows with merged categories") {
    const Table t = read_html(jindu::test::read_fixture("../../../samples/2024-h1-district-livelihood-projects.html"), {});
    REQUIRE(t.rows.size() == 31);
    CHECK(dump_grid(t.rows[0]) == "# 2024年度区政府民生实项目半年度进展表");
    CHECK(dump_grid(t.rows[1]) == "# 2024年度区政府民生实项目半年度进展表");
    CHECK(dump_grid(t.rows[2]) == "序号 |  | 项目内容 | 责任单位 | 进展情况");
    CHECK(dump_grid(t.rows[18]) ==
          "^6 | ^助残帮困 | 完成残疾人家庭无障碍改造 100 户。 | 区残联 | 1. 将目标任务分解至各街镇。/"
          "2. 各街镇已完成符合条件残疾人家庭无障碍改造对象的排摸工作。/3. 已完成公开招标、开标并确定施工单位。/"
          "4. 已启动入户评估工作。");
    CHECK(dump_grid(t.rows[30]).starts_with("^10 | ^文体惠民 | 打造“家门口青少年宫”5个。 | 团区委 | "));
    CHECK(t.diagnostics.empty());
}

TEST_CASE("the city sample has a header of two rows and a 完成率 column") {
    const Table t = read_html(jindu::test::read_fixture("../../../samples/2024-q3-city-key-projects.html"), {});
    REQUIRE(t.rows.size() == 15);
    CHECK(dump_grid(t.rows[3]) == "序号 | 项目名称 | 全年目标任务 | 牵头单位 | 1-9月推进情况 | ^1-9月推进情况");
    CHECK(dump_grid(t.rows[4]) == "^序号 | ^项目名称 | ^全年目标任务 | ^牵头单位 | 完成情况 | 完成率");
    CHECK(dump_grid(t.rows[5]) ==
          "1 | 城市轨道交通S3线一期 | 完成年度投资18亿元 | 市轨道交通集团 | 累计完成投资14.2亿元，车站主体结构完成80%。 | 78.9%");
    CHECK(dump_grid(t.rows[12]) == "8 | 夜间经济街区 | 打造夜间经济特色街区4条 | ^市商务局 | 已建成3条，第4条正在进行业态招商。 | 75%");
    CHECK(dump_grid(t.rows[14]) == "# 注：完成率按投资完成额或工程量占全年目标的比例计算。");
}

TEST_CASE("NUL bytes, invalid UTF-8 and random bytes do not stop the reader") {
    const std::string nul("<table><tr><td>a\0b</td></tr></table>", 37);
    CHECK(read_html(nul, {}).rows.size() == 1);
    CHECK(read_html("<table><tr><td>\xff\xfe\xc0\x80</td></tr></table>", {}).rows.size() == 1);
    std::string noise;
    unsigned state = 12345;
    for (int i = 0; i < 100'000; ++i) {
        state = state * 1103515245u + 12345u;
        noise.push_back(static_cast<char>(state >> 16));
    }
    CHECK_NOTHROW(read_html(noise, {}));
}

TEST_CASE("a layout table around a data table of more rows is the page, and its table a table") {
    const std::string html =
        "<table><tr><td>某区人民政府</td></tr>"
        "<tr><td><p>现将完成情况公布如下：</p><table>"
        "<tr><td>序号</td><td>项目名称</td><td>进展情况</td></tr>"
        "<tr><td>1</td><td>新建书屋</td><td>已建成<table><tr><td>甲</td></tr></table></td></tr>"
        "<tr><td>2</td><td>修缮祠堂</td><td>在建</td></tr>"
        "<tr><td>3</td><td>绿化荒山</td><td>未启动</td></tr></table></td></tr>"
        "<tr><td>主办：区政府办</td></tr></table>";
    const Table t = read_html(html, {});
    CHECK(dump_grid(t) == Rows{"# 某区人民政府", "# 现将完成情况公布如下：", "序号 | 项目名称 | 进展情况",
                               "1 | 新建书屋 | 已建成/甲", "2 | 修缮祠堂 | 在建", "3 | 绿化荒山 | 未启动",
                               "# 主办：区政府办"});
}

TEST_CASE("a page without a data table is read from its paragraphs, cut at gaps") {
    struct Case {
        const char* name;
        std::string html;
        Rows rows;
    };
    const Case cases[] = {
        {"no-break spaces, full-width spaces and tabs cut cells; <br> breaks a cell",
         "<p>年度重点工作推进表</p>"
         "<p>序号&nbsp;&nbsp;&nbsp;工作任务&nbsp;&nbsp;牵头单位&nbsp;&nbsp;推进情况</p>"
         "<p>1\u3000\u3000建设社区食堂3个\u3000\u3000市民政局\u3000\u3000已建成2个；<br>其余1个在装修</p>"
         "<ol><li><p>2\t改造燃气管网20公里\t市住建局\t完成 12 公里</p></li></ol>"
         "<p>注：数据截至月底。</p>",
         {"# 年度重点工作推进表", "序号 | 工作任务 | 牵头单位 | 推进情况",
          "1 | 建设社区食堂3个 | 市民政局 | 已建成2个；/其余1个在装修", "2 | 改造燃气管网20公里 | 市住建局 | 完成 12 公里",
          "# 注：数据截至月底。"}},
        {"single spaces and source line breaks are no gaps",
         "<p>序号&nbsp;&nbsp;任务&nbsp;&nbsp;进展</p>\n<p>1&nbsp;&nbsp;新建 公园\n 两个&nbsp;&nbsp;已完成 一个</p>",
         {"序号 | 任务 | 进展", "1 | 新建 公园 两个 | 已完成 一个"}},
        {"a layout table around the paragraphs stays a table of its own",
         "<p>序号\u3000任务\u3000进展</p><p>1\u3000新建书屋\u3000已完成</p>"
         "<table><tr><td>主办：某县人民政府办公室 地址：城关路1号</td></tr></table>",
         {"序号 | 任务 | 进展", "1 | 新建书屋 | 已完成", "主办：某县人民政府办公室 地址：城关路1号"}},
        {"a row laid out as <span> cells, an empty one included; a menu of links is no row",
         "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a><a href=\"/b\">互动</a></div>"
         "<div class=\"row\"><span>序号</span><span>项目名称</span><span>协办单位</span><span>进展情况</span></div>"
         "<div class=\"row\"><span>1</span><span>新建书屋</span><span></span><span>已建成<em>2</em>个</span></div>"
         "<div class=\"row\"><span>2</span><span>修缮祠堂</span><span>区文旅局</span><span>在建</span></div>",
         {"# 首页政务公开互动", "序号 | 项目名称 | 协办单位 | 进展情况", "1 | 新建书屋 |  | 已建成2个",
          "2 | 修缮祠堂 | 区文旅局 | 在建"}},
        {"rows of <div> cells in a <div> table: a <br> or a block inside a cell breaks the cell, not the row",
         "<div class=\"tbl\">"
         "<div class=\"tr\"><div class=\"td\">序号</div><div class=\"td\">项目</div><div class=\"td\">完成情况</div>"
         "<div class=\"td\">承办单位</div><div class=\"td\">协办单位</div></div>"
         "<div class=\"tr\"><div class=\"td\">1</div><div class=\"td\">托育</div>"
         "<div class=\"td\"><span>建成3个；<br>新增托位96个</span></div><div class=\"td\">街道社会事务办</div>"
         "<div class=\"td\"><span></span></div></div>"
         "<div class=\"tr\"><div class=\"td\">2</div><div class=\"td\">改造</div>"
         "<div class=\"td\"><p>完成2个</p><p>其余在建</p></div><div class=\"td\">街道城建办</div>"
         "<div class=\"td\">各社区</div></div>"
         "</div>"
         "<section><span>来源：某街道党政办　　编辑：李某　　审核：周某</span></section>",
         {"序号 | 项目 | 完成情况 | 承办单位 | 协办单位", "1 | 托育 | 建成3个；/新增托位96个 | 街道社会事务办 | ",
          "2 | 改造 | 完成2个/其余在建 | 街道城建办 | 各社区", "来源：某街道党政办 | 编辑：李某 | 审核：周某"}},
        {"em and en spaces (&emsp;, &ensp;) are gaps as full-width spaces are",
         "<p>序号&emsp;&emsp;任务&emsp;&emsp;进展</p><p>1&ensp;&ensp;新建书屋&emsp;已完成</p>",
         {"序号 | 任务 | 进展", "1 | 新建书屋 | 已完成"}},
        {"one gapped paragraph alone is no table",
         "<p>发布日期：2024-01-02&nbsp;&nbsp;&nbsp;来源：县政府办</p><p>今年以来，全县推进民生工程。</p>",
         {"# 发布日期：2024-01-02 来源：县政府办", "# 今年以来，全县推进民生工程。"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const Table t = read_html(c.html, {});
        CHECK(dump_grid(t) == c.rows);
    }
}

TEST_CASE("a publishing line cut at its gaps is chrome, and no row of the table") {
    const Table t = read_html("<p>序号\u3000任务\u3000进展</p><p>1\u3000新建书屋\u3000已完成</p>"
                              "<p>来源：县政府办\u3000\u3000编辑：李某\u3000\u3000审核：周某</p>"
                              "<p>阅读 1.2万\u3000在看 86</p>",
                              {});
    REQUIRE(t.rows.size() == 4);
    CHECK_FALSE(t.rows[1].chrome);
    CHECK(t.rows[2].chrome);
    CHECK(t.rows[3].chrome);
}

TEST_CASE("a description list per project reads as labelled blocks, each <dt> labelling its <dd>") {
    const Table t = read_html(
        "<div class=\"meta\"><span>发布时间：2023-07-14</span><span>来源：区发改局</span><span>阅读：12</span></div>"
        "<h3>一、教育民生</h3>"
        "<div><h4><span>第1项</span>\u3000新建幼儿园</h4><dl><dt>建设内容</dt><dd>新建幼儿园2所</dd>"
        "<dt>责任单位</dt><dd>区教育局</dd><dt>进展情况</dt><dd>已建成1所</dd></dl></div>"
        "<div><h4><span>第2项</span>\u3000智慧黑板</h4><dl><dt>建设内容：</dt><dd>更新黑板600块</dd>"
        "<dt>责任单位</dt><dd>区教育局</dd><dt>进展情况</dt><dd>已安装412块</dd></dl></div>"
        "<footer><p>主办：某区人民政府办公室\u3000承办：某区大数据中心</p></footer>",
        {});
    const Rows rows = dump_grid(t);
    REQUIRE(rows.size() >= 5);
    CHECK(std::find(rows.begin(), rows.end(), "序号 | 项目名称 | 建设内容 | 责任单位 | 进展情况") != rows.end());
    CHECK(std::find(rows.begin(), rows.end(), "1 | 新建幼儿园 | 新建幼儿园2所 | 区教育局 | 已建成1所") != rows.end());
    CHECK(std::find(rows.begin(), rows.end(), "2 | 智慧黑板 | 更新黑板600块 | 区教育局 | 已安装412块") != rows.end());
    CHECK(std::find(rows.begin(), rows.end(), "# 一、教育民生") != rows.end());
}

TEST_CASE("a page of numbered paragraphs without a table is read as prose") {
    const Table t = read_html("<h2>一、教育</h2><p>1.新建幼儿园2所（责任单位：县教育局）。已完工1所。</p>\n"
                              "<p>2.改造操场5个（责任单位：县教育局）。<br>已完成3个。</p>",
                              {});
    CHECK(t.format == jindu::InputFormat::html);
    CHECK_FALSE(t.roles.empty());  // the prose reader's columns
    std::vector<std::size_t> lines;
    Rows items;
    for (const auto& row : t.rows) {
        if (row.free_text) continue;
        lines.push_back(row.line);
        items.push_back(row.cells.at(0).text + " " + row.cells.at(2).text);
    }
    CHECK(items == Rows{"1 新建幼儿园2所。", "2 改造操场5个。"});
    CHECK(lines == std::vector<std::size_t>{1, 2});  // the source lines of the paragraphs
}

TEST_CASE("page chrome in HTML is marked, in free text and in layout tables") {
    const Table t = read_html("<div>首页 &gt; 信息公开 &gt; 工作动态</div><p>发布时间：2024-03-01</p>"
                              "<table><tr><th>序号</th><th>任务</th><th>进展</th></tr>"
                              "<tr><td>1</td><td>新建公园</td><td>已完成</td></tr>"
                              "<tr><td>2</td><td>新建书屋</td><td>已完成</td></tr></table>"
                              "<p>扫一扫在手机打开当前页</p>"
                              "<table><tr><td>版权所有：某县人民政府</td></tr></table>",
                              {});
    std::vector<bool> chrome;
    for (const auto& row : t.rows) chrome.push_back(row.chrome);
    CHECK(chrome == std::vector<bool>{true, true, false, false, false, true, true});
}
