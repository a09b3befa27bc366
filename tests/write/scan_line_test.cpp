#include <jindu/write.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

jindu::Quantity quantity(double value, std::string unit, jindu::Kind kind, std::string_view line,
                         std::string_view text) {
    jindu::Quantity q;
    q.value = value;
    q.unit = std::move(unit);
    q.kind = kind;
    q.text = std::string(text);
    q.begin = line.find(text);
    q.end = q.begin + text.size();
    return q;
}

std::string scan_line(std::string_view line, const std::vector<jindu::Quantity>& quantities) {
    std::string out;
    jindu::write_scan_line(out, line, quantities);
    return out;
}

}  // namespace

TEST_CASE("a line without quantities is an empty array") {
    CHECK(scan_line("2024 年", {}) == "[]\n");
    CHECK(scan_line("", {}) == "[]\n");
}

TEST_CASE("scan offsets are code points into the line, not bytes") {
    const std::string line = "惠及 9.6 万人，新建 57公里";
    const std::vector<jindu::Quantity> found{
        quantity(96000, "人", jindu::Kind::count, line, "9.6 万人"),
        quantity(57, "公里", jindu::Kind::length, line, "57公里"),
    };
    CHECK(scan_line(line, found) ==
          R"([{"text":"9.6 万人","start":3,"end":9,"value":96000,"value_max":null,"unit":"人",)"
          R"("kind":"count","qualifier":null},{"text":"57公里","start":13,"end":17,"value":57,)"
          R"("value_max":null,"unit":"公里","kind":"length","qualifier":null}])"
          "\n");
}

TEST_CASE("scan lines carry ranges and qualifiers") {
    const std::string line = "3-5 个，8 万多名";
    auto range = quantity(3, "个", jindu::Kind::count, line, "3-5 个");
    range.value_max = 5;
    auto more = quantity(80000, "名", jindu::Kind::count, line, "8 万多名");
    more.qualifier = jindu::Qualifier::more_than;
    CHECK(scan_line(line, {range, more}) ==
          R"([{"text":"3-5 个","start":0,"end":5,"value":3,"value_max":5,"unit":"个","kind":"count",)"
          R"("qualifier":null},{"text":"8 万多名","start":6,"end":11,"value":80000,"value_max":null,)"
          R"("unit":"名","kind":"count","qualifier":"more_than"}])"
          "\n");
}

TEST_CASE("offsets out of order or past the line end are still counted from the line start") {
    const std::string line = "完成 5 所";
    jindu::Quantity late;
    late.begin = 7;
    late.end = 100;
    jindu::Quantity early;
    early.begin = 0;
    early.end = 3;
    const std::string out = scan_line(line, {late, early});
    CHECK(out.find(R"("start":3,"end":6)") != std::string::npos);
    CHECK(out.find(R"("start":0,"end":1)") != std::string::npos);
}
