#include "support/dump.hpp"
#include "table/ooxml.hpp"
#include "table/zip_archive.hpp"
#include "table/fixtures.hpp"
#include "table/zip_writer.hpp"

#include <doctest/doctest.h>

#include <string>

using jindu::ErrorCode;
using jindu::Options;
using jindu::table::ZipArchive;
using jindu::test::error_of;
using jindu::test::make_zip;
using jindu::test::read_fixture;

TEST_CASE("entries are read by name, ignoring ASCII case") {
    const std::string bytes = make_zip({{"word/document.xml", "<x>文</x>"}, {"a.txt", ""}});
    const Options options;
    const ZipArchive archive(bytes, options);
    CHECK(archive.contains("word/document.xml"));
    CHECK(archive.contains("Word/Document.XML"));
    CHECK_FALSE(archive.contains("word/missing.xml"));
    CHECK(archive.read("word/document.xml") == std::optional<std::string>("<x>文</x>"));
    CHECK(archive.read("a.txt") == std::optional<std::string>(""));
    CHECK(archive.read("missing") == std::nullopt);
}

TEST_CASE("what is not a whole zip archive is a bad_archive error naming the file") {
    const std::string good = make_zip({{"word/document.xml", std::string(5000, 'x')}});
    for (const std::string& bytes : {std::string(), std::string("PK\x03\x04 not really"), good.substr(0, good.size() / 2),
                                     read_fixture("truncated.docx"), std::string(4096, '\0')}) {
        Options options;
        options.source_name = "broken.docx";
        const auto d = error_of([&] { ZipArchive archive(bytes, options); });
        CHECK(d.code == ErrorCode::bad_archive);
        CHECK(d.source == "broken.docx");
        CHECK(d.message == "not a zip archive, or a truncated one");
    }
}

TEST_CASE("corrupt packed data is a bad_archive error naming the entry") {
    std::string bytes = make_zip({{"word/document.xml", std::string(20000, 'a') + std::string(20000, 'b')}});
    // Scrambles the deflate stream after the local header.
    auto u16 = [&](std::size_t at) {
        return static_cast<std::size_t>(static_cast<unsigned char>(bytes[at])) |
               static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
    };
    const std::size_t data = 30 + u16(26) + u16(28);
    for (std::size_t i = data; i < data + 40; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    const Options options;
    const ZipArchive archive(bytes, options);
    const auto d = error_of([&] { (void)archive.read("word/document.xml"); });
    CHECK(d.code == ErrorCode::bad_archive);
    CHECK(d.message.starts_with("word/document.xml in the zip archive: "));
}

TEST_CASE("an entry past the size limit fails before it is inflated") {
    Options options;
    options.source_name = "big.docx";
    options.limits.max_archive_entry_bytes = 1000;
    const std::string bytes = make_zip({{"small.xml", std::string(1000, 'x')}, {"big.xml", std::string(1001, 'x')}});
    const ZipArchive archive(bytes, options);
    CHECK(archive.read("small.xml")->size() == 1000);
    const auto d = error_of([&] { (void)archive.read("big.xml"); });
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.source == "big.docx");
    CHECK(d.message == "big.xml unpacks to more than 1000 bytes");
}

TEST_CASE("a zip bomb fails on its compression ratio") {
    const std::string bomb = read_fixture("bomb.xlsx");
    CHECK(bomb.size() < 10'000);
    const Options options;
    const ZipArchive archive(bomb, options);
    const auto d = error_of([&] { (void)archive.read("xl/worksheets/sheet1.xml"); });
    CHECK(d.code == ErrorCode::limit_exceeded);
    CHECK(d.message == "xl/worksheets/sheet1.xml unpacks to more than 200 times its packed size");

    Options lenient;
    lenient.limits.max_compression_ratio = 100'000;
    lenient.limits.max_archive_entry_bytes = 1 << 20;
    const ZipArchive again(bomb, lenient);
    CHECK(error_of([&] { (void)again.read("xl/worksheets/sheet1.xml"); }).message ==
          "xl/worksheets/sheet1.xml unpacks to more than 1048576 bytes");
}

TEST_CASE("small entries are not refused for compressing well") {
    const std::string bytes = make_zip({{"a.xml", std::string(100'000, ' ')}});
    const Options options;
    CHECK(ZipArchive(bytes, options).read("a.xml")->size() == 100'000);
}

TEST_CASE("an entry that inflates past its declared size stops there") {
    const Options options;
    const std::string bytes = read_fixture("lying-size.docx");  // outlives the archive over it
    const ZipArchive archive(bytes, options);
    const auto d = error_of([&] { (void)archive.read("word/document.xml"); });
    CHECK(d.code == ErrorCode::bad_archive);
    CHECK(d.message == "word/document.xml in the zip archive: unpacks to more bytes than its header says");
}

TEST_CASE("stored entries are read as they are") {
    const std::string bytes = make_zip({{"a.xml", "<a>表</a>"}, {"b.xml", std::string(70'000, 'b')}},
                                       jindu::test::Packing::stored);
    const Options options;
    const ZipArchive archive(bytes, options);
    CHECK(archive.read("a.xml") == std::optional<std::string>("<a>表</a>"));
    CHECK(archive.read("b.xml") == std::optional<std::string>(std::string(70'000, 'b')));
}

TEST_CASE("an entry whose bytes do not match its CRC is a bad_archive error") {
    std::string bytes = make_zip({{"a.xml", "<a>1</a>"}}, jindu::test::Packing::stored);
    bytes[30 + 5 + 3] = '2';  // inside the stored data, after the local header and name
    const Options options;
    const ZipArchive archive(bytes, options);
    const auto d = error_of([&] { (void)archive.read("a.xml"); });
    CHECK(d.code == ErrorCode::bad_archive);
    CHECK(d.message == "a.xml in the zip archive: CRC error");
}

TEST_CASE("an encrypted entry is a bad_archive error") {
    std::string bytes = make_zip({{"a.xml", "<a>1</a>"}});
    // Sets the encryption bit in the central directory record the end record points to.
    const std::size_t end = bytes.size() - 22;
    std::size_t directory = 0;
    for (int i = 3; i >= 0; --i)
        directory = directory << 8 | static_cast<unsigned char>(bytes[end + 16 + static_cast<std::size_t>(i)]);
    bytes[directory + 8] = static_cast<char>(bytes[directory + 8] | 1);
    const Options options;
    const ZipArchive archive(bytes, options);
    CHECK(archive.contains("a.xml"));
    const auto d = error_of([&] { (void)archive.read("a.xml"); });
    CHECK(d.code == ErrorCode::bad_archive);
    CHECK(d.message == "a.xml in the zip archive: encrypted");
}

TEST_CASE("relationship targets resolve against the folder of their part") {
    using jindu::table::ooxml::resolve;
    CHECK(resolve("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
    CHECK(resolve("xl/workbook.xml", "/xl/worksheets/sheet2.xml") == "xl/worksheets/sheet2.xml");
    CHECK(resolve("xl/worksheets/sheet1.xml", "../sharedStrings.xml") == "xl/sharedStrings.xml");
    CHECK(resolve("", "word/document.xml") == "word/document.xml");
    CHECK(resolve("a/b.xml", "./c/../d.xml") == "a/d.xml");
}

TEST_CASE("_xHHHH_ escapes of OOXML strings are decoded") {
    using jindu::table::ooxml::decode_escapes;
    CHECK(decode_escapes("第一行_x000D__x000A_第二行") == "第一行\n第二行");
    CHECK(decode_escapes("_x005F_x000D_") == "_x000D_");
    CHECK(decode_escapes("_x4E00_") == "一");
    CHECK(decode_escapes("_xZZZZ_ _x12_") == "_xZZZZ_ _x12_");
}
