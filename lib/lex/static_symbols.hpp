// Private: an X3 parser for a fixed table of words, built at compile time.
// It matches as x3::symbols does, the longest word at the cursor, but its
// table is a sorted constexpr array in read-only data: nothing is allocated or
// built when the program starts.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jindu::lex {

template <typename T>
struct SymbolEntry {
    std::string_view word;
    T value;
};

template <typename T, std::size_t N>
struct StaticSymbols : boost::spirit::x3::parser<StaticSymbols<T, N>> {
    using attribute_type = T;
    static constexpr bool has_attribute = true;

    std::array<SymbolEntry<T>, N> entries;  // sorted by word, bytewise
    std::array<char32_t, N> leads;          // the first code point of each word
    // A bit per (lead code point mod 1024): most calls match nothing, and
    // most of those end at this one test.
    std::array<std::uint64_t, 16> lead_filter;

    // Matches the longest word at first; on success moves first past it and
    // moves its value to attr. Fails, leaving first alone, when no word matches.
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&, Attribute& attr) const {
        boost::spirit::x3::skip_over(first, last, context);
        const SymbolEntry<T>* found = match(std::string_view(first, static_cast<std::size_t>(last - first)));
        if (found == nullptr) return false;
        boost::spirit::x3::traits::move_to(found->value, attr);
        first += static_cast<std::ptrdiff_t>(found->word.size());
        return true;
    }

    // The longest word that starts rest, or null. Words sharing rest's first
    // code point lie together in byte order: a binary search over integers
    // finds them, and most calls, which match nothing, end there.
    constexpr const SymbolEntry<T>* match(std::string_view rest) const noexcept {
        if (rest.empty()) return nullptr;
        const char32_t lead = lead_of(rest);
        if (!may_lead(lead)) return nullptr;
        const SymbolEntry<T>* best = nullptr;
        for (auto i = static_cast<std::size_t>(std::lower_bound(leads.begin(), leads.end(), lead) - leads.begin());
             i < N && leads[i] == lead; ++i)
            if (rest.starts_with(entries[i].word) && (best == nullptr || entries[i].word.size() > best->word.size()))
                best = &entries[i];
        return best;
    }

    constexpr bool may_lead(char32_t lead) const noexcept {
        const std::size_t bit = lead % 1024;
        return (lead_filter[bit / 64] >> (bit % 64)) & 1;
    }

    // The code point UTF-8 text starts with (what its bytes say, unchecked).
    static constexpr char32_t lead_of(std::string_view s) noexcept {
        const auto b = static_cast<unsigned char>(s[0]);
        const std::size_t n = std::min(s.size(), std::size_t{b < 0xC0 ? 1u : b < 0xE0 ? 2u : b < 0xF0 ? 3u : 4u});
        char32_t cp = n == 1 ? b : b & (0x7Fu >> n);
        for (std::size_t i = 1; i < n; ++i) cp = cp << 6 | (static_cast<unsigned char>(s[i]) & 0x3Fu);
        return cp;
    }
};

// A StaticSymbols parser over the words, sorted at compile time. A word given
// twice, or an empty one, does not compile.
template <typename T, std::size_t N>
consteval StaticSymbols<T, N> make_symbols(const SymbolEntry<T> (&words)[N]) {
    StaticSymbols<T, N> symbols{};
    std::copy(words, words + N, symbols.entries.begin());
    std::sort(symbols.entries.begin(), symbols.entries.end(),
              [](const SymbolEntry<T>& a, const SymbolEntry<T>& b) { return a.word < b.word; });
    for (std::size_t i = 0; i < N; ++i) {
        if (symbols.entries[i].word.empty()) throw "an empty word";
        if (i > 0 && symbols.entries[i].word == symbols.entries[i - 1].word) throw "a word given twice";
        symbols.leads[i] = StaticSymbols<T, N>::lead_of(symbols.entries[i].word);
        const std::size_t bit = symbols.leads[i] % 1024;
        symbols.lead_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    return symbols;
}

}  // namespace jindu::lex
