// The report stage on hand-built tables: merged cells, continuation rows, categories, notes.
#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

using namespace jindu;

namespace {
Row row(std::size_t line, std::initializer_list<const char*> cells) {
    Row r;
    r.line = line;
    for (const char* c : cells) r.cells.push_back(Cell{c, false});
    return r;
}
Row spanned(Row r, std::initializer_list<std::size_t> columns) {
    for (auto c : columns) r.cells[c].spanned = true;
    return r;
}
Row line(std::size_t at, const char* text) {
    Row r;
    r.line = at;
    r.free_text = true;
    r.cells.push_back(Cell{text, false});
    return r;
}
using Strings = std::vector<std::string>;
}  // namespace

TEST_CASE("a row without 序号 or owners continues the item above") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {row(1, {"序号", "项目内容", "责任单位", "进展情况"}),
              row(2, {"1", "新建公办幼儿园3所", "区教育局", "开工3所"}),
              row(3, {"", "新增学位1080个", "", "完工2所"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].content == "新建公办幼儿园3所\n新增学位1080个");
    CHECK(r.items[0].targets.size() == 2);
    CHECK(r.items[0].achieved.size() == 1);
}

TEST_CASE("a blank owner cell in a row with its own 序号 takes the units above") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {row(1, {"序号", "项目内容", "责任单位", "进展情况"}),
              row(2, {"1", "新建停车位 5000 个", "区住建局", "已完成"}),
              row(3, {"2", "新建充电桩 200 个", "", "已完成 150 个"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[1].owners == Strings{"区住建局"});
}

TEST_CASE("spanned 序号 cells give the merged seq; blank ones in HTML give none") {
    Table t;
    t.format = InputFormat::html;
    t.rows = {row(1, {"序号", "项目内容", "责任单位", "进展情况"}),
              row(2, {"1", "新建停车位 5000 个", "区住建局", "已完成"}),
              spanned(row(3, {"1", "新建充电桩 200 个", "区发改局", "已完成 150 个"}), {0}),
              row(4, {"", "新建公厕 20 座", "区城管局", "已完成 20 座"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[1].seq == "1");
    CHECK_FALSE(r.items[2].seq);
}

TEST_CASE("numbered category rows set the category of the rows under them") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {line(1, "2025年一季度民生实事进展情况"),
              row(2, {"序号", "项目名称", "牵头单位", "完成情况"}),
              line(3, "一、教育卫生"),
              row(4, {"1", "新建幼儿园 3 所", "县教育局", "已完成 1 所"}),
              line(5, "二、城乡建设"),
              row(6, {"2", "改造农村公路 30 公里", "县交通局", "已完成 12 公里"}),
              line(7, "注：数据截至3月31日。")};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].category == "教育卫生");
    CHECK(r.items[1].category == "城乡建设");
    CHECK(r.period->code == "Q1");
    CHECK(r.year == 2025);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == ErrorCode::note_row);
    CHECK(r.diagnostics[0].where.line == 7);
}

TEST_CASE("a 序号 in Chinese numerals over one short name is a group heading, not an item") {
    Table t;
    t.format = InputFormat::markdown;
    t.rows = {row(1, {"序号", "工作任务", "目标要求", "责任单位", "进展与成效"}),
              row(2, {"一", "看病就医", "", "", ""}),
              row(3, {"1", "急救中心改造", "新增抢救床位20张", "县卫健局", "新增抢救床位22张"}),
              row(4, {"（二）", "学有所教", "", "", ""}),
              row(5, {"2", "饮水设备更新", "为46所中小学更换设备", "县教育局", "38所学校已完成"}),
              // Not headings: an item numbered in Chinese numerals with its own cells,
              // and a name with a figure in it.
              row(6, {"三", "城区人行道改造", "改造人行道12.5公里", "县住建局", "已完成11.9公里"}),
              row(7, {"四", "新建公园3个", "", "", ""})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 4);
    CHECK(r.items[0].category == "看病就医");
    CHECK(r.items[1].category == "学有所教");
    CHECK(r.items[2].seq == "三");
    CHECK(r.items[3].seq == "四");
    CHECK(r.rows[1].use == RowUse::category);
    CHECK(r.rows[3].use == RowUse::category);
}

TEST_CASE("a table without a known header is a no_table diagnostic") {
    Table t;
    t.rows = {row(1, {"a", "b"}), row(2, {"1", "2"})};
    const Report r = build_report(t);
    CHECK(r.items.empty());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.back().code == ErrorCode::no_table);
}

TEST_CASE("a unit column applies to bare numbers, and a rate column gives the percent") {
    Table t;
    t.format = InputFormat::xlsx;
    t.rows = {row(1, {"考核指标", "单位", "工作目标", "已完成数", "占年任务之比"}),
              row(2, {"城镇新增就业", "人", "12000", "9600", "80"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 1);
    const Item& item = r.items[0];
    REQUIRE(item.targets.size() == 1);
    CHECK(item.targets[0].quantity.value == 12000);
    CHECK(item.targets[0].quantity.unit == "人");
    REQUIRE(item.achieved.size() == 1);
    CHECK(item.achieved[0].quantity.value == 9600);
    REQUIRE(item.percents.size() == 1);
    CHECK(item.percents[0].quantity.value == 80);
    CHECK(item.completion == doctest::Approx(0.8));
    CHECK(item.status == Status::in_progress);
}

TEST_CASE("page chrome is never an item, an owner or a quantity") {
    Table t;
    t.format = InputFormat::html;
    Row chrome = line(5, "联系电话：0571-88886666");
    chrome.chrome = true;
    Row footer = row(6, {"主办：某县人民政府办公室", "主办：某县人民政府办公室", "主办：某县人民政府办公室"});
    footer.chrome = true;
    t.rows = {row(1, {"序号", "项目内容", "责任单位", "进展情况"}),
              row(2, {"1", "新建公园2个", "县城管局", "已建成2个"}), chrome, footer};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].owners == Strings{"县城管局"});
    CHECK(r.items[0].others.empty());
    std::size_t chrome_notes = 0;
    for (const Diagnostic& d : r.diagnostics) chrome_notes += d.message == "page chrome";
    CHECK(chrome_notes == 2);
    CHECK(r.rows.size() == 4);  // every row accounted for
}

TEST_CASE("a row whose merged cells vanished continues the item, its last text the latest progress") {
    Table t;
    t.format = InputFormat::markdown;
    t.rows = {row(1, {"序号", "项目名称", "内容和目标", "上月进展", "最新进展", "主办"}),
              row(2, {"1", "学校建设", "新建学校2所", "开工2所", "建成1所", "县教育局"}),
              row(3, {"新增学位900个", "已新增学位300个", "", "", "", ""}),
              row(4, {"改造操场3个", "完工1个", "已完工3个", "", "", ""})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 1);
    Strings achieved;
    for (const Amount& a : r.items[0].achieved) achieved.push_back(a.quantity.text);
    CHECK(achieved == Strings{"1所", "300个", "3个"});
    CHECK(r.items[0].targets.size() == 3);
}

TEST_CASE("a cell that holds the target and the progress, each labelled, is cut in two") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {row(1, {"序号", "项目名称", "目标任务及进展情况", "责任单位"}),
              row(2, {"1", "普惠托育", "目标：新增普惠托位800个；进展：新增托位186个，另有2个托育园正在装修", "县卫健局"}),
              row(3, {"2", "送戏下乡", "开展送戏下乡120场，已完成32场", "县文旅局"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].content == "普惠托育：新增普惠托位800个");
    CHECK(r.items[0].progress == "新增托位186个，另有2个托育园正在装修");
    REQUIRE(r.items[0].targets.size() == 1);
    CHECK(r.items[0].targets[0].quantity.value == 800);
    REQUIRE(r.items[0].achieved.size() == 1);
    CHECK(r.items[0].achieved[0].quantity.value == 186);
    // Without labels the cell stays whole.
    CHECK(r.items[1].progress == "开展送戏下乡120场，已完成32场");
}

TEST_CASE("a row that only carries on cells cut at their edges joins the row above") {
    Table t;
    t.format = InputFormat::markdown;
    t.rows = {row(1, {"序号", "项目名称", "目标任务", "责任单位", "进展情况"}),
              row(2, {"1", "医保补助提标", "财政补助标准提高到", "县医保局、", "已完成"}),
              row(3, {"", "", "每人每年580元", "县财政局", ""}),
              row(4, {"2", "停车泊位建设", "新增停车泊位1200个", "县城管局、", "已完成"}),
              row(5, {"", "", "", "县公安局交警大队", ""}),
              // A sub-row with figures and a unit of its own stays an item.
              row(6, {"", "新增公园", "新建公园3个", "县园林局", "已建成3个"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].content == "医保补助提标：财政补助标准提高到每人每年580元");
    CHECK(r.items[0].owners == Strings{"县医保局", "县财政局"});
    REQUIRE(r.items[0].targets.size() == 1);
    CHECK(r.items[0].targets[0].quantity.value == 580);
    CHECK(r.items[1].owners == Strings{"县城管局", "县公安局交警大队"});
    CHECK(r.items[2].owners == Strings{"县园林局"});
}

TEST_CASE("a unit's name cut in two across rows is joined, though its second half reads as a name") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {row(1, {"序号", "项目名称", "主要内容", "牵头责任单位", "完成情况"}),
              row(2, {"11", "保障性租", "筹集保障性租赁住房", "县住房和城", "城东人才公寓已交付"}),
              row(3, {"", "赁住房", "600套（间）", "乡建设局", ""})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].owners == Strings{"县住房和城乡建设局"});
    CHECK(r.items[0].content == "保障性租赁住房：筹集保障性租赁住房600套（间）");
}

TEST_CASE("a row of a 序号 and a name over items numbered under it is their category") {
    Table t;
    t.format = InputFormat::text;
    t.rows = {row(1, {"序号", "项目名称", "单位", "年度目标", "主责单位"}),
              row(2, {"1", "教育提质工程", "", "", ""}),
              row(3, {"1-1", "新增幼儿园学位", "个", "1200", "县教育局"}),
              row(4, {"1-2", "改造薄弱学校", "所", "15", "县教育局"}),
              row(5, {"2", "健康民生工程", "", "", ""}),
              row(6, {"2.1", "老年人健康体检", "万人", "3.8", "县卫健局"}),
              // A name alone not followed by items under it stays an item.
              row(7, {"3", "城乡低保提标", "", "", ""}),
              row(8, {"4", "城镇新增就业", "人", "4500", "县人社局"})};
    const Report r = build_report(t);
    REQUIRE(r.items.size() == 5);
    CHECK(r.items[0].seq == "1-1");
    CHECK(r.items[0].category == "教育提质工程");
    CHECK(r.items[1].category == "教育提质工程");
    CHECK(r.items[2].seq == "2.1");
    CHECK(r.items[2].category == "健康民生工程");
    CHECK(r.items[3].seq == "3");
    CHECK(r.items[4].seq == "4");
    std::size_t categories = 0;
    for (const auto& use : r.rows) categories += use.use == RowUse::category ? 1 : 0;
    CHECK(categories == 2);
}

TEST_CASE("every row's use has its JSON name") {
    CHECK(to_string(RowUse::title) == "title");
    CHECK(to_string(RowUse::header) == "header");
    CHECK(to_string(RowUse::item) == "item");
    CHECK(to_string(RowUse::continuation) == "continuation");
    CHECK(to_string(RowUse::category) == "category");
    CHECK(to_string(RowUse::diagnostic) == "diagnostic");
}
