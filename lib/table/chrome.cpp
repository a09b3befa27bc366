// Page chrome: the lines a site or template adds around a report.
//
// A line is read on its matching view with white space removed and ASCII
// letters in lower case. It is chrome when it starts with a label that only
// chrome starts with, or with an article's counter and its number (阅读 1.2万),
// when it holds a mark that only chrome holds, when it is
// a breadcrumb (首页 followed by a path separator), or when it names the site's
// host (主办/承办) together with a footer detail. Long lines are prose, never
// chrome: most lines are told apart by their length before anything else.
#include "table/chrome.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "source/fold.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace jindu::table {

namespace {

using lexicon::chrome_marks;
using lexicon::chrome_openers;
using lexicon::footer_details;

// Chrome is short. A line with a chrome label at its start is at most
// max_opened_length code points long (white space counted), a line with a
// chrome mark elsewhere at most max_chrome_length; longer lines are text of
// the report.
constexpr std::size_t max_opened_length = 160;
constexpr std::size_t max_chrome_length = 80;
// Code points of the longest label, with its colon and white space between.
constexpr std::size_t max_opener_length = 16;

// Separators of a breadcrumb path after 首页.
constexpr std::u32string_view path_separators = U">›»/|→＞";

bool holds(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool starts_with_any(std::string_view text, std::span<const std::string_view> words) {
    for (std::string_view w : words)
        if (text.size() >= w.size() && text[0] == w[0] && text[1] == w[1] && text.starts_with(w)) return true;
    return false;
}

// The matching view of text without white space, ASCII letters lowered.
std::string squeezed(std::string_view text) {
    std::string s = source::fold_only(text);
    std::size_t kept = 0;
    for (char c : s) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
        s[kept++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    s.resize(kept);
    return s;
}

bool holds_any(std::string_view text, std::span<const std::string_view> words) {
    for (std::string_view w : words)
        if (holds(text, w)) return true;
    return false;
}

// True for the first code point of a chrome mark, or of 首页.
bool starts_mark(char32_t cp) {
    switch (cp) {
    case U'i': case U'c': case U'©': case U'公': case U'网': case U'版': case U'技': case U'浏':
    case U'【': case U'扫': case U'无': case U'分': case U'首':
        return true;
    default:
        return false;
    }
}

// True when text holds a chrome mark, or is a breadcrumb (首页 followed by a
// path separator: 首页 > 政务公开 > …). One walk over the code points: a mark
// is compared only where its first code point stands (CJK text has its lead
// bytes everywhere, which makes searching for each mark in turn slow).
bool holds_mark(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (!starts_mark(utf8::next(s, i))) continue;
        const std::string_view rest = s.substr(at);
        for (std::string_view mark : chrome_marks)
            if (rest.starts_with(mark)) return true;
        if (rest.starts_with("首页") && rest.size() > std::string_view("首页").size()) {
            std::size_t j = std::string_view("首页").size();
            if (path_separators.find(utf8::next(rest, j)) != std::u32string_view::npos) return true;
        }
    }
    return false;
}

// An article's counters: 阅读 1.2万, 阅读10万+ 在看 86 — a counter word, then its number.
bool counts_readers(std::string_view s) {
    for (std::string_view word : lexicon::reader_counters) {
        if (!s.starts_with(word) || s.size() == word.size()) continue;
        const char next = s[word.size()];
        if (next >= '0' && next <= '9') return true;
    }
    return false;
}

}  // namespace

bool is_page_chrome(std::string_view text) {
    // Long text is told apart by its length alone, before anything is folded.
    if (text.size() > 4 * max_opened_length) return false;
    const bool short_text = text.size() <= 4 * max_chrome_length;
    // A label at the start needs only the start; marks elsewhere need all of a short text.
    const std::string s = squeezed(short_text ? text : text.substr(0, 4 * max_opener_length));
    if (starts_with_any(s, chrome_openers)) return utf8::code_points(text, text.size()) <= max_opened_length;
    if (counts_readers(s)) return true;
    if (!short_text || utf8::code_points(s, s.size()) > max_chrome_length) return false;
    if (s.starts_with("主办") || s.starts_with("承办")) return holds_any(std::string_view(s).substr(6), footer_details);
    return holds_mark(s);
}

void mark_chrome(Row& row) {
    std::string_view only;
    bool several = false;
    for (const Cell& cell : row.cells) {
        const std::string_view text = utf8::trim(cell.text);
        if (text.empty() || text == only) continue;
        if (!only.empty()) {
            several = true;
            break;
        }
        only = text;
    }
    if (only.empty()) return;
    if (!several) {
        row.chrome = is_page_chrome(only);
        return;
    }
    std::string whole;
    for (const Cell& cell : row.cells) {
        const std::string_view text = utf8::trim(cell.text);
        if (text.empty()) continue;
        if (!whole.empty()) whole += ' ';
        whole += text;
    }
    row.chrome = is_cut_chrome(only, whole);
}

bool is_cut_chrome(std::string_view first_piece, std::string_view whole_line) {
    return is_page_chrome(first_piece) && is_page_chrome(whole_line);
}

}  // namespace jindu::table
