// Private: how a title or header names its year and period (2024年度, 上半年, 1-10月), and what reads as a title.
#pragma once

#include <jindu/report.hpp>

#include <optional>
#include <string_view>

namespace jindu::lexicon {

// The year a title names: 2024年, 2024年度, 二〇二四年; nullopt when none.
std::optional<int> find_year(std::string_view folded_title);

// The period a title names: 半年度/上半年 → H1, 一季度 → Q1, 1-9月/前三季度 → Q3,
// 10月份 → M10, 全年 → FY. `text` is the words as found in the folded title.
std::optional<Period> find_period(std::string_view folded_title);

// True for a line that reads like a report title (…进展表, …完成情况).
bool looks_like_title(std::string_view folded_line);

}  // namespace jindu::lexicon
