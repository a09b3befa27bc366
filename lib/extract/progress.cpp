// The progress cell: what was achieved, how far along, and what is neither.
//
// A progress text reports what was done, so an amount in it is achieved unless
// its clause says otherwise. In order, the first rule that applies:
//   1 an age, or a bound after a number before a noun → threshold
//   2 percentage points → other; a duration → other, unless it answers a
//     duration the item promises (反应时间11.6分钟 against 12分钟以内)
//   3 a difference (较上年, 同比, 超目标) or the figure a change starts from → other
//   4 a percent: after a schedule, share or growth word → other; after a rate
//     noun (参与率, 覆盖率) → achieved; else a progress percent
//   5 the nearest cue before it in its clause says started, going on,
//     remaining, planned, applied for, preparatory, a size, or the main
//     structure only → other
//   6 such a cue after it in its clause (3家已开工, 720套主体结顶) → other
//   7 money per person or period → achieved, of kind rate
//   8 a bare number without a unit → other
//   9 a done cue before or after it, or a target it answers by unit → achieved
//  10 anything else with a unit → achieved, as reported
#include "common/utf8.hpp"
#include "extract/rules.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::extraction {

namespace {

using lexicon::Cue;

constexpr unsigned bit(Cue c) { return 1u << static_cast<unsigned>(c); }

constexpr unsigned not_done = bit(Cue::started) | bit(Cue::ongoing) | bit(Cue::remaining) | bit(Cue::postponed) |
                              bit(Cue::planned) | bit(Cue::applied) | bit(Cue::preparatory) | bit(Cue::scope) |
                              bit(Cue::partial) | bit(Cue::found);
constexpr unsigned not_done_after = bit(Cue::started) | bit(Cue::ongoing) | bit(Cue::postponed) | bit(Cue::planned) |
                                    bit(Cue::applied) | bit(Cue::preparatory) | bit(Cue::partial);

// The last cue in [from, to) of the kinds in `kinds`, or nullptr.
const CueHit* last_cue(const std::vector<CueHit>& hits, std::size_t from, std::size_t to, unsigned kinds) {
    const CueHit* found = nullptr;
    for (const CueHit& h : hits) {
        if (h.begin >= to) break;
        if (h.begin >= from && h.end <= to && (kinds & bit(h.cue))) found = &h;
    }
    return found;
}

// The first cue in [from, to) of the kinds in `kinds`, or nullptr.
const CueHit* first_cue(const std::vector<CueHit>& hits, std::size_t from, std::size_t to, unsigned kinds) {
    for (const CueHit& h : hits) {
        if (h.begin >= to) break;
        if (h.begin >= from && h.end <= to && (kinds & bit(h.cue))) return &h;
    }
    return nullptr;
}

// "cue 已开工: started, not achieved", with the word as written.
std::string cue_reason(const CellView& text, const CueHit& hit, std::string_view where = {}) {
    const std::string_view word = text.original_view(hit.begin, hit.end), what = lexicon::to_string(hit.cue);
    std::string r;
    r.reserve(4 + word.size() + where.size() + 2 + what.size());
    r.append("cue ").append(word).append(where).append(": ").append(what);
    return r;
}

// The rate noun that ends right before a percent's figure, if any: 参与率93.6%,
// 覆盖率达100% → "参与率". Not the 完成率 of progress (a progress cue).
std::string_view rate_noun(std::string_view view, std::size_t from, std::size_t q_begin) {
    const auto lead = view.substr(from, q_begin - from);
    const auto at = lead.rfind("率");
    if (at == std::string_view::npos) return {};
    // Between the noun and the figure only a short link: 达, 为, 保持在 …
    if (utf8::code_points(lead.substr(at + 3), lead.size() - at - 3) > 4) return {};
    std::size_t begin = at;
    for (int k = 0; k < 2 && begin > 0; ++k) {
        --begin;
        while (begin > 0 && (static_cast<unsigned char>(lead[begin]) & 0xC0) == 0x80) --begin;
    }
    return lead.substr(begin, at + 3 - begin);
}

// The sub-item a progress percent measures: the name that opens its clause
// (土建已完工，设备安装完成70%), or else its segment (甲河已复工，当前进度75%).
std::string sub_item_of(const CellView& progress, Span seg, Span clause, std::size_t q_begin, std::size_t& name_end) {
    const auto view = progress.view();
    const auto end_of_name = [&](Span s) {
        if (q_begin <= s.begin) return q_begin;
        return std::min(q_begin, lexicon::sub_item_ender_index.first_in(view, s.begin, q_begin));
    };
    std::size_t name_begin = clause.begin;
    name_end = end_of_name(Span{clause.begin, seg.end});
    if (utf8::trim(view.substr(name_begin, name_end - name_begin)).empty()) {
        name_begin = seg.begin;
        name_end = end_of_name(seg);
    }
    std::string of = progress.original_span(name_begin, name_end);
    // Without brackets: 北港镇卫生院（二期） → 北港镇卫生院.
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
        for (auto at = of.find(open); at != std::string::npos; at = of.find(open)) {
            const auto end = of.find(close, at);
            of.erase(at, end == std::string::npos ? std::string::npos : end + close.size() - at);
        }
    }
    of = std::string(utf8::trim(of));
    const std::string folded = matching_view(of);
    // A name holds no figure and is no date: not 新增泊位 3120 个, not 截至 10 月底.
    if (lexicon::names_whole_item(folded) || folded.find_first_of("0123456789") != std::string::npos ||
        folded.starts_with("截至") || folded.starts_with("截止"))
        of.clear();
    return of;
}

// True when the amount, written in Chinese numerals, stands with the
// character after it in the project's name: 两项补贴已按标准发放 under
// 残疾人两项补贴提标 names the project, it counts nothing. (A name's Arabic
// figures, 新增5000个停车位, are what the project promises.)
bool names_in_name(const CellView& progress, const Quantity& q, std::string_view name) {
    if (name.empty()) return false;
    const auto view = progress.view();
    std::size_t first = q.begin;
    if (first >= view.size() || !lexicon::is_seq_numeral(utf8::next(view, first))) return false;
    std::size_t after = q.end;
    if (after >= view.size()) return false;
    utf8::next(view, after);
    const std::string folded_name = matching_view(name);
    return folded_name.find(view.substr(q.begin, after - q.begin)) != std::string::npos;
}

struct Placement {
    Role role = Role::other;
    std::string reason;
};

// What an amount counts, found only when a rule asks (subject_of looks around the amount).
class LazySubject {
public:
    LazySubject(const CellView& text, const Quantity& q, std::size_t floor) : text_(text), q_(q), floor_(floor) {}
    const std::string& get() const {
        if (!found_) {
            subject_ = subject_of(text_, q_.begin, q_.end, floor_);
            found_ = true;
        }
        return subject_;
    }

private:
    const CellView& text_;
    const Quantity& q_;
    std::size_t floor_;
    mutable std::string subject_;
    mutable bool found_ = false;
};

// The target an achieved amount answers: same unit, the subject sharing most; 0 when none.
std::size_t answered_target(const Reading& reading, const Quantity& q, const LazySubject& subject) {
    std::size_t first = 0, candidates = 0;
    for (std::size_t t = 0; t < reading.targets.size(); ++t) {
        const Quantity& target = reading.targets[t].quantity;
        if (target.unit.empty() || !same_unit(target.unit, q.unit)) continue;
        if (candidates++ == 0) first = t + 1;
    }
    if (candidates <= 1) return first;  // the subject matters only when targets share the unit
    std::size_t best = 0, best_shared = 0;
    for (std::size_t t = 0; t < reading.targets.size(); ++t) {
        const Quantity& target = reading.targets[t].quantity;
        if (target.unit.empty() || !same_unit(target.unit, q.unit)) continue;
        const std::size_t shared = shared_characters(subject.get(), reading.targets[t].subject);
        if (best == 0 || shared > best_shared) {
            best = t + 1;
            best_shared = shared;
        }
    }
    return best;
}

Placement place_percent(const CellView& progress, const Quantity& q, Span clause, const Reading& reading,
                        const LazySubject& subject) {
    const auto view = progress.view();
    const auto& hits = progress.cues();
    // A percent target it answers by subject (护理型床位占比不低于60% → 占比63.5%) first.
    for (std::size_t t = 0; t < reading.targets.size(); ++t) {
        const Amount& target = reading.targets[t];
        if (target.quantity.kind == Kind::percent && shared_characters(subject.get(), target.subject) >= 3)
            return {Role::achieved, "answers target " + std::to_string(t + 1) + " by subject"};
    }
    const CueHit* cue = last_cue(hits, clause.begin, q.begin, bit(Cue::side_percent) | bit(Cue::progress_percent) |
                                                                 bit(Cue::compared));
    // 占比56.3% against 护理型床位占比达到55%以上: the target measures by the same word.
    if (cue && cue->cue == Cue::side_percent) {
        const std::string_view word = view.substr(cue->begin, cue->end - cue->begin);
        for (std::size_t t = 0; t < reading.targets.size(); ++t) {
            const Amount& target = reading.targets[t];
            if (target.quantity.kind == Kind::percent && matching_view(target.subject).find(word) != std::string::npos)
                return {Role::achieved, "answers target " + std::to_string(t + 1) + " by " + progress.original_span(cue->begin, cue->end)};
        }
    }
    if (cue && cue->cue != Cue::progress_percent) return {Role::other, cue_reason(progress, *cue)};
    if (const auto noun = rate_noun(view, cue ? cue->end : clause.begin, q.begin); !noun.empty())
        return {Role::achieved, "rate " + std::string(noun) + " delivered"};
    if (cue) return {Role::percent, cue_reason(progress, *cue)};
    for (std::size_t t = 0; t < reading.targets.size(); ++t) {
        const Amount& target = reading.targets[t];
        if (target.quantity.kind == Kind::percent && shared_characters(subject.get(), target.subject) >= 2)
            return {Role::achieved, "answers target " + std::to_string(t + 1) + " by unit %"};
    }
    // 已完成85%: a percent of work done is progress.
    if (const CueHit* done = last_cue(hits, clause.begin, q.begin, bit(Cue::done)))
        return {Role::percent, "cue " + progress.original_span(done->begin, done->end) + ": progress"};
    return {Role::percent, "a percent in the progress text"};
}

Placement place(const CellView& progress, const Quantity& q, Span clause, const Reading& reading,
                const LazySubject& subject) {
    const auto& hits = progress.cues();
    if (is_threshold(progress, q))
        return {Role::threshold, q.kind == Kind::age ? "threshold: an age" : "threshold: a bound before the noun it limits"};
    if (q.kind == Kind::percentage_point) return {Role::other, "percentage points"};
    if (q.kind == Kind::duration) {
        for (std::size_t t = 0; t < reading.targets.size(); ++t)
            if (reading.targets[t].quantity.kind == Kind::duration && reading.targets[t].quantity.unit == q.unit)
                return {Role::achieved, "answers target " + std::to_string(t + 1) + " by unit " + q.unit};
        return {Role::other, "a duration"};
    }
    if (const CueHit* compared = last_cue(hits, clause.begin, q.begin, bit(Cue::compared)))
        return {Role::other, cue_reason(progress, *compared)};
    if (is_baseline(progress, q, clause)) return {Role::other, "the figure a change starts from"};
    if (q.kind == Kind::percent) return place_percent(progress, q, clause, reading, subject);

    // A plan anywhere before it in its clause governs the rest: 预计6月底前完成20座.
    if (const CueHit* plan = last_cue(hits, clause.begin, q.begin, bit(Cue::planned)))
        return {Role::other, cue_reason(progress, *plan)};
    const CueHit* before = last_cue(hits, clause.begin, q.begin, not_done | bit(Cue::done));
    // 完成路基施工4公里: construction that a done verb before it governs is done.
    if (before && before->cue == Cue::started && progress.view().substr(before->begin, before->end - before->begin) == "施工") {
        if (const CueHit* verb = last_cue(hits, clause.begin, before->begin, bit(Cue::done))) before = verb;
    }
    if (before && before->cue != Cue::done) return {Role::other, cue_reason(progress, *before)};
    // Any cue after it that is not done, even behind a done one: 16幢完成或正在解危;
    // but after a done verb of its own, not past the next part of a list
    // (已建成中心15个、在建5个: 在建 is the other part's).
    std::size_t not_yet_end = clause.end;
    if (before && before->cue == Cue::done)
        not_yet_end = std::min(clause.end, find_word(progress.view().substr(0, clause.end), "、", q.end));
    if (const CueHit* not_yet = first_cue(hits, q.end, not_yet_end, not_done_after))
        return {Role::other, cue_reason(progress, *not_yet, " after it")};
    const CueHit* after = first_cue(hits, q.end, clause.end, bit(Cue::done));
    if (!before && !after) {
        // A clause without a cue of its own (其中入读初中886份) says what the
        // sentence before it in the segment says.
        const Span seg = segment_at(progress, q.begin);
        if (const CueHit* earlier = last_cue(hits, seg.begin, clause.begin, not_done | bit(Cue::done)))
            if (earlier->cue != Cue::done) return {Role::other, cue_reason(progress, *earlier, " earlier in the sentence")};
    }
    if (is_per_unit(progress, q, clause)) return {Role::achieved, "an amount per person or period, delivered"};
    if (q.unit.empty() && q.kind == Kind::other) return {Role::other, "a number without a unit"};
    if (before) return {Role::achieved, cue_reason(progress, *before)};
    if (const std::size_t t = answered_target(reading, q, subject))
        return {Role::achieved, "answers target " + std::to_string(t) + " by unit " + q.unit};
    if (after) return {Role::achieved, cue_reason(progress, *after, " after it")};
    return {Role::achieved, "an amount reported in the progress text"};
}

}  // namespace

void read_progress(const CellView& progress, Reading& reading, std::string_view name) {
    const auto view = progress.view();
    if (view.empty()) return;
    std::size_t previous_end = 0;
    for (Quantity q : progress.quantities()) {
        const Span seg = segment_at(progress, q.begin);
        const Span clause = progress.clause_around(seg, q.begin);
        const LazySubject subject(progress, q, previous_end);
        Placement p = place(progress, q, clause, reading, subject);
        if (p.role == Role::achieved && is_per_unit(progress, q, clause)) q.kind = Kind::rate;
        if (p.role == Role::achieved && q.value == 0 && !q.value_max) p = {Role::other, "zero: nothing achieved"};
        if (p.role != Role::percent && names_in_name(progress, q, name))
            p = {Role::other, "a numeral in the project's name"};
        Amount a = make_amount(q, progress, Field::progress, p.role, std::move(p.reason));
        if (p.role == Role::percent) {
            std::size_t name_end = q.begin;
            a.subject = sub_item_of(progress, seg, clause, q.begin, name_end);
            const std::size_t from = std::max(clause.begin, name_end);
            a.quantity.text = progress.original_span(from, q.end);
            a.quantity.begin = progress.to_original(from);
            reading.percents.push_back(std::move(a));
        } else if (p.role == Role::achieved) {
            a.subject = subject.get();
            reading.achieved.push_back(std::move(a));
        } else {
            reading.others.push_back(std::move(a));
        }
        previous_end = q.end;
    }
}

void read_rate_cell(const CellView& rate, Reading& reading) {
    for (Quantity q : rate.quantities()) {
        std::string reason = "rate column";
        if (q.kind != Kind::percent && q.unit.empty()) {
            // A bare number in a 完成率 column: a ratio ≤ 1.5 written with a
            // decimal point is a fraction, anything else is in percent.
            if (q.value <= 1.5 && rate.view().find('.') != std::string_view::npos) q.value *= 100;
            q.unit = "%";
            q.kind = Kind::percent;
            reason = "a bare number in the rate column";
        }
        const Role role = q.kind == Kind::percent ? Role::percent : Role::other;
        if (role == Role::other) reason = "not a percent, in the rate column";
        Amount a = make_amount(q, rate, Field::rate, role, std::move(reason));
        (role == Role::percent ? reading.percents : reading.others).push_back(std::move(a));
    }
}

void read_achieved_cell(const CellView& achieved, std::string_view column_unit, Reading& reading) {
    for (Quantity q : achieved.quantities()) {
        apply_column_unit(q, column_unit);
        if (q.kind == Kind::other && !q.unit.empty()) {
            // Borrow the kind of the target with the same unit.
            for (const auto& t : reading.targets)
                if (same_unit(t.quantity.unit, q.unit)) q.kind = t.quantity.kind;
        }
        // 0 in an achieved column: nothing done yet, no achievement.
        if (q.value == 0 && !q.value_max) {
            reading.others.push_back(make_amount(q, achieved, Field::achieved, Role::other, "zero: nothing achieved"));
            continue;
        }
        reading.achieved.push_back(make_amount(q, achieved, Field::achieved, Role::achieved, "achieved column"));
    }
}

}  // namespace jindu::extraction
