// read_table: bytes of any supported format and encoding to a Table.
#include "table/readers.hpp"

#include <jindu/source.hpp>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "source/decode_detail.hpp"
#include "table/sniff.hpp"

namespace jindu::table {

namespace {

// True when text holds nothing but white space.
bool blank(std::string_view text) noexcept { return utf8::trim(text).empty(); }

// Reads decoded text in one of the text-shaped formats.
Table read_decoded(std::string_view utf8_text, InputFormat format, const Options& options) {
    switch (format) {
    case InputFormat::html: return read_html(utf8_text, options);
    case InputFormat::markdown: return read_markdown(utf8_text, options);
    case InputFormat::prose: return read_prose(utf8_text, options);
    case InputFormat::text: return read_text(utf8_text, options);
    default: break;
    }
    fail(ErrorCode::unsupported_format, "no reader for " + std::string(to_string(format)) + " input", options);
}

// Reads a zip-based Office document.
Table read_archive(std::string_view bytes, InputFormat format, const Options& options) {
    if (format == InputFormat::docx) return read_docx(bytes, options);
    if (format == InputFormat::xlsx) return read_xlsx(bytes, options);
    fail(ErrorCode::unsupported_format, "no reader for " + std::string(to_string(format)) + " input", options);
}

// Reads a PDF through the reader the options name (the core library has none).
Table read_pdf(std::string_view bytes, const Options& options) {
    if (!options.pdf_reader)
        fail(ErrorCode::unsupported_format,
             "PDF document: this program has no PDF reader (jindu::pdf, built with poppler)", options);
    Table table = options.pdf_reader(bytes, options);
    table.format = InputFormat::pdf;
    return table;
}

// Offsets of the reader's diagnostics, which point into the decoded text,
// made offsets into the original bytes (lines and columns are the same in both).
void point_into_original(std::vector<Diagnostic>& diagnostics, std::string_view bytes, std::string_view encoding) {
    std::vector<std::size_t> offsets;
    for (const Diagnostic& d : diagnostics)
        if (d.where.offset != Location::unknown_offset) offsets.push_back(d.where.offset);
    if (offsets.empty()) return;
    const std::vector<std::size_t> original = source_detail::original_offsets(bytes, encoding, offsets);
    std::size_t next = 0;
    for (Diagnostic& d : diagnostics)
        if (d.where.offset != Location::unknown_offset) d.where.offset = original[next++];
}

// Throws for bytes that no reader takes: over the input limit, blank, or a
// binary format jindu does not read.
void check_input(std::string_view bytes, const Options& options) {
    if (bytes.size() > options.limits.max_input_bytes) {
        fail(ErrorCode::limit_exceeded,
             "input larger than " + std::to_string(options.limits.max_input_bytes) + " bytes", options);
    }
    if (blank(bytes)) fail(ErrorCode::empty_input, "empty input", options);
    if (const auto binary = unsupported_binary(bytes); !binary.empty() && options.format != InputFormat::pdf)
        fail(ErrorCode::unsupported_format, "not a report jindu can read: " + std::string(binary), options);
}

// True when bytes are read as they are: UTF-8 with no BOM and no NUL and no
// other encoding asked for (decode() would only copy them).
bool read_in_place(std::string_view bytes, const Options& options) {
    return options.encoding.empty() && !bytes.starts_with("\xEF\xBB\xBF") &&
           bytes.find('\0') == std::string_view::npos && utf8::valid(bytes);
}

}  // namespace

std::optional<TextRows> tab_rows_in_place(std::string_view bytes, const Options& options) {
    // The cheap tests first: what they turn away, read_table checks and reads.
    if (options.format != InputFormat::automatic && options.format != InputFormat::text) return std::nullopt;
    if (is_pdf(bytes) || is_zip(bytes)) return std::nullopt;
    if (options.format == InputFormat::automatic && !sniffs_as_tab_text(bytes)) return std::nullopt;
    check_input(bytes, options);
    if (!read_in_place(bytes, options)) return std::nullopt;
    std::optional<TextRows> rows(std::in_place, bytes, options);
    if (!rows->tab_mode()) rows.reset();
    return rows;
}

}  // namespace jindu::table

namespace jindu {

Table read_table(std::string_view bytes, const Options& options) {
    using namespace table;
    check_input(bytes, options);

    InputFormat format = options.format;
    if (format == InputFormat::automatic && is_pdf(bytes)) format = InputFormat::pdf;
    if (format == InputFormat::pdf) return read_pdf(bytes, options);
    if (format == InputFormat::automatic && is_zip(bytes)) format = zip_format(bytes);
    if (format == InputFormat::docx || format == InputFormat::xlsx) return read_archive(bytes, format, options);

    if (read_in_place(bytes, options)) {
        if (format == InputFormat::automatic) format = sniff_text(bytes);
        Table table = read_decoded(bytes, format, options);
        table.format = format;
        table.encoding = "UTF-8";
        return table;
    }

    DecodedText decoded = decode(bytes, options);
    if (blank(decoded.text)) fail(ErrorCode::empty_input, "empty input", options);
    if (format == InputFormat::automatic) format = sniff_text(decoded.text);

    Table table;
    try {
        table = read_decoded(decoded.text, format, options);
    } catch (const Error& e) {
        std::vector<Diagnostic> error{e.diagnostic()};
        point_into_original(error, bytes, decoded.encoding);
        throw Error(std::move(error.front()));
    }
    table.format = format;
    table.encoding = decoded.encoding;
    point_into_original(table.diagnostics, bytes, decoded.encoding);
    table.diagnostics.insert(table.diagnostics.begin(), decoded.diagnostics.begin(), decoded.diagnostics.end());
    return table;
}

std::string_view to_string(ColumnRole role) noexcept {
    switch (role) {
    case ColumnRole::none: return "none";
    case ColumnRole::seq: return "seq";
    case ColumnRole::category: return "category";
    case ColumnRole::name: return "name";
    case ColumnRole::content: return "content";
    case ColumnRole::owners: return "owners";
    case ColumnRole::cooperating: return "cooperating";
    case ColumnRole::progress: return "progress";
    case ColumnRole::history: return "history";
    case ColumnRole::rate: return "rate";
    case ColumnRole::schedule: return "schedule";
    case ColumnRole::status: return "status";
    case ColumnRole::unit: return "unit";
    case ColumnRole::achieved: return "achieved";
    case ColumnRole::note: return "note";
    }
    return "none";
}

}  // namespace jindu
