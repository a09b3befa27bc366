// A comparison as an HTML page: the dashboard of what changed between two
// reports, built of the report dashboard's pieces (write/html_parts.hpp).
#include <jindu/compare.hpp>

#include "write/escape.hpp"
#include "write/html_parts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace jindu {

namespace {

using write::Filter;
using write::append_number;
using write::category_of;
using write::chip;
using write::completion_of;
using write::label;
using write::name_of;
using write::text;
using write::uncategorised;
using write::when_of;

// What a reader sees for where an item went: the name in the page's
// fragment (a movement, or added and dropped for an item of one report
// alone), the word, and the sort rank (the items furthest behind first).
struct ChangeLabel {
    std::string_view name;
    std::string_view word;
    int rank;
};

// In the order of the filter, the movements as jindu.compare/1 lists them.
constexpr std::array<ChangeLabel, 8> change_labels{{
    {"completed", "新完成", 4},
    {"advanced", "有进展", 3},
    {"stalled", "无进展", 1},
    {"regressed", "倒退", 0},
    {"already_completed", "此前已完成", 5},
    {"unknown", "进展不明", 2},
    {"added", "新增", 6},
    {"dropped", "未再列出", 7},
}};

const ChangeLabel& change_label(std::string_view name) {
    for (const ChangeLabel& l : change_labels)
        if (l.name == name) return l;
    return change_labels[5];  // unknown
}

// One line of the page: a pair, or an item of one report alone.
struct Line {
    const Item* older = nullptr;  // null for an added item
    const Item* newer = nullptr;  // null for a dropped item
    const ItemPair* pair = nullptr;
    std::string_view change;  // a movement, "added" or "dropped"

    // The item as it stands: NEW's, or OLD's for a dropped one.
    const Item& shown() const { return newer ? *newer : *older; }
};

// The lines in the order of the JSON: the pairs, the dropped, the added items.
std::vector<Line> lines_of(const Report& older, const Report& newer, const Comparison& comparison) {
    std::vector<Line> lines;
    lines.reserve(comparison.pairs.size() + comparison.dropped.size() + comparison.added.size());
    for (const ItemPair& pair : comparison.pairs)
        lines.push_back({&older.items[pair.old_item], &newer.items[pair.new_item], &pair, to_string(pair.movement)});
    for (std::size_t i : comparison.dropped) lines.push_back({&older.items[i], nullptr, nullptr, "dropped"});
    for (std::size_t j : comparison.added) lines.push_back({nullptr, &newer.items[j], nullptr, "added"});
    return lines;
}

// An amount as "120 间" or "96.1%", "?" for a value that is no number.
void amount(std::string& out, double value, std::string_view unit) {
    if (!append_number(out, value)) out += '?';
    if (unit.empty()) return;
    if (unit != "%") out += ' ';
    text(out, unit);
}

// A change with its sign and a class for its direction: "+180 间", "-5 个百分点".
void signed_change(std::string& out, double change, std::string_view unit) {
    if (change == 0) {
        amount(out, 0, unit);
        return;
    }
    out += change > 0 ? "<span class=\"up\">+" : "<span class=\"down\">";
    amount(out, change, unit);
    out += "</span>";
}

// ` data-sort="V"`, or data-sort="" (sorted last) without a value.
void sort_key(std::string& out, std::optional<double> value) {
    out += " data-sort=\"";
    if (value && std::isfinite(*value)) append_number(out, *value);
    out += '"';
}

// The targets as written, joined with "；".
std::string targets_text(const Item& item) {
    std::string out;
    for (const Amount& a : item.targets) {
        if (!out.empty()) out += "；";
        if (!a.quantity.text.empty()) out += a.quantity.text;
        else if (!append_number(out, a.quantity.value)) out += '?';
    }
    return out;
}

// A status cell: the chip, or a tag for the report the item is not in.
void status_cell(std::string& out, const Item* item, std::string_view missing) {
    out += "<td class=\"status\"";
    if (item) {
        out += " data-sort=\"";
        append_number(out, static_cast<std::size_t>(label(item->status).behind));
        out += "\">";
        chip(out, item->status);
    } else {
        out += " data-sort=\"\"><span class=\"tag\">";
        out += missing;
        out += "</span>";
    }
    out += "</td>";
}

// The achieved amounts of a pair per unit, one line each: OLD's (side 0),
// NEW's (1) or the change (2); "—" where there is none. Empty for an item of
// one report alone.
void achieved_cell(std::string& out, const ItemPair* pair, int side) {
    const auto value = [side](const AchievedChange& c) {
        return side == 0 ? c.old_value : side == 1 ? c.new_value : c.change;
    };
    out += "<td class=\"num\"";
    sort_key(out, pair && !pair->achieved.empty() ? value(pair->achieved.front()) : std::nullopt);
    out += '>';
    if (pair) {
        bool first = true;
        for (const AchievedChange& c : pair->achieved) {
            if (!first) out += "<br>";
            first = false;
            const std::optional<double> v = value(c);
            if (!v || !std::isfinite(*v)) out += "<span class=\"none\">—</span>";
            else if (side == 2) signed_change(out, *v, c.unit);
            else amount(out, *v, c.unit);
        }
    }
    out += "</td>";
}

// A completion cell, its bar coloured by that side's status; empty for the
// report the item is not in.
void completion_cell(std::string& out, const Item* item) {
    out += "<td class=\"completion\"";
    if (!item) {
        out += " data-sort=\"\"></td>";
        return;
    }
    out += " data-status=\"";
    out += to_string(item->status);
    out += '"';
    sort_key(out, completion_of(*item));
    out += '>';
    write::bar(out, completion_of(*item));
    out += "</td>";
}

// The change of completion in percentage points: "+60 个百分点".
void completion_change_cell(std::string& out, const ItemPair* pair) {
    const std::optional<double> change =
        pair && pair->completion_change && std::isfinite(*pair->completion_change) ? pair->completion_change
                                                                                   : std::nullopt;
    out += "<td class=\"num\"";
    sort_key(out, change);
    out += '>';
    if (change) signed_change(out, std::round(*change * 100), "个百分点");
    else if (pair) out += "<span class=\"none\">—</span>";
    out += "</td>";
}

// One table row; order is its place in the JSON, to restore after sorting.
void line_row(std::string& out, const Line& line, std::size_t order) {
    const Item& item = line.shown();
    out += "<tr class=\"item\" data-change=\"";
    out += line.change;
    out += '"';
    if (line.older) {
        out += " data-from=\"";
        out += to_string(line.older->status);
        out += '"';
    }
    if (line.newer) {
        out += " data-status=\"";
        out += to_string(line.newer->status);
        out += '"';
    }
    out += " data-order=\"";
    append_number(out, order);
    out += '"';
    if (line.older) {
        out += " data-old-row=\"";
        append_number(out, line.older->row);
        out += '"';
    }
    if (line.newer) {
        out += " data-new-row=\"";
        append_number(out, line.newer->row);
        out += '"';
    }
    out += "><td class=\"seq\">";
    if (item.seq) text(out, *item.seq);
    out += "</td><td class=\"content\">";
    text(out, item.content);
    if (line.pair && line.pair->target_changed) {
        out += "<span class=\"target-change\">目标 ";
        text(out, targets_text(*line.older));
        out += " → ";
        text(out, targets_text(*line.newer));
        out += "</span>";
    }
    out += "</td><td class=\"owners\">";
    for (const std::string& owner : item.owners) {
        out += "<span class=\"owner\">";
        text(out, owner);
        out += "</span>";
    }
    const ChangeLabel& change = change_label(line.change);
    out += "</td><td class=\"change\" data-sort=\"";
    append_number(out, static_cast<std::size_t>(change.rank));
    out += "\"><span class=\"move move-";
    out += change.name;
    out += "\">";
    out += change.word;
    out += "</span></td>";
    status_cell(out, line.older, "新增");
    status_cell(out, line.newer, "未再列出");
    for (int side = 0; side < 3; ++side) achieved_cell(out, line.pair, side);
    completion_cell(out, line.older);
    completion_cell(out, line.newer);
    completion_change_cell(out, line.pair);
    out += "</tr>\n";
}

// The column heads; data-key names a column in the fragment (#sort=completion_change).
constexpr std::string_view table_head =
    "<thead><tr><th data-key=\"seq\">序号</th><th data-key=\"content\">项目内容</th>"
    "<th data-key=\"owners\">责任单位</th><th data-key=\"change\">变化</th>"
    "<th data-key=\"from\">原状态</th><th data-key=\"status\">现状态</th>"
    "<th data-key=\"old_achieved\">原完成量</th><th data-key=\"achieved\">现完成量</th>"
    "<th data-key=\"achieved_change\">完成量增减</th><th data-key=\"old_completion\">原完成度</th>"
    "<th data-key=\"completion\">现完成度</th><th data-key=\"completion_change\">完成度增减</th>"
    "</tr></thead>\n";

// A count that links to the view of what it counts: "新增 <strong>3</strong> 项".
void count_item(std::string& out, std::string_view name, std::string_view word, std::size_t n,
                std::string_view fragment) {
    out += "<li data-count=\"";
    out += name;
    out += "\">";
    if (!fragment.empty()) {
        out += "<a href=\"#";
        text(out, fragment);
        out += "\">";
    }
    out += word;
    out += " <strong class=\"count\">";
    append_number(out, n);
    out += "</strong> 项";
    if (!fragment.empty()) out += "</a>";
    out += "</li>";
}

// The counts of the comparison: pairs, added and dropped items and status
// changes; the pairs by movement; and each change of status with its pairs.
void change_summary(std::string& out, const std::vector<Line>& lines, const Comparison& comparison) {
    const CompareSummary& s = comparison.summary;
    std::map<std::pair<Status, Status>, std::size_t> transitions;
    std::size_t status_changed = 0;
    for (const Line& line : lines) {
        if (!line.pair || line.older->status == line.newer->status) continue;
        ++transitions[{line.older->status, line.newer->status}];
        ++status_changed;
    }
    out += "<div class=\"summary changes-summary\"><ul class=\"counts\">";
    count_item(out, "matched", "匹配", s.matched, "");
    count_item(out, "added", "新增", s.added, "change=added");
    count_item(out, "dropped", "未再列出", s.dropped, "change=dropped");
    count_item(out, "status_changed", "状态变化", status_changed, "");
    out += "</ul>\n<ul class=\"counts movements\">";
    for (Movement movement : {Movement::completed, Movement::advanced, Movement::stalled, Movement::regressed,
                              Movement::already_completed, Movement::unknown}) {
        const ChangeLabel& l = change_label(to_string(movement));
        out += "<li data-change=\"";
        out += l.name;
        out += "\"><a href=\"#change=";
        out += l.name;
        out += "\"><span class=\"move move-";
        out += l.name;
        out += "\">";
        out += l.word;
        out += "</span> <strong class=\"count\">";
        append_number(out, s.movement[movement]);
        out += "</strong></a></li>";
    }
    out += "</ul>\n";
    if (!transitions.empty()) {
        // The most frequent first, then in the order of the statuses.
        std::vector<std::pair<std::pair<Status, Status>, std::size_t>> list(transitions.begin(), transitions.end());
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        out += "<table class=\"transitions\"><thead><tr><th>原状态</th><th></th><th>现状态</th><th>项目</th>"
               "</tr></thead><tbody>\n";
        for (const auto& [from_to, n] : list) {
            const auto [from, to] = from_to;
            out += "<tr data-from=\"";
            out += to_string(from);
            out += "\" data-to=\"";
            out += to_string(to);
            out += "\"><td>";
            chip(out, from);
            out += "</td><td class=\"arrow\">→</td><td>";
            chip(out, to);
            out += "</td><td class=\"num\"><a href=\"#from=";
            out += to_string(from);
            out += "&amp;status=";
            out += to_string(to);
            out += "\">";
            append_number(out, n);
            out += "</a></td></tr>\n";
        }
        out += "</tbody></table>\n";
    }
    out += "</div>\n";
}

// The lines of each category, the categories in order of appearance.
using Categories = std::vector<std::pair<std::string_view, std::vector<std::size_t>>>;

Categories by_category(const std::vector<Line>& lines) {
    Categories categories;
    std::map<std::string_view, std::size_t> index;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string_view category = category_of(lines[k].shown());
        const auto [at, added] = index.try_emplace(category, categories.size());
        if (added) categories.emplace_back(category, std::vector<std::size_t>{});
        categories[at->second].second.push_back(k);
    }
    return categories;
}

// The filters: change, old and new status, category and owner.
void filters(std::string& out, const std::vector<Line>& lines, const Categories& categories) {
    std::set<std::string_view> owners;
    for (const Line& line : lines) owners.insert(line.shown().owners.begin(), line.shown().owners.end());
    std::array<Filter, 5> selects{Filter{"change", "变化", {}}, write::status_filter("from", "原状态"),
                                  write::status_filter("status", "现状态"), Filter{"category", "类别", {}},
                                  Filter{"owner", "责任单位", {}}};
    for (const ChangeLabel& l : change_labels) selects[0].choices.emplace_back(l.name, l.word);
    for (const auto& [category, members] : categories)
        selects[3].choices.emplace_back(category, category.empty() ? uncategorised : category);
    for (std::string_view owner : owners) selects[4].choices.emplace_back(owner, owner);
    write::filter_form(out, selects, "项目或单位");
}

}  // namespace

void write_compare_html(std::string& out, const Report& old_report, const Report& new_report,
                        const Comparison& comparison) {
    const std::vector<Line> lines = lines_of(old_report, new_report, comparison);
    std::string title = "进展对比：";
    title += name_of(old_report);
    title += " → ";
    title += name_of(new_report);
    write::page_begin(out, title);
    const std::array<const Report*, 2> reports{&old_report, &new_report};
    const std::array<std::string_view, 2> labels{"原报告", "新报告"};
    write::reports_table(out, reports, labels, false);
    change_summary(out, lines, comparison);
    out += "</header>\n";
    const Categories categories = by_category(lines);
    filters(out, lines, categories);
    out += "<main>\n<section class=\"changes\">\n";
    if (lines.empty()) out += "<p class=\"empty\">两份报告都没有读出项目。</p>\n";
    // A table per category; the lines of each in order.
    for (const auto& [category, members] : categories) {
        out += "<div class=\"category\" data-category=\"";
        text(out, category);
        out += "\"><h3>";
        text(out, category.empty() ? uncategorised : category);
        out += " <span class=\"meta\">";
        append_number(out, members.size());
        out += " 项</span></h3>\n<table class=\"changes\">";
        out += table_head;
        out += "<tbody class=\"items\">\n";
        for (std::size_t k : members) line_row(out, lines[k], k);
        out += "</tbody></table></div>\n";
    }
    out += "<p class=\"none-shown\" hidden>没有符合筛选条件的项目。</p></section>\n";
    write::page_end(out);
}

}  // namespace jindu
