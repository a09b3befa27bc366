// The compare stage: which items are partners, what the pairs say changed,
// and the matching's precision and recall on the sample pairs.
#include <jindu/compare.hpp>
#include <jindu/parse.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using jindu::Item;
using jindu::Report;

namespace {

jindu::Amount amount(double value, std::string unit, jindu::Role role) {
    jindu::Amount a;
    a.quantity.value = value;
    a.quantity.unit = std::move(unit);
    a.quantity.kind = jindu::Kind::count;
    a.quantity.text = std::to_string(static_cast<long>(value)) + " " + a.quantity.unit;
    a.role = role;
    return a;
}

// An item as the report stage gives it: 序号, category, content, owners and one target.
Item item(std::string seq, std::string category, std::string content, std::vector<std::string> owners,
          double target, std::string unit) {
    Item i;
    i.seq = std::move(seq);
    i.category = std::move(category);
    i.content = std::move(content);
    i.owners = std::move(owners);
    i.targets.push_back(amount(target, std::move(unit), jindu::Role::target));
    return i;
}

// The same item with what its progress says: an achieved amount, a status and a completion.
Item progressed(Item i, double achieved, jindu::Status status) {
    i.achieved.push_back(amount(achieved, i.targets.front().quantity.unit, jindu::Role::achieved));
    i.status = status;
    i.completion = achieved / i.targets.front().quantity.value;
    return i;
}

Report report(std::vector<Item> items) {
    Report r;
    for (std::size_t k = 0; k < items.size(); ++k) items[k].row = k + 1;
    r.items = std::move(items);
    return r;
}

// The pairs as "old seq → new seq" lines, in the old report's order.
std::vector<std::string> pairs_by_seq(const Report& older, const Report& newer, const jindu::Comparison& c) {
    std::vector<std::string> out;
    for (const jindu::ItemPair& p : c.pairs)
        out.push_back(*older.items[p.old_item].seq + " → " + *newer.items[p.new_item].seq);
    return out;
}

const jindu::ItemPair* pair_of(const jindu::Comparison& c, std::size_t old_item) {
    for (const jindu::ItemPair& p : c.pairs)
        if (p.old_item == old_item) return &p;
    return nullptr;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("contents alike but for digits, punctuation, spaces, full-width and traditional forms are the same") {
    CHECK(jindu::content_similarity("新增公共停车泊位 3000 个。", "新增公共停车泊位３０００个") == 1.0);
    CHECK(jindu::content_similarity("新增公共停車泊位 1500 個", "新增公共停车泊位 3000 个。") == 1.0);
    CHECK(jindu::content_similarity("改造老旧小区 12 个", "完成老旧小区改造 12 个") > 0.5);
    CHECK(jindu::content_similarity("新建口袋公园 8 个", "新建城市书房 8 个") < 0.2);
    CHECK(jindu::content_similarity("", "新建口袋公园") == 0.0);
    CHECK(jindu::content_similarity("2024", "2024") == 0.0);  // no letters: nothing to compare
}

TEST_CASE("renumbered, reworded, moved, added and dropped items") {
    const Report older = report({
        item("1", "教育优学", "新建、改扩建中小学和幼儿园 4 所。", {"区教育局"}, 4, "所"),
        item("2", "教育优学", "为 300 间中小学教室更新护眼照明灯具。", {"区教育局"}, 300, "间"),
        item("3", "养老托育", "新增普惠性托育托位 500 个。", {"区卫生健康局"}, 500, "个"),
        item("4", "医疗健康", "新增家庭医生签约服务 2 万人。", {"区卫生健康局"}, 20000, "人"),
        item("5", "交通出行", "新增公共停车泊位 3000 个。", {"区住建局"}, 3000, "个"),
    });
    const Report newer = report({
        item("1", "教育优学", "为 300 间中小学教室更新护眼灯具。", {"区教育局"}, 300, "间"),          // was 2, reworded
        item("2", "教育优学", "新建改扩建中小学、幼儿园 4 所。", {"区教育局"}, 4, "所"),             // was 1, reworded
        item("3", "教育优学", "新增普惠性托育托位 500 个。", {"区卫生健康局"}, 500, "个"),           // was 3, moved
        item("4", "交通出行", "新增公共充电车位 800 个。", {"区住建局"}, 800, "个"),                 // added
        item("5", "交通出行", "新增公共停车位 3000 个。", {"区住建局", "区综合行政执法局"}, 3000, "个"),  // was 5
    });
    const jindu::Comparison c = jindu::compare(older, newer);

    CHECK(pairs_by_seq(older, newer, c) == std::vector<std::string>{"1 → 2", "2 → 1", "3 → 3", "5 → 5"});
    CHECK(c.dropped == std::vector<std::size_t>{3});  // 家庭医生签约
    CHECK(c.added == std::vector<std::size_t>{3});    // 公共充电车位
    CHECK(c.summary.matched == 4);
    CHECK(c.summary.added == 1);
    CHECK(c.summary.dropped == 1);

    // Renumbered and reworded: the text and the targets decide, not the seq.
    const jindu::ItemPair* renumbered = pair_of(c, 0);
    REQUIRE(renumbered);
    CHECK(renumbered->evidence.seq == false);
    CHECK(renumbered->evidence.text < 1.0);
    CHECK(renumbered->evidence.targets == jindu::TargetAgreement::same);
    CHECK(jindu::agreed(renumbered->evidence) == std::vector<std::string_view>{"text", "targets", "owners", "category"});
    // Moved: the category is the one signal against it.
    const jindu::ItemPair* moved = pair_of(c, 2);
    REQUIRE(moved);
    CHECK(moved->evidence.category == false);
    CHECK(moved->evidence.text == 1.0);
    CHECK(jindu::agreed(moved->evidence) == std::vector<std::string_view>{"text", "targets", "owners", "seq"});
    // Owners overlap though NEW names one more.
    const jindu::ItemPair* parking = pair_of(c, 4);
    REQUIRE(parking);
    CHECK(parking->evidence.owners == true);
    CHECK_FALSE(parking->target_changed);
    for (const jindu::ItemPair& p : c.pairs) CHECK(p.score >= jindu::CompareOptions{}.threshold);
}

TEST_CASE("contents too little alike are no pair, whatever else agrees") {
    // Same owner, category, target and 序号, but another project.
    const Report older = report({item("1", "城市更新", "新建口袋公园 8 个。", {"区住建局"}, 8, "个")});
    const Report newer = report({item("1", "城市更新", "新建城市书房 8 个。", {"区住建局"}, 8, "个")});
    const jindu::Comparison c = jindu::compare(older, newer);
    CHECK(c.pairs.empty());
    CHECK(c.dropped == std::vector<std::size_t>{0});
    CHECK(c.added == std::vector<std::size_t>{0});

    // Only the floor on the text kept them apart.
    const jindu::Comparison loose = jindu::compare(older, newer, {.min_text = 0});
    REQUIRE(loose.pairs.size() == 1);
    CHECK(loose.pairs[0].score >= jindu::CompareOptions{}.threshold);
    CHECK(jindu::agreed(loose.pairs[0].evidence) == std::vector<std::string_view>{"targets", "owners", "category", "seq"});
}

TEST_CASE("a pair below the threshold is not matched") {
    // Alike in part, and nothing else agrees.
    const Report older = report({item("8", "养老托育", "新增老年助餐服务点 10 个。", {"区民政局"}, 10, "个")});
    const Report newer = report({item("3", "社会保障", "新增老年活动中心 3 家。", {"区老龄办"}, 3, "家")});
    const jindu::Comparison c = jindu::compare(older, newer);
    CHECK(c.pairs.empty());
    CHECK(c.summary.dropped == 1);
    CHECK(c.summary.added == 1);

    const jindu::Comparison loose = jindu::compare(older, newer, {.threshold = 0.1});
    REQUIRE(loose.pairs.size() == 1);
    CHECK(loose.pairs[0].score < 0.5);
    CHECK(loose.pairs[0].evidence.text >= jindu::CompareOptions{}.min_text);
    CHECK(loose.pairs[0].evidence.targets == jindu::TargetAgreement::different);
    CHECK(jindu::agreed(loose.pairs[0].evidence).empty());
}

TEST_CASE("matching is one to one: the closer of two candidates is the partner") {
    const Report older = report({item("1", "交通出行", "新建新能源汽车充电桩 1500 个。", {"区发改局"}, 1500, "个")});
    const Report newer = report({
        item("1", "交通出行", "新建新能源汽车充电桩 1500 个（含快充桩）。", {"区发改局"}, 1500, "个"),
        item("2", "交通出行", "新建新能源汽车充电桩 1500 个。", {"区发改局"}, 1500, "个"),
    });
    const jindu::Comparison c = jindu::compare(older, newer);
    REQUIRE(c.pairs.size() == 1);
    CHECK(c.pairs[0].new_item == 1);
    CHECK(c.added == std::vector<std::size_t>{0});
}

TEST_CASE("a pair says how status, completion, achieved amounts and targets changed") {
    using jindu::Status;
    const Report older = report({
        progressed(item("1", "教育优学", "为 300 间教室更新护眼灯具。", {"区教育局"}, 300, "间"), 120, Status::in_progress),
        progressed(item("2", "城市更新", "改造雨污管网 25 公里。", {"区住建局"}, 25, "公里"), 8.5, Status::in_progress),
        progressed(item("3", "城市更新", "完成老旧小区改造 10 个。", {"区住建局"}, 10, "个"), 10, Status::completed),
        item("4", "交通出行", "优化调整公交线路 8 条。", {"区交通运输局"}, 8, "条"),
    });
    Report newer = report({
        progressed(item("1", "教育优学", "为 300 间教室更新护眼灯具。", {"区教育局"}, 300, "间"), 300, Status::completed),
        progressed(item("2", "城市更新", "改造雨污管网 25 公里。", {"区住建局"}, 25, "公里"), 8.5, Status::in_progress),
        progressed(item("3", "城市更新", "完成老旧小区改造 14 个。", {"区住建局"}, 14, "个"), 11, Status::in_progress),
        item("4", "交通出行", "优化调整公交线路 8 条。", {"区交通运输局"}, 8, "条"),
    });
    newer.items[3].status = Status::in_progress;  // started, no figure yet
    const jindu::Comparison c = jindu::compare(older, newer);
    REQUIRE(c.pairs.size() == 4);

    const jindu::ItemPair& done = c.pairs[0];
    CHECK(done.movement == jindu::Movement::completed);
    REQUIRE(done.completion_change);
    CHECK(*done.completion_change == 0.6);  // 0.4 → 1, without binary noise
    REQUIRE(done.achieved.size() == 1);
    CHECK(done.achieved[0] == jindu::AchievedChange{"间", 120.0, 300.0, 180.0});
    CHECK_FALSE(done.target_changed);

    CHECK(c.pairs[1].movement == jindu::Movement::stalled);
    CHECK(c.pairs[1].achieved[0].change == 0.0);

    const jindu::ItemPair& next_year = c.pairs[2];
    CHECK(next_year.target_changed);
    CHECK(next_year.evidence.targets == jindu::TargetAgreement::same_units);
    CHECK(next_year.movement == jindu::Movement::regressed);  // completed before, not now
    CHECK(next_year.achieved[0] == jindu::AchievedChange{"个", 10.0, 11.0, 1.0});

    CHECK(c.pairs[3].movement == jindu::Movement::advanced);
    CHECK(c.pairs[3].achieved.empty());
    CHECK_FALSE(c.pairs[3].completion_change);

    CHECK(c.summary.old_status.in_progress == 2);
    CHECK(c.summary.old_status.completed == 1);
    CHECK(c.summary.old_status.unknown == 1);
    CHECK(c.summary.new_status.in_progress == 3);
    CHECK(c.summary.new_status.completed == 1);
    CHECK(c.summary.movement.completed == 1);
    CHECK(c.summary.movement.stalled == 1);
    CHECK(c.summary.movement.regressed == 1);
    CHECK(c.summary.movement.advanced == 1);
}

TEST_CASE("the JSON names every pair, added and dropped item of the comparison") {
    const Report older = report({
        item("1", "教育优学", "新建幼儿园 2 所。", {"县教育局"}, 2, "所"),
        item("2", "文化体育", "提升改造农家书屋 20 个。", {"县文广旅体局"}, 20, "个"),
    });
    const Report newer = report({
        item("1", "教育优学", "新建幼儿园 3 所。", {"县教育局"}, 3, "所"),
        item("2", "城乡建设", "铺设供水主管网 38 公里。", {"县水利局"}, 38, "公里"),
    });
    const jindu::Comparison c = jindu::compare(older, newer);
    std::string text;
    jindu::write_compare_json(text, older, newer, c);
    const nlohmann::json j = nlohmann::json::parse(text);
    CHECK(j["schema"] == "jindu.compare/1");
    CHECK(j["summary"]["matched"] == 1);
    REQUIRE(j["pairs"].size() == 1);
    CHECK(j["pairs"][0]["old"]["content"] == "新建幼儿园 2 所。");
    CHECK(j["pairs"][0]["new"]["content"] == "新建幼儿园 3 所。");
    CHECK(j["pairs"][0]["evidence"]["targets"] == "same_units");
    CHECK(j["pairs"][0]["target_changed"] == true);
    CHECK(j["dropped"][0]["content"] == "提升改造农家书屋 20 个。");
    CHECK(j["added"][0]["content"] == "铺设供水主管网 38 公里。");

    std::string csv;
    jindu::write_compare_csv(csv, older, newer, c);
    std::istringstream lines(csv);
    std::vector<std::string> kinds;
    for (std::string line; std::getline(lines, line);) kinds.push_back(line.substr(0, line.find(',')));
    CHECK(kinds == std::vector<std::string>{"match", "matched", "dropped", "added"});
}

// Each gold list in samples/compare/ names its two reports ("# old", "# new")
// and their true partners by 序号, "-" for an item without one.
TEST_CASE("the sample pairs are matched with precision and recall of at least 0.95") {
    const fs::path folder = fs::path(JINDU_SOURCE_DIR) / "samples" / "compare";
    std::vector<fs::path> golds;
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().string().ends_with(".gold.tsv")) golds.push_back(e.path());
    std::sort(golds.begin(), golds.end());
    REQUIRE(golds.size() >= 2);

    for (const fs::path& gold : golds) {
        CAPTURE(gold.filename().string());
        std::string old_path, new_path;
        std::set<std::pair<std::string, std::string>> truth;
        std::set<std::string> old_alone, new_alone;
        std::istringstream in(read(gold));
        for (std::string line; std::getline(in, line);) {
            const std::size_t tab = line.find('\t');
            if (tab == std::string::npos) continue;
            const std::string a = line.substr(0, tab), b = line.substr(tab + 1);
            if (a == "# old") old_path = b;
            else if (a == "# new") new_path = b;
            else if (a.starts_with("#") || a == "old_seq") continue;
            else if (b == "-") old_alone.insert(a);
            else if (a == "-") new_alone.insert(b);
            else truth.emplace(a, b);
        }
        REQUIRE_FALSE(old_path.empty());
        REQUIRE_FALSE(new_path.empty());
        const Report older = jindu::parse_file(fs::path(JINDU_SOURCE_DIR) / old_path);
        const Report newer = jindu::parse_file(fs::path(JINDU_SOURCE_DIR) / new_path);
        // The gold list accounts for every item of both reports, each 序号 once.
        auto seqs = [](const Report& r) {
            std::multiset<std::string> s;
            for (const Item& i : r.items) s.insert(i.seq.value_or(""));
            return s;
        };
        std::multiset<std::string> old_gold(old_alone.begin(), old_alone.end()), new_gold(new_alone.begin(), new_alone.end());
        for (const auto& [a, b] : truth) {
            old_gold.insert(a);
            new_gold.insert(b);
        }
        REQUIRE(seqs(older) == old_gold);
        REQUIRE(seqs(newer) == new_gold);

        const jindu::Comparison c = jindu::compare(older, newer);
        std::size_t right = 0;
        for (const jindu::ItemPair& p : c.pairs)
            right += truth.count({*older.items[p.old_item].seq, *newer.items[p.new_item].seq});
        const double precision = c.pairs.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(c.pairs.size());
        const double recall = static_cast<double>(right) / static_cast<double>(truth.size());
        MESSAGE(gold.filename().string() << ": " << c.pairs.size() << " pairs, " << right << " of " << truth.size()
                                         << " true pairs: precision " << precision << ", recall " << recall);
        CHECK(precision >= 0.95);
        CHECK(recall >= 0.95);
    }
}
