// Fuzzes the DOCX table reader: any bytes read with Options::format = docx.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jindu::fuzz::read_as(data, size, jindu::InputFormat::docx);
    return 0;
}
