#include "extract/aligned_text.hpp"

#include "common/utf8.hpp"
#include "source/fold.hpp"

#include <algorithm>

namespace jindu::extraction {

AlignedText::AlignedText(std::string_view original) : original_(original) {
    source::FoldedText folded = source::fold_text(original);
    view_ = std::move(folded.text);
    source_offset_ = std::move(folded.source_offset);
}

std::size_t AlignedText::to_original(std::size_t view_offset) const {
    return source_offset_[std::min(view_offset, view_.size())];
}

std::string AlignedText::original_span(std::size_t begin, std::size_t end) const {
    const std::size_t b = to_original(begin);
    const std::size_t e = to_original(end);
    return std::string(utf8::trim(original_.substr(b, e > b ? e - b : 0)));
}

}  // namespace jindu::extraction
