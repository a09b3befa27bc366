// Private: the detection steps of jindu::decode, exposed for tests.
#pragma once

#include <cstddef>
#include <string>
#include <span>
#include <string_view>
#include <vector>

namespace jindu::source_detail {

// The encoding a byte order mark names ("UTF-8", "UTF-16LE" …) and its length,
// or "" (and 0) when bytes start with none.
std::string_view bom_encoding(std::string_view bytes, std::size_t& bom_length) noexcept;

// "UTF-16LE" or "UTF-16BE" when NUL bytes fall on every other byte, else "".
std::string_view utf16_without_bom(std::string_view bytes) noexcept;

// True when bytes are UTF-8 with at most a few stray invalid bytes.
bool mostly_utf8(std::string_view bytes) noexcept;

// ICU charset detection limited to GB18030, Big5 and UTF-16 (the most confident
// guess; GB18030 on ties); "" when none of them is among ICU's guesses.
std::string detect_with_icu(std::string_view bytes);

// The byte offsets into `bytes` (in `encoding`, as decode() read them) of the
// given byte offsets into the UTF-8 text decode() made of them, in the same
// order: what points into decoded text points into the original bytes.
// Location::unknown_offset where the walk could not go.
std::vector<std::size_t> original_offsets(std::string_view bytes, std::string_view encoding,
                                          std::span<const std::size_t> text_offsets);

}  // namespace jindu::source_detail
