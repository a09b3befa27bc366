// jindu — source: bytes in any supported encoding to UTF-8 text.
#pragma once

#include <jindu/export.hpp>
#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jindu {

struct DecodedText {
    std::string text;       // UTF-8 without BOM
    std::string encoding;   // "UTF-8", "UTF-16LE", "GB18030", "Big5" …
    std::vector<Diagnostic> diagnostics;  // replaced bytes, with their offsets
};

// Detects the encoding (BOM, UTF-8 validity, ICU charset detection) unless
// options.encoding names one, and decodes. Undecodable bytes and NUL bytes are
// replaced by U+FFFD, one per run, with a replaced_bytes warning naming the byte
// offset, when there are at most 16 runs and 8 bytes (or 1 byte in 1000) of
// them; otherwise
// throws jindu::Error{invalid_encoding} at the first bad byte (offset, line, and
// the bytes in hex as the fragment).
[[nodiscard]] JINDU_API DecodedText decode(std::string_view bytes, const Options& options = {});

// The view that rules match on: NFKC (full-width digits and punctuation to
// ASCII) and traditional characters to simplified, code point by code point.
[[nodiscard]] JINDU_API std::string matching_view(std::string_view utf8);

}  // namespace jindu
