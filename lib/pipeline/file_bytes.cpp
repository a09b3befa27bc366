#include "pipeline/file_bytes.hpp"

#include "common/diagnostics.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace jindu::pipeline {

namespace {

[[noreturn]] void fail(ErrorCode code, std::string message, const std::string& source) {
    throw Error(make_diagnostic(code, Severity::error, std::move(message), source));
}

}  // namespace

FileBytes read_file_bytes(const std::filesystem::path& path, const Options& options) {
    const std::string& name = options.source_name;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(ErrorCode::io_error, "is a directory", name);
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) fail(ErrorCode::io_error, "cannot read file: " + ec.message(), name);
    if (size > options.limits.max_input_bytes)
        fail(ErrorCode::limit_exceeded,
             "file of " + std::to_string(size) + " bytes is over the input limit of " +
                 std::to_string(options.limits.max_input_bytes) + " bytes",
             name);

    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorCode::io_error, std::string("cannot open file: ") + std::strerror(errno), name);
    // Not zeroed first: the read fills it, and the file may be hundreds of MB.
    FileBytes bytes{std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size)),
                    static_cast<std::size_t>(size)};
    in.read(bytes.data.get(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) fail(ErrorCode::io_error, "cannot read the whole file", name);
    return bytes;
}

}  // namespace jindu::pipeline
