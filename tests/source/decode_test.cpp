#include <jindu/source.hpp>

#include "source/decode_detail.hpp"
#include "source/encode.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace jindu;
using jindu::test::encode;

namespace {

// Simplified text long enough for charset detection to be sure.
const std::string simplified =
    "2024年度区政府民生实项目半年度进展表\n"
    "序号\t\t项目内容\t责任单位\t进展情况\n"
    "1\t教育优学\t新投用小学、幼儿园 5 所。\t区教育局\t小学：已完成 85%。幼儿园：已完成 65%。\n"
    "\t\t为 750 个教室安装空调。\t区教育局\t招标文件已完成两轮专家论证，已发布招标公告。\n"
    "2\t医疗健康\t长期护理保险参保人数达 80 万人。\t市医疗保障局\t2024 年长护险参保人数已达 85 万人。\n"
    "3\t安居提质\t建设筹集保障性租赁住房 5000 套（间）。\t区住建局\t已建设筹集保障性租赁住房 5109 套（间）。\n"
    "\t\t完成老旧小区改造 12 个。\t区住建局\t已完成 12 个老旧小区改造。\n";

// Traditional text with full-width digits, as Big5 reports are written.
const std::string traditional =
    "２０２４年度區政府民生實事項目半年度進展表\n"
    "序號\t\t項目內容\t責任單位\t進展情況\n"
    "１\t教育優學\t新投用小學、幼兒園５所。\t區教育局\t小學：已完成８５％。幼兒園：已完成６５％。\n"
    "\t\t為７５０個教室安裝空調。\t區教育局\t招標文件已完成兩輪專家論證，已發佈招標公告。\n"
    "２\t醫療健康\t長期護理保險參保人數達８０萬人。\t市醫療保障局\t長護險參保人數已達８５萬人。\n"
    "３\t安居提質\t建設籌集保障性租賃住房５０００套（間）。\t區住建局\t已建設籌集保障性租賃住房５１０９套（間）。\n"
    "\t\t完成老舊小區改造１２個。\t區住建局\t已完成１２個老舊小區改造。\n";

}  // namespace

TEST_CASE("valid UTF-8 decodes as itself") {
    const DecodedText d = decode(simplified);
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == simplified);
    CHECK(d.diagnostics.empty());
}

TEST_CASE("byte order marks name the encoding and are dropped") {
    struct Case {
        std::string bytes;
        const char* encoding;
    };
    const Case cases[] = {
        {"\xEF\xBB\xBF" + simplified, "UTF-8"},
        {"\xFF\xFE" + encode(simplified, "UTF-16LE"), "UTF-16LE"},
        {"\xFE\xFF" + encode(simplified, "UTF-16BE"), "UTF-16BE"},
        {std::string("\xFF\xFE\0\0", 4) + encode(simplified, "UTF-32LE"), "UTF-32LE"},
        {std::string("\0\0\xFE\xFF", 4) + encode(simplified, "UTF-32BE"), "UTF-32BE"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.encoding);
        const DecodedText d = decode(c.bytes);
        CHECK(d.encoding == c.encoding);
        CHECK(d.text == simplified);
        CHECK(d.diagnostics.empty());
    }
}

TEST_CASE("UTF-16 without a byte order mark is found by its NUL bytes") {
    const std::string ascii_heavy = "No. 1\tschool\t5\n" + simplified + "Total\t28\tprojects\tok\t100%\n";
    CHECK(decode(encode(ascii_heavy, "UTF-16LE")).encoding == "UTF-16LE");
    CHECK(decode(encode(ascii_heavy, "UTF-16LE")).text == ascii_heavy);
    CHECK(decode(encode(ascii_heavy, "UTF-16BE")).encoding == "UTF-16BE");
    CHECK(decode(encode(ascii_heavy, "UTF-16BE")).text == ascii_heavy);
}

TEST_CASE("GB18030 is detected and decoded") {
    const DecodedText d = decode(encode(simplified, "GB18030"));
    CHECK(d.encoding == "GB18030");
    CHECK(d.text == simplified);
    CHECK(d.diagnostics.empty());
}

TEST_CASE("Big5 with traditional characters and full-width digits is detected and decoded") {
    const DecodedText d = decode(encode(traditional, "Big5"));
    CHECK(d.encoding == "Big5");
    CHECK(d.text == traditional);
    CHECK(d.diagnostics.empty());
}

TEST_CASE("options.encoding forces an encoding") {
    Options options;
    options.encoding = "GB18030";
    const std::string bytes = encode("进展", "GB18030");
    CHECK(decode(bytes, options).text == "进展");
    CHECK(decode(bytes, options).encoding == "GB18030");
    options.encoding = "utf-8";
    CHECK(decode(simplified, options).encoding == "UTF-8");
}

TEST_CASE("an unknown forced encoding is an invalid_encoding error") {
    Options options;
    options.encoding = "no-such-charset";
    options.source_name = "a.txt";
    try {
        (void)decode("abc", options);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.diagnostic().code == ErrorCode::invalid_encoding);
        CHECK(e.diagnostic().source == "a.txt");
        CHECK(e.diagnostic().message.find("no-such-charset") != std::string::npos);
    }
}

TEST_CASE("a few bad bytes in UTF-8 are replaced, one warning per run with its offset") {
    std::string bytes = simplified + simplified + simplified;
    const std::size_t first = simplified.size() + 10;  // inside line 2 of the second copy
    const std::size_t line = 8;  // the title line of the second copy
    bytes.insert(first, "\xFF\xFE");
    const DecodedText d = decode(bytes);
    CHECK(d.encoding == "UTF-8");
    REQUIRE(d.diagnostics.size() == 1);
    const Diagnostic& w = d.diagnostics.front();
    CHECK(w.code == ErrorCode::replaced_bytes);
    CHECK(w.severity == Severity::warning);
    CHECK(w.where.offset == first);
    CHECK(w.where.line == line);
    CHECK(w.fragment == "ff fe");
    CHECK(d.text.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(d.text.find("\xEF\xBF\xBD\xEF\xBF\xBD") == std::string::npos);  // one U+FFFD per run
}

TEST_CASE("one stray byte in a short text is replaced, not fatal") {
    const DecodedText d = decode("序号\t内容\n1\t新建\xFF学校\n");
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].where.offset == 22);
    CHECK(d.diagnostics[0].where.line == 2);
    CHECK(d.text == "序号\t内容\n1\t新建\xEF\xBF\xBD学校\n");
}

TEST_CASE("a BOM is dropped when the encoding is forced") {
    Options options;
    options.encoding = "UTF-16LE";
    std::string bytes = "\xFF\xFE";
    bytes += encode("进展", "UTF-16LE");
    CHECK(decode(bytes, options).text == "进展");
}

TEST_CASE("unpaired UTF-16 surrogates are replaced with their offset") {
    std::string bytes = "\xFF\xFE";
    bytes += encode(simplified, "UTF-16LE");
    bytes.insert(6, "\x00\xD8", 2);  // a lone high surrogate after two characters
    const DecodedText d = decode(bytes);
    CHECK(d.encoding == "UTF-16LE");
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].where.offset == 6);
    CHECK(d.text.starts_with("20\xEF\xBF\xBD" "24"));
}

TEST_CASE("input that is mostly undecodable is an error at the first bad byte") {
    // Valid GB18030 lead bytes followed by bytes no Chinese encoding accepts.
    std::string bytes = "ok\nline two\n";
    for (int i = 0; i < 40; ++i) bytes += "\x81\x20\xFF";
    Options options;
    options.encoding = "GB18030";
    try {
        (void)decode(bytes, options);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.diagnostic().code == ErrorCode::invalid_encoding);
        CHECK(e.diagnostic().where.offset == 12);
        CHECK(e.diagnostic().where.line == 3);
        CHECK(e.diagnostic().fragment.starts_with("81"));
    }
}

TEST_CASE("bad bytes in GB18030 report offsets into the original bytes") {
    const std::string good = encode(simplified + simplified + simplified + simplified, "GB18030");
    std::string bytes = good;
    const std::size_t at = good.size() / 2;
    // Step back to a line start so the insertion does not split a character.
    const std::size_t line_start = bytes.rfind('\n', at) + 1;
    bytes.insert(line_start, "\xFF");
    Options options;
    options.encoding = "GB18030";
    const DecodedText d = decode(bytes, options);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics.front().where.offset == line_start);
    CHECK(d.diagnostics.front().fragment.starts_with("ff"));
}

TEST_CASE("NUL bytes in text are replaced with a warning, or an error when there are many") {
    std::string few = simplified + simplified;
    few.insert(4, 1, '\0');
    const DecodedText d = decode(few);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics.front().code == ErrorCode::replaced_bytes);
    CHECK(d.diagnostics.front().where.offset == 4);
    CHECK(d.diagnostics.front().fragment == "00");

    std::string many = "abc";
    for (int i = 0; i < 50; ++i) many += std::string("x\0y", 3) + "进展";
    try {
        (void)decode(many);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.diagnostic().code == ErrorCode::invalid_encoding);
        CHECK(e.diagnostic().where.offset == 4);
        CHECK(e.diagnostic().message == "NUL byte in text");
    }
}

TEST_CASE("a truncated UTF-16 unit at the end is reported") {
    std::string bytes = "\xFF\xFE" + encode(simplified + simplified + simplified + simplified, "UTF-16LE");
    bytes += "\x41";
    const DecodedText d = decode(bytes);
    CHECK(d.encoding == "UTF-16LE");
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics.front().where.offset == bytes.size() - 1);
}

TEST_CASE("detection steps") {
    std::size_t length = 0;
    CHECK(source_detail::bom_encoding("\xEF\xBB\xBFx", length) == "UTF-8");
    CHECK(length == 3);
    CHECK(source_detail::bom_encoding("plain", length).empty());
    CHECK(length == 0);
    CHECK(source_detail::utf16_without_bom(simplified).empty());
    CHECK(source_detail::mostly_utf8(simplified));
    CHECK_FALSE(source_detail::mostly_utf8(encode(simplified, "GB18030")));
    CHECK(source_detail::detect_with_icu(encode(simplified, "GB18030")) == "GB18030");
}
