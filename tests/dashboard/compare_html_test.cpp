// The comparison page writer: a row per pair, dropped and added item with
// both sides, the counts, escaping, and a page made only of what the
// comparison's JSON carries.
#include <jindu/compare.hpp>

#include "write/sample_report.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using jindu::Item;
using jindu::Report;
using jindu::Status;
using jindu::test::amount;

namespace {

std::size_t occurrences(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

Item item(std::size_t row, std::string seq, std::string category, std::string content, std::string owner,
          Status status, std::optional<double> completion) {
    Item i;
    i.row = row;
    i.seq = std::move(seq);
    i.category = std::move(category);
    i.content = std::move(content);
    i.owners = {std::move(owner)};
    i.status = status;
    i.completion = completion;
    return i;
}

// Two reports and their comparison, built by hand: a pair completed, a pair
// stalled with a changed target, a dropped and an added item.
struct Case {
    Report older;
    Report newer;
    jindu::Comparison comparison;
};

Case two_reports() {
    Case c;
    c.older.source = "h1.txt";
    c.older.title = "2024年上半年进展";
    c.older.year = 2024;
    c.older.period = jindu::Period{"H1", "上半年"};
    c.newer.source = "fy.txt";
    c.newer.title = "2024年全年完成情况";
    c.newer.year = 2024;
    c.newer.period = jindu::Period{"FY", "全年"};
    c.older.items = {item(4, "1", "教育优学", "为 300 间教室更新护眼灯具。", "区教育局", Status::in_progress, 0.4),
                     item(5, "2", "城市更新", "改造雨污管网 25 公里。", "区住建局", Status::in_progress, 0.34),
                     item(6, "3", "城市更新", "新建口袋公园 8 个。", "区住建局", Status::in_progress, std::nullopt)};
    c.newer.items = {item(5, "1", "教育优学", "为 300 间教室更新护眼灯具。", "区教育局", Status::completed, 1.0),
                     item(6, "2", "城市更新", "改造雨污管网 30 公里。", "区住建局", Status::in_progress, 0.34),
                     item(7, "3", "养老服务", "新增老年助餐点 10 个。", "区民政局", Status::completed, 1.0)};
    c.older.items[0].targets = {amount(jindu::Role::target, 300, "间", jindu::Kind::count, "300 间")};
    c.newer.items[0].targets = c.older.items[0].targets;
    c.older.items[1].targets = {amount(jindu::Role::target, 25, "公里", jindu::Kind::length, "25 公里")};
    c.newer.items[1].targets = {amount(jindu::Role::target, 30, "公里", jindu::Kind::length, "30 公里")};

    jindu::ItemPair done;
    done.old_item = 0;
    done.new_item = 0;
    done.score = 0.95;
    done.completion_change = 0.6;
    done.achieved = {{"间", 120.0, 300.0, 180.0}};
    done.movement = jindu::Movement::completed;
    jindu::ItemPair stalled;
    stalled.old_item = 1;
    stalled.new_item = 1;
    stalled.score = 0.8;
    stalled.completion_change = 0.0;
    stalled.target_changed = true;
    stalled.achieved = {{"公里", 8.5, 8.5, 0.0}};
    stalled.movement = jindu::Movement::stalled;
    c.comparison.pairs = {done, stalled};
    c.comparison.dropped = {2};
    c.comparison.added = {2};
    c.comparison.summary.matched = 2;
    c.comparison.summary.added = 1;
    c.comparison.summary.dropped = 1;
    c.comparison.summary.movement.completed = 1;
    c.comparison.summary.movement.stalled = 1;
    return c;
}

std::string page_of(const Case& c) {
    std::string page;
    jindu::write_compare_html(page, c.older, c.newer, c.comparison);
    return page;
}

}  // namespace

TEST_CASE("the comparison page has a row per pair, dropped and added item, with both sides") {
    const std::string page = page_of(two_reports());
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(page.ends_with("</html>\n"));
    CHECK(page.find("<title>进展对比：2024年上半年进展 → 2024年全年完成情况</title>") != std::string::npos);
    CHECK(occurrences(page, "<tr class=\"item\"") == 4);
    CHECK(page.find("<tr class=\"item\" data-change=\"completed\" data-from=\"in_progress\" data-status=\"completed\" "
                    "data-order=\"0\" data-old-row=\"4\" data-new-row=\"5\">") != std::string::npos);
    CHECK(page.find("<tr class=\"item\" data-change=\"dropped\" data-from=\"in_progress\" data-order=\"2\" "
                    "data-old-row=\"6\">") != std::string::npos);
    CHECK(page.find("<tr class=\"item\" data-change=\"added\" data-status=\"completed\" data-order=\"3\" "
                    "data-new-row=\"7\">") != std::string::npos);
    // A table per category, in order of appearance: the dropped item stays in its category.
    CHECK(occurrences(page, "<div class=\"category\"") == 3);
    CHECK(page.find("data-category=\"教育优学\"") < page.find("data-category=\"城市更新\""));
    CHECK(page.find("data-category=\"城市更新\"") < page.find("data-category=\"养老服务\""));
    // Both statuses as chips, a tag for the report the item is not in.
    CHECK(page.find("<td class=\"status\" data-sort=\"1\"><span class=\"chip in_progress\">◐ 推进中</span></td>"
                    "<td class=\"status\" data-sort=\"2\"><span class=\"chip completed\">✓ 已完成</span></td>")
          != std::string::npos);
    CHECK(page.find("<span class=\"tag\">未再列出</span>") != std::string::npos);
    CHECK(page.find("<span class=\"tag\">新增</span>") != std::string::npos);
    // Achieved amounts and completions, each with the change.
    CHECK(page.find("<td class=\"num\" data-sort=\"120\">120 间</td><td class=\"num\" data-sort=\"300\">300 间</td>"
                    "<td class=\"num\" data-sort=\"180\"><span class=\"up\">+180 间</span></td>")
          != std::string::npos);
    CHECK(page.find("<td class=\"completion\" data-status=\"in_progress\" data-sort=\"0.4\">") != std::string::npos);
    CHECK(page.find("<td class=\"num\" data-sort=\"0.6\"><span class=\"up\">+60 个百分点</span></td>")
          != std::string::npos);
    CHECK(page.find("<td class=\"num\" data-sort=\"0\">0 个百分点</td>") != std::string::npos);
    CHECK(page.find("<span class=\"target-change\">目标 25 公里 → 30 公里</span>") != std::string::npos);
    // The counts, the movements and the changes of status, each linking to its view.
    CHECK(page.find("<li data-count=\"matched\">匹配 <strong class=\"count\">2</strong> 项</li>") != std::string::npos);
    CHECK(page.find("<a href=\"#change=added\">新增 <strong class=\"count\">1</strong> 项</a>") != std::string::npos);
    CHECK(page.find("<li data-count=\"status_changed\">状态变化 <strong class=\"count\">1</strong> 项</li>")
          != std::string::npos);
    CHECK(page.find("<a href=\"#change=stalled\"><span class=\"move move-stalled\">无进展</span> "
                    "<strong class=\"count\">1</strong></a>") != std::string::npos);
    CHECK(page.find("<a href=\"#from=in_progress&amp;status=completed\">1</a>") != std::string::npos);
    CHECK(occurrences(page, "<tr data-from=") == 1);
    // The filters of the comparison, and the dashboard's one script.
    for (std::string_view select : {"id=\"f-change\"", "id=\"f-from\"", "id=\"f-status\"", "id=\"f-category\"",
                                    "id=\"f-owner\""})
        CHECK_MESSAGE(page.find(select) != std::string::npos, select);
    CHECK(occurrences(page, "<script") == 1);
}

TEST_CASE("report text cannot add markup to the comparison page") {
    Case c = two_reports();
    c.older.title = "<script>alert(1)</script>";
    c.newer.source = "x\"><img src=x onerror=alert(2)>.txt";
    c.newer.items[0].content = "</td></tr></table><script>alert(3)</script>";
    c.newer.items[0].owners = {"\"onmouseover=\"alert(4)"};
    c.newer.items[2].category = "\"><iframe>";
    c.comparison.pairs[0].achieved[0].unit = "<svg onload=alert(5)>";
    c.older.items[1].targets[0].quantity.text = "<b>";
    const std::string page = page_of(c);
    for (std::string_view injected : {"<script>alert", "<img", "<iframe", "<svg", "<b>", "\"onmouseover"})
        CHECK_MESSAGE(page.find(injected) == std::string::npos, injected);
    CHECK(occurrences(page, "<script") == 1);
    CHECK(page.find("data-category=\"&quot;&gt;&lt;iframe&gt;\"") != std::string::npos);
}

TEST_CASE("the comparison page is made of what the comparison's JSON carries, in its order") {
    const Case c = two_reports();
    const std::string page = page_of(c);
    CHECK(page_of(c) == page);

    // What the JSON does not carry changes nothing: the items' achieved
    // amounts, percents and notes, the reports' formats, encodings and
    // diagnostics, and where the unpaired items stand among the paired ones.
    Case other = c;
    other.older.items[0].achieved = {amount(jindu::Role::achieved, 120, "间", jindu::Kind::count, "120 间")};
    other.newer.items[1].notes = {"备注"};
    other.newer.items[1].percents = {amount(jindu::Role::percent, 34, "%", jindu::Kind::percent, "34%")};
    other.older.encoding = "GB18030";
    other.newer.format = jindu::InputFormat::docx;
    other.newer.diagnostics.push_back(jindu::Diagnostic{});
    std::swap(other.newer.items[0], other.newer.items[2]);  // the added item first
    other.comparison.pairs[0].new_item = 2;
    other.comparison.added = {0};
    CHECK(page_of(other) == page);

    std::string appended = "kept";
    jindu::write_compare_html(appended, c.older, c.newer, c.comparison);
    CHECK(appended == "kept" + page);
}

TEST_CASE("a comparison of reports without items says so") {
    const std::string page = page_of(Case{});
    CHECK(occurrences(page, "<tr class=\"item\"") == 0);
    CHECK(page.find("两份报告都没有读出项目。") != std::string::npos);
    CHECK(page.find("<table class=\"transitions\">") == std::string::npos);
}
