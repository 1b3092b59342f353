// Textiles and basketry: rug, cushion, embroidered cloth, caftan, basket, straw hat.
#include "scene.h"

namespace fairgen {

namespace {

const Rgba kCream = hex(0xF2EAD8);
const Rgba kGold = hex(0xD4AF37);

// Fabric or wool lighter than the colours printed on it.
Rgba groundFor(const Rgba& main) {
    return luminance(main) > 0.7 ? main : kCream;
}

void crossStitch(Canvas& cv, double x, double y, double size, const Paint& paint, double width) {
    Path p;
    p.moveTo(x - size, y - size).lineTo(x + size, y + size);
    p.moveTo(x + size, y - size).lineTo(x - size, y + size);
    cv.stroke(p, width, paint);
}

} // namespace

void drawRug(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    if (s.portrait) {
        cv.rotate(kPi / 2);
    }
    const double w = r.range(78, 88), h = r.range(48, 56);
    const double x0 = -w / 2, y0 = -h / 2;
    floorShadow(s, 1.5, 2.5, w * 0.56, h * 0.58, 0.4);
    // Fringes on the short sides.
    const Rgba fringe = shade(kCream, -0.05);
    for (double side : {-1.0, 1.0}) {
        Path f;
        for (int i = 0; i < 26; ++i) {
            const double y = y0 + 1 + (h - 2) * i / 25.0;
            const double len = 3.5 + r.range(0, 1.5);
            f.moveTo(side * w / 2, y).lineTo(side * (w / 2 + len), y + r.range(-0.6, 0.6));
        }
        cv.stroke(f, 0.55, fringe);
    }
    Path rug;
    rug.rect(x0, y0, w, h);
    const int style = r.below(3);
    cv.pushClip(rug);
    if (style == 0) {
        // Beni Ouarain: cream wool, a loose lattice of dark diamonds.
        const Rgba wool = luminance(s.main) > 0.7 ? s.main : kCream;
        const Rgba line = luminance(s.main) > 0.7 ? hex(0x2E2622) : s.main;
        cv.fill(rug, wool);
        const int cols = 3 + r.below(2);
        const double cw = w / cols, ch = h / 2;
        Path lattice;
        for (int i = 0; i <= cols; ++i) {
            for (int j = 0; j <= 2; ++j) {
                const double cx = x0 + cw * i, cy = y0 + ch * j;
                lattice.moveTo(cx - cw / 2, cy).lineTo(cx, cy - ch / 2).lineTo(cx + cw / 2, cy);
                lattice.lineTo(cx, cy + ch / 2).lineTo(cx - cw / 2, cy);
            }
        }
        cv.stroke(lattice, 2.2, line);
        Path dots;
        for (int i = 0; i < cols; ++i) {
            for (int j = 0; j < 2; ++j) {
                dots.star(x0 + cw * (i + 0.5), y0 + ch * (j + 0.5), 4, 2.2, 0.8, 0);
            }
        }
        cv.fill(dots, line);
    } else if (style == 1) {
        // Azilal: a cream field scattered with bright signs, one to a cell of a loose grid so
        // that they never pile up.
        cv.fill(rug, kCream);
        auto visible = [&](Rgba c) { return luminance(c) > 0.75 ? shade(s.main, -0.35) : c; };
        const Rgba a = visible(s.main), b = visible(s.accent), c = visible(s.accent2);
        const int cols = 5, rows = 3;
        for (int j = 0; j < rows; ++j) {
            for (int i = 0; i < cols; ++i) {
                if (r.chance(0.25)) {
                    continue;
                }
                const double cx = x0 + 4 + (w - 8) * (i + 0.5) / cols + r.range(-2, 2);
                const double cy = y0 + 4 + (h - 8) * (j + 0.5) / rows + r.range(-1.5, 1.5);
                const double sz = r.range(3.2, 4.6);
                const int pick = (i + j) % 3;
                const Rgba col = pick == 0 ? a : (pick == 1 ? b : c);
                Path sign;
                switch (r.below(3)) {
                case 0:
                    sign.polygon({{cx - sz, cy},
                                  {cx, cy - sz * 1.3},
                                  {cx + sz, cy},
                                  {cx, cy + sz * 1.3}})
                        .polygon({{cx - sz * 0.5, cy},
                                  {cx, cy - sz * 0.65},
                                  {cx + sz * 0.5, cy},
                                  {cx, cy + sz * 0.65}})
                        .hole();
                    cv.fill(sign, col);
                    break;
                case 1:
                    zigzagBand(cv, cx - sz, cx + sz, cy - sz * 0.5, cy + sz * 0.5, 3, col, 1.2);
                    break;
                default:
                    sign.rect(cx - sz, cy - 0.7, 2 * sz, 1.4).rect(cx - 0.7, cy - sz, 1.4, 2 * sz);
                    cv.fill(sign, col);
                    break;
                }
            }
        }
        Path frameBand;
        frameBand.rect(x0, y0, w, h).rect(x0 + 2.5, y0 + 2.5, w - 5, h - 5).hole();
        cv.fill(frameBand, a);
    } else {
        // Kilim: flat-woven bands of triangles and diamonds.
        cv.fill(rug, s.main);
        const int bands = 5 + 2 * r.below(2);
        const double bw = w / bands;
        for (int i = 0; i < bands; ++i) {
            const double bx = x0 + bw * i;
            const Rgba col = i % 2 == 0 ? s.accent : s.accent2;
            // Bands run across the rug: draw them in a frame turned a quarter.
            cv.save();
            cv.concat(Affine{0, 1, 1, 0, 0, 0});
            if (i % 2 == 0) {
                diamondBand(cv, y0, y0 + h, bx + bw * 0.2, bx + bw * 0.8, 5, col);
            } else {
                triangleBand(cv, y0, y0 + h, bx + bw * 0.15, bx + bw * 0.5, 7, col);
                triangleBand(cv, y0, y0 + h, bx + bw * 0.5, bx + bw * 0.85, 7, kCream, true);
            }
            cv.restore();
            Path sep;
            sep.rect(bx - 0.5, y0, 1, h);
            cv.fill(sep, shade(s.main, -0.35));
        }
    }
    // Wool: faint knots in rows, and a soft light across the pile.
    Path knots;
    for (double y = y0 + 1; y < y0 + h; y += 2.2) {
        knots.moveTo(x0, y).lineTo(x0 + w, y + 0.3);
    }
    cv.stroke(knots, 0.25, Rgba{0, 0, 0, 0.05});
    cv.fill(rug, Paint::linear({x0, y0}, {x0 + w, y0 + h},
                               {{0, Rgba{1, 1, 1, 0.12}}, {1, Rgba{0, 0, 0, 0.12}}}));
    cv.popClip();
    Path edge;
    edge.rect(x0, y0, w, h);
    cv.stroke(edge, 0.5, Rgba{0, 0, 0, 0.25});
}

void drawCushion(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double half = r.range(26, 30);
    const double cy = fy - half - 1;
    const double pinch = r.range(3, 5);
    floorShadow(s, 0, fy, half * 1.2, 3.5);
    Path c;
    c.moveTo(-half, cy - half)
        .cubicTo(-half / 3, cy - half + pinch, half / 3, cy - half + pinch, half, cy - half)
        .cubicTo(half - pinch, cy - half / 3, half - pinch, cy + half / 3, half, cy + half)
        .cubicTo(half / 3, cy + half - pinch, -half / 3, cy + half - pinch, -half, cy + half)
        .cubicTo(-half + pinch, cy + half / 3, -half + pinch, cy - half / 3, -half, cy - half)
        .close();
    cv.fill(c, s.main);
    cv.pushClip(c);
    const Rgba ink = luminance(s.main) > 0.7 ? s.accent : shade(kCream, 0.2);
    // A framed medallion, as in Rabat and Fès embroidery.
    Path frame;
    frame.rect(-half, cy - half * 0.72, 2 * half, 1.4)
        .rect(-half, cy + half * 0.72 - 1.4, 2 * half, 1.4);
    cv.fill(frame, ink);
    triangleBand(cv, -half, half, cy - half * 0.7, cy - half * 0.56, 10, s.accent2);
    triangleBand(cv, -half, half, cy + half * 0.56, cy + half * 0.7, 10, s.accent2, true);
    const double m = half * r.range(0.36, 0.44);
    Path med;
    med.polygon({{0, cy - m}, {m, cy}, {0, cy + m}, {-m, cy}});
    cv.fill(med, ink);
    Path inner;
    inner.polygon({{0, cy - m * 0.62}, {m * 0.62, cy}, {0, cy + m * 0.62}, {-m * 0.62, cy}});
    cv.fill(inner, s.accent2);
    Path heart;
    heart.star(0, cy, r.chance(0.5) ? 8 : 4, m * 0.34, m * 0.15, 0);
    cv.fill(heart, ink);
    for (double side : {-1.0, 1.0}) {
        Path small;
        small.polygon({{side * half * 0.68, cy - m * 0.45},
                       {side * half * 0.68 + m * 0.3, cy},
                       {side * half * 0.68, cy + m * 0.45},
                       {side * half * 0.68 - m * 0.3, cy}});
        cv.fill(small, ink);
    }
    cv.popClip();
    shadeSphere(cv, c, 0, cy, half * 1.1, half * 1.1, 0.28, 0.4);
    cv.stroke(c, 0.8, shade(s.main, -0.35));
    if (r.chance(0.5)) {
        // Pompoms at the corners.
        Path poms;
        for (double sx : {-1.0, 1.0}) {
            for (double sy : {-1.0, 1.0}) {
                poms.circle(sx * (half + 1.2), cy + sy * (half + 1.2), 2.2);
            }
        }
        cv.fill(poms, s.accent);
        shadeSphere(cv, poms, 0, cy, half + 3, half + 3, 0.2, 0.3);
    }
}

void drawEmbroideredCloth(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double side = r.range(62, 70);
    const double x0 = -side / 2, y0 = -side / 2;
    const Rgba cloth = groundFor(s.main);
    const Rgba thread = luminance(s.main) > 0.7 ? s.accent : s.main;
    const Rgba thread2 = s.accent2;
    floorShadow(s, 1.5, 2.5, side * 0.56, side * 0.56, 0.35);
    Path c;
    // Scalloped hem.
    const int sc = 14;
    const double step = side / sc;
    c.moveTo(x0, y0);
    for (int i = 0; i < sc; ++i) {
        c.quadTo(x0 + step * (i + 0.5), y0 - 1.6, x0 + step * (i + 1), y0);
    }
    for (int i = 0; i < sc; ++i) {
        c.quadTo(x0 + side + 1.6, y0 + step * (i + 0.5), x0 + side, y0 + step * (i + 1));
    }
    for (int i = 0; i < sc; ++i) {
        c.quadTo(x0 + side - step * (i + 0.5), y0 + side + 1.6, x0 + side - step * (i + 1),
                 y0 + side);
    }
    for (int i = 0; i < sc; ++i) {
        c.quadTo(x0 - 1.6, y0 + side - step * (i + 0.5), x0, y0 + side - step * (i + 1));
    }
    c.close();
    cv.fill(c, cloth);
    // Linen weave.
    Path weave;
    for (double t = 0; t < side; t += 1.3) {
        weave.moveTo(x0, y0 + t).lineTo(x0 + side, y0 + t);
    }
    cv.pushClip(c);
    cv.stroke(weave, 0.2, Rgba{0, 0, 0, 0.05});
    cv.popClip();
    // Cross-stitched border: rows of small crosses and stepped triangles.
    const double b = 5;
    for (int edge = 0; edge < 4; ++edge) {
        cv.save();
        cv.rotate(kPi / 2 * edge);
        for (double x = x0 + b; x <= -x0 - b + 0.01; x += 2.2) {
            crossStitch(cv, x, y0 + b, 0.7, thread, 0.35);
        }
        for (int i = 0; i < 9; ++i) {
            const double cx = x0 + b + 3 + (side - 2 * b - 6) * i / 8.0;
            for (int k = 0; k < 3; ++k) {
                for (int j = -k; j <= k; ++j) {
                    crossStitch(cv, cx + j * 1.5, y0 + b + 5.5 - k * 1.5 + 3, 0.6,
                                i % 2 ? thread2 : thread, 0.32);
                }
            }
        }
        cv.restore();
    }
    // Central rosette in stitches.
    const int arms = 8;
    for (int a = 0; a < arms; ++a) {
        cv.save();
        cv.rotate(2 * kPi * a / arms);
        for (int k = 1; k <= 6; ++k) {
            const int width = k < 4 ? k : 7 - k;
            for (int j = -width + 1; j < width; ++j) {
                crossStitch(cv, j * 1.4, -2 - k * 1.6, 0.55, a % 2 ? thread2 : thread, 0.3);
            }
        }
        cv.restore();
    }
    crossStitch(cv, 0, 0, 1.4, thread, 0.5);
    if (r.chance(0.5)) {
        // Folded in half: a soft crease and a shade over one half.
        Path half;
        half.rect(0, y0 - 3, side, side + 6);
        cv.pushClip(c);
        cv.fill(half, Paint::linear({0, 0}, {side / 2, 0},
                                    {{0, Rgba{0, 0, 0, 0.1}}, {1, Rgba{0, 0, 0, 0}}}));
        cv.popClip();
    }
    cv.stroke(c, 0.4, withAlpha(shade(cloth, -0.4), 0.6));
}

void drawCaftan(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double top = -40, hem = s.floorY + r.range(0, 3);
    const double sh = r.range(11, 13);     // half shoulder width
    const double hw = r.range(19, 23);     // half hem width
    const double sleeve = r.range(25, 30); // sleeve reach from centre
    const Rgba fabric = s.main;
    const Rgba trim = r.chance(0.7) ? kGold : s.accent;
    // Hanger.
    const Rgba wood = hex(0x8A5A32);
    Path hook;
    hook.moveTo(0, top - 2).lineTo(0, top - 6).arcTo(1.8, top - 6, 1.8, 1.8, kPi, 2 * kPi + 0.3);
    cv.stroke(hook, 0.8, hex(0x9A9A9A));
    Path bar;
    bar.moveTo(-sh - 4, top + 3).quadTo(0, top - 4, sh + 4, top + 3);
    cv.stroke(bar, 1.6, wood);
    // Sleeves behind the body: wide and falling.
    for (double side : {-1.0, 1.0}) {
        Path sl;
        sl.moveTo(side * (sh - 1), top + 1)
            .quadTo(side * (sh + 8), top + 2, side * sleeve, top + 26)
            .lineTo(side * (sleeve - 9), top + 32)
            .quadTo(side * (sh + 3), top + 16, side * (sh - 1), top + 16)
            .close();
        cv.fill(sl, shade(fabric, -0.08));
        shadeCylinder(cv, sl, side < 0 ? -sleeve : sh, side < 0 ? -sh : sleeve, 0.2, 0.3);
        Path cuff;
        cuff.moveTo(side * sleeve, top + 26).lineTo(side * (sleeve - 9), top + 32);
        cv.stroke(cuff, 2, trim);
    }
    // Body: fitted at the waist, flaring to the hem.
    const double waist = top + 24;
    Path body;
    body.moveTo(-sh, top)
        .lineTo(-3, top - 0.5)
        .lineTo(3, top - 0.5)
        .lineTo(sh, top)
        .quadTo(sh + 1, waist - 10, sh - 1.5, waist)
        .quadTo(hw * 0.75, hem - 18, hw, hem)
        .quadTo(0, hem + 1.5, -hw, hem)
        .quadTo(-hw * 0.75, hem - 18, -(sh - 1.5), waist)
        .quadTo(-sh - 1, waist - 10, -sh, top)
        .close();
    cv.fill(body, fabric);
    cv.pushClip(body);
    // Folds: soft vertical shadows fanning out below the waist.
    for (int i = -3; i <= 3; ++i) {
        Path fold;
        fold.moveTo(i * 1.5, waist).lineTo(i * hw / 3.2, hem + 2);
        cv.stroke(fold, 2.4, withAlpha(shade(fabric, i % 2 ? -0.3 : 0.25), 0.28));
    }
    if (r.chance(0.5)) {
        // A brocade pattern of small motifs.
        Path dots;
        for (double y = top + 4; y < hem; y += 5) {
            for (double x = -hw; x <= hw; x += 5) {
                dots.star(x + (static_cast<int>(y) % 2 ? 2.5 : 0), y, 4, 0.9, 0.35, 0);
            }
        }
        cv.fill(dots, withAlpha(s.accent, 0.8));
    }
    cv.popClip();
    shadeCylinder(cv, body, -hw, hw, 0.22, 0.3);
    // Trim: the V neckline, the central braid with its buttons, and the belt.
    Path neck;
    neck.moveTo(-4, top).lineTo(0, top + 9).lineTo(4, top);
    cv.stroke(neck, 1.4, trim);
    Path front;
    front.moveTo(0, top + 9).lineTo(0, hem + 0.5);
    cv.stroke(front, 1.6, trim, Cap::Butt);
    Path buttons;
    for (double y = top + 11; y < waist - 1; y += 2) {
        buttons.circle(0, y, 0.55);
    }
    cv.fill(buttons, shade(trim, 0.3));
    Path hemTrim;
    hemTrim.moveTo(-hw, hem - 0.6).quadTo(0, hem + 0.9, hw, hem - 0.6);
    cv.stroke(hemTrim, 1.4, trim);
    Path belt;
    belt.moveTo(-(sh - 1.5), waist - 2)
        .lineTo(sh - 1.5, waist - 2)
        .lineTo(sh - 1.2, waist + 2.5)
        .lineTo(-(sh - 1.2), waist + 2.5)
        .close();
    cv.fill(belt, trim);
    cv.pushClip(belt);
    dotBand(cv, -sh, sh, waist + 0.25, 0.6, 9, shade(trim, -0.35));
    cv.popClip();
}

void drawBasket(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double top = fy - r.range(28, 34);
    const double rw = r.range(25, 30), bw = rw * r.range(0.72, 0.85), ry = rw * 0.24;
    const Rgba straw = luminance(s.main) > 0.45 ? s.main : hex(0xD9B77A);
    const Rgba band = luminance(s.main) > 0.45 ? s.accent : s.main;
    floorShadow(s, 0, fy, rw * 1.1, 3.5);
    // Handles behind, then the inside of the rim.
    const Rgba leather = hex(0x6E4327);
    Path handle;
    handle.moveTo(-rw * 0.55, top + 2)
        .cubicTo(-rw * 0.5, top - 24, rw * 0.5, top - 24, rw * 0.55, top + 2);
    cv.stroke(handle, 2.4, leather);
    Path inside;
    inside.ellipse(0, top, rw, ry);
    cv.fill(inside, shade(straw, -0.45));
    Path body;
    body.moveTo(-rw, top)
        .lineTo(-bw, fy - 2)
        .quadTo(-bw, fy, -bw + 3, fy)
        .lineTo(bw - 3, fy)
        .quadTo(bw, fy, bw, fy - 2)
        .lineTo(rw, top)
        .arcTo(0, top, rw, ry, 0, kPi)
        .close();
    cv.fill(body, straw);
    cv.pushClip(body);
    // Coiled palm: rows of short slanted stitches.
    const double rowH = 2.4;
    for (double y = top; y < fy + rowH; y += rowH) {
        Path row;
        const bool odd = static_cast<int>((y - top) / rowH) % 2 == 1;
        for (double x = -rw - 2; x < rw + 2; x += 1.8) {
            row.moveTo(x + (odd ? 0.9 : 0), y).lineTo(x + 1.2 + (odd ? 0.9 : 0), y + rowH * 0.9);
        }
        cv.stroke(row, 0.45, withAlpha(shade(straw, -0.3), 0.55), Cap::Butt);
    }
    const double b0 = top + ry + (fy - top - ry) * 0.25, b1 = b0 + (fy - top) * 0.22;
    Path stripe;
    stripe.rect(-rw, b0, 2 * rw, b1 - b0);
    cv.fill(stripe, band);
    triangleBand(cv, -rw, rw, b0 + 0.8, b1 - 0.8, 9, s.accent2);
    Path thin;
    thin.rect(-rw, b1 + 1.5, 2 * rw, 1.2);
    cv.fill(thin, band);
    cv.popClip();
    shadeCylinder(cv, body, -rw, rw, 0.25, 0.4);
    Path rim;
    rim.ellipse(0, top, rw, ry);
    cv.stroke(rim, 1.6, shade(straw, -0.1));
    // Handle fronts, stitched on.
    Path tabs;
    tabs.roundRect(-rw * 0.62, top + ry - 3, 4, 6, 1)
        .roundRect(rw * 0.62 - 4, top + ry - 3, 4, 6, 1);
    cv.fill(tabs, leather);
}

void drawStrawHat(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba straw = luminance(s.main) > 0.45 ? s.main : hex(0xDDBE85);
    const double brim = r.range(36, 42), bry = brim * r.range(0.32, 0.38);
    const double by = fy - bry - 2;
    const double crown = brim * r.range(0.4, 0.48), ch = r.range(16, 22);
    floorShadow(s, 0, fy, brim * 1.02, 4);
    Path b;
    b.ellipse(0, by, brim, bry);
    cv.fill(b, straw);
    cv.pushClip(b);
    for (double k = 0.45; k < 1.02; k += 0.06) {
        Path ring;
        ring.ellipse(0, by, brim * k, bry * k);
        cv.stroke(ring, 0.35, withAlpha(shade(straw, -0.35), 0.5));
    }
    cv.fill(b, Paint::linear({0, by - bry}, {0, by + bry},
                             {{0, Rgba{0, 0, 0, 0.15}}, {1, Rgba{1, 1, 1, 0.1}}}));
    cv.popClip();
    cv.stroke(b, 0.7, shade(straw, -0.25));
    const double baseY = by - bry * 0.08;
    Path c;
    c.moveTo(-crown, baseY)
        .cubicTo(-crown * 1.02, baseY - ch * 0.8, -crown * 0.7, baseY - ch, 0, baseY - ch)
        .cubicTo(crown * 0.7, baseY - ch, crown * 1.02, baseY - ch * 0.8, crown, baseY)
        .arcTo(0, baseY, crown, crown * 0.3, 0, kPi)
        .close();
    cv.fill(c, straw);
    cv.pushClip(c);
    for (double y = baseY - ch; y < baseY + 6; y += 1.6) {
        Path l;
        l.moveTo(-crown, y).quadTo(0, y + 2.2, crown, y);
        cv.stroke(l, 0.35, withAlpha(shade(straw, -0.35), 0.5));
    }
    Path ribbon;
    ribbon.moveTo(-crown - 1, baseY - 5)
        .quadTo(0, baseY - 5 + crown * 0.3, crown + 1, baseY - 5)
        .lineTo(crown + 1, baseY)
        .quadTo(0, baseY + crown * 0.3, -crown - 1, baseY)
        .close();
    cv.fill(ribbon, s.accent);
    cv.popClip();
    shadeCylinder(cv, c, -crown, crown, 0.3, 0.35);
    if (r.chance(0.6)) {
        // Wool pompoms and cords, as on the hats of the Rif.
        const std::vector<Rgba> cols = {s.accent, s.accent2, s.main, hex(0xE8A317)};
        for (int i = 0; i < 5; ++i) {
            const double a = kPi * (0.15 + 0.7 * i / 4.0);
            const double x = -brim * 0.85 * dcos(a) * -1, y = by + bry * 0.85 * dsin(a) * 0.4;
            Path cord;
            cord.moveTo(x * 0.6, baseY - 2.5).quadTo(x * 0.9, y - 3, x, y);
            cv.stroke(cord, 0.5, cols[static_cast<size_t>(i) % cols.size()]);
            Path pom;
            pom.circle(x, y, 2.6);
            cv.fill(pom, cols[static_cast<size_t>(i) % cols.size()]);
            shadeSphere(cv, pom, x, y, 2.6, 2.6, 0.3, 0.3);
        }
    }
}

} // namespace fairgen
