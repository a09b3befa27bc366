// `jindu convert --format xlsx`: the workbook read back with jindu's own XLSX
// reader, against the JSON records of the same reports.
#include "cli/run_jindu.hpp"

#include <jindu/jindu.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace jindu::test;
using nlohmann::json;

namespace {

// The rows of one sheet: from its header row (first cell "source") to the next.
std::vector<jindu::Row> sheet_rows(const std::vector<jindu::Row>& rows, std::size_t sheet) {
    std::vector<jindu::Row> found;
    std::size_t headers = 0;
    for (const jindu::Row& row : rows) {
        if (!row.cells.empty() && row.cells[0].text == "source") ++headers;
        if (headers == sheet + 1) found.push_back(row);
    }
    return found;
}

std::vector<std::string> texts(const jindu::Row& row) {
    std::vector<std::string> out;
    for (const auto& cell : row.cells) out.push_back(cell.text);
    return out;
}

// A number cell, as the reader shows it under General, against its value.
void check_number(const std::string& shown, const json& value) {
    if (value.is_null()) {
        CHECK(shown.empty());
        return;
    }
    double read = 0;
    const auto [end, ec] = std::from_chars(shown.data(), shown.data() + shown.size(), read);
    REQUIRE_MESSAGE(ec == std::errc{}, shown);
    CHECK_MESSAGE(end == shown.data() + shown.size(), shown);
    const double expected = value.get<double>();
    CHECK_MESSAGE(std::abs(read - expected) <= 1e-9 * std::max(1.0, std::abs(expected)), shown);
}

std::string text_or_empty(const json& v) { return v.is_null() ? std::string() : v.get<std::string>(); }

std::string owners_of(const json& item) {
    std::string joined;
    for (const auto& owner : item["owners"]) {
        if (!joined.empty()) joined += "；";
        joined += owner.get<std::string>();
    }
    return joined;
}

}  // namespace

TEST_CASE("--format xlsx needs -o, and writes nothing when no input converts") {
    const Run run = run_jindu("convert --format xlsx '" + seed + "'");
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("-o") != std::string::npos);

    Scratch dir;
    const std::string out = dir / "kept.xlsx";
    write_file(out, "kept");
    CHECK(run_jindu("convert --format xlsx -o '" + out + "' '" + (dir / "missing.txt") + "'").status == 1);
    CHECK(read_file(out) == "kept");
}

TEST_CASE("every sample's workbook reads back with jindu's XLSX reader: one row per item and per quantity") {
    Scratch dir;
    std::size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(JINDU_SOURCE_DIR "/samples")) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
        const std::string sample = entry.path().string();
        CAPTURE(sample);
        const Run records = run_jindu("convert --format json '" + sample + "'");
        if (records.out.empty()) continue;  // a PDF, without the PDF reader
        const json report = json::parse(records.out);
        const std::string out = dir / "records.xlsx";
        REQUIRE(run_jindu("convert --format xlsx -o '" + out + "' '" + sample + "'").status == records.status);

        jindu::Options options;
        options.source_name = out;
        const jindu::Table table = jindu::read_table(read_file(out), options);
        CHECK(table.format == jindu::InputFormat::xlsx);
        const auto items = sheet_rows(table.rows, 0);
        const auto quantities = sheet_rows(table.rows, 1);
        REQUIRE(items.size() == 1 + report["items"].size());
        CHECK(texts(items[0]) ==
              std::vector<std::string>{"source", "row", "seq", "category", "content", "owners", "progress", "status",
                                       "completion", "target_value", "target_unit", "target_kind",
                                       "target_qualifier", "achieved_value", "achieved_unit", "percent_mean",
                                       "targets_count", "achieved_count", "percents_count"});
        std::size_t quantity_rows = 0;
        for (std::size_t i = 0; i < report["items"].size(); ++i) {
            const json& item = report["items"][i];
            const auto cells = texts(items[i + 1]);
            REQUIRE(cells.size() == 19);
            CHECK(items[i + 1].line == i + 2);
            CHECK(cells[0] == report["source"]);
            check_number(cells[1], item["row"]);
            CHECK(cells[2] == text_or_empty(item["seq"]));
            CHECK(cells[3] == text_or_empty(item["category"]));
            CHECK(cells[4] == text_or_empty(item["content"]));
            CHECK(cells[5] == owners_of(item));
            CHECK(cells[6] == text_or_empty(item["progress"]));
            CHECK(cells[7] == item["status"]);
            // Completion is a fraction shown as a whole percent: 0.75 as "75%"
            // (a half may round either way: 0.925 is just below it in binary).
            if (item["completion"].is_null()) {
                CHECK(cells[8].empty());
            } else {
                REQUIRE(cells[8].ends_with('%'));
                const double percent = item["completion"].get<double>() * 100;
                const std::string shown = cells[8].substr(0, cells[8].size() - 1);
                CHECK(shown.find('.') == std::string::npos);
                CHECK(std::abs(std::stod(shown) - percent) <= 0.5 + 1e-9);
            }
            const json& targets = item["targets"];
            check_number(cells[9], targets.empty() ? json() : targets[0]["value"]);
            CHECK(cells[10] == (targets.empty() ? "" : text_or_empty(targets[0]["unit"])));
            CHECK(cells[11] == (targets.empty() ? "" : text_or_empty(targets[0]["kind"])));
            CHECK(cells[12] == (targets.empty() ? "" : text_or_empty(targets[0]["qualifier"])));
            const json& achieved = item["achieved"];
            check_number(cells[13], achieved.empty() ? json() : achieved[0]["value"]);
            CHECK(cells[14] == (achieved.empty() ? "" : text_or_empty(achieved[0]["unit"])));
            check_number(cells[16], item["targets"].size());
            check_number(cells[17], item["achieved"].size());
            check_number(cells[18], item["percents"].size());
            quantity_rows += targets.size() + achieved.size() + item["percents"].size() + item["others"].size();
        }
        // The quantities sheet, with its reason column, when there are any.
        if (quantity_rows > 0) {
            REQUIRE(quantities.size() == 1 + quantity_rows);
            CHECK(texts(quantities[0]).back() == "reason");
        }
        ++checked;
    }
    CHECK(checked >= 14);
}

TEST_CASE("one workbook holds the items of all inputs, in input order") {
    Scratch dir;
    const std::string other = dir / "b.txt";
    fs::copy_file(seed, other);
    const std::string out = dir / "two.xlsx";
    REQUIRE(run_jindu("convert --format xlsx --jobs 2 -o '" + out + "' '" + seed + "' '" + other + "'").status == 0);
    const auto items = sheet_rows(jindu::read_table(read_file(out)).rows, 0);
    REQUIRE(items.size() == 1 + 2 * 28);
    CHECK(items[1].cells[0].text == seed);
    CHECK(items[56].cells[0].text == other);
    CHECK(fs::directory_iterator(dir.dir) != fs::directory_iterator());
    CHECK(std::count_if(fs::directory_iterator(dir.dir), fs::directory_iterator(), [](const auto&) { return true; }) ==
          2);  // no temporary file left beside it
}
