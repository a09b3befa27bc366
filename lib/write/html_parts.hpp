// Private: the pieces the HTML pages share, the report dashboard (html.cpp)
// and the comparison page (compare/write_compare_html.cpp): the page around
// the content, status chips, completion bars, status counts, the table of
// reports and the filter form, so that both pages look and work alike.
#pragma once

#include "write/escape.hpp"

#include <jindu/report.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jindu::write {

// The statuses in the order the pages list them.
inline constexpr std::array statuses{Status::completed, Status::exceeded, Status::in_progress, Status::not_started,
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

// The heading of the items without a category.
inline constexpr std::string_view uncategorised = "未分类";

// The item's category, "" for none.
inline std::string_view category_of(const Item& item) {
    return item.category ? std::string_view(*item.category) : "";
}

// The item's completion when it has a finite one.
inline std::optional<double> completion_of(const Item& item) {
    if (item.completion && std::isfinite(*item.completion)) return item.completion;
    return std::nullopt;
}

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
        if (const std::optional<double> c = completion_of(item)) {
            ++with_completion;
            completion += std::clamp(*c, 0.0, 1.0);
        }
    }
    void add(const Report& report) {
        for (const Item& item : report.items) add(item);
    }
};

// Report text as HTML text or an attribute value.
inline void text(std::string& out, std::string_view s) { append_html(out, s); }

// Appends a share or completion (1.0 = 100) as a whole percent: "85%".
void append_percent(std::string& out, double fraction);

// The report's name: its title, or its source when it has none.
std::string_view name_of(const Report& report);

// "2024 年 · 半年度（H1）", from what the report says of itself.
std::string when_of(const Report& report);

// <span class="chip STATUS">MARK WORD</span>
void chip(std::string& out, Status status);

// A completion bar and its percent; "—" when there is no completion.
void bar(std::string& out, std::optional<double> completion);

// The status counts of a tally with their shares, as a stacked bar and a list.
void summary(std::string& out, const Tally& tally);

// A table with a line per report: its name and source, its period, its
// items, the count of each status and the mean completion. With labels (one
// per report) a head cell leads each line; with links each name links to
// its section, #report-N.
void reports_table(std::string& out, std::span<const Report* const> reports,
                   std::span<const std::string_view> labels, bool links);

// One select of the filter form: the fragment parameter it sets (its id is
// "f-PARAM"), its label and its choices as (value, shown) after 全部.
struct Filter {
    std::string_view param;
    std::string_view label;
    std::vector<std::pair<std::string, std::string>> choices;
};

// A filter of the statuses, each shown with its mark and word.
Filter status_filter(std::string_view param, std::string_view label);

// The filter form: the selects, a search box (parameter q) with the given
// placeholder, a reset button and the count shown. Hidden until the script
// shows it: without the script it does nothing.
void filter_form(std::string& out, std::span<const Filter> filters, std::string_view placeholder);

// The page up to its heading: the head with the style sheet, then
// "<body><header><h1>TITLE</h1>".
void page_begin(std::string& out, std::string_view title);

// The end of the page after the items: "</main>", the script, "</html>".
void page_end(std::string& out);

}  // namespace jindu::write
