// scan: every quantity in free text. The text is folded once (source/fold.hpp);
// the scanner skips to characters that can start a numeral, reads the numeral
// and what follows it with the grammar's rules, applies the rules that tell
// quantities from years, dates, identifiers, ordinals, names and list
// markers, and maps each match back to the original bytes.
//
// Values: 万 and 亿 fold into the value (1.2 亿元 → 120000000 元). Percent forms
// give the value in percent with unit "%": 85%, 百分之八十五 → 85; 千分之二点四
// → 0.24; 九成 → 90; 九折 → 90. 个百分点 gives kind percentage_point. A plain
// fraction gives its value with no unit: 五分之一 → 0.2, kind other.
#include <jindu/quantity.hpp>

#include "common/utf8.hpp"
#include "lex/grammar.hpp"
#include "lex/numeral.hpp"
#include "lex/scan.hpp"
#include "source/fold.hpp"

#include <array>
#include <cstdint>
#include <cmath>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace jindu {

namespace {

using lex::Numeral;
using lex::Scale;
using lex::Token;
using lex::UnitInfo;
namespace x3 = boost::spirit::x3;
using namespace std::string_view_literals;

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_han(char32_t cp) noexcept {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

constexpr std::u32string_view numeral_chars =
    U"零〇一二两俩贰三叁参四肆五伍六陆七柒八捌九玖廿卅十拾百佰千仟万亿兆壹";
constexpr std::u32string_view capital_chars = U"壹贰叁参肆伍陆柒捌玖拾佰仟";

// Characters a quantity can start with: a bit per BMP code point, in
// read-only data.
class StartSet {
public:
    consteval StartSet() {
        for (char32_t cp : numeral_chars) set(cp);
        for (char32_t cp : std::u32string_view(U"负半打")) set(cp);
    }
    constexpr bool operator[](char32_t cp) const noexcept { return cp < 0x10000 && ((bits_[cp >> 6] >> (cp & 0x3F)) & 1); }

private:
    constexpr void set(char32_t cp) { bits_[cp >> 6] |= std::uint64_t{1} << (cp & 0x3F); }
    std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

constexpr StartSet start_chars;

const StartSet& start_set() { return start_chars; }

// Qualifiers written before a number, longest first.
struct Prefix {
    std::string_view word;
    Qualifier qualifier;
};
constexpr std::array<Prefix, 21> prefixes{{
    {"不少于", Qualifier::at_least}, {"不低于", Qualifier::at_least}, {"不超过", Qualifier::at_most},
    {"不高于", Qualifier::at_most},  {"不多于", Qualifier::at_most},  {"不足", Qualifier::at_most},
    {"超过", Qualifier::more_than},  {"多于", Qualifier::more_than},  {"高于", Qualifier::more_than},
    {"至少", Qualifier::at_least},   {"最少", Qualifier::at_least},   {"最多", Qualifier::at_most},
    {"至多", Qualifier::at_most},    {"少于", Qualifier::at_most},    {"低于", Qualifier::at_most},
    {"将近", Qualifier::about},      {"接近", Qualifier::about},      {"大约", Qualifier::about},
    {"超", Qualifier::more_than},    {"逾", Qualifier::more_than},    {"约", Qualifier::about},
}};

// One quantity being read, in folded text.
struct Found {
    double value = 0;
    std::optional<double> value_max;
    std::string_view unit;  // from the unit table
    std::string per;        // rate denominators: "/月/人"
    std::string_view also;  // a classifier in brackets after a count's unit: 套 of 台(套)
    Kind kind = Kind::other;
    Qualifier qualifier = Qualifier::none;
    const char* begin = nullptr;
    const char* end = nullptr;
    Numeral numeral;          // the (first) numeral
    bool has_unit = false;
    bool formula = false;     // a percent or fraction form (百分之, 分之, 成, 折)
    bool reject = false;      // read, but no quantity: skip to end
};

class Scanner {
public:
    // Scans folded, the fold of original.substr(base, …); offsets go to original
    // through `map`, or unchanged when it is null (folded text scanned as is).
    // With no original, quantities get no text.
    Scanner(std::string_view folded, const source::SparseFold* map, std::string_view original,
            std::size_t base, std::vector<Quantity>& out)
        : text_(folded.data()), last_(folded.data() + folded.size()), map_(map),
          original_(original), base_(base), out_(out) {}

    // Walks the text, trying a quantity at every character that can start one.
    void run() {
        const StartSet& starts = start_set();
        const char* p = text_;
        while (p < last_) {
            const auto b = static_cast<unsigned char>(*p);
            if (b < 0x80) {
                const char c = *p;
                const bool lead = is_digit(c) ||
                                  ((c == '.' || c == '-' || c == '+') && p + 1 < last_ &&
                                   (is_digit(p[1]) || p[1] == '.')) ||
                                  c == 'h' || c == 'w' || c == 'H' || c == 'W';
                p = lead ? step(p) : p + 1;
                continue;
            }
            if (b >= 0xE0 && b < 0xF0 && p + 2 < last_) {
                // Runs of Chinese text, a load per character (folded text is valid UTF-8).
                while (last_ - p >= 4) {
                    const std::uint32_t word = utf8::load_le32(p);
                    if (!utf8::three_byte_form(word) || starts[utf8::three_byte_code_point(word)]) break;
                    p += 3;
                }
                if (last_ - p < 3 || (static_cast<unsigned char>(*p) & 0xF0) != 0xE0) continue;
                const auto lead = static_cast<unsigned char>(*p);
                const auto cp = static_cast<char32_t>(((lead & 0x0Fu) << 12) |
                                                      ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 6) |
                                                      (static_cast<unsigned char>(p[2]) & 0x3Fu));
                p = starts[cp] ? step(p) : p + 3;
                continue;
            }
            p += b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1;
        }
    }

private:
    // ---- characters ----------------------------------------------------

    char32_t cp_at(const char* p, const char** next = nullptr) const noexcept {
        if (p >= last_) {
            if (next) *next = p;
            return 0;
        }
        std::size_t i = 0;
        const char32_t cp = utf8::next(std::string_view(p, static_cast<std::size_t>(last_ - p)), i);
        if (next) *next = p + i;
        return cp;
    }

    char32_t cp_before(const char* p, const char** start = nullptr) const noexcept {
        if (p <= text_) {
            if (start) *start = text_;
            return 0;
        }
        const char* q = p - 1;
        while (q > text_ && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
        if (start) *start = q;
        return cp_at(q);
    }

    const char* skip_spaces(const char* p) const noexcept {
        while (p < last_ && *p == ' ') ++p;
        return p;
    }

    // Byte loops rather than memcmp: the words are a few bytes long.
    static bool same(const char* p, std::string_view word) noexcept {
        for (std::size_t k = 0; k < word.size(); ++k)
            if (p[k] != word[k]) return false;
        return true;
    }

    bool starts_with(const char* p, std::string_view word) const noexcept {
        return static_cast<std::size_t>(last_ - p) >= word.size() && same(p, word);
    }

    bool ends_with(const char* p, std::string_view word) const noexcept {
        return static_cast<std::size_t>(p - text_) >= word.size() && same(p - word.size(), word);
    }

    // The same for literals, whose length is known without strlen.
    template <std::size_t N>
    bool starts_with(const char* p, const char (&word)[N]) const noexcept {
        return starts_with(p, std::string_view(word, N - 1));
    }
    template <std::size_t N>
    bool ends_with(const char* p, const char (&word)[N]) const noexcept {
        return ends_with(p, std::string_view(word, N - 1));
    }

    // Matches the words in order, spaces allowed between them; the end or nullptr.
    const char* spaced(const char* p, std::initializer_list<std::string_view> words) const noexcept {
        bool first = true;
        for (std::string_view w : words) {
            if (!first) p = skip_spaces(p);
            first = false;
            if (!starts_with(p, w)) return nullptr;
            p += w.size();
        }
        return p;
    }

    const char* skip_while(const char* p, bool (*keep)(char)) const noexcept {
        while (p < last_ && keep(*p)) ++p;
        return p;
    }

    static bool is_identifier_char(char c) noexcept {
        return is_digit(c) || is_alpha(c) || c == '_' || c == '-' || c == '.';
    }
    static bool is_dotted_char(char c) noexcept { return is_digit(c) || c == '.'; }
    static bool is_time_char(char c) noexcept { return is_digit(c) || c == ':'; }
    static bool is_date_char(char c) noexcept { return is_digit(c) || c == '/' || c == '-'; }
    static bool is_url_char(char c) noexcept {
        return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x80;
    }

    static bool in(char32_t cp, std::u32string_view set) noexcept { return set.find(cp) != std::u32string_view::npos; }

    // ---- numbers -------------------------------------------------------

    struct Number {
        Numeral numeral;
        double value = 0;
        const char* end = nullptr;
        bool reject = false;
        bool fraction = false;  // a/b
    };

    // Reads a number at p: an optional ASCII sign, a numeral, and what only
    // Arabic numbers take (a/b, ^n, k and M, a b/c); rejects dotted
    // sequences, times, slashed dates, phone numbers and identifiers whole.
    bool read_number(const char* p, Number& out) const {
        double sign = 1;
        const char* q = p;
        if ((*q == '-' || *q == '+') && q + 1 < last_ && (is_digit(q[1]) || q[1] == '.')) {
            sign = *q == '-' ? -1 : 1;
            ++q;
        }
        auto n = lex::read_numeral(q, last_);
        if (!n) return false;
        if (n->positional && !std::isnan(n->value)) {
            const char* after = skip_spaces(n->end);
            if (!starts_with(after, "折") && !starts_with(after, "年")) n = lex::read_numeral(q, n->first_end);
            if (!n) return false;
        }
        out.numeral = *n;
        out.end = n->end;
        if (std::isnan(n->value)) {
            out.reject = true;
            return true;
        }
        out.value = sign * n->value;
        if (n->chinese) return true;
        const char* e = n->end;
        if (e + 1 < last_ && *e == '.' && is_digit(e[1])) return reject_through(out, skip_while(e, is_dotted_char));
        if (e + 1 < last_ && *e == ':' && is_digit(e[1])) return reject_through(out, skip_while(e, is_time_char));
        const int digits = n->arabic_digits;
        const bool dash_after = e + 1 < last_ && *e == '-' && is_digit(e[1]);
        const bool dash_before = q - 1 > text_ && q[-1] == '-' && is_digit(q[-2]);
        if ((digits >= 7 && (dash_after || dash_before)) || (digits == 11 && *q == '1') ||
            (digits >= 3 && *q == '0' && dash_after))
            return reject_through(out, skip_while(e, is_date_char));
        if (*e == '^') {  // 2^5, 1.1^+23
            const char* x = e + 1;
            double exp_sign = 1;
            while (x < last_ && (*x == '-' || *x == '+')) exp_sign *= *x++ == '-' ? -1 : 1;
            const char* d = skip_while(x, [](char c) { return is_digit(c); });
            if (d > x) {
                const double power = lex::arabic_value(x, d);
                out.value = sign * std::pow(n->value, exp_sign * power);
                out.end = e = d;
                if (!std::isfinite(out.value)) return reject_through(out, d);
            }
        } else if (*e == '/' && e + 1 < last_ && is_digit(e[1])) {  // 3/5; 2024/6/29 is a date
            auto den = lex::read_numeral(e + 1, last_);
            if (den && !den->chinese) {
                if (den->end < last_ && *den->end == '/') return reject_through(out, skip_while(e, is_date_char));
                if (den->value != 0) {
                    out.value = sign * n->value / den->value;
                    out.fraction = true;
                    out.end = e = den->end;
                }
            }
        } else if (digits > 0 && e + 1 < last_ && *e == ' ' && is_digit(e[1])) {  // 1 3/5
            auto num = lex::read_numeral(e + 1, last_);
            if (num && !num->chinese && num->arabic_digits > 0 && num->end + 1 < last_ && *num->end == '/' &&
                is_digit(num->end[1])) {
                auto den = lex::read_numeral(num->end + 1, last_);
                if (den && !den->chinese && den->arabic_digits > 0 && den->value != 0 &&
                    !(den->end < last_ && *den->end == '/')) {
                    out.value = sign * (n->value + num->value / den->value);
                    out.fraction = true;
                    out.end = e = den->end;
                }
            }
        }
        const char* s = skip_spaces(e);
        if (s < last_ && (*s == 'k' || *s == 'K' || *s == 'M') && !(s + 1 < last_ && is_alpha(s[1]))) {
            out.value *= *s == 'M' ? 1e6 : 1e3;
            out.end = e = s + 1;
        }
        if (e < last_ && is_alpha(*e)) {
            const char* u = e;
            UnitInfo unit;
            if (!x3::parse(u, last_, lex::unit(), unit) || (u < last_ && is_alpha(*u)))
                return reject_through(out, skip_while(e, is_identifier_char));
        }
        return true;
    }

    static bool reject_through(Number& out, const char* end) {
        out.reject = true;
        out.end = end;
        return true;
    }

    // ---- one quantity --------------------------------------------------

    // Reads a numeral with its fraction, percent form or unit and the
    // qualifier after it; no context rules. False when nothing is there.
    bool read_quantity(const char* p, Found& f) const {
        f.begin = p;
        // 万分之三, 万万分之七: denominators that start with a big multiplier.
        if (starts_with(p, "万") || starts_with(p, "亿")) {
            double den = 1;
            const char* q = p;
            for (;;) {
                if (starts_with(q, "万")) den *= 1e4;
                else if (starts_with(q, "亿")) den *= 1e8;
                else break;
                q += 3;
            }
            const char* of = spaced(skip_spaces(q), {"分"sv, "之"sv});
            Number num;
            if (!of || !read_number(skip_spaces(of), num)) return false;
            return percent_of(f, num, den);
        }
        Number a;
        if (!read_number(p, a)) return false;
        f.numeral = a.numeral;
        f.value = a.value;
        f.end = a.end;
        if (a.reject) {
            f.reject = true;
            skip_unit(f);
            return true;
        }
        if (a.fraction) f.formula = true;
        if (!a.fraction && fraction(a, f)) return true;
        read_unit(f);
        read_qualifier_after(f);
        return true;
    }

    // 百分之五 (percent), 五分之一 and 三又三分之一 (fractions).
    bool fraction(const Number& a, Found& f) const {
        const char* s = skip_spaces(a.end);
        double whole = 0;
        Number den = a;
        if (starts_with(s, "又")) {
            Number d;
            if (!read_number(skip_spaces(s + 3), d) || d.reject) return false;
            whole = a.value;
            den = d;
            s = skip_spaces(d.end);
        }
        const char* of = spaced(s, {"分"sv, "之"sv});
        if (!of) return false;
        Number num;
        if (!read_number(skip_spaces(of), num)) return false;
        const Numeral& d = den.numeral;
        const bool percent_style = whole == 0 && d.chinese && !d.arabic && d.weak && d.multiplier && d.value != 10;
        if (percent_style) return percent_of(f, num, den.value);
        f.end = num.end;
        f.formula = true;
        // 五百分之2.2 is no fraction anyone writes
        if (num.reject || den.value == 0 || (num.numeral.fractional && !num.numeral.chinese)) {
            f.reject = true;
            return true;
        }
        const double part = num.value / den.value;
        f.value = whole < 0 ? whole - part : whole + part;
        return true;
    }

    // 百分之 / 千分之 / 万分之 num: a percent.
    bool percent_of(Found& f, const Number& num, double den) const {
        f.end = num.end;
        f.formula = true;
        if (num.reject) {
            f.reject = true;
            return true;
        }
        f.numeral = num.numeral;
        f.value = num.value * 100 / den;
        f.unit = "%";
        f.kind = Kind::percent;
        f.has_unit = true;
        read_qualifier_after(f);
        return true;
    }

    // Skips the unit after a rejected number so its parts are not read again.
    void skip_unit(Found& f) const {
        const char* u = skip_spaces(f.end);
        UnitInfo unit;
        if (x3::parse(u, last_, lex::unit(), unit)) f.end = u;
    }

    // The unit or measure word after the number, with 成 and 折 turned into
    // percents and rates (元/月/人) marked.
    void read_unit(Found& f) const {
        const char* s = skip_spaces(f.end);
        if (const char* e = spaced(s, {"个"sv, "百"sv, "分"sv, "点"sv}); e || (e = spaced(s, {"百"sv, "分"sv, "点"sv}))) {
            set_unit(f, e, Kind::percentage_point, "个百分点");
            return;
        }
        // 7 2 折: two digits read as one discount
        if (f.numeral.arabic_digits == 1 && f.end < last_ && *f.end == ' ') {
            const char* t = skip_spaces(s);
            if (t + 1 < last_ && is_digit(*t) && !is_digit(t[1])) {
                if (const char* e = spaced(skip_spaces(t + 1), {"折"sv})) {
                    f.value = f.value * 10 + (*t - '0');
                    set_unit(f, e, Kind::percent, "%");
                    f.formula = true;
                    return;
                }
            }
        }
        const char* u = s;
        UnitInfo unit;
        if (!x3::parse(u, last_, lex::unit(), unit)) return;
        if (is_alpha(unit.name.empty() ? 'x' : unit.name.front()) && u < last_ && is_alpha(*u)) return;
        switch (unit.scale) {
        case Scale::none:
            set_unit(f, u, unit.kind, unit.name);
            break;
        case Scale::dozen:
            f.value *= 12;
            f.end = u;
            f.has_unit = true;
            break;
        case Scale::tenth: {  // 九成 90 %, 三成半 35 %, 七成六 76 %
            f.value *= 10;
            f.formula = true;
            set_unit(f, u, Kind::percent, "%");
            if (starts_with(u, "半")) {
                f.value += 5;
                f.end = u + 3;
            } else if (const char* t = skip_spaces(u); t < last_) {
                Token digit;
                const char* d = t;
                if (!f.numeral.fractional && x3::parse(d, last_, lex::numeral_token(), digit) &&
                    digit.piece == lex::Piece::digit && !start_set()[cp_at(d)] &&
                    !in(cp_at(d), U"成折")) {
                    f.value += digit.value;
                    f.end = d;
                }
            }
            break;
        }
        case Scale::discount: {  // 九折 90 %, 75 折 75 %, 三八折 38 %
            const double v = std::fabs(f.value);
            f.formula = true;
            if (v > 0 && v < 10) f.value *= 10;
            else if (!(v > 10 && v < 100 && std::floor(v) == v)) {
                f.end = u;
                f.reject = true;
                return;
            }
            set_unit(f, u, Kind::percent, "%");
            break;
        }
        }
        // A second classifier in brackets is part of a count's unit: 台(套), 个(处).
        if (f.has_unit && f.kind == Kind::count && unit.scale == Scale::none && f.end + 1 < last_ && *f.end == '(') {
            const char* a = f.end + 1;
            UnitInfo also;
            if (x3::parse(a, last_, lex::unit(), also) && also.kind == Kind::count && also.scale == Scale::none &&
                a < last_ && *a == ')' && f.unit.find('(') == std::string_view::npos) {
                f.also = also.name;
                f.end = a + 1;
            }
        }
        // rates: 元/月/人
        while (f.has_unit && f.end + 1 < last_ && *f.end == '/') {
            const char* r = f.end + 1;
            UnitInfo per;
            if (!x3::parse(r, last_, lex::unit(), per) || per.scale != Scale::none) break;
            f.per += '/';
            f.per += per.name;
            f.kind = Kind::rate;
            f.end = r;
        }
    }

    static void set_unit(Found& f, const char* end, Kind kind, std::string_view name) {
        f.unit = name;
        f.kind = kind;
        f.has_unit = true;
        f.end = end;
    }

    // 以上, 以下, 左右, 多 … after the number or its unit.
    void read_qualifier_after(Found& f) const {
        if (f.reject) return;
        const char* q = f.end;
        Qualifier qualifier = Qualifier::none;
        if (!x3::parse(q, last_, lex::qualifier_suffix(), qualifier)) return;
        // 多 and 余 after a unit start words as often as they qualify (5 所多功能)
        if (qualifier == Qualifier::more_than && is_han(cp_at(q)) && !starts_with(f.end, "有余")) return;
        if (f.qualifier == Qualifier::none || f.qualifier == Qualifier::more_than) f.qualifier = qualifier;
        f.end = q;
    }

    // ---- context -------------------------------------------------------

    // True when a Chinese numeral standing alone (no unit) may be read here.
    bool bare_allowed(const Found& f) const {
        const Numeral& n = f.numeral;
        const char32_t before = cp_before(f.begin);
        const char32_t after = cp_at(f.end);
        const bool after_ok = !is_han(after) || in(after, U"的那这不却而");
        const bool before_ok = !is_han(before) || in(before, U"是有前");
        // A lone capital (伍, 陆, 拾) is a word far more often than a number: nothing Chinese may follow it.
        if (n.weak) return before_ok && after_ok && !(is_capital(f.begin) && is_han(after) && n.pieces == 1);
        return !is_han(after) || in(after, U"的那这不却而") || in(after, numeral_chars);
    }

    bool is_capital(const char* p) const noexcept { return in(cp_at(p), capital_chars); }

    // A list marker: 1. 2. 一、 (一) (1) at the start of a line or item.
    bool list_marker(const Found& f) const {
        const Numeral& n = f.numeral;
        if (f.has_unit || f.formula || n.fractional || f.value < 0 || f.value > 99) return false;
        const char32_t before = cp_before(f.begin);
        const char32_t after = cp_at(f.end);
        if (before == '(' && after == ')') return true;
        const bool item_start = before == 0 || before == '\n' || before == '\r' || before == '\t' || before == ' ' ||
                                before == '>' || in(before, U"。；;：:，,");
        if (!item_start) return false;
        if (after == '.' && !(f.end + 1 < last_ && is_digit(f.end[1]))) return true;
        if (after != U'、') return false;
        if (n.chinese) return true;  // 一、
        // 1、 marks an item at the start of a line; elsewhere it lists numbers (1、2、3 号)
        const char* b = f.begin;
        while (b > text_ && (b[-1] == ' ' || b[-1] == '\t')) --b;
        return b == text_ || b[-1] == '\n' || b[-1] == '\r';
    }

    // Years, dates, quarters, identifiers and named numbers after the number.
    bool date_or_identifier(const Found& f) const {
        const bool integer = std::floor(f.value) == f.value && !f.formula;
        const double top = f.value_max.value_or(f.value);
        if (f.unit == "年")
            return (integer && (f.value >= 1000 || f.numeral.positional)) || starts_with(f.end, "度") ||
                   starts_with(f.end, "代");
        if (f.unit == "月") return integer && f.value >= 1 && top <= 12;
        if (f.unit == "日") return integer && f.value >= 1 && top <= 31;
        if (f.unit == "季度") return true;
        const char* after = skip_spaces(f.end);
        if (!f.has_unit && (starts_with(after, "号") || starts_with(after, "#") || starts_with(after, "热线")))
            return true;
        if (f.unit == "分钟" && starts_with(f.end, "生活圈")) return true;
        return false;
    }

    // Where the short quoted phrase around [begin, end) closes, or nullptr: a
    // slogan or a programme's name in quotes (“一次办”, “两癌”, “最多跑一次”)
    // names something, and its Chinese numerals are no amount.
    const char* quoted_name_end(const char* begin, const char* end) const noexcept {
        constexpr int longest_name = 10;  // code points inside the quotes
        constexpr std::u32string_view opening = U"“「『", closing = U"”」』", stops = U"，。；：,;:！？";
        int inside = 0;
        const char* p = begin;
        for (;; ++inside) {
            const char* start = nullptr;
            const char32_t cp = cp_before(p, &start);
            if (cp == 0 || inside > longest_name || in(cp, closing) || in(cp, stops)) return nullptr;
            if (in(cp, opening)) break;
            p = start;
        }
        for (p = end; inside <= longest_name; ++inside) {
            const char* next = nullptr;
            const char32_t cp = cp_at(p, &next);
            if (cp == 0 || in(cp, opening) || in(cp, stops)) return nullptr;
            if (in(cp, closing)) return next;
            p = next;
        }
        return nullptr;
    }

    // Qualifier written before the number (约 5 个, 超过 5 万元).
    Qualifier qualifier_before(const char* p) const noexcept {
        while (p > text_ && p[-1] == ' ') --p;
        if (!in(cp_before(p), U"于过足少多近约超逾")) return Qualifier::none;  // the last characters of prefixes
        for (const Prefix& prefix : prefixes)
            if (ends_with(p, prefix.word)) return prefix.qualifier;
        if (ends_with(p, "近") && !ends_with(p, "最近") && !ends_with(p, "附近")) return Qualifier::about;
        return Qualifier::none;
    }

    // 每人每月 300 元: one or more 每X (X of one or two characters) right
    // before; or 人均 300 元, 户均, 日均.
    bool rate_before(const char* p) const noexcept {
        while (p > text_ && p[-1] == ' ') --p;
        static constexpr std::array<std::string_view, 5> averages{"人均", "户均", "日均", "月均", "年均"};
        for (std::string_view average : averages)
            if (ends_with(p, average)) return true;
        bool any = false;
        for (;;) {
            const char* q = p;
            bool found = false;
            for (int len = 1; len <= 2 && !found; ++len) {
                const char* s = nullptr;
                if (!is_han(cp_before(q, &s))) break;
                q = s;
                if (ends_with(q, "每")) {
                    found = true;
                    p = q - 3;
                }
            }
            if (!found) return any;
            any = true;
        }
    }

    // ---- the step ------------------------------------------------------

    // Tries a quantity at p and returns where scanning goes on: always past p.
    const char* step(const char* p) {
        const char* q = at(p);
        if (q > p) return q;
        const auto b = static_cast<unsigned char>(*p);
        return p + (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1);
    }

    // Tries a quantity at p; emits it and returns where scanning goes on.
    const char* at(const char* p) {
        const char* next = nullptr;
        const char32_t cp = cp_at(p, &next);
        const char32_t before = cp_before(p);
        if (cp < 0x80 && is_alpha(static_cast<char>(cp))) return url(p);
        if (before < 0x80 && (is_alpha(static_cast<char>(before)) || before == '_'))
            return std::max(skip_while(p, is_identifier_char), next);  // S一: a numeral is no identifier char
        if ((cp == '-' || cp == '+') && (before == '-' || before == ')' || (before < 0x80 && is_digit(static_cast<char>(before)))))
            return next;
        if (cp == '.' && (before == '.' || (before < 0x80 && is_digit(static_cast<char>(before))))) return next;
        if (cp == U'打') {
            if (starts_with(next, "对折")) emit_fixed(next, next + 6, 50, Kind::percent);
            return next;
        }
        if (cp == U'半') return half(p, next);
        {  // names that contain numerals
            const char* q = p;
            lex::NameInfo info;
            if (x3::parse(q, last_, lex::name(), info)) return q;
        }
        Found f;
        if (!read_quantity(p, f)) return next;
        if (f.reject) return std::max(f.end, next);
        if (f.numeral.bare_multiplier && !f.formula) return next;  // 百分位, 千万不要
        if (in(before, U"数几") && f.numeral.chinese && !f.numeral.arabic) return f.end;  // 数十个, 几十万: vague
        if (f.numeral.chinese && !f.numeral.arabic)
            if (const char* close = quoted_name_end(p, f.end)) return close;
        range(f);
        if (f.reject) return std::max(f.end, next);
        const char* prev = p;
        while (prev > text_ && prev[-1] == ' ') --prev;
        if (ends_with(prev, "第")) return f.end;  // ordinal
        if (date_or_identifier(f) || list_marker(f)) return f.end;
        if (!f.has_unit && !f.formula && f.numeral.chinese && !f.value_max && !bare_allowed(f)) {
            // a weak numeral gives way: what follows it may start a quantity
            return f.numeral.weak ? next : f.end;
        }
        if (f.numeral.weak && f.has_unit && is_capital(p) && f.numeral.pieces == 1) {
            const char32_t b = cp_before(p);
            if (is_han(b) && !in(b, U"是有前")) return next;
        }
        if (const Qualifier q = qualifier_before(p); q != Qualifier::none && f.qualifier == Qualifier::none)
            f.qualifier = q;
        if (f.has_unit && f.kind != Kind::percent && f.kind != Kind::percentage_point && rate_before(p))
            f.kind = Kind::rate;
        emit(f);
        return f.end;
    }

    // 3-5 个, 八至十座, 10%至20%: a second quantity after a dash or 至.
    void range(Found& f) const {
        if (f.qualifier != Qualifier::none) return;
        const char* c = skip_spaces(f.end);
        const char* after = nullptr;
        static constexpr std::array<std::string_view, 6> dashes{"-", "~", "—", "–", "至", "到"};
        for (std::string_view dash : dashes)
            if (starts_with(c, dash)) after = c + dash.size();
        if (!after) return;
        if (starts_with(after, "—")) after += 3;  // ——
        Found g;
        if (!read_quantity(skip_spaces(after), g)) return;
        if (g.reject) return;
        if (f.has_unit && g.has_unit && f.unit != g.unit) return;
        if (f.has_unit && !g.has_unit) return;
        // 3-5 万元: the multiplier of the high end applies to the low end too
        const Numeral& low = f.numeral;
        const double scale = g.numeral.trailing_big;
        const double low_value =
            scale > 0 && !low.multiplier && !f.has_unit && f.value * scale <= g.value ? f.value * scale : f.value;
        if (g.value < low_value) return;
        f.value = low_value;
        f.value_max = g.value;
        if (!f.has_unit) {
            f.unit = g.unit;
            f.kind = g.kind;
            f.has_unit = g.has_unit;
        }
        f.formula = f.formula || g.formula;
        f.qualifier = g.qualifier;
        f.end = g.end;
    }

    // 半成 5 %, 半折 50 %, 半百 50.
    const char* half(const char* p, const char* next) {
        if (starts_with(next, "成")) emit_fixed(p, next + 3, 5, Kind::percent);
        else if (starts_with(next, "折")) emit_fixed(p, next + 3, 50, Kind::percent);
        else if (starts_with(next, "百")) emit_fixed(p, next + 3, 50, Kind::other);
        else return next;
        return next + 3;
    }

    // Skips a URL (nothing in it is a quantity) or one letter.
    const char* url(const char* p) const {
        if (starts_with(p, "http://") || starts_with(p, "https://") || starts_with(p, "www.") ||
            starts_with(p, "HTTP://") || starts_with(p, "HTTPS://") || starts_with(p, "WWW."))
            return skip_while(p, is_url_char);
        return skip_while(p, is_identifier_char);
    }

    void emit_fixed(const char* begin, const char* end, double value, Kind kind) {
        Found f;
        f.begin = begin;
        f.end = end;
        f.value = value;
        f.kind = kind;
        if (kind == Kind::percent) f.unit = "%";
        emit(f);
    }

    void emit(const Found& f) {
        const auto b = static_cast<std::size_t>(f.begin - text_);
        const auto e = static_cast<std::size_t>(f.end - text_);
        Quantity q;
        q.value = f.value == 0 ? 0 : f.value;  // no -0
        q.value_max = f.value_max;
        q.unit.reserve(f.unit.size() + f.per.size() + f.also.size() + 2);
        q.unit.append(f.unit);
        if (!f.also.empty()) q.unit.append("(").append(f.also).append(")");
        q.unit.append(f.per);
        q.kind = f.kind;
        q.qualifier = f.qualifier;
        if (f.numeral.approx && q.qualifier == Qualifier::none) q.qualifier = Qualifier::more_than;
        q.begin = base_ + (map_ ? map_->to_source(b) : b);
        q.end = base_ + (map_ ? map_->to_source(e) : e);
        if (!original_.empty()) q.text = std::string(original_.substr(q.begin, q.end - q.begin));
        out_.push_back(std::move(q));
    }

    const char* text_;
    const char* last_;
    const source::SparseFold* map_;
    std::string_view original_;
    std::size_t base_;
    std::vector<Quantity>& out_;
};

// The end of the piece of text that starts at begin: whole lines of at least
// 16 KiB, so the folded buffers stay small and in cache. A line longer than
// 64 KiB is cut after its last full stop, comma or space.
std::size_t piece_end(std::string_view text, std::size_t begin) noexcept {
    constexpr std::size_t least = 16 << 10;
    constexpr std::size_t most = 64 << 10;
    if (text.size() - begin <= most) return text.size();
    const std::string_view window = text.substr(begin + least, most - least);
    if (const std::size_t nl = window.find('\n'); nl != std::string_view::npos) return begin + least + nl + 1;
    static constexpr std::array<std::string_view, 5> stops{"。", "，", "；", ";", " "};
    for (std::string_view stop : stops) {
        if (const std::size_t at = window.rfind(stop); at != std::string_view::npos)
            return begin + least + at + stop.size();
    }
    std::size_t end = begin + most;  // no punctuation at all: cut between code points
    while (end > begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

// 1.62 万 is 16200, not the 16200.000000000002 that binary arithmetic gives:
// a value within a rounding error of a whole number is that number.
double tidy(double v) noexcept {
    const double whole = std::round(v);
    return std::abs(v - whole) <= 1e-14 * std::abs(v) ? whole : v;
}

// Scans text piece by piece into out; `fold` says whether each piece is folded
// first. Quantities read from folded text as is get no Quantity::text.
void scan_pieces(std::string_view utf8, bool fold, std::vector<Quantity>& out) {
    out.clear();
    thread_local source::SparseFold folded;  // reused: scan is called once per cell or line
    for (std::size_t begin = 0; begin < utf8.size();) {
        const std::size_t end = piece_end(utf8, begin);
        const std::string_view piece = utf8.substr(begin, end - begin);
        if (fold) {
            source::fold_text(piece, folded);
            Scanner(folded.text, &folded, utf8, begin, out).run();
        } else {
            Scanner(piece, nullptr, {}, begin, out).run();
        }
        // Size the result once, from how dense quantities are in the first piece.
        if (begin == 0 && end < utf8.size() && !out.empty())
            out.reserve(out.size() * (utf8.size() / end + 1) + out.size() / 8);
        begin = end;
    }
    for (Quantity& q : out) {
        q.value = tidy(q.value);
        if (q.value_max) q.value_max = tidy(*q.value_max);
    }
}

}  // namespace

std::vector<Quantity> scan(std::string_view utf8) {
    std::vector<Quantity> out;
    // A line or a cell holds two or three quantities most often: room for them
    // at once, instead of growing 1, 2, 4.
    if (utf8.size() >= 8) out.reserve(4);
    scan_pieces(utf8, true, out);
    return out;
}

namespace lex {

void scan_matching_view(std::string_view folded, std::vector<Quantity>& out) { scan_pieces(folded, false, out); }

std::vector<Quantity> scan_matching_view(std::string_view folded) {
    std::vector<Quantity> out;
    scan_pieces(folded, false, out);
    return out;
}

}  // namespace lex

}  // namespace jindu
