#include <jindu/report.hpp>

#include "common/diagnostics.hpp"
#include "report/pieces.hpp"
#include "table/readers.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
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

// The bytes of a file, checked against the input limit. Throws jindu::Error.
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    std::string_view view() const { return {data.get(), size}; }
};

FileBytes read_bytes(const std::filesystem::path& path, const Options& options) {
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

// The table of a file, its bytes freed. Throws jindu::Error.
Table read_file(const std::filesystem::path& path, const Options& options) {
    const FileBytes bytes = read_bytes(path, options);
    return read_table(bytes.view(), options);  // the table holds all it needs: the file is freed here
}

// Rows read from tab-separated text a piece at a time.
constexpr std::size_t piece_rows = 2048;

// The report of a table from table::read_table, in batches: from the pieces
// when the text was left unread (its bytes must still be there).
Report report_of(Table&& table, std::optional<table::TabText>& pieces, const Options& options,
                 const ItemBatches& on_items, std::size_t batch_size) {
    if (!pieces) return build_report(std::move(table), options, on_items, batch_size);
    pieces->next(table.rows, piece_rows);
    return report::build_report_in_pieces(std::move(table), *pieces, options, on_items, batch_size, piece_rows);
}

}  // namespace

Report parse(std::string_view bytes, const Options& options, const ItemBatches& on_items, std::size_t batch_size) {
    std::optional<table::TabText> pieces;
    Table table = table::read_table(bytes, options, &pieces);
    return report_of(std::move(table), pieces, options, on_items, batch_size);
}

Report parse_file(const std::filesystem::path& path, Options options) {
    if (options.source_name.empty()) options.source_name = path.string();
    return build_report(read_file(path, options), options);
}

Report parse_file(const std::filesystem::path& path, Options options, const ItemBatches& on_items,
                  std::size_t batch_size) {
    if (options.source_name.empty()) options.source_name = path.string();
    FileBytes bytes = read_bytes(path, options);
    // Tab-separated text is read into the report a piece of rows at a time: a
    // large file is then held once, as bytes, and never whole as a Table too.
    std::optional<table::TabText> pieces;
    Table table = table::read_table(bytes.view(), options, &pieces);
    if (!pieces) bytes = {};  // the table holds all it needs
    return report_of(std::move(table), pieces, options, on_items, batch_size);
}

}  // namespace jindu
