#include <jindu/table.hpp>

#include "source/encode.hpp"
#include "table/dump.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace jindu;

namespace {

// The diagnostic read_table throws for bytes, or a default one when it does not throw.
Diagnostic error_of(std::string_view bytes, const Options& options = {}) {
    try {
        (void)read_table(bytes, options);
    } catch (const Error& e) {
        return e.diagnostic();
    }
    return {};
}

}  // namespace

TEST_CASE("empty and blank input is empty_input") {
    for (std::string_view bytes : {"", "  \n\t\r\n", "\xEF\xBB\xBF\n"}) {
        CAPTURE(bytes);
        CHECK(error_of(bytes).code == ErrorCode::empty_input);
    }
    CHECK(error_of(std::string_view("\xFF\xFE \x00\n\x00", 6)).code == ErrorCode::empty_input);
}

TEST_CASE("PDF, images and other binaries are unsupported_format naming the source") {
    Options options;
    options.source_name = "report.pdf";
    const Diagnostic d = error_of("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", options);
    CHECK(d.code == ErrorCode::unsupported_format);
    CHECK(d.source == "report.pdf");
    CHECK(d.message.find("PDF") != std::string::npos);
    CHECK(error_of("\x89PNG\r\n\x1a\n....").code == ErrorCode::unsupported_format);
    CHECK(error_of("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest").code == ErrorCode::unsupported_format);
    CHECK(error_of(std::string("PK\x03\x04", 4) + "other.bin").code == ErrorCode::unsupported_format);
}

TEST_CASE("input past max_input_bytes is limit_exceeded") {
    Options options;
    options.limits.max_input_bytes = 8;
    CHECK(error_of("序号\t内容\n1\t甲\n", options).code == ErrorCode::limit_exceeded);
}

TEST_CASE("GB18030 input is decoded, read and labelled") {
    const std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    const Table utf8 = read_table(seed);
    const Table gb = read_table(test::encode(seed, "GB18030"));
    CHECK(gb.encoding == "GB18030");
    CHECK(gb.format == InputFormat::text);
    CHECK(gb.rows == utf8.rows);
}

TEST_CASE("UTF-16 input with a BOM reads the same rows") {
    const std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    std::string bytes = "\xFF\xFE";
    bytes += test::encode(seed, "UTF-16LE");
    const Table le = read_table(bytes);
    CHECK(le.encoding == "UTF-16LE");
    CHECK(le.rows == read_table(seed).rows);
}

TEST_CASE("options.format overrides sniffing") {
    Options options;
    options.format = InputFormat::text;
    const Table t = read_table("一、教育\n（一）新建学校 3 所。\n", options);
    CHECK(t.format == InputFormat::text);
    CHECK(test::dump(t) == std::vector<std::string>{"1: [free] 一、教育", "2: [free] （一）新建学校 3 所。"});
}

TEST_CASE("decoding warnings come first in the table's diagnostics") {
    std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    const std::size_t header = seed.find("序号");
    REQUIRE(header < seed.size());
    seed.insert(seed.begin() + static_cast<std::ptrdiff_t>(header), '\xFF');
    const Table t = read_table(seed);
    REQUIRE_FALSE(t.diagnostics.empty());
    CHECK(t.diagnostics.front().code == ErrorCode::replaced_bytes);
    CHECK(t.diagnostics.front().where.line == 5);
}
