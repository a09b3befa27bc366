// read_pdf on real files: what cannot be read is a clear error, within limits, and nothing is printed.
#include <jindu/jindu.hpp>
#include <jindu/pdf.hpp>

#include "table/fixtures.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <unistd.h>

using namespace jindu;
using jindu::test::read_fixture;

namespace {

std::string sample(const std::string& name) { return read_fixture("../../../samples/" + name); }

Diagnostic error_of(const std::string& bytes, Options options) {
    try {
        (void)read_pdf(bytes, options);
    } catch (const Error& e) {
        return e.diagnostic();
    }
    FAIL("no error");
    return {};
}

Options named(const char* name) {
    Options options;
    options.source_name = name;
    return options;
}

// What the calling code writes to stderr (file descriptor 2) while `run` runs.
template <class Run>
std::string stderr_of(Run&& run) {
    std::fflush(stderr);
    std::FILE* capture = std::tmpfile();
    REQUIRE(capture != nullptr);
    const int saved = dup(2);
    dup2(fileno(capture), 2);
    run();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::string out;
    std::rewind(capture);
    for (int c = std::fgetc(capture); c != EOF; c = std::fgetc(capture)) out += static_cast<char>(c);
    std::fclose(capture);
    return out;
}

}  // namespace

TEST_CASE("a scanned PDF with no text layer is an error naming the file and the page") {
    const Diagnostic d = error_of(read_fixture("pdf/scan.pdf"), named("scan.pdf"));
    CHECK(d.code == ErrorCode::no_text_layer);
    CHECK(d.where.page == 1);
    CHECK(format(d) == "scan.pdf: page 1: error: no text layer (a scanned image); convert it with OCR first");
}

TEST_CASE("an encrypted PDF is an error saying so") {
    const Diagnostic d = error_of(read_fixture("pdf/encrypted.pdf"), named("encrypted.pdf"));
    CHECK(d.code == ErrorCode::encrypted_input);
    CHECK(format(d).starts_with("encrypted.pdf: error: encrypted PDF"));
}

TEST_CASE("a truncated or damaged PDF is an error naming the file, and poppler prints nothing") {
    std::string message;
    const std::string printed = stderr_of([&] {
        const Diagnostic d = error_of(read_fixture("pdf/truncated.pdf"), named("truncated.pdf"));
        CHECK(d.code == ErrorCode::bad_pdf);
        message = format(d);
        CHECK(error_of("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", named("x.pdf")).code == ErrorCode::bad_pdf);
    });
    CHECK(message.starts_with("truncated.pdf: error: damaged or truncated PDF"));
    CHECK(printed.empty());
}

TEST_CASE("poppler's warnings about a file it repairs go into the diagnostics, not to stderr") {
    std::string bytes = sample("2024-h1-district-livelihood-projects-libreoffice.pdf");
    const auto at = bytes.find("/Length 3 0 R");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 13, "/Length 90000");  // a stream length that runs past its endstream
    Table table;
    const std::string printed = stderr_of([&] { table = read_pdf(bytes, named("repaired.pdf")); });
    CHECK(printed.empty());
    bool warned = false;
    for (const Diagnostic& d : table.diagnostics) warned = warned || d.code == ErrorCode::reader_warning;
    CHECK(warned);
    CHECK(build_report(table).items.size() == 28);
}

TEST_CASE("a 10,000-page PDF stops at the page limit before any page is read") {
    const auto started = std::chrono::steady_clock::now();
    const Diagnostic d = error_of(read_fixture("pdf/10000-pages.pdf"), named("pages.pdf"));
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.message == "PDF of 10000 pages is over the limit of 5000 pages");
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}

TEST_CASE("a page of nested forms drawing hundreds of thousands of glyphs stops at the glyph limit") {
    Options options = named("bomb.pdf");
    options.limits.max_page_glyphs = 20'000;
    const Diagnostic d = error_of(read_fixture("pdf/glyph-bomb.pdf"), options);
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.where.page == 1);
    CHECK(format(d) == "bomb.pdf: page 1: error: more than 20000 glyphs on the page");
}

TEST_CASE("the time limit is checked page by page") {
    Options options = named("slow.pdf");
    options.limits.max_pdf_milliseconds = 0;
    const std::string bytes = sample("2024-h1-district-livelihood-projects-chromium.pdf");
    // The first page is read whatever the limit; the second finds it spent.
    const Diagnostic d = error_of(bytes, options);
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.where.page == 2);
}

TEST_CASE("garbled text: radicals read as ideographs, fake bold once, private-use glyphs noted with page and font") {
    const Table table = read_pdf(read_fixture("pdf/garbled.pdf"), named("garbled.pdf"));
    std::string text;
    for (const Row& row : table.rows)
        for (const Cell& cell : row.cells) text += cell.text + "\n";
    CHECK(text.find("区政府民生实事项目进展\n") != std::string::npos);
    CHECK(text.find("新增老年助餐服务点一处，惠及人口一万。") != std::string::npos);
    bool noted = false;
    for (const Diagnostic& d : table.diagnostics)
        if (d.code == ErrorCode::undecodable_text) {
            noted = true;
            CHECK(d.where.page == 1);
            CHECK(d.fragment.find("WenQuanYiZenHei") != std::string::npos);
            CHECK(d.message.starts_with("3 glyphs of font WenQuanYiZenHei"));
        }
    CHECK(noted);
}

TEST_CASE("PDF is sniffed by %PDF- and read through Options::pdf_reader; without it, it is unsupported") {
    const std::string bytes = sample("2025-h1-county-practical-projects-libreoffice.pdf");
    CHECK(sniff_format(bytes) == InputFormat::pdf);
    const Report report = parse(bytes, with_pdf({}));
    CHECK(report.format == InputFormat::pdf);
    CHECK(report.items.size() == 7);
    try {
        (void)parse(bytes);
        FAIL("read without a PDF reader");
    } catch (const Error& e) {
        CHECK(e.diagnostic().code == ErrorCode::unsupported_format);
    }
}

TEST_CASE("page numbers, running heads and repeated headers are dropped with a note each, naming the page") {
    const Table table = read_pdf(sample("2024-h1-district-livelihood-projects-reportlab.pdf"), {});
    std::size_t page_numbers = 0, heads = 0, headers = 0;
    for (const Diagnostic& d : table.diagnostics) {
        if (d.severity != Severity::note) continue;
        CHECK(d.where.page != 0);
        page_numbers += d.message == "page number dropped";
        heads += d.message == "running head dropped";
        headers += d.message == "repeated header row dropped";
    }
    CHECK(page_numbers == 3);
    CHECK(heads == 3);
    CHECK(headers == 2);
    for (const Row& row : table.rows)
        for (const Cell& cell : row.cells) CHECK(cell.text.find("督查专报") == std::string::npos);
}
