#include <jindu/write.hpp>

#include "write/chunks.hpp"
#include "write/escape.hpp"
#include "write/html_parts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ostream>
#include <set>
#include <string_view>

namespace jindu {

namespace {

using write::Chunks;
using write::Filter;
using write::Tally;
using write::append_number;
using write::append_percent;
using write::bar;
using write::category_of;
using write::chip;
using write::label;
using write::name_of;
using write::text;
using write::uncategorised;
using write::when_of;

// Amounts as written, one per line ("5 所"), sorted by the first one's value.
// An amount counted from a list of names shows the count, and the names on hover.
void amounts_cell(std::string& out, const std::vector<Amount>& amounts) {
    out += "<td class=\"num\"";
    if (!amounts.empty()) {
        out += " data-sort=\"";
        append_number(out, amounts.front().quantity.value);
        out += '"';
    }
    out += '>';
    bool first = true;
    for (const Amount& a : amounts) {
        if (!first) out += "<br>";
        first = false;
        if (!a.quantity.text.empty() && !a.implied) {
            text(out, a.quantity.text);
            continue;
        }
        if (!a.quantity.text.empty()) {
            out += "<span class=\"implied\" title=\"";
            text(out, a.quantity.text);
            out += "\">";
        }
        if (!append_number(out, a.quantity.value)) out += "?";
        if (!a.quantity.unit.empty()) out += ' ';
        text(out, a.quantity.unit);
        if (!a.quantity.text.empty()) out += "</span>";
    }
    out += "</td>";
}

// One table row; order is its place in the report, to restore after sorting.
void item_row(std::string& out, const Item& item, std::size_t order) {
    out += "<tr class=\"item\" data-status=\"";
    out += to_string(item.status);
    out += "\" data-order=\"";
    append_number(out, order);
    out += "\" data-row=\"";
    append_number(out, item.row);
    out += "\"><td class=\"seq\">";
    if (item.seq) text(out, *item.seq);
    out += "</td><td class=\"content\">";
    text(out, item.content);
    out += "</td><td class=\"owners\">";
    for (const std::string& owner : item.owners) {
        out += "<span class=\"owner\">";
        text(out, owner);
        out += "</span>";
    }
    out += "</td>";
    amounts_cell(out, item.targets);
    amounts_cell(out, item.achieved);
    out += "<td class=\"completion\"";
    if (item.completion && std::isfinite(*item.completion)) {
        out += " data-sort=\"";
        append_number(out, *item.completion);
        out += '"';
    }
    out += '>';
    bar(out, item.completion);
    out += "</td><td class=\"status\" data-sort=\"";
    append_number(out, static_cast<std::size_t>(label(item.status).behind));
    out += "\">";
    chip(out, item.status);
    out += "</td><td class=\"progress\">";
    text(out, item.progress);
    out += "</td></tr>\n";
}

// The column heads; data-key names a column in the fragment (#sort=completion).
constexpr std::string_view table_head =
    "<thead><tr><th data-key=\"seq\">序号</th><th data-key=\"content\">项目内容</th>"
    "<th data-key=\"owners\">责任单位</th><th data-key=\"target\">目标</th>"
    "<th data-key=\"achieved\">已完成</th><th data-key=\"completion\">完成度</th>"
    "<th data-key=\"status\">状态</th><th data-key=\"progress\">进展情况</th></tr></thead>\n";

// One report: its head and summary (the page's own for the only report),
// then a table per run of items of one category, in the report's order.
void report_section(Chunks& chunks, const Report& report, std::size_t index, bool several) {
    std::string& out = chunks.text();
    out += "<section class=\"report\" id=\"report-";
    append_number(out, index + 1);
    out += "\">";
    if (several) {
        out += "<h2>";
        text(out, name_of(report));
        out += "</h2>";
    }
    out += "\n<p class=\"meta\">";
    if (const std::string when = when_of(report); several && !when.empty()) {
        text(out, when);
        out += " · ";
    }
    out += "<span class=\"source\">";
    text(out, report.source);
    out += "</span></p>\n";
    if (several) {
        Tally tally;
        tally.add(report);
        write::summary(out, tally);
    }
    if (report.items.empty()) out += "<p class=\"empty\">没有读出项目。</p>\n";
    std::size_t i = 0;
    while (i < report.items.size()) {
        const std::string_view category = category_of(report.items[i]);
        std::size_t end = i;
        Tally tally;
        while (end < report.items.size() && category_of(report.items[end]) == category) tally.add(report.items[end++]);
        out += "<div class=\"category\" data-category=\"";
        text(out, category);
        out += "\"><h3>";
        text(out, category.empty() ? uncategorised : category);
        out += " <span class=\"meta\">";
        append_number(out, tally.items);
        out += " 项";
        if (tally.with_completion > 0) {
            out += " · 平均完成度 ";
            append_percent(out, tally.completion / static_cast<double>(tally.with_completion));
        }
        out += "</span></h3>\n<table class=\"items\">";
        out += table_head;
        out += "<tbody class=\"items\">\n";
        for (; i < end; ++i) {
            item_row(out, report.items[i], i);
            chunks.item_done();
        }
        out += "</tbody></table></div>\n";
    }
    out += "<p class=\"none-shown\" hidden>没有符合筛选条件的项目。</p></section>\n";
}

// The filters: status, category (in order of appearance) and owner.
void filters(std::string& out, std::span<const Report> reports) {
    std::vector<std::string_view> categories;  // in order of appearance
    std::set<std::string_view> owners;
    for (const Report& report : reports) {
        for (const Item& item : report.items) {
            const std::string_view category = category_of(item);
            if (std::find(categories.begin(), categories.end(), category) == categories.end())
                categories.push_back(category);
            owners.insert(item.owners.begin(), item.owners.end());
        }
    }
    std::array<Filter, 3> selects{write::status_filter("status", "状态"), Filter{"category", "类别", {}},
                                  Filter{"owner", "责任单位", {}}};
    for (std::string_view category : categories)
        selects[1].choices.emplace_back(category, category.empty() ? uncategorised : category);
    for (std::string_view owner : owners) selects[2].choices.emplace_back(owner, owner);
    write::filter_form(out, selects, "项目、单位或进展");
}

// The whole page.
void write_page(Chunks& chunks, std::span<const Report> reports) {
    std::string& out = chunks.text();
    const bool one = reports.size() == 1;
    std::string title;
    if (one) {
        title = name_of(reports.front());
    } else {
        title = "进展报告汇总（";
        append_number(title, reports.size());
        title += " 份）";
    }
    write::page_begin(out, title);
    if (one) {
        if (const std::string when = when_of(reports.front()); !when.empty()) {
            out += "<p class=\"meta\">";
            text(out, when);
            out += "</p>\n";
        }
    }
    Tally all;
    for (const Report& report : reports) all.add(report);
    write::summary(out, all);
    if (!one && !reports.empty()) {
        // The combined view: one line per report.
        std::vector<const Report*> lines;
        for (const Report& report : reports) lines.push_back(&report);
        write::reports_table(out, lines, {}, true);
    }
    out += "</header>\n";
    filters(out, reports);
    out += "<main>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) report_section(chunks, reports[i], i, !one);
    write::page_end(out);
    chunks.flush();
}

}  // namespace

void write_html(std::string& out, std::span<const Report> reports) {
    Chunks chunks(out);
    write_page(chunks, reports);
}

void write_html(std::ostream& out, std::span<const Report> reports) {
    Chunks chunks(out);
    write_page(chunks, reports);
}

}  // namespace jindu
