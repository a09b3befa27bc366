#include "extract/aligned_text.hpp"

#include "common/utf8.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::extraction {

namespace {
std::vector<std::size_t> starts(std::string_view s) {
    std::vector<std::size_t> out;
    out.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size();) {
        out.push_back(i);
        utf8::next(s, i);
    }
    out.push_back(s.size());
    return out;
}
}  // namespace

AlignedText::AlignedText(std::string_view original)
    : original_(original), view_(matching_view(original)) {
    original_starts_ = starts(original_);
    view_starts_ = starts(view_);
    aligned_ = original_starts_.size() == view_starts_.size();
}

std::size_t AlignedText::to_original(std::size_t view_offset) const {
    if (!aligned_) return std::min(view_offset, original_.size());
    const auto it = std::lower_bound(view_starts_.begin(), view_starts_.end(), view_offset);
    const auto index = static_cast<std::size_t>(it - view_starts_.begin());
    return original_starts_[std::min(index, original_starts_.size() - 1)];
}

std::string AlignedText::original_span(std::size_t begin, std::size_t end) const {
    if (!aligned_) return std::string(utf8::trim(std::string_view(view_).substr(begin, end - begin)));
    const std::size_t b = to_original(begin);
    const std::size_t e = to_original(end);
    return std::string(utf8::trim(original_.substr(b, e > b ? e - b : 0)));
}

}  // namespace jindu::extraction
