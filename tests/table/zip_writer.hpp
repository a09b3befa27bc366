// Builds zip archives in memory for reader tests (zlib, deflated entries).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace jindu::test {

using Parts = std::vector<std::pair<std::string, std::string>>;

// Appends v as n little-endian bytes.
inline void put_le(std::string& out, std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFu);
}

// How a raw deflate stream written by deflate_raw ends.
enum class Ending {
    finished,  // a whole stream
    flushed,   // blocks ending on a byte boundary with an empty dictionary
               // (Z_FULL_FLUSH): copies of them chain into one stream
};

// `data` as raw deflate at level 9.
inline std::string deflate_raw(const std::string& data, Ending ending = Ending::finished) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
    z.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(data.data()));  // zlib only reads it
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const bool finished = ending == Ending::finished;
    const int rc = deflate(&z, finished ? Z_FINISH : Z_FULL_FLUSH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (rc != (finished ? Z_STREAM_END : Z_OK) || z.avail_in != 0) throw std::runtime_error("deflate failed");
    return out;
}

enum class Packing { deflated, stored };

// One entry as it goes into the archive: its bytes already packed, and what
// the headers declare about it (which may be a lie, for bad-input tests).
struct ZipEntry {
    std::string name;
    std::string packed;         // the bytes stored for it
    std::uint16_t method = 0;   // 0 stored, 8 deflated
    std::uint32_t crc = 0;      // declared CRC-32 of the unpacked bytes
    std::uint64_t size = 0;     // declared unpacked size (below 4 GiB: no zip64)
};

// A zip archive of the entries as they are, names flagged as UTF-8.
inline std::string zip_of(const std::vector<ZipEntry>& entries) {
    std::string out;
    std::string directory;
    for (const ZipEntry& e : entries) {
        const std::size_t offset = out.size();
        // The fields local and central records share, from "version needed" to the name length.
        std::string common;
        put_le(common, 20, 2);      // version needed
        put_le(common, 0x0800, 2);  // UTF-8 names
        put_le(common, e.method, 2);
        put_le(common, 0, 4);       // time and date
        put_le(common, e.crc, 4);
        put_le(common, e.packed.size(), 4);
        put_le(common, e.size, 4);
        put_le(common, e.name.size(), 2);
        put_le(out, 0x04034b50, 4);
        out += common;
        put_le(out, 0, 2);  // extra
        out += e.name;
        out += e.packed;
        put_le(directory, 0x02014b50, 4);
        put_le(directory, 20, 2);  // version made by
        directory += common;
        directory.append(12, '\0');  // extra, comment, disk, attributes
        put_le(directory, offset, 4);
        directory += e.name;
    }
    const std::size_t directory_offset = out.size();
    out += directory;
    put_le(out, 0x06054b50, 4);
    put_le(out, 0, 4);
    put_le(out, entries.size(), 2);
    put_le(out, entries.size(), 2);
    put_le(out, directory.size(), 4);
    put_le(out, directory_offset, 4);
    put_le(out, 0, 2);
    return out;
}

// CRC-32 of data.
inline std::uint32_t crc_of(const std::string& data) {
    return static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
}

// A zip archive of the parts, deflated or stored, with true headers.
inline std::string make_zip(const Parts& parts, Packing packing = Packing::deflated) {
    std::vector<ZipEntry> entries;
    for (const auto& [name, data] : parts) {
        const bool deflated = packing == Packing::deflated;
        entries.push_back({name, deflated ? deflate_raw(data) : data, static_cast<std::uint16_t>(deflated ? 8 : 0),
                           crc_of(data), data.size()});
    }
    return zip_of(entries);
}

// A DOCX holding `body` (the inside of w:body) as word/document.xml.
inline std::string make_docx(const std::string& body) {
    return make_zip({
        {"[Content_Types].xml",
         R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
        {"word/document.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
             body + "</w:body></w:document>"},
    });
}

// An XLSX with one sheet holding `sheet_data` (the inside of <worksheet>) and
// the shared strings `strings` (the inside of <sst>).
inline std::string make_xlsx(const std::string& sheet_data, const std::string& strings = "") {
    const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return make_zip({
        {"xl/workbook.xml", "<workbook" + ns + R"(><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type=")" +
             rel + R"(worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type=")" + rel +
             R"(sharedStrings" Target="sharedStrings.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml", "<worksheet" + ns + ">" + sheet_data + "</worksheet>"},
        {"xl/sharedStrings.xml", "<sst" + ns + ">" + strings + "</sst>"},
    });
}

}  // namespace jindu::test
