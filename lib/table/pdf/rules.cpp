// Rules from the path operators of each page, through qpdf.
#include "table/pdf/rules.hpp"

#include "table/pdf/content.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>
#include <exception>
#include <string_view>

namespace jindu::table::pdf {

namespace {

using namespace std::string_view_literals;

// An affine map p → (a x + c y + e, b x + d y + f), as PDF writes matrices.
struct Affine {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    void apply(double x, double y, double& out_x, double& out_y) const noexcept {
        out_x = a * x + c * y + e;
        out_y = b * x + d * y + f;
    }
    // This map, then `next`.
    Affine then(const Affine& n) const noexcept {
        return {a * n.a + b * n.c, a * n.b + b * n.d, c * n.a + d * n.c,
                c * n.b + d * n.d, e * n.a + f * n.c + n.e, e * n.b + f * n.d + n.f};
    }
};

struct Point {
    double x = 0;
    double y = 0;
};

struct State {
    Affine ctm;              // user space to the page, y down from the top
    bool stroke_dark = true;  // PDF starts with black
    bool fill_dark = true;
};

// Lighter than this (0 black, 1 white) is no ink: white page backgrounds, shaded cells.
constexpr double dark = 0.63;

bool dark_color(const std::vector<double>& c) noexcept {
    if (c.size() == 1) return c[0] < dark;
    if (c.size() == 3) return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2] < dark;
    if (c.size() == 4) return (1 - std::min(1.0, 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2] + c[3])) < dark;
    return true;  // a pattern or an unknown space: taken as ink
}

// Reads one content stream (a page's, or a form's inside it).
class PathReader : public ContentHandler {
public:
    PathReader(PageGraphics& out, QPDFObjectHandle resources, State state, std::size_t& budget, int depth)
        : out_(out), resources_(std::move(resources)), budget_(budget), depth_(depth) {
        stack_.push_back(state);
    }

    bool on_operator(std::string_view op, const Operands& operands) override {
        if (budget_ == 0) return false;
        --budget_;
        run(op, operands);
        return true;
    }

    void on_inline_image() override { out_.images = true; }

private:
    State& state() { return stack_.back(); }

    Point to_page(double x, double y) {
        Point p;
        state().ctm.apply(x, y, p.x, p.y);
        return p;
    }

    // The operator as a view: a comparison with a literal tests the length first, with no call.
    void run(std::string_view op, const Operands& operands) {
        const std::vector<double>& n = operands.numbers;
        if (op == "q"sv) {
            stack_.push_back(state());
        } else if (op == "Q"sv) {
            if (stack_.size() > 1) stack_.pop_back();
        } else if (op == "cm"sv && n.size() == 6) {
            state().ctm = Affine{n[0], n[1], n[2], n[3], n[4], n[5]}.then(state().ctm);
        } else if (op == "m"sv && n.size() == 2) {
            path_.push_back({to_page(n[0], n[1])});
            closed_.push_back(false);
        } else if (op == "l"sv && n.size() == 2) {
            if (path_.empty()) return;
            path_.back().push_back(to_page(n[0], n[1]));
        } else if ((op == "c"sv && n.size() == 6) || ((op == "v"sv || op == "y"sv) && n.size() == 4)) {
            if (path_.empty()) return;
            path_.back().push_back(to_page(n[n.size() - 2], n[n.size() - 1]));
            curved_ = true;
        } else if (op == "h"sv) {
            if (!closed_.empty()) closed_.back() = true;
        } else if (op == "re"sv && n.size() == 4) {
            path_.push_back({to_page(n[0], n[1]), to_page(n[0] + n[2], n[1]), to_page(n[0] + n[2], n[1] + n[3]),
                             to_page(n[0], n[1] + n[3])});
            closed_.push_back(true);
        } else if (op == "S"sv || op == "s"sv) {
            if (op == "s"sv && !closed_.empty()) closed_.back() = true;
            stroke();
            end_path();
        } else if (op == "f"sv || op == "F"sv || op == "f*"sv) {
            fill();
            end_path();
        } else if (op == "B"sv || op == "B*"sv || op == "b"sv || op == "b*"sv) {
            if (op[0] == 'b' && !closed_.empty()) closed_.back() = true;
            fill();
            stroke();
            end_path();
        } else if (op == "n"sv) {
            end_path();
        } else if (op == "G"sv || op == "RG"sv || op == "K"sv || op == "SC"sv || op == "SCN"sv) {
            state().stroke_dark = dark_color(n);
        } else if (op == "g"sv || op == "rg"sv || op == "k"sv || op == "sc"sv || op == "scn"sv) {
            state().fill_dark = dark_color(n);
        } else if (op == "CS"sv) {
            state().stroke_dark = true;
        } else if (op == "cs"sv) {
            state().fill_dark = true;
        } else if (op == "Do"sv && operands.name_last) {
            draw(operands.name);
        }
    }

    void end_path() {
        path_.clear();
        closed_.clear();
        curved_ = false;
    }

    void add_segment(Point p, Point q) {
        const double dx = std::abs(q.x - p.x);
        const double dy = std::abs(q.y - p.y);
        if (dy <= 0.5 && dx >= 2) out_.rules.horizontal.push_back({(p.y + q.y) / 2, std::min(p.x, q.x), std::max(p.x, q.x)});
        else if (dx <= 0.5 && dy >= 2) out_.rules.vertical.push_back({(p.x + q.x) / 2, std::min(p.y, q.y), std::max(p.y, q.y)});
    }

    void stroke() {
        if (!state().stroke_dark || curved_) return;
        for (std::size_t k = 0; k < path_.size(); ++k) {
            const auto& points = path_[k];
            for (std::size_t i = 1; i < points.size(); ++i) add_segment(points[i - 1], points[i]);
            if (closed_[k] && points.size() > 2) add_segment(points.back(), points.front());
        }
    }

    // A dark rectangle filled: thin, it is a rule along its length; larger, its edges are.
    void fill() {
        if (!state().fill_dark || curved_) return;
        for (const auto& points : path_) {
            if (points.size() < 4 || points.size() > 5) continue;
            double x0 = points[0].x, x1 = x0, y0 = points[0].y, y1 = y0;
            bool straight = true;
            for (std::size_t i = 0; i < points.size(); ++i) {
                const Point& p = points[i];
                const Point& q = points[(i + 1) % points.size()];
                straight = straight && (std::abs(p.x - q.x) <= 0.5 || std::abs(p.y - q.y) <= 0.5);
                x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
            }
            if (!straight) continue;
            if (y1 - y0 <= 3 && x1 - x0 >= 2) out_.rules.horizontal.push_back({(y0 + y1) / 2, x0, x1});
            else if (x1 - x0 <= 3 && y1 - y0 >= 2) out_.rules.vertical.push_back({(x0 + x1) / 2, y0, y1});
            else if (x1 - x0 > 3 && y1 - y0 > 3) {
                out_.rules.horizontal.push_back({y0, x0, x1});
                out_.rules.horizontal.push_back({y1, x0, x1});
                out_.rules.vertical.push_back({x0, y0, y1});
                out_.rules.vertical.push_back({x1, y0, y1});
            }
        }
    }

    // Do: a form is read with its own resources and matrix; an image is noted.
    void draw(const std::string& name) {
        QPDFObjectHandle xobject = resources_.getKeyIfDict("/XObject").getKeyIfDict(name);
        if (!xobject.isStream()) return;
        QPDFObjectHandle dict = xobject.getDict();
        QPDFObjectHandle subtype = dict.getKey("/Subtype");
        if (subtype.isName() && subtype.getName() == "/Image") {
            out_.images = true;
            return;
        }
        if (!subtype.isName() || subtype.getName() != "/Form" || depth_ >= 12) return;
        State inner = state();
        QPDFObjectHandle matrix = dict.getKey("/Matrix");
        if (matrix.isArray() && matrix.getArrayNItems() == 6) {
            const auto m = matrix.getArrayAsMatrix();
            inner.ctm = Affine{m.a, m.b, m.c, m.d, m.e, m.f}.then(inner.ctm);
        }
        QPDFObjectHandle resources = dict.getKey("/Resources");
        PathReader form(out_, resources.isDictionary() ? resources : resources_, inner, budget_, depth_ + 1);
        read_content(xobject, "content stream objects", form);
    }

    PageGraphics& out_;
    QPDFObjectHandle resources_;
    std::size_t& budget_;
    int depth_;
    std::vector<State> stack_;
    std::vector<std::vector<Point>> path_;
    std::vector<bool> closed_;
    bool curved_ = false;
};

// User space to poppler's page coordinates: the crop box turned by /Rotate,
// its top left corner at the origin, y down.
Affine page_matrix(QPDFPageObjectHelper& page) {
    QPDFObjectHandle::Rectangle box(0, 0, 612, 792);
    QPDFObjectHandle crop = page.getCropBox();
    if (crop.isRectangle()) box = crop.getArrayAsRectangle();
    const double x0 = std::min(box.llx, box.urx), x1 = std::max(box.llx, box.urx);
    const double y0 = std::min(box.lly, box.ury), y1 = std::max(box.lly, box.ury);
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    int turn = rotate.isInteger() ? static_cast<int>(rotate.getIntValue() % 360) : 0;
    if (turn < 0) turn += 360;
    switch (turn) {
    case 90: return {0, 1, 1, 0, -x0, -y0};
    case 180: return {-1, 0, 0, 1, x1, -y0};
    case 270: return {0, -1, -1, 0, y1, x1};
    default: return {1, 0, 0, -1, -x0, y1};
    }
}

}  // namespace

struct PageGraphicsReader::Document {
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
    std::vector<std::string> warnings;
};

PageGraphicsReader::PageGraphicsReader(std::string_view bytes) : document_(std::make_unique<Document>()) {
    auto logger = QPDFLogger::create();
    logger->setInfo(logger->discard());
    logger->setWarn(logger->discard());
    logger->setError(logger->discard());
    document_->pdf.setLogger(logger);
    document_->pdf.setSuppressWarnings(true);
    try {
        document_->pdf.processMemoryFile("pdf", bytes.data(), bytes.size());
        document_->pages = QPDFPageDocumentHelper(document_->pdf).getAllPages();
    } catch (const std::exception& e) {
        document_->warnings.push_back(std::string("the page graphics cannot be read: ") + e.what());
        document_->pages.clear();
    }
}

PageGraphicsReader::~PageGraphicsReader() = default;

PageGraphics PageGraphicsReader::page(std::size_t index, std::size_t max_operators) {
    PageGraphics out;
    if (index >= document_->pages.size()) return out;
    QPDFPageObjectHelper& page = document_->pages[index];
    try {
        State state;
        state.ctm = page_matrix(page);
        std::size_t budget = max_operators;
        PathReader reader(out, page.getAttribute("/Resources", false), state, budget, 0);
        QPDFObjectHandle object = page.getObjectHandle();
        read_content(object.getKey("/Contents"), "page object " + object.getObjGen().unparse(' '), reader);
    } catch (const std::exception& e) {
        document_->warnings.push_back("page " + std::to_string(index + 1) + ": " + e.what());
    }
    return out;
}

std::vector<std::string> PageGraphicsReader::warnings() {
    std::vector<std::string> out = std::move(document_->warnings);
    document_->warnings.clear();
    try {
        for (const QPDFExc& w : document_->pdf.getWarnings()) out.push_back(w.what());
    } catch (const std::exception&) {
    }
    return out;
}

}  // namespace jindu::table::pdf
