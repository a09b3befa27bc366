#include <jindu/write.hpp>

#include "common/utf8.hpp"
#include "write/escape.hpp"
#include "write/sample_report.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using jindu::test::sample_report;

namespace {

std::string json_of(const jindu::Report& report) {
    std::string out;
    jindu::write_json(out, report);
    return out;
}

std::string number_text(double v) {
    std::string out;
    if (!jindu::write::append_number(out, v)) return "null";
    return out;
}

std::string json_string(std::string_view s) {
    std::string out;
    jindu::write::append_json_string(out, s);
    return out;
}

}  // namespace

TEST_CASE("a report is written as the jindu.report/1 contract, field by field") {
    const std::string expected = R"({
  "schema": "jindu.report/1",
  "source": "samples/2024-h1.txt",
  "format": "text",
  "encoding": "UTF-8",
  "title": "2024年度区政府民生实项目半年度进展表",
  "year": 2024,
  "period": {
    "code": "H1",
    "text": "半年度"
  },
  "items": [
    {
      "row": 5,
      "seq": "1",
      "category": "教育优学",
      "content": "新投用小学、幼儿园 5 所。",
      "owners": [
        "区教育局"
      ],
      "progress": "小学：已完成 85%。幼儿园：已完成 65%。",
      "targets": [
        {
          "value": 5,
          "value_max": null,
          "unit": "所",
          "kind": "count",
          "qualifier": null,
          "subject": "小学、幼儿园",
          "text": "5 所",
          "implied": false,
          "reason": "target: content cell"
        }
      ],
      "achieved": [],
      "percents": [
        {
          "value": 85,
          "value_max": null,
          "of": "小学",
          "text": "已完成 85%",
          "reason": "cue 完成, progress"
        },
        {
          "value": 65,
          "value_max": null,
          "of": "幼儿园",
          "text": "已完成 65%",
          "reason": null
        }
      ],
      "status": "in_progress",
      "completion": 0.75,
      "notes": [],
      "others": []
    },
    {
      "row": 9,
      "seq": null,
      "category": null,
      "content": "为全区 8 万多名“两慢病”患者提供健康服务。",
      "owners": [
        "区卫生健康局",
        "区大数据管理中心"
      ],
      "progress": "医生端已开发完成并部署到位。",
      "targets": [
        {
          "value": 80000,
          "value_max": null,
          "unit": "名",
          "kind": "count",
          "qualifier": "more_than",
          "subject": null,
          "text": "8 万多名",
          "implied": false,
          "reason": null
        }
      ],
      "achieved": [],
      "percents": [],
      "status": "unknown",
      "completion": null,
      "notes": [],
      "others": [
        {
          "role": "threshold",
          "value": 70,
          "value_max": null,
          "unit": "周岁",
          "kind": "age",
          "qualifier": "at_least",
          "subject": null,
          "text": "70 周岁以上",
          "reason": "threshold: an age"
        }
      ]
    }
  ],
  "diagnostics": [
    {
      "code": "note_row",
      "severity": "note",
      "message": "note under the table",
      "line": 40,
      "column": 1,
      "offset": 1234,
      "fragment": "注："
    }
  ]
}
)";
    CHECK(json_of(sample_report()) == expected);
}

TEST_CASE("missing values are null, never empty strings") {
    jindu::Report r;
    jindu::Item item;
    item.seq = "";
    item.achieved.push_back(jindu::test::amount(jindu::Role::achieved, 4, "", jindu::Kind::count, "", ""));
    item.achieved[0].implied = true;
    r.items.push_back(item);
    r.diagnostics.push_back(jindu::Diagnostic{});
    const auto doc = nlohmann::json::parse(json_of(r));

    for (const char* field : {"source", "format", "encoding", "title", "year", "period"})
        CHECK_MESSAGE(doc[field].is_null(), field);
    const auto& i = doc["items"][0];
    for (const char* field : {"seq", "category", "content", "progress", "completion"})
        CHECK_MESSAGE(i[field].is_null(), field);
    const auto& a = i["achieved"][0];
    for (const char* field : {"unit", "qualifier", "subject", "text", "value_max"})
        CHECK_MESSAGE(a[field].is_null(), field);
    CHECK(a["implied"] == true);
    const auto& d = doc["diagnostics"][0];
    CHECK(d["line"].is_null());
    CHECK(d["column"].is_null());
    CHECK(d["fragment"].is_null());
    CHECK(d["offset"].is_null());

    jindu::Diagnostic at_start;
    at_start.where.offset = 0;
    r.diagnostics.assign(1, at_start);
    CHECK(nlohmann::json::parse(json_of(r))["diagnostics"][0]["offset"] == 0);
}

TEST_CASE("a range keeps its high end in value_max") {
    jindu::Report r;
    jindu::Item item;
    item.targets.push_back(jindu::test::amount(jindu::Role::target, 3, "个", jindu::Kind::count, "3-5 个"));
    item.targets[0].quantity.value_max = 5;
    r.items.push_back(item);
    const auto doc = nlohmann::json::parse(json_of(r));
    CHECK(doc["items"][0]["targets"][0]["value"] == 3);
    CHECK(doc["items"][0]["targets"][0]["value_max"] == 5);
}

TEST_CASE("several reports are written as an array of report objects") {
    const std::vector<jindu::Report> reports{sample_report(), jindu::Report{}};
    std::string out;
    jindu::write_json(out, reports);
    const auto doc = nlohmann::json::parse(out);
    REQUIRE(doc.is_array());
    CHECK(doc.size() == 2);
    CHECK(doc[0]["items"].size() == 2);
    CHECK(doc[1]["items"].empty());
    CHECK(doc[1]["schema"] == "jindu.report/1");

    std::string none;
    jindu::write_json(none, std::span<const jindu::Report>{});
    CHECK(none == "[]\n");
}

TEST_CASE("the same report always gives the same bytes") {
    CHECK(json_of(sample_report()) == json_of(sample_report()));
}

TEST_CASE("numbers are the shortest text that reads back, integers without a fraction") {
    const struct {
        double value;
        const char* text;
    } cases[] = {
        {80000, "80000"},
        {120000000, "120000000"},
        {96000, "96000"},
        {5, "5"},
        {0.75, "0.75"},
        {9.6, "9.6"},
        {0.1, "0.1"},
        {-2.5, "-2.5"},
        {-0.0, "0"},
        {1.0 / 3, "0.3333333333333333"},
        {1e-7, "1e-07"},
        {1e21, "1e+21"},
        {std::numeric_limits<double>::quiet_NaN(), "null"},
        {std::numeric_limits<double>::infinity(), "null"},
    };
    for (const auto& c : cases) CHECK_MESSAGE(number_text(c.value) == c.text, c.text);
}

TEST_CASE("every finite number reads back to the same double") {
    std::mt19937_64 random(20240630);
    std::uniform_real_distribution<double> exponent(-12, 21);
    for (int i = 0; i < 20000; ++i) {
        double v = std::pow(10.0, exponent(random));
        if (i % 3 == 0) v = std::round(v);
        if (i % 7 == 0) v = -v;
        const std::string text = number_text(v);
        double back = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), back);
        REQUIRE(result.ec == std::errc{});
        REQUIRE(result.ptr == text.data() + text.size());
        CHECK_MESSAGE(back == v, text);
        if (std::trunc(v) == v && std::fabs(v) < 1e21) CHECK_MESSAGE(text.find_first_of(".e") == std::string::npos, text);
    }
}

TEST_CASE("non-finite numbers are written as null") {
    jindu::Report r;
    jindu::Item item;
    item.completion = std::numeric_limits<double>::infinity();
    r.items.push_back(item);
    CHECK(nlohmann::json::parse(json_of(r))["items"][0]["completion"].is_null());
}

TEST_CASE("strings escape only what JSON requires and keep UTF-8 as is") {
    const struct {
        std::string in;
        const char* out;
    } cases[] = {
        {"完成率 100%", "\"完成率 100%\""},
        {"a\"b\\c", R"("a\"b\\c")"},
        {"line\nbreak\ttab\r", R"("line\nbreak\ttab\r")"},
        {std::string("nul\0x", 5), R"("nul\u0000x")"},
        {"\x1f\x7f", "\"\\u001f\x7f\""},
        {"/<script>", "\"/<script>\""},
        {"\xE2\x80\xA8", "\"\xE2\x80\xA8\""},
    };
    for (const auto& c : cases) CHECK_MESSAGE(json_string(c.in) == c.out, c.out);
}

TEST_CASE("long strings escape as they do one code point at a time") {
    // The writer copies runs of bytes, eight ASCII bytes at a time where it
    // can; this reference decides every code point on its own.
    const auto reference = [](std::string_view s) {
        std::string out = "\"";
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t at = i;
            const char32_t cp = jindu::utf8::next(s, i);
            if (cp == jindu::utf8::invalid) out += "\xEF\xBF\xBD";
            else if (cp == '"') out += "\\\"";
            else if (cp == '\\') out += "\\\\";
            else if (cp == '\n') out += "\\n";
            else if (cp == '\r') out += "\\r";
            else if (cp == '\t') out += "\\t";
            else if (cp == '\b') out += "\\b";
            else if (cp == '\f') out += "\\f";
            else if (cp < 0x20) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(cp));
                out += hex;
            } else out.append(s.substr(at, i - at));
        }
        return out + "\"";
    };
    static constexpr std::string_view parts[] = {
        "a", "samples/2024-h1.txt", "12345678", "-./:", "\"", "\\", "\n", "\t", "\x01", "\x1f", " ",
        "完成率", "\xFF", "\xE5\xAE", "\xED\xA0\x80", "~"};
    std::mt19937 rng(8);
    for (int round = 0; round < 5000; ++round) {
        std::string s;
        const int n = static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) s += parts[rng() % std::size(parts)];
        INFO(s);
        CHECK(json_string(s) == reference(s));
    }
}

TEST_CASE("invalid UTF-8 is written as U+FFFD so the output stays valid") {
    const struct {
        std::string in;
        const char* out;
    } cases[] = {
        {"a\xFF" "b", "\"a\xEF\xBF\xBD" "b\""},
        {"\xE5\xAE", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},         // a cut-off 完
        {"\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},         // overlong '/'
        {"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},  // a surrogate
    };
    for (const auto& c : cases) CHECK(json_string(c.in) == c.out);
    jindu::Report r;
    r.title = "\xE5\xAE";
    CHECK(nlohmann::json::accept(json_of(r)));
}
