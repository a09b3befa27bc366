// The seed report (2024 half-year, 28 projects): every case the record model promises.
#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace jindu;

namespace {

const Report& seed() {
    static const Report report =
        parse_file(std::string(JINDU_SOURCE_DIR) + "/samples/2024-h1-district-livelihood-projects.txt");
    return report;
}

const Item& at_row(std::size_t row) {
    const auto& items = seed().items;
    const auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.row == row; });
    REQUIRE_MESSAGE(it != items.end(), "no item at row " << row);
    return *it;
}

// "80000 名 count more_than" — value, unit, kind and qualifier on one line.
std::string dump(const Amount& a) {
    std::string s = std::to_string(a.quantity.value);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    s += " " + a.quantity.unit + " " + std::string(to_string(a.quantity.kind));
    if (a.quantity.qualifier != Qualifier::none) s += " " + std::string(to_string(a.quantity.qualifier));
    return s;
}

std::vector<std::string> dumps(const std::vector<Amount>& amounts) {
    std::vector<std::string> out;
    for (const auto& a : amounts) out.push_back(dump(a));
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the seed's title, year and period are read from the line above the table") {
    CHECK(seed().title == "2024年度区政府民生实项目半年度进展表");
    REQUIRE(seed().year);
    CHECK(*seed().year == 2024);
    REQUIRE(seed().period);
    CHECK(seed().period->code == "H1");
    CHECK(seed().period->text == "半年度");
}

TEST_CASE("the seed has 28 items and its repeated headers are not items") {
    CHECK(seed().items.size() == 28);
    for (const auto& item : seed().items) CHECK(item.content != "项目内容");
}

TEST_CASE("blank 序号 and category cells continue the row above") {
    const Item& first = at_row(6);
    CHECK(first.seq == "1");
    CHECK(first.category == "教育优学");
    CHECK(at_row(7).seq == "1");
    CHECK(at_row(8).category == "教育优学");
    CHECK(at_row(39).seq == "10");
    CHECK(at_row(39).category == "文体惠民");
}

TEST_CASE("a responsible-units cell with spaces lists several owners") {
    CHECK(at_row(10).owners == Strings{"区卫生健康局", "区大数据管理中心"});
    CHECK(at_row(9).owners == Strings{"市医疗保障局鹿城分局"});
}

TEST_CASE("新投用小学、幼儿园 5 所 with two sub-item percents is in progress at 0.75") {
    const Item& item = at_row(6);
    CHECK(item.content == "新投用小学、幼儿园 5 所。");
    CHECK(item.progress == "小学：已完成 85%。幼儿园：已完成 65%。");
    REQUIRE(item.targets.size() == 1);
    CHECK(dump(item.targets[0]) == "5 所 count");
    CHECK(item.targets[0].subject == "小学、幼儿园");
    CHECK(item.targets[0].quantity.text == "5 所");
    REQUIRE(item.percents.size() == 2);
    CHECK(item.percents[0].quantity.value == 85);
    CHECK(item.percents[0].subject == "小学");
    CHECK(item.percents[0].quantity.text == "已完成 85%");
    CHECK(item.percents[1].quantity.value == 65);
    CHECK(item.percents[1].subject == "幼儿园");
    CHECK(item.achieved.empty());
    CHECK(item.status == Status::in_progress);
    REQUIRE(item.completion);
    CHECK(*item.completion == doctest::Approx(0.75));
}

TEST_CASE("参保人数达 80 万人 against 已达 85 万人 is exceeded") {
    const Item& item = at_row(9);
    CHECK(dumps(item.targets) == Strings{"800000 人 count"});
    CHECK(dumps(item.achieved) == Strings{"850000 人 count"});
    CHECK(item.status == Status::exceeded);
}

TEST_CASE("8 万多名“两慢病”患者 is 80000 名 more than, and 两慢病 is a name") {
    const Item& item = at_row(10);
    CHECK(dumps(item.targets) == Strings{"80000 名 count more_than"});
    for (const auto& a : item.others) CHECK(a.quantity.value != 2);
}

TEST_CASE("套（间） is one unit and 5109 against 5000 is exceeded") {
    const Item& item = at_row(11);
    CHECK(dumps(item.targets) == Strings{"5000 套(间) count"});
    CHECK(dumps(item.achieved) == Strings{"5109 套(间) count"});
    CHECK(item.status == Status::exceeded);
    REQUIRE(item.completion);
    CHECK(*item.completion == doctest::Approx(1.0218));
}

TEST_CASE("已完成 12 个 against 12 个 is completed") {
    const Item& item = at_row(12);
    CHECK(dumps(item.targets) == Strings{"12 个 count"});
    CHECK(dumps(item.achieved) == Strings{"12 个 count"});
    CHECK(item.status == Status::completed);
}

TEST_CASE("four named roads 均已完工 are 4 条 achieved, the rest in progress") {
    const Item& item = at_row(13);
    CHECK(dumps(item.targets) == Strings{"5 条 count"});
    REQUIRE(item.achieved.size() == 1);
    CHECK(dump(item.achieved[0]) == "4 条 count");
    CHECK(item.achieved[0].implied);
    CHECK(item.status == Status::in_progress);
}

TEST_CASE("57公里 without a space is a length") {
    CHECK(dumps(at_row(37).targets) == Strings{"57 公里 length"});
}

TEST_CASE("惠及 9.6 万人 is the target and 70 周岁以上 a threshold") {
    const Item& item = at_row(26);
    CHECK(dumps(item.targets) == Strings{"96000 人 count"});
    REQUIRE(item.others.size() == 1);
    CHECK(item.others[0].role == Role::threshold);
    CHECK(item.others[0].quantity.value == 70);
}

TEST_CASE("three 100% targets, with 5 万元以上 as a threshold") {
    const Item& item = at_row(21);
    CHECK(dumps(item.targets) == Strings{"100 % percent", "100 % percent", "100 % percent"});
    const auto threshold = std::find_if(item.others.begin(), item.others.end(),
                                        [](const Amount& a) { return a.role == Role::threshold; });
    REQUIRE(threshold != item.others.end());
    CHECK(dump(*threshold) == "50000 元 money at_least");
}

TEST_CASE("每人每月 300 元 that the content promises is a target of kind rate") {
    const Item& item = at_row(29);
    REQUIRE(item.targets.size() == 1);
    CHECK(dump(item.targets[0]) == "300 元 rate");
    CHECK(item.targets[0].field == jindu::Field::content);
    CHECK(item.targets[0].reason == "target: an amount per person or period");
}

TEST_CASE("已完成手术 108 例 against 80 例 is exceeded") {
    const Item& item = at_row(22);
    CHECK(dumps(item.targets) == Strings{"80 例 count"});
    CHECK(dumps(item.achieved) == Strings{"108 例 count"});
    CHECK(item.status == Status::exceeded);
}

TEST_CASE("the unclosed <ol> progress cell is text, and its list markers are not quantities") {
    const Item& item = at_row(23);
    CHECK(item.progress.find("<ol style=") == 0);
    CHECK(item.achieved.empty());
    CHECK(item.percents.empty());
    CHECK(item.others.empty());
}

TEST_CASE("years, dates, line numbers, plot codes, 一站式, 两轮 and 第一次 are not quantities") {
    for (const auto& item : seed().items) {
        for (const auto* list : {&item.targets, &item.achieved, &item.percents, &item.others}) {
            for (const auto& a : *list) {
                if (a.implied) continue;  // its text is the list of names it counts
                CAPTURE(a.quantity.text);
                for (std::string_view trap : {"2024", "月", "号线", "A-24", "一站式", "两轮", "第一次", "29 日"})
                    CHECK(a.quantity.text.find(trap) == std::string::npos);
            }
        }
    }
}
