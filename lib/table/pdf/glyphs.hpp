// Private: the glyphs of a PDF page as the PDF reader takes them from the text
// layer, lines of glyphs, and the fixes for text that PDF producers garble.
// No poppler type here, so that the layout is tested on glyphs made by hand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table::pdf {

// A rectangle in points, y growing down from the top of the page.
struct Box {
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    double width() const noexcept { return x1 - x0; }
    double height() const noexcept { return y1 - y0; }
    double cx() const noexcept { return (x0 + x1) / 2; }
    double cy() const noexcept { return (y0 + y1) / 2; }
};

struct Glyph {
    char32_t cp = 0;
    Box box;
    double size = 0;           // font size in points
    std::uint32_t font = 0;    // index into PageText::fonts
    bool space_after = false;  // the text layer has a word break with a space after it
};

// The text layer of one page.
struct PageText {
    std::size_t number = 0;  // 1-based
    double width = 0;
    double height = 0;
    std::vector<Glyph> glyphs;
    std::vector<std::string> fonts;  // font names as the PDF has them
};

// The unified ideograph a Kangxi radical (U+2F00–U+2FD5) or CJK radical
// supplement code point (U+2E80–U+2EF3) stands for; any other code point as it is.
char32_t unify_radical(char32_t cp) noexcept;

// True for a code point that stands for no character of the text: U+FFFD,
// private use, and controls (a glyph the PDF gives no Unicode for).
bool undecodable(char32_t cp) noexcept;

// True for ideographs, kana, hangul and full-width punctuation: text in which a
// line break or a gap stands for no space.
bool is_cjk(char32_t cp) noexcept;

// Drops glyphs drawn a second time over themselves, a fraction of their size
// apart, as producers do to fake bold. Returns how many were dropped.
std::size_t drop_overprints(std::vector<Glyph>& glyphs);

// Glyphs on one baseline, left to right.
struct TextLine {
    Box box;
    std::vector<Glyph> glyphs;
    double size = 0;  // the largest font size on the line
};

// Groups glyphs into lines, each glyph joining the line its box overlaps most
// in height (by half the smaller height at least); lines top to bottom.
std::vector<TextLine> group_lines(std::span<const Glyph> glyphs);

// The text of glyphs in reading order: a space where the text layer has a
// word break with a space, or where the gap is wider than a space (between
// ideographs: wider than an ideograph).
std::string glyph_text(std::span<const Glyph> glyphs);

// What joins two lines of a paragraph, by the code points around the break:
// a space between Latin text (letters, figures); nothing next to an
// ideograph, after a hyphenated word, or at punctuation that binds to its side.
std::string_view line_join(char32_t second_last, char32_t last, char32_t first) noexcept;

// The text of lines read as one block (a cell, a paragraph). A line that ends
// short of `right` by more than what the next line starts with (so that the
// break was not for want of room), or a next line led by list numbering, ends
// a paragraph ('\n'); other line breaks join ideographs with nothing, a
// hyphenated word as written, and other text with a space.
std::string block_text(std::span<const TextLine> lines, double right);

}  // namespace jindu::table::pdf
