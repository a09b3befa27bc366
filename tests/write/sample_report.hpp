// A report built by hand, shaped like the first rows of the 2024 half-year seed.
#pragma once

#include <jindu/report.hpp>

#include <string>
#include <utility>

namespace jindu::test {

inline Amount amount(Role role, double value, std::string unit, Kind kind, std::string text,
                     std::string subject = {}, Field field = Field::content) {
    Amount a;
    a.quantity.value = value;
    a.quantity.unit = std::move(unit);
    a.quantity.kind = kind;
    a.quantity.text = std::move(text);
    a.role = role;
    a.subject = std::move(subject);
    a.field = field;
    return a;
}

inline Report sample_report() {
    Report r;
    r.source = "samples/2024-h1.txt";
    r.title = "2024年度区政府民生实项目半年度进展表";
    r.year = 2024;
    r.period = Period{"H1", "半年度"};
    r.format = InputFormat::text;
    r.encoding = "UTF-8";

    Item school;
    school.row = 5;
    school.seq = "1";
    school.category = "教育优学";
    school.content = "新投用小学、幼儿园 5 所。";
    school.owners = {"区教育局"};
    school.progress = "小学：已完成 85%。幼儿园：已完成 65%。";
    school.targets = {amount(Role::target, 5, "所", Kind::count, "5 所", "小学、幼儿园")};
    school.targets[0].reason = "target: content cell";
    school.percents = {amount(Role::percent, 85, "%", Kind::percent, "已完成 85%", "小学", Field::progress),
                       amount(Role::percent, 65, "%", Kind::percent, "已完成 65%", "幼儿园", Field::progress)};
    school.percents[0].reason = "cue 完成, progress";
    school.status = Status::in_progress;
    school.completion = 0.75;
    r.items.push_back(school);

    Item patients;
    patients.row = 9;
    patients.content = "为全区 8 万多名“两慢病”患者提供健康服务。";
    patients.owners = {"区卫生健康局", "区大数据管理中心"};
    patients.progress = "医生端已开发完成并部署到位。";
    patients.targets = {amount(Role::target, 80000, "名", Kind::count, "8 万多名")};
    patients.targets[0].quantity.qualifier = Qualifier::more_than;
    patients.others = {amount(Role::threshold, 70, "周岁", Kind::age, "70 周岁以上")};
    patients.others[0].quantity.qualifier = Qualifier::at_least;
    patients.others[0].reason = "threshold: an age";
    r.items.push_back(patients);

    Diagnostic note;
    note.code = ErrorCode::note_row;
    note.severity = Severity::note;
    note.message = "note under the table";
    note.source = r.source;
    note.where = Location{1234, 40, 1};
    note.fragment = "注：";
    r.diagnostics.push_back(note);
    return r;
}

}  // namespace jindu::test
