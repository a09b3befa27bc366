#include <jindu/write.hpp>

#include "common/utf8.hpp"
#include "write/json_out.hpp"

#include <algorithm>

namespace jindu {

void write_scan_line(std::string& out, std::string_view line, std::span<const Quantity> quantities) {
    write::JsonOut json(out, false);
    // Byte offsets become code-point offsets by counting forward from the last
    // converted offset; quantities come in order, so a line is walked once.
    std::size_t byte = 0;
    std::size_t code_point = 0;
    auto to_code_points = [&](std::size_t offset) {
        offset = std::min(offset, line.size());
        if (offset < byte) byte = code_point = 0;
        code_point += utf8::code_points(line.substr(byte), offset - byte);
        byte = offset;
        return code_point;
    };
    json.begin_array();
    for (const Quantity& q : quantities) {
        json.begin_object();
        json.key("text");
        json.string(q.text);
        json.key("start");
        json.count(to_code_points(q.begin));
        json.key("end");
        json.count(to_code_points(q.end));
        write::write_measure(json, q);
        json.end_object();
    }
    json.end_array();
    out.push_back('\n');
}

}  // namespace jindu
