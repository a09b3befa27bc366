// Fuzzes encoding detection and decoding: any bytes, detected and with each
// named encoding; the result must be well-formed UTF-8.
#include "fuzz_input.hpp"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = jindu::fuzz::bytes(data, size);
    for (const char* encoding : {"", "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"}) {
        jindu::Options options = jindu::fuzz::fuzz_options(jindu::InputFormat::text);
        options.encoding = encoding;
        try {
            const jindu::DecodedText decoded = jindu::decode(input, options);
            if (!jindu::fuzz::valid_utf8(decoded.text)) std::abort();
        } catch (const jindu::Error&) {
        }
    }
    return 0;
}
