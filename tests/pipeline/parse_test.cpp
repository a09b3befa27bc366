// The pipeline entry: parse and parse_file, and their non-throwing forms.
#include <jindu/parse.hpp>

#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace jindu;

namespace {
const char* const seed = "samples/2024-h1-district-livelihood-projects.txt";
}  // namespace

TEST_CASE("try_parse gives the report parse gives, and an error where parse throws") {
    const std::string bytes = test::read_source_file(seed);
    Options options;
    options.source_name = "seed.txt";
    Diagnostic error;
    const std::optional<Report> report = try_parse(bytes, options, error);
    REQUIRE(report.has_value());
    CHECK(*report == parse(bytes, options));
    CHECK(!report->items.empty());

    const std::optional<Report> none = try_parse(" \n\t\n", options, error);
    CHECK(!none.has_value());
    CHECK(error.code == ErrorCode::empty_input);
    CHECK(error.severity == Severity::error);
    CHECK(error.source == "seed.txt");

    options.limits.max_input_bytes = 16;
    CHECK(!try_parse(bytes, options, error).has_value());
    CHECK(error.code == ErrorCode::limit_exceeded);
}

TEST_CASE("try_parse_file names the file it could not read") {
    const std::filesystem::path source = std::filesystem::path(JINDU_SOURCE_DIR) / seed;
    Diagnostic error;
    const std::optional<Report> report = try_parse_file(source, {}, error);
    REQUIRE(report.has_value());
    CHECK(*report == parse_file(source));
    CHECK(report->source == source.string());

    const std::filesystem::path missing = std::filesystem::temp_directory_path() / "jindu-no-such-report.txt";
    CHECK(!try_parse_file(missing, {}, error).has_value());
    CHECK(error.code == ErrorCode::io_error);
    CHECK(error.source == missing.string());

    CHECK(!try_parse_file(std::filesystem::temp_directory_path(), {}, error).has_value());
    CHECK(error.code == ErrorCode::io_error);
    CHECK(error.message == "is a directory");
}
