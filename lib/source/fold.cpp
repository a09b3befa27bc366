#include "source/fold.hpp"

#include "common/utf8.hpp"

#include <jindu/source.hpp>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <array>
#include <bitset>
#include <cstring>
#include <memory>

namespace jindu::source {

namespace {

constexpr char32_t bmp_size = 0x10000;

// NFKC maps these to digits or ASCII letters that would read as numbers or
// identifiers they are not: circled and parenthesized numbers (list markers),
// superscripts (m²), Roman numerals, fractions.
bool nfkc_is_harmful(char32_t cp) noexcept {
    return (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2776 && cp <= 0x2793) ||
           (cp >= 0x3251 && cp <= 0x32BF) || (cp >= 0x00B2 && cp <= 0x00BE) ||
           (cp >= 0x2070 && cp <= 0x209F) || (cp >= 0x2150 && cp <= 0x218F) ||
           (cp >= 0x3280 && cp <= 0x32B0) || (cp >= 0x1D400 && cp <= 0x1D7FF);
}

bool is_han(char32_t cp) noexcept {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

// The single code point in s, or 0 when s holds none or several.
char32_t single_code_point(const icu::UnicodeString& s) {
    if (s.countChar32() != 1) return 0;
    return static_cast<char32_t>(s.char32At(0));
}

// Folds of the whole BMP, computed once. ICU builds the tables; when ICU
// cannot (missing data), the fold keeps its ASCII and NFKC parts.
class FoldTable {
public:
    FoldTable() {
        for (char32_t cp = 0; cp < bmp_size; ++cp) table_[cp] = cp;
        add_nfkc();
        add_simplified();
        for (char32_t cp = 0xFF01; cp <= 0xFF5E; ++cp) table_[cp] = cp - 0xFEE0;
        table_[0x3000] = U' ';
        for (char32_t cp = 0; cp < bmp_size; ++cp) changes_[cp] = table_[cp] != cp;
    }
    char32_t operator[](char32_t cp) const noexcept { return cp < bmp_size ? table_[cp] : cp; }
    // True when cp (in the BMP) folds to another code point.
    bool changes(char32_t cp) const noexcept { return changes_[cp]; }

private:
    void add_nfkc() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status)) return;
        for (char32_t cp = 0xA0; cp < bmp_size; ++cp) {
            if (nfkc_is_harmful(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) continue;
            const icu::UnicodeString in(static_cast<UChar32>(cp));
            UErrorCode s = U_ZERO_ERROR;
            if (nfkc->isNormalized(in, s) || U_FAILURE(s)) continue;
            const icu::UnicodeString out = nfkc->normalize(in, s);
            if (U_FAILURE(s)) continue;
            if (const char32_t to = single_code_point(out); to != 0 && to != cp) table_[cp] = to;
        }
    }

    // Runs Hant-Hans over every Han code point at once, one per line, so the
    // transliterator is built and run once rather than per character.
    void add_simplified() {
        UErrorCode status = U_ZERO_ERROR;
        icu::LocalPointer<icu::Transliterator> hant_hans(
            icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || hant_hans.isNull()) return;
        icu::UnicodeString all;
        for (char32_t cp = 0; cp < bmp_size; ++cp) {
            if (!is_han(cp)) continue;
            all.append(static_cast<UChar32>(table_[cp]));
            all.append(static_cast<UChar>(u'\n'));
        }
        hant_hans->transliterate(all);
        int32_t pos = 0;
        for (char32_t cp = 0; cp < bmp_size; ++cp) {
            if (!is_han(cp)) continue;
            const int32_t nl = all.indexOf(static_cast<UChar>(u'\n'), pos);
            if (nl < 0) return;  // the output lost its line structure: keep what is done
            const char32_t to = single_code_point(icu::UnicodeString(all, pos, nl - pos));
            if (to != 0) table_[cp] = to;
            pos = nl + 1;
        }
    }

    std::array<char32_t, bmp_size> table_{};
    std::bitset<bmp_size> changes_;
};

const FoldTable& fold_table() {
    static const auto* table = new FoldTable();  // never destroyed: usable during static teardown
    return *table;
}

}  // namespace

char32_t fold(char32_t cp) noexcept { return fold_table()[cp]; }

FoldedText fold_text(std::string_view utf8) {
    FoldedText out;
    fold_text(utf8, out);
    return out;
}

void fold_text(std::string_view utf8, FoldedText& out) {
    const FoldTable& table = fold_table();
    // A BMP code point folds to one of at most three bytes, so the text grows
    // at most from two bytes to three; write into buffers of that size.
    const std::size_t capacity = utf8.size() + utf8.size() / 2 + 4;
    out.text.resize(capacity);
    out.source_offset.resize(capacity + 1);
    char* text = out.text.data();
    std::uint32_t* offset = out.source_offset.data();
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        // Copy the run of code points that fold to themselves (ASCII and most
        // CJK) at once; each byte of it maps to its own offset.
        std::size_t run = i;
        while (run < utf8.size()) {
            const auto b = static_cast<unsigned char>(utf8[run]);
            if (b < 0x80) {
                ++run;
                continue;
            }
            if ((b & 0xF0) != 0xE0 || run + 2 >= utf8.size()) break;
            const auto b1 = static_cast<unsigned char>(utf8[run + 1]);
            const auto b2 = static_cast<unsigned char>(utf8[run + 2]);
            const auto cp = static_cast<char32_t>(((b & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ||
                table.changes(cp))
                break;
            run += 3;
        }
        if (run > i) {
            std::memcpy(text + n, utf8.data() + i, run - i);
            for (std::size_t k = 0; k < run - i; ++k) offset[n + k] = static_cast<std::uint32_t>(i + k);
            n += run - i;
            i = run;
            continue;
        }
        const auto at = static_cast<std::uint32_t>(i);
        const char32_t cp = utf8::next(utf8, i);
        const char32_t to = cp == utf8::invalid ? U'\x1a' : table[cp];
        std::array<char, 4> bytes{};
        std::size_t len = 0;
        if (to < 0x80) {
            bytes[len++] = static_cast<char>(to);
        } else if (to < 0x800) {
            bytes[len++] = static_cast<char>(0xC0 | (to >> 6));
            bytes[len++] = static_cast<char>(0x80 | (to & 0x3F));
        } else if (to < 0x10000) {
            bytes[len++] = static_cast<char>(0xE0 | (to >> 12));
            bytes[len++] = static_cast<char>(0x80 | ((to >> 6) & 0x3F));
            bytes[len++] = static_cast<char>(0x80 | (to & 0x3F));
        } else {
            bytes[len++] = static_cast<char>(0xF0 | (to >> 18));
            bytes[len++] = static_cast<char>(0x80 | ((to >> 12) & 0x3F));
            bytes[len++] = static_cast<char>(0x80 | ((to >> 6) & 0x3F));
            bytes[len++] = static_cast<char>(0x80 | (to & 0x3F));
        }
        for (std::size_t k = 0; k < len; ++k) {
            text[n] = bytes[k];
            offset[n++] = at;
        }
    }
    offset[n] = static_cast<std::uint32_t>(utf8.size());
    out.text.resize(n);
    out.source_offset.resize(n + 1);
}

}  // namespace jindu::source

namespace jindu {

std::string matching_view(std::string_view utf8) { return std::move(source::fold_text(utf8).text); }

}  // namespace jindu
