// The lexer's grammar: rules that read one numeral token, one Arabic number,
// one unit or measure word, one qualifier, or one name that contains a
// numeral, over folded UTF-8 (see source/fold.hpp). The scanner strings them
// together; definitions are in grammar_def.hpp, instantiated in grammar.cpp.
#pragma once

#include <jindu/quantity.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstdint>
#include <string_view>

namespace jindu::lex {

namespace x3 = boost::spirit::x3;

// One piece of a Chinese numeral.
enum class Piece : std::uint8_t {
    digit,   // 一 … 九, 两, 壹 …: value 1–9
    zero,    // 零 〇
    tens,    // 廿 卅: value 20, 30
    small,   // 十 百 千 (拾 佰 仟): value 10, 100, 1000
    big,     // 万 亿 兆: value 1e4, 1e8, 1e12
    point,   // 点
    some,    // 几: an unknown digit
    approx,  // 多 余: "and more"
    minus,   // 负
};

struct Token {
    Piece piece = Piece::digit;
    double value = 0;
};

// How a unit turns the number before it into the quantity's value.
enum class Scale : std::uint8_t {
    none,      // 5 所 → 5
    tenth,     // 成: 9 成 → 90 %
    discount,  // 折: 9 折 → 90 %, 75 折 → 75 %
    dozen,     // 打: 5 打 → 60
};

struct UnitInfo {
    Kind kind = Kind::other;
    std::string_view name;   // as DESIGN.md writes units: 个, 套(间), 公里, %
    Scale scale = Scale::none;
};

// A word that contains a numeral and names something (一站式, 两慢病).
struct NameInfo {
    std::uint8_t unused = 0;
};

using iterator_type = const char*;
using context_type = x3::unused_type;

namespace grammar {

// numeral_token = digit | multiplier | 点 | 几 | 多 | 余 | 负
using numeral_token_type = x3::rule<class numeral_token_class, Token>;
// arabic = (grouped | digits) ["." digits] [exponent] | "." digits [exponent]
using arabic_type = x3::rule<class arabic_class>;
// unit = longest measure word or unit: 个 | 套(间) | 平方米 | % | 个百分点 …
using unit_type = x3::rule<class unit_class, UnitInfo>;
// qualifier_suffix = 以上 | 以下 | 以内 | 左右 | 多 | 余 | 有余 …
using qualifier_suffix_type = x3::rule<class qualifier_suffix_class, Qualifier>;
// name = a fixed word that contains a numeral: 一站式 | 两慢病 | 五个坚持 …
using name_type = x3::rule<class name_class, NameInfo>;

BOOST_SPIRIT_DECLARE(numeral_token_type, arabic_type, unit_type, qualifier_suffix_type, name_type)

}  // namespace grammar

grammar::numeral_token_type numeral_token();
grammar::arabic_type arabic();
grammar::unit_type unit();
grammar::qualifier_suffix_type qualifier_suffix();
grammar::name_type name();

}  // namespace jindu::lex
