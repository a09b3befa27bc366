#include <jindu/diagnostic.hpp>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"

#include <utility>

namespace jindu {

std::string_view to_string(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::empty_input: return "empty_input";
    case ErrorCode::invalid_encoding: return "invalid_encoding";
    case ErrorCode::replaced_bytes: return "replaced_bytes";
    case ErrorCode::unsupported_format: return "unsupported_format";
    case ErrorCode::malformed_markup: return "malformed_markup";
    case ErrorCode::bad_archive: return "bad_archive";
    case ErrorCode::limit_exceeded: return "limit_exceeded";
    case ErrorCode::no_table: return "no_table";
    case ErrorCode::skipped_row: return "skipped_row";
    case ErrorCode::note_row: return "note_row";
    case ErrorCode::doubtful_value: return "doubtful_value";
    case ErrorCode::bad_pdf: return "bad_pdf";
    case ErrorCode::encrypted_input: return "encrypted_input";
    case ErrorCode::no_text_layer: return "no_text_layer";
    case ErrorCode::undecodable_text: return "undecodable_text";
    case ErrorCode::reader_warning: return "reader_warning";
    }
    return "unknown";
}

std::string_view to_string(Severity severity) noexcept {
    switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "unknown";
}

std::string fragment_of(std::string_view text, std::size_t max_bytes) {
    std::size_t end = 0;
    while (end < text.size() && end < max_bytes) utf8::next(text, end);
    return std::string(text.substr(0, end));
}

Diagnostic make_diagnostic(ErrorCode code, Severity severity, std::string message, std::string source,
                           Location where, std::string_view fragment) {
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = std::move(message);
    d.source = std::move(source);
    d.where = where;
    d.fragment = fragment_of(fragment);
    return d;
}

void fail(ErrorCode code, std::string message, const Options& options, Location where, std::string_view fragment) {
    throw Error(make_diagnostic(code, Severity::error, std::move(message), options.source_name, where, fragment));
}

std::string format(const Diagnostic& d) {
    std::string out = d.source.empty() ? std::string("<input>") : d.source;
    if (d.where.line != 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column != 0) out += ':' + std::to_string(d.where.column);
    } else if (d.where.offset != Location::unknown_offset) {
        out += ":byte " + std::to_string(d.where.offset);
    } else if (d.where.page != 0) {
        out += ": page " + std::to_string(d.where.page);
    }
    out += ": ";
    out += to_string(d.severity);
    out += ": ";
    out += d.message;
    if (!d.fragment.empty()) {
        out += " (near \"";
        out += d.fragment;
        out += "\")";
    }
    return out;
}

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(format(diagnostic)), diagnostic_(std::move(diagnostic)) {}

}  // namespace jindu
