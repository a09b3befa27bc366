// The pipeline entry: bytes or a file through read_table and build_report.
// Large tab-separated text is the one input read in pieces: its rows go into
// the report stage a few thousand at a time, so that the file is held once,
// as bytes, and never whole as a Table as well.
#include <jindu/parse.hpp>

#include "common/diagnostics.hpp"
#include "pipeline/file_bytes.hpp"
#include "report/build_report.hpp"
#include "table/readers.hpp"

#include <new>
#include <optional>
#include <utility>

namespace jindu {

namespace {

// Rows read from tab-separated text a piece at a time.
constexpr std::size_t piece_rows = 2048;

// The report of tab-separated UTF-8 text in batches, its rows read a piece
// at a time (the text must stay until the report is built).
Report report_in_pieces(table::TextRows& rows, const Options& options, const ItemBatches& on_items,
                        std::size_t batch_size) {
    Table first;
    first.format = InputFormat::text;
    first.blanks_may_be_merges = true;
    first.encoding = "UTF-8";
    first.diagnostics = rows.check();  // limit errors before any row is handed on
    rows.next(first.rows, piece_rows);
    const report::MoreRows more = [&](std::vector<Row>& next) { return rows.next(next, piece_rows); };
    return report::build_report(std::move(first), more, rows.lines(), options, on_items, batch_size);
}

// Runs a parse, turning what it throws into `error`. Nothing escapes: when
// even the diagnostic cannot be made (no memory left), error is a bare
// limit_exceeded.
template <class Parse, class Source>
std::optional<Report> without_exceptions(Parse&& parse, Source&& source, Diagnostic& error) noexcept {
    try {
        try {
            return parse();
        } catch (const Error& e) {
            error = e.diagnostic();
        } catch (const std::bad_alloc&) {
            error = make_diagnostic(ErrorCode::limit_exceeded, Severity::error, "out of memory", source());
        } catch (const std::exception& e) {
            error = make_diagnostic(ErrorCode::io_error, Severity::error, e.what(), source());
        }
    } catch (...) {
        error = Diagnostic{};
        error.code = ErrorCode::limit_exceeded;
    }
    return std::nullopt;
}

}  // namespace

Report parse(std::string_view bytes, const Options& options) {
    return build_report(read_table(bytes, options), options);
}

Report parse(std::string_view bytes, const Options& options, const ItemBatches& on_items, std::size_t batch_size) {
    if (auto rows = table::tab_rows_in_place(bytes, options)) return report_in_pieces(*rows, options, on_items, batch_size);
    return build_report(read_table(bytes, options), options, on_items, batch_size);
}

Report parse_file(const std::filesystem::path& path, Options options) {
    if (options.source_name.empty()) options.source_name = path.string();
    Table table;
    {
        const pipeline::FileBytes bytes = pipeline::read_file_bytes(path, options);
        table = read_table(bytes.view(), options);
    }  // the table holds all it needs: the file is freed here
    return build_report(std::move(table), options);
}

Report parse_file(const std::filesystem::path& path, Options options, const ItemBatches& on_items,
                  std::size_t batch_size) {
    if (options.source_name.empty()) options.source_name = path.string();
    pipeline::FileBytes bytes = pipeline::read_file_bytes(path, options);
    if (auto rows = table::tab_rows_in_place(bytes.view(), options))
        return report_in_pieces(*rows, options, on_items, batch_size);
    Table table = read_table(bytes.view(), options);
    bytes = {};  // the table holds all it needs
    return build_report(std::move(table), options, on_items, batch_size);
}

std::optional<Report> try_parse(std::string_view bytes, const Options& options, Diagnostic& error) noexcept {
    return without_exceptions([&] { return parse(bytes, options); }, [&] { return options.source_name; }, error);
}

std::optional<Report> try_parse_file(const std::filesystem::path& path, const Options& options,
                                     Diagnostic& error) noexcept {
    return without_exceptions(
        [&] { return parse_file(path, options); },
        [&] { return options.source_name.empty() ? path.string() : options.source_name; }, error);
}

}  // namespace jindu
