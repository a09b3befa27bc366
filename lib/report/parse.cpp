#include <jindu/report.hpp>

#include "common/diagnostics.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <system_error>
#include <utility>

namespace jindu {

Report parse(std::string_view bytes, const Options& options) {
    return build_report(read_table(bytes, options), options);
}

namespace {

[[noreturn]] void fail(ErrorCode code, std::string message, const std::string& source) {
    throw Error(make_diagnostic(code, Severity::error, std::move(message), source));
}

// The table of a file, its bytes freed. Throws jindu::Error.
Table read_file(const std::filesystem::path& path, const Options& options) {
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
    auto bytes = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size));
    in.read(bytes.get(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) fail(ErrorCode::io_error, "cannot read the whole file", name);
    Table table = read_table(std::string_view(bytes.get(), static_cast<std::size_t>(size)), options);
    bytes.reset();  // the table holds all it needs: free the file before the report is built
    return table;
}

}  // namespace

Report parse_file(const std::filesystem::path& path, Options options) {
    if (options.source_name.empty()) options.source_name = path.string();
    return build_report(read_file(path, options), options);
}

Report parse_file(const std::filesystem::path& path, Options options, const ItemBatches& on_items,
                  std::size_t batch_size) {
    if (options.source_name.empty()) options.source_name = path.string();
    return build_report(read_file(path, options), options, on_items, batch_size);
}

}  // namespace jindu
