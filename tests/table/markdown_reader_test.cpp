#include "table/readers.hpp"

#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jindu;
using jindu::test::dump;

namespace {

std::vector<std::string> read(std::string_view text) { return dump(table::read_markdown(text, Options{})); }

}  // namespace

TEST_CASE("pipe tables: separator skipped, headings and paragraphs are free text") {
    CHECK(read("# 2023年重点工作完成情况 #\n\n**填报单位：市政府办**\n\n| 序号 | 项目名称 | 完成率 |\n"
               "|:---:|---|--:|\n| 1 | 新建学校 | 100% |\n| 2 | 新建医院 | 85% |\n") ==
          std::vector<std::string>{
              "1: [free] 2023年重点工作完成情况",
              "3: [free] 填报单位：市政府办",
              "5: 序号|项目名称|完成率",
              "7: 1|新建学校|100%",
              "8: 2|新建医院|85%",
          });
}

TEST_CASE("rows without outer pipes, as web pages extract them") {
    CHECK(read("序号 | 项目名称 | 牵头单位\n--- | --- | ---\n1 | 新建学校 | 市教育局\n2 | 新建医院 | 市卫健委\n") ==
          std::vector<std::string>{"1: 序号|项目名称|牵头单位", "3: 1|新建学校|市教育局", "4: 2|新建医院|市卫健委"});
}

TEST_CASE("|| is an empty cell where a merged cell was") {
    const Table t = table::read_markdown("| 序号 | 类别 | 内容 |\n|---|---|---|\n| 1 | 教育 | 新建学校 |\n|| | 改造操场 |\n"
                                         "| 一、卫生 ||||\n",
                                         Options{});
    CHECK(dump(t) == std::vector<std::string>{"1: 序号|类别|内容", "3: 1|教育|新建学校", "4: ||改造操场",
                                              "5: 一、卫生|||"});
    CHECK(t.rows[2].cells.size() == 3);
    CHECK(t.rows[3].cells.size() == 4);
}

TEST_CASE("escaped pipes and <br> stay inside their cell") {
    const Table t = table::read_markdown("| 内容 | 进展 |\n|---|---|\n| 打通\\|东环路\\| | 已完成 3 条<br>其余在建<BR/>年底完工 |\n",
                                         Options{});
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[1].cells.size() == 2);
    CHECK(t.rows[1].cells[0].text == "打通|东环路|");
    CHECK(t.rows[1].cells[1].text == "已完成 3 条\n其余在建\n年底完工");
}

TEST_CASE("continuation lines join the last cell with a line break") {
    CHECK(read("| 序号 | 内容 | 进展 |\n|---|---|---|\n| 1 | 筛查 2 万人次 | 累计筛查 2.3 万人次，\n"
               "发现早期病例 46 例。 |\n| 2 | 新建书房 | 已建成 18 家，\n其余 2 家在装修。\n\n注：数据截至年底。\n") ==
          std::vector<std::string>{
              "1: 序号|内容|进展",
              "3: 1|筛查 2 万人次|累计筛查 2.3 万人次，\n发现早期病例 46 例。",
              "5: 2|新建书房|已建成 18 家，\n其余 2 家在装修。",
              "8: [free] 注：数据截至年底。",
          });
}

TEST_CASE("a note right under a table closes it") {
    CHECK(read("| 序号 | 内容 |\n|---|---|\n| 1 | 新建学校 |\n注：完成率按年度任务计算。\n") ==
          std::vector<std::string>{"1: 序号|内容", "3: 1|新建学校", "4: [free] 注：完成率按年度任务计算。"});
}

TEST_CASE("the Markdown sample reads row by row") {
    const Table t = read_table(test::read_source_file("samples/2023-fy-city-key-tasks-markdown.md"));
    CHECK(t.format == InputFormat::markdown);
    CHECK(t.diagnostics.empty());
    const std::vector<std::string> rows = dump(t);
    REQUIRE(rows.size() == 18);
    CHECK(rows[2] == "5: 序号|项目名称|目标任务|牵头单位|完成情况|完成率");
    CHECK(rows[3] == "7: 一、教育文化|||||");
    CHECK(rows[4] == "8: 1|新建改扩建中小学|新建、改扩建中小学 6 所，新增学位 5400 个。|市教育局|"
                     "6 所学校全部建成投用，新增学位 5620 个。|100%");
    CHECK(rows[9] == "13: 5|免费筛查|为 65 周岁以上老年人免费开展肺癌筛查 2 万人次。|市卫生健康委|"
                     "累计筛查 2.3 万人次，\n发现早期病例 46 例，均已转诊治疗。|115%");
    CHECK(t.rows[13].cells.size() == 6);
    CHECK(t.rows[13].cells[4].text == "已打通 7 条，|东环路|等 3 条因征迁滞后顺延至 2024 年。");
    CHECK(rows.back() == "23: [free] 注：完成率按年度目标任务计算；超额完成的按实际比例填列。");
}

TEST_CASE("without outer pipes, a leading pipe is an empty first cell and no cut row") {
    CHECK(read("序号|内容|进展\n---|---|---\n1|新建书房 20 家|已建成 18 家\n|改造书屋 5 家|已完成\n2|筛查 2 万人|已筛查\n") ==
          std::vector<std::string>{
              "1: 序号|内容|进展",
              "3: 1|新建书房 20 家|已建成 18 家",
              "4: |改造书屋 5 家|已完成",
              "5: 2|筛查 2 万人|已筛查",
          });
}

namespace {

// Rows with spanned copies marked ^, one to a line.
std::string spans(std::string_view text) {
    std::string out;
    for (const Row& row : table::read_markdown(text, Options{}).rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (c) out += '|';
            if (row.cells[c].spanned) out += '^';
            out += row.cells[c].text;
        }
        out += '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("a second header row fills the columns of the first row's colspans") {
    struct Case {
        std::string name;
        std::string text;
        std::string rows;
    };
    const Case cases[] = {
        {"two spans, without outer pipes",
         "序号 | 任务 | 推进情况 || 责任单位 ||\n上月 | 本月 | 牵头 | 配合 |\n1 | 建公园 | 在建 | 建成 | 园林局 | 街道 |\n",
         "序号|任务|推进情况|^推进情况|责任单位|^责任单位\n^序号|^任务|上月|本月|牵头|配合\n1|建公园|在建|建成|园林局|街道\n"},
        {"a span of three columns, outer pipes",
         "| 序号 | 完成情况 ||| 备注 |\n| 已完成 | 完成率 | 状态 |\n| 1 | 5 | 50% | 在建 | 无 |\n",
         "序号|完成情况|^完成情况|^完成情况|备注\n^序号|已完成|完成率|状态|^备注\n1|5|50%|在建|无\n"},
        {"| | with a space is an empty header cell, not a span",
         "| 序号 | | 任务 |\n| 一 | 甲 |\n",
         "序号||任务\n一|甲\n"},
        {"a data row under a spanned header is no second header",
         "序号 | 任务 | 进展 ||\n1 | 建公园 |\n",
         "序号|任务|进展|\n1|建公园\n"},
        {"category rows of empty cells stay as they are",
         "序号 | 任务 | 进展 ||\n上月 | 本月 |\n一、民生 | |||\n",
         "序号|任务|进展|^进展\n^序号|^任务|上月|本月\n一、民生|||\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(spans(c.text) == c.rows);
    }
}

TEST_CASE("page chrome under a pipe table closes it and is never part of a cell") {
    CHECK(read("序号 | 任务 | 进展\n1 | 建公园 | 在建\n附件：进展表.xls\n联系电话：0591-1234567\n上一篇：无\n") ==
          std::vector<std::string>{"1: 序号|任务|进展", "2: 1|建公园|在建", "3: [free] 附件：进展表.xls",
                                   "4: [free] 联系电话：0591-1234567", "5: [free] 上一篇：无"});
    CHECK(read("首页 | 政务公开 | 信息公开\n序号 | 任务 | 进展\n1 | 建公园 | 在建\n").front() ==
          "1: [free] 首页 | 政务公开 | 信息公开");
}

TEST_CASE("strong emphasis is formatting: **一** and __看病就医__ are read without their marks") {
    CHECK(read("| 序号 | 工作任务 | 进展 |\n|---|---|---|\n| **一** | __看病就医__ | |\n"
               "| 1 | 急救中心改造 | 已完成**22**张，*进度* 3* |\n| 2 | *优生检查* | 已检查 |\n") ==
          std::vector<std::string>{
              "1: 序号|工作任务|进展",
              "3: 一|看病就医|",
              "4: 1|急救中心改造|已完成22张，*进度* 3*",
              "5: 2|优生检查|已检查",
          });
}
