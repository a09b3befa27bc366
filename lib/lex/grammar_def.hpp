// Definitions of the rules declared in grammar.hpp. Included by grammar.cpp only.
#pragma once

#include "lex/grammar.hpp"
#include "lex/static_symbols.hpp"

namespace jindu::lex {

namespace grammar {

using x3::lit;
using x3::repeat;
namespace ascii = x3::ascii;

// Every numeral token in one table, so that reading a token is one lookup:
// Chinese digits as folded text writes them (traditional forms fold to
// these); the multipliers, small ones inside a group of four digits and big
// ones between groups; and the marks 点 几 多 余 负.
inline constexpr auto numeral_tokens = make_symbols<Token>({
    {"零", {Piece::zero, 0}}, {"〇", {Piece::zero, 0}},
    {"一", {Piece::digit, 1}}, {"壹", {Piece::digit, 1}},
    {"二", {Piece::digit, 2}}, {"两", {Piece::digit, 2}}, {"俩", {Piece::digit, 2}}, {"贰", {Piece::digit, 2}},
    {"三", {Piece::digit, 3}}, {"叁", {Piece::digit, 3}}, {"参", {Piece::digit, 3}},
    {"四", {Piece::digit, 4}}, {"肆", {Piece::digit, 4}},
    {"五", {Piece::digit, 5}}, {"伍", {Piece::digit, 5}},
    {"六", {Piece::digit, 6}}, {"陆", {Piece::digit, 6}},
    {"七", {Piece::digit, 7}}, {"柒", {Piece::digit, 7}},
    {"八", {Piece::digit, 8}}, {"捌", {Piece::digit, 8}},
    {"九", {Piece::digit, 9}}, {"玖", {Piece::digit, 9}},
    {"廿", {Piece::tens, 20}}, {"卅", {Piece::tens, 30}},
    {"十", {Piece::small, 10}}, {"拾", {Piece::small, 10}},
    {"百", {Piece::small, 100}}, {"佰", {Piece::small, 100}},
    {"千", {Piece::small, 1000}}, {"仟", {Piece::small, 1000}},
    {"万", {Piece::big, 1e4}}, {"亿", {Piece::big, 1e8}}, {"兆", {Piece::big, 1e12}},
    {"点", {Piece::point, 0}}, {"几", {Piece::some, 0}},
    {"多", {Piece::approx, 0}}, {"余", {Piece::approx, 0}}, {"负", {Piece::minus, 0}},
});

// Every unit and measure word with its kind: the one table the lexer knows units from.
inline constexpr auto units = make_symbols<UnitInfo>({
    // counts
    {"个", {Kind::count, "个"}}, {"所", {Kind::count, "所"}}, {"套", {Kind::count, "套"}},
    {"间", {Kind::count, "间"}}, {"套(间)", {Kind::count, "套(间)"}}, {"户", {Kind::count, "户"}},
    {"人", {Kind::count, "人"}}, {"人次", {Kind::count, "人次"}}, {"名", {Kind::count, "名"}},
    {"例", {Kind::count, "例"}}, {"条", {Kind::count, "条"}}, {"座", {Kind::count, "座"}},
    {"处", {Kind::count, "处"}}, {"家", {Kind::count, "家"}}, {"台", {Kind::count, "台"}},
    {"辆", {Kind::count, "辆"}}, {"张", {Kind::count, "张"}}, {"盏", {Kind::count, "盏"}},
    {"部", {Kind::count, "部"}}, {"幢", {Kind::count, "幢"}}, {"栋", {Kind::count, "栋"}},
    {"场", {Kind::count, "场"}}, {"场次", {Kind::count, "场次"}}, {"次", {Kind::count, "次"}},
    {"项", {Kind::count, "项"}}, {"件", {Kind::count, "件"}}, {"份", {Kind::count, "份"}},
    {"位", {Kind::count, "位"}}, {"只", {Kind::count, "只"}}, {"双", {Kind::count, "双"}},
    {"对", {Kind::count, "对"}}, {"块", {Kind::count, "块"}}, {"章", {Kind::count, "章"}},
    {"种", {Kind::count, "种"}}, {"批", {Kind::count, "批"}}, {"支", {Kind::count, "支"}},
    {"艘", {Kind::count, "艘"}}, {"架", {Kind::count, "架"}}, {"棵", {Kind::count, "棵"}},
    {"颗", {Kind::count, "颗"}}, {"粒", {Kind::count, "粒"}}, {"枚", {Kind::count, "枚"}},
    {"株", {Kind::count, "株"}}, {"头", {Kind::count, "头"}}, {"本", {Kind::count, "本"}},
    {"册", {Kind::count, "册"}}, {"篇", {Kind::count, "篇"}}, {"期", {Kind::count, "期"}},
    {"班", {Kind::count, "班"}}, {"届", {Kind::count, "届"}}, {"款", {Kind::count, "款"}},
    {"床", {Kind::count, "床"}}, {"张床", {Kind::count, "张床"}}, {"口", {Kind::count, "口"}},
    {"眼", {Kind::count, "眼"}}, {"片", {Kind::count, "片"}}, {"宗", {Kind::count, "宗"}},
    {"笔", {Kind::count, "笔"}}, {"组", {Kind::count, "组"}}, {"队", {Kind::count, "队"}},
    {"根", {Kind::count, "根"}}, {"扇", {Kind::count, "扇"}}, {"门", {Kind::count, "门"}},
    {"级", {Kind::count, "级"}}, {"类", {Kind::count, "类"}}, {"车次", {Kind::count, "车次"}},
    {"把", {Kind::count, "把"}}, {"辆次", {Kind::count, "辆次"}}, {"趟", {Kind::count, "趟"}},
    {"班次", {Kind::count, "班次"}}, {"批次", {Kind::count, "批次"}}, {"剂", {Kind::count, "剂"}},
    {"剂次", {Kind::count, "剂次"}}, {"针次", {Kind::count, "针次"}}, {"例次", {Kind::count, "例次"}},
    {"台次", {Kind::count, "台次"}}, {"台套", {Kind::count, "台套"}}, {"户次", {Kind::count, "户次"}},
    {"家次", {Kind::count, "家次"}}, {"架次", {Kind::count, "架次"}}, {"册次", {Kind::count, "册次"}},
    {"件次", {Kind::count, "件次"}}, {"份次", {Kind::count, "份次"}}, {"艘次", {Kind::count, "艘次"}},
    // length
    {"公里", {Kind::length, "公里"}}, {"千米", {Kind::length, "千米"}}, {"米", {Kind::length, "米"}},
    {"延米", {Kind::length, "延米"}}, {"厘米", {Kind::length, "厘米"}}, {"毫米", {Kind::length, "毫米"}},
    {"公分", {Kind::length, "公分"}}, {"km", {Kind::length, "km"}}, {"m", {Kind::length, "m"}},
    {"cm", {Kind::length, "cm"}}, {"mm", {Kind::length, "mm"}},
    // area
    {"平方米", {Kind::area, "平方米"}}, {"平方公里", {Kind::area, "平方公里"}},
    {"平方千米", {Kind::area, "平方千米"}}, {"平米", {Kind::area, "平方米"}},
    {"亩", {Kind::area, "亩"}}, {"公顷", {Kind::area, "公顷"}}, {"㎡", {Kind::area, "平方米"}},
    {"m²", {Kind::area, "平方米"}}, {"m2", {Kind::area, "平方米"}},
    // volume
    {"立方米", {Kind::volume, "立方米"}}, {"立方", {Kind::volume, "立方米"}}, {"m³", {Kind::volume, "立方米"}},
    {"升", {Kind::volume, "升"}}, {"吨/日", {Kind::rate, "吨/日"}},
    // weight
    {"吨", {Kind::weight, "吨"}}, {"公斤", {Kind::weight, "公斤"}}, {"千克", {Kind::weight, "千克"}},
    {"斤", {Kind::weight, "斤"}}, {"克", {Kind::weight, "克"}}, {"kg", {Kind::weight, "kg"}},
    // money
    {"元", {Kind::money, "元"}}, {"块钱", {Kind::money, "元"}}, {"美元", {Kind::money, "美元"}},
    // duration
    {"年", {Kind::duration, "年"}}, {"个月", {Kind::duration, "个月"}}, {"月", {Kind::duration, "月"}},
    {"天", {Kind::duration, "天"}}, {"日", {Kind::duration, "日"}}, {"小时", {Kind::duration, "小时"}},
    {"分钟", {Kind::duration, "分钟"}}, {"秒", {Kind::duration, "秒"}}, {"周", {Kind::duration, "周"}},
    {"个工作日", {Kind::duration, "个工作日"}}, {"工作日", {Kind::duration, "工作日"}},
    {"学时", {Kind::duration, "学时"}}, {"课时", {Kind::duration, "课时"}}, {"季度", {Kind::duration, "季度"}},
    {"个季度", {Kind::duration, "个季度"}}, {"星期", {Kind::duration, "星期"}}, {"个星期", {Kind::duration, "个星期"}},
    // age
    {"周岁", {Kind::age, "周岁"}}, {"岁", {Kind::age, "岁"}},
    // other measures
    {"千瓦", {Kind::other, "千瓦"}}, {"兆瓦", {Kind::other, "兆瓦"}}, {"千伏", {Kind::other, "千伏"}},
    {"微克/立方米", {Kind::other, "微克/立方米"}}, {"毫克/立方米", {Kind::other, "毫克/立方米"}},
    {"毫克/升", {Kind::other, "毫克/升"}}, {"倍", {Kind::other, "倍"}}, {"分", {Kind::other, "分"}}, {"度", {Kind::other, "度"}},
    // percentages and ratios
    {"%", {Kind::percent, "%"}}, {"个百分点", {Kind::percentage_point, "个百分点"}},
    {"百分点", {Kind::percentage_point, "个百分点"}},
    {"成", {Kind::percent, "%", Scale::tenth}}, {"折", {Kind::percent, "%", Scale::discount}},
    {"打", {Kind::other, "", Scale::dozen}},
});

inline constexpr auto qualifiers_after = make_symbols<Qualifier>({
    {"以上", Qualifier::at_least}, {"及以上", Qualifier::at_least},
    {"以下", Qualifier::at_most}, {"及以下", Qualifier::at_most}, {"以内", Qualifier::at_most},
    {"之内", Qualifier::at_most}, {"左右", Qualifier::about}, {"上下", Qualifier::about},
    {"多", Qualifier::more_than}, {"余", Qualifier::more_than}, {"有余", Qualifier::more_than},
});

// Names whose numeral is no amount. Most such words are already left alone
// because their numeral stands bare before a non-unit character (一站式);
// these are the ones where a measure word follows the numeral.
inline constexpr auto names = make_symbols<NameInfo>({
    {"一站式", {}}, {"两慢病", {}}, {"五个坚持", {}}, {"三级联动", {}}, {"两癌", {}},
    {"一件事", {}}, {"一次性", {}}, {"一部分", {}},
    {"一条龙", {}}, {"一张网", {}}, {"一张图", {}}, {"一张蓝图", {}}, {"一门式", {}},
    {"一体化", {}}, {"一批次", {}}, {"一个中心", {}}, {"两个维护", {}}, {"两个确立", {}},
    {"四个意识", {}}, {"四个自信", {}}, {"四个全面", {}}, {"五位一体", {}}, {"一级", {}},
    {"二级", {}}, {"三级", {}}, {"四级", {}}, {"五级", {}}, {"一类", {}}, {"二类", {}},
    {"三类", {}}, {"四类", {}}, {"一号", {}}, {"一把手", {}}, {"一网通办", {}}, {"一网统管", {}},
    {"十四五", {}}, {"十五五", {}}, {"十三五", {}}, {"一口气", {}},
    {"一方", {}}, {"一头", {}}, {"一家人", {}}, {"十分", {}}, {"一度", {}}, {"一期", {}},
    {"一成不变", {}}, {"一时", {}}, {"一起", {}}, {"一号线", {}}, {"三个一批", {}}, {"四个一", {}},
    {"二期", {}}, {"三期", {}}, {"四期", {}},
});

const numeral_token_type numeral_token = "numeral_token";
const arabic_type arabic = "arabic";
const unit_type unit = "unit";
const qualifier_suffix_type qualifier_suffix = "qualifier_suffix";
const name_type name = "name";

const auto digit = ascii::digit;
const auto grouped = repeat(1, 3)[digit] >> +(lit(',') >> repeat(3)[digit]) >> !digit;
const auto integer = grouped | +digit;
const auto fraction = lit('.') >> +digit;
const auto exponent = (lit('e') | lit('E')) >> -(lit('+') | lit('-')) >> +digit;

const auto numeral_token_def = numeral_tokens;
const auto arabic_def = ((integer >> -fraction) | fraction) >> -exponent;
const auto unit_def = units;
const auto qualifier_suffix_def = qualifiers_after;
const auto name_def = names;

BOOST_SPIRIT_DEFINE(numeral_token, arabic, unit, qualifier_suffix, name)

}  // namespace grammar

grammar::numeral_token_type numeral_token() { return grammar::numeral_token; }
grammar::arabic_type arabic() { return grammar::arabic; }
grammar::unit_type unit() { return grammar::unit; }
grammar::qualifier_suffix_type qualifier_suffix() { return grammar::qualifier_suffix; }
grammar::name_type name() { return grammar::name; }

}  // namespace jindu::lex
