// The lexicon on its own: every list is in the matching view, and each list
// means what its name says, tested on phrasings of our own through the rules
// that use it.
#include "lexicon/lexicon.hpp"
#include "report/owners.hpp"
#include "table/chrome.hpp"

#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace jindu;

namespace {

// The first amount of a progress text read against a content, with its role and reason.
std::string placed(std::string_view content, std::string_view progress, double value) {
    ItemText item;
    item.content = content;
    item.progress = progress;
    const Reading r = extract(item);
    for (const auto* list : {&r.achieved, &r.percents, &r.others})
        for (const Amount& a : *list)
            if (a.field == Field::progress && a.quantity.value == value)
                return std::string(to_string(a.role)) + " | " + a.reason;
    return "none";
}

template <class List>
void check_folded(const List& words) {
    for (const auto& w : words) {
        const std::string_view word = [&] {
            if constexpr (std::is_convertible_v<decltype(w), std::string_view>) return std::string_view(w);
            else return std::string_view(w.word);
        }();
        CAPTURE(word);
        CHECK(!word.empty());
        CHECK(matching_view(word) == word);
    }
}

}  // namespace

TEST_CASE("every word of the lexicon is written as the matching view writes it") {
    check_folded(lexicon::progress_cues);
    check_folded(lexicon::status_words);
    check_folded(lexicon::plan_qualifiers);
    check_folded(lexicon::note_openers);
    check_folded(lexicon::total_words);
    check_folded(lexicon::sections_without_items);
    check_folded(lexicon::part_done_words);
    check_folded(lexicon::chrome_openers);
    check_folded(lexicon::chrome_marks);
    check_folded(lexicon::footer_details);
    check_folded(lexicon::unit_endings);
    check_folded(lexicon::progress_sentence_words);
    check_folded(lexicon::progress_clause_openers);
    check_folded(lexicon::project_self_names);
    check_folded(lexicon::whole_words);
    check_folded(lexicon::finishing_verbs);
    check_folded(lexicon::change_origins);
    check_folded(lexicon::change_verbs);
    for (const auto& c : lexicon::column_name_parts) CHECK(matching_view(c.text) == c.text);
}

TEST_CASE("a cue word means one thing") {
    std::set<std::string_view> seen;
    for (const auto& c : lexicon::progress_cues) {
        CAPTURE(c.word);
        CHECK(seen.insert(c.word).second);
    }
}

TEST_CASE("done cues: what was done, delivered, served or paid is achieved") {
    struct Case {
        std::string progress;
        double value;
        std::string expected;
    };
    for (const Case& c : {
             Case{"已建成口袋公园4个", 4, "achieved | cue 已建成: done"},
             Case{"累计发放补贴56万元", 560000, "achieved | cue 发放: done"},
             Case{"惠及群众1.2万人", 12000, "achieved | cue 惠及: done"},
             Case{"座谈会开了3场", 3, "achieved | an amount reported in the progress text"},
             Case{"3条线路均已开通", 3, "achieved | cue 开通 after it: done"},
         }) {
        CAPTURE(c.progress);
        CHECK(placed("", c.progress, c.value) == c.expected);
    }
}

TEST_CASE("cues of work not done make an amount no achievement") {
    struct Case {
        std::string progress;
        double value;
        std::string expected;
    };
    for (const Case& c : {
             Case{"已开工12个", 12, "other | cue 已开工: started, not achieved"},
             Case{"8个泵站在建", 8, "other | cue 在建 after it: started, not achieved"},
             Case{"另有5处正在装修", 5, "other | cue 另有: remaining, not achieved"},
             Case{"2个项目顺延至明年实施", 2, "other | cue 顺延 after it: put off, not achieved"},
             Case{"预计年底前再建成6座", 6, "other | cue 预计: planned, not achieved"},
             Case{"受理申请320份", 320, "other | cue 申请: applied for or surveyed, not achieved"},
             Case{"9个点位已完成选址", 9, "other | cue 选址 after it: a step before the work, not achieved"},
             Case{"项目总投资2.3亿元", 230000000, "other | cue 总投资: a size, not work done"},
             Case{"6栋主体结顶", 6, "other | cue 主体 after it: the main structure only, not achieved"},
             Case{"筛查中发现阳性病例12例", 12, "other | cue 发现: cases found, not work delivered"},
             Case{"较上年增加300人", 300, "other | cue 较: a difference from another figure"},
             Case{"共收到报名材料900份，其中合格600份", 600, "other | cue 报名 earlier in the sentence: applied for or surveyed, not achieved"},
         }) {
        CAPTURE(c.progress);
        CHECK(placed("", c.progress, c.value) == c.expected);
    }
}

TEST_CASE("percent cues: progress, rates delivered, and percents that are no progress") {
    struct Case {
        std::string progress;
        double value;
        std::string expected;
    };
    for (const Case& c : {
             Case{"完成率88%", 88, "percent | cue 完成率: progress"},
             Case{"占年度目标的41.5%", 41.5, "percent | cue 年度目标: progress"},
             Case{"群众满意率达到97%", 97, "achieved | rate 满意率 delivered"},
             Case{"同比增长12%", 12, "other | cue 同比: a difference from another figure"},
             Case{"低于序时进度5%", 5, "other | cue 序时进度: not a progress percent"},
             Case{"女性占比43%", 43, "other | cue 占比: not a progress percent"},
         }) {
        CAPTURE(c.progress);
        CHECK(placed("", c.progress, c.value) == c.expected);
    }
}

TEST_CASE("a plan qualifies status words to the end of its clause, however far") {
    ItemText near_plan, far_plan, done;
    near_plan.progress = "力争年底前全面完成";
    far_plan.progress = "力争在今年十二月底以前全面完成";
    done.progress = "已于十一月底全面完成";
    CHECK(extract(near_plan).status == Status::in_progress);
    CHECK(extract(far_plan).status == Status::in_progress);
    CHECK(extract(done).status == Status::completed);
}

TEST_CASE("note openers, totals and sections are told by one list each") {
    CHECK(lexicon::opens_note("数据来源:区统计局"));
    CHECK(lexicon::opens_note("资料来源:区统计局"));
    CHECK(lexicon::opens_note("注:本表截至6月底"));
    CHECK_FALSE(lexicon::opens_note("注册企业新增120家"));
    CHECK(lexicon::is_total("合计"));
    CHECK(lexicon::is_total("合 计"));
    CHECK_FALSE(lexicon::is_total("合计发放"));
}

TEST_CASE("page chrome and organisations are told by one list each") {
    CHECK(table::is_page_chrome("联系电话：0571-12345678"));
    CHECK(table::is_page_chrome("扫一扫在手机打开当前页"));
    CHECK(table::is_page_chrome("主办：某某区人民政府办公室　地址：人民路1号"));
    CHECK_FALSE(table::is_page_chrome("新增停车位3200个，联系电话亭改造已完成"));
    CHECK(report::read_owners("区住建局、区城管委").units == std::vector<std::string>{"区住建局", "区城管委"});
    CHECK(report::read_owners("各镇街").units == std::vector<std::string>{"各镇街"});
}

TEST_CASE("a progress text opening with the whole item finished makes it completed") {
    const auto status_of = [](std::string_view progress) {
        ItemText item;
        item.content = "新建社区食堂3个";
        item.progress = progress;
        return extract(item).status;
    };
    CHECK(status_of("该项目已全面竣工。") == Status::completed);
    CHECK(status_of("已建成并投入使用") == Status::completed);
    CHECK(status_of("已完成选址，正在设计") != Status::completed);
}

TEST_CASE("column names: owners, cooperating units, people and schedules") {
    struct Case {
        const char* name;
        ColumnRole role;
    };
    for (const Case& c : {
             Case{"主办单位", ColumnRole::owners},      Case{"牵头部门", ColumnRole::owners},
             Case{"配合单位", ColumnRole::cooperating}, Case{"协办", ColumnRole::cooperating},
             Case{"协同部门", ColumnRole::cooperating}, Case{"分管领导", ColumnRole::none},
             Case{"责任人", ColumnRole::none},          Case{"预定进度", ColumnRole::schedule},
             Case{"是否达序", ColumnRole::schedule},    Case{"实际进度", ColumnRole::rate},
             Case{"完成比例(%)", ColumnRole::rate},     Case{"已完成数", ColumnRole::achieved},
             Case{"进展与成效", ColumnRole::progress},  Case{"执行情形", ColumnRole::progress},
             Case{"工作任务", ColumnRole::name},        Case{"全年目标(任务)", ColumnRole::content},
             Case{"施政计划名称", ColumnRole::name},    Case{"占年任务之比", ColumnRole::rate},
             Case{"已完成", ColumnRole::achieved},      Case{"责任单位及责任人", ColumnRole::owners},
         }) {
        CAPTURE(c.name);
        CHECK(lexicon::column_role_of(c.name) == c.role);
    }
}
