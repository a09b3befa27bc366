// Format sniffing by content.
//
// Binary inputs are told by their magic bytes, or by control characters
// (beyond tabs and breaks) in more than 5% of the first bytes. Text is looked
// at line by line: markup that starts the document, or a <table>/<html> tag
// outside a tab table, is HTML; pipe rows under a |---| separator (or many
// pipe rows) are Markdown; tab-separated lines are text; lines cut into three
// or more cells by wide gaps are a space-aligned text table; lines led by
// 一、（一）1. ① are prose, unless a table flattened to one cell per line
// starts among them (three header words in a row, one of them 序号, on lines
// of their own): its group headings are numbered too; or unless the lines
// hold labelled blocks per project, which may sit under numbered headings.
#include "table/sniff.hpp"

#include <jindu/source.hpp>
#include <jindu/table.hpp>

#include "common/utf8.hpp"
#include "source/decode_detail.hpp"
#include "table/header.hpp"
#include "table/numbering.hpp"
#include "table/text_lines.hpp"
#include "table/text_shapes.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace jindu::table {

namespace {

// Lines looked at: enough for any report's header and first rows.
constexpr std::size_t max_sniffed_lines = 400;

// Leading bytes of a format jindu does not read, and its name.
struct Magic {
    std::string_view bytes;
    std::string_view name;
};

constexpr std::array<Magic, 11> magics{{
    {"\x89PNG", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF8", "GIF image"},
    {std::string_view("II*\0", 4), "TIFF image"},
    {std::string_view("MM\0*", 4), "TIFF image"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "legacy Office document (.doc/.xls)"},
    {"Rar!", "RAR archive"},
    {"7z\xBC\xAF", "7-Zip archive"},
    {"\x1F\x8B", "gzip archive"},
    {"\x7F" "ELF", "executable"},
    {"{\\rtf", "RTF document"},
}};

// True when haystack holds needle.
bool contains(std::string_view haystack, std::string_view needle) noexcept {
    return haystack.find(needle) != std::string_view::npos;
}

// True when text holds needle, ignoring the case of ASCII letters (needle is
// lower case and starts with a character that has no case, such as '<').
bool contains_lower(std::string_view text, std::string_view needle) noexcept {
    for (std::size_t at = text.find(needle[0]); at != std::string_view::npos; at = text.find(needle[0], at + 1)) {
        if (text.size() - at < needle.size()) return false;
        std::size_t k = 1;
        for (; k < needle.size(); ++k) {
            char c = text[at + k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != needle[k]) break;
        }
        if (k == needle.size()) return true;
    }
    return false;
}

// The length of the first `lines` lines of text (up to and with the last '\n').
std::size_t first_lines(std::string_view text, std::size_t lines) noexcept {
    std::size_t end = 0;
    for (std::size_t k = 0; k < lines; ++k) {
        const std::size_t nl = text.find('\n', end);
        if (nl == std::string_view::npos) return text.size();
        end = nl + 1;
    }
    return end;
}

// True for bytes where control characters other than line and page breaks
// and tabs pass 5% of the first 64 KiB (UTF-16 and UTF-32, whose NUL bytes
// are text, excepted).
bool looks_binary(std::string_view bytes) noexcept {
    std::size_t bom_length = 0;
    if (!source_detail::bom_encoding(bytes, bom_length).empty()) return false;
    if (!source_detail::utf16_without_bom(bytes).empty()) return false;
    const std::string_view sample = bytes.substr(0, std::size_t{64} << 10);
    std::size_t controls = 0;
    for (char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B) || b == 0x7F)
            ++controls;
    }
    return sample.size() >= 16 && controls * 20 > sample.size();
}

}  // namespace

std::size_t count_pipes(std::string_view line) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\') {
            ++i;
        } else if (line[i] == '|') {
            ++n;
        }
    }
    return n;
}

// True for a Markdown separator row: only pipes, dashes, colons and spaces,
// at least one pipe and three dashes.
bool is_markdown_separator(std::string_view line) noexcept {
    std::size_t pipes = 0;
    std::size_t dashes = 0;
    for (char c : line) {
        if (c == '|') ++pipes;
        else if (c == '-') ++dashes;
        else if (c != ':' && c != ' ' && c != '\t') return false;
    }
    return pipes >= 1 && dashes >= 3;
}

bool is_zip(std::string_view bytes) noexcept {
    return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

bool is_pdf(std::string_view bytes) noexcept {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

InputFormat zip_format(std::string_view bytes) noexcept {
    if (!is_zip(bytes)) return InputFormat::automatic;
    // Part names are stored uncompressed in the local and central headers.
    if (contains(bytes, "word/document.xml")) return InputFormat::docx;
    if (contains(bytes, "xl/workbook.xml")) return InputFormat::xlsx;
    return InputFormat::automatic;
}

std::string_view unsupported_binary(std::string_view bytes) noexcept {
    if (is_pdf(bytes)) return {};
    for (const auto& m : magics)
        if (bytes.starts_with(m.bytes)) return m.name;
    if (is_zip(bytes)) {
        if (zip_format(bytes) != InputFormat::automatic) return {};  // DOCX or XLSX
        return "zip archive without word/document.xml or xl/workbook.xml";
    }
    if (looks_binary(bytes)) return "binary data";
    return {};
}

namespace {

// sniff_text, or with marks_only the format its cheap first pass decides
// (html, markdown, or text by its tabs or commas), else automatic.
InputFormat sniff(std::string_view utf8_text, bool marks_only) noexcept {
    std::string_view text = utf8_text;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::string_view start = utf8::trim(text.substr(0, 4096));
    try {
        const std::string_view head = text.substr(0, std::size_t{1} << 20);
        const bool markup_tag = contains_lower(head, "<table") || contains_lower(head, "<html") ||
                                contains_lower(head, "<!doctype html");
        if (start.starts_with("<") && start.size() > 1 &&
            (std::isalpha(static_cast<unsigned char>(start[1])) || start[1] == '!'))
            return InputFormat::html;
        Options unlimited;
        // Only the first lines are looked at: split no more than those.
        const std::size_t sniffed = std::min(first_lines(text, max_sniffed_lines), std::size_t{4} << 20);
        const auto lines = split_lines(text.substr(0, sniffed), unlimited);
        const std::size_t count = std::min(lines.size(), max_sniffed_lines);

        // First the marks that are cheap to count: tabs, pipes, separator rows.
        std::size_t tab_lines = 0;
        std::size_t pipe_lines = 0;  // with two or more pipes
        std::size_t piped = 0;       // with any pipe
        std::size_t separators = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const std::string_view line = lines[k].text;
            const std::string_view trimmed = utf8::trim(line);
            if (trimmed.empty()) continue;
            if (contains(line, "\t")) ++tab_lines;
            if (is_markdown_separator(trimmed)) {
                ++separators;
                continue;
            }
            const std::size_t pipes = count_pipes(trimmed);
            if (pipes >= 1) ++piped;
            if (pipes >= 2) ++pipe_lines;
        }
        if (markup_tag && tab_lines < 3) return InputFormat::html;
        if (separators >= 1 && piped >= 1) return InputFormat::markdown;
        if (tab_lines >= 2 || is_comma_separated(head)) return InputFormat::text;
        if (pipe_lines >= 3) return InputFormat::markdown;
        if (tab_lines >= 1) return InputFormat::text;
        if (marks_only) return InputFormat::automatic;

        // Then the layout of the words: aligned columns, numbering, a header
        // flattened to one word per line.
        std::size_t numbered = 0;
        std::size_t labelled = 0;  // lines a short label opens (项目名称：…), not numbered
        std::size_t aligned = 0;
        std::size_t header_words = 0;  // header words on consecutive lines (blank lines between allowed)
        bool header_has_seq = false;
        bool flat_header = false;
        for (std::size_t k = 0; k < count; ++k) {
            const std::string_view trimmed = utf8::trim(lines[k].text);
            if (trimmed.empty() || is_markdown_separator(trimmed)) continue;
            const bool numbered_line = leading_numbering(trimmed).has_value();
            if (numbered_line) ++numbered;
            else if (const auto colon = trimmed.substr(0, 3 * 10).find("："); colon != std::string_view::npos && colon >= 6)
                ++labelled;
            if (aligned_segments(trimmed).size() >= 3) ++aligned;
            // A numbered line (一、教育) is a heading, never a column's name.
            if (!flat_header && !numbered_line && is_header_word(trimmed)) {
                ++header_words;
                header_has_seq = header_has_seq || classify_header(matching_view(trimmed)) == Column::seq;
                flat_header = header_words >= 3 && header_has_seq;
            } else {
                header_words = 0;
                header_has_seq = false;
            }
        }
        if (aligned >= 3) return InputFormat::text;
        // Labelled blocks under numbered headings (一、学有所教 / 第1项 / 项目名称：…)
        // are read as text, as they are on a web page.
        // (Blocks are looked for only where label lines are many: two blocks of two labels at least.)
        if (numbered >= 2 && !flat_header)
            return labelled >= 4 && find_labelled_blocks({lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(count)},
                                                         unlimited)
                       ? InputFormat::text
                       : InputFormat::prose;
        return InputFormat::text;
    } catch (...) {
        return InputFormat::text;
    }
}

}  // namespace

InputFormat sniff_text(std::string_view utf8_text) noexcept { return sniff(utf8_text, false); }

bool sniffs_as_tab_text(std::string_view utf8_text) noexcept {
    return sniff(utf8_text, true) == InputFormat::text;
}

}  // namespace jindu::table

namespace jindu {

InputFormat sniff_format(std::string_view bytes) noexcept {
    if (table::is_zip(bytes)) return table::zip_format(bytes);
    if (table::is_pdf(bytes)) return InputFormat::pdf;
    if (!table::unsupported_binary(bytes).empty()) return InputFormat::automatic;
    // UTF-16 of ASCII is valid UTF-8 too; its NUL bytes give it away.
    if (bytes.find('\0') == std::string_view::npos && utf8::valid(bytes)) return table::sniff_text(bytes);
    try {
        return table::sniff_text(decode(bytes).text);
    } catch (...) {
        return InputFormat::automatic;
    }
}

}  // namespace jindu
