// Pottery, zellige, wood and metal: vase, tagine, plate, bowl, zellige tile and table, wooden
// box, lantern, teapot.
#include "scene.h"

namespace fairgen {

namespace {

// Painted bands across a pot, in the styles of Safi and Fès.
void potteryBands(Scene& s, double x0, double x1, double y0, double y1) {
    Canvas& cv = s.cv;
    const double h = y1 - y0;
    const int style = s.rng.below(4);
    const Rgba ink = s.accent, ink2 = s.accent2;
    Path line;
    line.rect(x0, y0, x1 - x0, h * 0.04).rect(x0, y1 - h * 0.04, x1 - x0, h * 0.04);
    cv.fill(line, ink);
    const double a = y0 + h * 0.1, b = y1 - h * 0.1;
    const int n = 6 + 2 * s.rng.below(4);
    switch (style) {
    case 0:
        triangleBand(cv, x0, x1, a, b, n, ink);
        dotBand(cv, x0 + (x1 - x0) / (2 * n), x1 - (x1 - x0) / (2 * n), b - h * 0.12, h * 0.06, n,
                ink2);
        break;
    case 1:
        diamondBand(cv, x0, x1, a, b, n, ink);
        dotBand(cv, x0, x1, (a + b) / 2, h * 0.07, n + 1, ink2);
        break;
    case 2:
        zigzagBand(cv, x0, x1, a, b, n, ink, h * 0.09);
        zigzagBand(cv, x0, x1, a + h * 0.22, b + h * 0.22, n, withAlpha(ink2, 0.9), h * 0.05);
        break;
    default: {
        Path scallops;
        const double step = (x1 - x0) / n;
        for (int i = 0; i < n; ++i) {
            scallops.ellipse(x0 + step * (i + 0.5), (a + b) / 2, step * 0.38, (b - a) * 0.42);
        }
        cv.fill(scallops, ink);
        dotBand(cv, x0 + step / 2, x1 - step / 2, (a + b) / 2, h * 0.08, n, ink2);
        break;
    }
    }
}

// A flower of `petals` ellipses around (cx, cy), for plates and tables.
Path rosette(double cx, double cy, int petals, double r, double width, double turn) {
    Path p;
    for (int i = 0; i < petals; ++i) {
        Path petal;
        petal.ellipse(cx, cy - r / 2, width, r / 2);
        petal.transform(Affine::rotation(turn + 2 * kPi * i / petals, {cx, cy}));
        p.append(petal);
    }
    return p;
}

} // namespace

void drawVase(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double h = r.range(54, 64);
    const double top = fy - h;
    const double body = r.range(15, 21), neck = r.range(4.5, 7.5);
    const double lip = neck + r.range(1.5, 4), foot = r.range(7.5, 10.5);
    const double belly = r.range(0.48, 0.62);
    const std::vector<Vec> profile = {
        {lip, top},
        {neck, top + h * 0.07},
        {neck * 1.05, top + h * 0.17},
        {body * 0.8, top + h * (belly - 0.18)},
        {body, top + h * belly},
        {body * 0.78, top + h * (belly + 0.22)},
        {foot * 0.88, fy - h * 0.05},
        {foot, fy},
    };
    floorShadow(s, 0, fy, body * 1.35, 3.4);
    const Path shape = lathe(0, profile);
    const bool handles = r.chance(0.45);
    const Rgba handleColour = shade(s.main, -0.12);
    if (handles) {
        for (double side : {-1.0, 1.0}) {
            Path hp;
            hp.moveTo(side * neck, top + h * 0.12)
                .cubicTo(side * (body + 7), top + h * 0.08, side * (body + 6),
                         top + h * (belly - 0.1), side * body * 0.88, top + h * (belly - 0.08));
            cv.stroke(hp, 2.4, handleColour);
        }
    }
    cv.fill(shape, s.main);
    cv.pushClip(shape);
    potteryBands(s, -body, body, top + h * (belly - 0.16), top + h * (belly + 0.04));
    if (r.chance(0.6)) {
        Path thin;
        thin.rect(-body, top + h * (belly + 0.14), 2 * body, h * 0.018);
        thin.rect(-body, top + h * 0.12, 2 * body, h * 0.015);
        cv.fill(thin, s.accent);
    }
    cv.popClip();
    shadeCylinder(cv, shape, -body, body, 0.32, 0.38);
    Path rim;
    rim.ellipse(0, top, lip, lip * 0.3);
    cv.fill(rim, shade(s.main, -0.08));
    Path mouth;
    mouth.ellipse(0, top + lip * 0.04, lip * 0.72, lip * 0.2);
    cv.fill(mouth, shade(s.main, -0.6));
}

void drawTagine(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double dishR = r.range(29, 34), dishRy = dishR * 0.22;
    const double rimY = fy - r.range(7, 9);
    const double lidR = dishR * r.range(0.74, 0.8);
    const double lidH = r.range(38, 46);
    const Rgba dishColour = r.chance(0.5) ? s.main : shade(s.main, -0.15);
    floorShadow(s, 0, fy, dishR * 1.1, 4);

    // The dish: its inside (the rim ellipse), then the outside wall whose top is the rim's front.
    Path inside;
    inside.ellipse(0, rimY, dishR, dishRy);
    cv.fill(inside, shade(dishColour, -0.35));
    Path dish;
    dish.moveTo(-dishR, rimY)
        .cubicTo(-dishR * 0.95, fy - 2, -dishR * 0.7, fy, -dishR * 0.55, fy)
        .lineTo(dishR * 0.55, fy)
        .cubicTo(dishR * 0.7, fy, dishR * 0.95, fy - 2, dishR, rimY)
        .arcTo(0, rimY, dishR, dishRy, 0, kPi)
        .close();
    cv.fill(dish, dishColour);
    cv.pushClip(dish);
    dotBand(cv, -dishR * 0.8, dishR * 0.8, rimY + dishRy + 1.6, 0.8, 13, s.accent);
    cv.popClip();
    shadeCylinder(cv, dish, -dishR, dishR, 0.25, 0.4);

    // The conical lid sits inside the rim; its lower edge follows the rim's front curve.
    const double base = rimY - 0.5, lidRy = lidR * 0.22;
    Path lid;
    lid.moveTo(-lidR, base)
        .cubicTo(-lidR * 0.82, base - lidH * 0.2, -lidR * 0.3, base - lidH * 0.55, -lidR * 0.16,
                 base - lidH * 0.82)
        .lineTo(-lidR * 0.12, base - lidH * 0.86)
        .cubicTo(-lidR * 0.22, base - lidH * 0.9, -lidR * 0.2, base - lidH, 0, base - lidH)
        .cubicTo(lidR * 0.2, base - lidH, lidR * 0.22, base - lidH * 0.9, lidR * 0.12,
                 base - lidH * 0.86)
        .lineTo(lidR * 0.16, base - lidH * 0.82)
        .cubicTo(lidR * 0.3, base - lidH * 0.55, lidR * 0.82, base - lidH * 0.2, lidR, base)
        .arcTo(0, base, lidR, lidRy, 0, kPi)
        .close();
    cv.fill(lid, s.main);
    cv.pushClip(lid);
    const int style = r.below(3);
    if (style == 0) {
        potteryBands(s, -lidR, lidR, base - lidH * 0.36, base - lidH * 0.18);
    } else if (style == 1) {
        for (int i = 0; i < 4; ++i) {
            const double y = base - lidH * (0.12 + 0.16 * i);
            dotBand(cv, -lidR, lidR, y, 0.9 - i * 0.1, 17 - 3 * i, i % 2 ? s.accent2 : s.accent);
        }
    } else {
        Path stripes;
        for (int i = -6; i <= 6; ++i) {
            stripes.moveTo(i * lidR / 6, base + 2).lineTo(i * 0.6, base - lidH * 0.85);
        }
        cv.stroke(stripes, 1.1, s.accent);
    }
    Path band;
    band.rect(-lidR, base - lidH * 0.06, 2 * lidR, lidH * 0.04);
    cv.fill(band, s.accent2);
    cv.popClip();
    shadeCylinder(cv, lid, -lidR, lidR, 0.35, 0.42);
    Path knob;
    knob.ellipse(0, base - lidH * 0.93, lidR * 0.18, lidH * 0.07);
    shadeSphere(cv, knob, 0, base - lidH * 0.93, lidR * 0.18, lidH * 0.07, 0.4, 0.2);
}

void drawPlate(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double R = r.range(34, 38);
    floorShadow(s, 2.5, 3.5, R * 1.04, R * 1.04, 0.5);
    const Rgba glaze = luminance(s.main) > 0.6 ? s.main : mix(s.main, hex(0xF5EEDD), 0.15);
    Path plate;
    plate.circle(0, 0, R);
    cv.fill(plate, glaze);
    const Rgba ink = luminance(s.main) > 0.6 ? s.accent : hex(0xF4ECDC);
    const Rgba ink2 = s.accent2;
    // Rim: a ring of repeated ornaments.
    Path ring;
    ring.circle(0, 0, R * 0.97).circle(0, 0, R * 0.93).hole();
    ring.circle(0, 0, R * 0.72).circle(0, 0, R * 0.69).hole();
    cv.fill(ring, ink);
    const int n = 12 + 2 * r.below(5);
    const int rimStyle = r.below(3);
    for (int i = 0; i < n; ++i) {
        const double a = 2 * kPi * i / n;
        Path one;
        if (rimStyle == 0) {
            one.polygon({{0, -R * 0.92}, {R * 0.09, -R * 0.73}, {-R * 0.09, -R * 0.73}});
        } else if (rimStyle == 1) {
            one.ellipse(0, -R * 0.825, R * 0.055, R * 0.085);
        } else {
            one.polygon(
                {{0, -R * 0.92}, {R * 0.07, -R * 0.825}, {0, -R * 0.73}, {-R * 0.07, -R * 0.825}});
        }
        one.transform(Affine::rotation(a));
        cv.fill(one, i % 2 == 0 ? ink : ink2);
    }
    // Centre: a star and a rosette.
    const int points = r.chance(0.5) ? 8 : 10;
    Path st;
    st.star(0, 0, points, R * 0.6, R * 0.36, r.range(0, 1));
    cv.fill(st, ink2);
    cv.fill(rosette(0, 0, points, R * 0.46, R * 0.09, kPi / points), ink);
    Path eye;
    eye.circle(0, 0, R * 0.11);
    cv.fill(eye, s.accent);
    dotBand(cv, 0, 0, 0, R * 0.04, 1, glaze);
    // Glaze: a soft sheen from the upper left.
    cv.pushClip(plate);
    cv.fill(plate, Paint::radial({-R * 0.35, -R * 0.45}, R * 1.5, R * 1.5,
                                 {{0, Rgba{1, 1, 1, 0.28}},
                                  {0.35, Rgba{1, 1, 1, 0}},
                                  {0.8, Rgba{0, 0, 0, 0}},
                                  {1, Rgba{0, 0, 0, 0.2}}}));
    Path edge;
    edge.circle(0, 0, R);
    cv.stroke(edge, 0.8, withAlpha(shade(glaze, -0.4), 0.6));
    cv.popClip();
}

void drawBowl(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double R = r.range(28, 34), ry = R * r.range(0.24, 0.3);
    const double depth = r.range(24, 30);
    const double rimY = fy - depth;
    const double foot = R * r.range(0.32, 0.4);
    floorShadow(s, 0, fy, R * 1.05, 3.6);
    Path inside;
    inside.ellipse(0, rimY, R, ry);
    cv.fill(inside, shade(s.main, -0.3));
    cv.pushClip(inside);
    Path innerRing;
    innerRing.ellipse(0, rimY + ry * 0.35, R * 0.7, ry * 0.6)
        .ellipse(0, rimY + ry * 0.35, R * 0.62, ry * 0.5)
        .hole();
    cv.fill(innerRing, withAlpha(s.accent, 0.7));
    cv.fill(inside, Paint::linear({0, rimY - ry}, {0, rimY + ry},
                                  {{0, Rgba{0, 0, 0, 0.35}}, {1, Rgba{1, 1, 1, 0.15}}}));
    cv.popClip();
    Path body;
    body.moveTo(-R, rimY)
        .cubicTo(-R, rimY + depth * 0.7, -foot * 1.6, fy - 2, -foot, fy - 1.5)
        .lineTo(-foot, fy)
        .lineTo(foot, fy)
        .lineTo(foot, fy - 1.5)
        .cubicTo(foot * 1.6, fy - 2, R, rimY + depth * 0.7, R, rimY)
        .arcTo(0, rimY, R, ry, 0, kPi)
        .close();
    cv.fill(body, s.main);
    cv.pushClip(body);
    potteryBands(s, -R, R, rimY + ry + 1, rimY + ry + depth * 0.32);
    cv.popClip();
    shadeCylinder(cv, body, -R, R, 0.3, 0.42);
    Path lip;
    lip.ellipse(0, rimY, R, ry);
    cv.stroke(lip, 0.9, shade(s.main, 0.25));
}

void drawZelligeTile(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const int cells = r.chance(0.5) ? 3 : 2;
    const double side = r.range(62, 70);
    const double cell = side / cells;
    const double x0 = -side / 2, y0 = -side / 2;
    floorShadow(s, 2, 2.8, side * 0.6, side * 0.6, 0.35);
    Path panel;
    panel.rect(x0 - 1, y0 - 1, side + 2, side + 2);
    const Rgba grout = hex(0xEDE6D8);
    cv.fill(panel, grout);
    const Rgba ground = s.accent, star = s.main, centre = s.accent2;
    const Rgba white = hex(0xF7F3EA);
    const double gap = 0.55;
    for (int j = 0; j < cells; ++j) {
        for (int i = 0; i < cells; ++i) {
            const double cx = x0 + cell * (i + 0.5), cy = y0 + cell * (j + 0.5);
            // Each piece is cut separately: a little glaze variation and a grout line around it.
            Path sq;
            sq.rect(cx - cell / 2 + gap, cy - cell / 2 + gap, cell - 2 * gap, cell - 2 * gap);
            cv.fill(sq, shade(ground, r.range(-0.08, 0.05)));
            Path corners;
            for (double dx : {-0.5, 0.5}) {
                for (double dy : {-0.5, 0.5}) {
                    corners.polygon({{cx + dx * cell, cy + dy * cell - dy * cell * 0.36},
                                     {cx + dx * cell - dx * cell * 0.36, cy + dy * cell},
                                     {cx + dx * cell, cy + dy * cell}});
                }
            }
            cv.fill(corners, white);
            Path outer;
            outer.star(cx, cy, 8, cell * 0.47, cell * 0.34, kPi / 8);
            cv.fill(outer, white);
            Path inner;
            inner.star(cx, cy, 8, cell * 0.43, cell * 0.3, kPi / 8);
            cv.fill(inner, shade(star, r.range(-0.06, 0.06)));
            Path oct;
            oct.star(cx, cy, 8, cell * 0.17, cell * 0.155, 0);
            cv.fill(oct, white);
            Path heart;
            heart.star(cx, cy, 8, cell * 0.15, cell * 0.09, kPi / 8);
            cv.fill(heart, centre);
            Path petals;
            for (int k = 0; k < 8; ++k) {
                Path one;
                one.polygon({{cx, cy - cell * 0.2},
                             {cx + cell * 0.035, cy - cell * 0.29},
                             {cx, cy - cell * 0.38},
                             {cx - cell * 0.035, cy - cell * 0.29}});
                petals.append(one.transform(Affine::rotation(kPi / 4 * k, {cx, cy})));
            }
            cv.fill(petals, white);
        }
    }
    // Glazed surface: a broad sheen and a thin frame.
    Path all;
    all.rect(x0, y0, side, side);
    cv.fill(all,
            Paint::linear(
                {x0, y0}, {x0 + side, y0 + side},
                {{0, Rgba{1, 1, 1, 0.22}}, {0.4, Rgba{1, 1, 1, 0}}, {1, Rgba{0, 0, 0, 0.12}}}));
    Path frame;
    frame.rect(x0 - 1, y0 - 1, side + 2, side + 2);
    cv.stroke(frame, 0.6, shade(grout, -0.3));
}

void drawZelligeTable(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double R = r.range(31, 35), ry = R * r.range(0.3, 0.36);
    const double topY = fy - r.range(38, 44);
    const double thick = 2.6;
    const Rgba iron = hex(0x2B2724);
    floorShadow(s, 0, fy, R * 0.95, 4.2);
    // Wrought-iron legs with scrolls, behind the top.
    const int legs = 3;
    for (int i = 0; i < legs; ++i) {
        const double x = (i - 1) * R * 0.62;
        const double spread = (i - 1) * 5.0;
        Path leg;
        leg.moveTo(x * 0.9, topY + thick)
            .cubicTo(x * 0.95, topY + 16, x + spread * 0.3, fy - 12, x + spread, fy);
        cv.stroke(leg, 1.8, iron);
        Path scroll;
        const double sy = topY + thick + 6;
        scroll.moveTo(x * 0.92, sy)
            .arcTo(x * 0.92 + (i == 0 ? 3.2 : -3.2), sy + 2.5, 3.2, 3.2, i == 0 ? kPi : 0,
                   i == 0 ? 2.6 * kPi : -1.6 * kPi);
        cv.stroke(scroll, 1.1, iron);
    }
    Path ring;
    ring.ellipse(0, fy - 12, R * 0.55, ry * 0.45);
    cv.stroke(ring, 1.3, iron);
    // The top's edge band, then the mosaic seen in perspective.
    Path edgeBand;
    edgeBand.moveTo(-R, topY)
        .arcTo(0, topY, R, ry, kPi, 0)
        .lineTo(R, topY + thick)
        .arcTo(0, topY + thick, R, ry, 0, kPi)
        .close();
    cv.fill(edgeBand, iron);
    shadeCylinder(cv, edgeBand, -R, R, 0.25, 0.3);
    cv.save();
    cv.translate(0, topY);
    cv.scale(1, ry / R);
    Path disc;
    disc.circle(0, 0, R);
    cv.fill(disc, hex(0xF1EBDD));
    const Rgba c1 = s.main, c2 = s.accent, c3 = s.accent2;
    const int rings = 4;
    for (int k = rings; k >= 1; --k) {
        const double rr = R * k / (rings + 0.3);
        const int n = 8 * k;
        for (int i = 0; i < n; ++i) {
            const double a = 2 * kPi * (i + 0.5 * (k % 2)) / n;
            Path t;
            t.star(0, -rr + R * 0.11, 4, R * 0.1, R * 0.05, 0);
            t.transform(Affine::rotation(a));
            cv.fill(t, (i + k) % 3 == 0 ? c3 : (k % 2 ? c1 : c2));
        }
    }
    Path centre;
    centre.star(0, 0, 8, R * 0.22, R * 0.15, kPi / 8);
    cv.fill(centre, c1);
    Path heart;
    heart.star(0, 0, 8, R * 0.11, R * 0.07, 0);
    cv.fill(heart, c3);
    Path rim;
    rim.circle(0, 0, R).circle(0, 0, R * 0.93).hole();
    cv.fill(rim, c2);
    cv.restore();
    Path topShape;
    topShape.ellipse(0, topY, R, ry);
    cv.fill(topShape, Paint::linear({-R, topY - ry}, {R, topY + ry},
                                    {{0, Rgba{1, 1, 1, 0.3}}, {0.5, Rgba{1, 1, 1, 0}}}));
}

void drawWoodenBox(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = r.range(46, 56), h = r.range(16, 24), d = r.range(16, 22);
    const double dx = d * 0.55, dy = d * 0.5;
    const double x0 = -w / 2 - dx / 2, x1 = x0 + w;
    const double yb = fy, yt = fy - h;
    floorShadow(s, dx / 2, fy - dy / 2, w * 0.62, dy * 0.9 + 2, 0.45);
    const Rgba wood = s.main;
    Path front;
    front.rect(x0, yt, w, h);
    Path side;
    side.polygon({{x1, yt}, {x1 + dx, yt - dy}, {x1 + dx, yb - dy}, {x1, yb}});
    Path top;
    top.polygon({{x0, yt}, {x0 + dx, yt - dy}, {x1 + dx, yt - dy}, {x1, yt}});
    cv.fill(front, wood);
    cv.fill(side, shade(wood, -0.28));
    cv.fill(top, shade(wood, 0.12));
    // Wood grain: long faint waves.
    cv.pushClip(front);
    for (int i = 0; i < 7; ++i) {
        const double y = yt + h * (i + 0.5) / 7 + r.range(-0.6, 0.6);
        cv.stroke(smoothOpen({{x0, y},
                              {x0 + w * 0.3, y + r.range(-0.8, 0.8)},
                              {x0 + w * 0.7, y + r.range(-0.8, 0.8)},
                              {x1, y}}),
                  0.35, withAlpha(shade(wood, -0.35), 0.45));
    }
    cv.popClip();
    // Inlay on the lid, drawn in the lid's own square and mapped onto the parallelogram.
    cv.save();
    cv.concat(Affine{w, 0, dx, -dy, x0, yt});
    const Rgba lemon = hex(0xE9CF8E), ebony = hex(0x2A1C14);
    Path border;
    border.rect(0.04, 0.1, 0.92, 0.8).rect(0.07, 0.17, 0.86, 0.66).hole();
    cv.fill(border, lemon);
    const int inlay = r.below(3);
    if (inlay == 2) {
        // Marquetry: a checker of light and dark wood inside the border.
        Path light, dark;
        const int cols = 12, rows = 5;
        for (int j = 0; j < rows; ++j) {
            for (int i = 0; i < cols; ++i) {
                const double cx = 0.1 + 0.8 * (i + 0.5) / cols, cy = 0.22 + 0.56 * (j + 0.5) / rows;
                const double hx = 0.4 / cols, hy = 0.28 / rows;
                (((i + j) % 2) ? dark : light)
                    .polygon({{cx - hx, cy}, {cx, cy - hy}, {cx + hx, cy}, {cx, cy + hy}});
            }
        }
        cv.fill(light, lemon);
        cv.fill(dark, ebony);
    } else {
        // A rosette in the middle, drawn round: the lid's square is wider than it is deep.
        cv.save();
        cv.concat(Affine{1, 0, 0, 1, 0.5, 0.5}.after(Affine::scaling(1, w / d * 0.55)));
        const double sr = 0.22 * d / w * 2.2;
        Path st;
        if (inlay == 0) {
            st.star(0, 0, 8, sr, sr * 0.62, kPi / 8);
        } else {
            st.ellipse(0, 0, sr * 1.6, sr);
        }
        cv.fill(st, lemon);
        Path inner;
        inner.star(0, 0, 8, sr * 0.6, sr * 0.38, 0);
        cv.fill(inner, ebony);
        Path dotp;
        dotp.circle(0, 0, sr * 0.18);
        cv.fill(dotp, lemon);
        cv.restore();
        if (r.chance(0.7)) {
            for (double cx : {0.17, 0.83}) {
                Path diamond;
                diamond.polygon({{cx - 0.05, 0.5}, {cx, 0.32}, {cx + 0.05, 0.5}, {cx, 0.68}});
                cv.fill(diamond, lemon);
            }
        }
    }
    cv.restore();
    // Lid seam and brass clasp.
    Path seam;
    seam.moveTo(x0, yt + h * 0.28).lineTo(x1, yt + h * 0.28).lineTo(x1 + dx, yt + h * 0.28 - dy);
    cv.stroke(seam, 0.45, withAlpha(ebony, 0.7));
    Path clasp;
    clasp.roundRect(x0 + w / 2 - 2, yt + h * 0.18, 4, 5, 0.8);
    const Rgba brass = hex(0xC9A227);
    cv.fill(clasp, brass);
    shadeSphere(cv, clasp, x0 + w / 2, yt + h * 0.18 + 2.5, 2, 2.5, 0.5, 0.3);
    Path edges;
    edges.moveTo(x1, yt).lineTo(x1, yb);
    cv.stroke(edges, 0.35, withAlpha(shade(wood, 0.4), 0.6));
}

void drawLantern(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = r.range(21, 26), h = r.range(34, 40);
    const double bodyTop = fy - 6 - h, bodyBot = fy - 6;
    const Rgba metal = s.main;
    const Rgba dark = shade(metal, -0.45);
    // Warm light spilling on the floor.
    Path pool;
    pool.ellipse(0, fy, w * 2.2, 7);
    cv.fill(pool,
            Paint::radial({0, fy}, w * 2.2, 7, {{0, hex(0xFFD98A, 0.55)}, {1, hex(0xFFD98A, 0)}}));
    floorShadow(s, 0, fy, w * 0.75, 2.2, 0.5);
    // Glow behind the panels.
    Path glow;
    glow.ellipse(0, (bodyTop + bodyBot) / 2, w * 1.6, h * 0.9);
    cv.fill(glow, Paint::radial({0, (bodyTop + bodyBot) / 2}, w * 1.6, h * 0.9,
                                {{0, hex(0xFFE2A0, 0.45)}, {1, hex(0xFFE2A0, 0)}}));
    // Feet and base.
    Path base;
    base.polygon(
        {{-w * 0.55, bodyBot}, {w * 0.55, bodyBot}, {w * 0.4, fy - 2}, {-w * 0.4, fy - 2}});
    base.rect(-w * 0.45, fy - 2, 3, 2).rect(w * 0.45 - 3, fy - 2, 3, 2);
    cv.fill(base, metal);
    shadeCylinder(cv, base, -w * 0.55, w * 0.55);
    // Three panels of a hexagonal body: the side ones narrower and darker.
    const double sideW = w * 0.3;
    const std::vector<Rgba> glass = {s.accent, s.accent2, hex(0xE8A317)};
    for (int p = -1; p <= 1; ++p) {
        const double pw = p == 0 ? w : sideW;
        const double px0 = p == 0 ? -w / 2 : (p < 0 ? -w / 2 - sideW : w / 2);
        Path frame;
        frame.rect(px0, bodyTop, pw, h);
        cv.fill(frame, p == 0 ? metal : shade(metal, -0.25));
        Path pane;
        const double m = p == 0 ? 1.8 : 1.0;
        pane.moveTo(px0 + m, bodyBot - m)
            .lineTo(px0 + m, bodyTop + h * 0.3)
            .cubicTo(px0 + m, bodyTop + h * 0.12, px0 + pw / 2, bodyTop + m + 1, px0 + pw / 2,
                     bodyTop + m)
            .cubicTo(px0 + pw / 2, bodyTop + m + 1, px0 + pw - m, bodyTop + h * 0.12, px0 + pw - m,
                     bodyTop + h * 0.3)
            .lineTo(px0 + pw - m, bodyBot - m)
            .close();
        const Rgba g = glass[static_cast<size_t>(p + 1)];
        cv.fill(pane, Paint::radial({px0 + pw / 2, (bodyTop + bodyBot) / 2}, pw, h * 0.7,
                                    {{0, mix(g, hex(0xFFF3C8), 0.55)}, {1, shade(g, -0.1)}}));
        // Pierced metal over the glass: a lattice of rings and bars.
        cv.pushClip(pane);
        Path lattice;
        const double cell = p == 0 ? w / 4 : sideW / 1.5;
        for (double y = bodyTop; y < bodyBot + cell; y += cell) {
            for (double x = px0; x < px0 + pw + cell; x += cell) {
                lattice.circle(x, y, cell * 0.5);
            }
        }
        cv.stroke(lattice, p == 0 ? 0.9 : 0.6, dark);
        cv.popClip();
        cv.stroke(pane, 0.7, dark);
    }
    // Roof: a dome with a finial and a ring.
    Path roof;
    roof.moveTo(-w / 2 - sideW - 1, bodyTop)
        .cubicTo(-w * 0.5, bodyTop - 4, -w * 0.22, bodyTop - 10, -1.5, bodyTop - 13)
        .lineTo(1.5, bodyTop - 13)
        .cubicTo(w * 0.22, bodyTop - 10, w * 0.5, bodyTop - 4, w / 2 + sideW + 1, bodyTop)
        .close();
    cv.fill(roof, metal);
    cv.pushClip(roof);
    triangleBand(cv, -w, w, bodyTop - 4, bodyTop - 0.5, 12, dark, true);
    cv.popClip();
    shadeCylinder(cv, roof, -w / 2 - sideW, w / 2 + sideW, 0.4, 0.4);
    Path finial;
    finial.ellipse(0, bodyTop - 14.5, 2, 2).ellipse(0, bodyTop - 17.5, 1.2, 1.4);
    cv.fill(finial, metal);
    Path ringp;
    ringp.circle(0, bodyTop - 21, 2.6);
    cv.stroke(ringp, 0.8, dark);
    Path rail;
    rail.rect(-w / 2 - sideW - 1, bodyTop - 1, w + 2 * sideW + 2, 1.6)
        .rect(-w / 2 - sideW - 0.5, bodyBot - 0.8, w + 2 * sideW + 1, 1.6);
    cv.fill(rail, shade(metal, -0.15));
}

void drawTeapot(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba metal = mix(s.main, hex(0xD8D8D4), 0.35);
    const double bw = r.range(14, 17);
    const double bodyTop = fy - r.range(24, 28);
    const double cx = -4;
    floorShadow(s, cx + 4, fy, bw * 2.1, 3.4);
    // A tea glass beside the pot, often.
    const bool glass = r.chance(0.6);
    if (glass) {
        const double gx = cx + bw + 22, gh = 14, gw = 5.2;
        floorShadow(s, gx, fy, 7, 1.6, 0.35);
        Path g;
        g.moveTo(gx - gw, fy - gh)
            .lineTo(gx + gw, fy - gh)
            .lineTo(gx + gw * 0.78, fy)
            .lineTo(gx - gw * 0.78, fy)
            .close();
        cv.fill(g, hex(0xE8D7A0, 0.35));
        Path tea;
        tea.moveTo(gx - gw * 0.93, fy - gh * 0.75)
            .lineTo(gx + gw * 0.93, fy - gh * 0.75)
            .lineTo(gx + gw * 0.78, fy - 0.6)
            .lineTo(gx - gw * 0.78, fy - 0.6)
            .close();
        cv.fill(tea, hex(0xB8862B, 0.85));
        Path band;
        band.rect(gx - gw, fy - gh * 0.62, 2 * gw, 3.2);
        cv.pushClip(g);
        cv.fill(band, withAlpha(s.accent, 0.75));
        dotBand(cv, gx - gw, gx + gw, fy - gh * 0.62 + 1.6, 0.45, 6, hex(0xE9C65A));
        cv.popClip();
        cv.stroke(g, 0.4, hex(0xFFFFFF, 0.6));
        Path mint;
        mint.ellipse(gx + 1, fy - gh - 1.5, 2.4, 1.2);
        mint.transform(Affine::rotation(-0.5, {gx + 1, fy - gh - 1.5}));
        cv.fill(mint, hex(0x3E8E3A));
    }
    // Handle, behind the body on the left.
    Path handle;
    handle.moveTo(cx - bw * 0.85, bodyTop + 4)
        .cubicTo(cx - bw - 9, bodyTop + 1, cx - bw - 9, fy - 9, cx - bw * 0.9, fy - 7);
    cv.stroke(handle, 2.2, shade(metal, -0.2));
    // Spout: a long S rising from the belly.
    Path spout;
    spout.moveTo(cx + bw * 0.7, fy - 9)
        .cubicTo(cx + bw + 6, fy - 10, cx + bw + 6, bodyTop - 2, cx + bw + 14, bodyTop - 8)
        .lineTo(cx + bw + 15, bodyTop - 6.5)
        .cubicTo(cx + bw + 9, bodyTop + 1, cx + bw + 9, fy - 4, cx + bw * 0.6, fy - 4)
        .close();
    cv.fill(spout, metal);
    shadeCylinder(cv, spout, cx + bw * 0.6, cx + bw + 15, 0.35, 0.4);
    const double h = fy - bodyTop;
    const std::vector<Vec> profile = {
        {bw * 0.45, bodyTop},     {bw * 0.52, bodyTop + h * 0.18}, {bw * 0.85, bodyTop + h * 0.5},
        {bw, bodyTop + h * 0.72}, {bw * 0.85, fy - 2.5},           {bw * 0.62, fy - 1.2},
        {bw * 0.7, fy},
    };
    const Path body = lathe(cx, profile);
    cv.fill(body, metal);
    cv.pushClip(body);
    Path engr;
    engr.rect(cx - bw, bodyTop + h * 0.4, 2 * bw, 0.5)
        .rect(cx - bw, bodyTop + h * 0.82, 2 * bw, 0.5);
    cv.fill(engr, withAlpha(shade(metal, -0.45), 0.8));
    const int n = 7 + r.below(3);
    for (int i = 0; i < n; ++i) {
        const double x = cx - bw + (2 * bw) * (i + 0.5) / n;
        Path leaf;
        leaf.moveTo(x, bodyTop + h * 0.45)
            .quadTo(x + 1.6, bodyTop + h * 0.6, x, bodyTop + h * 0.77)
            .quadTo(x - 1.6, bodyTop + h * 0.6, x, bodyTop + h * 0.45);
        cv.stroke(leaf, 0.35, withAlpha(shade(metal, -0.5), 0.8));
    }
    cv.popClip();
    // Polished metal: stronger contrast and a sharp reflection.
    shadeCylinder(cv, body, cx - bw, cx + bw, 0.55, 0.55);
    glint(cv, cx - bw * 0.55, bodyTop + h * 0.45, 1.6, h * 0.3, 0.7);
    // Lid: a dome and a pointed finial.
    const double lw = bw * 0.5;
    Path lid;
    lid.moveTo(cx - lw, bodyTop + 0.5)
        .cubicTo(cx - lw, bodyTop - 4, cx - 2, bodyTop - 6, cx - 1.2, bodyTop - 8)
        .lineTo(cx, bodyTop - 13)
        .lineTo(cx + 1.2, bodyTop - 8)
        .cubicTo(cx + 2, bodyTop - 6, cx + lw, bodyTop - 4, cx + lw, bodyTop + 0.5)
        .close();
    cv.fill(lid, metal);
    shadeCylinder(cv, lid, cx - lw, cx + lw, 0.5, 0.5);
    Path knob;
    knob.circle(cx, bodyTop - 8.6, 1.6);
    cv.fill(knob, shade(metal, 0.1));
    Path rim;
    rim.ellipse(cx, bodyTop + 0.3, lw + 0.5, 1.1);
    cv.fill(rim, shade(metal, -0.25));
}

} // namespace fairgen
