// JSON Lines: one object per item per line, with its report's head fields,
// spelled exactly as the JSON writer spells them.
#include <jindu/write.hpp>

#include "write/sample_report.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using jindu::test::sample_report;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> lines;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("each item is one line: the report's source, title, year and period, then the item as in JSON") {
    jindu::Report report = sample_report();
    report.items[0].content += "\n第二行";  // a line break in a cell stays inside its line
    std::string lines_text;
    jindu::write_jsonl(lines_text, report);
    std::string json_text;
    jindu::write_json(json_text, report);
    const auto doc = nlohmann::json::parse(json_text);

    REQUIRE(lines_text.ends_with('\n'));
    const auto lines = lines_of(lines_text);
    REQUIRE(lines.size() == report.items.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto line = nlohmann::json::parse(lines[i]);
        REQUIRE(line.is_object());
        nlohmann::json expected = {{"source", doc["source"]},
                                   {"title", doc["title"]},
                                   {"year", doc["year"]},
                                   {"period", doc["period"]}};
        expected.update(doc["items"][i]);
        CHECK(line == expected);
    }
    CHECK(lines[0].starts_with(R"({"source":"samples/2024-h1.txt",)"
                               R"("title":"2024年度区政府民生实项目半年度进展表",)"
                               R"("year":2024,"period":{"code":"H1","text":"半年度"},"row":5,"seq":"1",)"));
}

TEST_CASE("missing head fields are null, a report without items gives no line, and writes concatenate") {
    jindu::Report bare = sample_report();
    bare.title.clear();
    bare.year.reset();
    bare.period.reset();
    jindu::Report empty = sample_report();
    empty.items.clear();

    std::string out;
    jindu::write_jsonl(out, empty);
    CHECK(out.empty());
    jindu::write_jsonl(out, bare);
    const auto first = nlohmann::json::parse(lines_of(out).at(0));
    CHECK(first["title"].is_null());
    CHECK(first["year"].is_null());
    CHECK(first["period"].is_null());

    const std::vector<jindu::Report> both{bare, sample_report()};
    std::string together;
    jindu::write_jsonl(together, both);
    std::string one_by_one;
    jindu::write_jsonl(one_by_one, both[0]);
    jindu::write_jsonl(one_by_one, both[1]);
    CHECK(together == one_by_one);
    CHECK(lines_of(together).size() == 4);
}

TEST_CASE("the streaming JSON Lines writer gives the string writer's bytes") {
    jindu::Report report = sample_report();
    const std::vector<jindu::Item> two = report.items;
    for (std::size_t i = 0; i < 3000; ++i) report.items.push_back(two[i % 2]);
    std::string expected;
    jindu::write_jsonl(expected, report);
    REQUIRE(expected.size() > (std::size_t{64} << 10));  // several chunks
    std::ostringstream stream;
    jindu::write_jsonl(stream, report);
    CHECK(stream.str() == expected);
}
