#include "table/chrome.hpp"

#include <jindu/table.hpp>

#include <doctest/doctest.h>

#include <string_view>

using namespace jindu;

TEST_CASE("page chrome is told from report text by its labels and marks") {
    struct Case {
        std::string_view text;
        bool chrome;
    };
    const Case cases[] = {
        // navigation
        {"首页 > 信息公开 > 计划总结", true},
        {"首页›政务公开›民生工程", true},
        {"当前位置：首页 / 通知公告", true},
        {"您现在的位置: 政府信息公开", true},
        // publishing details
        {"发布日期：2023-05-06　　信息来源：县政府办　　【字体：大 中 小】", true},
        {"发布时间: 2022-11-30 09:12 来源: 市发展改革委", true},
        {"浏览次数：1024", true},
        {"作者：办公室 责任编辑：王某", true},
        // attachments and contacts
        {"附件：2023年重点项目推进表.docx", true},
        {"附件1", true},
        {"联系人：综合科 张某", true},
        {"联系电话：0591-12345678", true},
        {"电话：0591-12345678　传真：0591-12345679", true},
        // links, sharing, printing
        {"上一篇：关于开展安全检查的通知", true},
        {"下一条: 无", true},
        {"扫一扫在手机打开当前页", true},
        {"【打印】【关闭】", true},
        {"分享到：微信 微博", true},
        // footers
        {"主办：某某市人民政府办公厅　地址：人民路1号", true},
        {"主办单位：市政府办公室 承办单位：市信息中心", true},
        {"版权所有 © 某某县人民政府", true},
        {"苏ICP备12345678号-2", true},
        {"网站标识码 1234567890", true},
        {"ＦＵＬＬ　ＷＩＤＴＨ　Ｃｏｐｙｒｉｇｈｔ　２０２４", true},
        // an article's byline and counters
        {"来源：某街道党政办　　编辑：李某　　审核：周某", true},
        {"编辑：李某", true},
        {"制表：某街道党政办　　联系电话：0571-12345678　　制表日期：2023年10月9日", true},
        {"填报人：王某", true},
        {"阅读 1.2万　在看 86", true},
        {"阅读10万+", true},
        {"阅读推广活动12场", false},  // a project, not a counter
        {"在看护中心服务老人300名", false},
        {"發佈日期：2024-01-02", true},  // traditional characters
        // report text
        {"序号", false},
        {"2024年民生实事项目进展情况", false},
        {"注：完成率按年度目标计算。", false},
        {"承办单位：区教育局", false},  // an owner label, not a footer
        {"主办单位", false},
        {"数据来源：统计局", false},
        {"新建首页展示屏2块", false},
        {"全年共发放补贴1200万元，惠及群众3.2万人次，群众满意度持续提升，为下一步工作打下坚实基础，"
         "各责任单位要对照目标任务查漏补缺，确保全面完成年度任务，联系电话等方式已公开，全区上下共同推进民生实事"
         "落地见效，切实增强人民群众的获得感幸福感安全感。",
         false},  // long: prose, whatever it holds
        {"", false},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(table::is_page_chrome(c.text) == c.chrome);
    }
}

TEST_CASE("a row is chrome when its one text is") {
    Row footer{{Cell{"网站地图 | 联系我们"}, Cell{"网站地图 | 联系我们", true}}, 1, false};
    table::mark_chrome(footer);
    CHECK(footer.chrome);

    Row data{{Cell{"1"}, Cell{"联系电话：0591-1234567"}}, 2, false};
    table::mark_chrome(data);
    CHECK_FALSE(data.chrome);

    Row empty{{Cell{}, Cell{}}, 3, false};
    table::mark_chrome(empty);
    CHECK_FALSE(empty.chrome);
}
