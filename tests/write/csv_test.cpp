#include <jindu/write.hpp>

#include "common/utf8.hpp"
#include "write/columns.hpp"
#include "write/escape.hpp"
#include "write/sample_report.hpp"

#include <doctest/doctest.h>

#include <array>
#include <charconv>
#include <cmath>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using jindu::test::sample_report;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(s.substr(start, nl - start));
    CHECK_MESSAGE(start == s.size(), "output ends with a line break");
    return lines;
}

std::string csv_field(std::string_view s) {
    std::string out;
    jindu::write::append_csv_field(out, s);
    return out;
}

}  // namespace

TEST_CASE("the item CSV has one header line and one line per item") {
    const std::vector<jindu::Report> reports{sample_report()};
    std::string out;
    jindu::write_csv(out, reports);
    const auto lines = lines_of(out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          "source,row,seq,category,content,owners,progress,status,completion,"
          "target_value,target_unit,target_kind,target_qualifier,achieved_value,achieved_unit,"
          "percent_mean,targets_count,achieved_count,percents_count");
    CHECK(lines[1] ==
          "samples/2024-h1.txt,5,1,教育优学,新投用小学、幼儿园 5 所。,区教育局,"
          "小学：已完成 85%。幼儿园：已完成 65%。,in_progress,0.75,5,所,count,,,,75,1,0,2");
    CHECK(lines[2] ==
          "samples/2024-h1.txt,9,,,为全区 8 万多名“两慢病”患者提供健康服务。,区卫生健康局；区大数据管理中心,"
          "医生端已开发完成并部署到位。,unknown,,80000,名,count,more_than,,,,1,0,0");
}

TEST_CASE("the first achieved amount fills the achieved columns") {
    jindu::Report r;
    jindu::Item item;
    item.row = 12;
    item.achieved = {jindu::test::amount(jindu::Role::achieved, 850000, "人", jindu::Kind::count, "85 万人"),
                     jindu::test::amount(jindu::Role::achieved, 3, "个", jindu::Kind::count, "3 个")};
    item.status = jindu::Status::exceeded;
    item.completion = 1.0625;
    r.items.push_back(item);
    std::string out;
    jindu::write_csv(out, std::span(&r, 1), {.header = false});
    CHECK(out == ",12,,,,,,exceeded,1.0625,,,,,850000,人,,0,2,0\n");

    // Writers append: a single report writes the same line after what out held.
    std::string appended = "before\n";
    jindu::write_csv(appended, r, {.header = false});
    CHECK(appended == "before\n" + out);
}

TEST_CASE("the header is written once for several reports, and the BOM first") {
    const std::vector<jindu::Report> reports{sample_report(), sample_report()};
    std::string out;
    jindu::write_csv(out, reports, {.bom = true});
    REQUIRE(out.starts_with("\xEF\xBB\xBFsource,row,"));
    CHECK(lines_of(out).size() == 5);
    CHECK(out.find("source,row", 4) == std::string::npos);

    std::string none;
    jindu::write_csv(none, std::span<const jindu::Report>(), {.header = false});
    CHECK(none.empty());
}

TEST_CASE("CSV fields are quoted only when RFC 4180 requires it") {
    const struct {
        std::string in;
        const char* out;
    } cases[] = {
        {"", ""},
        {"区教育局", "区教育局"},
        {"a,b", "\"a,b\""},
        {"打通“断头路”", "打通“断头路”"},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"1. 一\n2. 二", "\"1. 一\n2. 二\""},
        {"cr\r", "\"cr\r\""},
        {" padded ", " padded "},
        {"bad\xFF", "bad\xEF\xBF\xBD"},
    };
    for (const auto& c : cases) CHECK_MESSAGE(csv_field(c.in) == c.out, c.out);
}

TEST_CASE("CSV fields match a field escaped one code point at a time") {
    // The writer copies runs of bytes, eight ASCII bytes at a time where it
    // can; this reference decides every code point on its own.
    const auto reference = [](std::string_view s) {
        std::string body;
        bool quote = false;
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t at = i;
            const char32_t cp = jindu::utf8::next(s, i);
            if (cp == jindu::utf8::invalid) {
                body += "\xEF\xBF\xBD";
            } else if (cp == '"') {
                quote = true;
                body += "\"\"";
            } else {
                quote = quote || cp == ',' || cp == '\n' || cp == '\r';
                body.append(s.substr(at, i - at));
            }
        }
        return quote ? "\"" + body + "\"" : body;
    };
    static constexpr std::array<std::string_view, 14> parts{
        "a", "source/2024.txt", "12345678", ",", "\"", "\n", "\r", "区", "教育局", "\xFF", "\xE4\xB8",
        "\xED\xA0\x80", "%", " "};
    std::mt19937 rng(5);
    for (int round = 0; round < 5000; ++round) {
        std::string s;
        const int n = static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) s += parts[rng() % parts.size()];
        INFO(s);
        CHECK(csv_field(s) == reference(s));
    }
}

TEST_CASE("numbers print as the shortest form that reads back, whole ones without a point") {
    const auto printed = [](double v) {
        std::string out;
        jindu::write::append_number(out, v);
        return out;
    };
    CHECK(printed(5000) == "5000");
    CHECK(printed(-12) == "-12");
    CHECK(printed(-0.0) == "0");
    CHECK(printed(1.0625) == "1.0625");
    CHECK(printed(120000000) == "120000000");
    CHECK(printed(1e20) == "100000000000000000000");
    // Whole numbers on both sides of 2^53, where the writer changes method.
    std::mt19937_64 rng(3);
    for (int round = 0; round < 20000; ++round) {
        const int shift = static_cast<int>(rng() % 70);
        double v = std::ldexp(static_cast<double>(rng() >> 11), shift - 53);
        v = std::trunc(v);
        if (rng() % 2) v = -v;
        if (v == 0 || std::fabs(v) >= 1e21) continue;
        char expected[64];
        const auto end = std::to_chars(expected, expected + sizeof expected, v, std::chars_format::fixed).ptr;
        INFO(v);
        CHECK(printed(v) == std::string(expected, end));
    }
}

TEST_CASE("the quantities CSV has one line per amount of every item, with its role") {
    const std::vector<jindu::Report> reports{sample_report()};
    std::string out;
    jindu::write_quantities_csv(out, reports);
    const auto lines = lines_of(out);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "source,row,seq,field,role,value,value_max,unit,kind,qualifier,subject,text,reason");
    CHECK(lines[1] == "samples/2024-h1.txt,5,1,content,target,5,,所,count,,小学、幼儿园,5 所,target: content cell");
    CHECK(lines[2] == "samples/2024-h1.txt,5,1,progress,percent,85,,%,percent,,小学,已完成 85%,\"cue 完成, progress\"");
    CHECK(lines[3] == "samples/2024-h1.txt,5,1,progress,percent,65,,%,percent,,幼儿园,已完成 65%,");
    CHECK(lines[4] == "samples/2024-h1.txt,9,,content,target,80000,,名,count,more_than,,8 万多名,");
    CHECK(lines[5] == "samples/2024-h1.txt,9,,content,threshold,70,,周岁,age,at_least,,70 周岁以上,threshold: an age");
}

TEST_CASE("a range fills value_max in the quantities CSV") {
    jindu::Report r;
    jindu::Item item;
    item.row = 3;
    item.targets.push_back(jindu::test::amount(jindu::Role::target, 10, "%", jindu::Kind::percent, "10%至20%"));
    item.targets[0].quantity.value_max = 20;
    r.items.push_back(item);
    std::string out;
    jindu::write_quantities_csv(out, std::span(&r, 1), {.header = false});
    CHECK(out == ",3,,content,target,10,20,%,percent,,,10%至20%,\n");
}

TEST_CASE("the CSV headers name the shared columns that the workbook writer uses too") {
    const auto joined = [](std::span<const std::string_view> columns) {
        std::string line;
        for (const std::string_view c : columns) line += (line.empty() ? "" : ",") + std::string(c);
        return line + "\n";
    };
    std::string items;
    jindu::write_csv(items, jindu::Report{});
    CHECK(items == joined(jindu::write::item_columns));
    std::string quantities;
    jindu::write_quantities_csv(quantities, jindu::Report{});
    CHECK(quantities == joined(jindu::write::quantity_columns));
}
