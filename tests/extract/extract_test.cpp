// Reading progress as an analyst does: each rule against phrasings of our own,
// checked as a one-line dump of the reading.
#include <jindu/jindu.hpp>

#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <utility>

using namespace jindu;

namespace {

using test::number;

std::string dump_list(const char* name, const std::vector<Amount>& list, bool with_subject) {
    if (list.empty()) return {};
    std::string s = std::string(" ") + name + "[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& a = list[i];
        if (i) s += "; ";
        if (a.role == Role::threshold || a.role == Role::rate)
            s += std::string(to_string(a.role)) + " ";
        else if (a.quantity.kind == Kind::rate)
            s += "rate ";
        s += number(a.quantity.value) + " " + a.quantity.unit;
        if (a.quantity.qualifier != Qualifier::none) s += " " + std::string(to_string(a.quantity.qualifier));
        if (a.implied) s += " implied";
        if (with_subject && !a.subject.empty()) s += " of " + a.subject;
    }
    return s + "]";
}

// "T[3 所; 1080 个] A[102 所] P[75 % of 鱼鳞泱河] in_progress 0.75"
std::string dump(const Reading& r) {
    std::string s = dump_list("T", r.targets, false) + dump_list("A", r.achieved, false) +
                    dump_list("P", r.percents, true) + dump_list("O", r.others, false);
    s += " " + std::string(to_string(r.status));
    s += " " + (r.completion ? number(*r.completion) : std::string("null"));
    return s.substr(1);
}

struct Case {
    const char* content;
    const char* progress;
    const char* expected;
};

void check_all(std::initializer_list<Case> cases) {
    for (const auto& c : cases) {
        const std::string content = c.content, progress = c.progress;
        CAPTURE(content);
        CAPTURE(progress);
        ItemText item;
        item.content = c.content;
        item.progress = c.progress;
        CHECK(dump(extract(item)) == std::string(c.expected));
    }
}

}  // namespace

TEST_CASE("targets: several per item, percent targets and money") {
    check_all({
        {"新建公办幼儿园3所，新增学位1080个", "", "T[3 所; 1080 个] unknown null"},
        {"食品抽检合格率保持在97%以上", "", "T[97 % at_least] unknown null"},
        {"投资一点五亿元改造农贸市场", "", "T[150000000 元] unknown null"},
    });
}

TEST_CASE("achieved: started is not finished") {
    check_all({
        {"改造提升中小学校舍 200 所", "开工199所，完工102所", "T[200 所] A[102 所] O[199 所] in_progress 0.51"},
        {"新建口袋公园 40 个", "已开工 36 个，其余 4 个正在设计", "T[40 个] O[36 个; 4 个] in_progress null"},
        {"加装电梯 50 部", "在建 18 部，已完成 22 部", "T[50 部] A[22 部] O[18 部] in_progress 0.44"},
        {"新建公厕 20 座", "预计 6 月底前完成 20 座", "T[20 座] O[20 座] in_progress null"},
        {"发放助学金 3000 人", "收到申请 3500 份，已发放 2800 人", "T[3000 人] A[2800 人] O[3500 份] in_progress 0.933333"},
        {"办结群众诉求不少于500件", "受理申请560件，办结520件", "T[500 件 at_least] A[520 件] O[560 件] completed 1.04"},
    });
}

TEST_CASE("a unit with a second classifier in brackets is answered in either") {
    check_all({
        {"采购医疗设备40台（套）", "已到货安装32台", "T[40 台(套)] A[32 台] in_progress 0.8"},
        {"筹集保障房1500套（间）", "筹集1520间", "T[1500 套(间)] A[1520 间] exceeded 1.01333"},
    });
}

TEST_CASE("the parts after 其中 belong to the total before them, not on top of it") {
    check_all({
        {"筹集保障性租赁住房1500套", "筹集1120套，其中新建960套、改建160套",
         "T[1500 套] A[1120 套; 960 套; 160 套] in_progress 0.746667"},
        {"新建养老服务站6个", "城区建成2个，乡镇建成4个", "T[6 个] A[2 个; 4 个] completed 0.333333"},
    });
}

TEST_CASE("achieved rates carry the unit %") {
    check_all({
        {"食品抽检合格率保持在97%以上", "合格率98.4%", "T[97 % at_least] A[98.4 %] completed 1.01443"},
    });
}

TEST_CASE("percents: progress ratios with the sub-item they measure") {
    check_all({
        {"打通断头河 2 条", "鱼鳞泱河已复工，当前进度 75%；十八湾河当前进度 50%",
         "T[2 条] P[75 % of 鱼鳞泱河; 50 % of 十八湾河] in_progress 0.625"},
        {"完成投资 10 亿元", "已完成投资 6.93 亿元，占年度目标的 69.3%",
         "T[1000000000 元] A[693000000 元] P[69.3 %] in_progress 0.693"},
        {"建设污水管网 30 公里", "完成年度目标的 45%", "T[30 公里] P[45 %] in_progress 0.45"},
        {"建设污水管网 30 公里", "完成总工程量的百分之六十", "T[30 公里] P[60 %] in_progress 0.6"},
        {"建设污水管网 30 公里", "工程完成四成", "T[30 公里] P[40 %] in_progress 0.4"},
    });
}

TEST_CASE("percentage points, schedule benchmarks, shares and growth are not progress") {
    check_all({
        {"城镇新增就业 1.2 万人", "完成率 109.4%，超任务 9.4 个百分点",
         "T[12000 人] P[109.4 %] O[9.4 个百分点] exceeded 1.094"},
        {"完成投资 10 亿元", "完成率 85%，时序进度 91.67%", "T[1000000000 元] P[85 %] O[91.67 %] in_progress 0.85"},
        {"新增绿地 20 公顷", "完成 12 公顷，同比增长 43.4%", "T[20 公顷] A[12 公顷] O[43.4 %] in_progress 0.6"},
    });
}

TEST_CASE("visitors received are served; a share answers a target measured as the same share") {
    check_all({
        {"推动 60 所学校体育场地开放", "开放学校 52 所，累计接待健身群众 8.6 万人次",
         "T[60 所] A[52 所; 86000 人次] in_progress 0.866667"},
        {"护理型床位占比达到55%以上", "占比 56.3%", "T[55 % at_least] A[56.3 %] completed 1.02364"},
        {"新建养老机构 3 家", "建成 2 家，其中护理型床位占比 40%", "T[3 家] A[2 家] O[40 %] in_progress 0.666667"},
    });
}

TEST_CASE("named lists with a done status count as achieved, once") {
    check_all({
        {"打通“断头路”“梗阻路”5 条", "南山东路、南山西路、葡萄路、绣山路均已完工，其余正在有序推进中",
         "T[5 条] A[4 条 implied] in_progress 0.8"},
        {"整治背街小巷 6 条", "已完成6条（芦湾路、新村路、学院路、水门街、百里坊、府前街）",
         "T[6 条] A[6 条] completed 1"},
        {"打通绿道卡口 8 个", "甲工程（含 2 个卡口）、乙工程（含 2 个卡口）均已完工验收；丙工程（含 4 个卡口）完成 85%",
         "T[8 个] A[4 个 implied] P[85 % of 丙工程] O[2 个; 2 个; 4 个] in_progress 0.85"},
        // One name counts when it names what the target counts; the work itself does not.
        {"新建幼儿园 2 所", "城南幼儿园已竣工，城北幼儿园主体施工中", "T[2 所] A[1 所 implied] in_progress 0.5"},
        {"改造急救中心，新增抢救床位 20 张", "改造工程已竣工投用，新增抢救床位 22 张",
         "T[20 张] A[22 张] exceeded 1.1"},
        // A size in another unit does not number the names: the river is still one 条.
        {"治理河道3条，总长6.5公里", "横港河道（2.1公里）已完工，桐溪河道完成工程量的70%",
         "T[3 条; 6.5 公里] A[2.1 公里; 1 条 implied] P[70 % of 桐溪河道] in_progress 0.323077"},
        // A list whose parts are amounts of their own holds no names to count.
        {"新改建农村公路36公里、桥梁4座", "城区段8.2公里、乡镇段19.6公里已完工；桥梁完工3座",
         "T[36 公里; 4 座] A[8.2 公里; 19.6 公里; 3 座] in_progress 0.488889"},
        // 投入运行 is a done state; 完成 closing a list of names says each is done.
        {"新建急救分站3个", "城东、城西急救分站已投入运行，南部新城分站正在装修",
         "T[3 个] A[2 个 implied] in_progress 0.666667"},
        {"新建改造城区道路5条", "翠屏路、建业路改造完成，其余3条正在施工", "T[5 条] A[2 条 implied] O[3 条] in_progress 0.4"},
        {"改造道路5条", "甲路、乙路完成改造12个", "T[5 条] A[12 个] in_progress null"},
    });
}

TEST_CASE("names count under the target that the content writes them before, or whose subject they share") {
    check_all({
        {"新建第三中学、锦屏小学，改扩建桂林路小学，共3所，新增学位4050个", "锦屏小学、桂林路小学已完工并于9月1日投入使用",
         "T[3 所; 4050 个] A[2 所 implied] in_progress 0.666667"},
        {"新建农村公厕6座，创建省级美丽宜居村2个", "岗头村、沙湾村已通过省级美丽宜居村验收",
         "T[6 座; 2 个] A[2 个 implied] in_progress 1"},
        // Names that share nothing with the only count target are not its parts.
        {"建成胸痛中心、卒中中心；完成乡镇卫生院提标改造6家", "胸痛中心、卒中中心已通过省级验收",
         "T[6 家] in_progress null"},
    });
}

TEST_CASE("a part's completion is not the item's") {
    check_all({
        {"更新改造城市燃气管道2800公里", "累计更新改造1460.5公里，其中甲市、乙市已提前完成全年任务",
         "T[2800 公里] A[1460.5 公里] in_progress 0.521607"},
    });
}

TEST_CASE("a done verb of its own holds for its part of a list; nothing done is no achievement") {
    check_all({
        {"新建养老服务中心20个", "已建成养老服务中心15个、在建5个", "T[20 个] A[15 个] O[5 个] in_progress 0.75"},
        {"同步加装电梯不少于40部", "加装电梯完工26部、在建15部", "T[40 部 at_least] A[26 部] O[15 部] in_progress 0.65"},
        // Without a done verb before it, a later cue still speaks for it.
        {"解危危房20幢", "16幢完成或正在解危", "T[20 幢] O[16 幢] in_progress null"},
    });
    ItemText item;
    item.content = "新建村卫生室36个";
    item.progress = "未启动";
    item.achieved = "0";
    item.unit = "个";
    const Reading r = extract(item);
    CHECK(r.achieved.empty());
    CHECK(r.status == Status::not_started);
}

TEST_CASE("a Chinese numeral of the project's name in the progress counts nothing") {
    ItemText item;
    item.content = "残疾人两项补贴提标：困难残疾人生活补贴、重度残疾人护理补贴标准均提高至每人每月90元";
    item.name = std::string_view(item.content).substr(0, std::string_view("残疾人两项补贴提标").size());
    item.progress = "两项补贴已按每人每月90元标准发放，惠及残疾人6320人";
    const Reading r = extract(item);
    for (const Amount& a : r.achieved) CHECK(a.quantity.unit != "项");
    // Arabic figures of a name are what it promises: still read.
    item.content = "新增5000个停车位：新增公共停车位5000个";
    item.name = std::string_view(item.content).substr(0, std::string_view("新增5000个停车位").size());
    item.progress = "新增5000个停车位已全部建成";
    CHECK(extract(item).achieved.size() == 1);
}

TEST_CASE("a duration is a target when the item promises to bring a time down to it") {
    check_all({
        {"城区急救平均反应时间缩短至12分钟以内", "城区急救平均反应时间11.6分钟",
         "T[12 分钟 at_most] A[11.6 分钟] completed null"},
        {"办理时限压缩至3个工作日", "平均用时2.5个工作日", "T[3 个工作日] A[2.5 个工作日] completed null"},
        // Durations that bound nothing are no targets, nor achieved without one.
        {"打造15分钟健身圈3个", "建成2个，每次服务时长2小时", "T[3 个] A[2 个] O[15 分钟; 2 小时] in_progress 0.666667"},
    });
}

TEST_CASE("thresholds are never targets; an amount promised per person is a target of kind rate") {
    check_all({
        {"为 70 周岁以上老人提供就餐补助，惠及 9.6 万人", "", "T[96000 人] O[threshold 70 周岁 at_least] unknown null"},
        {"困难群众 5 万元以上高额费用化解率 100%", "", "T[100 %] O[threshold 50000 元 at_least] unknown null"},
        {"提供每人每月 300 元的住房租赁补贴", "", "T[rate 300 元] unknown null"},
    });
}

TEST_CASE("status: the first rule that applies wins") {
    check_all({
        {"新建停车位 500 个", "", "T[500 个] unknown null"},
        {"新建停车位 500 个", "——", "T[500 个] unknown null"},
        {"新建停车位 500 个", "项目尚未启动", "T[500 个] not_started null"},
        {"新建停车位 500 个", "已超额完成", "T[500 个] exceeded null"},
        {"新建停车位 500 个", "按序时推进", "T[500 个] in_progress null"},
        {"新建停车位 500 个", "进度滞后", "T[500 个] in_progress null"},
        {"新建停车位 500 个", "已全部完成", "T[500 个] completed null"},
        {"新建停车位 500 个", "已完成。", "T[500 个] completed null"},
        {"新建停车位 500 个", "完成率 100%", "T[500 个] P[100 %] completed 1"},
        {"新建停车位 500 个", "已完成停车位建设 520 个", "T[500 个] A[520 个] exceeded 1.04"},
        {"新建停车位 500 个", "已完成 500 个", "T[500 个] A[500 个] completed 1"},
        {"新建停车位 500 个", "已完成 300 个", "T[500 个] A[300 个] in_progress 0.6"},
        {"新建停车位 500 个", "力争年底前全面完成", "T[500 个] in_progress null"},
        {"新建停车位 500 个", "项目已完工。", "T[500 个] completed null"},
        {"新建停车位 500 个", "已建成并投入使用。", "T[500 个] completed null"},
        {"新建停车位 500 个", "已完成选址，正在设计", "T[500 个] in_progress null"},
        {"新建停车位 500 个", "已完成招标", "T[500 个] in_progress null"},
    });
}

TEST_CASE("a status column decides the status") {
    ItemText item;
    item.content = "新建停车位 500 个";
    item.progress = "已完成选址";
    item.status = "已完成";
    CHECK(extract(item).status == Status::completed);
    item.status = "序时推进";
    CHECK(extract(item).status == Status::in_progress);
}

TEST_CASE("numerals in the project's name are no targets") {
    const std::string content = "两项补贴提标：补贴标准提高到每人每月90元";
    ItemText item;
    item.content = content;
    item.name = std::string_view(content).substr(0, std::string_view("两项补贴提标").size());
    const Reading r = extract(item);
    CHECK(dump(r) == "T[rate 90 元] O[2 项] unknown null");
    REQUIRE(r.others.size() == 1);
    CHECK(r.others[0].reason == "a numeral in the project's name");
}

TEST_CASE("for_each_amount walks targets, achieved, percents and others in order, with their cells") {
    ItemText text;
    text.content = "新建停车位5000个";
    text.progress = "已完成停车位建设5500个，当前进度75%，已开工3个";
    Reading reading = extract(text);
    REQUIRE(reading.targets.size() == 1);
    REQUIRE(reading.achieved.size() == 1);
    REQUIRE(reading.percents.size() == 1);
    std::vector<std::string> walked;
    for_each_amount(std::as_const(reading), [&](const Amount& a) {
        walked.push_back(std::string(to_string(a.role)) + "@" + std::string(to_string(a.field)));
    });
    std::vector<std::string> expected{"target@content", "achieved@progress", "percent@progress"};
    for (const Amount& a : reading.others) expected.push_back(std::string(to_string(a.role)) + "@progress");
    CHECK(walked == expected);

    Item item;
    static_cast<Reading&>(item) = reading;
    std::size_t units = 0;
    for_each_amount(item, [&](Amount& a) { if (!a.quantity.unit.empty()) ++units; a.subject.clear(); });
    CHECK(units == walked.size());
    CHECK(item.targets[0].subject.empty());
}

TEST_CASE("the cell names of Field are those of JSON") {
    CHECK(to_string(Field::content) == "content");
    CHECK(to_string(Field::progress) == "progress");
    CHECK(to_string(Field::rate) == "rate");
    CHECK(to_string(Field::achieved) == "achieved");
}
