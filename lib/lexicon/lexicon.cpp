#include "lexicon/lexicon.hpp"

#include "common/utf8.hpp"
#include "lexicon/period.hpp"

#include <algorithm>

namespace jindu::lexicon {

std::string_view to_string(Cue cue) noexcept {
    switch (cue) {
    case Cue::done: return "done";
    case Cue::started: return "started, not achieved";
    case Cue::ongoing: return "work going on, not achieved";
    case Cue::remaining: return "remaining, not achieved";
    case Cue::postponed: return "put off, not achieved";
    case Cue::planned: return "planned, not achieved";
    case Cue::applied: return "applied for or surveyed, not achieved";
    case Cue::preparatory: return "a step before the work, not achieved";
    case Cue::scope: return "a size, not work done";
    case Cue::partial: return "the main structure only, not achieved";
    case Cue::found: return "cases found, not work delivered";
    case Cue::compared: return "a difference from another figure";
    case Cue::side_percent: return "not a progress percent";
    case Cue::progress_percent: return "progress";
    }
    return "";
}

namespace {

bool starts_with_any(std::string_view text, std::span<const std::string_view> words) noexcept {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.starts_with(w); });
}

}  // namespace

std::optional<Says> status_cell_says(std::string_view cell) noexcept {
    cell = utf8::trim(cell);
    if (cell.empty()) return std::nullopt;
    if (contains_any(cell, {"超额", "超计划", "超目标", "超任务"})) return Says::exceeded;
    if (contains_any(cell, {"未启动", "未开工", "未开始", "未实施"})) return Says::not_started;
    if (contains_any(cell, {"未完成", "序时", "滞后", "推进", "进行", "在建", "正在", "暂缓", "顺延", "延期", "未达"}))
        return Says::in_progress;
    if (contains_any(cell, {"完成", "竣工", "完工", "达标", "达到目标", "已达", "建成"})) return Says::completed;
    return std::nullopt;
}

bool says_nothing(std::string_view t) noexcept {
    // Nothing but dashes, slashes and white space, or a word for "none".
    bool marks_only = true;
    for (std::size_t i = 0; i < t.size() && marks_only;) {
        const char32_t cp = utf8::next(t, i);
        marks_only = utf8::is_space(cp) || cp == U'-' || cp == U'—' || cp == U'－' || cp == U'–' || cp == U'/' ||
                     cp == U'／' || cp == U'…' || cp == U'。' || cp == U'.' || cp == U'、';
    }
    if (marks_only) return true;
    constexpr std::string_view none[] = {"无", "暂无", "暂无数据", "无进展", "未填报", "未报送"};
    return std::find(std::begin(none), std::end(none), t) != std::end(none);
}

bool names_whole_item(std::string_view folded) noexcept {
    return std::find(std::begin(whole_item_names), std::end(whole_item_names), folded) != std::end(whole_item_names);
}

bool opens_note(std::string_view folded) noexcept { return starts_with_any(folded, note_openers); }

bool is_total(std::string_view folded) noexcept {
    constexpr std::size_t longest = std::max_element(std::begin(total_words), std::end(total_words),
                                                     [](auto a, auto b) { return a.size() < b.size(); })->size();
    std::string squeezed;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t start = i;
        if (!utf8::is_space(utf8::next(folded, i))) squeezed.append(folded.substr(start, i - start));
        if (squeezed.size() > longest) return false;  // a line of prose is no sum's name
    }
    return std::find(std::begin(total_words), std::end(total_words), squeezed) != std::end(total_words);
}

bool is_rate_unit(std::string_view unit) noexcept {
    // 元/人/月, 元/月/人, 元/人·月, 元每人: money measured per person or period.
    const auto money = unit.find("元");
    if (money == std::string_view::npos) return false;
    const auto rest = unit.substr(money + 3);
    return rest.starts_with("/") || rest.starts_with("每") || unit.starts_with("每");
}

namespace {

// The index of the first of column_name_parts, in their order, that occurs in
// text; past the end when none does.
std::size_t first_column_name_part(std::string_view text) noexcept {
    std::size_t first = std::size(column_name_parts);
    column_name_part_index.for_each_in(text, [&](std::size_t k, std::size_t) { first = std::min(first, k); });
    return first;
}

}  // namespace

ColumnRole column_role_of(std::string_view text) noexcept {
    if (text.empty()) return ColumnRole::none;
    const auto exact = [](std::string_view t) -> std::optional<ColumnRole> {
        for (const auto& c : exact_column_names)
            if (t == c.text) return c.role;
        return std::nullopt;
    };
    if (const auto open = text.find('('); open != std::string_view::npos && open > 0)
        if (const auto role = exact(text.substr(0, open))) return *role;
    if (const auto role = exact(text)) return *role;
    // A period before a name (1-7月完成, 上半年完成) names the column as the name alone does.
    if (const auto period = find_period(text);
        period && text.size() > period->text.size() && text.starts_with(period->text))
        if (const auto role = exact(text.substr(period->text.size()))) return *role;
    const std::size_t part = first_column_name_part(text);
    return part < std::size(column_name_parts) ? column_name_parts[part].role : ColumnRole::none;
}

bool names_both(std::string_view text, ColumnRole first, ColumnRole second) noexcept {
    bool has_first = false, has_second = false;
    column_name_part_index.for_each_in(text, [&](std::size_t k, std::size_t) {
        const ColumnRole role = column_name_parts[k].role;
        has_first = has_first || role == first;
        has_second = has_second || role == second;
    });
    return has_first && has_second;
}

bool is_column_name(std::string_view text) noexcept {
    // A column's name is a few words (2024年1-10月推进情况(%) at most), never
    // a cell's sentence: long texts are not looked up.
    constexpr std::size_t longest_name = 3 * 24;
    if (text.empty() || text.size() > longest_name) return false;
    // A part of role none (联系人) names a column too.
    return column_role_of(text) != ColumnRole::none || first_column_name_part(text) < std::size(column_name_parts);
}

}  // namespace jindu::lexicon
