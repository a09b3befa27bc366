#include "table/readers.hpp"

#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jindu;
using jindu::test::dump;

namespace {

std::vector<std::string> read(std::string_view text) {
    const Table t = table::read_prose(text, Options{});
    // The reader names the columns itself: no header row among the rows.
    CHECK(t.roles == std::vector<ColumnRole>{ColumnRole::seq, ColumnRole::category, ColumnRole::content,
                                             ColumnRole::owners, ColumnRole::progress, ColumnRole::name});
    return dump(t);
}

}  // namespace

TEST_CASE("items under 一、 categories, with labels for target, progress and units") {
    CHECK(read("2024年民生实事推进情况\n\n一、教育优学\n"
               "（一）目标任务：新建学校 3 所。进展情况：已建成 2 所。（责任单位：区教育局）\n"
               "（二）改造操场 10 个。已完成 10 个。牵头单位：区教育局、区体育局\n"
               "二、健康养老\n（三）新增助餐点 5 个，已建成 6 个。（责任单位：区民政局）\n") ==
          std::vector<std::string>{
              "1: [free] 2024年民生实事推进情况",
              "3: [free] 一、教育优学",
              "4: 一|教育优学|新建学校 3 所。|区教育局|已建成 2 所。|",
              "5: 二|教育优学|改造操场 10 个。|区教育局、区体育局|已完成 10 个。|",
              "6: [free] 二、健康养老",
              "7: 三|健康养老|新增助餐点 5 个|区民政局|已建成 6 个。|",
          });
}

TEST_CASE("target and progress split by cue words when there are no labels") {
    struct Case {
        std::string_view item;
        std::string_view target;
        std::string_view progress;
    };
    const Case cases[] = {
        {"1. 新建停车位 5000 个。截至 6 月底，已完成 5500 个。", "新建停车位 5000 个。", "截至 6 月底，已完成 5500 个。"},
        {"1. 完成老旧小区改造 12 个。目前 12 个均已完工。", "完成老旧小区改造 12 个。", "目前 12 个均已完工。"},
        {"1. 新建停车位 5000 个，已完成 5500 个。", "新建停车位 5000 个", "已完成 5500 个。"},
        {"1. 新建停车位 5000 个。另建充电桩 200 个。", "新建停车位 5000 个。另建充电桩 200 个。", ""},
        {"1. 新建公园 3 个。新建游园 2 个。", "新建公园 3 个。新建游园 2 个。", ""},
        // No progress word: the sentence that measures the same thing again answers the promise.
        {"2. 托育服务扩容。新增普惠性托位600个，其中公办托位不少于200个。全年新增普惠性托位648个、公办托位215个。",
         "托育服务扩容。新增普惠性托位600个，其中公办托位不少于200个。", "全年新增普惠性托位648个、公办托位215个。"},
        // A sentence opening with the period reported on is progress, after the promise only.
        {"4. 背街小巷改造。改造背街小巷30条。上半年共完成改造18条，占年度任务的60%。",
         "背街小巷改造。改造背街小巷30条。", "上半年共完成改造18条，占年度任务的60%。"},
        {"5. 校园食堂建设。全年新改建学校食堂9个。", "校园食堂建设。全年新改建学校食堂9个。", ""},
        {"3. 城市绿道贯通。新建城市绿道20公里，打通断点8处。建成绿道17.3公里，打通断点6处。",
         "城市绿道贯通。新建城市绿道20公里，打通断点8处。", "建成绿道17.3公里，打通断点6处。"},
        {"1. 工作目标：打通断头路 5 条。完成情况：已打通 4 条。", "打通断头路 5 条。", "已打通 4 条。"},
        // A rate restated is a measure too.
        {"5. 医保参保扩面。城乡居民参保率稳定在98%以上。全区城乡居民参保率98.3%，参保人数41.6万人。",
         "医保参保扩面。城乡居民参保率稳定在98%以上。", "全区城乡居民参保率98.3%，参保人数41.6万人。"},
        {"1. 新建公园 2 个。推进情况：1 个已开放", "新建公园 2 个。", "1 个已开放"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.item);
        const Table t = table::read_prose(c.item, Options{});
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].cells[2].text == c.target);
        CHECK(t.rows[0].cells[4].text == c.progress);
    }
}

TEST_CASE("units come from brackets or labels and leave the text") {
    struct Case {
        std::string_view item;
        std::string_view units;
        std::string_view rest;  // target + "|" + progress
    };
    const Case cases[] = {
        {"1. 新建学校 3 所。已建成 2 所。（责任单位：区教育局）", "区教育局", "新建学校 3 所。|已建成 2 所。"},
        {"1. 新建学校 3 所。(责任单位:区教育局)已建成 2 所。", "区教育局", "新建学校 3 所。|已建成 2 所。"},
        {"1. 新建学校 3 所。牵头单位：区教育局。已建成 2 所。", "区教育局", "新建学校 3 所。|已建成 2 所。"},
        {"1. 新建学校 3 所。牵头单位：区教育局 进展情况：已建成 2 所。", "区教育局", "新建学校 3 所。|已建成 2 所。"},
        // Labelled parts after the units stay with them, for read_owners to sort out;
        // other notes in the bracket stay in the text.
        {"1. 新建学校 3 所。已建成 2 所。（牵头单位：区教育局；配合单位：区财政局）", "区教育局；配合单位：区财政局",
         "新建学校 3 所。|已建成 2 所。"},
        {"1. 新建学校 3 所。已建成 2 所。（责任单位：区教育局；其中2所为九年一贯制）", "区教育局",
         "新建学校 3 所。|已建成 2 所。（其中2所为九年一贯制）"},
        {"1. 新建学校 3 所。（牵头单位：区教育局）（责任单位：各街道）", "区教育局、各街道", "新建学校 3 所。|"},
        // 配合部门 is a label of its own, not 部门 after 配合.
        {"1. 新建学校 3 所。已建成 2 所。（牵头部门：区卫健局；配合部门：区医保局）", "区卫健局；配合部门：区医保局",
         "新建学校 3 所。|已建成 2 所。"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.item);
        const Table t = table::read_prose(c.item, Options{});
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].cells[3].text == c.units);
        CHECK(t.rows[0].cells[2].text + "|" + t.rows[0].cells[4].text == c.rest);
    }
}

TEST_CASE("without 一、 headings the first numbering numbers the items") {
    CHECK(read("① 新建学校 3 所。已建成 2 所。\n② 新建医院 1 所。\n") ==
          std::vector<std::string>{"1: ①||新建学校 3 所。||已建成 2 所。|", "2: ②||新建医院 1 所。|||"});
    CHECK(read("一、新建学校 3 所。已建成 2 所。\n二、新建医院 1 所。\n") ==
          std::vector<std::string>{"1: 一||新建学校 3 所。||已建成 2 所。|", "2: 二||新建医院 1 所。|||"});
}

TEST_CASE("deeper numbering and wrapped lines stay in the item; closing text is free") {
    CHECK(read("一、城市宜居\n（一）新建口袋公园 8 个。\n1. 东门公园已开放；\n2. 其余正在施工。\n"
               "（责任单位：区执法局）\n（二）改造老旧小区 18 个，已完成\n15 个。\n\n下一步，各单位要倒排工期。\n") ==
          std::vector<std::string>{
              "1: [free] 一、城市宜居",
              "2: 一|城市宜居|新建口袋公园 8 个。|区执法局|1. 东门公园已开放；\n2. 其余正在施工。|",
              "6: 二|城市宜居|改造老旧小区 18 个||已完成15 个。|",
              "9: [free] 下一步，各单位要倒排工期。",
          });
}

TEST_CASE("traditional bulletins with full-width digits use the same cues") {
    CHECK(read("一、教育優學\n（一）新建學校３所。進展情況：已建成２所。（責任單位：區教育局）\n第２頁\n"
               "（二）改造操場１０個，已完成１０個。牽頭單位：區教育局\n") ==
          std::vector<std::string>{
              "1: [free] 一、教育優學",
              "2: 一|教育優學|新建學校３所。|區教育局|已建成２所。|",
              "4: 二|教育優學|改造操場１０個|區教育局|已完成１０個。|",
          });
}

TEST_CASE("a progress paragraph after a blank line still belongs to its item") {
    CHECK(read("1. 新建学校 3 所。\n\n进展情况：已建成 2 所。\n\n附件：项目清单\n") ==
          std::vector<std::string>{"1: 1||新建学校 3 所。||已建成 2 所。|", "5: [free] 附件：项目清单"});
}

TEST_CASE("the prose sample reads item by item") {
    const Table t = read_table(test::read_source_file("samples/2024-m10-district-bulletin-prose.txt"));
    CHECK(t.format == InputFormat::prose);
    REQUIRE(t.diagnostics.size() == 1);
    CHECK(t.diagnostics[0].code == ErrorCode::skipped_row);
    CHECK(t.diagnostics[0].where.line == 24);
    std::vector<const Row*> items;
    for (const Row& r : t.rows)
        if (!r.free_text) items.push_back(&r);
    REQUIRE(items.size() == 9);
    CHECK(dump(*items[0]) == "7: 一|教育优学|新建、改扩建中小学和幼儿园 6 所，新增学位 3600 个。|区教育局|"
                             "目前，6 所学校已全部结顶，其中 4 所完成竣工验收，新增学位 2400 个，完成率 66.7%。|");
    CHECK(dump(*items[2]) == "10: 三|健康养老|新增老年助餐服务点 15 个，为 80 周岁以上老人每人每月发放 50 元助餐补贴。|"
                             "区民政局|已建成助餐点 16 个并投入运营，累计发放补贴 132 万元，超额完成年度任务。|");
    CHECK(dump(*items[8]) == "26: 九|就业保障|建设零工市场 3 个，提供灵活就业岗位 5000 个以上。|区人力社保局|"
                             "零工市场 2 个已运营，第 3 个正在装修，累计发布岗位 4100 个。|");
    CHECK(dump(t.rows.back()) == "31: [free] 2024年11月6日");
}

TEST_CASE("the innermost numbered entries are the items; sections without items give none") {
    CHECK(read("一、总体情况\n全年确定项目3项，已完成1项。\n二、具体进展\n（一）教育文化\n"
               "1. 新建幼儿园2所。进展情况：已建成1所。（责任单位：县教育局）\n"
               "（二）医疗卫生\n2. 改造卫生室10个。推进情况：已完工8个。（牵头单位：县卫健局；配合单位：各乡镇）\n"
               "三、存在问题\n一是个别项目滞后。二是资金不足。\n四、下一步工作\n1. 加强调度。\n2. 严格考核。\n") ==
          std::vector<std::string>{
              "1: [free] 一、总体情况",
              "2: [free] 全年确定项目3项，已完成1项。",
              "3: [free] 二、具体进展",
              "4: [free] （一）教育文化",
              "5: 1|教育文化|新建幼儿园2所。|县教育局|已建成1所。|",
              "6: [free] （二）医疗卫生",
              "7: 2|医疗卫生|改造卫生室10个。|县卫健局；配合单位：各乡镇|已完工8个。|",
              "8: [free] 三、存在问题",
              "9: [free] 一是个别项目滞后。二是资金不足。",
              "10: [free] 四、下一步工作",
              "11: [free] 1. 加强调度。",
              "12: [free] 2. 严格考核。",
          });
}

TEST_CASE("a group that lists items again adds none, and spaced-out labels are labels") {
    CHECK(read("一、项目进展\n1. 新建公园2个。完成情况：已建成2个。责 任 单 位：区城管局\n"
               "2. 改造道路5条。完成情况：已完工3条。责任单位：区住建局\n二、滞后项目\n1. 第2项改造道路，受征迁影响滞后。\n") ==
          std::vector<std::string>{
              "1: [free] 一、项目进展",
              "2: 1|项目进展|新建公园2个。|区城管局|已建成2个。|",
              "3: 2|项目进展|改造道路5条。|区住建局|已完工3条。|",
              "4: [free] 二、滞后项目",
              "5: [free] 1. 第2项改造道路，受征迁影响滞后。",
          });
}

TEST_CASE("a short first sentence before a target label is the project's name") {
    CHECK(read("1、新建县第三幼儿园。建设内容：新建幼儿园1所，新增学位360个。进展情况：主体已封顶。（牵头单位：县教育局）\n"
               "2、两项补贴提标。年度任务：补贴标准提高到每人每月90元。进展情况：已按新标准发放。\n") ==
          std::vector<std::string>{
              "1: 1||新建幼儿园1所，新增学位360个。|县教育局|主体已封顶。|新建县第三幼儿园",
              "2: 2||补贴标准提高到每人每月90元。||已按新标准发放。|两项补贴提标",
          });
}
