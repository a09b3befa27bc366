// Fuzzes the HTML table reader: any bytes read with Options::format = html.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jindu::fuzz::read_as(data, size, jindu::InputFormat::html);
    return 0;
}
