// Private: the vocabulary of progress reports, in one place. Every stage that
// reads wording (the readers' labels, the report stage's notes, extraction's
// cues and status words) takes its words from here, so that a new phrasing is
// one line in a table below plus one test (tests/lexicon/lexicon_test.cpp).
//
// All words are in the matching view (source/fold.hpp): simplified characters,
// ASCII digits and punctuation, U+3000 as a space. Each list is named for what
// its words mean; a word may stand in several lists when it means several things.
#pragma once

#include "lexicon/cue_words.hpp"

#include <jindu/table.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace jindu::lexicon {

// ---------------------------------------------------------------------------
// Cues: what a word in an amount's clause says about the amount.

enum class Cue : std::uint8_t {
    done,              // 已完成 建成 发放 惠及: done, delivered, served, paid
    started,           // 开工 在建 进场: started or under construction, not finished
    ongoing,           // 正在 施工中: work going on
    remaining,         // 其余 剩余: what is left to do
    postponed,         // 顺延 跨年: put off to a later period
    planned,           // 预计 计划 力争: a plan or an aim, not done yet
    applied,           // 申请 报名 摸排: applications received, cases surveyed
    preparatory,       // 选址 设计 招标: a step before the work itself
    scope,             // 涉及 包括 总投资: the size of something, not work done
    partial,           // 主体: only the main structure of a building
    found,             // 发现 检出: cases found, not work delivered
    compared,          // 较 同比 环比: a difference from another figure
    side_percent,      // 时序进度 占比 增长: a percent that is no progress
    progress_percent,  // 完成率 进度 占年度目标: a percent of progress
};

// A short English name of a cue, for reasons: "started", "remaining" …
std::string_view to_string(Cue cue) noexcept;

struct CueEntry {
    std::string_view word;
    Cue cue;
};

// Words that give an amount in a progress text its role. Where words nest
// (已完成 holds 完成), the longest one found at a place is the cue.
inline constexpr CueEntry progress_cues[] = {
    // done, delivered, served, paid
    {"已完成", Cue::done}, {"完成", Cue::done}, {"实际完成", Cue::done}, {"累计完成", Cue::done},
    {"建成", Cue::done}, {"已建成", Cue::done}, {"完工", Cue::done}, {"竣工", Cue::done},
    {"投用", Cue::done}, {"投入使用", Cue::done}, {"投入运营", Cue::done}, {"运营", Cue::done},
    {"开通", Cue::done}, {"通车", Cue::done}, {"通水", Cue::done}, {"交付", Cue::done},
    {"新增", Cue::done}, {"惠及", Cue::done}, {"受益", Cue::done}, {"发放", Cue::done},
    {"拨付", Cue::done}, {"兑现", Cue::done}, {"核发", Cue::done}, {"累计", Cue::done},
    {"接待", Cue::done},  // visitors served; not 待 (still to do)
    {"已达", Cue::done}, {"达到", Cue::done}, {"筹集", Cue::done}, {"服务", Cue::done},
    {"救助", Cue::done}, {"资助", Cue::done}, {"帮扶", Cue::done}, {"安置", Cue::done},
    {"提供", Cue::done}, {"培训", Cue::done}, {"举办", Cue::done}, {"开展", Cue::done},
    {"覆盖", Cue::done}, {"解决", Cue::done}, {"招录", Cue::done}, {"吸纳", Cue::done},
    {"接种", Cue::done}, {"筛查", Cue::done}, {"体检", Cue::done}, {"救治", Cue::done},
    {"办理", Cue::done}, {"实现", Cue::done}, {"安装", Cue::done}, {"配备", Cue::done},
    {"设立", Cue::done}, {"建立", Cue::done}, {"开设", Cue::done}, {"铺设", Cue::done},
    {"更新", Cue::done}, {"上线", Cue::done}, {"挂牌", Cue::done}, {"验收", Cue::done},
    {"放映", Cue::done}, {"演出", Cue::done}, {"接入", Cue::done}, {"治理", Cue::done},
    {"修复", Cue::done}, {"改造", Cue::done}, {"打通", Cue::done}, {"消除", Cue::done},
    {"提高至", Cue::done}, {"提高到", Cue::done}, {"提升至", Cue::done}, {"增加到", Cue::done},
    {"增至", Cue::done}, {"执行", Cue::done}, {"落实", Cue::done}, {"到位", Cue::done},
    {"办结", Cue::done},  // cases and requests concluded (受理…件，办结…件)
    // started or under construction
    {"开工", Cue::started}, {"已开工", Cue::started}, {"动工", Cue::started}, {"开建", Cue::started},
    {"在建", Cue::started}, {"进场", Cue::started}, {"施工", Cue::started}, {"结顶", Cue::started},
    {"封顶", Cue::started}, {"启动", Cue::started},
    // going on
    {"正在", Cue::ongoing}, {"施工中", Cue::ongoing}, {"建设中", Cue::ongoing}, {"推进中", Cue::ongoing},
    {"进行中", Cue::ongoing}, {"装修中", Cue::ongoing}, {"调试中", Cue::ongoing}, {"加紧", Cue::ongoing},
    // left to do
    {"其余", Cue::remaining}, {"剩余", Cue::remaining}, {"尚余", Cue::remaining}, {"尚有", Cue::remaining},
    {"还有", Cue::remaining}, {"另有", Cue::remaining}, {"余下", Cue::remaining}, {"未完成", Cue::remaining},
    {"尚未", Cue::remaining}, {"未开工", Cue::remaining}, {"未启动", Cue::remaining}, {"未完工", Cue::remaining},
    {"未建成", Cue::remaining}, {"未能", Cue::remaining},
    // put off
    {"顺延", Cue::postponed}, {"延期", Cue::postponed}, {"推迟", Cue::postponed}, {"跨年", Cue::postponed},
    {"暂缓", Cue::postponed}, {"缓建", Cue::postponed}, {"调整至", Cue::postponed}, {"结转", Cue::postponed},
    // findings
    {"发现", Cue::found}, {"检出", Cue::found}, {"查出", Cue::found}, {"发生", Cue::found},
    // plans and aims
    {"预计", Cue::planned}, {"计划", Cue::planned}, {"拟", Cue::planned}, {"将于", Cue::planned},
    {"将在", Cue::planned}, {"即将", Cue::planned}, {"力争", Cue::planned}, {"争取", Cue::planned}, {"预期", Cue::planned},
    {"确保", Cue::planned}, {"有望", Cue::planned}, {"待", Cue::planned}, {"需", Cue::planned},
    {"目标", Cue::planned}, {"任务数", Cue::planned},
    // applications and surveys
    {"申请", Cue::applied}, {"报名", Cue::applied}, {"受理", Cue::applied}, {"收到", Cue::applied},
    {"摸排", Cue::applied}, {"排查", Cue::applied}, {"排摸", Cue::applied}, {"梳理", Cue::applied},
    {"意向", Cue::applied}, {"储备", Cue::applied}, {"谋划", Cue::applied}, {"入库", Cue::applied},
    {"申报", Cue::applied}, {"名额", Cue::applied}, {"分配", Cue::applied},
    // steps before the work
    {"选址", Cue::preparatory}, {"设计", Cue::preparatory}, {"招标", Cue::preparatory},
    {"立项", Cue::preparatory}, {"审批", Cue::preparatory}, {"可研", Cue::preparatory},
    {"前期", Cue::preparatory}, {"征地", Cue::preparatory}, {"方案", Cue::preparatory},
    {"评审", Cue::preparatory}, {"勘察", Cue::preparatory}, {"评估", Cue::preparatory},
    {"论证", Cue::preparatory}, {"测绘", Cue::preparatory}, {"公示", Cue::preparatory},
    // sizes, not work done
    {"涉及", Cue::scope}, {"包括", Cue::scope}, {"包含", Cue::scope}, {"含", Cue::scope},
    {"总投资", Cue::scope}, {"计划投资", Cue::scope}, {"概算", Cue::scope}, {"预算", Cue::scope},
    {"规模", Cue::scope}, {"占地", Cue::scope},
    // the main structure only
    {"主体", Cue::partial},
    // differences
    {"较", Cue::compared}, {"同比", Cue::compared}, {"环比", Cue::compared}, {"比上年", Cue::compared},
    {"比去年", Cue::compared}, {"超目标", Cue::compared}, {"超任务", Cue::compared}, {"超出", Cue::compared},
    // percents that are no progress: schedule benchmarks, shares, growth
    {"时序进度", Cue::side_percent}, {"序时进度", Cue::side_percent}, {"时间进度", Cue::side_percent},
    {"预定进度", Cue::side_percent}, {"计划进度", Cue::side_percent}, {"占比", Cue::side_percent},
    {"比重", Cue::side_percent}, {"增长", Cue::side_percent}, {"下降", Cue::side_percent},
    {"增幅", Cue::side_percent}, {"降幅", Cue::side_percent}, {"上升", Cue::side_percent},
    {"降低", Cue::side_percent}, {"减少", Cue::side_percent}, {"执行率", Cue::side_percent},
    {"支出进度", Cue::side_percent},
    // percents of progress
    {"完成率", Cue::progress_percent}, {"完工率", Cue::progress_percent}, {"进度", Cue::progress_percent},
    {"占年度", Cue::progress_percent}, {"年度目标", Cue::progress_percent}, {"年度任务", Cue::progress_percent},
    {"全年任务", Cue::progress_percent}, {"目标任务", Cue::progress_percent}, {"工程量", Cue::progress_percent},
    {"计划的", Cue::progress_percent}, {"任务的", Cue::progress_percent}, {"目标的", Cue::progress_percent},
    {"完成比例", Cue::progress_percent}, {"形象进度", Cue::progress_percent},
};

// The words of a tagged list, in a constant array that an index can point into.
template <class Entry, std::size_t N>
consteval std::array<std::string_view, N> words_of(const Entry (&entries)[N]) {
    std::array<std::string_view, N> words{};
    for (std::size_t k = 0; k < N; ++k) words[k] = entries[k].word;
    return words;
}

inline constexpr auto progress_cue_words = words_of(progress_cues);
inline constexpr CueWords progress_cue_index{progress_cue_words};

// ---------------------------------------------------------------------------
// Status wording: what a progress text says of the whole item.

enum class Says : std::uint8_t { not_started, exceeded, in_progress, completed };

struct StatusEntry {
    std::string_view word;
    Says says;
};

inline constexpr StatusEntry status_words[] = {
    {"未启动", Says::not_started}, {"尚未启动", Says::not_started}, {"未开工", Says::not_started},
    {"尚未开工", Says::not_started}, {"未开始", Says::not_started}, {"暂未启动", Says::not_started},
    {"未实施", Says::not_started}, {"尚未实施", Says::not_started},
    {"超额", Says::exceeded}, {"超任务", Says::exceeded}, {"超计划", Says::exceeded},
    {"超目标", Says::exceeded}, {"超年度目标", Says::exceeded}, {"超进度", Says::exceeded},
    {"序时推进", Says::in_progress}, {"滞后", Says::in_progress}, {"正在", Says::in_progress},
    {"施工中", Says::in_progress}, {"建设中", Says::in_progress}, {"装修中", Says::in_progress},
    {"调试中", Says::in_progress}, {"推进中", Says::in_progress}, {"进行中", Says::in_progress},
    {"在建", Says::in_progress}, {"其余", Says::in_progress}, {"剩余", Says::in_progress},
    {"未完成", Says::in_progress}, {"尚未完成", Says::in_progress}, {"暂缓", Says::in_progress},
    {"顺延", Says::in_progress}, {"延期", Says::in_progress}, {"有序推进", Says::in_progress},
    {"加快推进", Says::in_progress}, {"稳步推进", Says::in_progress}, {"扎实推进", Says::in_progress},
    {"全部完成", Says::completed}, {"全面完成", Says::completed}, {"均已竣工", Says::completed},
    {"均已完工", Says::completed}, {"均已完成", Says::completed}, {"已全部建成", Says::completed},
    {"全部建成", Says::completed}, {"圆满完成", Says::completed}, {"提前完成", Says::completed},
    {"已完成年度", Says::completed}, {"完成全年", Says::completed}, {"已达成年度", Says::completed},
    {"提前达成", Says::completed}, {"已达年度目标", Says::completed}, {"达到目标", Says::completed},
    {"已完成。", Says::completed}, {"完成年度目标", Says::completed}, {"完成年度任务", Says::completed},
    {"任务已完成", Says::completed}, {"目标已完成", Says::completed}, {"已全面完成", Says::completed},
};

inline constexpr auto status_word_texts = words_of(status_words);
inline constexpr CueWords status_index{status_word_texts};

// A progress text that says the whole item is done opens with these: the
// item's name for itself (该项目), 已, a word for all of it (全部), a finishing verb.
inline constexpr std::string_view project_self_names[] = {"该项目", "本项目", "项目", "工程"};
inline constexpr std::string_view whole_words[] = {"全部", "全面"};
inline constexpr std::string_view finishing_verbs[] = {"完成", "完工", "竣工", "建成", "投用", "投入使用", "落实", "实现"};

// The cue words and the status words in one list, so that a progress text is
// walked once for both: word k is progress_cues[k] below progress_cue_count,
// else status_words[k - progress_cue_count].
inline constexpr std::size_t progress_cue_count = std::size(progress_cues);
inline constexpr auto progress_and_status_words = [] {
    std::array<std::string_view, std::size(progress_cues) + std::size(status_words)> words{};
    for (std::size_t k = 0; k < std::size(progress_cues); ++k) words[k] = progress_cues[k].word;
    for (std::size_t k = 0; k < std::size(status_words); ++k) words[progress_cue_count + k] = status_words[k].word;
    return words;
}();
inline constexpr CueWords progress_and_status_index{progress_and_status_words};

// What a status cell (状态, 是否完成, 完成进度 holding words) says, if anything.
std::optional<Says> status_cell_says(std::string_view folded_cell) noexcept;

// Words that make what follows them in a clause a plan or an aim, not a fact:
// 力争年底前全面完成 says nothing of the status.
inline constexpr std::string_view plan_qualifiers[] = {
    "预计", "计划", "拟", "将于", "将在", "即将", "力争", "争取", "预期", "确保", "有望", "待", "需",
};
inline constexpr CueWords plan_qualifier_index{plan_qualifiers};

// A progress text that says nothing: ——, 无, 暂无 …
bool says_nothing(std::string_view folded_trimmed) noexcept;

// ---------------------------------------------------------------------------
// Bounds and thresholds.

// A figure a change starts from: 由 (or 从) before it, a verb of change after it
// (由每人每月600元提高到650元: 600 is the old figure, not an achievement).
inline constexpr std::string_view change_origins[] = {"由", "从"};
inline constexpr std::string_view change_verbs[] = {"提高", "提升", "增加", "调整", "上调", "增至",
                                                    "提至", "调至", "降至", "降低"};

// Bounds written after a number: 70周岁以上, 3万元以上的费用.
inline constexpr std::string_view bounds_after[] = {"以上", "以下", "及以上", "及以下", "以内", "之内"};
// Bounds written before a number: 不少于2000名.
inline constexpr std::string_view bounds_before[] = {"不少于", "不低于", "不超过", "超过", "至少", "高于", "低于", "不高于", "多于"};

// ---------------------------------------------------------------------------
// Sub-items and subjects.

// Words that end the name of the sub-item a percent measures: 甲河已完工 → 甲河.
inline constexpr std::string_view sub_item_enders[] = {"：", ":", "已", "当前", "目前", "完成", "正在",
                                                        "进度", "，", ",", "累计", "总体", "整体", "占"};
inline constexpr CueWords sub_item_ender_index{sub_item_enders};

// Names that stand for the item itself, not one of its parts: 项目 …
inline constexpr std::string_view whole_item_names[] = {
    "目前", "当前", "项目", "该项目", "本项目", "整体", "总体", "工程", "该工程", "全区", "全县", "全市",
    "截至目前", "全部", "主体", "主体工程",
};
bool names_whole_item(std::string_view folded) noexcept;

// Verbs and fillers that lead a noun phrase before a number: 新建停车位5000个 → 停车位.
inline constexpr std::string_view subject_leading_words[] = {
    "为全区", "为", "对", "向", "新投用", "投用", "新建成", "新建", "新增", "新配置", "配置",
    "建设", "筹集", "已完成", "完成", "打通", "打造", "实现", "整改", "提供",
    "惠及", "已建设", "已建成", "建成", "已", "累计", "共", "全区", "开展", "改造", "推进",
    "帮助", "服务", "培训", "发放", "新开工", "开工", "完工", "竣工", "提升", "改扩建", "扩建", "年内",
    "全年", "力争", "确保", "其中", "、", "，",
};
// Words that end the phrase before a number: 参保人数达80万人 → 参保人数.
inline constexpr std::string_view subject_trailing_words[] = {
    "已达到", "已达", "达到", "达", "为", "至", "约", "共", "计", "累计", "超过", "不少于", "不低于",
    "保持在", "在", "近", "已有", "已", "提供", "前",
};
// Verbs after a noun that follows the number: 750个教室安装空调 → 教室.
inline constexpr std::string_view subject_following_verbs[] = {
    "提供", "安装", "改造", "建设", "实施", "开展", "进行", "完成", "投入", "的",
};
inline constexpr CueWords subject_following_verb_index{subject_following_verbs};

// ---------------------------------------------------------------------------
// Implied counts: names whose completion is stated without a number.

// Words after 已 (均已, 已于…) that say a listed part is done.
inline constexpr std::string_view part_done_words[] = {
    "完工", "完成验收", "建成", "竣工", "投用", "投入使用", "通车", "贯通", "开课", "交付", "验收", "完成",
    "开园", "开放", "开业", "运营", "投入运营", "投入运行", "营业", "上线", "通水", "开通", "挂牌", "通过竣工验收",
    "通过验收",
};
inline constexpr CueWords part_done_index{part_done_words};
// Verbs before a duration that make it a time to bring down to: 反应时间缩短至12分钟.
inline constexpr std::string_view time_bound_verbs[] = {"缩短至", "缩短到", "压缩至", "压缩到", "控制在", "降至", "降低到"};
// Verbs before a list of names that say each one was done: 新开通K1路、K2路.
inline constexpr std::string_view list_done_verbs[] = {"新开通", "开通", "新辟", "开辟", "已建成", "建成", "新建成"};
// Units that count people or events, not named parts: a list of names is never counted in them.
inline constexpr std::string_view not_part_units[] = {"人", "名", "人次", "户", "户次", "次", "场次", "元", "家次"};
// Words that continue a done status to the end of its clause: 已完工并投入使用.
inline constexpr std::string_view status_continuations[] = {"并", "和", "及", "验收", "开放", "运营", "通车",
                                                            "使用", "交付", "恢复", "投用", "投入"};
// Words that open a clause giving the number of what the clause before listed: 共72套.
inline constexpr std::string_view total_openers[] = {"共", "合计", "总计", "计", "累计", "总共", "共计"};
// Words that make a list item a clause, not a name.
inline constexpr std::string_view not_in_names[] = {"已", "正在", "完成", "进度", "当前", "目前", "其余",
                                                    "剩余", "其中", "开工", "在建"};
inline constexpr CueWords not_in_names_index{not_in_names};

// ---------------------------------------------------------------------------
// Numbering: the numerals of 序号 and of list markers.

// The Chinese numerals rows and list entries are numbered with (一、 （十二）
// 一百零一), with the financial forms some tables use (壹 贰 拾, 貳 參 陸).
inline constexpr std::u32string_view seq_numerals = U"〇零一二三四五六七八九十百千两壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟";
inline bool is_seq_numeral(char32_t cp) noexcept { return seq_numerals.find(cp) != std::u32string_view::npos; }
// Numbers in one character that lists and 序号 columns use: ① ⑴ ⒈ ❶ ➀ ㈠ ㉑.
inline bool is_enclosed_numeral(char32_t cp) noexcept {
    return (cp >= 0x2460 && cp <= 0x249B) || (cp >= 0x24EA && cp <= 0x24FF) || (cp >= 0x2776 && cp <= 0x2793) ||
           (cp >= 0x3220 && cp <= 0x3229) || (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF);
}
// The ones a number can start with: not 百, 千, 零 or 两 (一百, never 百).
inline bool opens_seq_numeral(char32_t cp) noexcept {
    return is_seq_numeral(cp) && std::u32string_view(U"〇零百千两佰仟").find(cp) == std::u32string_view::npos;
}

// ---------------------------------------------------------------------------
// Lines that are not rows of a table.

// Openers of a note under a table: 注：…, 数据来源：…
inline constexpr std::string_view note_openers[] = {
    "注:", "注1", "注 :", "备注:", "说明:", "附注:", "填报说明", "填报", "数据来源", "资料来源", "统计口径",
};
bool opens_note(std::string_view folded) noexcept;

// Headings of bulletin sections that hold no items, and of groups that list
// items again: 总体情况, 存在问题, 下一步工作, 滞后项目.
inline constexpr std::string_view sections_without_items[] = {
    "总体情况", "基本情况", "总体进展", "存在问题", "存在的问题", "主要问题", "困难和问题", "问题和困难",
    "下一步", "下步", "工作打算", "工作措施", "工作建议", "意见建议", "有关要求", "工作要求", "保障措施",
    "滞后项目", "未完成项目", "已完成项目", "超额完成项目", "未启动项目", "进度滞后",
};

// Rows that sum the others up: 合计, 总计, 小计.
inline constexpr std::string_view total_words[] = {"合计", "总计", "小计", "全区合计", "全县合计", "全市合计", "总体"};
bool is_total(std::string_view folded_trimmed) noexcept;

// ---------------------------------------------------------------------------
// Page chrome: the site around a report (table/chrome.cpp).

// Labels that open chrome lines (matched on the folded, squeezed text).
inline constexpr std::string_view chrome_openers[] = {
    // where the page sits in the site
    "您的位置", "您当前的位置", "您当前所在位置", "您现在的位置", "当前位置", "所在位置",
    // publishing details
    "发布日期", "发布时间", "发文日期", "成文日期", "信息来源", "来源:", "文章来源", "作者:", "责任编辑",
    "编辑:", "审核:", "校对:", "制表:", "制表人", "制表日期", "填报人", "审核人",
    "浏览次数", "访问次数", "阅读次数", "点击数", "点击量", "字体:", "字号:", "【字体",
    // attachments
    "附件:", "附件下载", "相关附件", "附件1", "附件2",
    // contacts
    "联系电话", "联系人", "联系方式", "咨询电话", "监督电话", "电话:", "传真:", "邮编:", "邮政编码",
    "电子邮箱", "邮箱:", "e-mail", "email", "地址:", "通讯地址",
    // links to other pages, sharing and printing
    "上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关信息", "相关文章", "相关阅读", "分享到",
    "扫一扫", "打印本页", "关闭窗口", "返回顶部", "今天是",
};

// Marks that only chrome holds, wherever they stand in the line.
// Counters an article page shows with a number after them (阅读 1.2万, 在看 86):
// a line that opens with one and its number is chrome.
inline constexpr std::string_view reader_counters[] = {"阅读", "浏览", "在看", "点赞", "访问量"};

inline constexpr std::string_view chrome_marks[] = {
    "icp备", "icp证", "公网安备", "网站标识码", "版权所有", "copyright", "©", "技术支持:", "网站地图",
    "浏览次数", "【字体", "扫一扫", "【打印", "【关闭", "【收藏", "无障碍浏览", "分辨率",
};

// Details of a site's footer that, beside 主办/承办, make the line a footer.
inline constexpr std::string_view footer_details[] = {
    "地址", "电话", "icp", "网站标识码", "版权", "邮编", "承办",
};

// ---------------------------------------------------------------------------
// Owners.

// Endings of organisations' names: 局 委 办 中心 公司 政府 街道 …
inline constexpr std::string_view unit_endings[] = {
    "局", "委", "办", "院", "中心", "公司", "集团", "政府", "街道", "镇", "乡", "部", "队", "会", "站", "所",
    "处", "室", "厅", "署", "馆", "团", "社", "联", "校", "台", "行", "园区", "管委会", "指挥部", "各镇街",
    "镇街", "村", "社区", "片区", "办事处", "机关", "组", "科", "区", "县", "市",
};

// ---------------------------------------------------------------------------
// Numbered bulletins: the sentences of an entry that tell its progress.

// Words that make a bulletin's sentence one about progress (anywhere in it).
inline constexpr std::string_view progress_sentence_words[] = {
    "已", "截至", "截止", "目前", "当前", "正在", "累计", "完成率", "进度", "完工", "推进"};
// Clause openers that speak of progress.
inline constexpr std::string_view progress_clause_openers[] = {"已", "现已", "截至", "截止", "目前", "当前", "正在", "累计", "完成"};

// ---------------------------------------------------------------------------
// Units.

// Units a number in a cell takes over from a unit column or header that are
// rates: money per person or period (元/人/月, 元/月/人).
bool is_rate_unit(std::string_view folded_unit) noexcept;

// ---------------------------------------------------------------------------
// Column names: headers of tables, and the labels of labelled blocks and
// bulletins (责任单位：…, 进展情况：…), which name the same parts.

struct ColumnName {
    std::string_view text;
    ColumnRole role;
};

// Whole names, tried first: they win over the parts below.
inline constexpr ColumnName exact_column_names[] = {
    {"序号", ColumnRole::seq}, {"序", ColumnRole::seq}, {"编号", ColumnRole::seq}, {"项次", ColumnRole::seq},
    {"单位", ColumnRole::unit}, {"计量单位", ColumnRole::unit}, {"项目", ColumnRole::name},
    {"类别", ColumnRole::category}, {"领域", ColumnRole::category}, {"分类", ColumnRole::category},
    {"类型", ColumnRole::category}, {"进度", ColumnRole::progress}, {"状态", ColumnRole::status},
    {"备注", ColumnRole::note}, {"说明", ColumnRole::note}, {"主办", ColumnRole::owners},
    {"协办", ColumnRole::cooperating}, {"配合", ColumnRole::cooperating}, {"已完成", ColumnRole::achieved},
    {"完成", ColumnRole::achieved}, {"实际", ColumnRole::achieved}, {"目标", ColumnRole::content},
};

// Parts of names, tried in order: the first that occurs in a name decides.
inline constexpr ColumnName column_name_parts[] = {
    // units, before the people that may share a name with them (责任单位及责任人)
    {"责任单位", ColumnRole::owners}, {"牵头单位", ColumnRole::owners}, {"责任部门", ColumnRole::owners},
    {"牵头部门", ColumnRole::owners}, {"主办单位", ColumnRole::owners}, {"承办单位", ColumnRole::owners},
    // people and contacts: never owners
    {"领导", ColumnRole::none}, {"联系人", ColumnRole::none}, {"电话", ColumnRole::none},
    {"责任人", ColumnRole::none}, {"负责人", ColumnRole::none}, {"分管", ColumnRole::none},
    {"填报", ColumnRole::none},
    // cooperating units: not owners
    {"配合", ColumnRole::cooperating}, {"协办", ColumnRole::cooperating}, {"协同", ColumnRole::cooperating},
    {"协助", ColumnRole::cooperating}, {"参与单位", ColumnRole::cooperating},
    // the schedule, not the progress
    {"预定进度", ColumnRole::schedule}, {"计划进度", ColumnRole::schedule}, {"时序进度", ColumnRole::schedule},
    {"序时进度", ColumnRole::schedule}, {"时间进度", ColumnRole::schedule}, {"是否达序", ColumnRole::schedule},
    {"是否滞后", ColumnRole::schedule}, {"是否序时", ColumnRole::schedule}, {"达序", ColumnRole::schedule},
    // rates of completion
    {"完成率", ColumnRole::rate}, {"完成比例", ColumnRole::rate}, {"完成百分比", ColumnRole::rate},
    {"之比", ColumnRole::rate}, {"实际进度", ColumnRole::rate}, {"进度(%)", ColumnRole::rate},
    {"当前进度", ColumnRole::rate}, {"完成进度", ColumnRole::rate}, {"工程进度", ColumnRole::rate},
    {"百分比", ColumnRole::rate}, {"形象进度", ColumnRole::rate},
    // achieved amounts
    {"已完成数", ColumnRole::achieved}, {"完成数", ColumnRole::achieved}, {"实际完成", ColumnRole::achieved},
    {"累计完成", ColumnRole::achieved}, {"完成投资", ColumnRole::achieved}, {"完成值", ColumnRole::achieved},
    {"完成量", ColumnRole::achieved},
    // owners
    {"责任", ColumnRole::owners}, {"牵头", ColumnRole::owners}, {"主办", ColumnRole::owners},
    {"承办", ColumnRole::owners}, {"实施单位", ColumnRole::owners}, {"执行单位", ColumnRole::owners},
    {"主体", ColumnRole::owners}, {"部门", ColumnRole::owners}, {"机关", ColumnRole::owners},
    {"主责", ColumnRole::owners},
    // status
    {"状态", ColumnRole::status}, {"是否完成", ColumnRole::status},
    // progress
    {"进展", ColumnRole::progress}, {"完成情况", ColumnRole::progress}, {"推进情况", ColumnRole::progress},
    {"实施情况", ColumnRole::progress}, {"落实情况", ColumnRole::progress}, {"执行情况", ColumnRole::progress},
    {"执行情形", ColumnRole::progress}, {"工作进度", ColumnRole::progress}, {"成效", ColumnRole::progress},
    {"进度", ColumnRole::progress},
    // names before contents: 施政计划名称 is a name
    {"名称", ColumnRole::name},
    // what is promised
    {"目标", ColumnRole::content}, {"内容", ColumnRole::content}, {"计划", ColumnRole::content},
    {"规模", ColumnRole::content},
    {"任务", ColumnRole::name}, {"指标", ColumnRole::name}, {"事项", ColumnRole::name},
    {"实事", ColumnRole::name},
    {"类别", ColumnRole::category}, {"领域", ColumnRole::category}, {"板块", ColumnRole::category},
    {"序号", ColumnRole::seq}, {"备注", ColumnRole::note},
};
// The parts searched in one walk over a name (column_role_of).
inline constexpr auto column_name_part_words = [] {
    std::array<std::string_view, std::size(column_name_parts)> words{};
    for (std::size_t k = 0; k < words.size(); ++k) words[k] = column_name_parts[k].text;
    return words;
}();
inline constexpr CueWords column_name_part_index{column_name_part_words};


// The role a header or label names, from its folded text without spaces and
// without a unit in brackets (城镇新增就业(人) → 城镇新增就业); none when unknown.
ColumnRole column_role_of(std::string_view squeezed_folded) noexcept;

// True when the text names a column at all, one jindu reads or not (联系人, 电话 …).
bool is_column_name(std::string_view squeezed_folded) noexcept;
// True when a column's name holds words of both roles (目标任务及进展情况:
// content and progress), as a column that holds both does.
bool names_both(std::string_view squeezed_folded, ColumnRole first, ColumnRole second) noexcept;

}  // namespace jindu::lexicon
