#include "table/header.hpp"

#include <doctest/doctest.h>

using namespace jindu;
using namespace jindu::table;

namespace {
Row row(std::initializer_list<const char*> cells) {
    Row r;
    for (const char* c : cells) r.cells.push_back(Cell{c, false});
    return r;
}
}  // namespace

TEST_CASE("header synonyms give each column its role") {
    struct Case {
        const char* header;
        Column role;
    };
    for (const auto& c : std::initializer_list<Case>{
             {"序号", Column::seq},          {"项目内容", Column::content},  {"责任单位", Column::owners},
             {"牵头单位", Column::owners},   {"责任主体", Column::owners},   {"进展情况", Column::progress},
             {"完成情况", Column::progress}, {"1-10月推进情况", Column::progress},
             {"完成率", Column::rate},       {"占年任务之比", Column::rate}, {"已完成数", Column::achieved},
             {"单位", Column::unit},         {"备注", Column::note},         {"目标任务", Column::content},
             {"全年目标任务", Column::content}, {"项目名称", Column::name},  {"主要任务", Column::name},
             {"考核指标", Column::name},     {"类别", Column::category},     {"状态", Column::status},
             {"序 号", Column::seq},         {"", Column::none},            {"联系电话", Column::none},
             {"责任领导", Column::none},     {"实事项目", Column::name},     {"年度计划", Column::content},
             {"建设内容及规模", Column::content}, {"形象进度", Column::rate}, {"完成投资", Column::achieved},
             {"完成率(%)", Column::rate},    {"民生实事", Column::name}}) {
        CAPTURE(c.header);
        CHECK(classify_header(c.header) == c.role);
    }
}

TEST_CASE("the seed's blank header after 序号 is the category column") {
    const std::vector<Row> rows{row({"序号", "", "项目内容", "责任单位", "进展情况"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles == std::vector<Column>{Column::seq, Column::category, Column::content, Column::owners,
                                            Column::progress});
}

TEST_CASE("a name column is the content when no target column exists") {
    const std::vector<Row> rows{row({"序号", "项目名称", "牵头单位", "完成情况", "完成率"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[1] == Column::content);
    CHECK(map->roles[4] == Column::rate);
}

TEST_CASE("形象进度 is the rate beside a progress column, and the progress without one") {
    const std::vector<Row> both{row({"实事名称", "年度任务", "推进情况", "形象进度"})};
    const auto with_progress = match_header(both, 0);
    REQUIRE(with_progress);
    CHECK(with_progress->roles[2] == Column::progress);
    CHECK(with_progress->roles[3] == Column::rate);
    const std::vector<Row> alone{row({"序号", "项目名称", "年度任务", "形象进度"})};
    const auto without = match_header(alone, 0);
    REQUIRE(without);
    CHECK(without->roles[3] == Column::progress);
}

TEST_CASE("a progress column named with a percent sign holds percents when its cells are figures") {
    std::vector<Row> rows{row({"序号", "项目名称", "年度目标", "截至5月底完成情况", "进度(%)", "责任单位"}),
                          row({"1", "幼儿园扩容", "新增学位900个", "五幼已建成招生", "30", "县教育局"}),
                          row({"2", "场地开放", "开放80%以上", "开放率82%", "100", "县教育局"})};
    auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[3] == Column::progress);
    CHECK(map->roles[4] == Column::rate);
    // Sentences under it: still a progress column of its own.
    rows[1].cells[4].text = "五幼已建成招生，六幼主体完工";
    rows[2].cells[4].text = "已开放学校场地41所";
    map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[4] != Column::rate);
}

TEST_CASE("of two name columns and no content column, the last is the content") {
    for (const auto& cells : {std::vector<const char*>{"序号", "实事项目", "主要任务", "责任主体", "进展与成效"},
                              std::vector<const char*>{"序号", "工作任务", "考核指标", "牵头单位", "完成情况"}}) {
        Row header;
        for (const char* c : cells) header.cells.push_back(Cell{c, false});
        const auto map = match_header(std::vector<Row>{header}, 0);
        REQUIRE(map);
        CAPTURE(cells[1]);
        CHECK(map->roles[1] == Column::name);
        CHECK(map->roles[2] == Column::content);
    }
}

TEST_CASE("a period before a column name gives the name's role") {
    CHECK(classify_header("1-7月完成") == Column::achieved);
    CHECK(classify_header("上半年完成") == Column::achieved);
    CHECK(classify_header("1-10月推进情况") == Column::progress);
    CHECK(classify_header("1-7月") == Column::none);
}

TEST_CASE("a name and a target column stay apart") {
    const std::vector<Row> rows{row({"序号", "项目名称", "目标任务", "牵头单位", "完成情况", "完成率"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[1] == Column::name);
    CHECK(map->roles[2] == Column::content);
}

TEST_CASE("a unit in the header applies to the column") {
    const std::vector<Row> rows{row({"考核指标", "城镇新增就业（人）", "完成情况"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->units[1] == "人");
}

TEST_CASE("a data row is not a header") {
    const std::vector<Row> rows{row({"1", "教育优学", "新投用小学 5 所", "区教育局", "已完成 85%"})};
    CHECK_FALSE(match_header(rows, 0));
}

TEST_CASE("a header of two rows merges its columns") {
    const std::vector<Row> rows{row({"序号", "项目名称", "完成情况", "完成情况"}),
                                row({"", "", "已完成数", "完成率"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->rows == 2);
    CHECK(map->roles[2] == Column::achieved);
    CHECK(map->roles[3] == Column::rate);
}

TEST_CASE("periods under a spanned progress header are progress columns, the latest the progress") {
    Row upper = row({"序号", "项目名称", "进展情况", "进展情况", "牵头单位"});
    upper.cells[3].spanned = true;
    const std::vector<Row> rows{upper, row({"", "", "截至8月底", "截至9月底", ""})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->rows == 2);
    CHECK(map->roles[2] == Column::history);
    CHECK(map->roles[3] == Column::progress);
}

TEST_CASE("sub-columns under a spanned group hold the group's figures when they name no column") {
    // 年度目标 over 数量 | 单位, 1-9月完成情况 over 数量 | 完成率: the merged
    // 序号, 项目名称 and 责任单位 cells are copies in the lower row.
    Row upper = row({"序号", "项目名称", "年度目标", "年度目标", "1-9月完成情况", "1-9月完成情况", "责任单位"});
    upper.cells[3].spanned = true;
    upper.cells[5].spanned = true;
    Row lower = row({"序号", "项目名称", "数量", "单位", "数量", "完成率", "责任单位"});
    for (const std::size_t c : {std::size_t{0}, std::size_t{1}, std::size_t{6}}) lower.cells[c].spanned = true;
    const auto map = match_header({upper, lower}, 0);
    REQUIRE(map);
    CHECK(map->rows == 2);
    CHECK(map->roles[2] == Column::content);
    CHECK(map->roles[3] == Column::unit);
    CHECK(map->roles[4] == Column::achieved);
    CHECK(map->roles[5] != Column::none);  // the rate, or the progress with no progress column beside it
    CHECK(map->roles[6] == Column::owners);

    // A lower cell under a header of one column names its own column or none.
    const auto single = match_header({row({"序号", "项目名称", "年度目标", "责任单位"}), row({"", "", "数量", ""})}, 0);
    REQUIRE(single);
    CHECK(single->rows == 1);
}

TEST_CASE("a second progress column of status words is the status column") {
    std::vector<Row> rows{row({"序号", "重点任务", "目标要求", "二季度推进情况", "完成情况"}),
                          row({"1", "户厕改造", "改建户厕2600户", "改建户厕2600户", "已完成"}),
                          row({"2", "稳岗就业", "务工就业1.35万人以上", "务工就业1.38万人", "序时推进"}),
                          row({"3", "道路提质", "提质公路40公里", "完成12公里", "滞后"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[3] == Column::progress);
    CHECK(map->roles[4] == Column::status);
}

TEST_CASE("a header cell wrapped onto the line under it, cutting a word, is one name") {
    // 牵头责任 | 单位: the wrap cut 责任单位 in two; 单位 alone would name a unit column.
    const auto wrapped = match_header({row({"序号", "项目名称", "主要内容", "完成情况", "牵头责任", "配合单位"}),
                                       row({"", "", "", "", "单位", ""})},
                                      0);
    REQUIRE(wrapped);
    CHECK(wrapped->rows == 2);
    CHECK(wrapped->roles[4] == Column::owners);
    // A group heading under the header is no piece of it.
    const auto heading =
        match_header({row({"序号", "项目名称", "牵头责任", "进展"}), row({"一、就业", "", "", ""})}, 0);
    REQUIRE(heading);
    CHECK(heading->rows == 1);
}

TEST_CASE("a rate column of sentences beside an achieved column is the progress") {
    const std::vector<Row> words{row({"项目名称", "年度投资计划(万元)", "1-9月完成投资(万元)", "形象进度", "责任单位"}),
                                 row({"卫生服务中心迁建", "6800", "6520", "已竣工验收，9月18日投入使用", "区卫健局"}),
                                 row({"养老服务综合体改造", "3200", "2180", "装修工程完成80%，消防设施正在安装", "区民政局"})};
    const auto map = match_header(words, 0);
    REQUIRE(map);
    CHECK(map->roles[2] == Column::achieved);
    CHECK(map->roles[3] == Column::progress);

    const std::vector<Row> figures{row({"项目名称", "工作目标", "已完成数", "形象进度", "责任单位"}),
                                   row({"城镇新增就业", "12000", "9600", "80%", "区人社局"}),
                                   row({"新增学位", "1000", "600", "60%", "区教育局"})};
    const auto rates = match_header(figures, 0);
    REQUIRE(rates);
    CHECK(rates->roles[3] == Column::rate);
}

TEST_CASE("this month's progress beside the year so far is history; the cumulative column is the progress") {
    const std::vector<Row> rows{row({"序号", "项目名称", "年度目标", "本月进展", "1-5月累计完成", "累计完成率", "责任单位"}),
                                row({"1", "城镇新增就业", "新增就业4.5万人", "本月新增就业4860人", "累计新增就业2.13万人",
                                     "47.3%", "市人社局"}),
                                row({"2", "普惠托育", "新增托位1000个", "本月新增托位90个", "累计新增托位760个", "76%",
                                     "市卫健委"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(map->roles[3] == Column::history);
    CHECK(map->roles[4] == Column::progress);
    CHECK(map->roles[5] == Column::rate);
}

TEST_CASE("a repeated header at a page break is recognised") {
    const std::vector<Row> rows{row({"序号", "", "项目内容", "责任单位", "进展情况"})};
    const auto map = match_header(rows, 0);
    REQUIRE(map);
    CHECK(repeats_header(row({"序号", "", "项目内容", "责任单位", "进展情况"}), *map));
    CHECK_FALSE(repeats_header(row({"1", "教育", "项目内容", "区教育局", "已完成"}), *map));
}
