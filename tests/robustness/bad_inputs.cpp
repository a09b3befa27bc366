#include "robustness/bad_inputs.hpp"

#include "table/zip_writer.hpp"

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <stdexcept>

namespace jindu::robustness {

namespace {

const std::string header = "序号\t项目内容\t责任单位\t进展情况\n";

// A stored entry with true headers.
test::ZipEntry stored(std::string name, std::string data) {
    const std::uint32_t crc = test::crc_of(data);
    const std::size_t size = data.size();
    return {std::move(name), std::move(data), 0, crc, size};
}

void write(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string random_bytes(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(rng() & 0xFFu);
    return out;
}

}  // namespace

std::string zip_bomb_docx(std::size_t unpacked, std::size_t declared) {
    // 1 MiB of table rows: repeated markup, as a bomb made from a document would be.
    const std::string row = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>";
    std::string chunk;
    while (chunk.size() + row.size() <= (std::size_t{1} << 20)) chunk += row;
    chunk.resize(std::size_t{1} << 20, ' ');
    const std::string block = test::deflate_raw(chunk, test::Ending::flushed);

    test::ZipEntry document{"word/document.xml", "", 8, 0, declared};
    const std::size_t copies = unpacked / chunk.size();
    const uLong chunk_crc = crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size()));
    uLong crc = 0;
    document.packed.reserve(copies * block.size() + 2);
    for (std::size_t i = 0; i < copies; ++i) {
        document.packed += block;
        crc = crc32_combine(crc, chunk_crc, static_cast<z_off_t>(chunk.size()));
    }
    document.packed += std::string("\x03\x00", 2);  // a final empty fixed-Huffman block
    document.crc = static_cast<std::uint32_t>(crc);

    return test::zip_of({stored("[Content_Types].xml",
                          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                          "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                          "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                   document});
}

std::vector<BadInput> write_bad_inputs(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    std::vector<BadInput> inputs;
    auto add = [&](std::string name, const std::string& bytes, std::string what) {
        const auto path = dir / name;
        write(path, bytes);
        inputs.push_back({std::move(name), path, std::move(what)});
    };

    add("empty.txt", "", "an empty file");
    add("random.bin", random_bytes(std::size_t{64} << 10, 6), "64 KiB of random bytes");
    add("invalid-utf8.txt", header + "1\t修路 5 条\t区住建局\t已完成 \xff\xfe 3 条\n", "two bytes that are not UTF-8 in a table");
    add("invalid-utf8-many.txt", header + random_bytes(4096, 7) + "\n1\t修路\t区住建局\t已完成\n",
        "a table after 4 KiB of undecodable bytes");
    add("nul.txt", header + std::string("1\t修路\0 5 条\t区住建局\t已完成\n", 40), "a NUL byte in a cell");
    add("nul-only.txt", std::string(4096, '\0'), "nothing but NUL bytes");
    add("report.pdf",
        "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        "a PDF");

    const std::string docx = zip_bomb_docx(std::size_t{4} << 20, std::size_t{4} << 20);
    add("truncated.docx", docx.substr(0, docx.size() / 2), "a DOCX cut in half");
    add("bomb.docx", zip_bomb_docx(std::size_t{3} << 30, std::size_t{3} << 30),
        "a DOCX whose document.xml inflates to 3 GiB");
    add("size-lie.docx", zip_bomb_docx(std::size_t{1} << 30, std::size_t{1} << 20),
        "a DOCX whose document.xml says 1 MiB and inflates to 1 GiB");

    std::string nested = "<!DOCTYPE html><html><body>";
    for (int i = 0; i < 200'000; ++i) nested += "<div>";
    nested += "<table><tr><th>序号</th><th>项目内容</th></tr><tr><td>1</td><td>修路 5 条</td></tr></table></body></html>";
    add("nested.html", nested, "200,000 nested div tags around a table");

    add("spans.html",
        "<table><tr><th>序号</th><th>项目内容</th><th>责任单位</th><th>进展情况</th></tr>"
        "<tr><td rowspan=\"2147483647\">1</td><td colspan=\"99999999\">修路 5 条</td></tr>"
        "<tr><td rowspan=\"99999999999999999999\" colspan=\"-5\">区住建局</td><td>已完成</td></tr></table>",
        "rowspan 2147483647 and colspan 99999999");

    std::string long_line = header + "1\t";
    while (long_line.size() < (std::size_t{10} << 20)) long_line += "新建停车位 5000 个，已完成 85%。";
    add("long-line.txt", long_line + "\t区住建局\t已完成\n", "a 10 MB line");

    std::string rows = "2024年民生实事项目进展表\n\n" + header;
    for (std::size_t i = 1; i <= long_table_rows; ++i)
        rows += std::to_string(i) + "\t新建停车位 5000 个\t区住建局\t已完成停车位建设 5500 个\n";
    add("rows.txt", rows, "200,000 rows of a tab table");
    return inputs;
}

}  // namespace jindu::robustness
