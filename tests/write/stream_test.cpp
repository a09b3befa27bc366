// The streaming writers: the same bytes as the string writers, handed to a
// std::ostream in chunks, and a report written batch by batch.
#include <jindu/write.hpp>

#include "write/sample_report.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using jindu::test::sample_report;

namespace {

// A report of n items, enough to span several of the writers' chunks.
jindu::Report big_report(std::size_t n) {
    jindu::Report r = sample_report();
    const std::vector<jindu::Item> two = r.items;
    r.items.clear();
    for (std::size_t i = 0; i < n; ++i) {
        jindu::Item item = two[i % two.size()];
        item.row = i + 1;
        item.content += std::string(i % 50, 'x') + ",\"quoted\"\n";
        r.items.push_back(std::move(item));
    }
    jindu::Diagnostic d;
    d.code = jindu::ErrorCode::skipped_row;
    d.message = "text below the table";
    d.where.line = n + 2;
    r.diagnostics.push_back(d);
    return r;
}

// A stream buffer that takes `room` bytes, then fails every write.
class FullBuffer : public std::streambuf {
public:
    explicit FullBuffer(std::size_t room) : room_(room) {}
    std::string taken;
    std::size_t calls = 0;

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        ++calls;
        const auto size = static_cast<std::size_t>(n);
        if (size > room_) return 0;
        room_ -= size;
        taken.append(s, size);
        return n;
    }
    int_type overflow(int_type) override { return traits_type::eof(); }

private:
    std::size_t room_;
};

}  // namespace

TEST_CASE("the streaming writers give the bytes of the string writers") {
    const std::vector<jindu::Report> reports{big_report(3000), sample_report(), jindu::Report{}};
    for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
        const std::span<const jindu::Report> some(reports.data(), count);
        CAPTURE(count);
        for (const jindu::CsvOptions options : {jindu::CsvOptions{}, jindu::CsvOptions{.bom = true},
                                                jindu::CsvOptions{.header = false}}) {
            std::string csv;
            jindu::write_csv(csv, some, options);
            std::ostringstream csv_stream;
            jindu::write_csv(csv_stream, some, options);
            CHECK(csv_stream.str() == csv);

            std::string quantities;
            jindu::write_quantities_csv(quantities, some, options);
            std::ostringstream quantities_stream;
            jindu::write_quantities_csv(quantities_stream, some, options);
            CHECK(quantities_stream.str() == quantities);
        }
        std::string json;
        jindu::write_json(json, some);
        std::ostringstream json_stream;
        jindu::write_json(json_stream, some);
        CHECK(json_stream.str() == json);
    }
    std::string one;
    jindu::write_json(one, reports.front());
    std::ostringstream one_stream;
    jindu::write_json(one_stream, reports.front());
    CHECK(one_stream.str() == one);
}

TEST_CASE("a large report reaches the stream in several chunks, each ending after an item") {
    const jindu::Report report = big_report(3000);
    std::string whole;
    jindu::write_csv(whole, std::span(&report, 1));
    REQUIRE(whole.size() > 200'000);
    FullBuffer buffer(whole.size());
    std::ostream out(&buffer);
    jindu::write_csv(out, std::span(&report, 1));
    CHECK(out.good());
    CHECK(buffer.taken == whole);
    CHECK(buffer.calls > 2);
    CHECK(buffer.calls < whole.size() / 1000);
}

TEST_CASE("a failing stream stops the writer and shows in the stream's state") {
    const jindu::Report report = big_report(3000);
    FullBuffer buffer(70'000);
    std::ostream out(&buffer);
    jindu::write_json(out, report);
    CHECK(out.bad());
    CHECK(buffer.taken.size() <= 70'000);
    // No write is tried after the first failure.
    const std::size_t calls = buffer.calls;
    CHECK(calls == 2);
}

TEST_CASE("a report written batch by batch gives the bytes of write_json on the whole") {
    const jindu::Report whole = big_report(2500);
    std::string expected;
    jindu::write_json(expected, whole);
    for (std::size_t batch : {std::size_t{1}, std::size_t{7}, std::size_t{1000}, std::size_t{5000}}) {
        CAPTURE(batch);
        std::ostringstream out;
        jindu::JsonReportWriter writer(out);
        jindu::Report part = whole;
        part.items.clear();
        std::size_t at = 0;
        for (; at + batch < whole.items.size(); at += batch) {
            part.items.assign(whole.items.begin() + static_cast<std::ptrdiff_t>(at),
                              whole.items.begin() + static_cast<std::ptrdiff_t>(at + batch));
            writer.items(part);
        }
        part.items.assign(whole.items.begin() + static_cast<std::ptrdiff_t>(at), whole.items.end());
        writer.finish(part);
        CHECK(out.str() == expected);
    }
}

TEST_CASE("a report without batches is written whole by finish") {
    for (const jindu::Report& report : {sample_report(), jindu::Report{}}) {
        std::string expected;
        jindu::write_json(expected, report);
        std::ostringstream out;
        jindu::JsonReportWriter(out).finish(report);
        CHECK(out.str() == expected);
    }
}
