// jindu — diagnostics and errors: what went wrong or was doubtful, and where.
#pragma once

#include <jindu/export.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jindu {

// What a diagnostic is about. New codes may be added; none is renumbered.
enum class ErrorCode {
    io_error,            // the file could not be read or written
    empty_input,         // nothing but white space
    invalid_encoding,    // bytes that do not decode in the detected encoding
    replaced_bytes,      // undecodable bytes were replaced (a warning)
    unsupported_format,  // not a format jindu reads (images …; PDF without a PDF reader)
    malformed_markup,    // HTML/XML that could not be read as a table
    bad_archive,         // a zip (DOCX/XLSX) that is truncated or inconsistent
    limit_exceeded,      // an input went past one of Options::limits
    no_table,            // no header row with known columns was found
    skipped_row,         // a row that is neither an item, a header nor a category
    note_row,            // a note under the table (注：…)
    doubtful_value,      // a figure that was read but looks wrong
    bad_pdf,             // a PDF that is damaged or truncated
    encrypted_input,     // a PDF that needs a password
    no_text_layer,       // a PDF page with no text, only images (a scan)
    undecodable_text,    // PDF text that decodes to (cid:…), U+FFFD or private-use code points
    reader_warning,      // a warning of the PDF parser, passed on
};

enum class Severity { error, warning, note };

// Where in the input: byte offset into the original bytes (unknown_offset when
// not known, as inside a zip archive part), and 1-based line and column (0 when
// unknown). For decoded text (GB18030, Big5, UTF-16 …) the offset is that of
// the original bytes, not of the UTF-8 jindu read.
struct Location {
    static constexpr std::size_t unknown_offset = static_cast<std::size_t>(-1);
    std::size_t offset = unknown_offset;
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t page = 0;  // 1-based page of a PDF, 0 for other input
    bool operator==(const Location&) const = default;
};

struct Diagnostic {
    ErrorCode code = ErrorCode::skipped_row;
    Severity severity = Severity::warning;
    std::string message;   // one line, English
    std::string source;    // file name, or "" for memory input
    Location where;
    std::string fragment;  // the offending text, at most a few dozen bytes
    bool operator==(const Diagnostic&) const = default;
};

// Snake-case names, as written in JSON ("invalid_encoding", "warning").
[[nodiscard]] JINDU_API std::string_view to_string(ErrorCode code) noexcept;
[[nodiscard]] JINDU_API std::string_view to_string(Severity severity) noexcept;

// "file:line: message" (or "file:byte N: message" when the line is unknown,
// "file: page N: message" for a PDF page).
[[nodiscard]] JINDU_API std::string format(const Diagnostic& diagnostic);

// Thrown when an input cannot be read at all; carries the diagnostic.
class JINDU_API Error : public std::runtime_error {
public:
    explicit Error(Diagnostic diagnostic);
    const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

private:
    Diagnostic diagnostic_;
};

}  // namespace jindu
