// Oracle property test: ICU's rule-based spellout writes random numbers in
// Chinese (zh and zh_Hant); scan must read each back to the same value.
#include <jindu/quantity.hpp>

#include <doctest/doctest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>
#include <random>
#include <string>

namespace {

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

struct Speller {
    explicit Speller(const char* locale) {
        UErrorCode status = U_ZERO_ERROR;
        format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
        REQUIRE(U_SUCCESS(status));
    }
    std::string operator()(std::int64_t n) const {
        icu::UnicodeString s;
        format->format(static_cast<int64_t>(n), s);
        return utf8(s);
    }
    std::string operator()(double v) const {
        icu::UnicodeString s;
        format->format(v, s);
        return utf8(s);
    }
    std::unique_ptr<icu::RuleBasedNumberFormat> format;
};

// The one value scan reads from text, or NaN when it reads none or several.
double read_back(const std::string& text) {
    const auto found = jindu::scan(text);
    return found.size() == 1 ? found.front().value : std::nan("");
}

}  // namespace

TEST_CASE("scan reads back every integer ICU spells in Chinese") {
    std::mt19937_64 random(20240629);
    std::uniform_int_distribution<std::int64_t> any(0, 1'000'000'000'000);
    std::uniform_int_distribution<int> digits(1, 12);
    int cases = 0;
    for (const char* locale : {"zh", "zh_Hant"}) {
        const Speller spell(locale);
        for (int i = 0; i < 6000; ++i) {
            // Half the numbers are short, so small numbers and zeros inside are common.
            std::int64_t n = any(random);
            if (i % 2 == 1) n %= static_cast<std::int64_t>(std::pow(10, digits(random)));
            const std::string text = spell(n);
            INFO(std::string(locale) << " " << n << " " << text);
            CHECK(read_back(text) == static_cast<double>(n));
            ++cases;
        }
    }
    MESSAGE(cases << " integers read back");
    CHECK(cases >= 10000);
}

TEST_CASE("scan reads back decimals and negative numbers ICU spells in Chinese") {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> whole(0, 100'000'000);
    std::uniform_int_distribution<int> thousandths(0, 999);
    for (const char* locale : {"zh", "zh_Hant"}) {
        const Speller spell(locale);
        for (int i = 0; i < 1000; ++i) {
            const double v = static_cast<double>(whole(random)) + thousandths(random) / 1000.0;
            const double signed_v = i % 5 == 0 ? -v : v;
            const std::string text = spell(signed_v);
            INFO(std::string(locale) << " " << signed_v << " " << text);
            CHECK(read_back(text) == doctest::Approx(signed_v).epsilon(1e-12));
        }
    }
}
