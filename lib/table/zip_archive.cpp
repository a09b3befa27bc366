#include "table/zip_archive.hpp"

#include "table/grid.hpp"

#include <zip.h>

#include <algorithm>
#include <memory>

namespace jindu::table {

namespace {

struct ErrorText {
    zip_error_t error;
    ErrorText() { zip_error_init(&error); }
    ~ErrorText() { zip_error_fini(&error); }
    ErrorText(const ErrorText&) = delete;
    ErrorText& operator=(const ErrorText&) = delete;
    std::string text() { return zip_error_strerror(&error); }
};

struct FileCloser {
    void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, const Options& options) : options_(options) {
    // libzip opens no bytes at all as an empty archive; an archive has at least
    // its 22-byte end record.
    if (bytes.size() < 22) fail(ErrorCode::bad_archive, "not a zip archive, or a truncated one", options_);
    ErrorText error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error.error);
    if (source == nullptr)
        fail(ErrorCode::bad_archive, "cannot read the zip archive: " + error.text(), options_);
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error.error);
    if (archive_ == nullptr) {
        zip_source_free(source);
        const int code = zip_error_code_zip(&error.error);
        const std::string why = code == ZIP_ER_NOZIP || code == ZIP_ER_EOF
                                    ? "not a zip archive, or a truncated one"
                                    : "corrupt zip archive (" + error.text() + ")";
        fail(ErrorCode::bad_archive, why, options_);
    }
}

ZipArchive::~ZipArchive() {
    if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipArchive::contains(std::string_view name) const {
    return zip_name_locate(archive_, std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

void ZipArchive::fail_entry(std::string_view name, const std::string& why) const {
    fail(ErrorCode::bad_archive, std::string(name) + " in the zip archive: " + why, options_);
}

std::optional<std::string> ZipArchive::read(std::string_view name) const {
    const zip_int64_t index = zip_name_locate(archive_, std::string(name).c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, entry, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
        fail_entry(name, zip_strerror(archive_));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
        fail_entry(name, "encrypted");

    const Limits& limits = options_.limits;
    const std::size_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
    // Checks a size (declared, or read so far) against both limits.
    auto check = [&](zip_uint64_t size) {
        if (size > limits.max_archive_entry_bytes)
            fail(ErrorCode::limit_exceeded,
                 std::string(name) + " unpacks to more than " + std::to_string(limits.max_archive_entry_bytes) +
                     " bytes",
                 options_);
        if (size > min_ratio_checked_bytes && size / std::max<std::size_t>(compressed, 1) > limits.max_compression_ratio)
            fail(ErrorCode::limit_exceeded,
                 std::string(name) + " unpacks to more than " + std::to_string(limits.max_compression_ratio) +
                     " times its packed size",
                 options_);
    };
    check(stat.size);

    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive_, entry, 0));
    if (!file) fail_entry(name, zip_strerror(archive_));
    const auto declared = static_cast<std::size_t>(stat.size);
    std::string out;
    out.reserve(declared);
    // Reads one byte more than declared, to catch an entry that lies about its size.
    char buffer[1 << 16];
    while (out.size() <= declared) {
        const std::size_t want = std::min(sizeof buffer, declared + 1 - out.size());
        const zip_int64_t got = zip_fread(file.get(), buffer, want);
        if (got < 0) fail_entry(name, zip_file_strerror(file.get()));
        if (got == 0) break;
        out.append(buffer, static_cast<std::size_t>(got));
        check(out.size());
    }
    if (out.size() != declared)
        fail_entry(name, "unpacks to " + std::string(out.size() > declared ? "more" : "fewer") +
                             " bytes than its header says");
    return out;
}

}  // namespace jindu::table
