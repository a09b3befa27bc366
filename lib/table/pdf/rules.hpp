// Private: the ruling lines of a page, found in its raster.
//
// Poppler's C++ API gives text and pixels, not the vector paths a table's
// borders are drawn with. Producers draw borders every way PDF allows (stroked
// lines in LibreOffice, thin filled rectangles in Word and Chromium, lines
// inside form XObjects, clipped or transformed), and the raster shows all of
// them alike: the page is rendered at a low resolution, the glyph boxes are
// cleared, and long thin runs of dark pixels are the rules.
#pragma once

#include "table/pdf/glyphs.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace jindu::table::pdf {

// A rule: horizontal at y = at from x = from to x = to, or vertical at x = at
// from y = from to y = to; in points.
struct Rule {
    double at = 0;
    double from = 0;
    double to = 0;
};

struct Rules {
    std::vector<Rule> horizontal;  // by at, then from
    std::vector<Rule> vertical;
};

// A rendered page: one byte a pixel, 1 where it is dark, rows top to bottom.
struct InkMap {
    std::size_t width = 0;
    std::size_t height = 0;
    double scale = 1;  // pixels per point
    std::vector<std::uint8_t> ink;
};

// Clears the pixels under the glyphs, leaving a margin of a sixth of their
// height so that a rule drawn close to text keeps its pixels.
void mask_glyphs(InkMap& map, std::span<const Glyph> glyphs);

// Runs of ink at least 8 points long and at most 3 points thick, joined where
// they continue one another; a thicker run (a filled band) gives its two edges.
Rules find_rules(const InkMap& map);

}  // namespace jindu::table::pdf
