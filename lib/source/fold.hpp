// The matching view: text folded code point by code point so that rules can
// match one spelling (ASCII digits, simplified characters) while every match
// still maps back to the caller's original bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::source {

// The folded form of one code point: full-width ASCII to ASCII, U+3000 to a
// space, harmless single-code-point NFKC mappings, traditional to simplified
// Chinese. Code points without a mapping fold to themselves.
char32_t fold(char32_t cp) noexcept;

// Folded text that maps offsets back to the original through anchors set
// only where a code point folds to a different length (８ → 8): most text
// needs few or none, so folding writes no offset per byte.
struct SparseFold {
    struct Anchor {
        std::uint32_t folded;    // from this folded offset on …
        std::uint32_t original;  // … the original offset is this one plus the distance
    };
    std::string text;
    std::vector<Anchor> anchors;  // in order

    // The original offset of the code point that starts at folded_offset (or
    // of the end, for text.size()); offsets inside a code point are not mapped.
    std::size_t to_source(std::size_t folded_offset) const noexcept;
};

// Folds utf8 into out, reusing its buffers. Each invalid byte becomes one
// U+001A (SUB) so that it separates what is around it without matching anything.
void fold_text(std::string_view utf8, SparseFold& out);

// The text of fold_text(utf8) alone, without the offsets.
std::string fold_only(std::string_view utf8);

}  // namespace jindu::source
