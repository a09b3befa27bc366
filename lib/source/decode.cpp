// Encoding detection and decoding to UTF-8.
//
// Detection, in order: options.encoding when set; a byte order mark (UTF-8,
// UTF-16LE/BE, UTF-32LE/BE); valid UTF-8; UTF-16 without a BOM when NUL bytes
// sit on every other byte; otherwise ICU charset detection, of whose guesses
// only GB18030, Big5 and UTF-16 are taken (other legacy charsets are never
// right for Chinese reports and would decode into plausible garbage), the most
// confident winning and GB18030 winning ties. A few characters are too little
// for any detector: callers that know the encoding should name it.
//
// Undecodable bytes, and NUL bytes, follow one policy: when there are at most
// 16 runs of them and at most 8 bytes or 1 byte in 1000 of the input, each
// run becomes one U+FFFD and one replaced_bytes warning with its byte offset;
// otherwise decoding fails with an invalid_encoding error at the first
// bad byte. Either way the location names the byte offset into the input and
// the line, and the fragment shows the bytes in hex.
#include "source/decode_detail.hpp"

#include <jindu/source.hpp>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace jindu {

namespace {

// Bytes ICU's detector looks at: enough for a stable guess on any report.
constexpr std::size_t detection_window = std::size_t{64} << 10;
constexpr std::size_t max_replaced_runs = 16;
constexpr std::size_t max_replaced_bytes = 8;  // in any input, however short

struct Bom {
    std::string_view bytes;
    std::string_view encoding;
};

// UTF-32LE comes before UTF-16LE: its BOM starts with the UTF-16LE one.
constexpr std::array<Bom, 5> boms{{
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
}};

// A run of bytes that did not decode: [offset, offset + length) in the input.
struct BadRun {
    std::size_t offset = 0;
    std::size_t length = 0;
};

// Width in bytes of one code unit of an encoding ("UTF-16LE" → 2), for line counting.
std::size_t unit_width(std::string_view encoding) noexcept {
    if (encoding.starts_with("UTF-16")) return 2;
    if (encoding.starts_with("UTF-32")) return 4;
    return 1;
}

// True when the code unit at byte i (of width w, endianness from the name) is '\n'.
bool is_newline_unit(std::string_view bytes, std::size_t i, std::size_t w, bool big_endian) noexcept {
    if (w == 1) return bytes[i] == '\n';
    const std::size_t last = big_endian ? i + w - 1 : i;
    if (bytes[last] != '\n') return false;
    for (std::size_t k = 0; k < w; ++k)
        if (i + k != last && bytes[i + k] != '\0') return false;
    return true;
}

// 1-based line of a byte offset in input of the given encoding.
std::size_t line_at(std::string_view bytes, std::size_t offset, std::string_view encoding) noexcept {
    const std::size_t w = unit_width(encoding);
    const bool big_endian = encoding.ends_with("BE");
    std::size_t line = 1;
    for (std::size_t i = 0; i + w <= offset && i + w <= bytes.size(); i += w)
        if (is_newline_unit(bytes, i, w, big_endian)) ++line;
    return line;
}

// Up to 8 bytes from offset as lowercase hex ("e8 bf 9b").
std::string hex_fragment(std::string_view bytes, std::size_t offset, std::size_t length) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    const std::size_t end = std::min({bytes.size(), offset + std::max<std::size_t>(length, 1), offset + 8});
    for (std::size_t i = offset; i < end; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (!out.empty()) out += ' ';
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

// Where the bytes of `run` are: their offset and line.
Location location_of(std::string_view bytes, const BadRun& run, std::string_view encoding) noexcept {
    return Location{run.offset, line_at(bytes, run.offset, encoding)};
}

// Throws an invalid_encoding error about the bytes of `run`, shown in hex.
[[noreturn]] void fail_at(const BadRun& run, std::string message, std::string_view bytes, std::string_view encoding,
                          const Options& options) {
    fail(ErrorCode::invalid_encoding, std::move(message), options, location_of(bytes, run, encoding),
         hex_fragment(bytes, run.offset, run.length));
}

// Applies the replacement policy to the bad runs found while decoding `bytes`:
// throws on too many, else adds one warning per run.
void apply_policy(const std::vector<BadRun>& runs, std::string_view bytes, std::string_view encoding,
                  const Options& options, DecodedText& out) {
    if (runs.empty()) return;
    std::size_t bad_bytes = 0;
    for (const auto& r : runs) bad_bytes += r.length;
    const bool mostly_good =
        runs.size() <= max_replaced_runs && bad_bytes <= std::max(max_replaced_bytes, bytes.size() / 1000);
    if (!mostly_good) {
        const bool nul = bytes[runs.front().offset] == '\0' && unit_width(encoding) == 1;
        fail_at(runs.front(), nul ? "NUL byte in text" : "bytes that do not decode as " + std::string(encoding),
                bytes, encoding, options);
    }
    for (const auto& r : runs) {
        const bool nul = bytes[r.offset] == '\0' && unit_width(encoding) == 1;
        out.diagnostics.push_back(make_diagnostic(
            ErrorCode::replaced_bytes, Severity::warning,
            std::string(nul ? "NUL bytes" : "bytes that do not decode as " + std::string(encoding)) +
                " replaced by U+FFFD",
            options.source_name, location_of(bytes, r, encoding), hex_fragment(bytes, r.offset, r.length)));
    }
}

// Adds a bad byte at offset, merging it into the previous run when adjacent.
void add_bad(std::vector<BadRun>& runs, std::size_t offset, std::size_t length) {
    if (!runs.empty() && runs.back().offset + runs.back().length == offset) {
        runs.back().length += length;
    } else {
        runs.push_back({offset, length});
    }
}

// Decodes UTF-8 starting at `start`, replacing invalid sequences and NUL bytes.
std::string decode_utf8(std::string_view bytes, std::size_t start, std::vector<BadRun>& runs) {
    std::string out;
    out.reserve(bytes.size() - start);
    bool in_bad = false;
    std::size_t copied = start;  // valid bytes are copied a run at a time, up to each bad one
    for (std::size_t i = start; i < bytes.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(bytes, i);
        if (cp == utf8::invalid || cp == 0) {
            out.append(bytes.substr(copied, at - copied));
            if (!in_bad) out += "\xEF\xBF\xBD";
            add_bad(runs, at, i - at);
            in_bad = true;
            copied = i;
        } else {
            in_bad = false;
        }
    }
    out.append(bytes.substr(copied));
    return out;
}

// Context of the ICU callback that records where bytes did not convert.
struct CallbackContext {
    const char* base = nullptr;
    std::vector<BadRun>* runs = nullptr;
};

// ICU to-Unicode callback: records the offending bytes, then substitutes U+FFFD
// (or nothing when the previous bytes were already bad, so a run gives one U+FFFD).
void record_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                           int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
    const auto* ctx = static_cast<const CallbackContext*>(context);
    const auto end = static_cast<std::size_t>(args->source - ctx->base);
    const auto len = static_cast<std::size_t>(std::max(length, 0));
    const std::size_t offset = end >= len ? end - len : 0;
    const bool adjacent = !ctx->runs->empty() && ctx->runs->back().offset + ctx->runs->back().length == offset;
    add_bad(*ctx->runs, offset, len);
    *status = U_ZERO_ERROR;
    if (!adjacent) {
        static constexpr UChar replacement = 0xFFFD;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
    }
    (void)code_units;
}

// Converts bytes[start, end) from `encoding` with ICU; unknown names are errors.
std::string decode_icu(std::string_view bytes, std::size_t start, std::string_view encoding,
                       const Options& options, std::vector<BadRun>& runs) {
    const std::string name(encoding);
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer converter(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status) || converter.isNull())
        fail_at(BadRun{0, 0}, "unknown encoding \"" + name + "\"", bytes, "UTF-8", options);

    CallbackContext context{bytes.data(), &runs};
    ucnv_setToUCallBack(converter.getAlias(), record_and_substitute, &context, nullptr, nullptr, &status);
    if (U_FAILURE(status)) fail_at(BadRun{0, 0}, "cannot set up the converter for " + name, bytes, "UTF-8", options);

    // Every input byte gives at most one UTF-16 unit, except 4-byte sequences
    // (two units) and replacements: size + 16 always suffices.
    std::u16string units(bytes.size() - start + 16, u'\0');
    const char* source = bytes.data() + start;
    const char* source_end = bytes.data() + bytes.size();
    UChar* target = units.data();
    UChar* target_end = units.data() + units.size();
    ucnv_toUnicode(converter.getAlias(), &target, target_end, &source, source_end, nullptr, true, &status);
    if (U_FAILURE(status)) {
        const auto at = static_cast<std::size_t>(source - bytes.data());
        fail_at(BadRun{at, 1}, "cannot convert from " + name + " (" + u_errorName(status) + ")", bytes, name, options);
    }
    units.resize(static_cast<std::size_t>(target - units.data()));

    std::string out;
    out.reserve(units.size() * 3);
    for (std::size_t i = 0; i < units.size(); ++i) {
        const char16_t u = units[i];
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
            const char32_t high = u - 0xD800u;
            const char32_t low = units[i + 1] - 0xDC00u;
            utf8::append(out, 0x10000 + (high << 10) + low);
            ++i;
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            // The converters flag unpaired surrogates; a stray one left here is replaced.
            utf8::append(out, 0xFFFD);
        } else {
            utf8::append(out, u);
        }
    }
    return out;
}

// True for the spellings of UTF-8 that take the fast path.
bool is_utf8_name(std::string_view name) noexcept {
    std::string lower;
    for (char c : name)
        if (c != '-' && c != '_') lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == "utf8";
}

// Rank of a converter charset detection may choose (lower wins a tie), or -1.
// Short inputs get the same low confidence for many charsets; mainland GB18030
// wins those ties.
int preference(std::string_view name) noexcept {
    if (name == "GB18030") return 0;
    if (name == "Big5") return 1;
    if (name == "UTF-16LE" || name == "UTF-16BE") return 2;
    return -1;
}

}  // namespace

namespace source_detail {

std::string_view bom_encoding(std::string_view bytes, std::size_t& bom_length) noexcept {
    for (const auto& bom : boms) {
        if (bytes.starts_with(bom.bytes)) {
            bom_length = bom.bytes.size();
            return bom.encoding;
        }
    }
    bom_length = 0;
    return {};
}

std::string_view utf16_without_bom(std::string_view bytes) noexcept {
    const std::size_t n = std::min(bytes.size(), detection_window) & ~std::size_t{1};
    if (n < 4) return {};
    std::size_t even_nul = 0;
    std::size_t odd_nul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        if (bytes[i] == '\0') ++even_nul;
        if (bytes[i + 1] == '\0') ++odd_nul;
    }
    const std::size_t pairs = n / 2;
    // ASCII in UTF-16 puts a NUL in every unit; Chinese text has few, so ask for a
    // clear majority of one side and nearly none on the other.
    if (odd_nul * 4 >= pairs && even_nul * 20 <= odd_nul) return "UTF-16LE";
    if (even_nul * 4 >= pairs && odd_nul * 20 <= even_nul) return "UTF-16BE";
    return {};
}

bool mostly_utf8(std::string_view bytes) noexcept {
    std::size_t multibyte = 0;
    std::size_t invalid = 0;
    const std::size_t n = std::min(bytes.size(), detection_window);
    const std::string_view window = bytes.substr(0, n);
    for (std::size_t i = 0; i < n;) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(window, i);
        if (cp == utf8::invalid) {
            // A sequence cut by the window's end is not evidence either way.
            if (at + 4 < n) ++invalid;
        } else if (i - at > 1) {
            ++multibyte;
        }
    }
    // Legacy Chinese encodings are invalid UTF-8 at nearly every character.
    return multibyte >= 4 && invalid * 5 <= multibyte;
}

std::string detect_with_icu(std::string_view bytes) {
    const std::size_t n = std::min(bytes.size(), detection_window);
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
    if (U_FAILURE(status)) return {};
    ucsdet_setText(detector.getAlias(), bytes.data(), static_cast<int32_t>(n), &status);
    if (U_FAILURE(status)) return {};
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
    if (U_FAILURE(status) || matches == nullptr) return {};
    std::string best;
    int32_t best_confidence = -1;
    int best_rank = 0;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode match_status = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &match_status);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &match_status);
        if (U_FAILURE(match_status) || name == nullptr) continue;
        const int rank = preference(name);
        if (rank < 0) continue;
        // ICU gives UTF-16 a floor of 10 on any even-length input: that is no evidence.
        if (rank == 2 && confidence <= 10) continue;
        if (confidence > best_confidence || (confidence == best_confidence && rank < best_rank)) {
            best = name;
            best_confidence = confidence;
            best_rank = rank;
        }
    }
    return best;
}

}  // namespace source_detail

DecodedText decode(std::string_view bytes, const Options& options) {
    using namespace source_detail;
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max()) - 16) {
        fail(ErrorCode::limit_exceeded, "input too large to decode", options);
    }

    DecodedText out;
    std::vector<BadRun> runs;
    std::size_t start = 0;
    std::string encoding;
    if (!options.encoding.empty()) {
        encoding = options.encoding;
    } else if (const auto bom = bom_encoding(bytes, start); !bom.empty()) {
        encoding = bom;
    } else if (const auto utf16 = utf16_without_bom(bytes); !utf16.empty()) {
        encoding = utf16;
    } else if (utf8::valid(bytes) || mostly_utf8(bytes)) {
        encoding = "UTF-8";
    } else {
        encoding = detect_with_icu(bytes);
        // Nothing acceptable: GB18030 decodes the most, and the policy reports the rest.
        if (encoding.empty()) encoding = "GB18030";
    }

    if (is_utf8_name(encoding)) {
        if (bytes.substr(start).starts_with("\xEF\xBB\xBF")) start += 3;
        out.text = decode_utf8(bytes, start, runs);
        out.encoding = "UTF-8";
    } else {
        out.text = decode_icu(bytes, start, encoding, options, runs);
        out.encoding = encoding;
        // NUL characters decoded from multi-byte encodings are as unwanted as NUL bytes.
        if (out.text.find('\0') != std::string::npos) {
            const std::size_t w = unit_width(encoding);
            for (std::size_t i = start; i + w <= bytes.size(); i += w) {
                bool all_zero = true;
                for (std::size_t k = 0; k < w; ++k) all_zero = all_zero && bytes[i + k] == '\0';
                if (all_zero) add_bad(runs, i, w);
            }
            std::sort(runs.begin(), runs.end(),
                      [](const BadRun& a, const BadRun& b) { return a.offset < b.offset; });
            std::string cleaned;
            cleaned.reserve(out.text.size());
            for (char c : out.text) {
                if (c == '\0') {
                    if (!cleaned.ends_with("\xEF\xBF\xBD")) cleaned += "\xEF\xBF\xBD";
                } else {
                    cleaned += c;
                }
            }
            out.text = std::move(cleaned);
        }
    }
    if (out.text.starts_with("\xEF\xBB\xBF")) out.text.erase(0, 3);  // a BOM after a forced encoding
    apply_policy(runs, bytes, out.encoding, options, out);
    return out;
}

}  // namespace jindu

namespace jindu::source_detail {

namespace {

// Marks that the converter substituted bytes that did not decode.
void mark_substitution(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                       UConverterCallbackReason reason, UErrorCode* status) {
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
    *static_cast<bool*>(const_cast<void*>(context)) = true;
    *status = U_ZERO_ERROR;
    static constexpr UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

}  // namespace

std::vector<std::size_t> original_offsets(std::string_view bytes, std::string_view encoding,
                                          std::span<const std::size_t> text_offsets) {
    std::vector<std::size_t> out(text_offsets.size(), Location::unknown_offset);
    if (text_offsets.empty()) return out;
    std::vector<std::size_t> order(text_offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return text_offsets[a] < text_offsets[b]; });

    std::size_t start = 0;
    const std::string_view bom = bom_encoding(bytes, start);
    if (!bom.empty() && bom != encoding) start = 0;  // a forced encoding reads the BOM as text
    const bool utf8_input = is_utf8_name(encoding);
    icu::LocalUConverterPointer converter;
    bool substituted = false;
    if (!utf8_input) {
        UErrorCode status = U_ZERO_ERROR;
        converter.adoptInstead(ucnv_open(std::string(encoding).c_str(), &status));
        if (U_FAILURE(status) || converter.isNull()) return out;
        ucnv_setToUCallBack(converter.getAlias(), mark_substitution, &substituted, nullptr, nullptr, &status);
        if (U_FAILURE(status)) return out;
    }

    // Walks the input a character at a time, as decode() reads it, counting
    // the UTF-8 bytes each character became: a run of bad bytes (or NULs) is
    // one U+FFFD there, and a BOM nothing.
    std::size_t text = 0;
    std::size_t next = 0;  // index into order
    bool in_bad = false;
    const char* source = bytes.data() + start;
    const char* const end = bytes.data() + bytes.size();
    while (next < order.size()) {
        const auto at = static_cast<std::size_t>(source - bytes.data());
        while (next < order.size() && text_offsets[order[next]] <= text) out[order[next++]] = at;
        if (source == end || next == order.size()) break;
        char32_t cp = 0;
        bool bad = false;
        if (utf8_input) {
            std::size_t i = at;
            cp = utf8::next(bytes, i);
            source = bytes.data() + i;
            bad = cp == utf8::invalid || cp == 0;
        } else {
            UErrorCode status = U_ZERO_ERROR;
            substituted = false;
            cp = static_cast<char32_t>(ucnv_getNextUChar(converter.getAlias(), &source, end, &status));
            if (U_FAILURE(status)) break;
            bad = substituted || cp == 0;
        }
        if (at == start && cp == 0xFEFF && !bad) continue;  // a BOM after a forced encoding
        if (bad) {
            if (!in_bad) text += 3;
        } else {
            text += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        in_bad = bad;
    }
    return out;
}

}  // namespace jindu::source_detail
