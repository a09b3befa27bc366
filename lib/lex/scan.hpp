// Private: scanning text that is already in its matching view.
#pragma once

#include <jindu/quantity.hpp>

#include <string_view>
#include <vector>

namespace jindu::lex {

// scan(folded) for text that is already folded (source::fold_text, matching_view):
// the same quantities without folding again, since folding is idempotent.
// Offsets are in `folded`, and Quantity::text is left empty: callers take the
// span of their original text.
std::vector<Quantity> scan_matching_view(std::string_view folded);
// The same into out, reusing its buffer.
void scan_matching_view(std::string_view folded, std::vector<Quantity>& out);

}  // namespace jindu::lex
