#include "raster.h"

#include "det_math.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace fairgen {

// ---- colours ----

Rgba hex(uint32_t rgb, double alpha) {
    return {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, alpha};
}

Rgba mix(Rgba a, Rgba b, double t) {
    return {lerp(a.r, b.r, t), lerp(a.g, b.g, t), lerp(a.b, b.b, t), lerp(a.a, b.a, t)};
}

Rgba shade(Rgba c, double factor) {
    const Rgba target = factor >= 0 ? Rgba{1, 1, 1, c.a} : Rgba{0, 0, 0, c.a};
    return mix(c, target, factor >= 0 ? factor : -factor);
}

Rgba withAlpha(Rgba c, double alpha) {
    return {c.r, c.g, c.b, alpha};
}

double luminance(Rgba c) {
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
}

// ---- affine transforms ----

Affine Affine::after(const Affine& in) const {
    return {a * in.a + c * in.b, b * in.a + d * in.b,     a * in.c + c * in.d,
            b * in.c + d * in.d, a * in.e + c * in.f + e, b * in.e + d * in.f + f};
}

Affine Affine::inverse() const {
    const double det = a * d - b * c;
    const double ia = d / det, ib = -b / det, ic = -c / det, id = a / det;
    return {ia, ib, ic, id, -(ia * e + ic * f), -(ib * e + id * f)};
}

double Affine::scale() const {
    return std::sqrt(std::abs(a * d - b * c));
}

Affine Affine::rotation(double radians) {
    const double s = dsin(radians), k = dcos(radians);
    return {k, s, -s, k, 0, 0};
}

Affine Affine::rotation(double radians, Vec centre) {
    return translation(centre.x, centre.y)
        .after(rotation(radians))
        .after(translation(-centre.x, -centre.y));
}

// ---- paths ----

Vec Path::current() const {
    for (auto it = cmds_.rbegin(); it != cmds_.rend(); ++it) {
        switch (it->op) {
        case Op::Move:
        case Op::Line:
            return it->p[0];
        case Op::Quad:
            return it->p[1];
        case Op::Cubic:
            return it->p[2];
        case Op::Close:
            break;
        }
    }
    return {};
}

Path& Path::moveTo(double x, double y) {
    cmds_.push_back({Op::Move, false, {{x, y}, {}, {}}});
    open_ = true;
    return *this;
}

Path& Path::lineTo(double x, double y) {
    if (!open_) {
        return moveTo(x, y);
    }
    cmds_.push_back({Op::Line, false, {{x, y}, {}, {}}});
    return *this;
}

Path& Path::quadTo(double cx, double cy, double x, double y) {
    if (!open_) {
        moveTo(cx, cy);
    }
    cmds_.push_back({Op::Quad, false, {{cx, cy}, {x, y}, {}}});
    return *this;
}

Path& Path::cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
    if (!open_) {
        moveTo(c1x, c1y);
    }
    cmds_.push_back({Op::Cubic, false, {{c1x, c1y}, {c2x, c2y}, {x, y}}});
    return *this;
}

Path& Path::arcTo(double cx, double cy, double rx, double ry, double a0, double a1) {
    const Vec start{cx + rx * dcos(a0), cy + ry * dsin(a0)};
    if (!open_) {
        moveTo(start.x, start.y);
    } else {
        const Vec cur = current();
        if (std::abs(cur.x - start.x) > 1e-9 || std::abs(cur.y - start.y) > 1e-9) {
            lineTo(start.x, start.y);
        }
    }
    const int n = std::max(1, static_cast<int>(std::ceil(std::abs(a1 - a0) / (kPi / 2) - 1e-9)));
    const double step = (a1 - a0) / n;
    const double k = 4.0 / 3.0 * dsin(step / 4) / dcos(step / 4);
    for (int i = 0; i < n; ++i) {
        const double s = a0 + step * i, t = s + step;
        const double cs = dcos(s), ss = dsin(s), ct = dcos(t), st = dsin(t);
        cubicTo(cx + rx * (cs - k * ss), cy + ry * (ss + k * cs), cx + rx * (ct + k * st),
                cy + ry * (st - k * ct), cx + rx * ct, cy + ry * st);
    }
    return *this;
}

Path& Path::close() {
    if (open_) {
        cmds_.push_back({Op::Close, false, {}});
        open_ = false;
    }
    return *this;
}

Path& Path::rect(double x, double y, double w, double h) {
    close();
    return moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h).lineTo(x, y + h).close();
}

Path& Path::roundRect(double x, double y, double w, double h, double r) {
    close();
    r = std::max(0.0, std::min(r, std::min(w, h) / 2));
    if (r <= 0) {
        return rect(x, y, w, h);
    }
    moveTo(x + r, y);
    arcTo(x + w - r, y + r, r, r, -kPi / 2, 0);
    arcTo(x + w - r, y + h - r, r, r, 0, kPi / 2);
    arcTo(x + r, y + h - r, r, r, kPi / 2, kPi);
    arcTo(x + r, y + r, r, r, kPi, 3 * kPi / 2);
    return close();
}

Path& Path::ellipse(double cx, double cy, double rx, double ry) {
    close();
    return arcTo(cx, cy, rx, ry, 0, 2 * kPi).close();
}

Path& Path::polygon(std::initializer_list<Vec> points) {
    return polygon(std::vector<Vec>(points));
}

Path& Path::polygon(const std::vector<Vec>& points) {
    close();
    for (const Vec& p : points) {
        lineTo(p.x, p.y);
    }
    return close();
}

Path& Path::star(double cx, double cy, int points, double r1, double r2, double rotation) {
    std::vector<Vec> pts;
    for (int i = 0; i < 2 * points; ++i) {
        const double a = rotation + kPi * i / points - kPi / 2;
        const double r = i % 2 == 0 ? r1 : r2;
        pts.push_back({cx + r * dcos(a), cy + r * dsin(a)});
    }
    return polygon(pts);
}

Path& Path::append(const Path& other) {
    close();
    cmds_.insert(cmds_.end(), other.cmds_.begin(), other.cmds_.end());
    open_ = other.open_;
    return *this;
}

Path& Path::hole() {
    for (auto it = cmds_.rbegin(); it != cmds_.rend(); ++it) {
        if (it->op == Op::Move) {
            it->hole = true;
            break;
        }
    }
    return *this;
}

Path& Path::transform(const Affine& m) {
    for (Cmd& c : cmds_) {
        for (Vec& p : c.p) {
            p = m.apply(p);
        }
    }
    return *this;
}

// ---- paints ----

Paint Paint::linear(Vec from, Vec to, std::vector<Stop> stops) {
    Paint p;
    p.kind_ = Kind::Linear;
    p.from_ = from;
    p.to_ = to;
    p.stops_ = std::move(stops);
    return p;
}

Paint Paint::radial(Vec centre, double rx, double ry, std::vector<Stop> stops) {
    Paint p;
    p.kind_ = Kind::Radial;
    p.from_ = centre;
    p.to_ = {rx, ry};
    p.stops_ = std::move(stops);
    return p;
}

namespace {

constexpr int kLutSize = 1024;
constexpr double kTolerance = 0.2; // pixels between a curve and its flattening

struct Px {
    float r, g, b, a;
};

std::vector<Px> gradientLut(const std::vector<Stop>& stops) {
    std::vector<Px> lut(kLutSize);
    for (int i = 0; i < kLutSize; ++i) {
        const double t = static_cast<double>(i) / (kLutSize - 1);
        Rgba c = stops.empty() ? Rgba{} : stops.front().color;
        for (size_t s = 0; s < stops.size(); ++s) {
            if (t >= stops[s].t) {
                c = stops[s].color;
                if (s + 1 < stops.size() && t < stops[s + 1].t) {
                    const double span = stops[s + 1].t - stops[s].t;
                    c = mix(stops[s].color, stops[s + 1].color,
                            span > 0 ? (t - stops[s].t) / span : 1);
                }
            }
        }
        lut[i] = {static_cast<float>(c.r * 255), static_cast<float>(c.g * 255),
                  static_cast<float>(c.b * 255), static_cast<float>(c.a)};
    }
    return lut;
}

double signedArea(const std::vector<Vec>& pts) {
    double a = 0;
    for (size_t i = 0, n = pts.size(); i < n; ++i) {
        const Vec& p = pts[i];
        const Vec& q = pts[(i + 1) % n];
        a += p.x * q.y - q.x * p.y;
    }
    return a / 2;
}

// Segments for a circle of radius r pixels so that no facet strays more than the tolerance.
int circleSegments(double r) {
    const int n = static_cast<int>(std::ceil(kPi * std::sqrt(std::max(r, 0.0) / (2 * kTolerance))));
    return std::clamp(n, 8, 256);
}

std::vector<Vec> circlePoly(Vec c, double r, const std::vector<Vec>& unit) {
    std::vector<Vec> pts;
    pts.reserve(unit.size());
    for (const Vec& u : unit) {
        pts.push_back({c.x + u.x * r, c.y + u.y * r});
    }
    return pts;
}

} // namespace

// ---- canvas ----

Canvas::Canvas(int width, int height)
    : w_(width), h_(height), px_(static_cast<size_t>(width) * height * 3, 0) {}

void Canvas::restore() {
    if (!saved_.empty()) {
        m_ = saved_.back();
        saved_.pop_back();
    }
}

std::vector<Canvas::Poly> Canvas::flatten(const Path& path) const {
    std::vector<Poly> out;
    Vec cur{}, start{};
    for (const Path::Cmd& c : path.commands()) {
        switch (c.op) {
        case Path::Op::Move:
            start = cur = m_.apply(c.p[0]);
            out.push_back({{cur}, false});
            break;
        case Path::Op::Line:
            cur = m_.apply(c.p[0]);
            out.back().pts.push_back(cur);
            break;
        case Path::Op::Quad: {
            const Vec p1 = m_.apply(c.p[0]), p2 = m_.apply(c.p[1]);
            const Vec dd = cur - p1 * 2 + p2;
            const double m = std::sqrt(dd.x * dd.x + dd.y * dd.y);
            const int n =
                std::clamp(static_cast<int>(std::ceil(std::sqrt(0.25 * m / kTolerance))), 1, 1000);
            for (int i = 1; i <= n; ++i) {
                const double t = static_cast<double>(i) / n, u = 1 - t;
                out.back().pts.push_back(cur * (u * u) + p1 * (2 * u * t) + p2 * (t * t));
            }
            cur = p2;
            break;
        }
        case Path::Op::Cubic: {
            const Vec p1 = m_.apply(c.p[0]), p2 = m_.apply(c.p[1]), p3 = m_.apply(c.p[2]);
            const Vec d1 = cur - p1 * 2 + p2, d2 = p1 - p2 * 2 + p3;
            const double m = std::max(std::sqrt(d1.x * d1.x + d1.y * d1.y),
                                      std::sqrt(d2.x * d2.x + d2.y * d2.y));
            const int n =
                std::clamp(static_cast<int>(std::ceil(std::sqrt(0.75 * m / kTolerance))), 1, 1000);
            for (int i = 1; i <= n; ++i) {
                const double t = static_cast<double>(i) / n, u = 1 - t;
                out.back().pts.push_back(cur * (u * u * u) + p1 * (3 * u * u * t) +
                                         p2 * (3 * u * t * t) + p3 * (t * t * t));
            }
            cur = p3;
            break;
        }
        case Path::Op::Close:
            out.back().closed = true;
            cur = start;
            break;
        }
    }
    return out;
}

Canvas::Box Canvas::bounds(const std::vector<Poly>& polys) const {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const Poly& p : polys) {
        for (const Vec& v : p.pts) {
            x0 = std::min(x0, v.x);
            y0 = std::min(y0, v.y);
            x1 = std::max(x1, v.x);
            y1 = std::max(y1, v.y);
        }
    }
    Box b{0, 0, w_, h_};
    if (!clips_.empty()) {
        b = clips_.back().box;
    }
    if (x0 > x1) {
        return {};
    }
    b.x0 = std::max(b.x0, static_cast<int>(std::floor(std::max(x0, -1.0))));
    b.y0 = std::max(b.y0, static_cast<int>(std::floor(std::max(y0, -1.0))));
    b.x1 = std::min(b.x1, static_cast<int>(std::ceil(std::min(x1, w_ + 1.0))));
    b.y1 = std::min(b.y1, static_cast<int>(std::ceil(std::min(y1, h_ + 1.0))));
    return b;
}

// Signed-area accumulation (the scheme of font-rs): each edge adds, to the cells it crosses and
// the one after, the change in winding-weighted coverage; a running sum along a row then gives
// every pixel's exact covered area.
void Canvas::addLine(Vec p0, Vec p1, const Box& box) {
    if (p0.y == p1.y) {
        return;
    }
    double dir = -1;
    if (p0.y > p1.y) {
        std::swap(p0, p1);
        dir = 1;
    }
    const double bw = box.x1 - box.x0;
    const double bh = box.y1 - box.y0;
    const double ya = std::max(p0.y, 0.0), yb = std::min(p1.y, bh);
    if (ya >= yb) {
        return;
    }
    const double dxdy = (p1.x - p0.x) / (p1.y - p0.y);
    double x = std::clamp(p0.x + (ya - p0.y) * dxdy, 0.0, bw);
    const int iy0 = static_cast<int>(std::floor(ya));
    const int iy1 = static_cast<int>(std::ceil(yb));
    for (int iy = iy0; iy < iy1; ++iy) {
        const double dy = std::min(iy + 1.0, yb) - std::max(static_cast<double>(iy), ya);
        const double xnext = std::clamp(x + dxdy * dy, 0.0, bw);
        float* row = &acc_[static_cast<size_t>(iy) * accStride_];
        const double d = dy * dir;
        const double xa = std::min(x, xnext), xb = std::max(x, xnext);
        const double x0f = std::floor(xa);
        const int x0i = static_cast<int>(x0f);
        const double x1c = std::ceil(xb);
        const int x1i = static_cast<int>(x1c);
        if (x1i <= x0i + 1) {
            const double xmf = 0.5 * (x + xnext) - x0f;
            row[x0i] += static_cast<float>(d - d * xmf);
            row[x0i + 1] += static_cast<float>(d * xmf);
        } else {
            const double s = 1 / (xb - xa);
            const double x0frac = xa - x0f;
            const double a0 = 0.5 * s * (1 - x0frac) * (1 - x0frac);
            const double x1frac = xb - x1c + 1;
            const double am = 0.5 * s * x1frac * x1frac;
            row[x0i] += static_cast<float>(d * a0);
            if (x1i == x0i + 2) {
                row[x0i + 1] += static_cast<float>(d * (1 - a0 - am));
            } else {
                const double a1 = s * (1.5 - x0frac);
                row[x0i + 1] += static_cast<float>(d * (a1 - a0));
                const float ds = static_cast<float>(d * s);
                for (int xi = x0i + 2; xi < x1i - 1; ++xi) {
                    row[xi] += ds;
                }
                const double a2 = a1 + (x1i - x0i - 3) * s;
                row[x1i - 1] += static_cast<float>(d * (1 - a2 - am));
            }
            row[x1i] += static_cast<float>(d * am);
        }
        x = xnext;
    }
}

// Parts of an edge left or right of the box still change the winding of the pixels inside it:
// they are pressed flat onto the box's side rather than dropped.
void Canvas::addClippedLine(Vec p0, Vec p1, const Box& box) {
    p0 = {p0.x - box.x0, p0.y - box.y0};
    p1 = {p1.x - box.x0, p1.y - box.y0};
    const double bw = box.x1 - box.x0;
    // Up to two crossings, at the box's left and right sides, in order along the edge.
    double ts[4] = {0, 1, 1, 1};
    int n = 1;
    if (p0.x != p1.x) {
        for (double side : {0.0, bw}) {
            const double t = (side - p0.x) / (p1.x - p0.x);
            if (t > 0 && t < 1) {
                ts[n++] = t;
            }
        }
    }
    if (n == 3 && ts[1] > ts[2]) {
        std::swap(ts[1], ts[2]);
    }
    ts[n++] = 1;
    Vec prev = p0;
    for (int i = 1; i < n; ++i) {
        const Vec next =
            i == n - 1 ? p1 : Vec{p0.x + (p1.x - p0.x) * ts[i], p0.y + (p1.y - p0.y) * ts[i]};
        addLine({std::clamp(prev.x, 0.0, bw), prev.y}, {std::clamp(next.x, 0.0, bw), next.y}, box);
        prev = next;
    }
}

Canvas::Box Canvas::accumulate(const std::vector<Poly>& polys) {
    const Box box = bounds(polys);
    if (box.empty()) {
        return box;
    }
    accStride_ = box.x1 - box.x0 + 2;
    const size_t need = static_cast<size_t>(accStride_) * (box.y1 - box.y0);
    if (acc_.size() < need) {
        acc_.resize(need, 0.0f);
    }
    for (const Poly& p : polys) {
        const size_t n = p.pts.size();
        for (size_t i = 0; i + 1 < n; ++i) {
            addClippedLine(p.pts[i], p.pts[i + 1], box);
        }
        if (n > 2) {
            addClippedLine(p.pts[n - 1], p.pts[0], box);
        }
    }
    return box;
}

void Canvas::fillPolys(const std::vector<Poly>& polys, const Paint& paint) {
    const Box box = accumulate(polys);
    if (box.empty()) {
        return;
    }
    const Mask* clip = clips_.empty() ? nullptr : &clips_.back();
    const int bw = box.x1 - box.x0;

    // Gradients are affine in pixel coordinates: t (or the radial offsets) advance by a constant
    // step along a row.
    const Affine inv = m_.inverse();
    std::vector<Px> lut;
    double ux = 0, uy = 0, u0 = 0, vx = 0, vy = 0, v0 = 0;
    if (paint.kind() == Paint::Kind::Linear) {
        lut = gradientLut(paint.stops());
        const Vec dir = paint.to() - paint.from();
        const double len2 = dir.x * dir.x + dir.y * dir.y;
        const double kx = dir.x / len2, ky = dir.y / len2;
        ux = kx * inv.a + ky * inv.b;
        uy = kx * inv.c + ky * inv.d;
        u0 = kx * (inv.e - paint.from().x) + ky * (inv.f - paint.from().y);
    } else if (paint.kind() == Paint::Kind::Radial) {
        lut = gradientLut(paint.stops());
        const double rx = paint.to().x, ry = paint.to().y;
        ux = inv.a / rx;
        uy = inv.c / rx;
        u0 = (inv.e - paint.from().x) / rx;
        vx = inv.b / ry;
        vy = inv.d / ry;
        v0 = (inv.f - paint.from().y) / ry;
    }
    const Rgba sc = paint.color();
    const Px solid{static_cast<float>(sc.r * 255), static_cast<float>(sc.g * 255),
                   static_cast<float>(sc.b * 255), static_cast<float>(sc.a)};

    for (int iy = 0; iy < box.y1 - box.y0; ++iy) {
        const int y = box.y0 + iy;
        float* row = &acc_[static_cast<size_t>(iy) * accStride_];
        const float* mrow =
            clip
                ? &clip->cov[static_cast<size_t>(y - clip->box.y0) * (clip->box.x1 - clip->box.x0) +
                             (box.x0 - clip->box.x0)]
                : nullptr;
        uint8_t* out = &px_[(static_cast<size_t>(y) * w_ + box.x0) * 3];
        const double py = y + 0.5;
        float acc = 0;
        for (int ix = 0; ix < bw; ++ix) {
            acc += row[ix];
            row[ix] = 0;
            float cov = acc < 0 ? 0 : (acc > 1 ? 1 : acc);
            if (mrow) {
                cov *= mrow[ix];
            }
            if (cov < 1.0f / 1024) {
                continue;
            }
            Px c = solid;
            if (paint.kind() != Paint::Kind::Solid) {
                const double px = box.x0 + ix + 0.5;
                double t = ux * px + uy * py + u0;
                if (paint.kind() == Paint::Kind::Radial) {
                    const double v = vx * px + vy * py + v0;
                    t = std::sqrt(t * t + v * v);
                }
                t = t < 0 ? 0 : (t > 1 ? 1 : t);
                c = lut[static_cast<int>(t * (kLutSize - 1) + 0.5)];
            }
            const float a = c.a * cov;
            uint8_t* p = out + ix * 3;
            p[0] = static_cast<uint8_t>(p[0] + (c.r - p[0]) * a + 0.5f);
            p[1] = static_cast<uint8_t>(p[1] + (c.g - p[1]) * a + 0.5f);
            p[2] = static_cast<uint8_t>(p[2] + (c.b - p[2]) * a + 0.5f);
        }
        row[bw] = 0;
        row[bw + 1] = 0;
    }
}

void Canvas::fill(const Path& path, const Paint& paint) {
    std::vector<Poly> polys = flatten(path);
    // Orientation decides whether a subpath adds or removes coverage, so it is set here from the
    // hole flags rather than left to the order in which a shape's points were given.
    size_t k = 0;
    for (const Path::Cmd& c : path.commands()) {
        if (c.op != Path::Op::Move) {
            continue;
        }
        Poly& p = polys[k++];
        const double a = signedArea(p.pts);
        if ((a < 0) != c.hole) {
            std::reverse(p.pts.begin(), p.pts.end());
        }
    }
    fillPolys(polys, paint);
}

std::vector<Canvas::Poly> Canvas::strokePolys(const std::vector<Poly>& lines, double hw,
                                              Cap cap) const {
    std::vector<Poly> out;
    const int n = circleSegments(hw);
    std::vector<Vec> unit;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * kPi * i / n;
        unit.push_back({dcos(a), dsin(a)});
    }
    auto add = [&](std::vector<Vec> pts) {
        if (signedArea(pts) < 0) {
            std::reverse(pts.begin(), pts.end());
        }
        out.push_back({std::move(pts), true});
    };
    for (const Poly& line : lines) {
        std::vector<Vec> pts;
        for (const Vec& v : line.pts) {
            if (pts.empty() || std::abs(v.x - pts.back().x) + std::abs(v.y - pts.back().y) > 1e-6) {
                pts.push_back(v);
            }
        }
        const bool closed = line.closed && pts.size() > 2;
        if (closed) {
            pts.push_back(pts.front());
        }
        if (pts.size() == 1) {
            if (cap == Cap::Round) {
                add(circlePoly(pts[0], hw, unit));
            }
            continue;
        }
        Vec prevNormal{};
        for (size_t i = 0; i + 1 < pts.size(); ++i) {
            const Vec a = pts[i], b = pts[i + 1];
            const Vec d = b - a;
            const double len = std::sqrt(d.x * d.x + d.y * d.y);
            const Vec nrm{-d.y / len * hw, d.x / len * hw};
            add({a + nrm, b + nrm, b - nrm, a - nrm});
            if (i > 0) {
                // A join only matters where the turn opens a visible gap on the outer side.
                const double cross = (prevNormal.x * nrm.y - prevNormal.y * nrm.x) / (hw * hw);
                const double dot = (prevNormal.x * nrm.x + prevNormal.y * nrm.y) / (hw * hw);
                if (dot < 0.9 || std::abs(cross) * hw > 1.5) {
                    add(circlePoly(a, hw, unit));
                } else if (std::abs(cross) * hw > 0.02) {
                    add({a, a + prevNormal, a + nrm});
                    add({a, a - prevNormal, a - nrm});
                }
            }
            prevNormal = nrm;
        }
        if (closed) {
            add(circlePoly(pts.front(), hw, unit));
        } else if (cap == Cap::Round) {
            add(circlePoly(pts.front(), hw, unit));
            add(circlePoly(pts.back(), hw, unit));
        }
    }
    return out;
}

void Canvas::stroke(const Path& path, double width, const Paint& paint, Cap cap) {
    fillPolys(strokePolys(flatten(path), width / 2 * m_.scale(), cap), paint);
}

void Canvas::strokeDashed(const Path& path, double width, double dash, double gap,
                          const Paint& paint) {
    const double s = m_.scale();
    const double on = dash * s, off = gap * s;
    if (on < 1e-3 || off < 1e-3) {
        stroke(path, width, paint, Cap::Butt);
        return;
    }
    std::vector<Poly> dashes;
    for (const Poly& line : flatten(path)) {
        std::vector<Vec> pts = line.pts;
        if (line.closed && pts.size() > 2) {
            pts.push_back(pts.front());
        }
        double phase = 0; // distance into the current on+off period
        bool drawing = true;
        Poly cur;
        cur.pts.push_back(pts.empty() ? Vec{} : pts.front());
        for (size_t i = 0; i + 1 < pts.size(); ++i) {
            Vec a = pts[i];
            const Vec b = pts[i + 1];
            double remaining = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
            while (remaining > 0) {
                const double limit = drawing ? on : off;
                const double take = std::min(remaining, limit - phase);
                const double f = take / remaining;
                const Vec p{a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
                if (drawing) {
                    cur.pts.push_back(p);
                }
                phase += take;
                remaining -= take;
                a = p;
                if (phase >= limit) {
                    phase = 0;
                    if (drawing && cur.pts.size() > 1) {
                        dashes.push_back(std::move(cur));
                    }
                    cur = Poly{};
                    drawing = !drawing;
                    if (drawing) {
                        cur.pts.push_back(p);
                    }
                }
            }
        }
        if (drawing && cur.pts.size() > 1) {
            dashes.push_back(std::move(cur));
        }
    }
    fillPolys(strokePolys(dashes, width / 2 * s, Cap::Butt), paint);
}

void Canvas::pushClip(const Path& path) {
    std::vector<Poly> polys = flatten(path);
    size_t k = 0;
    for (const Path::Cmd& c : path.commands()) {
        if (c.op != Path::Op::Move) {
            continue;
        }
        Poly& p = polys[k++];
        if ((signedArea(p.pts) < 0) != c.hole) {
            std::reverse(p.pts.begin(), p.pts.end());
        }
    }
    Mask mask;
    mask.box = accumulate(polys);
    const Mask* parent = clips_.empty() ? nullptr : &clips_.back();
    const int bw = mask.box.x1 - mask.box.x0, bh = mask.box.y1 - mask.box.y0;
    if (mask.box.empty()) {
        mask.box = {};
        clips_.push_back(std::move(mask));
        return;
    }
    mask.cov.assign(static_cast<size_t>(bw) * bh, 0.0f);
    for (int iy = 0; iy < bh; ++iy) {
        float* row = &acc_[static_cast<size_t>(iy) * accStride_];
        float* out = &mask.cov[static_cast<size_t>(iy) * bw];
        const float* prow =
            parent ? &parent->cov[static_cast<size_t>(mask.box.y0 + iy - parent->box.y0) *
                                      (parent->box.x1 - parent->box.x0) +
                                  (mask.box.x0 - parent->box.x0)]
                   : nullptr;
        float acc = 0;
        for (int ix = 0; ix < bw; ++ix) {
            acc += row[ix];
            row[ix] = 0;
            float cov = acc < 0 ? 0 : (acc > 1 ? 1 : acc);
            out[ix] = prow ? cov * prow[ix] : cov;
        }
        row[bw] = 0;
        row[bw + 1] = 0;
    }
    clips_.push_back(std::move(mask));
}

void Canvas::popClip() {
    if (!clips_.empty()) {
        clips_.pop_back();
    }
}

} // namespace fairgen
