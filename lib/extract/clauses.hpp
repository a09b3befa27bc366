// Private: sentences, clauses and cue words in the matching view of a cell.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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

// A fixed list of cue words indexed by their last two bytes, so that finding the
// last of them in a window is one backwards walk, not one search per word.
// The list must outlive the index (cue lists are static arrays).
class CueWords {
public:
    constexpr explicit CueWords(std::span<const std::string_view> words) : words_(words) {
        for (std::string_view w : words) {
            if (w.empty()) continue;
            const auto last = static_cast<unsigned char>(w.back());
            if (w.size() == 1) {
                single_[last / 64] |= std::uint64_t{1} << (last % 64);
                continue;
            }
            const std::size_t key = tail_key(static_cast<unsigned char>(w[w.size() - 2]), last);
            tails_[key / 64] |= std::uint64_t{1} << (key % 64);
        }
    }

    // As last_of(view, begin, end, words, found).
    std::size_t last_in(std::string_view view, std::size_t begin, std::size_t end, std::size_t* found) const;

private:
    static constexpr std::size_t tail_key(unsigned char before_last, unsigned char last) {
        return ((before_last & 0x3Fu) << 6) | (last & 0x3Fu);
    }
    std::span<const std::string_view> words_;
    std::array<std::uint64_t, 64> tails_{};  // a bit per key of a word's last two bytes
    std::array<std::uint64_t, 4> single_{};  // a bit per one-byte word
};

inline std::size_t last_of(std::string_view view, std::size_t begin, std::size_t end, const CueWords& words,
                           std::size_t* found = nullptr) {
    return words.last_in(view, begin, end, found);
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
