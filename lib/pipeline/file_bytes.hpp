// Private: the bytes of an input file, read at once and checked against the limits.
#pragma once

#include <jindu/options.hpp>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>

namespace jindu::pipeline {

struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    std::string_view view() const { return {data.get(), size}; }
};

// The whole file; a FIFO or pipe is read to its end. Throws jindu::Error (io_error; limit_exceeded past
// options.limits.max_input_bytes), naming options.source_name.
FileBytes read_file_bytes(const std::filesystem::path& path, const Options& options);

}  // namespace jindu::pipeline
