#include "source/fold.hpp"

#include "common/utf8.hpp"

#include <jindu/source.hpp>

#include <array>
#include <memory>

namespace jindu::source {

namespace {

constexpr char32_t bmp_size = 0x10000;

// The BMP code points that do not fold to themselves, written at build time
// by make_fold_table from ICU's NFKC and Hant-Hans data.
struct Fold {
    char16_t from;
    char32_t to;
};
constexpr Fold folds[] = {
#include "source/fold_table.inc"
};

// Folds of the whole BMP as one array, filled once from `folds`.
class FoldTable {
public:
    FoldTable() {
        for (char32_t cp = 0; cp < bmp_size; ++cp) table_[cp] = cp;
        for (const Fold& f : folds) table_[f.from] = f.to;
    }
    char32_t operator[](char32_t cp) const noexcept { return cp < bmp_size ? table_[cp] : cp; }

private:
    std::array<char32_t, bmp_size> table_{};
};

const FoldTable& fold_table() {
    static const auto* table = new FoldTable();  // never destroyed: usable during static teardown
    return *table;
}

}  // namespace

char32_t fold(char32_t cp) noexcept { return fold_table()[cp]; }

FoldedText fold_text(std::string_view utf8) {
    const FoldTable& table = fold_table();
    FoldedText out;
    out.text.reserve(utf8.size());
    out.source_offset.reserve(utf8.size() + 1);
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto at = static_cast<std::uint32_t>(i);
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {  // ASCII folds to itself
            out.text.push_back(static_cast<char>(b));
            out.source_offset.push_back(at);
            ++i;
            continue;
        }
        const char32_t cp = utf8::next(utf8, i);
        if (cp == utf8::invalid) out.text.push_back('\x1a');
        else utf8::append(out.text, table[cp]);
        out.source_offset.resize(out.text.size(), at);
    }
    out.source_offset.push_back(static_cast<std::uint32_t>(utf8.size()));
    return out;
}

std::string fold_only(std::string_view utf8) {
    const FoldTable& table = fold_table();
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++i;
            continue;
        }
        const char32_t cp = utf8::next(utf8, i);
        if (cp == utf8::invalid) out.push_back('\x1a');
        else utf8::append(out, table[cp]);
    }
    return out;
}

}  // namespace jindu::source

namespace jindu {

std::string matching_view(std::string_view utf8) { return source::fold_only(utf8); }

}  // namespace jindu
