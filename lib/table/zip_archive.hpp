// Private: a zip archive (DOCX, XLSX) read from memory through minizip and zlib.
#pragma once

#include <jindu/options.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table {

// Entries smaller than this are never refused for their compression ratio:
// a few kilobytes of repeated markup compress well and cannot be a bomb.
inline constexpr std::size_t min_ratio_checked_bytes = std::size_t{1} << 20;

// A read-only zip archive over bytes the caller keeps alive. Every failure is a
// jindu::Error naming options.source_name: bad_archive when the archive is
// truncated, corrupt or encrypted; limit_exceeded when an entry unpacks past
// limits.max_archive_entry_bytes or limits.max_compression_ratio.
class ZipArchive {
public:
    // Opens the archive and reads its central directory; throws
    // Error{bad_archive} when it is not a zip archive or its directory is corrupt.
    ZipArchive(std::string_view bytes, const Options& options);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // True when an entry has this name (ASCII case ignored, as OPC does).
    bool contains(std::string_view name) const;
    // The unpacked entry, or nullopt when there is none by that name. Sizes are
    // checked before inflating, and inflating stops one byte past the declared
    // size, so neither a bomb nor a header that lies gets far.
    std::optional<std::string> read(std::string_view name) const;

    struct Entry;
    struct Stream;

private:
    struct Closer {
        using pointer = void*;
        void operator()(void* handle) const noexcept;
    };

    // The first entry with this name (ASCII case ignored), or null.
    const Entry* find(std::string_view name) const;
    struct Packed {
        std::string_view data;
        bool deflated = false;  // otherwise stored as is
    };
    // The packed bytes of entry `name`, after minizip checks its local header;
    // throws Error{bad_archive} for an unknown method or data past the end.
    Packed packed(std::string_view name, const Entry& entry) const;
    [[noreturn]] void fail_entry(std::string_view name, const std::string& why) const;

    std::string_view bytes_;
    const Options& options_;
    std::unique_ptr<Stream> stream_;        // read by handle_, so declared before it
    std::unique_ptr<void, Closer> handle_;  // minizip's unzFile
    std::vector<Entry> entries_;
};

}  // namespace jindu::table
