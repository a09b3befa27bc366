// Roles of quantities: targets in the content, achieved amounts and progress
// percents in the progress text, and what is neither.
#include "common/utf8.hpp"
#include "extract/rules.hpp"
#include "lex/scan.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::extraction {

namespace {

// Verbs and fillers that lead a noun phrase before a number: 新建停车位 5000 个 → 停车位.
constexpr std::string_view leading_words[] = {
    "为全区", "为", "对", "向", "新投用", "投用", "新建成", "新建", "新增", "新配置", "配置",
    "建设", "筹集", "已完成", "完成", "打通", "打造", "实现", "整改", "实质性解危", "提供",
    "惠及", "已建设", "已建成", "建成", "已", "累计", "共", "全区", "开展", "改造", "推进",
    "帮助", "服务", "培训", "发放", "新开工", "开工", "完工", "竣工", "提升", "改扩建", "扩建", "年内",
    "全年", "力争", "确保", "其中", "、", "，",
};
// Words that end the phrase before a number: 参保人数达 80 万人 → 参保人数.
constexpr std::string_view trailing_words[] = {
    "已达到", "已达", "达到", "达", "为", "至", "约", "共", "计", "累计", "超过", "不少于", "不低于",
    "保持在", "在", "近", "已有", "已", "提供", "前",
};
// Verbs after a noun that follows the number: 750 个教室安装空调 → 教室.
constexpr std::string_view following_verbs[] = {
    "提供", "安装", "改造", "建设", "实施", "开展", "进行", "完成", "投入", "的",
};

// s.starts_with(w) and s.ends_with(w), testing w's last byte first: these run for
// every word of a list at every amount, and nearly all fail on that byte.
bool begins_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && s[w.size() - 1] == w.back() && s.starts_with(w);
}
bool ends_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && s.back() == w.back() && s.ends_with(w);
}

std::size_t skip_spaces(std::string_view view, std::size_t i, std::size_t end) {
    while (i < end) {
        std::size_t next = i;
        if (!utf8::is_space(utf8::next(view, next))) break;
        i = next;
    }
    return i;
}

std::size_t trim_end(std::string_view view, std::size_t begin, std::size_t end) {
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(view[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!utf8::is_space(utf8::next(view, i))) break;
        end = start;
    }
    return end;
}

// What a target or achieved amount counts: the noun phrase before it in its
// clause, or else the one after it.
// `floor` is the end of the previous amount: 资助参保 100%、医疗救助政策落实率 100%.
// `segs` are the segments of the view.
std::string subject_of(const AlignedText& text, std::span<const Span> segs, std::size_t q_begin, std::size_t q_end,
                       std::size_t floor) {
    const auto view = text.view();
    Span seg{0, view.size()};
    for (const auto& s : segs)
        if (s.contains(q_begin)) seg = s;
    const Span clause = text.clause_around(seg, q_begin);

    std::size_t b = skip_spaces(view, std::max(clause.begin, std::min(floor, q_begin)), q_begin);
    if (view.substr(b, 3) == "、") b = skip_spaces(view, b + 3, q_begin);
    std::size_t e = trim_end(view, b, q_begin);
    for (bool changed = true; changed && b < e;) {
        changed = false;
        for (auto w : leading_words) {
            if (begins_with(view.substr(b, e - b), w)) {
                b = skip_spaces(view, b + w.size(), e);
                changed = true;
                break;
            }
        }
    }
    for (bool changed = true; changed && b < e;) {
        changed = false;
        for (auto w : trailing_words) {
            const auto part = view.substr(b, e - b);
            if (ends_with(part, w)) {
                e = trim_end(view, b, e - w.size());
                changed = true;
                break;
            }
        }
    }
    if (b < e) return text.original_span(b, e);

    // Nothing before the number: the noun after it, up to a verb.
    b = skip_spaces(view, q_end, clause.end);
    e = clause.end;
    std::size_t cut = e;
    for (auto w : following_verbs) {
        const auto at = view.substr(b, e - b).find(w);
        if (at != std::string_view::npos) cut = std::min(cut, b + at);
    }
    e = trim_end(view, b, cut);
    return b < e ? text.original_span(b, e) : std::string();
}

bool is_percent(const Quantity& q) { return q.kind == Kind::percent; }

// Quantities of kinds that never count towards a target.
bool is_side_kind(const Quantity& q) { return q.kind == Kind::percentage_point; }

constexpr std::string_view bounds[] = {"以上", "以下", "超过", "不低于", "不超过", "以内", "不少于", "高于", "低于"};
constexpr CueWords bound_words{bounds};

// 70 周岁以上老人, 5 万元以上高额费用: a bound followed by the noun it limits.
bool is_threshold(const AlignedText& text, const Quantity& q) {
    if (q.kind == Kind::age) return true;
    if (is_percent(q)) return false;
    const auto view = text.view();
    const auto span = view.substr(q.begin, q.end - q.begin);
    const std::size_t lead = q.begin >= 12 ? q.begin - 12 : 0;
    if (!contains_any(span, bounds) && last_of(view, lead, q.begin, bound_words) == std::string_view::npos) return false;
    // Followed by a noun (or 的), not by the end of the phrase.
    const std::size_t at = skip_spaces(view, q.end, view.size());
    return !is_phrase_end(after(view, at));
}

// Work that is started, planned, remaining or applied for: never achieved.
constexpr std::string_view unfinished_cues[] = {
    "开工", "在建", "正在", "施工中", "其余", "剩余", "预计", "拟", "计划", "申请", "收到", "报名",
    "名额", "招标", "启动", "安排", "尚未", "未", "待", "需", "将", "争取", "力争", "排查", "摸排",
    "排摸", "梳理", "涉及", "分配", "意向", "签约", "储备", "含", "包括", "选址", "立项",
    "设计", "评估", "审批", "前期", "谋划", "结顶",
};
// Work done, delivered, served or disbursed.
constexpr std::string_view done_cues[] = {
    "已完成", "完成", "建成", "完工", "竣工", "投用", "投入使用", "新增", "惠及", "发放", "累计",
    "已达", "达到", "已建设", "筹集", "改造", "已", "实现", "服务", "救助", "资助", "受益", "覆盖",
    "新建", "提供", "帮扶", "解决", "培训", "开展", "举办", "共", "交付", "通车", "建设", "到位",
    "安装", "配备", "设立", "建立", "落地", "筛查", "体检", "救治", "招录", "吸纳",
};
// Plans and aims: what follows them is not done yet.
constexpr std::string_view planned_cues[] = {"预计", "计划", "拟", "力争", "争取", "将于", "确保", "预期"};
// Words right after an amount that show it is not done: 16 幢完成或正在解危.
constexpr std::string_view unfinished_after[] = {"正在", "在建", "施工", "推进中", "未"};

// Percents that are not progress: schedule benchmarks, shares, growth.
constexpr std::string_view side_percent_cues[] = {
    "时序进度", "序时进度", "时间进度", "占比", "比重", "同比", "环比", "增长", "下降", "增幅",
    "降幅", "提高", "降低", "上升", "减少", "增加",
};
// Percents that measure progress or completion.
constexpr std::string_view progress_percent_cues[] = {
    "完成率", "进度", "完成", "占年度", "年度目标", "总工程量", "工程量", "目标任务", "年度任务",
    "计划的", "任务的",
};

constexpr CueWords unfinished_words{unfinished_cues};
constexpr CueWords done_words{done_cues};
constexpr CueWords planned_words{planned_cues};
constexpr CueWords unfinished_after_words{unfinished_after};
constexpr CueWords side_percent_words{side_percent_cues};
constexpr CueWords progress_percent_words{progress_percent_cues};
constexpr std::string_view rate_suffix[] = {"率"};
constexpr CueWords rate_words{rate_suffix};

// 每人每月补助 50 元: a money amount per person or per period, written apart from its 每.
bool is_per_unit(const AlignedText& text, const Quantity& q) {
    if (q.kind != Kind::money) return false;
    const auto view = text.view();
    const std::size_t lead = q.begin >= 24 ? q.begin - 24 : 0;
    std::size_t start = lead;
    // Stay inside the clause.
    for (auto mark : {"，", "。", "；", ",", ";"}) {
        const auto at = view.substr(lead, q.begin - lead).rfind(mark);
        if (at != std::string_view::npos) start = std::max(start, lead + at + std::string_view(mark).size());
    }
    return view.substr(start, q.begin - start).find("每") != std::string_view::npos;
}

Role classify_progress_quantity(const AlignedText& text, const Quantity& q, const Span& seg, bool percent_targets) {
    const auto view = text.view();
    if (q.kind == Kind::rate || is_per_unit(text, q)) return Role::rate;
    if (is_side_kind(q)) return Role::other;
    if (is_threshold(text, q)) return Role::threshold;
    const Span clause = text.clause_around(seg, q.begin);
    if (text.inside_brackets(seg, q.begin)) return Role::other;

    if (is_percent(q)) {
        if (last_of(view, clause.begin, q.begin, side_percent_words) != std::string_view::npos) return Role::other;
        // 合格率 98.4%, 医疗救助率 100%: a rate achieved, unless it is the 完成率.
        std::size_t cue = std::string_view::npos;
        const auto progress_end = last_of(view, clause.begin, q.begin, progress_percent_words, &cue);
        const auto rate_end = last_of(view, clause.begin, q.begin, rate_words);
        const bool completion_rate = rate_end != std::string_view::npos && rate_end >= 9 &&
                                     view.substr(rate_end - 9, 9) == "完成率";
        if (rate_end != std::string_view::npos && !completion_rate &&
            (progress_end == std::string_view::npos || rate_end >= progress_end))
            return Role::achieved;
        if (progress_end != std::string_view::npos) return Role::percent;
        return percent_targets ? Role::achieved : Role::percent;
    }

    // Counts and measures: the nearest cue before the amount decides.
    std::size_t done_start = 0, unfinished_start = 0;
    const auto done = last_of(view, clause.begin, q.begin, done_words, &done_start);
    const auto unfinished = last_of(view, clause.begin, q.begin, unfinished_words, &unfinished_start);
    const std::size_t after_end = std::min(clause.end, q.end + 24);
    if (last_of(view, q.end, after_end, unfinished_after_words) != std::string_view::npos) return Role::other;
    // A plan anywhere before the amount makes it planned: 预计 6 月底前完成 20 座.
    if (last_of(view, clause.begin, q.begin, planned_words) != std::string_view::npos) return Role::other;
    if (done == std::string_view::npos) {
        // 16 幢完成: the verb after the amount.
        // 1所主体工程完成70%: a percent after the verb says it is not done.
        const auto following = view.substr(q.end, after_end - q.end);
        const auto rest = view.substr(q.end, clause.end - q.end);
        if (contains_any(following, {"完成", "建成", "完工", "竣工", "投用", "投入使用"}) &&
            unfinished == std::string_view::npos && rest.find('%') == std::string_view::npos &&
            rest.find("百分之") == std::string_view::npos)
            return Role::achieved;
        return Role::other;
    }
    if (unfinished != std::string_view::npos && unfinished_start >= done_start) return Role::other;
    return Role::achieved;
}

// The sub-item a progress percent measures: the name that opens its segment,
// up to the first of these words.
constexpr std::string_view of_enders[] = {"：", ":", "已", "当前", "目前", "完成", "正在",
                                          "进度", "，", ",", "累计", "总体", "整体", "占"};
constexpr CueWords of_ender_words{of_enders};

std::size_t of_end(std::string_view view, const Span& seg, std::size_t q_begin) {
    if (q_begin <= seg.begin) return q_begin;
    return std::min(q_begin, of_ender_words.first_in(view, seg.begin, q_begin));
}

std::string strip_brackets(std::string s) {
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
        for (auto at = s.find(open); at != std::string::npos; at = s.find(open)) {
            auto end = s.find(close, at);
            if (end == std::string::npos) {
                s.erase(at);
                break;
            }
            s.erase(at, end + close.size() - at);
        }
    }
    return std::string(utf8::trim(s));
}

// A unit from a unit column or a header: folded (个（村） → 个(村)) and given the
// kind the lexer gives it after a number.
void apply_column_unit(Quantity& q, std::string_view column_unit) {
    if (!q.unit.empty() || column_unit.empty()) return;
    q.unit = matching_view(utf8::trim(column_unit));
    if (q.kind != Kind::other) return;
    const auto probe = scan("1" + q.unit);
    if (!probe.empty() && !probe.front().unit.empty() && q.unit.rfind(probe.front().unit, 0) == 0)
        q.kind = probe.front().kind;
}

}  // namespace

bool same_unit(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const auto person = [](std::string_view u) { return u == "人" || u == "名"; };
    return person(a) && person(b);
}

Amount make_amount(const Quantity& q, const AlignedText& text, std::string_view field, Role role) {
    Amount a;
    a.quantity = q;
    a.quantity.begin = text.to_original(q.begin);
    a.quantity.end = text.to_original(q.end);
    a.quantity.text = text.original_span(q.begin, q.end);
    a.role = role;
    a.field = std::string(field);
    return a;
}

void read_targets(const AlignedText& content, std::string_view column_unit, Reading& reading) {
    const auto& segs = content.segments();
    std::size_t previous_end = 0;
    for (Quantity q : content.quantities()) {
        apply_column_unit(q, column_unit);
        Role role = Role::target;
        if (q.kind == Kind::rate || is_per_unit(content, q)) role = Role::rate;
        else if (is_side_kind(q)) role = Role::other;
        else if (is_threshold(content, q)) role = Role::threshold;
        else if (q.unit.empty() && q.kind == Kind::other) role = Role::other;
        Amount a = make_amount(q, content, "content", role);
        if (role == Role::target) {
            a.subject = subject_of(content, segs, q.begin, q.end, previous_end);
            reading.targets.push_back(std::move(a));
        } else {
            reading.others.push_back(std::move(a));
        }
        previous_end = q.end;
    }
}

void read_progress(const AlignedText& progress, Reading& reading) {
    const auto view = progress.view();
    if (view.empty()) return;
    const bool percent_targets = std::any_of(reading.targets.begin(), reading.targets.end(),
                                             [](const Amount& t) { return t.quantity.kind == Kind::percent; });
    const auto& segs = progress.segments();
    std::size_t previous_end = 0;
    for (const Quantity& q : progress.quantities()) {
        Span seg{0, view.size()};
        for (const auto& s : segs)
            if (s.contains(q.begin)) seg = s;
        const Role role = classify_progress_quantity(progress, q, seg, percent_targets);
        Amount a = make_amount(q, progress, "progress", role);
        if (role == Role::percent) {
            // of: the sub-item named at the start of the percent's clause (土建已完工，
            // 设备安装完成70%), or else at the start of its segment (鱼鳞泱河已复工，当前进度 75%).
            const Span clause = progress.clause_around(seg, q.begin);
            const Span own{clause.begin, seg.end};
            std::size_t name_begin = own.begin;
            std::size_t name_end = of_end(view, own, q.begin);
            if (utf8::trim(view.substr(name_begin, name_end - name_begin)).empty()) {
                name_begin = seg.begin;
                name_end = of_end(view, seg, q.begin);
            }
            std::string of = strip_brackets(progress.original_span(name_begin, name_end));
            for (std::string_view generic : {"目前", "当前", "项目", "整体", "总体", "工程", "全区", "截至目前"})
                if (of == generic) of.clear();
            // A name holds no figure and is no date: not 新增泊位 3120 个, not 截至 10 月底.
            const std::string folded_of = matching_view(of);
            if (folded_of.find_first_of("0123456789") != std::string::npos || folded_of.rfind("截至", 0) == 0 ||
                folded_of.rfind("截止", 0) == 0)
                of.clear();
            a.subject = of;
            const std::size_t from = std::max(clause.begin, name_end);
            a.quantity.text = progress.original_span(from, q.end);
            a.quantity.begin = progress.to_original(from);
            reading.percents.push_back(std::move(a));
        } else if (role == Role::achieved) {
            a.subject = subject_of(progress, segs, q.begin, q.end, previous_end);
            reading.achieved.push_back(std::move(a));
        } else {
            reading.others.push_back(std::move(a));
        }
        previous_end = q.end;
    }
}

void read_rate_cell(const AlignedText& rate, Reading& reading) {
    for (Quantity q : rate.quantities()) {
        if (q.kind != Kind::percent && q.unit.empty()) {
            // A bare number in a 完成率 column: a ratio ≤ 1.5 is a fraction, else percent points.
            if (q.value <= 1.5 && rate.view().find('.') != std::string_view::npos) q.value *= 100;
            q.unit = "%";
            q.kind = Kind::percent;
        }
        Amount a = make_amount(q, rate, "rate", q.kind == Kind::percent ? Role::percent : Role::other);
        (a.role == Role::percent ? reading.percents : reading.others).push_back(std::move(a));
    }
}

void read_achieved_cell(const AlignedText& achieved, std::string_view column_unit, Reading& reading) {
    for (Quantity q : achieved.quantities()) {
        apply_column_unit(q, column_unit);
        if (q.kind == Kind::other && !q.unit.empty()) {
            // Borrow the kind of the target with the same unit.
            for (const auto& t : reading.targets)
                if (same_unit(t.quantity.unit, q.unit)) q.kind = t.quantity.kind;
        }
        reading.achieved.push_back(make_amount(q, achieved, "achieved", Role::achieved));
    }
}

}  // namespace jindu::extraction
