// Private: a cell's text beside its matching view, code point for code point,
// so rules match on the view and report spans of the original.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::extraction {

class AlignedText {
public:
    explicit AlignedText(std::string_view original);

    std::string_view original() const { return original_; }
    std::string_view view() const { return view_; }

    // Byte offset in the original of a byte offset in the view.
    std::size_t to_original(std::size_t view_offset) const;
    // The original text of the view span [begin, end), trimmed.
    std::string original_span(std::size_t begin, std::size_t end) const;

private:
    std::string_view original_;
    std::string view_;
    // For each byte of the view, the offset in the original of its code point;
    // one more entry for the end (source::FoldedText).
    std::vector<std::uint32_t> source_offset_;
};

}  // namespace jindu::extraction
