// Responsible units read from a cell or a clause, in printed order.
#include "report/owners.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using jindu::report::names_a_unit;
using jindu::report::read_owners;

namespace {

std::string joined(const std::vector<std::string>& units) {
    std::string s;
    for (const auto& u : units) s += (s.empty() ? "" : "|") + u;
    return s;
}

}  // namespace

TEST_CASE("owners are split on marks and spaces, and a line break only after a unit's name") {
    struct Case {
        std::string cell;
        std::string units;
        std::string remark;
    };
    for (const Case& c : {
             Case{"市交通局、市公安局", "市交通局|市公安局", ""},
             Case{"市交通局 市城投公司", "市交通局|市城投公司", ""},
             Case{"市人力资源和\n社会保障局", "市人力资源和社会保障局", ""},
             Case{"市住建局\n各区政府", "市住建局|各区政府", ""},
             Case{"县水务局（东区水厂扩容预计年底完工）", "县水务局", "东区水厂扩容预计年底完工"},
             Case{"牵头单位：县文旅局；配合单位：各乡镇", "县文旅局", ""},
             Case{"县卫健委（牵头）、县财政局（配合）", "县卫健委", "牵头"},
             Case{"责任单位：区商务局；分管领导：王某某", "区商务局", ""},
             Case{"区城管局/区交警大队", "区城管局|区交警大队", ""},
             // A bracket inside a name is part of it; one after a name is a remark.
             Case{"省民政厅、各市（州）人民政府", "省民政厅|各市（州）人民政府", ""},
             // A label on a line of its own starts a part: 配合 units are no owners.
             Case{"牵头：省交通运输厅\n配合：省自然资源厅、省生态环境厅", "省交通运输厅", ""},
             Case{"牵头：省教育厅\n省财政厅\n配合：各设区市", "省教育厅|省财政厅", ""},
             // So does a label after a comma; a comma between names only splits them.
             Case{"牵头单位：区教育局，责任单位：区住建局、区财政局", "区教育局|区住建局|区财政局", ""},
             Case{"牵头单位：区教育局，配合单位：区财政局", "区教育局", ""},
             Case{"区教育局，区财政局", "区教育局|区财政局", ""},
         }) {
        CAPTURE(c.cell);
        const auto read = read_owners(c.cell);
        CHECK(joined(read.units) == c.units);
        CHECK(read.remark == c.remark);
    }
}

TEST_CASE("a cell that starts with a unit's name is told from a remark") {
    CHECK(names_a_unit("县水务局（东区水厂扩容预计年底完工）"));
    CHECK(names_a_unit("区教育局、区体育局"));
    CHECK(names_a_unit("城关镇"));
    CHECK_FALSE(names_a_unit("省级民生实事"));
    CHECK_FALSE(names_a_unit("受用地影响尚未开工"));
}
