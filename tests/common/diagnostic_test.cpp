#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>

#include <doctest/doctest.h>

using namespace jindu;

TEST_CASE("format names the file and the line") {
    Diagnostic d{ErrorCode::invalid_encoding, Severity::error, "bytes do not decode as GB18030",
                 "a.txt", {120, 4, 7}, ""};
    CHECK(format(d) == "a.txt:4:7: error: bytes do not decode as GB18030");
}

TEST_CASE("format falls back to the byte offset when the line is unknown") {
    Diagnostic d{ErrorCode::bad_archive, Severity::error, "truncated zip", "r.docx", {4096, 0, 0}, ""};
    CHECK(format(d) == "r.docx:byte 4096: error: truncated zip");
}

TEST_CASE("Error carries its diagnostic") {
    Diagnostic d{ErrorCode::empty_input, Severity::error, "empty input", "e.txt", {}, ""};
    Error e(d);
    CHECK(e.diagnostic() == d);
    CHECK(std::string(e.what()) == "e.txt: error: empty input");
}

TEST_CASE("input formats round-trip through their names") {
    for (auto f : {InputFormat::text, InputFormat::markdown, InputFormat::html, InputFormat::docx,
                   InputFormat::xlsx, InputFormat::prose, InputFormat::pdf, InputFormat::automatic}) {
        InputFormat back{};
        CHECK(parse_input_format(to_string(f), back));
        CHECK(back == f);
    }
    InputFormat f{};
    CHECK_FALSE(parse_input_format("doc", f));
}
