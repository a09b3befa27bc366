// Private: sentences, clauses and cue words in the matching view of a cell.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/cue_words.hpp"

namespace jindu::extraction {

using lexicon::CueWords;
using lexicon::contains_any;
using lexicon::find_word;
using lexicon::last_of;

// What a code point does to sentence and clause structure.
enum class Mark : std::uint8_t { none, open, close, clause_end, segment_end, line_end };

// A mark and where it is in a view.
struct MarkAt {
    std::uint32_t at = 0;
    std::uint8_t size = 0;  // bytes
    Mark mark = Mark::none;
};

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool contains(std::size_t at) const { return at >= begin && at < end; }
    bool operator==(const Span&) const = default;
};

// Sentence-like segments of view, split at 。；; and line breaks outside
// brackets, into out (reusing its buffer); with every mark of the view
// (brackets, clause and segment ends) into marks, for clause_around and
// inside_brackets below.
void segments(std::string_view view, std::vector<Span>& out, std::vector<MarkAt>& marks);

// clause_around and inside_brackets from the marks of the view, without walking it.
Span clause_around(std::span<const MarkAt> marks, Span segment, std::size_t at);
bool inside_brackets(std::span<const MarkAt> marks, Span segment, std::size_t at);

// The code point that ends view[.., at) and the one that starts view[at, ..); 0 at the ends.
char32_t before(std::string_view view, std::size_t at);
char32_t after(std::string_view view, std::size_t at);

// Punctuation that ends a phrase: ，。；：、,.;:!?） and the like.
bool is_phrase_end(char32_t cp);

}  // namespace jindu::extraction
