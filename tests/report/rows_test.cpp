// What a row under the header is.
#include "report/rows.hpp"

#include <doctest/doctest.h>

using namespace jindu;
using namespace jindu::report;

namespace {

Row row(std::initializer_list<const char*> cells) {
    Row r;
    for (const char* c : cells) r.cells.push_back(Cell{c, false});
    return r;
}

HeaderMap header() {
    std::vector<Row> rows{row({"序号", "项目名称", "目标任务", "责任单位", "进展情况"})};
    return *table::match_header(rows, 0);
}

}  // namespace

TEST_CASE("rows are told apart: notes, totals, other tables, lost merges and data") {
    const HeaderMap h = header();
    CHECK(classify_row(row({"", "", "", "", ""}), h) == RowKind::blank);
    CHECK(classify_row(row({"序号", "项目名称", "目标任务", "责任单位", "进展情况"}), h) == RowKind::header);
    CHECK(classify_row(row({"注：数据截至9月底", "", "", "", ""}), h) == RowKind::note);
    CHECK(classify_row(row({"合计", "", "12项", "", ""}), h) == RowKind::total);
    CHECK(classify_row(row({"序号", "单位", "联系人", "联系电话", ""}), h) == RowKind::other_header);
    Row heading = row({"二、城乡建设", "二、城乡建设", "二、城乡建设", "二、城乡建设", "二、城乡建设"});
    for (std::size_t c = 1; c < heading.cells.size(); ++c) heading.cells[c].spanned = true;  // a colspan
    CHECK(classify_row(heading, h) == RowKind::line);
    CHECK(classify_row(row({"二、城乡建设", "", "", "", ""}), h) == RowKind::line);
    CHECK(classify_row(row({"新增泊位500个", "已新增320个", "", "", ""}), h) == RowKind::shifted);
    CHECK(classify_row(row({"3", "公园建设", "新建公园2个", "区城管局", "已建成1个"}), h) == RowKind::data);
    CHECK(classify_row(row({"", "", "改造道路3条", "", "完工2条"}), h) == RowKind::data);
}

TEST_CASE("a 序号 is short and numbered; a heading has its number stripped") {
    for (const char* seq : {"1", "１２", "十一", "9*", "(3)", "3-1", "第5项", "①", "⑫", "⑴", "❸", "㈡"}) {
        CAPTURE(seq);
        CHECK(is_seq_like(seq));
    }
    CHECK(bare_seq("第一项") == "一");
    CHECK(bare_seq(" 第3项 ") == "3");
    CHECK(bare_seq("项目五") == "五");
    CHECK(bare_seq("9*") == "9*");
    CHECK(bare_seq("第一批") == "第一批");  // no counter of items
    CHECK(bare_seq("项目管理") == "项目管理");
    for (const char* not_seq : {"新增学位1620个", "合计", "", "教育"}) {
        CAPTURE(not_seq);
        CHECK_FALSE(is_seq_like(not_seq));
    }
    CHECK(heading_of("一、教育卫生", "一、教育卫生") == "教育卫生");
    CHECK(heading_of("(三)城乡建设", "（三）城乡建设") == "城乡建设");
    CHECK(heading_of("壹、社会福利", "壹、社會福利") == "社會福利");
    CHECK(heading_of("1.新建学校", "1.新建学校").empty());
}
