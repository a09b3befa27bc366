// Private: a zip archive (DOCX, XLSX) read from memory through libzip.
#pragma once

#include <jindu/options.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct zip;

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
    // Opens the archive; throws Error{bad_archive} when it is not one.
    ZipArchive(std::string_view bytes, const Options& options);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // True when an entry has this name (ASCII case ignored, as OPC does).
    bool contains(std::string_view name) const;
    // The unpacked entry, or nullopt when there is none by that name. Sizes are
    // checked before inflating and again while inflating, so a bomb fails fast.
    std::optional<std::string> read(std::string_view name) const;

private:
    [[noreturn]] void fail_entry(std::string_view name, const std::string& why) const;

    const Options& options_;
    zip* archive_ = nullptr;
};

}  // namespace jindu::table
