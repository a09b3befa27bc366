// build_report on a table it consumes, and with items handed over in batches:
// the same report as build_report on a table it only reads.
#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace jindu;

namespace {

std::vector<std::filesystem::path> samples() {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(JINDU_SOURCE_DIR) + "/samples"))
        if (entry.is_regular_file() && entry.path().filename() != "README.md") paths.push_back(entry.path());
    return paths;
}

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The report with the batches' items put back in front of the rest.
Report in_batches(Table table, const Options& options, std::size_t batch_size, std::size_t& calls) {
    std::vector<Item> items;
    calls = 0;
    const ItemBatches take = [&](Report& batch) {
        ++calls;
        CHECK(!batch.items.empty());
        CHECK(batch.items.size() <= batch_size);
        for (Item& item : batch.items) items.push_back(std::move(item));
    };
    Report rest = build_report(std::move(table), options, take, batch_size);
    for (Item& item : rest.items) items.push_back(std::move(item));
    rest.items = std::move(items);
    return rest;
}

}  // namespace

TEST_CASE("a consumed table gives the report of a table only read") {
    for (const auto& path : samples()) {
        CAPTURE(path.string());
        Options options;
        options.source_name = path.string();
        Table table = read_table(read_bytes(path), options);
        const Report expected = build_report(table, options);
        CHECK(!expected.items.empty());
        CHECK(build_report(std::move(table), options) == expected);
    }
}

TEST_CASE("items handed over in batches add up to the whole report") {
    for (const auto& path : samples()) {
        CAPTURE(path.string());
        Options options;
        options.source_name = path.string();
        const Table table = read_table(read_bytes(path), options);
        const Report expected = build_report(table, options);
        for (std::size_t batch_size : {std::size_t{1}, std::size_t{2}, std::size_t{5}, std::size_t{1024}}) {
            CAPTURE(batch_size);
            std::size_t calls = 0;
            CHECK(in_batches(table, options, batch_size, calls) == expected);
            CHECK(calls == expected.items.size() / batch_size);
        }
    }
}

TEST_CASE("a batch sees the title, period and format already read") {
    const std::string path = std::string(JINDU_SOURCE_DIR) + "/samples/2024-h1-district-livelihood-projects.txt";
    const Report whole = parse_file(path);
    REQUIRE(whole.items.size() > 3);
    std::size_t calls = 0;
    const Report rest = parse_file(path, {}, [&](Report& batch) {
        ++calls;
        CHECK(batch.source == whole.source);
        CHECK(batch.title == whole.title);
        CHECK(batch.year == whole.year);
        CHECK(batch.period == whole.period);
        CHECK(batch.format == whole.format);
        CHECK(batch.encoding == whole.encoding);
        REQUIRE(batch.items.size() == 3);
        CHECK(batch.items.front() == whole.items[3 * (calls - 1)]);
    }, 3);
    CHECK(calls == whole.items.size() / 3);
    CHECK(rest.items.size() == whole.items.size() % 3);
    CHECK(rest.diagnostics == whole.diagnostics);
    CHECK(rest.rows == whole.rows);
}

TEST_CASE("a table without a header hands over no batch") {
    Table table;
    table.format = InputFormat::text;
    Row row;
    row.line = 1;
    row.free_text = true;
    row.cells.push_back(Cell{"只有一行文字", false});
    table.rows.push_back(row);
    std::size_t calls = 0;
    const Report r = build_report(std::move(table), {}, [&](Report&) { ++calls; }, 1);
    CHECK(calls == 0);
    CHECK(r.items.empty());
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics.back().code == ErrorCode::no_table);
}
