// The compare stage: items of two reports matched one to one by the evidence
// they share, and what changed between the partners.
#include <jindu/compare.hpp>

#include "common/utf8.hpp"
#include "source/fold.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <tuple>

namespace jindu {

namespace {

// The weights of the signals; a signal one item lacks is left out of the sum.
constexpr double text_weight = 0.55;
constexpr double targets_weight = 0.2;
constexpr double owners_weight = 0.15;
constexpr double category_weight = 0.06;
constexpr double seq_weight = 0.04;

// Contents at least this alike count as agreeing text in agreed().
constexpr double text_agreement = 0.5;

// Scores and similarities are kept to four decimals, so that outputs are
// stable and ties are ties; changes to nine, which drops the noise of
// subtracting binary fractions (0.6 - 0.5 → 0.1).
double round_to(double v, double scale) { return std::round(v * scale) / scale; }
double difference(double newer, double older) { return round_to(newer - older, 1e9); }

// The letters of the folded text, lower case: no digits, punctuation or spaces.
std::u32string letters(std::string_view utf8) {
    const std::string folded = source::fold_only(utf8);
    std::u32string out;
    out.reserve(folded.size() / 2);
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = utf8::next(folded, i);
        if (cp == utf8::invalid || !u_isalpha(static_cast<UChar32>(cp))) continue;
        out.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    }
    return out;
}

// The sorted character bigrams of a text (its one character, for a text of one).
std::vector<std::uint64_t> bigrams(std::string_view utf8) {
    const std::u32string s = letters(utf8);
    std::vector<std::uint64_t> out;
    if (s.size() == 1) out.push_back(std::uint64_t{s[0]} << 32);
    for (std::size_t i = 1; i < s.size(); ++i) out.push_back((std::uint64_t{s[i - 1]} << 32) | s[i]);
    std::sort(out.begin(), out.end());
    return out;
}

// Dice coefficient of two sorted multisets.
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else { ++common; ++i; ++j; }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// A name folded and without spaces, for telling two spellings of it equal.
std::string plain(std::string_view utf8) {
    const std::string folded = source::fold_only(utf8);
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t n = utf8::space_at(folded, i);
        if (n != 0) { i += n; continue; }
        out.push_back(folded[i++]);
    }
    return out;
}

using Target = std::tuple<std::string, double, double>;  // unit, value, value_max (or value)

// What of an item the matching compares, computed once per item.
struct Profile {
    std::vector<std::uint64_t> bigrams;
    std::vector<Target> targets;          // sorted
    std::vector<std::string> target_units;  // sorted, unique
    std::vector<std::string> owners;      // plain, sorted, unique
    std::optional<std::string> category;  // plain; nullopt when there is none
    std::optional<std::string> seq;       // plain; nullopt when there is none
};

std::optional<std::string> plain_or_none(const std::optional<std::string>& s) {
    if (!s) return std::nullopt;
    std::string p = plain(*s);
    if (p.empty()) return std::nullopt;
    return p;
}

Profile profile(const Item& item) {
    Profile p;
    p.bigrams = bigrams(item.content);
    for (const Amount& a : item.targets) {
        const Quantity& q = a.quantity;
        p.targets.emplace_back(q.unit, q.value, q.value_max.value_or(q.value));
        p.target_units.push_back(q.unit);
    }
    std::sort(p.targets.begin(), p.targets.end());
    std::sort(p.target_units.begin(), p.target_units.end());
    p.target_units.erase(std::unique(p.target_units.begin(), p.target_units.end()), p.target_units.end());
    for (const std::string& owner : item.owners)
        if (std::string o = plain(owner); !o.empty()) p.owners.push_back(std::move(o));
    std::sort(p.owners.begin(), p.owners.end());
    p.owners.erase(std::unique(p.owners.begin(), p.owners.end()), p.owners.end());
    p.category = plain_or_none(item.category);
    p.seq = plain_or_none(item.seq);
    return p;
}

bool share_one(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else return true;
    }
    return false;
}

Evidence evidence(const Profile& a, const Profile& b) {
    Evidence e;
    e.text = round_to(dice(a.bigrams, b.bigrams), 1e4);
    if (a.targets.empty() && b.targets.empty()) e.targets = TargetAgreement::absent;
    else if (a.targets == b.targets) e.targets = TargetAgreement::same;
    else if (a.target_units == b.target_units) e.targets = TargetAgreement::same_units;
    else e.targets = TargetAgreement::different;
    if (!a.owners.empty() && !b.owners.empty()) e.owners = share_one(a.owners, b.owners);
    if (a.category && b.category) e.category = *a.category == *b.category;
    if (a.seq && b.seq) e.seq = *a.seq == *b.seq;
    return e;
}

// The weighted mean of the signals both items have.
double score(const Evidence& e) {
    double sum = text_weight * e.text;
    double weights = text_weight;
    if (e.targets != TargetAgreement::absent) {
        sum += targets_weight * (e.targets == TargetAgreement::same         ? 1.0
                                 : e.targets == TargetAgreement::same_units ? 0.5
                                                                            : 0.0);
        weights += targets_weight;
    }
    auto add = [&](const std::optional<bool>& signal, double weight) {
        if (!signal) return;
        sum += *signal ? weight : 0.0;
        weights += weight;
    };
    add(e.owners, owners_weight);
    add(e.category, category_weight);
    add(e.seq, seq_weight);
    return round_to(sum / weights, 1e4);
}

bool done(Status s) { return s == Status::completed || s == Status::exceeded; }

// True when the targets differ in value, range, unit or qualifier.
bool targets_differ(const Item& a, const Item& b) {
    auto key = [](const Item& item) {
        std::vector<std::tuple<std::string, double, std::optional<double>, Qualifier>> k;
        for (const Amount& t : item.targets)
            k.emplace_back(t.quantity.unit, t.quantity.value, t.quantity.value_max, t.quantity.qualifier);
        std::sort(k.begin(), k.end());
        return k;
    };
    return key(a) != key(b);
}

// The largest achieved amount of an item in each unit.
std::map<std::string, double> achieved_by_unit(const Item& item) {
    std::map<std::string, double> out;
    for (const Amount& a : item.achieved) {
        auto [it, fresh] = out.emplace(a.quantity.unit, a.quantity.value);
        if (!fresh) it->second = std::max(it->second, a.quantity.value);
    }
    return out;
}

// Per unit either item achieved something in: the targets' units first, then
// the achieved amounts' units, each in the order the items name them.
std::vector<AchievedChange> achieved_changes(const Item& older, const Item& newer) {
    const auto old_values = achieved_by_unit(older);
    const auto new_values = achieved_by_unit(newer);
    std::vector<std::string> units;
    auto note = [&](const std::string& unit) {
        if (!old_values.contains(unit) && !new_values.contains(unit)) return;
        if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
    };
    for (const Item* item : {&older, &newer})
        for (const Amount& t : item->targets) note(t.quantity.unit);
    for (const Item* item : {&older, &newer})
        for (const Amount& a : item->achieved) note(a.quantity.unit);
    std::vector<AchievedChange> out;
    for (const std::string& unit : units) {
        AchievedChange c;
        c.unit = unit;
        if (auto it = old_values.find(unit); it != old_values.end()) c.old_value = it->second;
        if (auto it = new_values.find(unit); it != new_values.end()) c.new_value = it->second;
        if (c.old_value && c.new_value) c.change = difference(*c.new_value, *c.old_value);
        out.push_back(std::move(c));
    }
    return out;
}

Movement movement(const Item& older, const Item& newer, const ItemPair& pair) {
    if (newer.status == Status::unknown && !newer.completion) return Movement::unknown;
    if (done(newer.status)) return done(older.status) ? Movement::already_completed : Movement::completed;
    if (done(older.status)) return Movement::regressed;
    if (pair.completion_change) {
        if (*pair.completion_change > 0) return Movement::advanced;
        if (*pair.completion_change < 0) return Movement::regressed;
    }
    for (const AchievedChange& c : pair.achieved)
        if (c.change && *c.change > 0) return Movement::advanced;
    // Started, or reporting progress where it had none.
    if (newer.status == Status::in_progress &&
        (older.status == Status::not_started || older.status == Status::unknown))
        return Movement::advanced;
    return Movement::stalled;
}

struct Candidate {
    double score;
    std::size_t old_item;
    std::size_t new_item;
    Evidence evidence;
};

// The member of a StatusCounts or MovementCounts (const or not) for a value.
template <class Counts>
auto& status_count(Counts& counts, Status status) noexcept {
    switch (status) {
    case Status::completed: return counts.completed;
    case Status::exceeded: return counts.exceeded;
    case Status::in_progress: return counts.in_progress;
    case Status::not_started: return counts.not_started;
    case Status::unknown: break;
    }
    return counts.unknown;
}

template <class Counts>
auto& movement_count(Counts& counts, Movement m) noexcept {
    switch (m) {
    case Movement::already_completed: return counts.already_completed;
    case Movement::completed: return counts.completed;
    case Movement::regressed: return counts.regressed;
    case Movement::advanced: return counts.advanced;
    case Movement::stalled: return counts.stalled;
    case Movement::unknown: break;
    }
    return counts.unknown;
}

}  // namespace

std::size_t& StatusCounts::operator[](Status status) noexcept { return status_count(*this, status); }
std::size_t StatusCounts::operator[](Status status) const noexcept { return status_count(*this, status); }
std::size_t& MovementCounts::operator[](Movement m) noexcept { return movement_count(*this, m); }
std::size_t MovementCounts::operator[](Movement m) const noexcept { return movement_count(*this, m); }

std::string_view to_string(TargetAgreement agreement) noexcept {
    switch (agreement) {
    case TargetAgreement::same: return "same";
    case TargetAgreement::same_units: return "same_units";
    case TargetAgreement::different: return "different";
    case TargetAgreement::absent: return "absent";
    }
    return "absent";
}

std::string_view to_string(Movement m) noexcept {
    switch (m) {
    case Movement::unknown: return "unknown";
    case Movement::already_completed: return "already_completed";
    case Movement::completed: return "completed";
    case Movement::regressed: return "regressed";
    case Movement::advanced: return "advanced";
    case Movement::stalled: return "stalled";
    }
    return "unknown";
}

std::vector<std::string_view> agreed(const Evidence& e) {
    std::vector<std::string_view> out;
    if (e.text >= text_agreement) out.push_back("text");
    if (e.targets == TargetAgreement::same) out.push_back("targets");
    if (e.targets == TargetAgreement::same_units) out.push_back("target_units");
    if (e.owners.value_or(false)) out.push_back("owners");
    if (e.category.value_or(false)) out.push_back("category");
    if (e.seq.value_or(false)) out.push_back("seq");
    return out;
}

double content_similarity(std::string_view a, std::string_view b) { return dice(bigrams(a), bigrams(b)); }

Comparison compare(const Report& old_report, const Report& new_report, const CompareOptions& options) {
    std::vector<Profile> old_profiles, new_profiles;
    old_profiles.reserve(old_report.items.size());
    new_profiles.reserve(new_report.items.size());
    for (const Item& item : old_report.items) old_profiles.push_back(profile(item));
    for (const Item& item : new_report.items) new_profiles.push_back(profile(item));

    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < old_profiles.size(); ++i) {
        for (std::size_t j = 0; j < new_profiles.size(); ++j) {
            Evidence e = evidence(old_profiles[i], new_profiles[j]);
            const double s = score(e);
            if (s >= options.threshold && e.text >= options.min_text) candidates.push_back({s, i, j, e});
        }
    }
    // Greedy from the best score down; ties go to the earlier items.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        return std::tie(a.old_item, a.new_item) < std::tie(b.old_item, b.new_item);
    });
    std::vector<bool> old_taken(old_profiles.size(), false), new_taken(new_profiles.size(), false);
    Comparison result;
    for (const Candidate& c : candidates) {
        if (old_taken[c.old_item] || new_taken[c.new_item]) continue;
        old_taken[c.old_item] = new_taken[c.new_item] = true;
        const Item& older = old_report.items[c.old_item];
        const Item& newer = new_report.items[c.new_item];
        ItemPair pair;
        pair.old_item = c.old_item;
        pair.new_item = c.new_item;
        pair.score = c.score;
        pair.evidence = c.evidence;
        if (older.completion && newer.completion)
            pair.completion_change = difference(*newer.completion, *older.completion);
        pair.target_changed = targets_differ(older, newer);
        pair.achieved = achieved_changes(older, newer);
        pair.movement = movement(older, newer, pair);
        result.pairs.push_back(std::move(pair));
    }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const ItemPair& a, const ItemPair& b) { return a.old_item < b.old_item; });
    for (std::size_t i = 0; i < old_taken.size(); ++i)
        if (!old_taken[i]) result.dropped.push_back(i);
    for (std::size_t j = 0; j < new_taken.size(); ++j)
        if (!new_taken[j]) result.added.push_back(j);

    CompareSummary& summary = result.summary;
    summary.matched = result.pairs.size();
    summary.added = result.added.size();
    summary.dropped = result.dropped.size();
    for (const Item& item : old_report.items) ++summary.old_status[item.status];
    for (const Item& item : new_report.items) ++summary.new_status[item.status];
    for (const ItemPair& pair : result.pairs) ++summary.movement[pair.movement];
    return result;
}

}  // namespace jindu
