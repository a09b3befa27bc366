// The HTML dashboard writer: escaping, one row per item, the summaries, and
// the same bytes every time and through a stream.
#include <jindu/write.hpp>

#include "write/escape.hpp"
#include "write/sample_report.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using jindu::test::sample_report;

namespace {

std::string html(std::string_view s) {
    std::string out;
    jindu::write::append_html(out, s);
    return out;
}

std::size_t occurrences(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// A report whose every text tries to break out of where it is written.
jindu::Report hostile_report() {
    jindu::Report r = sample_report();
    r.title = "<script>alert(1)</script>";
    r.source = "x\"><img src=x onerror=alert(2)>.txt";
    r.items[0].content = "</td></tr></table><script>alert(3)</script>";
    r.items[0].owners = {"\"onmouseover=\"alert(4)", "'><b>"};
    r.items[0].category = "\"><iframe>";
    r.items[0].progress = "</script><!-- & \xff";
    r.items[0].targets[0].quantity.text = "<svg onload=alert(5)>";
    return r;
}

}  // namespace

TEST_CASE("HTML text escapes markup, quotes and controls") {
    const std::vector<std::pair<std::string_view, std::string_view>> cases{
        {"区教育局", "区教育局"},
        {"a<b>c", "a&lt;b&gt;c"},
        {"&amp;", "&amp;amp;"},
        {"\"'", "&quot;&#39;"},
        {"tab\tand\nline", "tab\tand\nline"},
        {"cr\r", "cr&#13;"},
        {std::string_view("nul\0", 4), "nul&#0;"},
        {"\x01", "&#1;"},
        // Past the eight-byte runs that skip plain ASCII: each special byte is found.
        {"abcdefgh<", "abcdefgh&lt;"},
        {"abcdefg>hijklmno", "abcdefg&gt;hijklmno"},
        {"0123456789abcde&", "0123456789abcde&amp;"},
        {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
    };
    for (const auto& [in, want] : cases) {
        CAPTURE(in);
        CHECK(html(in) == want);
    }
}

TEST_CASE("report text cannot add markup to the dashboard") {
    std::string page;
    jindu::write_html(page, hostile_report());
    for (std::string_view injected : {"<script>alert", "<img", "<iframe", "<svg", "<b>", "\"onmouseover", "<!--"})
        CHECK_MESSAGE(page.find(injected) == std::string::npos, injected);
    CHECK(occurrences(page, "<script") == 1);  // the page's own
    CHECK(page.find("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>") != std::string::npos);
    CHECK(page.find("data-category=\"&quot;&gt;&lt;iframe&gt;\"") != std::string::npos);
    CHECK(page.find("<span class=\"owner\">&quot;onmouseover=&quot;alert(4)</span>") != std::string::npos);
    CHECK(page.find("&lt;/script&gt;&lt;!-- &amp; \xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("the dashboard has a row per item with its status, and the status counts") {
    const jindu::Report report = sample_report();
    std::string page;
    jindu::write_html(page, report);
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(page.ends_with("</html>\n"));
    CHECK(occurrences(page, "<tr class=\"item\"") == report.items.size());
    CHECK(occurrences(page, "<section class=\"report\"") == 1);
    std::size_t in_progress = 0;
    for (const jindu::Item& item : report.items) in_progress += item.status == jindu::Status::in_progress;
    REQUIRE(in_progress > 0);
    CHECK(occurrences(page, "<tr class=\"item\" data-status=\"in_progress\"") == in_progress);
    // The summary: each status once, with its count.
    CHECK(page.find("<li data-status=\"in_progress\"><span class=\"chip in_progress\">◐ 推进中</span> "
                    "<strong class=\"count\">" + std::to_string(in_progress) + "</strong>") != std::string::npos);
    CHECK(occurrences(page, "<li data-status=") == 5);
    // The first item's completion, 0.75, as a bar and a percent.
    CHECK(page.find("data-sort=\"0.75\"><span class=\"bar\"><span style=\"width:75%\"></span></span> 75%")
          != std::string::npos);
    CHECK(page.find("<h3>教育优学") != std::string::npos);
    CHECK(page.find("<option value=\"区大数据管理中心\">") != std::string::npos);
}

TEST_CASE("several reports give a section each after a combined summary") {
    std::vector<jindu::Report> reports{sample_report(), sample_report(), sample_report()};
    reports[1].title = "第二份";
    reports[2].items.clear();
    std::string page;
    jindu::write_html(page, reports);
    CHECK(occurrences(page, "<section class=\"report\"") == 3);
    CHECK(occurrences(page, "<a href=\"#report-") == 3);
    CHECK(page.find("<h2>第二份</h2>") != std::string::npos);
    CHECK(page.find("<title>进展报告汇总（3 份）</title>") != std::string::npos);
    CHECK(occurrences(page, "<tr class=\"item\"") == 2 * reports[0].items.size());
    CHECK(page.find("没有读出项目。") != std::string::npos);  // the empty report says so
    // The combined counts come first, then one summary per report.
    CHECK(occurrences(page, "<div class=\"summary\">") == 4);
    const std::string all_items = "<p class=\"total\"><strong>" + std::to_string(2 * reports[0].items.size());
    CHECK(page.find(all_items) < page.find("<section"));
}

TEST_CASE("the same reports give the same bytes, as a string and through a stream") {
    const std::vector<jindu::Report> reports{hostile_report(), sample_report()};
    std::string once, twice;
    jindu::write_html(once, reports);
    jindu::write_html(twice, reports);
    CHECK(once == twice);
    std::ostringstream stream;
    jindu::write_html(stream, reports);
    CHECK(stream.str() == once);
    std::string appended = "kept";
    jindu::write_html(appended, reports);
    CHECK(appended == "kept" + once);
}
