// Content streams tokenized by qpdf's rules and grouped into operands as qpdf's parser groups them.
#include "table/pdf/content.hpp"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QUtil.hh>

#include <array>
#include <cstdlib>
#include <memory>
#include <set>
#include <string_view>
#include <utility>

namespace jindu::table::pdf {

namespace {

// What qpdf's content parser calls the objects it reads, in its messages.
const std::string content_object = "content";

// qpdf's parser reads arrays and dictionaries nested this deep at most.
constexpr std::size_t max_nesting = 500;

using Token = QPDFTokenizer::token_type_e;

// The character classes of qpdf's tokenizer: white space (NUL too) and the
// other delimiters, which end a name, a number or a word.
enum CharacterClass : unsigned char { regular, delimiter, space };
constexpr auto character_classes = [] {
    std::array<CharacterClass, 256> classes{};
    for (const char c : std::string_view("\0 \n\r\t\f\v", 7)) classes[static_cast<unsigned char>(c)] = space;
    for (const char c : std::string_view("/(){}<>[]%")) classes[static_cast<unsigned char>(c)] = delimiter;
    return classes;
}();
bool is_space(char c) noexcept { return character_classes[static_cast<unsigned char>(c)] == space; }
bool is_delimiter(char c) noexcept { return character_classes[static_cast<unsigned char>(c)] != regular; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// The tokens of decoded content, by the rules of qpdf's tokenizer (QPDFTokenizer
// in qpdf 11): the same token types and boundaries, the same decoding of names
// and the same error messages, from the bytes directly, without qpdf's call
// per character and its copies of each token's text. Strings are skipped, not
// decoded: no operand the rules read is a string.
class Lexer {
public:
    Lexer(const char* data, std::size_t size) : data_(data), size_(size) {}

    // Reads the next token, skipping white space and comments.
    void next() {
        error.clear();
        for (;;) {
            if (pos == size_) {
                type = QPDFTokenizer::tt_eof;
                offset = size_;
                return;
            }
            if (is_space(data_[pos])) {
                ++pos;
            } else if (data_[pos] == '%') {
                while (pos < size_ && data_[pos] != '\r' && data_[pos] != '\n') ++pos;
                if (pos == size_) {  // a comment that the data ends in is a bad token, without a message
                    type = QPDFTokenizer::tt_bad;
                    offset = size_;
                    return;
                }
                ++pos;
            } else {
                break;
            }
        }
        offset = pos;
        const char c = data_[pos++];
        switch (c) {
        case '(':
            return literal_string();
        case '<':
            if (pos < size_ && data_[pos] == '<') {
                ++pos;
                type = QPDFTokenizer::tt_dict_open;
                return;
            }
            return hex_string();
        case '>':
            if (pos == size_) return bad("EOF while reading token");
            if (data_[pos] != '>') return bad("unexpected >");  // the character after it is read again
            ++pos;
            type = QPDFTokenizer::tt_dict_close;
            return;
        case ')':
            return bad("unexpected )");
        case '[':
            type = QPDFTokenizer::tt_array_open;
            return;
        case ']':
            type = QPDFTokenizer::tt_array_close;
            return;
        case '{':
            type = QPDFTokenizer::tt_brace_open;
            return;
        case '}':
            type = QPDFTokenizer::tt_brace_close;
            return;
        case '/':
            return read_name();
        default:
            return number_or_word(c);
        }
    }

    Token type = QPDFTokenizer::tt_bad;
    std::size_t offset = 0;  // where the token starts
    std::size_t pos = 0;     // where the next one is looked for
    std::string name;        // a name, decoded, with its slash
    std::string error;       // qpdf's message for the token, "" when it has none

    // The token's bytes: a number's or a word's text.
    std::string_view text() const noexcept { return {data_ + offset, pos - offset}; }

private:
    void bad(const char* message) {
        type = QPDFTokenizer::tt_bad;
        error = message;
    }

    // ( ... ): balanced parentheses, escapes.
    void literal_string() {
        int depth = 1;
        while (pos < size_) {
            const char c = data_[pos++];
            if (c == '\\') {
                if (pos == size_) break;
                const char escaped = data_[pos++];
                if (escaped >= '0' && escaped <= '7') {
                    for (int digits = 1; digits < 3 && pos < size_ && data_[pos] >= '0' && data_[pos] <= '7'; ++digits)
                        ++pos;
                } else if (escaped == '\r' && pos < size_ && data_[pos] == '\n') {
                    ++pos;
                }
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                if (--depth == 0) {
                    type = QPDFTokenizer::tt_string;
                    return;
                }
            } else if (c == '\r' && pos < size_ && data_[pos] == '\n') {
                ++pos;
            }
        }
        bad("EOF while reading token");
    }

    // < ... >: hex digits and white space.
    void hex_string() {
        while (pos < size_) {
            const char c = data_[pos++];
            if (c == '>') {
                type = QPDFTokenizer::tt_string;
                return;
            }
            if (hex_value(c) < 0 && !is_space(c)) {
                type = QPDFTokenizer::tt_bad;
                error = std::string("invalid character (") + c + ") in hexstring";
                return;
            }
        }
        bad("EOF while reading token");
    }

    // /Name, with #xx escapes decoded; a stray # is kept as a NUL before what follows it.
    void read_name() {
        name.assign(1, '/');
        bool null_character = false;
        for (;;) {
            if (pos == size_ || is_delimiter(data_[pos])) break;
            const char c = data_[pos++];
            if (c != '#') {
                name += c;
                continue;
            }
            const int high = pos < size_ ? hex_value(data_[pos]) : -1;
            if (high < 0) {
                error = "name with stray # will not work with PDF >= 1.2";
                name += '\0';
                continue;
            }
            const char first = data_[pos++];
            const int low = pos < size_ ? hex_value(data_[pos]) : -1;
            if (low < 0) {
                error = "name with stray # will not work with PDF >= 1.2";
                name += '\0';
                name += first;
                continue;
            }
            ++pos;
            if (high == 0 && low == 0) {
                error = "null character not allowed in name token";
                name += "#00";
                null_character = true;
            } else {
                name += static_cast<char>(high * 16 + low);
            }
        }
        type = null_character ? QPDFTokenizer::tt_bad : QPDFTokenizer::tt_name;
    }

    // An integer, a real, or any other run of characters (a word: an operator, true, false, null).
    void number_or_word(char first) {
        enum class State { integer, real, sign, point, word };
        State state = is_digit(first) ? State::integer
                      : first == '+' || first == '-' ? State::sign
                      : first == '.' ? State::point
                                     : State::word;
        for (; pos < size_ && !is_delimiter(data_[pos]); ++pos) {
            const char c = data_[pos];
            switch (state) {
            case State::integer:
                if (c == '.') state = State::real;
                else if (!is_digit(c)) state = State::word;
                break;
            case State::real:
                if (!is_digit(c)) state = State::word;
                break;
            case State::sign:
                state = is_digit(c) ? State::integer : c == '.' ? State::point : State::word;
                break;
            case State::point:
                state = is_digit(c) ? State::real : State::word;
                break;
            case State::word:
                break;
            }
        }
        if (state == State::integer) {
            type = QPDFTokenizer::tt_integer;
        } else if (state == State::real) {
            type = QPDFTokenizer::tt_real;
        } else {
            const std::string_view word = text();
            type = word == "true" || word == "false" ? QPDFTokenizer::tt_bool
                   : word == "null"                  ? QPDFTokenizer::tt_null
                                                     : QPDFTokenizer::tt_word;
        }
    }

    const char* data_;
    std::size_t size_;
};

// An array or a dictionary being read.
struct Composite {
    bool array = true;
    qpdf_offset_t offset = 0;  // just after the opening token: where qpdf's messages about it point
    // A dictionary's elements, for the checks qpdf makes of its keys: whether each is a name, and which.
    std::vector<std::pair<bool, std::string>> elements;
};

// Reads one top-level object at a time, as QPDFParser::parse(empty, true) does:
// the same tokens, the same grouping, and the same warnings.
class ObjectReader {
public:
    enum class Item { end, op, number, name, other };

    ObjectReader(std::shared_ptr<Buffer> data, std::string description, QPDF* context)
        : data_(std::move(data)), description_(std::move(description)), context_(context),
          lexer_(reinterpret_cast<const char*>(data_->getBuffer()), data_->getSize()) {}

    bool at_end() const noexcept { return lexer_.pos >= data_->getSize(); }

    Item next() {
        open_.clear();
        int bad_count = 0;
        int good_count = 0;
        for (;;) {
            lexer_.next();
            if (!lexer_.error.empty()) warn(lexer_.error);
            enum class Step { value, start, stop, eof } step = Step::value;
            Item item = Item::other;
            bool bad = false;
            bool give_up = false;
            switch (lexer_.type) {
            case QPDFTokenizer::tt_eof:
                bad = true;
                step = Step::eof;
                break;
            case QPDFTokenizer::tt_bad:
                bad = true;
                break;
            case QPDFTokenizer::tt_brace_open:
            case QPDFTokenizer::tt_brace_close:
                warn("treating unexpected brace token as null");
                bad = true;
                break;
            case QPDFTokenizer::tt_array_close:
                if (!open_.empty() && open_.back().array) {
                    step = Step::stop;
                } else {
                    warn("treating unexpected array close token as null");
                    bad = true;
                }
                break;
            case QPDFTokenizer::tt_dict_close:
                if (!open_.empty() && !open_.back().array) {
                    step = Step::stop;
                } else {
                    warn("unexpected dictionary close token");
                    bad = true;
                }
                break;
            case QPDFTokenizer::tt_array_open:
            case QPDFTokenizer::tt_dict_open:
                if (open_.size() + 1 > max_nesting) {
                    warn("ignoring excessively deeply nested data structure");
                    bad = true;
                    give_up = true;
                } else {
                    open_.push_back({lexer_.type == QPDFTokenizer::tt_array_open, offset(lexer_.pos), {}});
                    step = Step::start;
                }
                break;
            case QPDFTokenizer::tt_integer:
                number_ = static_cast<double>(QUtil::string_to_ll(std::string(lexer_.text()).c_str()));
                item = Item::number;
                break;
            case QPDFTokenizer::tt_real:
                number_ = std::atof(std::string(lexer_.text()).c_str());
                item = Item::number;
                break;
            case QPDFTokenizer::tt_name:
                item = Item::name;
                break;
            case QPDFTokenizer::tt_word:
                item = Item::op;
                break;
            case QPDFTokenizer::tt_bool:
            case QPDFTokenizer::tt_null:
            case QPDFTokenizer::tt_string:
                break;
            default:
                warn("treating unknown token type as null while reading object");
                bad = true;
                break;
            }
            if (bad) {
                ++bad_count;
                good_count = 0;
            } else if (++good_count > 3) {
                bad_count = 0;
            }
            if (bad_count > 5) {
                warn("too many errors; giving up on reading object");
                give_up = true;
            }
            if (give_up) return Item::other;  // a null, and what was open is dropped
            switch (step) {
            case Step::eof:
                if (!open_.empty()) warn("parse error while reading object");
                return Item::end;
            case Step::start:
                break;
            case Step::value:
                if (open_.empty()) return bad ? Item::other : item;
                if (!open_.back().array)
                    open_.back().elements.emplace_back(!bad && item == Item::name,
                                                       !bad && item == Item::name ? lexer_.name : std::string());
                break;
            case Step::stop: {
                const Composite done = std::move(open_.back());
                open_.pop_back();
                if (!done.array) check_keys(done);
                if (open_.empty()) return Item::other;
                if (!open_.back().array) open_.back().elements.emplace_back(false, std::string());
                break;
            }
            }
        }
    }

    // After next() gave Item::op: the operator.
    std::string_view op() const noexcept { return lexer_.text(); }
    // After next() gave Item::name: the name, with its slash.
    const std::string& name() const noexcept { return lexer_.name; }
    // After next() gave Item::number.
    double number() const noexcept { return number_; }

    // After the ID operator: skips the inline image's data with qpdf's own
    // tokenizer, which finds the EI that ends it as qpdf's content parser does.
    // Returns false, with qpdf's warning, when none does.
    bool skip_inline_image() {
        if (!input_) input_ = std::make_shared<BufferInputSource>(description_, data_.get());
        input_->seek(offset(lexer_.pos), SEEK_SET);
        char ch;
        input_->read(&ch, 1);  // the white space after ID
        QPDFTokenizer tokenizer;
        tokenizer.allowEOF();
        tokenizer.expectInlineImage(input_);
        const QPDFTokenizer::Token image = tokenizer.readToken(input_, description_, true);
        lexer_.pos = static_cast<std::size_t>(input_->tell());
        if (image.getType() != QPDFTokenizer::tt_bad) return true;
        warn(QPDFExc(qpdf_e_damaged_pdf, description_, "stream data", input_->tell(),
                     "EOF found while reading inline image"));
        return false;
    }

private:
    void warn(const QPDFExc& e) {
        if (!context_) throw e;
        context_->warn(e);
    }
    static qpdf_offset_t offset(std::size_t at) noexcept { return static_cast<qpdf_offset_t>(at); }
    void warn(qpdf_offset_t at, const std::string& message) {
        warn(QPDFExc(qpdf_e_damaged_pdf, description_, content_object, at, message));
    }
    // About the token just read, as qpdf's parser warns at its tokenizer's last offset.
    void warn(const std::string& message) { warn(offset(lexer_.offset), message); }

    // The warnings qpdf gives turning a dictionary's elements into keys and values.
    void check_keys(const Composite& dictionary) {
        std::set<std::string> names;
        for (const auto& [is_name, name] : dictionary.elements)
            if (is_name) names.insert(name);
        std::set<std::string> keys;
        int next_fake_key = 1;
        const auto& elements = dictionary.elements;
        for (std::size_t i = 0; i < elements.size();) {
            std::string key;
            if (elements[i].first) {
                key = elements[i].second;
                ++i;
            } else {
                do key = "/QPDFFake" + std::to_string(next_fake_key++);
                while (names.count(key) > 0);
                warn(dictionary.offset, "expected dictionary key but found non-name object; inserting key " + key);
            }
            if (keys.count(key) > 0)
                warn(dictionary.offset,
                     "dictionary has duplicated key " + key + "; last occurrence overrides earlier ones");
            if (i < elements.size())
                ++i;
            else
                warn(dictionary.offset, "dictionary ended prematurely; using null as value for last key");
            keys.insert(std::move(key));
        }
    }

    std::shared_ptr<Buffer> data_;
    std::string description_;  // the content's, as qpdf names it in messages
    QPDF* context_;
    Lexer lexer_;
    std::shared_ptr<BufferInputSource> input_;  // for inline images, made at the first
    double number_ = 0;
    std::vector<Composite> open_;
};

}  // namespace

void read_content(QPDFObjectHandle contents, const std::string& description, ContentHandler& handler) {
    Pl_Buffer buffer("concatenated stream data buffer");
    std::string all_description;
    contents.pipeContentStreams(&buffer, description, all_description);
    ObjectReader reader(buffer.getBufferSharedPointer(), all_description, contents.getOwningQPDF());
    Operands operands;
    while (!reader.at_end()) {
        switch (reader.next()) {
        case ObjectReader::Item::end:
            return;
        case ObjectReader::Item::number:
            operands.numbers.push_back(reader.number());
            operands.name_last = false;
            break;
        case ObjectReader::Item::name:
            operands.name = reader.name();
            operands.name_last = true;
            break;
        case ObjectReader::Item::other:
            operands.name_last = false;
            break;
        case ObjectReader::Item::op:
            if (!handler.on_operator(reader.op(), operands)) return;
            operands.numbers.clear();
            operands.name_last = false;
            if (reader.op() == "ID" && reader.skip_inline_image()) handler.on_inline_image();
            break;
        }
    }
}

}  // namespace jindu::table::pdf
