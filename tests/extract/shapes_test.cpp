// The rules read the same across report shapes: one small report written as
// tab text, Markdown and HTML gives the same roles, statuses and completions.
#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jindu;

namespace {

struct Row {
    const char* seq;
    const char* content;
    const char* owners;
    const char* progress;
};

const std::vector<Row> rows{
    {"1", "改造提升中小学校舍 200 所", "区教育局", "开工199所，完工102所"},
    {"2", "打通断头路 5 条", "区住建局", "南山东路、南山西路、葡萄路、绣山路均已完工，其余正在有序推进中"},
    {"3", "新建口袋公园 40 个", "区综合执法局", "项目尚未启动"},
    {"4", "城镇新增就业 1.2 万人", "区人社局", "新增就业 1.31 万人，超任务 9.4 个百分点"},
    {"5", "打通断头河 2 条", "区农业农村局", "鱼鳞泱河已复工，当前进度 75%；十八湾河当前进度 50%"},
    {"6", "食品抽检合格率保持在97%以上", "区市场监管局", "合格率98.4%"},
    {"7", "为 70 周岁以上老人提供每人每月 300 元补贴，惠及 9.6 万人", "区民政局", "已全部完成"},
};

std::string as_tabs() {
    std::string s = "2024年区民生实事项目进展表\n序号\t项目内容\t责任单位\t进展情况\n";
    for (const auto& r : rows) s += std::string(r.seq) + "\t" + r.content + "\t" + r.owners + "\t" + r.progress + "\n";
    return s;
}

std::string as_markdown() {
    std::string s = "# 2024年区民生实事项目进展表\n\n| 序号 | 项目内容 | 责任单位 | 进展情况 |\n|---|---|---|---|\n";
    for (const auto& r : rows)
        s += std::string("| ") + r.seq + " | " + r.content + " | " + r.owners + " | " + r.progress + " |\n";
    return s;
}

std::string as_html() {
    std::string s = "<html><body><h1>2024年区民生实事项目进展表</h1><table>"
                    "<tr><th>序号</th><th>项目内容</th><th>责任单位</th><th>进展情况</th></tr>";
    for (const auto& r : rows)
        s += std::string("<tr><td>") + r.seq + "</td><td>" + r.content + "</td><td>" + r.owners + "</td><td>" +
             r.progress + "</td></tr>";
    return s + "</table></body></html>";
}

std::string summary(const Item& item) {
    auto values = [](const std::vector<Amount>& list) {
        std::string s;
        for (const auto& a : list) s += std::to_string(a.quantity.value).substr(0, 8) + a.quantity.unit + ";";
        return s;
    };
    return "T=" + values(item.targets) + " A=" + values(item.achieved) + " P=" + values(item.percents) +
           " O=" + values(item.others) + " " + std::string(to_string(item.status));
}

}  // namespace

TEST_CASE("the rules give the same reading in tab text, Markdown and HTML") {
    const Report text = parse(as_tabs());
    const Report markdown = parse(as_markdown());
    const Report html = parse(as_html());
    CHECK(text.format == InputFormat::text);
    CHECK(markdown.format == InputFormat::markdown);
    CHECK(html.format == InputFormat::html);
    REQUIRE(text.items.size() == rows.size());
    REQUIRE(markdown.items.size() == rows.size());
    REQUIRE(html.items.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(summary(markdown.items[i]) == summary(text.items[i]));
        CHECK(summary(html.items[i]) == summary(text.items[i]));
    }
    const std::vector<Status> expected{Status::in_progress, Status::in_progress, Status::not_started,
                                       Status::exceeded,    Status::in_progress, Status::completed,
                                       Status::completed};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(text.items[i].status == expected[i]);
    }
    CHECK(text.items[0].achieved.at(0).quantity.value == 102);
    CHECK(text.items[1].achieved.at(0).implied);
    CHECK(text.items[3].others.at(0).quantity.kind == Kind::percentage_point);
    CHECK(text.items[4].percents.at(0).subject == "鱼鳞泱河");
    // Passing a bounded target (97%以上 → 98.4%) only meets it.
    REQUIRE(text.items[6].targets.size() == 2);
    CHECK(text.items[6].targets[0].quantity.kind == Kind::rate);
    CHECK(text.items[6].targets[0].quantity.value == 300);
    CHECK(text.items[6].targets[1].quantity.value == 96000);
}
