// Private: finding words of a fixed list in text — the index every cue list of
// the lexicon is searched through.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

namespace jindu::lexicon {

// A fixed list of cue words indexed by their last two bytes, so that finding
// them in a window is one walk over its bytes, not one search per word.
// The list must outlive the index (cue lists are static arrays).
class CueWords {
public:
    static constexpr std::size_t max_words = 511;

    // At compile time only: a list too long or holding an empty word does not compile.
    consteval explicit CueWords(std::span<const std::string_view> words) : words_(words) {
        if (words.size() > max_words) throw "CueWords: too many words";
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string_view w = words[k];
            if (w.empty()) throw "CueWords: empty word";
            if (w.size() > 255) throw "CueWords: word longer than 255 bytes";
            const auto last = static_cast<unsigned char>(w.back());
            longest_ = std::max(longest_, w.size());
            if (w.size() == 1) {
                has_single_ = true;
                single_[last / 64] |= std::uint64_t{1} << (last % 64);
                keys_[k] = no_key;
                continue;
            }
            keys_[k] = tail_key(static_cast<unsigned char>(w[w.size() - 2]), last);
            tails_[keys_[k] / 64] |= std::uint64_t{1} << (keys_[k] % 64);
        }
        // Word indices sorted by key (insertion sort: a few dozen words, at compile time).
        for (std::size_t k = 0; k < words.size(); ++k) {
            std::size_t at = k;
            while (at > 0 && keys_[by_key_[at - 1]] > keys_[k]) {
                by_key_[at] = by_key_[at - 1];
                --at;
            }
            by_key_[at] = static_cast<std::uint16_t>(k);
        }
        // What the walk checks first at each position, in the order of by_key_.
        for (std::size_t at = 0; at < words.size(); ++at) {
            const std::string_view w = words[by_key_[at]];
            size_at_[at] = static_cast<std::uint8_t>(w.size());
            fourth_at_[at] = w.size() >= 4 ? w[w.size() - 4] : '\0';
        }
        // Where each key's words start among them; the one-byte words (no_key,
        // sorted last) start at first_of_key_[key_count].
        std::size_t at = 0;
        for (std::size_t key = 0; key <= key_count; ++key) {
            while (at < words.size() && keys_[by_key_[at]] < key) ++at;
            first_of_key_[key] = static_cast<std::uint16_t>(at);
        }
    }

    // As last_of(view, begin, end, words, found).
    std::size_t last_in(std::string_view view, std::size_t begin, std::size_t end, std::size_t* found) const;

    // Where the first word in view[begin, end) starts, or npos: the least of
    // view.substr(begin, end - begin).find(word) over the words, plus begin.
    std::size_t first_in(std::string_view view, std::size_t begin, std::size_t end) const;

    // Calls on_word(index, start) for every occurrence in view of every word
    // (index into the list), in the order of their ends.
    // view is valid UTF-8 (a matching view): only code point ends are tried.
    template <class OnWord>
    void for_each_in(std::string_view view, OnWord&& on_word) const {
        // Every byte end is tried, and for_each_word_ending skips those inside a
        // code point: stepping by the lengths of code points instead would make
        // each step wait for the load before it.
        for (std::size_t e = 1; e <= view.size(); ++e)
            for_each_word_ending(view, e, [&](std::size_t k) { on_word(k, e - words_[k].size()); });
    }

private:
    static constexpr std::uint16_t no_key = 0xFFFF;  // the key of a one-byte word
    static constexpr std::size_t key_count = 64 * 64;  // keys of two-byte tails

    static constexpr std::uint16_t tail_key(unsigned char before_last, unsigned char last) {
        return static_cast<std::uint16_t>(((before_last & 0x3Fu) << 6) | (last & 0x3Fu));
    }
    // Calls f(k) for each word k that ends at view[e - 1]: two bytes and one
    // bit rule out nearly every position.
    template <class F>
    void for_each_word_ending(std::string_view view, std::size_t e, F&& f) const {
        // A word (valid UTF-8) ends only where a code point ends.
        if (e < view.size() && (static_cast<unsigned char>(view[e]) & 0xC0) == 0x80) return;
        const auto last = static_cast<unsigned char>(view[e - 1]);
        if (e >= 2) {
            const std::uint16_t key = tail_key(static_cast<unsigned char>(view[e - 2]), last);
            if ((tails_[key / 64] >> (key % 64)) & 1) {
                const std::size_t to = first_of_key_[key + 1u];
                for (std::size_t at = first_of_key_[key]; at < to; ++at) {
                    // The length and the fourth byte from the end first, from
                    // arrays of the index itself: the last byte of the character
                    // before a CJK word's last tells apart the many words sharing
                    // a last character (完成, 建成, 未完成 …), and most candidates
                    // fail here without loading the word (CellView::cues on the
                    // seed: 16.4 M instructions and 184 K L1 data misses with the
                    // word loaded first).
                    const std::size_t size = size_at_[at];
                    if (size > e || (size >= 4 && view[e - 4] != fourth_at_[at])) continue;
                    const std::size_t k = by_key_[at];
                    if (same_bytes(view.data() + e - size, words_[k])) f(k);
                }
            }
        }
        if (has_single_ && ((single_[last / 64] >> (last % 64)) & 1))
            for_each_word_with(no_key, [&](std::size_t k) {
                if (static_cast<unsigned char>(words_[k][0]) == last) f(k);
            });
    }
    // Calls f(k) for each word k whose key is `key` (the one-byte words for no_key).
    template <class F>
    void for_each_word_with(std::uint16_t key, F&& f) const {
        const std::size_t from = first_of_key_[key == no_key ? key_count : key];
        const std::size_t to = key == no_key ? words_.size() : first_of_key_[key + 1u];
        for (std::size_t i = from; i < to; ++i) f(by_key_[i]);
    }

    // A byte loop: the words are a few bytes long, too short to pay for a call to memcmp.
    static bool same_bytes(const char* p, std::string_view word) noexcept {
        for (std::size_t i = 0; i < word.size(); ++i)
            if (p[i] != word[i]) return false;
        return true;
    }

    std::span<const std::string_view> words_;
    std::size_t longest_ = 0;  // bytes of the longest word
    std::array<std::uint16_t, max_words> keys_{};
    std::array<std::uint16_t, max_words> by_key_{};  // word indices in the order of their keys
    std::array<std::uint8_t, max_words> size_at_{};  // the byte length of the word at each place of by_key_
    std::array<char, max_words> fourth_at_{};        // and its fourth byte from the end ('\0' when shorter)
    // by_key_ index of each key's first word: the words of a key are found at
    // once, not by a binary search (CellView::cues on the 1 MB bench input:
    // 21.2 M instructions with the search, 16.3 M with this table).
    std::array<std::uint16_t, key_count + 1> first_of_key_{};
    std::array<std::uint64_t, 64> tails_{};  // a bit per key of a word's last two bytes
    std::array<std::uint64_t, 4> single_{};  // a bit per one-byte word
    bool has_single_ = false;
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

}  // namespace jindu::lexicon
