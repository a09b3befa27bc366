// Fuzzes the text table reader: any bytes read with Options::format = text.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jindu::fuzz::read_as(data, size, jindu::InputFormat::text);
    return 0;
}
