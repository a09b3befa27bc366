// scan, case by case: {input, one-line dump of what scan finds}.
#include "support/dump.hpp"
#include "lex/scan.hpp"

#include <jindu/source.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <thread>
#include <string>
#include <vector>

using jindu::test::dump_scan;

namespace {

struct Case {
    const char* text;
    const char* dump;
};

template <std::size_t N>
void check_all(const Case (&cases)[N]) {
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(dump_scan(c.text) == c.dump);
    }
}

}  // namespace

TEST_CASE("Arabic numbers: decimals, separators, full-width digits, signs, exponents") {
    const Case cases[] = {
        {"1,100.9", "1100.9 other"},
        {"１１．92", "11.92 other"},
        {"+5", "5 other"},
        {"-3.5", "-3.5 other"},
        {"负40", "-40 other"},
        {"1.5e3", "1500 other"},
        {"1,050,000,000", "1050000000 other"},
        {"1, 234", "1 other | 234 other"},
        {"40k", "40000 other"},
        {"3/5", "0.6 other"},
    };
    check_all(cases);
}

TEST_CASE("Chinese numerals: digits, 两, 零, capitals, 廿 卅, 点 decimals") {
    const Case cases[] = {
        {"一百二十三", "123 other"},
        {"两千", "2000 other"},
        {"一千零五", "1005 other"},
        {"零点五", "0.5 other"},
        {"肆佰陆拾", "460 other"},
        {"貳拾參", "23 other"},
        {"陸佰", "600 other"},
        {"廿三", "23 other"},
        {"卅", "30 other"},
        {"三点五", "3.5 other"},
        {"五亿零六", "500000006 other"},
        {"一千二百一十九亿十万五千七百一十二", "121900105712 other"},
        {"壹萬零貳佰", "10200 other"},
    };
    check_all(cases);
}

TEST_CASE("a digit after a multiplier stands for the next lower unit") {
    const Case cases[] = {
        {"一万五", "15000 other"},
        {"两千三", "2300 other"},
        {"九万四", "94000 other"},
        {"一百五", "150 other"},
        {"两千三点一", "2300.1 other"},
    };
    check_all(cases);
}

TEST_CASE("万 and 亿 multiply Arabic and Chinese numbers alike") {
    const Case cases[] = {
        {"9.6万", "96000 other"},
        {"3万4000", "34000 other"},
        {"25万6千", "256000 other"},
        {"2千零30万", "20300000 other"},
        {"1.2亿", "120000000 other"},
        {"4.78万亿", "4780000000000 other"},
        {"80 万人", "800000 人 count"},
        {"1.2 亿元", "120000000 元 money"},
        {"50 万元", "500000 元 money"},
    };
    check_all(cases);
}

TEST_CASE("approximations give a qualifier on the base value") {
    const Case cases[] = {
        {"8 万多名", "80000 名 count more_than"},
        {"五百余万", "5000000 other more_than"},
        {"十几个", "10 个 count more_than"},
        {"近 3 年", "3 年 duration about"},
        {"约 20 人", "20 人 count about"},
        {"20 人左右", "20 人 count about"},
        {"超过 5 万元", "50000 元 money more_than"},
        {"逾 300 户", "300 户 count more_than"},
        {"100 户以上", "100 户 count at_least"},
        {"不少于 10 个", "10 个 count at_least"},
        {"不低于 90%", "90 % percent at_least"},
        {"50 人以下", "50 人 count at_most"},
        {"不超过 3 天", "3 天 duration at_most"},
        {"3 公里以内", "3 公里 length at_most"},
        {"70 周岁以上", "70 周岁 age at_least"},
    };
    check_all(cases);
}

TEST_CASE("percentages, fractions and ratios") {
    const Case cases[] = {
        {"85%", "85 % percent"},
        {"８５％", "85 % percent"},
        {"百分之八十五", "85 % percent"},
        {"百分之百", "100 % percent"},
        {"百分之一百二十点五", "120.5 % percent"},
        {"千分之二点四", "0.24 % percent"},
        {"万分之三", "0.03 % percent"},
        {"五分之一", "0.2 other"},
        {"三又三分之一", "3.33333 other"},
        {"九成", "90 % percent"},
        {"三成半", "35 % percent"},
        {"九折", "90 % percent"},
        {"提高 3 个百分点", "3 个百分点 percentage_point"},
        {"二三十个百分点", ""},
    };
    check_all(cases);
}

TEST_CASE("ranges put the low end in value and the high end in value_max") {
    const Case cases[] = {
        {"3-5 个", "3..5 个 count"},
        {"八至十座", "8..10 座 count"},
        {"10%至20%", "10..20 % percent"},
        {"一万至一万五千元", "10000..15000 元 money"},
        {"3～5 天", "3..5 天 duration"},
        {"3-5 万元", "30000..50000 元 money"},
        {"20-30万人", "200000..300000 人 count"},
        {"1.2-1.5 亿元", "120000000..150000000 元 money"},
    };
    check_all(cases);
}

TEST_CASE("units and measure words come from one table with their kind") {
    const Case cases[] = {
        {"5 所", "5 所 count"},
        {"5000 套（间）", "5000 套(间) count"},
        {"新增 1000 人次", "1000 人次 count"},
        {"12 名", "12 名 count"},
        {"3 例", "3 例 count"},
        {"5 条", "5 条 count"},
        {"2 座", "2 座 count"},
        {"4 家", "4 家 count"},
        {"10 辆", "10 辆 count"},
        {"100 盏", "100 盏 count"},
        {"6 幢", "6 幢 count"},
        {"3 场次", "3 场次 count"},
        {"10 项", "10 项 count"},
        {"300 份", "300 份 count"},
        {"57公里", "57 公里 length"},
        {"20 千米", "20 千米 length"},
        {"5000 平方米", "5000 平方米 area"},
        {"100 亩", "100 亩 area"},
        {"3 公顷", "3 公顷 area"},
        {"2 万立方米", "20000 立方米 volume"},
        {"500 吨", "500 吨 weight"},
        {"300 元", "300 元 money"},
        {"3 个月", "3 个月 duration"},
        {"两个", "2 个 count"},
        {"6000颗", "6000 颗 count"},
        // a second classifier in brackets stays with the unit; other brackets do not
        {"采购设备40台（套）", "40 台(套) count"},
        {"整治12个(处)", "12 个(处) count"},
        {"建成5个（其中城区2个）", "5 个 count | 2 个 count"},
        {"完成3公里（段）", "3 公里 length"},
    };
    check_all(cases);
}

TEST_CASE("rates: 每 before the number or a slash after the unit") {
    const Case cases[] = {
        {"每人每月 300 元", "300 元 rate"},
        {"300元/月/人", "300 元/月/人 rate"},
        {"每年新增 5 个", "5 个 count"},
    };
    check_all(cases);
}

TEST_CASE("years, dates and quarters are not quantities") {
    const Case cases[] = {
        {"2024 年", ""},     {"2024年度", ""}, {"二〇二四年", ""}, {"6 月 29 日", ""},
        {"5 月", ""},        {"9月底", ""},    {"1-9月", ""},      {"一季度", ""},
        {"2023-2024 年", ""}, {"2024/6/29", ""}, {"10:30", ""}, {"九十年代", ""},
        {"5 年", "5 年 duration"},
    };
    check_all(cases);
}

TEST_CASE("identifiers, ordinals and phone numbers are not quantities") {
    const Case cases[] = {
        {"2 号线", ""},          {"A-24 地块", ""},  {"K3路", ""},     {"S216", ""},
        {"12号公厕", ""},        {"第一次", ""},     {"第3所", ""},    {"3D 打印", ""},
        {"电话 0577-88888888", ""}, {"手机 13812345678", ""}, {"12345 热线", ""},
        {"1.2.3", ""},           {"www.example.com/2024/5", ""},
    };
    check_all(cases);
}

TEST_CASE("names that contain numerals are not quantities") {
    const Case cases[] = {
        {"一站式", ""},   {"两慢病", ""},   {"五个坚持", ""}, {"三级联动", ""}, {"15分钟生活圈", ""},
        {"两癌", ""},     {"十八湾河", ""}, {"八仙楼", ""},   {"两轮专家论证", ""},
        {"统一规划", ""}, {"进一步", ""},   {"唯一", ""},     {"万一", ""},     {"千万不要", ""},
        {"一些", ""},     {"一起", ""},     {"十分重要", ""}, {"一定", ""},     {"陆续完成", ""},
        {"参与", ""},     {"一是加强，二是推进", ""},
    };
    check_all(cases);
}

TEST_CASE("a short phrase in quotes names something: its Chinese numerals are no amount") {
    const Case cases[] = {
        {"实现“一次办”不少于200项", "200 项 count at_least"},
        {"推行“最多跑一次”改革", ""},
        {"开展「三个一批」行动", ""},
        {"“两个一百万”工程", ""},
        // an amount in quotes written in digits, or a long quotation, stays an amount
        {"“新增学位3000个”", "3000 个 count"},
        {"提出“全年新建改建农村公路一百二十公里以上的目标”", "120 公里 length at_least"},
    };
    check_all(cases);
}

TEST_CASE("list markers are not quantities") {
    const Case cases[] = {
        {"1. 加强", ""}, {" 2. 推进", ""}, {"1、加强", ""}, {"①推进", ""}, {"一、加强", ""}, {"（一）推进", ""}, {"(1) 推进", ""},
        {"<ol> 1. 将目标任务分解。 2. 已完成 5 项。", "5 项 count"},
    };
    check_all(cases);
}

TEST_CASE("a bare Chinese digit needs a unit or a clear boundary to count") {
    const Case cases[] = {
        {"二", "2 other"},
        {"一只", "1 只 count"},
        {"这是五那是四", "5 other | 4 other"},
        {"四川", ""},
        {"这是我的队伍", ""},
        {"登陆部队", ""},
    };
    check_all(cases);
}

TEST_CASE("scan never throws and skips invalid UTF-8") {
    CHECK(dump_scan("完成\xff 5 所\xc0") == "5 所 count");
    CHECK(dump_scan("") == "");
    CHECK(dump_scan(std::string(1000, '9')).size() > 0);
    const std::string nul("5\0 所", 5);
    CHECK_NOTHROW(jindu::scan(nul));
}

TEST_CASE("to_string names kinds and qualifiers as JSON does") {
    CHECK(jindu::to_string(jindu::Kind::percentage_point) == "percentage_point");
    CHECK(jindu::to_string(jindu::Qualifier::more_than) == "more_than");
    CHECK(jindu::to_string(jindu::Qualifier::none).empty());
}

TEST_CASE("vague amounts and words that only look like measures are not quantities") {
    const Case cases[] = {
        {"数十个", ""}, {"几十万元", ""}, {"上百家", ""}, {"近百个", ""}, {"四面八方", ""},
        {"PM2.5 浓度", ""}, {"三个一批", ""}, {"百姓", ""}, {"千家万户", ""},
    };
    check_all(cases);
}

TEST_CASE("every quantity's text is its byte span of the input, whatever the input") {
    // Random mixes of numeral characters, units, punctuation and invalid bytes.
    const char* const pieces[] = {
        "一", "二", "两", "十", "百", "千", "万", "亿", "零", "点", "多", "余", "几", "负", "分之", "成", "折",
        "个", "元", "%", "％", "5", "0", ".", ",", "-", "至", " ", "年", "月", "第", "号", "每", "/", "９",
        "萬", "貳", "壹", "拾", "\xff", "\xe4\xb8", "(", ")", "、", "。", "k", "e", "^", "以上", "左右",
    };
    std::uint32_t state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const auto length = next() % 24;
        for (std::uint32_t k = 0; k < length; ++k) text += pieces[next() % std::size(pieces)];
        INFO(text);
        std::vector<jindu::Quantity> found;
        REQUIRE_NOTHROW(found = jindu::scan(text));
        std::size_t previous_end = 0;
        for (const jindu::Quantity& q : found) {
            CHECK(q.begin < q.end);
            CHECK(q.end <= text.size());
            CHECK(q.begin >= previous_end);
            CHECK(text.substr(q.begin, q.end - q.begin) == q.text);
            CHECK(std::isfinite(q.value));
            previous_end = q.end;
        }
    }
}

TEST_CASE("traditional characters and full-width forms read as their simplified forms") {
    const Case cases[] = {
        {"共計 3 萬人", "30000 人 count"},
        {"完成 ８５％", "85 % percent"},
        {"兩千萬元", "20000000 元 money"},
        {"百分之十點五", "10.5 % percent"},
        {"５１０９套（間）", "5109 套(间) count"},
    };
    check_all(cases);
}

TEST_CASE("per-capita amounts are rates") {
    const Case cases[] = {
        {"人均 3000 元", "3000 元 rate"},
        {"3 万元/亩", "30000 元/亩 rate"},
        {"年均增长 5%", "5 % percent"},
    };
    check_all(cases);
}

TEST_CASE("scan gives the same answers from many threads at once") {
    const std::string text = "新投用小学、幼儿园 5 所，惠及 9.6 万人，完成 85%。2024 年 6 月 29 日";
    const std::string expected = dump_scan(text);
    std::vector<std::string> got(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) got[t] = dump_scan(text);
        });
    for (auto& thread : threads) thread.join();
    for (const std::string& g : got) CHECK(g == expected);
}

TEST_CASE("a decimal times 万 is the exact whole number") {
    const auto found = jindu::scan("累计服务老人1.62万名，投资 3.3 亿元，惠及 0.7 万户");
    REQUIRE(found.size() == 3);
    CHECK(found[0].value == 16200);
    CHECK(found[1].value == 330000000);
    CHECK(found[2].value == 7000);
}

TEST_CASE("scanning a matching view as is gives what scanning it again folded gives") {
    std::ifstream in(JINDU_SOURCE_DIR "/samples/2024-h1-district-livelihood-projects-traditional.txt");
    REQUIRE(in);
    std::size_t lines = 0, quantities = 0;
    for (std::string line; std::getline(in, line); ++lines) {
        const std::string view = jindu::matching_view(line);
        auto folded_again = jindu::scan(view);
        const auto as_is = jindu::lex::scan_matching_view(view);
        for (std::size_t k = 0; k < as_is.size() && k < folded_again.size(); ++k) {
            CHECK(as_is[k].text.empty());
            CHECK(folded_again[k].text == view.substr(folded_again[k].begin, folded_again[k].end - folded_again[k].begin));
            folded_again[k].text.clear();
        }
        CHECK(as_is == folded_again);
        quantities += as_is.size();
        // And the same values, units and kinds as scanning the original line.
        const auto original = jindu::scan(line);
        REQUIRE(original.size() == as_is.size());
        for (std::size_t k = 0; k < as_is.size(); ++k) {
            CHECK(original[k].value == as_is[k].value);
            CHECK(original[k].unit == as_is[k].unit);
            CHECK(original[k].kind == as_is[k].kind);
        }
    }
    CHECK(lines > 20);
    CHECK(quantities > 50);
}
