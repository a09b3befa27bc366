#include "lexicon/cue_words.hpp"

#include <cstring>

namespace jindu::lexicon {

std::size_t CueWords::last_in(std::string_view view, std::size_t begin, std::size_t end, std::size_t* found) const {
    const std::string_view window = view.substr(begin, end - begin);
    for (std::size_t e = window.size(); e > 0; --e) {
        // The longest word that ends here; the latest end wins, so this is the answer.
        std::size_t longest = 0;
        for_each_word_ending(window, e, [&](std::size_t k) { longest = std::max(longest, words_[k].size()); });
        if (longest > 0) {
            if (found) *found = begin + e - longest;
            return begin + e;
        }
    }
    if (found) *found = std::string_view::npos;
    return std::string_view::npos;
}

std::size_t CueWords::first_in(std::string_view view, std::size_t begin, std::size_t end) const {
    const std::string_view window = view.substr(begin, end - begin);
    std::size_t first = std::string_view::npos;
    for (std::size_t e = 1; e <= window.size(); ++e) {
        // A word ending later than this cannot start before the first one found.
        if (first != std::string_view::npos && e > first + longest_) break;
        for_each_word_ending(window, e, [&](std::size_t k) { first = std::min(first, e - words_[k].size()); });
    }
    return first == std::string_view::npos ? first : begin + first;
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

}  // namespace jindu::lexicon
