// Status and completion: the first rule that applies wins.
//   1 unknown       the progress cell says nothing
//   2 not_started   未启动 / 未开工 for the whole item, with nothing achieved
//   3 exceeded      超额, or a rate or ratio above 100%
//   4 in_progress   a progress percent below 100%, or 序时推进, 滞后, 正在, 在建 …
//   5 completed     全部完成, 全面完成, 均已竣工, a bare 已完成, or a rate of exactly 100%
//   6 the numbers   every target met → completed; otherwise in_progress
#include "common/utf8.hpp"
#include "extract/rules.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace jindu::extraction {

namespace {

struct Pair {
    const Amount* target;
    const Amount* achieved;
    double ratio() const { return target->quantity.value > 0 ? achieved->quantity.value / target->quantity.value : 0; }
};

// Code points two subjects share: 岗位 and 灵活就业岗位 share two.
std::size_t shared_characters(std::string_view a, std::string_view b) {
    std::size_t shared = 0;
    for (std::size_t i = 0; i < a.size();) {
        const std::size_t start = i;
        utf8::next(a, i);
        if (i - start > 1 && b.find(a.substr(start, i - start)) != std::string_view::npos) ++shared;
    }
    return shared;
}

// Pairs achieved amounts with targets of the same unit: the target whose subject
// shares most with the amount's, else the first in order. A ratio past 20 is no
// pair but two different things that share a unit.
std::vector<Pair> pair_up(const Reading& r, bool implied) {
    std::vector<Pair> pairs;
    if (r.targets.empty() || r.achieved.empty()) return pairs;  // most items: nothing to pair, nothing allocated
    std::vector<bool> used(r.targets.size(), false);
    for (const Amount& a : r.achieved) {
        if (a.implied != implied) continue;
        std::size_t best = r.targets.size();
        std::size_t best_shared = 0;
        for (std::size_t t = 0; t < r.targets.size(); ++t) {
            if (used[t] || !same_unit(r.targets[t].quantity.unit, a.quantity.unit)) continue;
            const std::size_t shared = shared_characters(a.subject, r.targets[t].subject);
            if (best == r.targets.size() || shared > best_shared) {
                best = t;
                best_shared = shared;
            }
        }
        if (best == r.targets.size()) continue;
        const Pair pair{&r.targets[best], &a};
        if (pair.ratio() > 20) continue;
        used[best] = true;
        pairs.push_back(pair);
    }
    return pairs;
}

// Status words in the progress text, by what they say.
enum Said : unsigned { says_not_started = 1, says_exceeded = 2, says_in_progress = 4, says_completed = 8 };
struct StatusWord {
    std::string_view word;
    Said says;
};
constexpr StatusWord status_words[] = {
    {"未启动", says_not_started}, {"尚未启动", says_not_started}, {"未开工", says_not_started},
    {"尚未开工", says_not_started}, {"未开始", says_not_started},
    {"超额", says_exceeded}, {"超任务", says_exceeded}, {"超计划", says_exceeded}, {"超目标", says_exceeded},
    {"超年度目标", says_exceeded},
    {"序时推进", says_in_progress}, {"滞后", says_in_progress}, {"正在", says_in_progress},
    {"施工中", says_in_progress}, {"在建", says_in_progress}, {"其余", says_in_progress},
    {"剩余", says_in_progress}, {"未完成", says_in_progress}, {"暂缓", says_in_progress},
    {"推进中", says_in_progress}, {"进行中", says_in_progress}, {"有序推进", says_in_progress},
    {"加快推进", says_in_progress},
    {"全部完成", says_completed}, {"全面完成", says_completed}, {"均已竣工", says_completed},
    {"已全部建成", says_completed}, {"全部建成", says_completed}, {"圆满完成", says_completed},
    {"提前完成", says_completed},
};
constexpr auto status_word_texts = [] {
    std::array<std::string_view, std::size(status_words)> texts{};
    for (std::size_t k = 0; k < texts.size(); ++k) texts[k] = status_words[k].word;
    return texts;
}();
constexpr CueWords status_cues{status_word_texts};

// What the status words in view say, as Said bits. A status word that a plan
// or an aim qualifies does not count: 力争年底全面完成.
unsigned what_it_says(std::string_view view) {
    unsigned said = 0;
    status_cues.for_each_in(view, [&](std::size_t k, std::size_t at) {
        if (said & status_words[k].says) return;
        const auto lead = view.substr(at >= 18 ? at - 18 : 0, at >= 18 ? 18 : at);
        if (!contains_any(lead, {"力争", "计划", "预计", "确保", "争取", "将于", "拟"})) said |= status_words[k].says;
    });
    return said;
}

std::optional<Status> status_from_cell(std::string_view status_cell) {
    const std::string v = matching_view(utf8::trim(status_cell));
    if (v.empty()) return std::nullopt;
    if (contains_any(v, {"超额", "超计划", "超进度"})) return Status::exceeded;
    if (contains_any(v, {"未启动", "未开工", "未开始"})) return Status::not_started;
    if (contains_any(v, {"未完成", "序时", "滞后", "推进", "进行", "在建", "正在", "暂缓"})) return Status::in_progress;
    if (contains_any(v, {"完成", "竣工", "完工", "达标"})) return Status::completed;
    return std::nullopt;
}

// A progress text that opens by saying the whole item is done: 已完成。 项目已完工。
// 已建成并投入使用。 — the subject, if any, is the project itself.
bool whole_item_done(std::string_view text) {
    for (std::string_view lead : {"该项目", "项目", "工程", "本项目"})
        if (text.substr(0, lead.size()) == lead) text.remove_prefix(lead.size());
    if (text.substr(0, 3) != "已") return false;
    text.remove_prefix(3);
    for (std::string_view all : {"全部", "全面"})
        if (text.substr(0, all.size()) == all) text.remove_prefix(all.size());
    for (std::string_view done : {"完成", "完工", "竣工", "建成", "投用", "投入使用"}) {
        if (text.substr(0, done.size()) != done) continue;
        const auto rest = text.substr(done.size());
        // The sentence ends there, or goes on with 并投入使用 / 验收 only.
        return rest.empty() || rest.substr(0, 3) == "。" || rest.substr(0, 3) == "，" || rest.substr(0, 3) == "并" ||
               rest.substr(0, 6) == "验收";
    }
    return false;
}

}  // namespace

void decide_status(const ItemText& item, const AlignedText& progress, Reading& r) {
    const auto explicit_pairs = pair_up(r, false);
    const auto implied_pairs = pair_up(r, true);
    // Whether any progress percent satisfies pred.
    const auto any_percent = [&r](auto pred) {
        return std::any_of(r.percents.begin(), r.percents.end(), [&](const Amount& p) { return pred(p.quantity.value); });
    };

    // Completion: achieved over target; else the mean percent; else the implied count.
    if (!explicit_pairs.empty()) {
        double sum = 0;
        for (const auto& p : explicit_pairs) sum += p.ratio();
        r.completion = sum / static_cast<double>(explicit_pairs.size());
    } else if (!r.percents.empty()) {
        double sum = 0;
        for (const auto& p : r.percents) sum += p.quantity.value;
        r.completion = sum / static_cast<double>(r.percents.size()) / 100.0;
    } else if (!implied_pairs.empty()) {
        double sum = 0;
        for (const auto& p : implied_pairs) sum += p.ratio();
        r.completion = sum / static_cast<double>(implied_pairs.size());
    }
    // A negative figure (a dash read as a minus) or a zero target says nothing.
    if (r.completion && !(*r.completion >= 0 && std::isfinite(*r.completion))) r.completion.reset();

    if (auto s = status_from_cell(item.status)) {
        r.status = *s;
        return;
    }
    const auto view = progress.view();
    const auto bare = utf8::trim(view);
    const bool nothing = bare.empty() || bare == "——" || bare == "—" || bare == "-" || bare == "--" ||
                         bare == "/" || bare == "无" || bare == "暂无";
    const bool silent = nothing && r.percents.empty() && r.achieved.empty();
    if (silent) {
        r.status = Status::unknown;
        return;
    }
    const unsigned said = what_it_says(view);
    if ((said & says_not_started) && r.achieved.empty() &&
        !any_percent([](double p) { return p > 0; })) {
        r.status = Status::not_started;
        return;
    }
    const bool ratio_over = std::any_of(explicit_pairs.begin(), explicit_pairs.end(), [](const Pair& p) {
        return p.ratio() > 1.0 + 1e-9;
    });
    const bool rate_over = std::any_of(r.achieved.begin(), r.achieved.end(), [](const Amount& a) {
        return a.quantity.kind == Kind::percent && a.quantity.value > 100;
    });
    if ((said & says_exceeded) || ratio_over || rate_over ||
        any_percent([](double p) { return p > 100; })) {
        r.status = Status::exceeded;
        return;
    }
    if (any_percent([](double p) { return p < 100; }) ||
        (said & says_in_progress)) {
        r.status = Status::in_progress;
        return;
    }
    if ((said & says_completed) ||
        whole_item_done(bare) ||
        (!r.percents.empty() && !any_percent([](double p) { return p != 100; }))) {
        r.status = Status::completed;
        return;
    }
    // The numbers decide: every target met by what was achieved.
    std::vector<Pair> all = explicit_pairs;
    all.insert(all.end(), implied_pairs.begin(), implied_pairs.end());
    const bool every_target_met =
        !r.targets.empty() && std::all_of(r.targets.begin(), r.targets.end(), [&](const Amount& t) {
            return std::any_of(all.begin(), all.end(), [&](const Pair& p) {
                return p.target == &t && p.achieved->quantity.value >= t.quantity.value;
            });
        });
    r.status = every_target_met ? Status::completed : Status::in_progress;
}

}  // namespace jindu::extraction
