// Test helper: UTF-8 text to bytes in another encoding, with ICU.
#pragma once

#include <unicode/ucnv.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace jindu::test {

// Converts UTF-8 to `encoding` ("GB18030", "Big5", "UTF-16LE" …); throws on failure.
inline std::string encode(std::string_view utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    const auto length = static_cast<int32_t>(utf8.size());
    std::string out(utf8.size() * 4 + 16, '\0');
    const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                   utf8.data(), length, &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("encode failed: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

}  // namespace jindu::test
