#include "source/fold.hpp"

#include "common/utf8.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <cstdint>

namespace jindu::source {

namespace {

constexpr char32_t bmp_size = 0x10000;

// The fold of every BMP code point, written at build time by make_fold_table
// from ICU's NFKC and Hant-Hans data.
constexpr char32_t bmp_folds[bmp_size] = {
#include "source/fold_table.inc"
};

char32_t fold_of(char32_t cp) noexcept { return cp < bmp_size ? bmp_folds[cp] : cp; }

// A bit per BMP code point that folds to another: 8 KiB that stay in cache,
// where the table itself is 256 KiB read at random.
constexpr auto bmp_changes = [] {
    std::array<std::uint64_t, bmp_size / 64> bits{};
    for (std::size_t cp = 0; cp < bmp_size; ++cp)
        if (bmp_folds[cp] != cp) bits[cp / 64] |= std::uint64_t{1} << (cp % 64);
    return bits;
}();

// For three-byte sequences: a bit per code point that is validly written in
// three bytes and folds to itself, indexed by the bits the first two bytes
// carry (cp / 64) and then the third's (cp % 64). Overlong forms and
// surrogates have no bit, so the general path reports them as invalid.
constexpr auto three_byte_stays = [] {
    std::array<std::uint64_t, bmp_size / 64> bits{};
    for (std::size_t high = 0x800 / 64; high < bits.size(); ++high)
        if (high < 0xD800 / 64 || high > 0xDFFF / 64) bits[high] = ~bmp_changes[high];
    return bits;
}();

// Writes the UTF-8 encoding of cp at out; returns its length.
std::size_t write_utf8(char32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Folds utf8 into `text`, which has room for 2 * utf8.size() bytes: a code
// point never folds to more than twice its bytes (ASCII folds to itself, and
// nothing is longer than 4). Records an anchor after every code point whose
// folded length differs, unless anchors is null. Returns the folded length.
// Writing through pointers rather than push_back makes this loop, which every
// scan and every cell runs, several times faster.
std::size_t fold_into(std::string_view utf8, char* text, std::vector<SparseFold::Anchor>* anchors) {
    char* t = text;
    for (std::size_t i = 0; i < utf8.size();) {
        // Chinese text is mostly three-byte code points that fold to
        // themselves: each tested on one load and copied with one store, whose
        // fourth byte the next write covers (text has room to spare).
        while (utf8.size() - i >= 4) {
            const std::uint32_t word = utf8::load_le32(utf8.data() + i);
            if (!utf8::three_byte_form(word)) break;
            const char32_t cp = utf8::three_byte_code_point(word);
            if (((three_byte_stays[cp / 64] >> (cp % 64)) & 1) == 0) break;
            std::memcpy(t, utf8.data() + i, 4);
            t += 3;
            i += 3;
        }
        if (i == utf8.size()) break;
        const auto at = static_cast<std::uint32_t>(i);
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            *t = static_cast<char>(b);
            ++t;
            ++i;
            continue;
        }
        std::size_t len = 1;
        if (const char32_t cp = utf8::next(utf8, i); cp == utf8::invalid) {
            *t = '\x1a';  // one byte for one byte
        } else if (const char32_t to = fold_of(cp); to == cp) {  // most text folds to itself
            len = i - at;
            for (std::size_t k = 0; k < len; ++k) t[k] = utf8[at + k];
        } else {
            len = write_utf8(to, t);
        }
        t += len;
        if (anchors && len != i - at)
            anchors->push_back({static_cast<std::uint32_t>(t - text), static_cast<std::uint32_t>(i)});
    }
    return static_cast<std::size_t>(t - text);
}

}  // namespace

char32_t fold(char32_t cp) noexcept { return fold_of(cp); }

void fold_text(std::string_view utf8, SparseFold& out) {
    out.text.resize(2 * utf8.size());
    out.anchors.clear();
    out.text.resize(fold_into(utf8, out.text.data(), &out.anchors));
}

std::size_t SparseFold::to_source(std::size_t offset) const noexcept {
    // The last anchor at or before offset; before the first, nothing changed length.
    const auto after = std::upper_bound(anchors.begin(), anchors.end(), offset,
                                        [](std::size_t at, const Anchor& a) { return at < a.folded; });
    if (after == anchors.begin()) return offset;
    const Anchor& a = *(after - 1);
    return a.original + (offset - a.folded);
}

std::string fold_only(std::string_view utf8) {
    std::string out(2 * utf8.size(), '\0');
    out.resize(fold_into(utf8, out.data(), nullptr));
    return out;
}

}  // namespace jindu::source

namespace jindu {

std::string matching_view(std::string_view utf8) { return source::fold_only(utf8); }

}  // namespace jindu
