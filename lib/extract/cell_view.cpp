#include "extract/cell_view.hpp"

#include "common/utf8.hpp"
#include "lex/scan.hpp"

#include <algorithm>
#include <vector>

namespace jindu::extraction {

namespace {

constexpr std::size_t max_spare = 8;

// Buffers of texts no longer alive on this thread; a few at most (an item has
// up to four cells read at once). Room for all of them is made up front, so
// giving one back never allocates.
std::vector<CellView::Buffers>& spare_buffers() {
    thread_local std::vector<CellView::Buffers> spare = [] {
        std::vector<CellView::Buffers> v;
        v.reserve(max_spare);
        return v;
    }();
    return spare;
}

// Buffers past this size go back to the heap rather than sit in the pool.
constexpr std::size_t max_kept_bytes = 64 << 10;

}  // namespace

CellView::CellView(std::string_view original) : original_(original) {
    auto& spare = spare_buffers();
    if (!spare.empty()) {
        buffers_ = std::move(spare.back());
        spare.pop_back();
    }
    source::fold_text(original, buffers_.folded);
}

CellView::~CellView() {
    auto& spare = spare_buffers();
    if (spare.size() < max_spare && buffers_.folded.text.capacity() <= max_kept_bytes)
        spare.push_back(std::move(buffers_));
}

std::size_t CellView::to_original(std::size_t view_offset) const {
    return buffers_.folded.to_source(std::min(view_offset, buffers_.folded.text.size()));
}

const std::vector<Span>& CellView::segments() const {
    if (!segmented_) {
        extraction::segments(view(), buffers_.segments, buffers_.marks);
        segmented_ = true;
    }
    return buffers_.segments;
}

const std::vector<Quantity>& CellView::quantities() const {
    if (!scanned_) {
        lex::scan_matching_view(view(), buffers_.quantities);
        scanned_ = true;
    }
    return buffers_.quantities;
}

const std::vector<CueHit>& CellView::cues() const {
    if (!cued_) {
        auto& hits = buffers_.cues;
        auto& statuses = buffers_.statuses;
        hits.clear();
        statuses.clear();
        const auto view = this->view();
        // One walk for cue and status words. for_each_in reports words in the
        // order of their ends; a cue that overlaps the one before replaces it
        // when longer, and is dropped when not.
        lexicon::progress_and_status_index.for_each_in(view, [&](std::size_t k, std::size_t start) {
            const auto end = static_cast<std::uint32_t>(start + lexicon::progress_and_status_words[k].size());
            if (k >= lexicon::progress_cue_count) {
                statuses.push_back({static_cast<std::uint32_t>(start), end,
                                    lexicon::status_words[k - lexicon::progress_cue_count].says});
                return;
            }
            const CueHit hit{static_cast<std::uint32_t>(start), end, lexicon::progress_cues[k].cue};
            while (!hits.empty() && hits.back().end > hit.begin) {
                if (hits.back().end - hits.back().begin >= hit.end - hit.begin) return;
                hits.pop_back();
            }
            hits.push_back(hit);
        });
        cued_ = true;
    }
    return buffers_.cues;
}

const std::vector<StatusHit>& CellView::statuses() const {
    cues();
    return buffers_.statuses;
}

Span CellView::clause_around(Span segment, std::size_t at) const {
    segments();
    return extraction::clause_around(buffers_.marks, segment, at);
}

bool CellView::inside_brackets(Span segment, std::size_t at) const {
    segments();
    return extraction::inside_brackets(buffers_.marks, segment, at);
}

std::string_view CellView::original_view(std::size_t begin, std::size_t end) const {
    const std::size_t b = to_original(begin);
    const std::size_t e = to_original(end);
    return utf8::trim(original_.substr(b, e > b ? e - b : 0));
}

}  // namespace jindu::extraction
