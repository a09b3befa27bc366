#include "lex/numeral.hpp"

#include "lex/grammar.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace jindu::lex {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr int max_pieces = 48;

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

struct Read {
    Piece piece = Piece::digit;
    double value = 0;
    const char* end = nullptr;
    bool arabic = false;
};

// Reads one piece: an Arabic number or one Chinese numeral token.
bool read_piece(const char* p, const char* last, Read& out) {
    const char* q = p;
    if (q < last && (is_digit(*q) || (*q == '.' && q + 1 < last && is_digit(q[1])))) {
        if (!x3::parse(q, last, arabic())) return false;
        out = {Piece::digit, arabic_value(p, q), q, true};
        return !std::isnan(out.value);
    }
    Token token;
    if (!x3::parse(q, last, numeral_token(), token)) return false;
    out = {token.piece, token.value, q, false};
    return true;
}

// Adds pieces one at a time, by the rules of Chinese numerals: digits times
// small multipliers make a group, 万 亿 兆 scale what is before them, 零 marks
// a gap, and a digit right after a multiplier stands for the next lower one
// (一万五 = 15000, 两千三 = 2300).
class Reader {
public:
    // Applies the next piece; false when the piece cannot continue the numeral.
    bool add(const Read& r) {
        const bool ok = apply(r);
        if (ok) {
            if (r.piece != Piece::approx) prev_big_ = r.piece == Piece::big;
            ++count_;
            (r.arabic ? arabic_ : chinese_) = true;
            prev_ = r.piece;
            prev_arabic_ = r.arabic;
        }
        return ok;
    }

    // True when the pieces so far make a whole numeral.
    bool complete() const noexcept {
        return started_ && !(in_fraction_ && !fraction_digits_);
    }

    double value() const noexcept {
        if (nonsense_) return nan;
        double v = 0;
        if (positional_) {
            v = positional_value_;
        } else {
            for (int i = 0; i < levels_; ++i) v += level_[static_cast<std::size_t>(i)].amount;
            v += group_;
            if (has_digit_) v += digit_tail_ ? digit_ * tail_unit_ / 10 : digit_;
        }
        return minus_ ? -v : v;
    }

    bool chinese() const noexcept { return chinese_; }
    bool arabic() const noexcept { return arabic_; }
    bool multiplier() const noexcept { return multiplier_; }
    bool positional() const noexcept { return positional_; }
    bool approx() const noexcept { return approx_; }
    bool fractional() const noexcept { return fraction_digits_ || arabic_fraction_; }
    bool has_digit_piece() const noexcept { return digit_pieces_ > 0; }
    bool bare_ten() const noexcept { return count_ == 1 && group_ == 10; }
    bool opens_with_hundreds() const noexcept { return opens_with_hundreds_; }
    // The big multiplier the numeral ends with (多 and 余 may follow it), else 0.
    double trailing_big() const noexcept { return !has_digit_ && group_ == 0 && prev_big_ ? last_unit_ : 0; }
    int count() const noexcept { return count_; }

private:
    struct Level {
        double amount;  // already scaled
        double scale;
    };

    bool apply(const Read& r) {
        switch (r.piece) {
        case Piece::minus:
            if (count_ > 0) return false;
            minus_ = true;
            return true;
        case Piece::point:
            return point();
        case Piece::zero:
        case Piece::digit:
            return digit(r);
        case Piece::some:
            if (has_digit_ || in_fraction_ || !started_ || approx_closed_) return false;
            has_digit_ = true;
            digit_ = 0;
            digit_tail_ = false;
            approx_ = true;
            return true;
        case Piece::approx:
            // 多 and 余 follow a multiplier (十多, 8 万多) or an Arabic number (80 多).
            if (!started_ || in_fraction_ || approx_closed_) return false;
            if (has_digit_ ? !prev_arabic_ : !(prev_ == Piece::small || prev_ == Piece::big || prev_ == Piece::tens))
                return false;
            approx_ = approx_closed_ = true;
            return true;
        case Piece::tens:
            if (in_fraction_ || approx_closed_ || has_digit_ || small_last_ != 0) return false;
            group_ += r.value;
            small_last_ = 10;
            after_multiplier(10);
            return true;
        case Piece::small:
            return small(r.value);
        case Piece::big:
            return big(r.value);
        }
        return false;
    }

    bool point() {
        if (in_fraction_ || !started_ || approx_closed_ || positional_) return false;
        if (has_digit_ && digit_tail_) {
            group_ += digit_ * tail_unit_ / 10;
            digit_ = 0;
        } else if (!has_digit_) {
            digit_ = 0;
        }
        has_digit_ = true;
        digit_tail_ = false;
        in_fraction_ = true;
        frac_scale_ = 0.1;
        return true;
    }

    bool digit(const Read& r) {
        const double d = r.value;
        if (in_fraction_) {
            if (r.arabic || prev_arabic_) return false;
            digit_ += d * frac_scale_;
            frac_scale_ /= 10;
            fraction_digits_ = true;
            return true;
        }
        if (approx_closed_) return false;
        if (has_digit_) {
            // Digits one after another (三八折, 二〇二四): read positionally.
            if (!positional_possible_ || r.arabic || prev_arabic_) return false;
            if (!positional_) positional_value_ = digit_;
            positional_ = true;
            positional_value_ = positional_value_ * 10 + d;
            has_digit_ = true;
            return true;
        }
        if (r.piece == Piece::zero) {
            after_zero_ = true;
            started_ = true;
            ++digit_pieces_;
            return true;
        }
        if (r.arabic && std::floor(d) != d) arabic_fraction_ = true;
        digit_tail_ = !r.arabic && !after_zero_ &&
                      (prev_ == Piece::small || prev_ == Piece::big || prev_ == Piece::tens) && count_ > 0;
        tail_unit_ = last_unit_;
        has_digit_ = true;
        digit_ = d;
        after_zero_ = false;
        started_ = true;
        ++digit_pieces_;
        return true;
    }

    bool small(double u) {
        if (in_fraction_ || approx_closed_) return false;
        if (positional_) {  // 二三十: "twenty or thirty" is no one number
            nonsense_ = true;
            return true;
        }
        if (small_last_ != 0 && u >= small_last_) return false;
        if (has_digit_) {
            group_ += digit_ * u;
            has_digit_ = false;
        } else {
            // 十 may open a numeral or follow 零 or a big multiplier (亿十万: 亿 and 十万)
            const bool leading = count_ == 0 || (count_ == 1 && minus_) || (u == 10 && prev_ == Piece::big);
            if (!leading && !after_zero_) return false;
            group_ += u;
        }
        if (count_ == 0 && u >= 100) opens_with_hundreds_ = true;
        small_last_ = u;
        after_multiplier(u);
        return true;
    }

    bool big(double b) {
        if (!started_ || (in_fraction_ && !fraction_digits_)) return false;
        if (positional_) {
            nonsense_ = true;
            return true;
        }
        const bool fresh = group_ != 0 || has_digit_;
        if (!fresh) {  // 万万, 万亿: scale the last level again
            if (levels_ == 0 || prev_ != Piece::big) return false;
            Level& top = level_[static_cast<std::size_t>(levels_ - 1)];
            top.amount *= b;
            top.scale *= b;
        } else {
            double amount = group_ + (has_digit_ ? digit_ : 0);
            double scale = 1;
            while (levels_ > 0 && level_[static_cast<std::size_t>(levels_ - 1)].scale < b) {
                const Level& below = level_[static_cast<std::size_t>(levels_ - 1)];
                amount += below.amount;
                scale = std::max(scale, below.scale);
                --levels_;
            }
            if (levels_ == static_cast<int>(level_.size())) return false;
            level_[static_cast<std::size_t>(levels_++)] = {amount * b, scale * b};
        }
        group_ = 0;
        has_digit_ = false;
        small_last_ = 0;
        in_fraction_ = false;
        after_multiplier(b);
        return true;
    }

    void after_multiplier(double u) {
        last_unit_ = u;
        after_zero_ = false;
        started_ = true;
        multiplier_ = true;
        positional_possible_ = false;
    }

    std::array<Level, 8> level_{};
    int levels_ = 0;
    double group_ = 0;
    double small_last_ = 0;
    double digit_ = 0;
    double tail_unit_ = 0;
    double last_unit_ = 0;
    double frac_scale_ = 0.1;
    double positional_value_ = 0;
    int count_ = 0;
    int digit_pieces_ = 0;
    Piece prev_ = Piece::minus;
    bool prev_arabic_ = false;
    bool has_digit_ = false;
    bool digit_tail_ = false;
    bool after_zero_ = false;
    bool started_ = false;
    bool in_fraction_ = false;
    bool fraction_digits_ = false;
    bool arabic_fraction_ = false;
    bool approx_ = false;
    bool approx_closed_ = false;
    bool minus_ = false;
    bool positional_ = false;
    bool positional_possible_ = true;
    bool nonsense_ = false;
    bool opens_with_hundreds_ = false;
    bool prev_big_ = false;
    bool chinese_ = false;
    bool arabic_ = false;
    bool multiplier_ = false;
};

// True when a unit longer than the multiplier at [p, piece_end) starts at p: 千米, 千克, 千瓦.
bool unit_follows(const char* p, const char* piece_end, const char* last) {
    UnitInfo info;
    const char* q = p;
    return x3::parse(q, last, unit(), info) && q > piece_end;
}

// True when a small multiplier (十 百 千) starts at p.
bool small_follows(const char* p, const char* last) {
    Token token;
    return x3::parse(p, last, numeral_token(), token) && token.piece == Piece::small;
}

const char* skip_spaces(const char* p, const char* last) noexcept {
    while (p < last && *p == ' ') ++p;
    return p;
}

}  // namespace

double arabic_value(const char* first, const char* last) noexcept {
    std::array<char, 64> buffer{};
    std::size_t n = 0;
    for (const char* p = first; p < last; ++p) {
        if (*p == ',') continue;
        if (n == buffer.size()) return nan;
        buffer[n++] = *p;
    }
    double v = 0;
    const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + n, v);
    if (ec != std::errc{} || end != buffer.data() + n) return nan;
    return v;
}

std::optional<Numeral> read_plain_integer(const char* first, const char* last) {
    const char* p = first;
    while (p < last && is_digit(*p)) ++p;
    const auto digits = static_cast<int>(p - first);
    // Up to 15 digits every integer is exact in a double, as from_chars would give it.
    if (digits == 0 || digits > 15) return std::nullopt;
    // What could continue the number: a group separator, a decimal point, an
    // exponent; after spaces or at once, a Chinese numeral token (5 万, 80多).
    const char* next = skip_spaces(p, last);
    if (next == p && next < last && (*next == ',' || *next == '.' || *next == 'e' || *next == 'E'))
        return std::nullopt;
    if (next < last && static_cast<unsigned char>(*next) >= 0x80) {
        Token token;
        if (x3::parse(next, last, numeral_token(), token)) return std::nullopt;
    }
    double value = 0;
    for (const char* d = first; d < p; ++d) value = value * 10 + (*d - '0');
    Numeral n;
    n.value = value;
    n.begin = first;
    n.end = p;
    n.first_end = p;
    n.pieces = 1;
    n.arabic = true;
    n.arabic_digits = digits;
    return n;
}

std::optional<Numeral> read_numeral(const char* first, const char* last) {
    if (auto plain = read_plain_integer(first, last)) return plain;
    return read_numeral_pieces(first, last);
}

std::optional<Numeral> read_numeral_pieces(const char* first, const char* last) {
    Reader reader;
    std::optional<Numeral> best;
    const char* p = first;
    const char* first_end = nullptr;
    bool spaced = false;
    int digits = 0;
    for (int i = 0; i < max_pieces; ++i) {
        const char* q = i == 0 ? p : skip_spaces(p, last);
        Read piece;
        if (!read_piece(q, last, piece)) break;
        // After a space an Arabic number, or a digit after decimal digits, starts
        // the next number: "1, 234" and "1.5 2" are two; "7万 5千" and "四百 点 五" are one.
        if (q != p && piece.arabic && !(reader.multiplier() && small_follows(piece.end, last))) break;
        if (q != p && reader.fractional() && piece.piece == Piece::digit) break;
        if (piece.piece == Piece::small && unit_follows(q, piece.end, last)) break;  // 20 千米 is 20 km
        if (!reader.add(piece)) break;
        if (q != p) spaced = true;
        if (i == 0) {
            first_end = piece.end;
            if (piece.arabic) {
                bool plain = true;
                for (const char* c = q; c < piece.end; ++c) plain = plain && is_digit(*c);
                digits = plain ? static_cast<int>(piece.end - q) : 0;
            }
        }
        p = piece.end;
        if (!reader.complete()) continue;
        Numeral n;
        n.value = reader.value();
        n.begin = first;
        n.end = p;
        n.first_end = first_end;
        n.pieces = reader.count();
        n.chinese = reader.chinese();
        n.arabic = reader.arabic();
        n.multiplier = reader.multiplier();
        n.positional = reader.positional();
        n.approx = reader.approx();
        n.fractional = reader.fractional();
        n.spaced = spaced;
        n.weak = n.chinese && !n.arabic && !n.fractional &&
                 (!n.multiplier || reader.bare_ten() || !reader.has_digit_piece());
        n.arabic_digits = n.pieces == 1 ? digits : 0;
        n.bare_multiplier = reader.opens_with_hundreds() && !reader.has_digit_piece();
        n.trailing_big = reader.trailing_big();
        best = n;
    }
    return best;
}

}  // namespace jindu::lex
