// read_pdf: poppler's text layer and qpdf's reading of the rules of each page into a table.
#include <jindu/pdf.hpp>

#include "common/diagnostics.hpp"
#include "table/grid.hpp"
#include "table/pdf/document.hpp"
#include "table/pdf/glyphs.hpp"
#include "table/pdf/layout.hpp"
#include "table/pdf/rules.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace jindu::table::pdf {

namespace {

// Path operators read on one page, forms included, before its rules are taken as found.
constexpr std::size_t max_graphics_operators = 2'000'000;

// Poppler reports through one process-wide function: it is pointed, once, at
// the messages of the document the calling thread reads, so that nothing
// reaches stderr and concurrent reads keep their own.
thread_local std::vector<std::string>* poppler_messages = nullptr;

void take_message(const std::string& message, void*) {
    if (poppler_messages && poppler_messages->size() < 1000) poppler_messages->push_back(message);
}

class PopplerMessages {
public:
    PopplerMessages() {
        static std::once_flag once;
        std::call_once(once, [] { poppler::set_debug_error_function(take_message, nullptr); });
        poppler_messages = &messages_;
    }
    ~PopplerMessages() { poppler_messages = nullptr; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;
    const std::vector<std::string>& messages() const noexcept { return messages_; }

private:
    std::vector<std::string> messages_;
};

Diagnostic page_diagnostic(ErrorCode code, Severity severity, std::string message, std::size_t page,
                           const Options& options, std::string_view fragment = {}) {
    return make_diagnostic(code, severity, std::move(message), options.source_name, Location{.page = page}, fragment);
}

// The code points of poppler's UTF-16 text.
std::vector<char32_t> code_points(const poppler::ustring& text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t unit = text[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            out.push_back(0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00));
            ++i;
        } else {
            out.push_back(unit >= 0xD800 && unit <= 0xDFFF ? U'\uFFFD' : unit);
        }
    }
    return out;
}

// A font name without the six-letter subset prefix (ABCDEF+).
std::string font_name(std::string name) {
    if (name.size() > 7 && name[6] == '+' &&
        std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
        name.erase(0, 7);
    return name;
}

// The glyphs of a page, radicals unified; undecodable ones counted by font.
// The font size of a word poppler gives without its font: an ideograph is one
// em wide in CJK fonts; a word without one is about 1.25 em tall.
double size_of_word(const poppler::text_box& box, const std::vector<char32_t>& cps) {
    double widest = 0;
    for (std::size_t i = 0; i < cps.size(); ++i)
        if (cps[i] >= 0x4E00 && cps[i] <= 0x9FFF) widest = std::max(widest, box.char_bbox(i).width());
    return widest > 0 ? widest : box.bbox().height() / 1.25;
}

// The text layer. Fonts cost poppler more than all the rest of it: they are
// asked for only to name the fonts of undecodable glyphs.
PageText page_text(const poppler::page& page, std::size_t number, const Options& options, bool with_fonts,
                   std::map<std::string, std::size_t>& undecodable_by_font) {
    PageText text;
    text.number = number;
    const poppler::rectf rect = page.page_rect(poppler::crop_box);
    const bool turned = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
    text.width = turned ? rect.height() : rect.width();
    text.height = turned ? rect.width() : rect.height();
    std::map<std::string, std::uint32_t> fonts;
    for (const poppler::text_box& box : page.text_list(with_fonts ? poppler::page::text_list_include_font : 0)) {
        const std::vector<char32_t> cps = code_points(box.text());
        if (text.glyphs.size() + cps.size() > options.limits.max_page_glyphs)
            fail(ErrorCode::limit_exceeded,
                 "more than " + std::to_string(options.limits.max_page_glyphs) + " glyphs on the page", options,
                 Location{.page = number});
        const double size = with_fonts && box.get_font_size() > 0 ? box.get_font_size() : size_of_word(box, cps);
        for (std::size_t i = 0; i < cps.size(); ++i) {
            const poppler::rectf r = box.char_bbox(i);
            Glyph g;
            g.cp = unify_radical(cps[i]);
            g.box = {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
            g.size = size;
            g.space_after = i + 1 == cps.size() && box.has_space_after();
            std::string name = box.has_font_info() ? font_name(box.get_font_name(static_cast<int>(i))) : std::string();
            const auto [at, added] = fonts.try_emplace(name, static_cast<std::uint32_t>(text.fonts.size()));
            if (added) text.fonts.push_back(name);
            g.font = at->second;
            if (undecodable(g.cp)) ++undecodable_by_font[name.empty() ? "(unnamed)" : name];
            text.glyphs.push_back(g);
        }
    }
    return text;
}

}  // namespace

Table read(std::string_view bytes, const Options& options) {
    const auto started = std::chrono::steady_clock::now();
    PopplerMessages messages;
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        fail(ErrorCode::limit_exceeded, "PDF larger than " + std::to_string(INT_MAX) + " bytes", options);
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
        std::string why = messages.messages().empty() ? std::string() : messages.messages().back();
        fail(ErrorCode::bad_pdf, "damaged or truncated PDF: it cannot be opened" + (why.empty() ? "" : " (" + why + ")"),
             options);
    }
    if (document->is_locked())
        fail(ErrorCode::encrypted_input, "encrypted PDF: it needs a password to be read", options);
    const int page_count = document->pages();
    if (page_count <= 0) fail(ErrorCode::bad_pdf, "damaged or truncated PDF: no pages can be read", options);
    if (static_cast<std::size_t>(page_count) > options.limits.max_pages)
        fail(ErrorCode::limit_exceeded,
             "PDF of " + std::to_string(page_count) + " pages is over the limit of " +
                 std::to_string(options.limits.max_pages) + " pages",
             options);

    std::vector<Diagnostic> diagnostics;
    PageGraphicsReader pages_graphics(bytes);
    std::vector<LaidOutPage> pages;
    std::size_t pages_with_text = 0;
    std::size_t first_scan = 0;
    for (int index = 0; index < page_count; ++index) {
        const std::size_t number = static_cast<std::size_t>(index) + 1;
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        // Checked before each page after the first, which no limit can stop midway.
        if (index > 0 && static_cast<std::size_t>(elapsed.count()) > options.limits.max_pdf_milliseconds)
            fail(ErrorCode::limit_exceeded,
                 "reading took more than " + std::to_string(options.limits.max_pdf_milliseconds) + " ms", options,
                 Location{.page = number});
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) {
            diagnostics.push_back(page_diagnostic(ErrorCode::bad_pdf, Severity::warning, "the page cannot be read",
                                                  number, options));
            continue;
        }
        std::map<std::string, std::size_t> undecodable_by_font;
        PageText text = page_text(*page, number, options, false, undecodable_by_font);
        if (!undecodable_by_font.empty()) {
            undecodable_by_font.clear();
            text = page_text(*page, number, options, true, undecodable_by_font);
        }
        for (const auto& [font, count] : undecodable_by_font)
            diagnostics.push_back(page_diagnostic(
                ErrorCode::undecodable_text, Severity::warning,
                std::to_string(count) + " glyphs of font " + font +
                    " decode to no text (U+FFFD, private-use or control code points): the font maps them to no characters",
                number, options, font));
        if (const std::size_t dropped = drop_overprints(text.glyphs))
            diagnostics.push_back(page_diagnostic(ErrorCode::skipped_row, Severity::note,
                                                  std::to_string(dropped) + " glyphs drawn twice (fake bold) dropped",
                                                  number, options));
        const PageGraphics graphics = pages_graphics.page(static_cast<std::size_t>(index), max_graphics_operators);
        if (text.glyphs.empty()) {
            if (graphics.images) {
                if (first_scan == 0) first_scan = number;
                diagnostics.push_back(page_diagnostic(ErrorCode::no_text_layer, Severity::warning,
                                                      "no text layer (a scanned image); convert it with OCR first",
                                                      number, options));
            }
            continue;
        }
        ++pages_with_text;
        const std::vector<double>* continued = pages.empty() ? nullptr : continuing_columns(pages.back());
        std::vector<double> columns = continued ? *continued : std::vector<double>{};
        pages.push_back(LaidOutPage{number, text.height, lay_out(text, graphics.rules, continued ? &columns : nullptr)});
    }
    if (pages_with_text == 0) {
        if (first_scan != 0)
            fail(ErrorCode::no_text_layer, "no text layer (a scanned image); convert it with OCR first", options,
                 Location{.page = first_scan});
        fail(ErrorCode::empty_input, "the PDF has no text", options);
    }

    Table table = assemble(pages, options);
    for (const std::string& m : messages.messages())
        diagnostics.push_back(make_diagnostic(ErrorCode::reader_warning, Severity::warning, "PDF: " + m, options.source_name));
    for (const std::string& m : pages_graphics.warnings())
        diagnostics.push_back(make_diagnostic(ErrorCode::reader_warning, Severity::warning, "PDF graphics: " + m,
                                              options.source_name));
    table.diagnostics.insert(table.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
    table.format = InputFormat::pdf;
    table.encoding = "";
    return table;
}

}  // namespace jindu::table::pdf

namespace jindu {

Table read_pdf(std::string_view bytes, const Options& options) { return table::pdf::read(bytes, options); }

}  // namespace jindu
