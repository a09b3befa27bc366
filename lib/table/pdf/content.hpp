// Private: the operators of a PDF content stream and their operands, through qpdf.
//
// qpdf's content parser (QPDFObjectHandle::parseContentStream) makes an
// object, with a shared pointer and a description, for every operand, and its
// tokenizer makes a call and a copy per character: on a page of ruled tables
// that costs more than poppler's whole text layer. The rules need only the
// numbers before each operator and the name before Do, so this tokenizes the
// content qpdf decodes by the rules of qpdf's tokenizer and groups the tokens
// into operands the way its parser does (an array or a dictionary is one
// operand, inline images are found by qpdf's tokenizer itself, and damaged
// content warns through the QPDF object with the parser's messages and
// offsets), without making the objects. tests/table/pdf_content_test.cpp
// holds it to qpdf's parser.
//
// Included by C++17 sources only: qpdf's headers are C++17 (see CMakeLists.txt).
#pragma once

#include <qpdf/QPDFObjectHandle.hh>

#include <string>
#include <string_view>
#include <vector>

namespace jindu::table::pdf {

// The operands of one operator, as far as the rules read them.
struct Operands {
    std::vector<double> numbers;  // the integer and real operands, in order
    bool name_last = false;       // the last operand is a name
    std::string name;             // that name, with its slash ("/Fm0")
};

class ContentHandler {
public:
    virtual ~ContentHandler() = default;
    // An operator with its operands; false stops reading the stream.
    virtual bool on_operator(std::string_view op, const Operands& operands) = 0;
    // An inline image (between ID and EI).
    virtual void on_inline_image() = 0;
};

// Reads the content of `contents`, a stream or an array of streams, as
// QPDFObjectHandle::parseContentStream does; `description` names it in qpdf's
// messages, as parsePageContents and parseContentStream name theirs. Throws
// what qpdf throws for content it cannot decode.
void read_content(QPDFObjectHandle contents, const std::string& description, ContentHandler& handler);

}  // namespace jindu::table::pdf
