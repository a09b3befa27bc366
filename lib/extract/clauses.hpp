// Private: sentences, clauses and cue words in the matching view of a cell.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace jindu::extraction {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool contains(std::size_t at) const { return at >= begin && at < end; }
};

// Sentence-like segments, split at 。；; and line breaks outside brackets.
std::vector<Span> segments(std::string_view view);

// The clause of `segment` around `at`: bounded by ，,：: outside brackets.
Span clause_around(std::string_view view, Span segment, std::size_t at);

// True when `at` lies inside an open bracket ( （ 【 of the segment.
bool inside_brackets(std::string_view view, Span segment, std::size_t at);

// The end of the last occurrence of any word in view[begin, end), or npos.
// `found` receives the word's start.
std::size_t last_of(std::string_view view, std::size_t begin, std::size_t end,
                    std::span<const std::string_view> words, std::size_t* found = nullptr);
inline std::size_t last_of(std::string_view view, std::size_t begin, std::size_t end,
                           std::initializer_list<std::string_view> words, std::size_t* found = nullptr) {
    return last_of(view, begin, end, std::span<const std::string_view>(words.begin(), words.size()), found);
}

// The first occurrence of word in text at or after `from`, as text.find(word, from),
// found by memchr on the word's last byte, which is rarer in Chinese text than its first.
std::size_t find_word(std::string_view text, std::string_view word, std::size_t from = 0);

// True when any of the words occurs in text.
bool contains_any(std::string_view text, std::span<const std::string_view> words);
inline bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    return contains_any(text, std::span<const std::string_view>(words.begin(), words.size()));
}

// The code point that ends view[.., at) and the one that starts view[at, ..); 0 at the ends.
char32_t before(std::string_view view, std::size_t at);
char32_t after(std::string_view view, std::size_t at);

// Punctuation that ends a phrase: ，。；：、,.;:!?） and the like.
bool is_phrase_end(char32_t cp);

}  // namespace jindu::extraction
