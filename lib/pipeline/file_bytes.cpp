#include "pipeline/file_bytes.hpp"

#include "common/diagnostics.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace jindu::pipeline {

FileBytes read_file_bytes(const std::filesystem::path& path, const Options& options) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(ErrorCode::io_error, "is a directory", options);
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) fail(ErrorCode::io_error, "cannot read file: " + ec.message(), options);
    if (size > options.limits.max_input_bytes)
        fail(ErrorCode::limit_exceeded,
             "file of " + std::to_string(size) + " bytes is over the input limit of " +
                 std::to_string(options.limits.max_input_bytes) + " bytes",
             options);

    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorCode::io_error, std::string("cannot open file: ") + std::strerror(errno), options);
    // Not zeroed first: the read fills it, and the file may be hundreds of MB.
    FileBytes bytes{std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size)),
                    static_cast<std::size_t>(size)};
    in.read(bytes.data.get(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) fail(ErrorCode::io_error, "cannot read the whole file", options);
    return bytes;
}

}  // namespace jindu::pipeline
