// build_report on a table it consumes, and with items handed over in batches:
// the same report as build_report on a table it only reads.
#include <jindu/jindu.hpp>
#ifdef JINDU_WITH_PDF
#include <jindu/pdf.hpp>
#endif

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace jindu;

namespace {

// The PDF samples are read when the PDF reader is built.
#ifdef JINDU_WITH_PDF
constexpr TableReader pdf_reader = &read_pdf;
constexpr bool reads_pdf = true;
#else
constexpr TableReader pdf_reader = nullptr;
constexpr bool reads_pdf = false;
#endif

std::vector<std::filesystem::path> samples() {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(JINDU_SOURCE_DIR) + "/samples"))
        if (entry.is_regular_file() && entry.path().filename() != "README.md" && (reads_pdf || entry.path().extension() != ".pdf"))
            paths.push_back(entry.path());
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
        options.pdf_reader = pdf_reader;
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
        options.pdf_reader = pdf_reader;
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

namespace {

// A tab-separated report of `items` items, with what crosses the boundaries of
// the pieces parse_file reads large text in: continuation rows, category
// lines, stray lines held back until the next item, page numbers and repeated
// headers, every few hundred rows. `preamble` lines of text come first.
std::string large_report(int items, int preamble) {
    std::string text = "2024年度区政府民生实事项目进展表\n";
    for (int k = 0; k < preamble; ++k) text += "说明文字第" + std::to_string(k) + "行\n";
    const std::string header = "序号\t类别\t项目内容\t责任单位\t进展情况\n";
    text += header;
    for (int k = 1; k <= items; ++k) {
        text += std::to_string(k) + "\t\t新建停车位 " + std::to_string(k * 10) + " 个。\t区住建局\t已完成 " +
                std::to_string(k % 101) + "%。\n";
        if (k % 7 == 0) text += "\t\t\t\t另完成配套设施 " + std::to_string(k) + " 处。\n";
        if (k % 97 == 0) text += "— " + std::to_string(k / 97) + " —\n";
        if (k % 131 == 0) text += "以上数据截至六月底\n";
        if (k % 211 == 0) text += header;
        if (k % 293 == 0) text += "二、交通出行\n";
        // Stray lines over the end of the first piece: held back across it.
        if (k == 1700)
            for (int j = 0; j < 600; ++j) text += "以上数据截至六月底，第" + std::to_string(j) + "次汇总\n";
    }
    text += "\n下一步工作安排\n";
    return text;
}

}  // namespace

TEST_CASE("large tab-separated text read in pieces gives the report of the whole table") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "jindu-pieces-test";
    std::filesystem::create_directories(dir);
    // Rows enough for several pieces; and a header too far down to be in the first.
    for (const std::pair<int, int>& shape : {std::pair{6000, 0}, std::pair{3000, 2500}}) {
        const int items = shape.first;
        const int preamble = shape.second;
        CAPTURE(items);
        CAPTURE(preamble);
        const auto path = dir / "large.txt";
        std::ofstream(path, std::ios::binary) << large_report(items, preamble);
        const Report expected = parse_file(path);  // the whole table at once
        REQUIRE(expected.items.size() >= static_cast<std::size_t>(items));
        std::vector<Item> got;
        Report rest = parse_file(path, {}, [&](Report& batch) {
            for (Item& item : batch.items) got.push_back(std::move(item));
        }, 100);
        for (Item& item : rest.items) got.push_back(std::move(item));
        rest.items = std::move(got);
        CHECK(rest == expected);

        // The same from memory.
        Options options;
        options.pdf_reader = pdf_reader;
        options.source_name = path.string();
        const std::string bytes = read_bytes(path);
        got.clear();
        Report from_memory = parse(bytes, options, [&](Report& batch) {
            for (Item& item : batch.items) got.push_back(std::move(item));
        }, 1000);
        for (Item& item : from_memory.items) got.push_back(std::move(item));
        from_memory.items = std::move(got);
        CHECK(from_memory == expected);
    }
    std::filesystem::remove_all(dir);
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
