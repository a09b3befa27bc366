#include <jindu/write.hpp>

#include "write/chunks.hpp"
#include "write/escape.hpp"
#include "write/html_page.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ostream>
#include <set>
#include <string_view>

namespace jindu {

namespace {

using write::Chunks;
using write::append_html;
using write::append_number;

constexpr std::array statuses{Status::completed, Status::exceeded, Status::in_progress, Status::not_started,
                              Status::unknown};

// What a reader sees for a status: a mark that still tells it in black and
// white, and the word.
struct StatusLabel {
    std::string_view mark;
    std::string_view word;
    int behind;  // sort rank: the items furthest behind first
};

constexpr StatusLabel label(Status status) noexcept {
    switch (status) {
    case Status::completed: return {"✓", "已完成", 2};
    case Status::exceeded: return {"▲", "超额完成", 3};
    case Status::in_progress: return {"◐", "推进中", 1};
    case Status::not_started: return {"○", "未开始", 0};
    case Status::unknown: break;
    }
    return {"?", "未知", 4};
}

constexpr std::string_view uncategorised = "未分类";

// Items by status, and the sum of their completions (each capped at 1, so
// that one exceeded item does not hide another that is behind).
struct Tally {
    std::array<std::size_t, statuses.size()> by_status{};
    std::size_t items = 0;
    std::size_t with_completion = 0;
    double completion = 0;

    void add(const Item& item) {
        ++by_status[static_cast<std::size_t>(item.status)];
        ++items;
        if (item.completion && std::isfinite(*item.completion)) {
            ++with_completion;
            completion += std::clamp(*item.completion, 0.0, 1.0);
        }
    }
    void add(const Report& report) {
        for (const Item& item : report.items) add(item);
    }
};

// Appends a share or completion (1.0 = 100) as a whole percent: "85%".
void append_percent(std::string& out, double fraction) {
    append_number(out, std::round(fraction * 100));
    out.push_back('%');
}

void text(std::string& out, std::string_view s) { append_html(out, s); }

// The report's name: its title, or its source when it has none.
std::string_view name_of(const Report& report) {
    return report.title.empty() ? std::string_view(report.source) : std::string_view(report.title);
}

// "2024 年 · 半年度（H1）", from what the report says of itself.
std::string when_of(const Report& report) {
    std::string when;
    if (report.year) {
        append_number(when, static_cast<double>(*report.year));
        when += " 年";
    }
    if (report.period) {
        if (!when.empty()) when += " · ";
        when += report.period->text.empty() ? report.period->code : report.period->text;
        if (!report.period->text.empty() && !report.period->code.empty())
            when += "（" + report.period->code + "）";
    }
    return when;
}

// <span class="chip STATUS">MARK WORD</span>
void chip(std::string& out, Status status) {
    const StatusLabel l = label(status);
    out += "<span class=\"chip ";
    out += to_string(status);
    out += "\">";
    out += l.mark;
    out += ' ';
    out += l.word;
    out += "</span>";
}

// A completion bar and its percent; "—" when there is no completion.
void bar(std::string& out, std::optional<double> completion) {
    if (!completion || !std::isfinite(*completion)) {
        out += "<span class=\"none\">—</span>";
        return;
    }
    out += "<span class=\"bar\"><span style=\"width:";
    append_percent(out, std::clamp(*completion, 0.0, 1.0));
    out += "\"></span></span> ";
    append_percent(out, *completion);
}

// The status counts of a tally with their shares, as a stacked bar and a list.
void summary(std::string& out, const Tally& tally) {
    out += "<div class=\"summary\"><p class=\"total\"><strong>";
    append_number(out, tally.items);
    out += "</strong> 项";
    if (tally.with_completion > 0) {
        out += " · 平均完成度 <strong>";
        append_percent(out, tally.completion / static_cast<double>(tally.with_completion));
        out += "</strong>";
    }
    out += "</p>\n<div class=\"stack\" aria-hidden=\"true\">";
    for (Status status : statuses) {
        const std::size_t n = tally.by_status[static_cast<std::size_t>(status)];
        if (n == 0) continue;
        out += "<span class=\"";
        out += to_string(status);
        out += "\" style=\"width:";
        append_number(out, 100.0 * static_cast<double>(n) / static_cast<double>(tally.items));
        out += "%\"></span>";
    }
    out += "</div>\n<ul class=\"counts\">";
    for (Status status : statuses) {
        const std::size_t n = tally.by_status[static_cast<std::size_t>(status)];
        out += "<li data-status=\"";
        out += to_string(status);
        out += "\">";
        chip(out, status);
        out += " <strong class=\"count\">";
        append_number(out, n);
        out += "</strong> <span class=\"share\">（";
        append_percent(out, tally.items ? static_cast<double>(n) / static_cast<double>(tally.items) : 0.0);
        out += "）</span></li>";
    }
    out += "</ul></div>\n";
}

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

// The item's category, "" for none.
std::string_view category_of(const Item& item) { return item.category ? std::string_view(*item.category) : ""; }

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
        summary(out, tally);
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
        out += "</span></h3>\n<table>";
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

// <option value="V">LABEL</option>
void option(std::string& out, std::string_view value, std::string_view shown) {
    out += "<option value=\"";
    text(out, value);
    out += "\">";
    text(out, shown);
    out += "</option>";
}

// The filters, hidden until the script shows them: without it they do nothing.
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
    out += "<form id=\"filters\" class=\"filters\" hidden>"
           "<label>状态 <select id=\"f-status\" data-param=\"status\"><option value=\"\">全部</option>";
    for (Status status : statuses) {
        const StatusLabel l = label(status);
        option(out, to_string(status), std::string(l.mark) + ' ' + std::string(l.word));
    }
    out += "</select></label> <label>类别 <select id=\"f-category\" data-param=\"category\">"
           "<option value=\"\">全部</option>";
    for (std::string_view category : categories) option(out, category, category.empty() ? uncategorised : category);
    out += "</select></label> <label>责任单位 <select id=\"f-owner\" data-param=\"owner\">"
           "<option value=\"\">全部</option>";
    for (std::string_view owner : owners) option(out, owner, owner);
    out += "</select></label> <label>搜索 <input id=\"f-q\" type=\"search\" data-param=\"q\" "
           "placeholder=\"项目、单位或进展\"></label> <button type=\"reset\" id=\"f-reset\">清除</button> "
           "<output id=\"shown\"></output></form>\n";
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
    out += write::html_page_head;
    text(out, title);
    out += "</title>\n<style>";
    out += write::html_page_style;
    out += "</style>\n</head>\n<body>\n<header><h1>";
    text(out, title);
    out += "</h1>\n";
    if (one) {
        if (const std::string when = when_of(reports.front()); !when.empty()) {
            out += "<p class=\"meta\">";
            text(out, when);
            out += "</p>\n";
        }
    }
    Tally all;
    for (const Report& report : reports) all.add(report);
    summary(out, all);
    if (!one && !reports.empty()) {
        // The combined view: one line per report.
        out += "<table class=\"reports\"><thead><tr><th>报告</th><th>时期</th><th>项目</th>";
        for (Status status : statuses) {
            out += "<th>";
            chip(out, status);
            out += "</th>";
        }
        out += "<th>平均完成度</th></tr></thead><tbody>\n";
        for (std::size_t i = 0; i < reports.size(); ++i) {
            Tally tally;
            tally.add(reports[i]);
            out += "<tr><td><a href=\"#report-";
            append_number(out, i + 1);
            out += "\" class=\"to-report\">";
            text(out, name_of(reports[i]));
            out += "</a><br><span class=\"meta source\">";
            text(out, reports[i].source);
            out += "</span></td><td>";
            text(out, when_of(reports[i]));
            out += "</td><td class=\"num\">";
            append_number(out, tally.items);
            out += "</td>";
            for (std::size_t n : tally.by_status) {
                out += "<td class=\"num\">";
                append_number(out, n);
                out += "</td>";
            }
            out += "<td class=\"num\">";
            if (tally.with_completion > 0)
                append_percent(out, tally.completion / static_cast<double>(tally.with_completion));
            out += "</td></tr>\n";
        }
        out += "</tbody></table>\n";
    }
    out += "</header>\n";
    filters(out, reports);
    out += "<main>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) report_section(chunks, reports[i], i, !one);
    out += "</main>\n<script>";
    out += write::html_page_script;
    out += "</script>\n</body>\n</html>\n";
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
