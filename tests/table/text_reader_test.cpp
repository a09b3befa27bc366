#include "table/readers.hpp"
#include "table/text_lines.hpp"
#include "table/text_shapes.hpp"

#include "common/utf8.hpp"
#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace jindu;
using jindu::test::dump;

namespace {

Table read(std::string_view text, const Options& options = {}) { return table::read_text(text, options); }

// The rows one to a line, so that a failed check shows them.
std::string lines_of(const std::vector<std::string>& rows) {
    std::string out;
    for (const std::string& r : rows) out += r + "\n";
    return out;
}

}  // namespace

TEST_CASE("the seed's tab rows keep blank cells, free text and repeated headers") {
    const Table t = read_table(test::read_source_file("samples/2024-h1-district-livelihood-projects.txt"));
    CHECK(t.format == InputFormat::text);
    CHECK(t.encoding == "UTF-8");
    CHECK(t.diagnostics.empty());
    REQUIRE(t.rows.size() == 1 + 4 + 28);
    const std::vector<std::string> rows = dump(t);
    CHECK(rows[0] == "3: [free] 2024年度区政府民生实项目半年度进展表");
    CHECK(rows[1] == "5: 序号||项目内容|责任单位|进展情况");
    CHECK(rows[2] == "6: 1|教育优学|新投用小学、幼儿园 5 所。|区教育局|小学：已完成 85%。幼儿园：已完成 65%。");
    CHECK(rows[3] == "7: ||为 750 个教室安装空调。|区教育局|招标文件已完成两轮专家论证，已发布招标公告。");
    CHECK(rows[6] == "10: ||打造慢病诊疗系统，为全区 8 万多名“两慢病”患者提供健康服务。|"
                     "区卫生健康局 区大数据管理中心|医生端已开发完成并部署到位。");
    CHECK(rows[12] == "17: 序号||项目内容|责任单位|进展情况");
    CHECK(rows[18].starts_with("23: ||完成残疾人家庭无障碍改造 100 户。|区残联|<ol style=\"list-style-type: none\"> 1. "));
    CHECK(rows.back().starts_with("39: ||打造“家门口青少年宫”5个。|团区委|已完成5个："));
    std::size_t items = 0;
    for (const Row& r : t.rows) {
        if (r.free_text || r.cells.front().text == "序号") continue;
        CHECK(r.cells.size() == 5);
        ++items;
    }
    CHECK(items == 28);
}

TEST_CASE("tab rows: cells trimmed, trailing blanks kept, CRLF and blank lines handled") {
    const Table t = read("标题  \r\n\r\n序号\t类别\t内容\r\n 1 \t\t新建 3 所。  \t\r\n\t\t改造\r\n");
    CHECK(dump(t) == std::vector<std::string>{
                         "1: [free] 标题",
                         "3: 序号|类别|内容",
                         "4: 1||新建 3 所。|",
                         "5: ||改造",
                     });
}

TEST_CASE("page numbers are dropped with a note naming the line") {
    const Table t = read("序号\t内容\n1\t甲\n— 2 —\n2\t乙\n\t- 3 -\t\n第 4 页 共 9 页\n3\t丙\n");
    CHECK(dump(t) == std::vector<std::string>{"1: 序号|内容", "2: 1|甲", "4: 2|乙", "7: 3|丙"});
    REQUIRE(t.diagnostics.size() == 3);
    const std::size_t lines[] = {3, 5, 6};
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(t.diagnostics[k].code == ErrorCode::skipped_row);
        CHECK(t.diagnostics[k].severity == Severity::note);
        CHECK(t.diagnostics[k].where.line == lines[k]);
    }
    CHECK(t.diagnostics[0].fragment == "— 2 —");
}

TEST_CASE("is_page_number") {
    struct Case {
        std::string_view text;
        bool page;
    };
    const Case cases[] = {
        {"— 2 —", true},   {"- 12 -", true},     {"－３－", true},        {"—2—", true},
        {"第2页", true},    {"第 2 页", true},    {"第二页", true},        {"第2页 共10页", true},
        {"第2页/共10页", true}, {"共10页 第2页", true}, {"2/10", true},    {"- 2", false},
        {"2", false},       {"第2条", false},     {"1. 新建学校", false}, {"—", false},
        {"2024 年", false}, {"第2页内容", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(table::is_page_number(c.text) == c.page);
    }
}

TEST_CASE("aligned_segments cuts at gaps of display width 2, counting CJK as 2") {
    const auto s = table::aligned_segments("1     新建幼儿园 3 所。       县教育局　已完成");
    REQUIRE(s.size() == 4);
    CHECK(s[0].text == "1");
    CHECK(s[1].text == "新建幼儿园 3 所。");
    CHECK(s[1].start == 6);
    CHECK(s[1].end == 23);
    CHECK(s[2].text == "县教育局");
    CHECK(s[2].start == 30);
    CHECK(s[3].text == "已完成");
    CHECK(s[3].start == 40);  // after one U+3000 (width 2)
}

TEST_CASE("space-aligned tables are cut at the header's columns") {
    const std::string text =
        "2025年一季度县政府民生实事项目进展情况\n"
        "\n"
        "序号  项目内容                责任单位    进展情况\n"
        "一、教育文化\n"
        "1     新建幼儿园 3 所。       县教育局    已完成 2 所。\n"
        "      改造农村公路 40 公里。  县交通局    已完工 38 公里，\n"
        "                                          完成率 95%。\n"
        "                    — 2 —\n"
        "序号  项目内容                责任单位    进展情况\n"
        "二、卫生健康\n"
        "2     新增床位 200 张。       县卫健局\n"
        "制表：县政府办　　联系电话：0571-12345678　　制表日期：2025年4月9日\n";
    const Table t = read(text);
    REQUIRE(!t.rows.empty());
    CHECK(t.rows.back().chrome);  // a chrome line cut at its gaps is no row of the table
    CHECK(dump(t) == std::vector<std::string>{
                         "1: [free] 2025年一季度县政府民生实事项目进展情况",
                         "3: 序号|项目内容|责任单位|进展情况",
                         "4: [free] 一、教育文化",
                         "5: 1|新建幼儿园 3 所。|县教育局|已完成 2 所。",
                         "6: |改造农村公路 40 公里。|县交通局|已完工 38 公里，完成率 95%。",
                         "9: 序号|项目内容|责任单位|进展情况",
                         "10: [free] 二、卫生健康",
                         "11: 2|新增床位 200 张。|县卫健局|",
                         "12: [free] 制表：县政府办　　联系电话：0571-12345678　　制表日期：2025年4月9日",
                     });
    REQUIRE(t.diagnostics.size() == 1);
    CHECK(t.diagnostics[0].where.line == 8);
}

TEST_CASE("data left of a centred header still lands in its column") {
    const std::string text =
        "序号      项目内容          责任单位\n"
        "1     新建公园 2 个。     县住建局\n";
    CHECK(dump(read(text)) == std::vector<std::string>{"1: 序号|项目内容|责任单位", "2: 1|新建公园 2 个。|县住建局"});
}

TEST_CASE("a column with a blank header cell is found from the rows under it") {
    const std::string text =
        "序号        项目内容          责任单位\n"
        "1     教育  新建学校 3 所。   县教育局\n"
        "            改造操场 5 个。   县教育局\n"
        "2     卫生  新建医院 1 所。   县卫健局\n";
    CHECK(dump(read(text)) == std::vector<std::string>{
                                  "1: 序号||项目内容|责任单位",
                                  "2: 1|教育|新建学校 3 所。|县教育局",
                                  "3: ||改造操场 5 个。|县教育局",
                                  "4: 2|卫生|新建医院 1 所。|县卫健局",
                              });
}

TEST_CASE("a cell that starts where its left neighbour's header ends belongs under the next header") {
    // Widths counted differently by whoever aligned the table: 县人社局 starts
    // at the last column of 完成比例(%) and lies under 责任主体.
    const std::string text =
        "序号  指标          完成比例(%)  责任主体\n"
        "1     城镇新增就业       64.0  县人社局\n"
        "2     新增学位             50.0  县教育局\n";
    CHECK(dump(read(text)) == std::vector<std::string>{"1: 序号|指标|完成比例(%)|责任主体",
                                                        "2: 1|城镇新增就业|64.0|县人社局",
                                                        "3: 2|新增学位|50.0|县教育局"});
}

TEST_CASE("a line of several wrapped cells carries on the row above; a sub-row with figures does not") {
    const std::string text =
        "序号  项目名称              目标   责任单位\n"
        "1     农村生活污水治理设施  120    市生态环境局、\n"
        "      管护提升                     市农业农村局\n"
        "2     新建公园              3      市园林局\n"
        "      改造游园              5      市园林局\n";
    CHECK(dump(read(text)) == std::vector<std::string>{"1: 序号|项目名称|目标|责任单位",
                                                        "2: 1|农村生活污水治理设施管护提升|120|市生态环境局、市农业农村局",
                                                        "4: 2|新建公园|3|市园林局", "5: |改造游园|5|市园林局"});
}

TEST_CASE("a repeated header with other positions re-aligns the columns") {
    const std::string text =
        "序号  项目内容    责任单位\n"
        "1     建公园。    县住建局\n"
        "序号    项目内容        责任单位\n"
        "2       修道路 5 条。   县交通局\n";
    CHECK(dump(read(text)) == std::vector<std::string>{"1: 序号|项目内容|责任单位", "2: 1|建公园。|县住建局",
                                                       "3: 序号|项目内容|责任单位", "4: 2|修道路 5 条。|县交通局"});
}

TEST_CASE("a narrow column's header one space from the next is cut where the rows start cells") {
    // 序号 is as wide as its column; a form feed before a repeated header takes no room.
    const std::string text =
        " 序号 项目及指标          单位    全年目标  责任部门\n"
        " 1    城镇新增就业        万人       5.2  市人社局\n"
        "      其中：失业再就业    万人       1.6\n"
        " 2    新建中小学校        所           9  市教育局\n"
        "\f 序号 项目及指标          单位    全年目标  责任部门\n"
        " 3    新建公园            个          12  市林业园林局、\n"
        "                                          市城管局\n";
    CHECK(lines_of(dump(read(text))) == lines_of({"1: 序号|项目及指标|单位|全年目标|责任部门",
                                                   "2: 1|城镇新增就业|万人|5.2|市人社局",
                                                   "3: |其中：失业再就业|万人|1.6|",
                                                   "4: 2|新建中小学校|所|9|市教育局",
                                                   "5: 序号|项目及指标|单位|全年目标|责任部门",
                                                   "6: 3|新建公园|个|12|市林业园林局、市城管局"}));
}

TEST_CASE("a header's inner space stays when the rows under it cross it") {
    const std::string text =
        "序号  项目 名称          责任单位\n"
        "1     农村公路提档升级   县交通局\n"
        "2     城区排水管网改造   县住建局\n";
    CHECK(lines_of(dump(read(text))) == lines_of({"1: 序号|项目 名称|责任单位", "2: 1|农村公路提档升级|县交通局",
                                                   "3: 2|城区排水管网改造|县住建局"}));
}

TEST_CASE("cells cut by full-width spaces but not aligned go in order when the row has one per header") {
    // The long middle cell pushes the unit and the rate right, under no header of theirs.
    const std::string text =
        "序号　项目名称　　　目标任务及进展情况　责任单位　　　完成率\n"
        "１　　普惠托育　　　目标：新增托位800个；进展：新增托位186个，另有2个托育园正在装修　县卫健局　　　23.3%\n"
        "２　　文化惠民　　　目标：送戏下乡120场；进展：送戏下乡32场　县文旅局　　　26.7%\n";
    CHECK(lines_of(dump(read(text))) ==
          lines_of({"1: 序号|项目名称|目标任务及进展情况|责任单位|完成率",
                    "2: １|普惠托育|目标：新增托位800个；进展：新增托位186个，另有2个托育园正在装修|县卫健局|23.3%",
                    "3: ２|文化惠民|目标：送戏下乡120场；进展：送戏下乡32场|县文旅局|26.7%"}));
}

TEST_CASE("full-width spaces separate aligned cells") {
    const std::string text =
        "序号　项目内容　　　　　　责任单位　进展情况\n"
        "１　　新建幼儿园３所。　　县教育局　已完成２所。\n";
    CHECK(dump(read(text)) == std::vector<std::string>{"1: 序号|项目内容|责任单位|进展情况",
                                                       "2: １|新建幼儿园３所。|县教育局|已完成２所。"});
}

TEST_CASE("text limits are errors naming the line") {
    struct Case {
        Limits limits;
        std::size_t line;
    };
    Limits long_line;
    long_line.max_line_bytes = 20;
    Limits rows;
    rows.max_rows = 2;
    Limits cells;
    cells.max_cells = 7;
    const Case cases[] = {{long_line, 3}, {rows, 3}, {cells, 3}};
    for (const auto& c : cases) {
        Options options;
        options.limits = c.limits;
        options.source_name = "r.txt";
        try {
            (void)read("a\tb\tc\nd\te\tf\ng\th\t一二三四五六七八九十\n", options);
            FAIL("no error");
        } catch (const Error& e) {
            CHECK(e.diagnostic().code == ErrorCode::limit_exceeded);
            CHECK(e.diagnostic().where.line == c.line);
            CHECK(e.diagnostic().source == "r.txt");
        }
    }
}

TEST_CASE("a table copied from a browser, one cell per line, is grouped into rows at its 序号") {
    struct Case {
        std::string name;
        std::string text;
        std::vector<std::string> rows;
    };
    const Case cases[] = {
        {"cells end with a blank line; an empty cell is an empty line; a rowspan is printed once",
         "进展表\n\n领域\n\n序号\n\n工作任务\n\n牵头部门\n\n完成情况\n\n"
         "民生\n\n1\n\n新建公园3个\n\n市园林局\n\n已建成2个\n\n"
         "2\n\n改造路灯\n\n市城管局\n\n\n\n"
         "交通\n\n3\n\n新辟公交线路\n\n市交通局\n市公交公司\n\n已开通\n\n"
         "注：截至月底。\n\n某市人民政府\n",
         {"1: [free] 进展表", "3: 领域|序号|工作任务|牵头部门|完成情况", "13: 民生|1|新建公园3个|市园林局|已建成2个",
          "23: |2|改造路灯|市城管局|", "31: 交通|3|新辟公交线路|市交通局\n市公交公司|已开通", "42: [free] 注：截至月底。",
          "44: [free] 某市人民政府"}},
        {"cells on consecutive lines, an empty cell a blank line",
         "序号\n项目名称\n责任单位\n进展情况\n1\n新建书屋\n县文旅局\n已完成\n2\n修缮祠堂\n\n未启动\n3\n绿化荒山\n县林业局\n完成60%\n"
         "附件：进展表.xls\n",
         {"1: 序号|项目名称|责任单位|进展情况", "5: 1|新建书屋|县文旅局|已完成", "9: 2|修缮祠堂||未启动",
          "13: 3|绿化荒山|县林业局|完成60%", "17: [free] 附件：进展表.xls"}},
        {"a numbered group heading where a row would start is a row of its own",
         "序号\n项目名称\n进展情况\n责任单位\n一、民生保障\n1\n城镇新增就业\n已完成\n县人社局\n"
         "2\n困境儿童保障\n\n县民政局\n（二）教育卫健\n3\n新建幼儿园\n已开工\n县教育局\n",
         {"1: 序号|项目名称|进展情况|责任单位", "5: 一、民生保障|||", "6: 1|城镇新增就业|已完成|县人社局",
          "10: 2|困境儿童保障||县民政局", "14: （二）教育卫健|||", "15: 3|新建幼儿园|已开工|县教育局"}},
        {"rows as paragraphs: a line per cell, a blank line between rows; / for no 序号; a heading of one line",
         "序号\n项目名称\n工作内容\n责任科室\n进展情况（截至8月31日）\n\n一、民生保障\n\n①\n长者食堂\n新建食堂3个\n"
         "公共服务办\n已开业2个\n\n②\n适老化改造\n改造120户\n公共服务办\n\n\n/\n护学岗\n设立护学岗4处\n平安办\n"
         "均已设立\n\n下一步，街道将倒排工期。\n",
         {"1: 序号|项目名称|工作内容|责任科室|进展情况（截至8月31日）", "7: 一、民生保障||||",
          "9: ①|长者食堂|新建食堂3个|公共服务办|已开业2个", "15: ②|适老化改造|改造120户|公共服务办|",
          "21: |护学岗|设立护学岗4处|平安办|均已设立", "27: [free] 下一步，街道将倒排工期。"}},
        {"page numbers between cells are dropped",
         "序号\n\n任务\n\n进展\n\n1\n\n新建书屋\n\n已完成\n\n第 1 页\n\n2\n\n修缮祠堂\n\n未启动\n",
         {"1: 序号|任务|进展", "7: 1|新建书屋|已完成", "15: 2|修缮祠堂|未启动"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(lines_of(dump(read(c.text))) == lines_of(c.rows));
    }
}

TEST_CASE("header words alone, without rows under them, are no flattened table") {
    const std::vector<std::string> rows = dump(read("序号\n\n任务\n\n进展\n\n今年以来，各项任务稳步推进。\n"));
    CHECK(rows == std::vector<std::string>{"1: [free] 序号", "3: [free] 任务", "5: [free] 进展",
                                           "7: [free] 今年以来，各项任务稳步推进。"});
}

TEST_CASE("labelled blocks per project become a header from the labels and a row per block") {
    struct Case {
        std::string name;
        std::string text;
        std::vector<std::string> rows;
    };
    const Case cases[] = {
        {"headings 项目一, spaced-out labels, rules between blocks, continued values",
         "重点项目进展\n\n项目一\n项目名称：新建公园\n牵 头 单 位：市园林局\n进展情况：已建成2个，\n其余1个正在施工\n——————\n"
         "项目二\n项目名称：改造路灯\n牵头单位：市城管局\n协办单位：各街道\n进展情况：已完成\n——————\n某市人民政府\n",
         {"1: [free] 重点项目进展", "3: 序号|项目名称|牵头单位|进展情况|协办单位",
          "3: 一|新建公园|市园林局|已建成2个，\n其余1个正在施工|", "9: 二|改造路灯|市城管局|已完成|各街道",
          "14: [free] ——————", "15: [free] 某市人民政府"}},
        {"第N项 headings; labels of one role share a column when a block lacks the first",
         "第1项\n工作任务：建设食堂\n责任部门：县民政局\n推进情况：已建成\n\n第2项\n目标任务：修缮校舍\n责任部门：县教育局\n"
         "工作进展：完成80%\n完成进度：80%\n",
         {"1: 序号|工作任务|责任部门|推进情况|完成进度", "1: 1|建设食堂|县民政局|已建成|", "6: 2|修缮校舍|县教育局|完成80%|80%"}},
        {"no headings: a label that comes again starts the next block",
         "项目名称：新建公园\n责任单位：市园林局\n进展情况：已完成\n项目名称：改造路灯\n责任单位：市城管局\n进展情况：未启动\n",
         {"1: 序号|项目名称|责任单位|进展情况", "1: |新建公园|市园林局|已完成", "4: |改造路灯|市城管局|未启动"}},
        {"a numbered heading holds the project's name",
         "一、新建公园\n责任单位：市园林局\n进展情况：已完成\n二、改造路灯\n责任单位：市城管局\n进展情况：未启动\n",
         {"1: 序号|项目名称|责任单位|进展情况", "1: 一|新建公园|市园林局|已完成", "4: 二|改造路灯|市城管局|未启动"}},
        {"第N项 with the name after it; a heading with no labels under it is a category line; a note ends the blocks",
         "一、教育民生\n第1项　新建幼儿园\n建设内容：新建幼儿园2所\n责任单位：区教育局\n进展情况：已建成1所\n"
         "第2项　智慧黑板\n建设内容：更新黑板600块\n责任单位：区教育局\n进展情况：已安装412块\n"
         "二、健康养老\n第3项　助餐服务\n建设内容：新建助餐点10个\n责任单位：区民政局\n进展情况：已建成8个\n"
         "注：进度截至6月底。\n",
         {"1: 序号|项目名称|建设内容|责任单位|进展情况", "1: [free] 一、教育民生",
          "2: 1|新建幼儿园|新建幼儿园2所|区教育局|已建成1所", "6: 2|智慧黑板|更新黑板600块|区教育局|已安装412块",
          "10: [free] 二、健康养老", "11: 3|助餐服务|新建助餐点10个|区民政局|已建成8个", "15: [free] 注：进度截至6月底。"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(lines_of(dump(read(c.text))) == lines_of(c.rows));
    }
}

TEST_CASE("a single labelled block, or labels of no project, make no table") {
    CHECK(dump(read("项目名称：新建公园\n责任单位：市园林局\n进展情况：已完成\n")) ==
          std::vector<std::string>{"1: [free] 项目名称：新建公园", "2: [free] 责任单位：市园林局", "3: [free] 进展情况：已完成"});
    CHECK(dump(read("联系人：张某\n电话：123\n联系人：李某\n电话：456\n")).size() == 4);
}

TEST_CASE("is_seq_number and is_header_word") {
    for (std::string_view s : {"1", "12", "１２", "3*", "4.", "五", "十一", "(2)", "（三）", "7、"}) {
        CAPTURE(s);
        CHECK(table::is_seq_number(s));
    }
    for (std::string_view s : {"", "15%", "2024年", "3所", "第一", "一是", "1.5", "序号", "12345"}) {
        CAPTURE(s);
        CHECK_FALSE(table::is_seq_number(s));
    }
    for (std::string_view s : {"序号", "项目名称", "牵头单位", "一季度进展情况", "备注", "類別"}) {
        CAPTURE(s);
        CHECK(table::is_header_word(s));
    }
    for (std::string_view s : {"", "新建公园", "2024年民生实事项目一季度进展情况表", "进展表", "联系电话"}) {
        CAPTURE(s);
        CHECK_FALSE(table::is_header_word(s));
    }
}

TEST_CASE("text copied from a PDF: wrapped cells join the row above, real sub-rows stay rows") {
    struct Case {
        std::string name;
        std::string text;
        std::vector<std::string> rows;
    };
    // Columns 任务 and 进展 wrap at 16 display columns (8 CJK characters).
    const std::string header = "序号\t任务\t单位\t进展\n";
    const Case cases[] = {
        {"wrapped cells join without a separator, CJK to CJK, Latin to Latin with a space",
         header + "1\t建设社区食堂三个\t民政局\t已建成两个，其余\n\t和助餐点\t\t一个正在装修\n2\t改造老旧小区五个\t住建局\tPhase one is done\n"
                  "\t\t\tand phase two\n",
         {"1: 序号|任务|单位|进展", "2: 1|建设社区食堂三个和助餐点|民政局|已建成两个，其余一个正在装修",
          "4: 2|改造老旧小区五个|住建局|Phase one is done and phase two"}},
        {"a new phrase under a short cell is a sub-row",
         header + "1\t建设社区食堂三个\t民政局\t已建成两个，其余\n\t新建公园\t园林局\t在建\n",
         {"1: 序号|任务|单位|进展", "2: 1|建设社区食堂三个|民政局|已建成两个，其余", "3: |新建公园|园林局|在建"}},
        {"a cell that ends a sentence is complete",
         header + "1\t建设社区食堂三个\t民政局\t已建成两个食堂。\n\t\t\t另一个在装修\n",
         {"1: 序号|任务|单位|进展", "2: 1|建设社区食堂三个|民政局|已建成两个食堂。", "3: |||另一个在装修"}},
        {"across a page break: the page number and the repeated header stay, the wrap joins",
         header + "1\t建设社区食堂三个\t民政局\t已建成两个，其余\n\n第 1 页 共 2 页\n\n" + header + "\t\t\t一个正在装修\n"
                  "2\t改造小区\t住建局\t已完成\n",
         {"1: 序号|任务|单位|进展", "2: 1|建设社区食堂三个|民政局|已建成两个，其余一个正在装修", "6: 序号|任务|单位|进展",
          "8: 2|改造小区|住建局|已完成"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(lines_of(dump(read(c.text))) == lines_of(c.rows));
    }
}

TEST_CASE("a spreadsheet's tab-separated export: quoted cells hold line breaks, tabs and doubled quotes") {
    struct Case {
        std::string name;
        std::string text;
        std::vector<std::string> rows;
    };
    const Case cases[] = {
        {"line breaks inside quotes, CRLF row ends",
         "序号\t任务\t进展\r\n1\t\"建公园\n建书屋\"\t\"已完成\"\r\n2\t改造路灯\t\"完成\"\"亮灯\"\"工程\"\r\n",
         {"1: 序号|任务|进展", "2: 1|建公园\n建书屋|已完成", "4: 2|改造路灯|完成\"亮灯\"工程"}},
        {"a tab inside quotes", "序号\t任务\n1\t\"甲\t乙\"\n", {"1: 序号|任务", "2: 1|甲\t乙"}},
        {"a quote that opens no field is text", "序号\t任务\n1\t\"十四五\"规划\n2\t\"未闭合\n3\t新建\n",
         {"1: 序号|任务", "2: 1|\"十四五\"规划", "3: 2|\"未闭合", "4: 3|新建"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(lines_of(dump(read(c.text))) == lines_of(c.rows));
    }
}

TEST_CASE("a UTF-16 tab-separated export with a BOM reads like its UTF-8") {
    const std::string text = "序号\t任务\t进展\r\n1\t\"建公园\r\n建书屋\"\t已完成\r\n";
    std::string utf16 = "\xFF\xFE";
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = jindu::utf8::next(text, i);
        const auto unit = static_cast<std::uint16_t>(cp);  // all of them in the BMP
        utf16 += static_cast<char>(unit & 0xFF);
        utf16 += static_cast<char>(unit >> 8);
    }
    const Table t = read_table(utf16);
    CHECK(t.encoding == "UTF-16LE");
    CHECK(lines_of(dump(t)) == lines_of({"1: 序号|任务|进展", "2: 1|建公园\n建书屋|已完成"}));
}

TEST_CASE("aligned text: quotes and dashes take two columns, spaced-out header words are one column") {
    CHECK(table::display_width(U'“') == 2);
    CHECK(table::display_width(U'—') == 2);
    CHECK(table::display_width(U'…') == 2);
    CHECK(table::display_width(U'-') == 1);
    CHECK(table::display_width(U'·') == 1);
    const std::string text = "序号  任务                单位      备  注\n"
                             " 1    新建“口袋”公园      个        园林局\n"
                             " 2    改造路灯            盏        城管局（主体施工中，\n"
                             "                                    预计年底完工）\n";
    CHECK(lines_of(dump(read(text))) == lines_of({"1: 序号|任务|单位|备  注", "2: 1|新建“口袋”公园|个|园林局",
                                                  "3: 2|改造路灯|盏|城管局（主体施工中，预计年底完工）"}));
}

TEST_CASE("a spreadsheet's CSV export reads as its tab-separated form, lines and quoted cells kept") {
    const std::string csv =
        "附件2,,,,\n"
        "序号,项目名称,目标任务,牵头单位,完成情况\n"
        "一、就业和社会保障,,,,\n"
        "1,稳定就业,城镇新增就业50万人以上,省人社厅,\"新增就业52.3万人，其中\n困难人员6.8万人\"\n"
        "2,提高低保,\"每人每月不低于800元, 620元\",省民政厅,已完成\n";
    CHECK(table::is_comma_separated(csv));
    CHECK_FALSE(table::is_comma_separated("新建学校3所，改造操场5个，新增学位。\n已完成2所，在建1所。\n"));
    CHECK(dump(read(csv)) == std::vector<std::string>{
                                 "1: 附件2||||",
                                 "2: 序号|项目名称|目标任务|牵头单位|完成情况",
                                 "3: 一、就业和社会保障||||",
                                 "4: 1|稳定就业|城镇新增就业50万人以上|省人社厅|新增就业52.3万人，其中\n困难人员6.8万人",
                                 "6: 2|提高低保|每人每月不低于800元, 620元|省民政厅|已完成",
                             });
}
