#include "lexicon/period.hpp"

#include "common/utf8.hpp"

#include <array>
#include <string>

namespace jindu::lexicon {

namespace {

// Value of a Chinese digit used in years and months (〇 一 … 九 十); -1 otherwise.
int chinese_digit(char32_t cp) {
    constexpr std::u32string_view digits = U"〇一二三四五六七八九";
    if (cp == U'零' || cp == U'○' || cp == U'O') return 0;
    const auto at = digits.find(cp);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t cp : s) utf8::append(out, cp);
    return out;
}

bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

// Month number written at s[i] in Arabic or Chinese (1..12); advances i.
int read_month(std::u32string_view s, std::size_t& i) {
    int value = 0;
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i]) && i - start < 2) value = value * 10 + static_cast<int>(s[i++] - U'0');
    if (i > start) return value >= 1 && value <= 12 ? value : 0;
    if (i < s.size() && s[i] == U'十') {
        ++i;
        value = 10;
        if (i < s.size() && chinese_digit(s[i]) > 0 && chinese_digit(s[i]) <= 2) value += chinese_digit(s[i++]);
        return value;
    }
    if (i < s.size() && chinese_digit(s[i]) > 0) {
        value = chinese_digit(s[i++]);
        if (i < s.size() && s[i] == U'十') {
            ++i;
            value *= 10;
            if (i < s.size() && chinese_digit(s[i]) > 0) value += chinese_digit(s[i++]);
        }
        return value >= 1 && value <= 12 ? value : 0;
    }
    return 0;
}

bool is_range_dash(char32_t cp) {
    return cp == U'-' || cp == U'—' || cp == U'–' || cp == U'~' || cp == U'～' || cp == U'至' || cp == U'到';
}

struct Word {
    std::u32string_view text;
    std::string_view code;
};

constexpr std::array period_words{
    Word{U"上半年", "H1"},   Word{U"半年度", "H1"},   Word{U"半年", "H1"},
    Word{U"下半年", "H2"},   Word{U"前三季度", "Q3"}, Word{U"第一季度", "Q1"},
    Word{U"第二季度", "Q2"}, Word{U"第三季度", "Q3"}, Word{U"第四季度", "Q4"},
    Word{U"一季度", "Q1"},   Word{U"二季度", "Q2"},   Word{U"三季度", "Q3"},
    Word{U"四季度", "Q4"},   Word{U"全年", "FY"},     Word{U"年终", "FY"},
    Word{U"年底", "FY"},
};

// Code for a cumulative period 1-N月.
std::string months_code(int last) {
    if (last == 3) return "Q1";
    if (last == 6) return "H1";
    if (last == 9) return "Q3";
    if (last == 12) return "FY";
    std::string code = "M";
    code += std::to_string(last);
    return code;
}

}  // namespace

std::optional<int> find_year(std::string_view folded_title) {
    const std::u32string s = decode(folded_title);
    for (std::size_t i = 0; i + 4 < s.size() + 1; ++i) {
        // 2024年: four Arabic digits 19xx or 20xx, then 年.
        if (i + 4 < s.size() && s[i + 4] == U'年' && is_digit(s[i]) && is_digit(s[i + 1]) &&
            is_digit(s[i + 2]) && is_digit(s[i + 3]) && (i == 0 || !is_digit(s[i - 1]))) {
            const int year = static_cast<int>((s[i] - U'0') * 1000 + (s[i + 1] - U'0') * 100 +
                                              (s[i + 2] - U'0') * 10 + (s[i + 3] - U'0'));
            if (year >= 1949 && year <= 2199) return year;
        }
        // 二〇二四年: four Chinese digits, then 年.
        if (i + 4 < s.size() && s[i + 4] == U'年') {
            int year = 0;
            bool ok = true;
            for (std::size_t k = 0; k < 4 && ok; ++k) {
                const int d = chinese_digit(s[i + k]);
                ok = d >= 0;
                year = year * 10 + d;
            }
            if (ok && year >= 1949 && year <= 2199) return year;
        }
    }
    return std::nullopt;
}

std::optional<Period> find_period(std::string_view folded_title) {
    const std::u32string s = decode(folded_title);
    // Month ranges and single months first: "1-9月" is more precise than 季度 words.
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && (is_digit(s[i - 1]) || chinese_digit(s[i - 1]) >= 0)) continue;
        std::size_t j = i;
        const int first = read_month(s, j);
        if (first == 0) continue;
        if (j < s.size() && is_range_dash(s[j])) {
            std::size_t k = j + 1;
            const int last = read_month(s, k);
            if (last > first && k < s.size() && s[k] == U'月' && first == 1)
                return Period{months_code(last), encode(s.substr(i, k + 1 - i))};
            continue;
        }
        if (j < s.size() && s[j] == U'月') {
            // A single month, "10月份" or "10月": not a date (10月5日).
            std::size_t end = j + 1;
            if (end < s.size() && s[end] == U'份') ++end;
            if (end < s.size() && (s[end] == U'日' || s[end] == U'号' || is_digit(s[end]))) continue;
            // "截至9月底" is still a month report.
            std::string code = "M";
            code += std::to_string(first);
            return Period{std::move(code), encode(s.substr(i, end - i))};
        }
    }
    for (const auto& w : period_words) {
        if (const auto at = s.find(w.text); at != std::u32string::npos)
            return Period{std::string(w.code), encode(w.text)};
    }
    // "2024年度…完成情况" with no other period word: the whole year.
    if (const auto at = s.find(U"年度"); at != std::u32string::npos && at > 0 && is_digit(s[at - 1]))
        return Period{"FY", "年度"};
    return std::nullopt;
}

bool looks_like_title(std::string_view folded_line) {
    constexpr std::array<std::string_view, 10> words{"表", "情况", "进展", "报告", "清单",
                                                     "计划", "实事", "通报", "汇总", "工作"};
    for (auto w : words)
        if (folded_line.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace jindu::lexicon
