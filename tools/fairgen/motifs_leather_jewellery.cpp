// Leather and jewellery: babouches, leather bag, belt, pouf, necklace, bracelet, earrings.
#include "scene.h"

namespace fairgen {

namespace {

const Rgba kSilver = hex(0xC8CBD0);
const Rgba kBrass = hex(0xC9A227);

// A point and the unit normal of a sampled curve.
struct Frame {
    Vec p;
    Vec n;
};

std::vector<Frame> frames(const std::vector<Vec>& pts) {
    std::vector<Frame> out;
    for (size_t i = 0; i < pts.size(); ++i) {
        const Vec a = pts[i == 0 ? 0 : i - 1], b = pts[i + 1 < pts.size() ? i + 1 : i];
        const Vec d = b - a;
        const double len = std::sqrt(d.x * d.x + d.y * d.y);
        out.push_back({pts[i], {-d.y / len, d.x / len}});
    }
    return out;
}

Path offsetLine(const std::vector<Frame>& f, double off) {
    Path p;
    for (const Frame& k : f) {
        p.lineTo(k.p.x + k.n.x * off, k.p.y + k.n.y * off);
    }
    return p;
}

// Metal: a light band and a dark band across, for a polished look.
void polish(Canvas& cv, const Path& shape, Vec from, Vec to) {
    cv.pushClip(shape);
    cv.fill(shape, Paint::linear(from, to,
                                 {{0, Rgba{1, 1, 1, 0.45}},
                                  {0.35, Rgba{1, 1, 1, 0}},
                                  {0.6, Rgba{0, 0, 0, 0.25}},
                                  {0.8, Rgba{1, 1, 1, 0.2}},
                                  {1, Rgba{0, 0, 0, 0.3}}}));
    cv.popClip();
}

} // namespace

void drawBabouches(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba leather = s.main;
    const double len = r.range(46, 54);
    // Seen from above and in front: each slipper a pointed almond, toe away from us.
    for (int k = 0; k < 2; ++k) {
        const double side = k == 0 ? -1 : 1;
        const double cx = side * r.range(12.5, 14.5), heel = fy - 2 + (k == 0 ? -3 : 0);
        const double toe = heel - len, w = r.range(10.5, 12.5);
        cv.save();
        cv.concat(Affine::rotation(side * deg(r.range(3, 8)), {cx, heel}));
        floorShadow(s, cx + 1, heel - len * 0.4, w * 1.25, len * 0.56, 0.35);
        Path sole;
        sole.moveTo(cx, toe - 3)
            .cubicTo(cx + w * 0.5, toe + len * 0.15, cx + w * 1.05, heel - len * 0.45, cx + w,
                     heel - len * 0.2)
            .cubicTo(cx + w * 0.95, heel, cx - w * 0.95, heel, cx - w, heel - len * 0.2)
            .cubicTo(cx - w * 1.05, heel - len * 0.45, cx - w * 0.5, toe + len * 0.15, cx, toe - 3)
            .close();
        cv.fill(sole, shade(leather, -0.3));
        // The upper covers the front; the opening shows the lining and the folded heel.
        Path upper;
        upper.moveTo(cx, toe - 1.5)
            .cubicTo(cx + w * 0.45, toe + len * 0.15, cx + w * 0.95, heel - len * 0.45,
                     cx + w * 0.93, heel - len * 0.2)
            .cubicTo(cx + w * 0.9, heel - 1, cx - w * 0.9, heel - 1, cx - w * 0.93,
                     heel - len * 0.2)
            .cubicTo(cx - w * 0.95, heel - len * 0.45, cx - w * 0.45, toe + len * 0.15, cx,
                     toe - 1.5)
            .close();
        cv.fill(upper, leather);
        Path opening;
        opening.moveTo(cx - w * 0.8, heel - len * 0.2)
            .cubicTo(cx - w * 0.85, heel - len * 0.55, cx + w * 0.85, heel - len * 0.55,
                     cx + w * 0.8, heel - len * 0.2)
            .cubicTo(cx + w * 0.78, heel - 2, cx - w * 0.78, heel - 2, cx - w * 0.8,
                     heel - len * 0.2)
            .close();
        cv.fill(opening, shade(leather, 0.35));
        cv.pushClip(opening);
        Path heelFold;
        heelFold.rect(cx - w, heel - len * 0.16, 2 * w, len * 0.2);
        cv.fill(heelFold, shade(leather, -0.1));
        cv.fill(opening, Paint::linear({cx, heel - len * 0.5}, {cx, heel - len * 0.25},
                                       {{0, Rgba{0, 0, 0, 0.35}}, {1, Rgba{0, 0, 0, 0}}}));
        cv.popClip();
        // Embroidery on the vamp.
        const double ey = heel - len * 0.62;
        Path emb;
        emb.star(cx, ey, 8, w * 0.32, w * 0.14, 0);
        cv.fill(emb, s.accent);
        Path vein;
        vein.moveTo(cx, toe + 3).lineTo(cx, ey - w * 0.35);
        vein.moveTo(cx - w * 0.55, heel - len * 0.45)
            .quadTo(cx, heel - len * 0.53, cx + w * 0.55, heel - len * 0.45);
        cv.stroke(vein, 0.55, s.accent2);
        shadeSphere(cv, upper, cx, heel - len * 0.5, w, len * 0.5, 0.3, 0.35);
        cv.restore();
    }
}

void drawLeatherBag(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = r.range(25, 30), h = r.range(30, 36);
    const double top = fy - h;
    const Rgba leather = s.main;
    floorShadow(s, 0, fy, w * 1.25, 3.6);
    // Handles behind the body.
    const Rgba strap = shade(leather, -0.2);
    Path handle;
    handle.moveTo(-w * 0.45, top + 2)
        .cubicTo(-w * 0.45, top - 22, w * 0.45, top - 22, w * 0.45, top + 2);
    cv.stroke(handle, 2.6, strap);
    Path body;
    body.moveTo(-w * 0.88, top)
        .lineTo(w * 0.88, top)
        .cubicTo(w * 0.95, top + h * 0.4, w * 1.02, fy - 5, w * 0.96, fy - 1.5)
        .quadTo(w * 0.95, fy, w * 0.85, fy)
        .lineTo(-w * 0.85, fy)
        .quadTo(-w * 0.95, fy, -w * 0.96, fy - 1.5)
        .cubicTo(-w * 1.02, fy - 5, -w * 0.95, top + h * 0.4, -w * 0.88, top)
        .close();
    cv.fill(body, leather);
    cv.strokeDashed(body, 0.35, 1.1, 0.7, withAlpha(shade(leather, 0.45), 0.8));
    shadeCylinder(cv, body, -w, w, 0.22, 0.35);
    // Flap with tooled ornament and a buckle strap.
    const double fb = top + h * r.range(0.5, 0.6);
    Path flap;
    flap.moveTo(-w * 0.9, top - 0.5)
        .lineTo(w * 0.9, top - 0.5)
        .lineTo(w * 0.92, fb - 6)
        .quadTo(w * 0.9, fb, w * 0.6, fb)
        .lineTo(-w * 0.6, fb)
        .quadTo(-w * 0.9, fb, -w * 0.92, fb - 6)
        .close();
    cv.fill(flap, shade(leather, -0.08));
    cv.pushClip(flap);
    Path tooling;
    const int n = 5;
    for (int i = 0; i < n; ++i) {
        const double x = -w * 0.7 + w * 1.4 * i / (n - 1);
        tooling.star(x, (top + fb) / 2 - 1, 8, 2.6, 1.2, 0);
    }
    cv.fill(tooling, withAlpha(s.accent, 0.85));
    cv.popClip();
    cv.strokeDashed(flap, 0.35, 1.1, 0.7, withAlpha(shade(leather, 0.45), 0.8));
    shadeVertical(cv, flap, top, fb, 0.12, 0.25);
    Path tab;
    tab.roundRect(-2.4, fb - 6, 4.8, 12, 1.2);
    cv.fill(tab, shade(leather, -0.2));
    Path buckle;
    buckle.roundRect(-3.4, fb - 1.5, 6.8, 5, 1).roundRect(-2.4, fb - 0.6, 4.8, 3.2, 0.5).hole();
    cv.fill(buckle, kBrass);
    polish(cv, buckle, {-3.4, fb - 1.5}, {3.4, fb + 3.5});
    if (r.chance(0.5)) {
        // A tassel at the side.
        Path tassel;
        tassel.moveTo(w * 0.7, fb + 1).lineTo(w * 0.78, fb + 9).lineTo(w * 0.62, fb + 9).close();
        cv.fill(tassel, s.accent2);
        Path knot;
        knot.circle(w * 0.7, fb + 1.5, 1.3);
        cv.fill(knot, shade(s.accent2, -0.2));
    }
}

void drawBelt(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    if (s.portrait) {
        cv.rotate(kPi / 2);
    }
    const Rgba leather = s.main;
    const double len = r.range(74, 82), amp = r.range(5, 9), width = r.range(6, 7.5);
    const double phase = r.range(0, kPi);
    // A belt lying in a loose S, buckle on the left.
    std::vector<Vec> pts;
    const int n = 80;
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n;
        pts.push_back({-len / 2 + len * t, amp * dsin(phase + t * 2 * kPi) - 2});
    }
    const std::vector<Frame> f = frames(pts);
    const double hw = width / 2;
    Path strap;
    for (const Frame& k : f) {
        strap.lineTo(k.p.x + k.n.x * hw, k.p.y + k.n.y * hw);
    }
    // A pointed tip.
    const Frame& last = f.back();
    strap.lineTo(last.p.x + 4, last.p.y);
    for (auto it = f.rbegin(); it != f.rend(); ++it) {
        strap.lineTo(it->p.x - it->n.x * hw, it->p.y - it->n.y * hw);
    }
    strap.close();
    Path shadowPath = strap;
    cv.save();
    cv.translate(1.2, 1.8);
    cv.fill(shadowPath, Rgba{0.29, 0.2, 0.15, 0.25});
    cv.restore();
    cv.fill(strap, leather);
    cv.pushClip(strap);
    std::vector<Frame> inner(f.begin() + 10, f.end());
    cv.strokeDashed(offsetLine(inner, hw - 0.9), 0.3, 1.0, 0.6,
                    withAlpha(shade(leather, 0.5), 0.8));
    cv.strokeDashed(offsetLine(inner, -hw + 0.9), 0.3, 1.0, 0.6,
                    withAlpha(shade(leather, 0.5), 0.8));
    // Tooled diamonds along the middle.
    for (size_t i = 14; i + 12 < f.size(); i += 5) {
        const Frame& k = f[i];
        Path d;
        d.polygon({{k.p.x - 1.2, k.p.y},
                   {k.p.x, k.p.y - 1.2},
                   {k.p.x + 1.2, k.p.y},
                   {k.p.x, k.p.y + 1.2}});
        cv.fill(d, withAlpha(s.accent, 0.8));
    }
    cv.popClip();
    shadeSphere(cv, strap, 0, 0, len * 0.6, amp + width, 0.15, 0.25);
    // Holes near the tip.
    Path holes;
    for (size_t i = f.size() - 12; i + 3 < f.size(); i += 3) {
        holes.circle(f[i].p.x, f[i].p.y, 0.55);
    }
    cv.fill(holes, hex(0x2A1C14));
    // The buckle: a frame, its prong, and a keeper loop.
    const Frame& b = f[2];
    const double bx = b.p.x, by = b.p.y;
    Path buckle;
    buckle.roundRect(bx - 3.5, by - hw - 2, 7, width + 4, 2)
        .roundRect(bx - 2.3, by - hw - 0.8, 4.6, width + 1.6, 1.2)
        .hole();
    const Rgba metal = r.chance(0.5) ? kBrass : kSilver;
    cv.fill(buckle, metal);
    polish(cv, buckle, {bx - 3.5, by - hw - 2}, {bx + 3.5, by + hw + 2});
    Path prong;
    prong.moveTo(bx - 2.3, by).lineTo(bx + 4.5, by);
    cv.stroke(prong, 0.9, shade(metal, -0.2));
    Path keeper;
    keeper.rect(f[9].p.x - 1.2, f[9].p.y - hw - 0.4, 2.4, width + 0.8);
    cv.fill(keeper, shade(leather, -0.25));
}

void drawPouf(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double R = r.range(32, 37), ry = R * r.range(0.28, 0.34);
    const double h = r.range(24, 29);
    const double topY = fy - h - ry * 0.4;
    const Rgba leather = s.main;
    floorShadow(s, 0, fy, R * 1.08, 4.2);
    // A round cushion of leather: bulging sides and a flat, embroidered top.
    Path side;
    const double baseY = fy - ry * 0.7;
    side.moveTo(-R, topY)
        .cubicTo(-R * 1.08, topY + h * 0.45, -R * 1.02, baseY - h * 0.15, -R * 0.9, baseY)
        .arcTo(0, baseY, R * 0.9, ry * 0.7, kPi, 0)
        .cubicTo(R * 1.02, baseY - h * 0.15, R * 1.08, topY + h * 0.45, R, topY)
        .close();
    cv.fill(side, shade(leather, -0.05));
    cv.pushClip(side);
    // Stitched panels: arches between vertical seams.
    const int panels = 8;
    for (int i = 0; i <= panels; ++i) {
        const double t = static_cast<double>(i) / panels;
        const double a = kPi * (1 - t);
        const double x = R * dcos(a);
        Path seam;
        seam.moveTo(x, topY + ry * dsin(a)).lineTo(x * 0.95, fy);
        cv.stroke(seam, 0.5, withAlpha(shade(leather, -0.4), 0.7));
        if (i < panels) {
            const double x2 = R * dcos(kPi * (1 - (i + 1.0) / panels));
            const double mx = (x + x2) / 2, pw = std::abs(x2 - x) * 0.3;
            Path arch;
            arch.moveTo(mx - pw, fy - 4)
                .lineTo(mx - pw, topY + ry + h * 0.35)
                .quadTo(mx, topY + ry + h * 0.05, mx + pw, topY + ry + h * 0.35)
                .lineTo(mx + pw, fy - 4);
            cv.stroke(arch, 0.8, i % 2 ? s.accent : s.accent2);
        }
    }
    cv.popClip();
    shadeCylinder(cv, side, -R * 1.05, R * 1.05, 0.25, 0.45);
    Path top;
    top.ellipse(0, topY, R, ry);
    cv.fill(top, shade(leather, 0.08));
    cv.save();
    cv.translate(0, topY);
    cv.scale(1, ry / R);
    Path ring;
    ring.circle(0, 0, R * 0.8).circle(0, 0, R * 0.76).hole();
    cv.fill(ring, s.accent);
    for (int i = 0; i < 16; ++i) {
        Path petal;
        petal.ellipse(0, -R * 0.5, R * 0.06, R * 0.2);
        cv.fill(petal.transform(Affine::rotation(2 * kPi * i / 16)), i % 2 ? s.accent : s.accent2);
    }
    Path centre;
    centre.star(0, 0, 8, R * 0.24, R * 0.12, 0);
    cv.fill(centre, s.accent2);
    cv.restore();
    cv.fill(top, Paint::linear({-R, topY - ry}, {R * 0.3, topY + ry},
                               {{0, Rgba{1, 1, 1, 0.22}}, {1, Rgba{0, 0, 0, 0.12}}}));
    cv.stroke(top, 0.8, shade(leather, -0.3));
}

void drawNecklace(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    // Laid flat: a U of beads with a pendant at the bottom.
    const double wHalf = r.range(28, 33), depth = r.range(40, 48), top = -32;
    const Rgba a = s.main, b = s.accent;
    const Rgba metal = r.chance(0.6) ? kSilver : kBrass;
    std::vector<Vec> pts;
    const int n = 34 + r.below(8);
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n;
        const double ang = kPi * t;
        pts.push_back({-wHalf * dcos(ang), top + depth * dsin(ang) * (0.85 + 0.15 * dsin(ang))});
    }
    Path cord = smoothOpen(pts);
    cv.save();
    cv.translate(0.8, 1.2);
    cv.stroke(cord, 1.8, Rgba{0.29, 0.2, 0.15, 0.18});
    cv.restore();
    cv.stroke(cord, 0.45, shade(metal, -0.3));
    const int pattern = r.below(3);
    for (int i = 1; i < n; ++i) {
        const Vec p = pts[static_cast<size_t>(i)];
        const bool big = pattern == 0 ? i % 3 == 0 : (pattern == 1 ? i % 2 == 0 : i % 4 == 2);
        const double rad = big ? 2.1 : 1.25;
        const Rgba c = big ? a : (i % 2 ? b : metal);
        Path bead;
        bead.circle(p.x, p.y, rad);
        Path shadow;
        shadow.circle(p.x + 0.6, p.y + 0.8, rad);
        cv.fill(shadow, Rgba{0.29, 0.2, 0.15, 0.2});
        cv.fill(bead, c);
        shadeSphere(cv, bead, p.x, p.y, rad, rad, 0.5, 0.35);
    }
    // Clasp ends.
    Path clasp;
    clasp.circle(pts.front().x, pts.front().y, 1.1).circle(pts.back().x, pts.back().y, 1.1);
    cv.stroke(clasp, 0.5, metal);
    // Pendant: a Berber triangle or a fibula-like disc, with an inset stone.
    const Vec bottom = pts[static_cast<size_t>(n / 2)];
    const double py = bottom.y + 2;
    Path pendant;
    if (r.chance(0.5)) {
        pendant.polygon({{-7, py}, {7, py}, {0, py + 13}});
    } else {
        pendant.circle(0, py + 6.5, 6.5);
    }
    Path pshadow = pendant;
    cv.save();
    cv.translate(0.8, 1.2);
    cv.fill(pshadow, Rgba{0.29, 0.2, 0.15, 0.25});
    cv.restore();
    cv.fill(pendant, metal);
    polish(cv, pendant, {-7, py}, {7, py + 13});
    cv.strokeDashed(pendant, 0.35, 0.5, 0.5, shade(metal, -0.35));
    Path stone;
    stone.circle(0, py + 4.2, 2.1);
    cv.fill(stone, s.accent2);
    shadeSphere(cv, stone, 0, py + 4.2, 2.1, 2.1, 0.6, 0.3);
    Path drops;
    for (int i = -2; i <= 2; ++i) {
        drops.circle(i * 2.6, py + 14 - std::abs(i) * 2.2, 0.9);
    }
    cv.fill(drops, a);
}

void drawBracelet(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba metal = luminance(s.main) > 0.55 ? s.main : mix(s.main, kSilver, 0.35);
    // A wide cuff lying on its side, seen from above and in front, and a thin bangle beside.
    const double R = r.range(24, 28), ry = R * 0.42, band = r.range(12, 16);
    const double top = fy - band - ry - 1;
    floorShadow(s, 0, fy - ry * 0.5, R * 1.15, ry * 1.1, 0.4);
    if (r.chance(0.7)) {
        const double bx = R + 8, bR = 11;
        Path bangle;
        bangle.ellipse(bx, fy - 7, bR, bR * 0.45)
            .ellipse(bx, fy - 7, bR - 2, bR * 0.45 - 1.4)
            .hole();
        cv.fill(bangle, s.accent);
        shadeSphere(cv, bangle, bx, fy - 7, bR, bR * 0.45, 0.5, 0.3);
    }
    // Inside of the far wall, then the front band, then the rim.
    Path back;
    back.ellipse(0, top, R, ry);
    cv.fill(back, shade(metal, -0.45));
    Path innerWall;
    innerWall.moveTo(-R + 1.5, top).arcTo(0, top, R - 1.5, ry - 1, kPi, 2 * kPi);
    innerWall.lineTo(R - 1.5, top + band * 0.6)
        .arcTo(0, top + band * 0.6, R - 1.5, ry - 1, 0, -kPi);
    innerWall.close();
    cv.fill(innerWall, shade(metal, -0.2));
    Path front;
    front.moveTo(-R, top)
        .arcTo(0, top, R, ry, kPi, 0)
        .lineTo(R, top + band)
        .arcTo(0, top + band, R, ry, 0, kPi)
        .close();
    cv.fill(front, metal);
    cv.pushClip(front);
    // Engraving and stones follow the curve of the band.
    const int n = 9;
    for (int i = 0; i < n; ++i) {
        const double a = kPi * (0.08 + 0.84 * i / (n - 1));
        const double x = -R * dcos(a), y = ry * dsin(a);
        const double sq = dsin(a);
        Path motif;
        motif.polygon({{x - 2.2 * sq, top + y + band / 2},
                       {x, top + y + band / 2 - band * 0.32},
                       {x + 2.2 * sq, top + y + band / 2},
                       {x, top + y + band / 2 + band * 0.32}});
        cv.stroke(motif, 0.4, shade(metal, -0.45));
        if (i % 2 == 0) {
            Path gem;
            gem.ellipse(x, top + y + band / 2, 1.4 * sq + 0.3, 1.6);
            cv.fill(gem, i % 4 == 0 ? s.accent : s.accent2);
        }
    }
    Path lines;
    lines.moveTo(-R, top + 1.4).arcTo(0, top + 1.4, R, ry, kPi, 0);
    lines.moveTo(-R, top + band - 1.4).arcTo(0, top + band - 1.4, R, ry, kPi, 0);
    cv.stroke(lines, 0.4, shade(metal, -0.4));
    cv.popClip();
    shadeCylinder(cv, front, -R, R, 0.6, 0.5);
    Path rim;
    rim.ellipse(0, top, R, ry).ellipse(0, top, R - 1.5, ry - 1).hole();
    cv.fill(rim, shade(metal, 0.2));
}

void drawEarrings(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const Rgba metal = r.chance(0.6) ? kSilver : kBrass;
    const int style = r.below(3);
    const double len = r.range(46, 56);
    for (double side : {-1.0, 1.0}) {
        const double cx = side * r.range(15, 18), top = -len / 2 - 4;
        cv.save();
        cv.concat(Affine::rotation(side * deg(r.range(2, 6)), {cx, 0}));
        auto withShadow = [&](const Path& p, const Paint& paint) {
            cv.save();
            cv.translate(0.8, 1.2);
            cv.fill(p, Rgba{0.29, 0.2, 0.15, 0.22});
            cv.restore();
            cv.fill(p, paint);
        };
        Path hook;
        hook.moveTo(cx, top + 8)
            .lineTo(cx, top + 2)
            .arcTo(cx - 3, top + 2, 3, 3, 0, -kPi)
            .lineTo(cx - 6, top + 5);
        cv.stroke(hook, 0.6, metal);
        Path bead;
        bead.circle(cx, top + 9.5, 1.8);
        withShadow(bead, s.accent);
        shadeSphere(cv, bead, cx, top + 9.5, 1.8, 1.8, 0.5, 0.3);
        const double by = top + 12;
        Path body;
        if (style == 0) {
            // A crescent with hanging drops.
            body.moveTo(cx - 11, by + 4)
                .cubicTo(cx - 11, by + 24, cx + 11, by + 24, cx + 11, by + 4)
                .cubicTo(cx + 7, by + 16, cx - 7, by + 16, cx - 11, by + 4)
                .close();
        } else if (style == 1) {
            // A teardrop.
            body.moveTo(cx, by)
                .cubicTo(cx + 3, by + 6, cx + 9, by + 14, cx + 9, by + 21)
                .cubicTo(cx + 9, by + 28, cx - 9, by + 28, cx - 9, by + 21)
                .cubicTo(cx - 9, by + 14, cx - 3, by + 6, cx, by)
                .close();
        } else {
            // A filigree disc.
            body.circle(cx, by + 12, 10);
            body.circle(cx, by + 12, 6.5).hole();
        }
        withShadow(body, metal);
        polish(cv, body, {cx - 10, by}, {cx + 10, by + 28});
        cv.strokeDashed(body, 0.35, 0.45, 0.45, shade(metal, -0.4));
        Path stone;
        stone.circle(cx, by + (style == 2 ? 12 : 15), style == 2 ? 4.2 : 3.2);
        withShadow(stone, s.main);
        shadeSphere(cv, stone, cx, by + 15, 3.2, 3.2, 0.6, 0.3);
        for (int i = -2; i <= 2; ++i) {
            const double dx = i * 4.2;
            const double dy = by + (style == 1 ? 28 : 24) - std::abs(i) * 2.5;
            Path chain;
            chain.moveTo(cx + dx, dy - 2).lineTo(cx + dx, dy + 4);
            cv.stroke(chain, 0.35, metal);
            Path drop;
            drop.ellipse(cx + dx, dy + 5.5, 1.2, 1.7);
            withShadow(drop, i % 2 ? s.accent2 : s.main);
        }
        cv.restore();
    }
}

} // namespace fairgen
