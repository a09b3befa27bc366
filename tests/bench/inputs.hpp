// Inputs of the benchmarks: the samples, and the reports grown from them.
#pragma once

#include <jindu/options.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jindu::bench {

// One input: a name for the benchmark ("seed.text", "10M.html") and its bytes.
struct Input {
    std::string name;
    std::string bytes;
};

// The sample report of each format (the seed in text, Markdown, HTML, DOCX and
// XLSX, and the prose bulletin), named seed.<format>.
const std::vector<Input>& samples();

// The generated reports that exist in the build folder, named <size>.<format>,
// smallest first. Empty when the inputs were not generated.
const std::vector<Input>& generated();

// The text before the first '.' of an input name ("10M"), and after it ("html").
std::string_view size_of(std::string_view name);
std::string_view format_of(std::string_view name);

// Options for the benchmarks: the defaults, except that the generated DOCX
// and XLSX (one table repeated) compress far better than real documents.
Options options();

// The lines of a text, without their '\n'.
std::vector<std::string_view> lines(std::string_view text);

}  // namespace jindu::bench
