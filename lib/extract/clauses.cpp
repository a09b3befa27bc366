#include "extract/clauses.hpp"

#include "common/utf8.hpp"

#include <cstring>

namespace jindu::extraction {

namespace {

bool opens(char32_t cp) { return cp == U'(' || cp == U'（' || cp == U'【' || cp == U'[' || cp == U'〔'; }
bool closes(char32_t cp) { return cp == U')' || cp == U'）' || cp == U'】' || cp == U']' || cp == U'〕'; }
bool ends_segment(char32_t cp) { return cp == U'。' || cp == U'；' || cp == U';' || cp == U'\n'; }
bool ends_clause(char32_t cp) { return cp == U'，' || cp == U',' || cp == U'：' || cp == U':'; }

// The last occurrence of word in text, as text.rfind(word). std::string_view::rfind
// calls memcmp at every offset; testing the word's last byte first skips nearly all.
std::size_t rfind_word(std::string_view text, std::string_view word) {
    if (word.empty()) return text.size();
    if (word.size() > text.size()) return std::string_view::npos;
    const char last = word.back();
    for (std::size_t pos = text.size() - word.size() + 1; pos-- > 0;)
        if (text[pos + word.size() - 1] == last && text.compare(pos, word.size(), word) == 0) return pos;
    return std::string_view::npos;
}

}  // namespace

std::vector<Span> segments(std::string_view view) {
    std::vector<Span> out;
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i < view.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
        else if (depth == 0 && ends_segment(cp)) {
            if (at > start) out.push_back({start, at});
            start = i;
        } else if (cp == U'\n') {
            depth = 0;  // an unclosed bracket never spans lines
            if (at > start) out.push_back({start, at});
            start = i;
        }
    }
    if (view.size() > start) out.push_back({start, view.size()});
    return out;
}

Span clause_around(std::string_view view, Span segment, std::size_t at) {
    Span clause{segment.begin, segment.end};
    int depth = 0;
    for (std::size_t i = segment.begin; i < segment.end;) {
        const std::size_t here = i;
        const char32_t cp = utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
        else if (depth == 0 && ends_clause(cp)) {
            if (here < at) clause.begin = i;
            else if (here >= at) {
                clause.end = here;
                break;
            }
        }
    }
    return clause;
}

bool inside_brackets(std::string_view view, Span segment, std::size_t at) {
    int depth = 0;
    for (std::size_t i = segment.begin; i < at && i < view.size();) {
        const char32_t cp = utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
    }
    return depth > 0;
}

std::size_t last_of(std::string_view view, std::size_t begin, std::size_t end,
                    std::span<const std::string_view> words, std::size_t* found) {
    std::size_t best_end = std::string_view::npos;
    std::size_t best_start = std::string_view::npos;
    const std::string_view window = view.substr(begin, end - begin);
    for (auto w : words) {
        const auto pos = rfind_word(window, w);
        if (pos == std::string_view::npos) continue;
        const std::size_t e = begin + pos + w.size();
        // The latest end wins; on a tie the longer word.
        if (best_end == std::string_view::npos || e > best_end || (e == best_end && begin + pos < best_start)) {
            best_end = e;
            best_start = begin + pos;
        }
    }
    if (found) *found = best_start;
    return best_end;
}

std::size_t find_word(std::string_view text, std::string_view word, std::size_t from) {
    if (word.empty()) return from <= text.size() ? from : std::string_view::npos;
    const std::size_t last = word.size() - 1;
    for (std::size_t at = from + last; at < text.size();) {
        const void* hit = std::memchr(text.data() + at, word[last], text.size() - at);
        if (!hit) break;
        const auto end = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        if (text.compare(end - last, word.size(), word) == 0) return end - last;
        at = end + 1;
    }
    return std::string_view::npos;
}

bool contains_any(std::string_view text, std::span<const std::string_view> words) {
    for (auto w : words)
        if (find_word(text, w) != std::string_view::npos) return true;
    return false;
}

char32_t before(std::string_view view, std::size_t at) {
    if (at == 0 || at > view.size()) return 0;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(view[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    return utf8::next(view, i);
}

char32_t after(std::string_view view, std::size_t at) {
    if (at >= view.size()) return 0;
    return utf8::next(view, at);
}

bool is_phrase_end(char32_t cp) {
    constexpr std::u32string_view marks = U"，。；：、,.;:!?！？)）]】”\"’'";
    return cp == 0 || cp == U'\n' || marks.find(cp) != std::u32string_view::npos;
}

}  // namespace jindu::extraction
