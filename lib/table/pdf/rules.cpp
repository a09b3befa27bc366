// Rules from the raster: runs of ink along rows (horizontal) and columns (vertical).
#include "table/pdf/rules.hpp"

#include <algorithm>
#include <cmath>

namespace jindu::table::pdf {

namespace {

// A run of ink along one pixel line, growing into a segment over the next lines.
struct Segment {
    std::size_t first = 0;  // the pixel line it starts on
    std::size_t lines = 1;  // thickness in pixel lines
    std::size_t from = 0;   // [from, to) along the line
    std::size_t to = 0;
};

// Finds the rules along one direction: `along(line, k)` is the ink of pixel k
// on pixel line `line`.
template <class Ink>
std::vector<Rule> runs(std::size_t line_count, std::size_t length, double scale, Ink&& along) {
    const auto min_run = static_cast<std::size_t>(std::max(8.0 * scale, 4.0));
    const double max_thickness = 3.0 * scale;
    const std::size_t slack = 2;
    std::vector<Rule> rules;
    auto close = [&](const Segment& s) {
        const double from = static_cast<double>(s.from) / scale;
        const double to = static_cast<double>(s.to) / scale;
        if (static_cast<double>(s.lines) <= max_thickness) {
            rules.push_back({(static_cast<double>(s.first) + static_cast<double>(s.lines) / 2) / scale, from, to});
        } else {
            rules.push_back({static_cast<double>(s.first) / scale, from, to});
            rules.push_back({static_cast<double>(s.first + s.lines) / scale, from, to});
        }
    };
    std::vector<Segment> open;
    std::vector<Segment> next;
    for (std::size_t line = 0; line <= line_count; ++line) {
        next.clear();
        if (line < line_count) {
            for (std::size_t k = 0; k < length;) {
                if (!along(line, k)) {
                    ++k;
                    continue;
                }
                std::size_t end = k;
                while (end < length && along(line, end)) ++end;
                if (end - k >= min_run) {
                    Segment run{line, 1, k, end};
                    for (Segment& s : open) {
                        if (s.lines == 0) continue;
                        const auto near = [&](std::size_t a, std::size_t b) { return (a > b ? a - b : b - a) <= slack; };
                        if (near(s.from, run.from) && near(s.to, run.to)) {
                            run = {s.first, s.lines + 1, std::min(s.from, run.from), std::max(s.to, run.to)};
                            s.lines = 0;  // taken on
                            break;
                        }
                    }
                    next.push_back(run);
                }
                k = end;
            }
        }
        for (const Segment& s : open)
            if (s.lines != 0) close(s);
        open.swap(next);
    }
    // Join pieces of one rule: lines within 1.5 points of the first, gaps up to 2 points.
    std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.at < b.at; });
    std::vector<Rule> joined;
    for (std::size_t first = 0; first < rules.size();) {
        std::size_t end = first + 1;
        while (end < rules.size() && rules[end].at - rules[first].at <= 1.5) ++end;
        std::sort(rules.begin() + static_cast<std::ptrdiff_t>(first), rules.begin() + static_cast<std::ptrdiff_t>(end),
                  [](const Rule& a, const Rule& b) { return a.from < b.from; });
        const std::size_t start = joined.size();
        for (std::size_t k = first; k < end; ++k) {
            if (joined.size() > start && rules[k].from <= joined.back().to + 2.0) {
                joined.back().to = std::max(joined.back().to, rules[k].to);
                continue;
            }
            joined.push_back(rules[k]);
        }
        first = end;
    }
    return joined;
}

}  // namespace

void mask_glyphs(InkMap& map, std::span<const Glyph> glyphs) {
    const auto clamp = [](double v, std::size_t limit) {
        return static_cast<std::size_t>(std::clamp(v, 0.0, static_cast<double>(limit)));
    };
    for (const Glyph& g : glyphs) {
        const double margin = g.box.height() / 6;
        const std::size_t x0 = clamp(g.box.x0 * map.scale, map.width);
        const std::size_t x1 = clamp(std::ceil(g.box.x1 * map.scale), map.width);
        const std::size_t y0 = clamp((g.box.y0 + margin) * map.scale, map.height);
        const std::size_t y1 = clamp(std::ceil((g.box.y1 - margin) * map.scale), map.height);
        for (std::size_t y = y0; y < y1; ++y)
            std::fill(map.ink.begin() + static_cast<std::ptrdiff_t>(y * map.width + x0),
                      map.ink.begin() + static_cast<std::ptrdiff_t>(y * map.width + x1), std::uint8_t{0});
    }
}

Rules find_rules(const InkMap& map) {
    Rules rules;
    if (map.width == 0 || map.height == 0) return rules;
    rules.horizontal = runs(map.height, map.width, map.scale,
                            [&](std::size_t y, std::size_t x) { return map.ink[y * map.width + x] != 0; });
    rules.vertical = runs(map.width, map.height, map.scale,
                          [&](std::size_t x, std::size_t y) { return map.ink[y * map.width + x] != 0; });
    return rules;
}

}  // namespace jindu::table::pdf
