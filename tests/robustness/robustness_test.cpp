// Bad input never crashes or loses a row silently: each case gives a report
// with diagnostics, or a jindu::Error naming the file and the place.
#include "robustness/bad_inputs.hpp"

#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;
using namespace jindu;

namespace {

// The bad inputs, written once into a folder removed at exit.
struct Inputs {
    fs::path dir = fs::temp_directory_path() / ("jindu-robustness-" + std::to_string(::getpid()));
    std::map<std::string, fs::path> files;
    Inputs() {
        for (const auto& input : robustness::write_bad_inputs(dir)) files[input.name] = input.path;
    }
    ~Inputs() { fs::remove_all(dir); }
    Inputs(const Inputs&) = delete;
    Inputs& operator=(const Inputs&) = delete;
};

const Inputs& inputs() {
    static const Inputs all;
    return all;
}

// What reading one file gave: a report, or the error's diagnostic.
struct Outcome {
    bool failed = false;
    Report report;
    Diagnostic error;
    std::string path;
};

Outcome read(const std::string& name) {
    Outcome outcome;
    outcome.path = inputs().files.at(name).string();
    const auto start = std::chrono::steady_clock::now();
    try {
        outcome.report = parse_file(outcome.path);
    } catch (const Error& e) {
        outcome.failed = true;
        outcome.error = e.diagnostic();
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    MESSAGE(name << ": " << (outcome.failed ? format(outcome.error) : "report") << " in " << took.count() << " s");
    return outcome;
}

}  // namespace
// How each bad input must come out: an error with its code, or a report.
struct Expected {
    const char* name;
    bool error;       // a jindu::Error, else a Report
    ErrorCode code;   // the error's code, or a code among the report's diagnostics
    std::size_t line; // where the error or diagnostic is (0: the whole file)
};

TEST_CASE("bad input gives a report with diagnostics or an error naming the file and the place") {
    const Expected cases[] = {
        {"empty.txt", true, ErrorCode::empty_input, 0},
        {"random.bin", true, ErrorCode::unsupported_format, 0},
        {"invalid-utf8.txt", false, ErrorCode::replaced_bytes, 2},
        {"invalid-utf8-many.txt", true, ErrorCode::unsupported_format, 0},
        {"nul.txt", false, ErrorCode::replaced_bytes, 2},
        {"nul-only.txt", true, ErrorCode::unsupported_format, 0},
        {"report.pdf", true, ErrorCode::unsupported_format, 0},
        {"truncated.docx", true, ErrorCode::bad_archive, 0},
        {"bomb.docx", true, ErrorCode::limit_exceeded, 0},
        {"size-lie.docx", true, ErrorCode::bad_archive, 0},
        {"nested.html", true, ErrorCode::limit_exceeded, 1},
        {"spans.html", false, ErrorCode::limit_exceeded, 1},
        {"long-line.txt", false, ErrorCode::limit_exceeded, 2},
    };
    CHECK(std::size(cases) + 1 == inputs().files.size());  // rows.txt has its own case
    for (const Expected& expected : cases) {
        const std::string name = expected.name;
        CAPTURE(name);
        const Outcome outcome = read(name);
        REQUIRE(outcome.failed == expected.error);
        if (expected.error) {
            CHECK(outcome.error.code == expected.code);
            CHECK(outcome.error.severity == Severity::error);
            CHECK(outcome.error.source == outcome.path);
            CHECK(outcome.error.where.line == expected.line);
            CHECK(format(outcome.error).starts_with(outcome.path + ":"));
            CHECK(!outcome.error.message.empty());
        } else {
            CHECK(outcome.report.source == outcome.path);
            const auto& diagnostics = outcome.report.diagnostics;
            const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                            [&](const Diagnostic& d) { return d.code == expected.code; });
            REQUIRE(found != diagnostics.end());
            CHECK(found->source == outcome.path);
            CHECK(found->where.line == expected.line);
            CHECK(!outcome.report.items.empty());
        }
    }
}

TEST_CASE("a zip bomb is refused by its declared size and a size lie while inflating") {
    const Outcome bomb = read("bomb.docx");
    REQUIRE(bomb.failed);
    CHECK(bomb.error.message.find("word/document.xml unpacks to more than") != std::string::npos);
    const Outcome lie = read("size-lie.docx");
    REQUIRE(lie.failed);
    CHECK(lie.error.message.find("more bytes than its header says") != std::string::npos);
    // The same stream with honest headers inside the limits reads as a DOCX.
    const std::string small = robustness::zip_bomb_docx(std::size_t{2} << 20, std::size_t{2} << 20);
    CHECK(sniff_format(small) == InputFormat::docx);
    Options options;
    options.limits.max_compression_ratio = 100;
    try {
        (void)read_table(small, options);
        FAIL("a 2 MiB entry packed a thousandfold passed a ratio limit of 100");
    } catch (const Error& e) {
        CHECK(e.diagnostic().code == ErrorCode::limit_exceeded);
        CHECK(e.diagnostic().message.find("times its packed size") != std::string::npos);
    }
}

TEST_CASE("absurd rowspan and colspan are clamped with a warning") {
    const Outcome spans = read("spans.html");
    REQUIRE_FALSE(spans.failed);
    const auto& d = spans.report.diagnostics;
    CHECK(std::count_if(d.begin(), d.end(), [](const Diagnostic& x) {
              return x.message.find("reduced to") != std::string::npos;
          }) >= 2);
    REQUIRE(spans.report.items.size() == 2);
    CHECK(spans.report.items[0].content == "修路 5 条");
}

TEST_CASE("a 10 MB cell is kept whole and its figures are read from its start") {
    const Outcome line = read("long-line.txt");
    REQUIRE_FALSE(line.failed);
    REQUIRE(line.report.items.size() == 1);
    const Item& item = line.report.items[0];
    CHECK(item.content.size() > (std::size_t{10} << 20) - 100);
    CHECK(!item.targets.empty());
    CHECK(item.owners == std::vector<std::string>{"区住建局"});
    const auto& d = line.report.diagnostics;
    CHECK(std::any_of(d.begin(), d.end(), [](const Diagnostic& x) {
        return x.code == ErrorCode::limit_exceeded && x.message.find("figures read from its first") != std::string::npos;
    }));
}

TEST_CASE("200,000 rows of a tab table become 200,000 items") {
    const Outcome rows = read("rows.txt");
    REQUIRE_FALSE(rows.failed);
    REQUIRE(rows.report.items.size() == robustness::long_table_rows);
    CHECK(rows.report.items.front().seq == "1");
    CHECK(rows.report.items.back().seq == std::to_string(robustness::long_table_rows));
    CHECK(rows.report.items.back().achieved.size() == 1);
    CHECK(rows.report.items.back().status == Status::exceeded);
}

// Findings of the fuzzers, each once a hang or a sanitizer report.
TEST_CASE("a numeral after a Latin letter does not stop the scanner") {
    for (const char* text : {"S一", "S一季度", "AB二十个", "x一个", "_三"}) {
        CAPTURE(text);
        (void)scan(text);  // returns: it used to loop forever
    }
    CHECK(scan("S一季度").empty());
    const auto q = scan("完成 S 20 个");
    REQUIRE(q.size() == 1);
    CHECK(q[0].value == 20);
}

TEST_CASE("a Markdown row ending in a backslash keeps its cell") {
    Options options;
    options.format = InputFormat::markdown;
    const Table table = read_table("| 序号 | 项目内容 |\n|---|---|\n| 1 | a \\\n|---\\\n", options);
    REQUIRE(table.rows.size() >= 2);
    for (const Row& row : table.rows) CHECK(!row.cells.empty());
    CHECK(table.rows[1].cells.size() == 2);
    CHECK(table.rows[1].cells[1].text == "a \\");
}

TEST_CASE("a completion is never negative, even when a dash reads as a minus") {
    const auto path = fs::path(JINDU_SOURCE_DIR) / "tests/fuzz/corpus/parse/regression-negative-completion.html";
    const Report report = parse_file(path);
    REQUIRE(!report.items.empty());
    for (const Item& item : report.items) {
        CAPTURE(item.row);
        if (item.completion) CHECK(*item.completion >= 0);
    }
}
