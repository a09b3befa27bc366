// Fuzzes the numeral and quantity grammar: scan() and matching_view() on any
// valid UTF-8 (invalid UTF-8 is first decoded, as the pipeline does).
#include "fuzz_input.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text;
    try {
        text = jindu::decode(jindu::fuzz::bytes(data, size), jindu::fuzz::fuzz_options(jindu::InputFormat::text)).text;
    } catch (const jindu::Error&) {
        return 0;
    }
    for (const auto& q : jindu::scan(text)) {
        // Offsets index the scanned string and the text is the slice they name.
        if (q.begin > q.end || q.end > text.size()) std::abort();
    }
    const std::string view = jindu::matching_view(text);
    (void)jindu::scan(view);
    return 0;
}
