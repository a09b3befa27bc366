// Private: the responsible units of an item, read from a cell or a clause.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jindu::report {

struct Owners {
    std::vector<std::string> units;  // the responsible (lead) units, in printed order
    std::string remark;              // what the cell says besides: （城南水厂预计12月底完工）
};

// Reads a responsible-units cell: split on 、，；/ and spaces; a line break
// splits only after a unit's name (区人力资源\n社会保障局 is one unit wrapped);
// bracketed remarks are set apart; cooperating units (配合单位：…, 区财政局（配合）)
// and labels (牵头单位：) are left out.
Owners read_owners(std::string_view cell);

// True when text starts with the name of an organisation (县水利局（…）,
// 区住建局、区城管局): how a 备注 column that holds the owners is told.
bool names_a_unit(std::string_view text);

}  // namespace jindu::report
