#include "table/zip_archive.hpp"

#include "table/grid.hpp"

#include <minizip/unzip.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>

namespace jindu::table {

// The bytes under the archive and minizip's position in them.
struct ZipArchive::Stream {
    std::string_view bytes;
    std::uint64_t position = 0;
};

// One central directory record: what read() needs without asking minizip again.
struct ZipArchive::Entry {
    std::string name;
    unz64_file_pos place{};
    std::uint64_t packed_size = 0;
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    bool encrypted = false;
};

void ZipArchive::Closer::operator()(void* handle) const noexcept { unzClose(handle); }

namespace {

// minizip's file callbacks over a ZipArchive::Stream.

// Opens nothing: the "file name" handed to unzOpen2_64 is the stream itself.
voidpf open_stream(voidpf, const void* stream, int) { return const_cast<void*>(stream); }

// Copies up to size bytes from the position on; returns how many (0 at the end).
uLong read_stream(voidpf, voidpf opaque, void* buffer, uLong size) {
    auto& stream = *static_cast<ZipArchive::Stream*>(opaque);
    if (stream.position >= stream.bytes.size()) return 0;
    const std::size_t at = static_cast<std::size_t>(stream.position);
    const std::size_t n = std::min<std::size_t>(size, stream.bytes.size() - at);
    std::memcpy(buffer, stream.bytes.data() + at, n);
    stream.position += n;
    return static_cast<uLong>(n);
}

// Writes nothing: the archive is read-only.
uLong write_stream(voidpf, voidpf, const void*, uLong) { return 0; }

// The position.
ZPOS64_T tell_stream(voidpf, voidpf opaque) { return static_cast<ZipArchive::Stream*>(opaque)->position; }

// Moves the position (past the end is allowed, as fseek allows it); fails (-1)
// on an unknown origin or an overflow.
long seek_stream(voidpf, voidpf opaque, ZPOS64_T offset, int origin) {
    auto& stream = *static_cast<ZipArchive::Stream*>(opaque);
    std::uint64_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = stream.position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = stream.bytes.size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET) return -1;
    if (offset > UINT64_MAX - base) return -1;
    stream.position = base + offset;
    return 0;
}

// Closes nothing: the caller owns the bytes.
int close_stream(voidpf, voidpf) { return 0; }

// Memory has no read errors.
int stream_error(voidpf, voidpf) { return 0; }

// Compares ASCII letters without case and every other byte exactly.
bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

// minizip's error code as words.
std::string unz_error_text(int code) {
    switch (code) {
    case UNZ_ERRNO: return "read error";
    case UNZ_EOF: return "unexpected end of data";
    case UNZ_PARAMERROR: return "invalid parameter";
    case UNZ_BADZIPFILE: return "inconsistent directory or local header";
    case UNZ_INTERNALERROR: return "internal error";
    case UNZ_CRCERROR: return "CRC error";
    default: return "error " + std::to_string(code);
    }
}

// Owns a raw-deflate zlib stream.
struct Inflater {
    z_stream z{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&z, -MAX_WBITS) == Z_OK; }
    ~Inflater() {
        if (ready) inflateEnd(&z);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
};

// At most what one zlib call takes.
uInt chunk(std::size_t n) { return static_cast<uInt>(std::min<std::size_t>(n, UINT_MAX)); }

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, const Options& options)
    : bytes_(bytes), options_(options), stream_(std::make_unique<Stream>(Stream{bytes, 0})) {
    // An archive has at least its 22-byte end record.
    if (bytes.size() < 22) fail(ErrorCode::bad_archive, "not a zip archive, or a truncated one", options_);
    zlib_filefunc64_def io{};
    io.zopen64_file = open_stream;
    io.zread_file = read_stream;
    io.zwrite_file = write_stream;
    io.ztell64_file = tell_stream;
    io.zseek64_file = seek_stream;
    io.zclose_file = close_stream;
    io.zerror_file = stream_error;
    handle_.reset(unzOpen2_64(stream_.get(), &io));
    if (!handle_) fail(ErrorCode::bad_archive, "not a zip archive, or a truncated one", options_);

    int rc = unzGoToFirstFile(handle_.get());
    while (rc == UNZ_OK) {
        Entry entry;
        unz_file_info64 info{};
        rc = unzGetCurrentFileInfo64(handle_.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0);
        if (rc != UNZ_OK) break;
        entry.name.resize(info.size_filename);
        rc = unzGetCurrentFileInfo64(handle_.get(), &info, entry.name.data(), info.size_filename, nullptr, 0,
                                     nullptr, 0);
        if (rc == UNZ_OK) rc = unzGetFilePos64(handle_.get(), &entry.place);
        if (rc != UNZ_OK) break;
        entry.packed_size = info.compressed_size;
        entry.size = info.uncompressed_size;
        entry.crc = static_cast<std::uint32_t>(info.crc);
        entry.encrypted = (info.flag & 1u) != 0;
        entries_.push_back(std::move(entry));
        rc = unzGoToNextFile(handle_.get());
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        fail(ErrorCode::bad_archive, "corrupt zip archive (" + unz_error_text(rc) + ")", options_);
}

ZipArchive::~ZipArchive() = default;

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const {
    const auto it = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const Entry& e) { return equal_ignoring_ascii_case(e.name, name); });
    return it == entries_.end() ? nullptr : &*it;
}

bool ZipArchive::contains(std::string_view name) const { return find(name) != nullptr; }

void ZipArchive::fail_entry(std::string_view name, const std::string& why) const {
    fail(ErrorCode::bad_archive, std::string(name) + " in the zip archive: " + why, options_);
}

ZipArchive::Packed ZipArchive::packed(std::string_view name, const Entry& entry) const {
    int method = 0;
    int level = 0;
    int rc = unzGoToFilePos64(handle_.get(), &entry.place);
    if (rc == UNZ_OK) rc = unzOpenCurrentFile2(handle_.get(), &method, &level, 1);
    if (rc != UNZ_OK) fail_entry(name, unz_error_text(rc));
    const std::uint64_t start = unzGetCurrentFileZStreamPos64(handle_.get());
    unzCloseCurrentFile(handle_.get());
    if (method != 0 && method != Z_DEFLATED)
        fail_entry(name, "unsupported compression method " + std::to_string(method));
    if (start > bytes_.size() || entry.packed_size > bytes_.size() - start)
        fail_entry(name, "packed data runs past the end of the archive");
    return {bytes_.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(entry.packed_size)),
            method == Z_DEFLATED};
}

std::optional<std::string> ZipArchive::read(std::string_view name) const {
    const Entry* entry = find(name);
    if (entry == nullptr) return std::nullopt;
    if (entry->encrypted) fail_entry(name, "encrypted");

    const Limits& limits = options_.limits;
    // Checks a size (declared, or unpacked) against both limits.
    auto check = [&](std::uint64_t size) {
        if (size > limits.max_archive_entry_bytes)
            fail(ErrorCode::limit_exceeded,
                 std::string(name) + " unpacks to more than " + std::to_string(limits.max_archive_entry_bytes) +
                     " bytes",
                 options_);
        if (size > min_ratio_checked_bytes &&
            size / std::max<std::uint64_t>(entry->packed_size, 1) > limits.max_compression_ratio)
            fail(ErrorCode::limit_exceeded,
                 std::string(name) + " unpacks to more than " + std::to_string(limits.max_compression_ratio) +
                     " times its packed size",
                 options_);
    };
    check(entry->size);

    const auto [data, deflated] = packed(name, *entry);

    // Unpacks at most one byte more than declared, to catch an entry that lies about its size.
    const auto declared = static_cast<std::size_t>(entry->size);
    std::string out(declared + 1, '\0');
    std::size_t produced = 0;
    if (!deflated) {
        produced = std::min(data.size(), out.size());
        std::memcpy(out.data(), data.data(), produced);
    } else {
        Inflater inflater;
        if (!inflater.ready) fail_entry(name, "cannot start inflating");
        z_stream& z = inflater.z;
        std::size_t used = 0;
        for (;;) {
            // zlib reads through next_in but declares it non-const.
            z.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(data.data() + used));
            z.avail_in = chunk(data.size() - used);
            z.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
            z.avail_out = chunk(out.size() - produced);
            const uInt had_in = z.avail_in;
            const uInt had_out = z.avail_out;
            const int status = inflate(&z, Z_NO_FLUSH);
            used += had_in - z.avail_in;
            produced += had_out - z.avail_out;
            if (status == Z_STREAM_END || produced == out.size()) break;
            if (status == Z_BUF_ERROR && used == data.size()) fail_entry(name, "packed data ends early");
            if (status != Z_OK) fail_entry(name, z.msg != nullptr ? z.msg : "invalid packed data");
        }
    }
    out.resize(produced);
    check(produced);
    if (produced != declared)
        fail_entry(name, "unpacks to " + std::string(produced > declared ? "more" : "fewer") +
                             " bytes than its header says");
    const uLong crc = crc32_z(0, reinterpret_cast<const Bytef*>(out.data()), out.size());
    if (crc != entry->crc) fail_entry(name, "CRC error");
    return out;
}

}  // namespace jindu::table
