#include "pipeline/file_bytes.hpp"

#include "common/diagnostics.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace jindu::pipeline {

namespace {

// A pipe or FIFO (such as bash's <(…)) has no size to check first: it is read
// to its end, and fails as soon as it holds more than the limit.
FileBytes read_stream_bytes(const std::filesystem::path& path, const Options& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorCode::io_error, std::string("cannot open file: ") + std::strerror(errno), options);
    std::string text;
    char block[std::size_t{64} << 10];
    while (in.read(block, sizeof block) || in.gcount() > 0) {
        text.append(block, static_cast<std::size_t>(in.gcount()));
        if (text.size() > options.limits.max_input_bytes)
            fail(ErrorCode::limit_exceeded,
                 "input of more than " + std::to_string(options.limits.max_input_bytes) +
                     " bytes is over the input limit",
                 options);
    }
    if (in.bad()) fail(ErrorCode::io_error, "cannot read the whole file", options);
    FileBytes bytes{std::make_unique_for_overwrite<char[]>(text.size()), text.size()};
    text.copy(bytes.data.get(), text.size());
    return bytes;
}

}  // namespace

FileBytes read_file_bytes(const std::filesystem::path& path, const Options& options) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) fail(ErrorCode::io_error, "is a directory", options);
    if (std::filesystem::is_fifo(status)) return read_stream_bytes(path, options);
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
