// Private: a view of one cell for the rules — its text beside its matching
// view, code point for code point, so rules match on the view and report spans
// of the original — with what the rules ask of it (segments, quantities, cue
// words) found once and cached.
#pragma once

#include "extract/clauses.hpp"
#include "lexicon/lexicon.hpp"

#include <jindu/quantity.hpp>

#include "source/fold.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::extraction {

// A cue word of lexicon::progress_cues found in a view.
struct CueHit {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    lexicon::Cue cue = lexicon::Cue::done;
};

// A status word of lexicon::status_words found in a view.
struct StatusHit {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    lexicon::Says says = lexicon::Says::completed;
};

class CellView {
public:
    struct Buffers {
        source::SparseFold folded;
        std::vector<Span> segments;
        std::vector<MarkAt> marks;
        std::vector<Quantity> quantities;
        std::vector<CueHit> cues;
        std::vector<StatusHit> statuses;
    };

    explicit CellView(std::string_view original);
    ~CellView();
    CellView(const CellView&) = delete;
    CellView& operator=(const CellView&) = delete;

    std::string_view original() const { return original_; }
    std::string_view view() const { return buffers_.folded.text; }
    // The segments of the view (clauses.hpp), found once.
    const std::vector<Span>& segments() const;
    // The quantities in the view (lex::scan_matching_view: no text), found once.
    const std::vector<Quantity>& quantities() const;
    // The progress cue words in the view, in order, the longest at each place
    // (已完成, not the 完成 in it), found once.
    const std::vector<CueHit>& cues() const;
    // The status words in the view, every one where it occurs (nested ones too),
    // in the order of their ends; found in the same walk as the cues.
    const std::vector<StatusHit>& statuses() const;
    // clause_around and inside_brackets (clauses.hpp) on the view.
    Span clause_around(Span segment, std::size_t at) const;
    bool inside_brackets(Span segment, std::size_t at) const;

    // Byte offset in the original of a byte offset in the view.
    std::size_t to_original(std::size_t view_offset) const;
    // The original text of the view span [begin, end), trimmed.
    std::string original_span(std::size_t begin, std::size_t end) const { return std::string(original_view(begin, end)); }
    // The same without a copy, valid while the original text is.
    std::string_view original_view(std::size_t begin, std::size_t end) const;

private:
    std::string_view original_;
    // The view with, for each of its bytes, the offset in the original of its
    // code point; and its segments and marks once found. The buffers are recycled from
    // cell to cell on each thread, so extraction does not allocate them per cell.
    mutable Buffers buffers_;  // mutable: segments() fills its cache
    mutable bool segmented_ = false;
    mutable bool scanned_ = false;
    mutable bool cued_ = false;
};

}  // namespace jindu::extraction
