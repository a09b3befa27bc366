// The quantities issue 2 requires from cells of the seed report.
#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using jindu::test::dump_scan;

namespace {

struct Case {
    const char* text;
    const char* dump;
};

}  // namespace

TEST_CASE("scan reads the seed report's cells as issue 2 requires") {
    const Case cases[] = {
        {"新投用小学、幼儿园 5 所。", "5 所 count"},
        {"小学：已完成 85%。幼儿园：已完成 65%。", "85 % percent | 65 % percent"},
        {"长期护理保险参保人数达 80 万人。", "800000 人 count"},
        {"2024 年长护险参保人数已达 85 万人。", "850000 人 count"},
        {"打造慢病诊疗系统，为全区 8 万多名“两慢病”患者提供健康服务。", "80000 名 count more_than"},
        {"建设筹集保障性租赁住房 5000 套（间）。", "5000 套(间) count"},
        {"已建设筹集保障性租赁住房 5109 套（间）。", "5109 套(间) count"},
        {"完成老旧小区改造 12 个。", "12 个 count"},
        {"已完成 12 个老旧小区改造。", "12 个 count"},
        {"打通“断头路”“梗阻路”5 条。", "5 条 count"},
        {"新建“环鹿步道”57公里。", "57 公里 length"},
        {"为 70 周岁以上老人提供老年食堂就餐补助，惠及 9.6 万人。", "70 周岁 age at_least | 96000 人 count"},
        {"实现困难群众资助参保 100%、医疗救助政策落实率 100%、困难群众 5 万元以上高额费用化解率 100%。",
         "100 % percent | 100 % percent | 50000 元 money at_least | 100 % percent"},
        {"向符合条件的新居民提供每人每月 300 元的住房租赁补贴。", "300 元 rate"},
        {"为困难群众免费治疗白内障 80 例。", "80 例 count"},
        {"已完成手术 108 例。", "108 例 count"},
        {"招标文件已完成两轮专家论证，已发布招标公告。", ""},
        {"第一次疗休养活动已于 6 月 29 日赴泰顺开展", ""},
        {"中梁首府码头已于 5 月完工并投入使用", ""},
        {"水上巴士 2 号线码头", ""},
        {"温州市城市中心区 A-24 地块公园绿地建设工程", ""},
        {"对困难群众资助参保 100%，一站式结算，实现医疗救助率 100%",
         "100 % percent | 100 % percent"},
        {"<ol style=\"list-style-type: none\"> 1. 将目标任务分解至各街镇。 2. 各街镇已完成符合条件残疾人家庭无障碍改造对象的排摸工作。"
         " 3. 已完成公开招标、开标并确定施工单位。 4. 已启动入户评估工作。",
         ""},
        {"猫儿桥河、张宅河已完工，完成率 100%；鱼鳞泱河已复工，当前进度 75%；十八湾河当前进度 50%",
         "100 % percent | 75 % percent | 50 % percent"},
        {"五马街道八仙楼社区", ""},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(dump_scan(c.text) == c.dump);
    }
}

TEST_CASE("scan keeps the original span and its byte offsets") {
    const std::string text = "住房 5000 套（间）。";
    const auto found = jindu::scan(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "5000 套（间）");
    CHECK(found[0].unit == "套(间)");
    CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == found[0].text);
}

TEST_CASE("scan finds no trap quantity anywhere in the seed report") {
    std::ifstream in(JINDU_SOURCE_DIR "/samples/2024-h1-district-livelihood-projects.txt");
    REQUIRE(in.good());
    std::stringstream buffer;
    buffer << in.rdbuf();
    for (const jindu::Quantity& q : jindu::scan(buffer.str())) {
        INFO(q.text);
        CHECK(q.text.find("2024") == std::string::npos);
        CHECK(q.text.find("号") == std::string::npos);
        CHECK(q.text.find("月") == std::string::npos);
        CHECK(q.text.find("两") == std::string::npos);
        CHECK(q.text.find("一") == std::string::npos);
    }
}
