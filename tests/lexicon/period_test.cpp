#include "lexicon/period.hpp"

#include <doctest/doctest.h>

using namespace jindu::lexicon;

TEST_CASE("periods are read from titles") {
    struct Case {
        const char* title;
        const char* code;
        const char* text;
    };
    for (const auto& c : std::initializer_list<Case>{
             {"2024年度区政府民生实项目半年度进展表", "H1", "半年度"},
             {"2023年上半年重点工作完成情况", "H1", "上半年"},
             {"2025年一季度民生实事进展情况", "Q1", "一季度"},
             {"2024年1-9月重点项目推进情况", "Q3", "1-9月"},
             {"2024年前三季度重点工作完成情况", "Q3", "前三季度"},
             {"2024年10月份为民办实事进展情况", "M10", "10月份"},
             {"2024年1-10月重点工作推进情况", "M10", "1-10月"},
             {"2023年全年民生实事完成情况", "FY", "全年"},
             {"2023年度民生实事项目完成情况", "FY", "年度"}}) {
        CAPTURE(c.title);
        const auto p = find_period(c.title);
        REQUIRE(p);
        CHECK(p->code == c.code);
        CHECK(p->text == c.text);
    }
    CHECK_FALSE(find_period("民生实事项目进展表"));
}

TEST_CASE("years are read in Arabic and Chinese digits") {
    CHECK(find_year("2024年度区政府民生实项目半年度进展表") == 2024);
    CHECK(find_year("二〇二三年民生实事") == 2023);
    CHECK_FALSE(find_year("新建停车位 5000 个"));
    CHECK_FALSE(find_year("民生实事项目进展表"));
}
