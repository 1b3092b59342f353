// A small anti-aliased vector rasteriser: filled paths with exact-area coverage, strokes, linear
// and radial gradients, and clipping, drawn onto an 8-bit RGB canvas.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace fairgen {

struct Vec {
    double x = 0;
    double y = 0;
};

inline Vec operator+(Vec a, Vec b) {
    return {a.x + b.x, a.y + b.y};
}
inline Vec operator-(Vec a, Vec b) {
    return {a.x - b.x, a.y - b.y};
}
inline Vec operator*(Vec a, double s) {
    return {a.x * s, a.y * s};
}

// Colour components in [0, 1], straight (not premultiplied) alpha.
struct Rgba {
    double r = 0;
    double g = 0;
    double b = 0;
    double a = 1;
};

Rgba hex(uint32_t rgb, double alpha = 1);
Rgba mix(Rgba a, Rgba b, double t);
// factor > 0 lightens towards white, < 0 darkens towards black.
Rgba shade(Rgba c, double factor);
Rgba withAlpha(Rgba c, double alpha);
double luminance(Rgba c);

// x' = a*x + c*y + e, y' = b*x + d*y + f
struct Affine {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

    Vec apply(Vec p) const { return {a * p.x + c * p.y + e, b * p.x + d * p.y + f}; }
    // This transform applied after `inner`.
    Affine after(const Affine& inner) const;
    Affine inverse() const;
    double scale() const;

    static Affine translation(double x, double y) { return {1, 0, 0, 1, x, y}; }
    static Affine scaling(double sx, double sy) { return {sx, 0, 0, sy, 0, 0}; }
    static Affine rotation(double radians);
    // Rotation by `radians` about `centre`.
    static Affine rotation(double radians, Vec centre);
};

class Path {
public:
    Path& moveTo(double x, double y);
    Path& lineTo(double x, double y);
    Path& quadTo(double cx, double cy, double x, double y);
    Path& cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y);
    // An elliptical arc from angle a0 to a1 (radians, clockwise on screen since y grows
    // downwards), joined to the current point by a line, or starting a subpath if there is none.
    Path& arcTo(double cx, double cy, double rx, double ry, double a0, double a1);
    Path& close();

    Path& rect(double x, double y, double w, double h);
    Path& roundRect(double x, double y, double w, double h, double r);
    Path& ellipse(double cx, double cy, double rx, double ry);
    Path& circle(double cx, double cy, double r) { return ellipse(cx, cy, r, r); }
    Path& polygon(std::initializer_list<Vec> points);
    Path& polygon(const std::vector<Vec>& points);
    // A regular star or polygon: `points` tips alternating between radii r1 and r2.
    Path& star(double cx, double cy, int points, double r1, double r2, double rotation);

    // Appends every subpath of `other`.
    Path& append(const Path& other);
    // Marks the last subpath as a hole: filling subtracts it from the rest of the path.
    Path& hole();
    Path& transform(const Affine& m);

    enum class Op : uint8_t { Move, Line, Quad, Cubic, Close };
    struct Cmd {
        Op op;
        bool hole;
        Vec p[3];
    };
    const std::vector<Cmd>& commands() const { return cmds_; }

private:
    Vec current() const;
    std::vector<Cmd> cmds_;
    bool open_ = false;
};

struct Stop {
    double t;
    Rgba color;
};

class Paint {
public:
    // Implicit on purpose: wherever a paint is expected, a plain colour reads best.
    Paint(Rgba color) : kind_(Kind::Solid), color_(color) {}
    static Paint linear(Vec from, Vec to, std::vector<Stop> stops);
    // An elliptical radial gradient: t = 0 at `centre`, 1 on the ellipse of radii rx, ry.
    static Paint radial(Vec centre, double rx, double ry, std::vector<Stop> stops);

    enum class Kind : uint8_t { Solid, Linear, Radial };
    Kind kind() const { return kind_; }
    Rgba color() const { return color_; }
    Vec from() const { return from_; }
    Vec to() const { return to_; }
    const std::vector<Stop>& stops() const { return stops_; }

private:
    Paint() = default;
    Kind kind_ = Kind::Solid;
    Rgba color_;
    Vec from_;
    Vec to_;
    std::vector<Stop> stops_;
};

enum class Cap : uint8_t { Round, Butt };

class Canvas {
public:
    Canvas(int width, int height);

    int width() const { return w_; }
    int height() const { return h_; }
    // RGB, row by row, top to bottom.
    std::vector<uint8_t>& pixels() { return px_; }
    const std::vector<uint8_t>& pixels() const { return px_; }

    void setTransform(const Affine& m) { m_ = m; }
    void concat(const Affine& m) { m_ = m_.after(m); }
    void translate(double x, double y) { concat(Affine::translation(x, y)); }
    void rotate(double radians) { concat(Affine::rotation(radians)); }
    void scale(double sx, double sy) { concat(Affine::scaling(sx, sy)); }
    void save() { saved_.push_back(m_); }
    void restore();

    void fill(const Path& path, const Paint& paint);
    void stroke(const Path& path, double width, const Paint& paint, Cap cap = Cap::Round);
    // Strokes dashes of length `dash` separated by `gap`, in user units along the path.
    void strokeDashed(const Path& path, double width, double dash, double gap, const Paint& paint);

    // Restricts drawing to the inside of `path` (and of any clip already pushed).
    void pushClip(const Path& path);
    void popClip();

private:
    struct Poly {
        std::vector<Vec> pts;
        bool closed = false;
    };
    struct Box {
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool empty() const { return x1 <= x0 || y1 <= y0; }
    };
    struct Mask {
        Box box;
        std::vector<float> cov;
    };

    std::vector<Poly> flatten(const Path& path) const;
    std::vector<Poly> strokePolys(const std::vector<Poly>& lines, double halfWidth, Cap cap) const;
    Box bounds(const std::vector<Poly>& polys) const;
    // Accumulates the signed area of every edge into acc_ for the box; returns the box used.
    Box accumulate(const std::vector<Poly>& polys);
    void addLine(Vec p0, Vec p1, const Box& box);
    void addClippedLine(Vec p0, Vec p1, const Box& box);
    void fillPolys(const std::vector<Poly>& polys, const Paint& paint);

    int w_;
    int h_;
    std::vector<uint8_t> px_;
    Affine m_;
    std::vector<Affine> saved_;
    std::vector<float> acc_;
    int accStride_ = 0;
    std::vector<Mask> clips_;
};

} // namespace fairgen
