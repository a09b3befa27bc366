// Private: the ruling lines of a page, read from its path operators.
//
// Poppler's C++ API gives text, not the vector paths a table's borders are
// drawn with. The page's content stream (and the form XObjects it draws) is
// read again with qpdf, a parser under the Apache licence: the paths that are
// stroked (LibreOffice's borders) and the thin rectangles that are filled
// (Word's and Chromium's borders) in a dark colour are the rules, in page
// coordinates through the transformation matrix. Reading the operators is
// exact and costs a fraction of a rendering: rendering the page to find the
// rules in its pixels costs several times what poppler takes for the text,
// most of it in rasterising the glyphs that would then be masked out again.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table::pdf {

// A rule: horizontal at y = at from x = from to x = to, or vertical at x = at
// from y = from to y = to; in points, y down from the top of the page.
struct Rule {
    double at = 0;
    double from = 0;
    double to = 0;
};

struct Rules {
    std::vector<Rule> horizontal;
    std::vector<Rule> vertical;
};

// What a page's content stream draws besides text.
struct PageGraphics {
    Rules rules;
    bool images = false;  // an image is drawn (an image XObject or an inline image)
};

// The graphics of a PDF's pages, read with qpdf. A file qpdf cannot parse
// has pages with no graphics, and its complaint in warnings().
class PageGraphicsReader {
public:
    explicit PageGraphicsReader(std::string_view bytes);
    ~PageGraphicsReader();
    PageGraphicsReader(const PageGraphicsReader&) = delete;
    PageGraphicsReader& operator=(const PageGraphicsReader&) = delete;

    // The graphics of page `index` (0-based). Stops reading a page's content
    // after `max_operators` operators (forms included), so that forms drawn
    // from forms cannot make it run long.
    PageGraphics page(std::size_t index, std::size_t max_operators);

    // What qpdf warned of, for the diagnostics.
    std::vector<std::string> warnings();

private:
    struct Document;
    std::unique_ptr<Document> document_;
};

}  // namespace jindu::table::pdf
