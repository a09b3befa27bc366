// The clause walks and the cue-word index against plain reference versions.
#include "extract/clauses.hpp"

#include "common/utf8.hpp"

#include <doctest/doctest.h>

#include <jindu/source.hpp>

#include <algorithm>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace jindu::extraction;

namespace {

constexpr std::string_view cue_list[] = {"完成", "已完成", "建成", "正在", "率", "%", "开工", "未开工", "计划"};
constexpr CueWords cues{cue_list};

// last_of as one rfind per word: the latest end wins, on a tie the longer word.
std::size_t reference_last_of(std::string_view view, std::size_t begin, std::size_t end, std::size_t* found) {
    const std::string_view window = view.substr(begin, end - begin);
    std::size_t best_end = std::string_view::npos, best_start = std::string_view::npos;
    for (std::string_view w : cue_list) {
        const auto pos = window.rfind(w);
        if (pos == std::string_view::npos) continue;
        const std::size_t e = begin + pos + w.size();
        if (best_end == std::string_view::npos || e > best_end || (e == best_end && begin + pos < best_start)) {
            best_end = e;
            best_start = begin + pos;
        }
    }
    *found = best_start;
    return best_end;
}

// Random text from pieces that make cue words, their neighbours and the marks.
std::string random_text(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {
        "已", "完成", "建", "成", "正", "在", "率", "%", "开工", "未", "计划", "，", "。", "（", "）", "(",
        ")", "、", "；", "\n", "5", "个", "项目", " ", "【", "】", "：", ",", "完成率", "百分"};
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    std::string text;
    for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    return jindu::matching_view(text);
}

// A random window [begin, end) of text, by byte.
std::pair<std::size_t, std::size_t> random_window(std::mt19937& rng, const std::string& text) {
    std::uniform_int_distribution<std::size_t> at(0, text.size());
    std::size_t begin = at(rng), end = at(rng);
    if (begin > end) std::swap(begin, end);
    return {begin, end};
}

bool opens(char32_t cp) { return cp == U'(' || cp == U'（' || cp == U'【' || cp == U'[' || cp == U'〔'; }
bool closes(char32_t cp) { return cp == U')' || cp == U'）' || cp == U'】' || cp == U']' || cp == U'〕'; }

// clause_around and inside_brackets walking the text one decoded code point at a time.
Span reference_clause_around(std::string_view view, Span segment, std::size_t at) {
    Span clause{segment.begin, segment.end};
    int depth = 0;
    for (std::size_t i = segment.begin; i < segment.end;) {
        const std::size_t here = i;
        const char32_t cp = jindu::utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
        else if (depth == 0 && (cp == U'，' || cp == U',' || cp == U'：' || cp == U':')) {
            if (here < at) clause.begin = i;
            else {
                clause.end = here;
                break;
            }
        }
    }
    return clause;
}

// segments the same way.
std::vector<Span> reference_segments(std::string_view view) {
    std::vector<Span> out;
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i < view.size();) {
        const std::size_t at = i;
        const char32_t cp = jindu::utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
        else if (cp == U'\n' || (depth == 0 && (cp == U'。' || cp == U'；' || cp == U';'))) {
            depth = 0;  // an unclosed bracket never spans lines
            if (at > start) out.push_back({start, at});
            start = i;
        }
    }
    if (view.size() > start) out.push_back({start, view.size()});
    return out;
}

bool reference_inside_brackets(std::string_view view, Span segment, std::size_t at) {
    int depth = 0;
    for (std::size_t i = segment.begin; i < at && i < view.size();) {
        const char32_t cp = jindu::utf8::next(view, i);
        if (opens(cp)) ++depth;
        else if (closes(cp) && depth > 0) --depth;
    }
    return depth > 0;
}

}  // namespace

TEST_CASE("the cue-word index finds what a search per word finds") {
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
        const std::string text = random_text(rng);
        const auto bounds = random_window(rng, text);
        const std::size_t begin = bounds.first, end = bounds.second;
        std::size_t found = 0, expected_found = 0;
        const std::size_t got = last_of(text, begin, end, cues, &found);
        CHECK(got == reference_last_of(text, begin, end, &expected_found));
        CHECK(found == expected_found);
    }
}

TEST_CASE("first_in finds where the earliest cue word starts, as a search per word does") {
    // Also with a word that holds another one in its middle: 完成率 starts
    // before 成, which ends first.
    static constexpr std::string_view nested_list[] = {"成", "完成率", "%"};
    static constexpr CueWords nested{nested_list};
    std::mt19937 rng(13);
    for (int round = 0; round < 3000; ++round) {
        const std::string text = random_text(rng);
        const auto bounds = random_window(rng, text);
        const std::size_t begin = bounds.first, end = bounds.second;
        const auto reference = [&](std::span<const std::string_view> words) {
            std::size_t first = std::string_view::npos;
            const std::string_view window = std::string_view(text).substr(begin, end - begin);
            for (std::string_view word : words)
                if (const auto found = window.find(word); found != std::string_view::npos)
                    first = std::min(first, begin + found);
            return first;
        };
        INFO(text);
        CHECK(cues.first_in(text, begin, end) == reference(cue_list));
        CHECK(nested.first_in(text, begin, end) == reference(nested_list));
    }
}

TEST_CASE("for_each_in visits every occurrence of every cue word") {
    std::mt19937 rng(11);
    for (int round = 0; round < 1000; ++round) {
        const std::string text = random_text(rng);
        std::vector<std::pair<std::size_t, std::size_t>> got, expected;
        cues.for_each_in(text, [&](std::size_t k, std::size_t start) { got.emplace_back(k, start); });
        for (std::size_t k = 0; k < std::size(cue_list); ++k)
            for (auto at = text.find(cue_list[k]); at != std::string::npos; at = text.find(cue_list[k], at + 1))
                expected.emplace_back(k, at);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        CHECK(got == expected);
    }
}

TEST_CASE("segments split at full stops, semicolons and lines, not inside brackets") {
    const std::string view = jindu::matching_view("甲已完成。乙（含丙。丁）在建；戊\n己");
    std::vector<Span> segs;
    std::vector<MarkAt> marks;
    segments(view, segs, marks);
    std::vector<std::string> texts;
    for (const Span& s : segs) texts.emplace_back(view.substr(s.begin, s.end - s.begin));
    CHECK(texts == std::vector<std::string>{"甲已完成", "乙(含丙。丁)在建", "戊", "己"});
}

TEST_CASE("clause_around is bounded by commas and colons outside brackets") {
    const std::string view = jindu::matching_view("其中：道路（一、二，三）完成 5 条，桥梁 2 座");
    std::vector<Span> segs;
    std::vector<MarkAt> marks;
    segments(view, segs, marks);
    const Span all{0, view.size()};
    const std::size_t at = view.find("5");
    const Span clause = clause_around(marks, all, at);
    CHECK(view.substr(clause.begin, clause.end - clause.begin) == "道路(一、二,三)完成 5 条");
    CHECK(inside_brackets(marks, all, view.find("三")));
    CHECK_FALSE(inside_brackets(marks, all, at));
}

TEST_CASE("clauses from the marks of a view are the clauses found by decoding it") {
    std::mt19937 rng(5);
    for (int round = 0; round < 2000; ++round) {
        const std::string text = random_text(rng);
        std::vector<Span> segs;
        std::vector<MarkAt> marks;
        segments(text, segs, marks);
        CHECK(segs == reference_segments(text));
        std::vector<Span> all = segs;
        all.push_back({0, text.size()});
        for (const Span& seg : all) {
            for (std::size_t at = seg.begin; at <= seg.end; ++at) {
                const Span walked = reference_clause_around(text, seg, at);
                const Span marked = clause_around(marks, seg, at);
                CHECK(walked.begin == marked.begin);
                CHECK(walked.end == marked.end);
                CHECK(reference_inside_brackets(text, seg, at) == inside_brackets(marks, seg, at));
            }
        }
    }
}
