// What every fuzz target shares: the input as bytes, and the one exception
// jindu may throw on bad input.
#pragma once

#include <jindu/jindu.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jindu::fuzz {

// The fuzzer's bytes as a string_view, with no copy.
inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Limits small enough that one input stays well inside the fuzzer's time and
// memory budget; the code paths that enforce them are the same as the defaults.
inline Options fuzz_options(InputFormat format) {
    Options options;
    options.format = format;
    options.source_name = "fuzz";
    options.limits.max_input_bytes = std::size_t{4} << 20;
    options.limits.max_archive_entry_bytes = std::size_t{64} << 20;
    options.limits.max_rows = 100'000;
    options.limits.max_cells = 1'000'000;
    return options;
}

// Reads one input as a table in the given format; jindu::Error is the
// expected outcome for bad input, anything else escapes and is a finding.
inline void read_as(const std::uint8_t* data, std::size_t size, InputFormat format) {
    try {
        const Table table = read_table(bytes(data, size), fuzz_options(format));
        for (const auto& row : table.rows)
            for (const auto& cell : row.cells) (void)cell.text.size();
    } catch (const Error&) {
    }
}

}  // namespace jindu::fuzz
