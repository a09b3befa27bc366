// read_content against qpdf's own content parser: the same operators with the
// same operands, the same inline images, the same warnings and exceptions, on
// the samples' pages and on content streams damaged the ways files are.
// C++17, as every file including qpdf (see lib/table/pdf/CMakeLists.txt).
#include "table/pdf/content.hpp"

#include "table/fixtures.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <doctest/doctest.h>

#include <cstdint>
#include <exception>
#include <random>
#include <string>
#include <vector>

using namespace jindu::table::pdf;

namespace {

// One line per operator ("12 34 /Name Do" keeps the numbers and a last name), "image" per inline image.
std::string line(std::string_view op, const std::vector<double>& numbers, const std::string* last_name) {
    std::string out;
    for (const double n : numbers) out += std::to_string(n) + " ";
    if (last_name) out += *last_name + " ";
    return out + std::string(op);
}

struct Recorder : ContentHandler {
    std::vector<std::string> seen;
    bool on_operator(std::string_view op, const Operands& operands) override {
        seen.push_back(line(op, operands.numbers, operands.name_last ? &operands.name : nullptr));
        return true;
    }
    void on_inline_image() override { seen.emplace_back("image"); }
};

// The same record from qpdf's parser.
struct QpdfRecorder : QPDFObjectHandle::ParserCallbacks {
    std::vector<std::string> seen;
    std::vector<QPDFObjectHandle> operands;
    void handleObject(QPDFObjectHandle object) override {
        if (object.isInlineImage()) {
            seen.emplace_back("image");
        } else if (object.isOperator()) {
            std::vector<double> numbers;
            for (QPDFObjectHandle o : operands)
                if (o.isNumber()) numbers.push_back(o.getNumericValue());
            const bool named = !operands.empty() && operands.back().isName();
            const std::string name = named ? operands.back().getName() : std::string();
            seen.push_back(line(object.getOperatorValue(), numbers, named ? &name : nullptr));
            operands.clear();
        } else {
            operands.push_back(object);
        }
    }
    void handleEOF() override {}
};

struct Reading {
    std::vector<std::string> seen;
    std::vector<std::string> warnings;
    std::string thrown;
};

std::vector<std::string> warnings_of(QPDF& pdf) {
    std::vector<std::string> out;
    for (const QPDFExc& w : pdf.getWarnings()) out.emplace_back(w.what());
    return out;
}

Reading ours(QPDF& pdf, QPDFObjectHandle contents) {
    Reading r;
    Recorder recorder;
    try {
        read_content(contents, "content stream objects", recorder);
    } catch (const std::exception& e) {
        r.thrown = e.what();
    }
    r.seen = recorder.seen;
    r.warnings = warnings_of(pdf);
    return r;
}

Reading qpdfs(QPDF& pdf, QPDFObjectHandle contents) {
    Reading r;
    QpdfRecorder recorder;
    try {
        QPDFObjectHandle::parseContentStream(contents, &recorder);
    } catch (const std::exception& e) {
        r.thrown = e.what();
    }
    r.seen = recorder.seen;
    r.warnings = warnings_of(pdf);
    return r;
}

void check_same(QPDF& pdf, QPDFObjectHandle contents) {
    const Reading expected = qpdfs(pdf, contents);
    const Reading got = ours(pdf, contents);
    CHECK(got.seen == expected.seen);
    CHECK(got.warnings == expected.warnings);
    CHECK(got.thrown == expected.thrown);
}

}  // namespace

TEST_CASE("the samples' pages and forms read as qpdf's parser reads them") {
    for (const char* name : {"2024-h1-district-livelihood-projects-chromium.pdf",
                             "2024-h1-district-livelihood-projects-libreoffice.pdf",
                             "2024-h1-district-livelihood-projects-reportlab.pdf",
                             "2025-h1-county-practical-projects-libreoffice.pdf"}) {
        CAPTURE(name);
        const std::string bytes = jindu::test::read_fixture(std::string("../../../samples/") + name);
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(name, bytes.data(), bytes.size());
        std::size_t operators = 0;
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
            check_same(pdf, contents);
            operators += ours(pdf, contents).seen.size();
            for (auto& [key, form] : page.getFormXObjects()) check_same(pdf, form);
        }
        CHECK(operators > 100);
    }
}

TEST_CASE("damaged and unusual content streams read as qpdf's parser reads them") {
    const std::vector<std::string> streams{
        "q 1 0 0 1 10 20 cm 0 0 m 100.5 0 l S Q\n",
        "/GS0 gs /Fm#20One Do /#41 Do\n",
        "[(a) 10 (b)] TJ /P << /MCID 0 /Alt (x) >> BDC EMC 0 0 m\n",
        "+5 -.5 .5 4. 1.2.3 --5 007 m\n",
        "true false null 1 2 l\n",
        "(nested (parens) and \\) escapes \\101) Tj <48656c 6c6f> Tj <4> Tj\n",
        "BI /W 2 /H 2 /BPC 8 /CS /G ID \x01\x02\x03\x04 EI 5 6 m\n",
        "BI /W 4 /H 1 /BPC 8 /CS /G ID ab EIcd EI Q 7 8 m\n",
        "BI /W 2 /H 2 ID \x01\x02 no end\n",
        ") 1 2 m } { 3 4 l } ] >> 5 6 l\n",
        "<4G> Tj <48 G> Tj 1 1 m\n",
        "[ 1 2 >> 3 ] 4 m\n",
        "<< /A 1 /A 2 /B >> BDC << 1 2 /C >> BDC << /D >> DP\n",
        "[ ) ) ) ) ) ) ) 1 2 ] 3 4 m\n",
        "[ ) } ) } ) 1 2 3 4 ) ) ) ) ) ) ] 5 6 m\n",
        "[ ) ) ) 1 2 3 ) ) ) 4 5 ] 6 7 m\n",
        "[ ) ) ) 1 2 3 4 ) ) ) 5 ] 6 7 m\n",
        "/A#00B Do /N#zz Do /N#4 Do\n",
        "% a comment\n1 2 m % another\n3 4 l",
        "[ 1 2 3",
        "<< /A [ 1 2 << /B 3",
        "(unterminated",
        "1 2 m %",
        "99999999999999999999 0 m\n",
        std::string(600, '[') + " 1 2 " + std::string(600, ']') + " 3 4 m\n",
        "",
        "   \n\t ",
    };
    for (const std::string& data : streams) {
        CAPTURE(data);
        QPDF pdf;
        pdf.emptyPDF();
        pdf.setSuppressWarnings(true);
        check_same(pdf, QPDFObjectHandle::newStream(&pdf, data));
    }
    // An array of streams is read as one, a line break between each.
    QPDF pdf;
    pdf.emptyPDF();
    pdf.setSuppressWarnings(true);
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    array.appendItem(QPDFObjectHandle::newStream(&pdf, "1 2"));
    array.appendItem(QPDFObjectHandle::newStream(&pdf, "m 3 4 l\n"));
    array.appendItem(pdf.makeIndirectObject(QPDFObjectHandle::newInteger(7)));  // warned of and skipped
    check_same(pdf, array);
    CHECK(ours(pdf, array).seen == std::vector<std::string>{"1.000000 2.000000 m", "3.000000 4.000000 l"});
}

TEST_CASE("content streams made at random from tokens and fragments of tokens read as qpdf's parser reads them") {
    // Whole tokens, their pieces and bytes out of place, so that every state of
    // the tokenizer meets the end of the data, a delimiter and a wrong character.
    const std::vector<std::string> pieces{
        " ", "\n", "\r", "\r\n", "\t", "\f", "\v", std::string(1, '\0'), "%c\n", "%", "0", "12", "-3", "+4",
        "-.5", ".5", "4.", "1.2.3", "--5", "+", "-", ".", "007", "1e5", "true", "false", "null", "nul", "q", "Q",
        "cm", "m", "l", "re", "S", "f*", "Do", "Tj", "TJ", "BDC", "ID", "BI", "EI", "/N", "/N#41", "/#", "/#4",
        "/#4G", "/#00", "/a#2", "/", "(", ")", "(a)", "(a(b)c)", "\\", "\\1", "\\12", "\\123", "\\n",
        "\\\r", "\\)", "\\(", "<", ">", "<<", ">>", "<41>", "<4 1>", "<4G>", "<>", "[", "]", "{", "}",
        "\x80\xff", "#", "*"};
    std::mt19937 random(20240601);
    for (int n = 0; n < 3000; ++n) {
        std::string data;
        const auto count = 1 + random() % 40;
        for (std::uint32_t k = 0; k < count; ++k) data += pieces[random() % pieces.size()];
        CAPTURE(data);
        QPDF pdf;
        pdf.emptyPDF();
        pdf.setSuppressWarnings(true);
        check_same(pdf, QPDFObjectHandle::newStream(&pdf, data));
    }
}

TEST_CASE("a handler stops the reading by returning false") {
    QPDF pdf;
    pdf.emptyPDF();
    struct FirstTwo : ContentHandler {
        std::vector<std::string> seen;
        bool on_operator(std::string_view op, const Operands&) override {
            seen.emplace_back(op);
            return seen.size() < 2;
        }
        void on_inline_image() override { seen.emplace_back("image"); }
    } handler;
    read_content(QPDFObjectHandle::newStream(&pdf, "q Q BI /W 1 /H 1 ID x EI q"), "content stream objects", handler);
    CHECK(handler.seen == std::vector<std::string>{"q", "Q"});
}
