// Private: a linear estimate of how deep an HTML document's elements nest.
// HTML5 tree builders spend time proportional to the depth on every tag, so
// deeply nested input is refused before it reaches the parser.
#pragma once

#include <cstddef>
#include <string_view>

namespace jindu::table {

struct DepthEstimate {
    std::size_t depth = 0;   // deepest nesting seen (up to the stop)
    std::size_t offset = 0;  // byte offset of the tag that reached it
};

// Scans the tags of `html` once, following the HTML5 rules that keep nesting
// flat (void elements, raw text, implied end tags of p, li, td, tr …, end tags
// within scope). Stops at the first tag that nests deeper than `stop_after`.
DepthEstimate estimate_html_depth(std::string_view html, std::size_t stop_after);

}  // namespace jindu::table
