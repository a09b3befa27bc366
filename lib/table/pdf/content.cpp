// Content streams read from qpdf's tokens, grouped into operands as qpdf's parser groups them.
#include "table/pdf/content.hpp"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QUtil.hh>

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

    ObjectReader(std::shared_ptr<InputSource> input, QPDF* context) : input_(std::move(input)), context_(context) {
        tokenizer_.allowEOF();
    }

    Item next() {
        open_.clear();
        int bad_count = 0;
        int good_count = 0;
        for (;;) {
            token_ = tokenizer_.readToken(input_, content_object, true);
            if (!token_.getErrorMessage().empty()) warn(token_.getErrorMessage());
            enum class Step { value, start, stop, eof } step = Step::value;
            Item item = Item::other;
            bool bad = false;
            bool give_up = false;
            switch (token_.getType()) {
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
                    open_.push_back({token_.getType() == QPDFTokenizer::tt_array_open, input_->tell(), {}});
                    step = Step::start;
                }
                break;
            case QPDFTokenizer::tt_integer:
                number_ = static_cast<double>(QUtil::string_to_ll(token_.getValue().c_str()));
                item = Item::number;
                break;
            case QPDFTokenizer::tt_real:
                number_ = std::atof(token_.getValue().c_str());
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
                                                       !bad && item == Item::name ? token_.getValue() : std::string());
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

    // After next() gave Item::op or Item::name: the operator, or the name with its slash.
    const std::string& text() const noexcept { return token_.getValue(); }
    // After next() gave Item::number.
    double number() const noexcept { return number_; }

    // After the ID operator: skips the inline image's data, as qpdf's content parser does.
    // Returns false, with qpdf's warning, when no EI ends it.
    bool skip_inline_image(const std::string& description) {
        char ch;
        input_->read(&ch, 1);  // the white space after ID
        tokenizer_.expectInlineImage(input_);
        const QPDFTokenizer::Token image = tokenizer_.readToken(input_, description, true);
        if (image.getType() != QPDFTokenizer::tt_bad) return true;
        warn(QPDFExc(qpdf_e_damaged_pdf, input_->getName(), "stream data", input_->tell(),
                     "EOF found while reading inline image"));
        return false;
    }

private:
    void warn(const QPDFExc& e) {
        if (!context_) throw e;
        context_->warn(e);
    }
    void warn(qpdf_offset_t offset, const std::string& message) {
        warn(QPDFExc(qpdf_e_damaged_pdf, input_->getName(), content_object, offset, message));
    }
    void warn(const std::string& message) { warn(input_->getLastOffset(), message); }

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

    std::shared_ptr<InputSource> input_;
    QPDF* context_;
    QPDFTokenizer tokenizer_;
    QPDFTokenizer::Token token_;
    double number_ = 0;
    std::vector<Composite> open_;
};

}  // namespace

void read_content(QPDFObjectHandle contents, const std::string& description, ContentHandler& handler) {
    Pl_Buffer buffer("concatenated stream data buffer");
    std::string all_description;
    contents.pipeContentStreams(&buffer, description, all_description);
    const std::shared_ptr<Buffer> data = buffer.getBufferSharedPointer();
    const std::size_t length = data->getSize();
    const auto input = std::make_shared<BufferInputSource>(all_description, data.get());
    ObjectReader reader(input, contents.getOwningQPDF());
    Operands operands;
    while (static_cast<std::size_t>(input->tell()) < length) {
        switch (reader.next()) {
        case ObjectReader::Item::end:
            return;
        case ObjectReader::Item::number:
            operands.numbers.push_back(reader.number());
            operands.name_last = false;
            break;
        case ObjectReader::Item::name:
            operands.name = reader.text();
            operands.name_last = true;
            break;
        case ObjectReader::Item::other:
            operands.name_last = false;
            break;
        case ObjectReader::Item::op:
            if (!handler.on_operator(reader.text(), operands)) return;
            operands.numbers.clear();
            operands.name_last = false;
            if (reader.text() == std::string_view("ID") && reader.skip_inline_image(all_description))
                handler.on_inline_image();
            break;
        }
    }
}

}  // namespace jindu::table::pdf
