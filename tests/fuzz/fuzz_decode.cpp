// Fuzzes encoding detection and decoding: any bytes, detected and with each
// named encoding; the result must be well-formed UTF-8.
#include "fuzz_input.hpp"

#include <cstdlib>
#include <string>

namespace {

// True when s is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        char32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07u; }
        else return false;
        if (s.size() - i <= n) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0u) != 0x80u) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = jindu::fuzz::bytes(data, size);
    for (const char* encoding : {"", "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"}) {
        jindu::Options options = jindu::fuzz::fuzz_options(jindu::InputFormat::text);
        options.encoding = encoding;
        try {
            const jindu::DecodedText decoded = jindu::decode(input, options);
            if (!valid_utf8(decoded.text)) std::abort();
        } catch (const jindu::Error&) {
        }
    }
    return 0;
}
