#include "write/html_parts.hpp"

#include "write/html_page.hpp"

namespace jindu::write {

void append_percent(std::string& out, double fraction) {
    append_number(out, std::round(fraction * 100));
    out.push_back('%');
}

std::string_view name_of(const Report& report) {
    return report.title.empty() ? std::string_view(report.source) : std::string_view(report.title);
}

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

void reports_table(std::string& out, std::span<const Report* const> reports,
                   std::span<const std::string_view> labels, bool links) {
    const bool labelled = !labels.empty();
    out += "<table class=\"reports\"><thead><tr>";
    if (labelled) out += "<th></th>";
    out += "<th>报告</th><th>时期</th><th>项目</th>";
    for (Status status : statuses) {
        out += "<th>";
        chip(out, status);
        out += "</th>";
    }
    out += "<th>平均完成度</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& report = *reports[i];
        Tally tally;
        tally.add(report);
        out += "<tr>";
        if (labelled) {
            out += "<th scope=\"row\">";
            text(out, i < labels.size() ? labels[i] : "");
            out += "</th>";
        }
        out += "<td>";
        if (links) {
            out += "<a href=\"#report-";
            append_number(out, i + 1);
            out += "\" class=\"to-report\">";
        }
        text(out, name_of(report));
        if (links) out += "</a>";
        out += "<br><span class=\"meta source\">";
        text(out, report.source);
        out += "</span></td><td>";
        text(out, when_of(report));
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

Filter status_filter(std::string_view param, std::string_view label_text) {
    Filter filter{param, label_text, {}};
    for (Status status : statuses) {
        const StatusLabel l = label(status);
        filter.choices.emplace_back(std::string(to_string(status)), std::string(l.mark) + ' ' + std::string(l.word));
    }
    return filter;
}

namespace {

// <option value="V">SHOWN</option>
void option(std::string& out, std::string_view value, std::string_view shown) {
    out += "<option value=\"";
    text(out, value);
    out += "\">";
    text(out, shown);
    out += "</option>";
}

}  // namespace

void filter_form(std::string& out, std::span<const Filter> filters, std::string_view placeholder) {
    out += "<form id=\"filters\" class=\"filters\" hidden>";
    for (const Filter& filter : filters) {
        if (&filter != filters.data()) out += ' ';
        out += "<label>";
        out += filter.label;
        out += " <select id=\"f-";
        out += filter.param;
        out += "\" data-param=\"";
        out += filter.param;
        out += "\"><option value=\"\">全部</option>";
        for (const auto& [value, shown] : filter.choices) option(out, value, shown);
        out += "</select></label>";
    }
    out += " <label>搜索 <input id=\"f-q\" type=\"search\" data-param=\"q\" placeholder=\"";
    text(out, placeholder);
    out += "\"></label> <button type=\"reset\" id=\"f-reset\">清除</button> <output id=\"shown\"></output></form>\n";
}

void page_begin(std::string& out, std::string_view title) {
    out += html_page_head;
    text(out, title);
    out += "</title>\n<style>";
    out += html_page_style;
    out += "</style>\n</head>\n<body>\n<header><h1>";
    text(out, title);
    out += "</h1>\n";
}

void page_end(std::string& out) {
    out += "</main>\n<script>";
    out += html_page_script;
    out += "</script>\n</body>\n</html>\n";
}

}  // namespace jindu::write
