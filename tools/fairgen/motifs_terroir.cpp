// Food and cosmetics from the terroir: oil, honey, saffron, amlou, dates, couscous, herbs, soap,
// cosmetic jar, cookies, spices.
#include "scene.h"

#include <algorithm>

namespace fairgen {

namespace {

const Rgba kKraft = hex(0xC49A6C);
const Rgba kGoldLid = hex(0xC9A227);
const Rgba kPaper = hex(0xF7F1E3);

// Clear glass holding `content` up to `level`: the glass tint, the content with its own shading,
// then reflections on top.
void glassVessel(Canvas& cv, const Path& shape, double x0, double x1, double y0, double y1,
                 double level, const Paint& content) {
    cv.fill(shape, Rgba{1, 1, 1, 0.28});
    cv.pushClip(shape);
    Path c;
    c.rect(x0 - 1, level, x1 - x0 + 2, y1 - level + 1);
    cv.fill(c, content);
    shadeCylinder(cv, c, x0, x1, 0.25, 0.35);
    Path meniscus;
    meniscus.rect(x0 - 1, level, x1 - x0 + 2, 0.6);
    cv.fill(meniscus, Rgba{1, 1, 1, 0.35});
    cv.popClip();
    const double w = x1 - x0;
    glint(cv, x0 + w * 0.14, y0 + (y1 - y0) * 0.15, std::max(0.8, w * 0.06), (y1 - y0) * 0.6, 0.6);
    glint(cv, x1 - w * 0.16, y0 + (y1 - y0) * 0.3, std::max(0.5, w * 0.03), (y1 - y0) * 0.35, 0.3);
    cv.stroke(shape, 0.4, Rgba{1, 1, 1, 0.5});
}

// A paper label with an emblem and lines standing for text.
void label(Canvas& cv, double cx, double cy, double w, double h, Rgba paper, Rgba ink) {
    Path l;
    l.roundRect(cx - w / 2, cy - h / 2, w, h, std::min(w, h) * 0.12);
    cv.fill(l, paper);
    Path border;
    border.roundRect(cx - w / 2 + 0.8, cy - h / 2 + 0.8, w - 1.6, h - 1.6, std::min(w, h) * 0.1);
    cv.stroke(border, 0.35, ink);
    Path emblem;
    emblem.circle(cx, cy - h * 0.14, std::min(w, h) * 0.2);
    cv.fill(emblem, ink);
    Path text;
    text.roundRect(cx - w * 0.32, cy + h * 0.14, w * 0.64, h * 0.07, h * 0.035);
    text.roundRect(cx - w * 0.22, cy + h * 0.28, w * 0.44, h * 0.05, h * 0.025);
    cv.fill(text, withAlpha(ink, 0.8));
    shadeCylinder(cv, l, cx - w / 2, cx + w / 2, 0.15, 0.2);
}

void almond(Canvas& cv, double x, double y, double angle, double size, Rgba colour) {
    Path a;
    a.moveTo(0, -size)
        .cubicTo(size * 0.7, -size * 0.4, size * 0.55, size * 0.8, 0, size)
        .cubicTo(-size * 0.55, size * 0.8, -size * 0.7, -size * 0.4, 0, -size)
        .close();
    const Affine m = Affine::translation(x, y).after(Affine::rotation(angle));
    a.transform(m);
    cv.fill(a, colour);
    Path line;
    line.moveTo(0, -size * 0.7).quadTo(size * 0.15, 0, 0, size * 0.75);
    line.transform(m);
    cv.stroke(line, size * 0.08, withAlpha(shade(colour, -0.35), 0.7));
    shadeSphere(cv, a, x, y, size * 0.6, size, 0.3, 0.3);
}

// A ceramic bowl seen from the front. Its inside is left to the caller when something is piled
// in it: the pile goes between the inside and the front wall.
void shallowBowl(Scene& s, double cx, double rimY, double R, double depth, Rgba colour,
                 bool inside = true) {
    Canvas& cv = s.cv;
    const double ry = R * 0.25;
    if (inside) {
        Path in;
        in.ellipse(cx, rimY, R, ry);
        cv.fill(in, shade(colour, -0.35));
    }
    Path body;
    body.moveTo(cx - R, rimY)
        .cubicTo(cx - R, rimY + depth * 0.8, cx - R * 0.45, rimY + depth, cx - R * 0.35,
                 rimY + depth)
        .lineTo(cx + R * 0.35, rimY + depth)
        .cubicTo(cx + R * 0.45, rimY + depth, cx + R, rimY + depth * 0.8, cx + R, rimY)
        .arcTo(cx, rimY, R, ry, 0, kPi)
        .close();
    cv.fill(body, colour);
    cv.pushClip(body);
    dotBand(cv, cx - R * 0.8, cx + R * 0.8, rimY + ry + depth * 0.25, depth * 0.08, 9, s.accent2);
    cv.popClip();
    shadeCylinder(cv, body, cx - R, cx + R, 0.3, 0.4);
}

} // namespace

void drawOilBottle(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba oil = s.main;
    const double h = r.range(54, 62), bw = r.range(9, 11.5), neck = r.range(2.8, 3.4);
    const double top = fy - h, cx = -6;
    floorShadow(s, cx + 8, fy, 30, 3.2);
    // A small dish of oil and olives beside the bottle.
    const double dx = cx + 26;
    Path dish;
    dish.ellipse(dx, fy - 3, 11, 3.4);
    cv.fill(dish, s.accent);
    Path dishOil;
    dishOil.ellipse(dx, fy - 3.4, 8.5, 2.3);
    cv.fill(dishOil, shade(oil, -0.05));
    glint(cv, dx - 4, fy - 4.6, 3, 0.8, 0.6);
    Path dishFront;
    dishFront.moveTo(dx - 11, fy - 3)
        .quadTo(dx, fy + 2.5, dx + 11, fy - 3)
        .quadTo(dx, fy + 1, dx - 11, fy - 3);
    cv.fill(dishFront, shade(s.accent, -0.2));
    const Rgba olive = r.chance(0.5) ? hex(0x6B7A2A) : hex(0x3B2A3A);
    for (int i = 0; i < 3; ++i) {
        Path o;
        const double ox = dx - 16 + i * 3.6, oy = fy - 1.6 - (i == 1 ? 1.5 : 0);
        o.ellipse(ox, oy, 2.1, 1.6);
        cv.fill(o, olive);
        shadeSphere(cv, o, ox, oy, 2.1, 1.6, 0.5, 0.3);
    }
    const std::vector<Vec> profile = {
        {neck, top + 5},      {neck, top + h * 0.2}, {bw * 0.85, top + h * 0.38},
        {bw, top + h * 0.48}, {bw, fy - 2},          {bw * 0.96, fy},
    };
    const Path bottle = lathe(cx, profile);
    Rgba content = oil;
    content.a = 0.9;
    glassVessel(cv, bottle, cx - bw, cx + bw, top + 5, fy, top + h * 0.3, content);
    label(cv, cx, top + h * 0.68, bw * 1.7, h * 0.26, kPaper, shade(s.accent2, -0.1));
    // Cork or cap.
    Path cap;
    cap.roundRect(cx - neck - 0.5, top, 2 * neck + 1, 6, 0.8);
    const bool cork = r.chance(0.5);
    cv.fill(cap, cork ? hex(0xB08A5A) : shade(s.accent2, -0.2));
    shadeCylinder(cv, cap, cx - neck - 0.5, cx + neck + 0.5, 0.3, 0.3);
    if (!cork) {
        Path seal;
        seal.rect(cx - neck - 0.6, top + 4.6, 2 * neck + 1.2, 1);
        cv.fill(seal, kGoldLid);
    }
}

void drawHoneyJar(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double bw = r.range(16, 19), h = r.range(34, 40);
    const double top = fy - h, cx = -5;
    floorShadow(s, cx + 6, fy, bw * 2, 3.3);
    // Honey dipper lying in front, to the right.
    const double ang = deg(r.range(-18, -8));
    cv.save();
    cv.concat(Affine::rotation(ang, {cx + bw + 14, fy - 3}));
    Path stick;
    stick.roundRect(cx + bw + 2, fy - 4, 22, 1.6, 0.8);
    const Rgba wood = hex(0xB88A55);
    cv.fill(stick, wood);
    Path head;
    head.ellipse(cx + bw + 2, fy - 3.2, 4.2, 3.4);
    cv.fill(head, wood);
    Path grooves;
    for (int i = -2; i <= 2; ++i) {
        grooves.moveTo(cx + bw + 2 + i * 1.4, fy - 6.2).lineTo(cx + bw + 2 + i * 1.4, fy - 0.2);
    }
    cv.pushClip(head);
    cv.stroke(grooves, 0.5, shade(wood, -0.35));
    cv.popClip();
    Path drip;
    drip.ellipse(cx + bw + 1.5, fy - 0.6, 2.6, 1.4);
    cv.fill(drip, withAlpha(s.main, 0.9));
    cv.restore();
    const std::vector<Vec> profile = {
        {bw * 0.72, top + 4}, {bw * 0.72, top + 6}, {bw, top + h * 0.3},
        {bw, fy - 3},         {bw * 0.9, fy},
    };
    const Path jar = lathe(cx, profile);
    Paint honey = Paint::radial({cx - bw * 0.2, fy - h * 0.45}, bw * 1.3, h * 0.7,
                                {{0, shade(s.main, 0.25)}, {1, shade(s.main, -0.25)}});
    glassVessel(cv, jar, cx - bw, cx + bw, top + 4, fy, top + h * 0.2, honey);
    label(cv, cx, fy - h * 0.4, bw * 1.3, h * 0.32, kPaper, s.accent);
    // Hexagon cells on the label's emblem.
    Path hex6;
    for (int i = 0; i < 3; ++i) {
        hex6.star(cx - 1.6 + i * 1.6, fy - h * 0.4 - h * 0.045, 3, 0.9, 0.9, kPi / 6);
    }
    cv.fill(hex6, withAlpha(kPaper, 0.7));
    // Lid covered with a gingham cloth tied with twine.
    Path lid;
    lid.roundRect(cx - bw * 0.8, top, bw * 1.6, 5, 1);
    cv.fill(lid, kGoldLid);
    const double cw = bw * 1.15;
    Path cloth;
    cloth.moveTo(cx - bw * 0.8, top + 0.5).quadTo(cx, top - 4.5, cx + bw * 0.8, top + 0.5);
    cloth.lineTo(cx + cw, top + 9);
    for (int i = 0; i < 6; ++i) {
        const double x0 = cx + cw - 2 * cw * i / 6, x1 = cx + cw - 2 * cw * (i + 1) / 6;
        cloth.quadTo((x0 + x1) / 2, top + 12.5, x1, top + 9);
    }
    cloth.close();
    cv.fill(cloth, hex(0xF8F4EC));
    cv.pushClip(cloth);
    Path checks;
    for (double x = cx - cw; x < cx + cw; x += 2.4) {
        checks.rect(x, top - 6, 1.2, 20);
    }
    for (double y = top - 6; y < top + 14; y += 2.4) {
        checks.rect(cx - cw, y, 2 * cw, 1.2);
    }
    cv.fill(checks, withAlpha(s.accent, 0.55));
    cv.popClip();
    shadeCylinder(cv, cloth, cx - cw, cx + cw, 0.2, 0.3);
    Path twine;
    twine.moveTo(cx - bw * 0.78, top + 4.5).quadTo(cx, top + 6.5, cx + bw * 0.78, top + 4.5);
    cv.stroke(twine, 0.8, hex(0x9C7A4C));
}

void drawSaffronBox(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba thread = luminance(s.main) < 0.55 && s.main.r > s.main.b ? s.main : hex(0xB3261E);
    // A small glass jar with a cork, full of threads; a crocus flower and loose threads beside.
    const double bw = r.range(12, 14), h = r.range(24, 28), cx = -10;
    const double top = fy - h;
    floorShadow(s, cx + 10, fy, 34, 3.2);
    const Path jar =
        lathe(cx, {{bw * 0.9, top + 5}, {bw, top + 7}, {bw, fy - 1.5}, {bw * 0.96, fy}});
    cv.fill(jar, Rgba{1, 1, 1, 0.3});
    cv.pushClip(jar);
    Path mass;
    mass.rect(cx - bw, top + 9, 2 * bw, h);
    cv.fill(mass, shade(thread, -0.3));
    Path threads;
    for (int i = 0; i < 140; ++i) {
        const double x = cx + r.range(-bw, bw), y = r.range(top + 8, fy);
        const double a = r.range(0, 2 * kPi), l = r.range(2, 4);
        threads.moveTo(x, y).quadTo(x + l * 0.5 * dcos(a + 0.5), y + l * 0.5 * dsin(a + 0.5),
                                    x + l * dcos(a), y + l * dsin(a));
    }
    cv.stroke(threads, 0.45, thread);
    cv.popClip();
    shadeCylinder(cv, jar, cx - bw, cx + bw, 0.2, 0.35);
    glint(cv, cx - bw * 0.7, top + 9, 1.2, h * 0.6, 0.6);
    cv.stroke(jar, 0.4, Rgba{1, 1, 1, 0.6});
    Path cork;
    cork.roundRect(cx - bw * 0.78, top, bw * 1.56, 7, 1.2);
    cv.fill(cork, hex(0xB08A5A));
    shadeCylinder(cv, cork, cx - bw, cx + bw, 0.3, 0.3);
    label(cv, cx, fy - h * 0.38, bw * 1.3, h * 0.3, kPaper, s.accent);
    // Loose threads in front.
    Path loose;
    for (int i = 0; i < 22; ++i) {
        const double x = cx + bw + 5 + r.range(0, 10), y = fy - r.range(0, 2.5);
        const double a = r.range(0, 2 * kPi);
        loose.moveTo(x, y).quadTo(x + 1.5 * dcos(a + 0.6), y + 0.8 * dsin(a + 0.6),
                                  x + 3.2 * dcos(a), y + 1.4 * dsin(a));
    }
    cv.stroke(loose, 0.5, thread);
    // The crocus: six violet petals around three red stigmas, and its leaves.
    const double fx = cx + bw + 21, fyc = fy - 10;
    Path leaves;
    leaves.moveTo(fx - 2, fy).quadTo(fx - 9, fyc - 2, fx - 12, fyc - 10);
    leaves.moveTo(fx + 1, fy).quadTo(fx + 8, fyc, fx + 12, fyc - 7);
    cv.stroke(leaves, 0.9, hex(0x4C7A3A));
    Path stem;
    stem.moveTo(fx, fy).lineTo(fx, fyc + 2);
    cv.stroke(stem, 1.2, hex(0xE9E2D0));
    const Rgba violet = hex(0x8E5BB5);
    for (int i = 0; i < 6; ++i) {
        const double a = -kPi / 2 + (i - 2.5) * 0.38;
        Path petal;
        petal.ellipse(0, -5.5, 2.8, 6);
        petal.transform(Affine::translation(fx, fyc).after(Affine::rotation(a + kPi / 2)));
        cv.fill(petal, i % 2 ? violet : shade(violet, 0.15));
        cv.stroke(petal, 0.3, shade(violet, -0.3));
    }
    Path stigmas;
    for (int i = -1; i <= 1; ++i) {
        stigmas.moveTo(fx, fyc - 1).quadTo(fx + i * 2, fyc - 6, fx + i * 3.5, fyc - 11);
    }
    cv.stroke(stigmas, 0.9, thread);
}

void drawAmlouJar(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double bw = r.range(15, 18), h = r.range(30, 36), cx = -6;
    const double top = fy - h;
    floorShadow(s, cx + 8, fy, bw * 2.1, 3.3);
    const Path jar = lathe(cx, {{bw * 0.85, top + 5},
                                {bw * 0.85, top + 7},
                                {bw, top + 11},
                                {bw, fy - 2},
                                {bw * 0.94, fy}});
    // Amlou is brown whatever the label's colour: a pale main colour goes to the lid instead.
    const bool brown = luminance(s.main) < 0.5;
    const Rgba paste = brown ? s.main : hex(0x8B5A2B);
    glassVessel(
        cv, jar, cx - bw, cx + bw, top + 5, fy, top + 9,
        Paint::linear({cx, top}, {cx, fy}, {{0, shade(paste, 0.15)}, {1, shade(paste, -0.2)}}));
    // Swirls in the paste behind the glass.
    cv.pushClip(jar);
    Path swirl;
    for (int i = 0; i < 4; ++i) {
        const double y = top + 14 + i * 5.5;
        swirl.moveTo(cx - bw, y)
            .cubicTo(cx - bw * 0.4, y - 2.5, cx + bw * 0.2, y + 2.5, cx + bw, y);
    }
    cv.stroke(swirl, 0.6, withAlpha(shade(paste, 0.3), 0.5));
    cv.popClip();
    label(cv, cx, fy - h * 0.38, bw * 1.4, h * 0.34, kPaper, s.accent2);
    Path lid;
    lid.roundRect(cx - bw * 0.92, top, bw * 1.84, 6, 1.2);
    cv.fill(lid, brown ? (r.chance(0.5) ? kGoldLid : s.accent) : s.main);
    shadeCylinder(cv, lid, cx - bw, cx + bw, 0.45, 0.4);
    Path ridges;
    for (double x = cx - bw * 0.85; x < cx + bw * 0.85; x += 1.3) {
        ridges.moveTo(x, top + 0.8).lineTo(x, top + 5.2);
    }
    cv.stroke(ridges, 0.25, Rgba{0, 0, 0, 0.18});
    // Almonds around the jar.
    const Rgba skin = hex(0xA8683A);
    for (int i = 0; i < 7; ++i) {
        const double x = i < 5 ? cx + bw + 5 + i * 3.6 + r.range(-1, 1) : cx - bw - 3 - (i - 5) * 4;
        const double y = fy - r.range(0.5, 4.5);
        const double angle = r.range(0.5, 2.6);
        almond(cv, x, y, angle, 2.8, shade(skin, r.range(-0.1, 0.1)));
    }
}

void drawDates(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double R = r.range(28, 32), depth = r.range(11, 14);
    const double rimY = fy - depth;
    const Rgba date = luminance(s.main) < 0.45 ? s.main : hex(0x5A2E1A);
    floorShadow(s, 0, fy, R * 1.15, 3.6);
    const Rgba bowl = luminance(s.accent) > 0.25 ? s.accent : hex(0xC0643B);
    // Dates heaped above the rim: back ones first.
    struct D {
        double x, y, a;
    };
    std::vector<D> ds;
    for (int i = 0; i < 46; ++i) {
        const double t = r.range(-1, 1);
        const double hgt = (1 - t * t) * r.range(4, 17);
        ds.push_back({t * R * 0.82, rimY + 3 - hgt + r.range(0, 3), r.range(-1.2, 1.2)});
    }
    std::stable_sort(ds.begin(), ds.end(), [](const D& a, const D& b) { return a.y < b.y; });
    Path inside;
    inside.ellipse(0, rimY, R, R * 0.25);
    cv.fill(inside, shade(bowl, -0.4));
    auto oneDate = [&](double x, double y, double a) {
        Path d;
        d.ellipse(0, 0, 5.4, 2.9);
        const Affine m = Affine::translation(x, y).after(Affine::rotation(a));
        d.transform(m);
        const Rgba c = shade(date, r.range(-0.12, 0.12));
        cv.fill(d, c);
        Path wrinkle;
        wrinkle.moveTo(-2.8, -0.4).quadTo(0, 0.6, 2.8, -0.5);
        wrinkle.moveTo(-2, 0.9).quadTo(0.5, 1.6, 2.4, 0.8);
        wrinkle.transform(m);
        cv.stroke(wrinkle, 0.25, withAlpha(shade(c, -0.4), 0.6));
        shadeSphere(cv, d, x, y, 5.4, 2.9, 0.5, 0.35);
    };
    for (const D& d : ds) {
        oneDate(d.x, d.y, d.a);
    }
    shallowBowl(s, 0, rimY, R, depth, bowl, false);
    // A few on the floor in front.
    for (int i = 0; i < 3; ++i) {
        oneDate(R * 0.95 + i * 6 - 4, fy - 1 + (i % 2) * 1.5, r.range(-0.5, 0.5));
    }
}

void drawCouscousBag(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = r.range(21, 24), h = r.range(46, 52), cx = -7;
    const double top = fy - h;
    const Rgba grain = hex(0xE9C97A);
    floorShadow(s, cx + 8, fy, w * 1.7, 3.3);
    // A stand-up kraft pouch with a rolled top.
    Path bag;
    bag.moveTo(cx - w * 0.95, top + 6)
        .lineTo(cx + w * 0.95, top + 6)
        .lineTo(cx + w, fy - 2)
        .quadTo(cx + w, fy, cx + w - 3, fy)
        .lineTo(cx - w + 3, fy)
        .quadTo(cx - w, fy, cx - w, fy - 2)
        .close();
    const Rgba paper = kKraft;
    cv.fill(bag, paper);
    // A window shows the grains.
    Path window;
    window.roundRect(cx - w * 0.55, top + h * 0.3, w * 1.1, h * 0.28, 3);
    cv.fill(window, grain);
    cv.pushClip(window);
    Path grains;
    for (int i = 0; i < 260; ++i) {
        const double gx = cx + r.range(-w * 0.6, w * 0.6);
        grains.circle(gx, top + h * r.range(0.28, 0.6), 0.35);
    }
    cv.fill(grains, shade(grain, -0.22));
    cv.popClip();
    cv.stroke(window, 0.5, shade(paper, -0.3));
    // Label band with ears of wheat.
    Path band;
    band.rect(cx - w * 0.98, top + h * 0.66, w * 1.96, h * 0.2);
    cv.fill(band, s.main);
    const Rgba ink = luminance(s.main) > 0.6 ? hex(0x5A3A1A) : kPaper;
    for (int k = -1; k <= 1; ++k) {
        const double ex = cx + k * w * 0.35, ey = top + h * 0.76;
        Path stalk;
        stalk.moveTo(ex, ey + 4).lineTo(ex, ey - 4);
        cv.stroke(stalk, 0.4, ink);
        Path ears;
        for (int i = 0; i < 4; ++i) {
            ears.ellipse(ex - 0.9, ey - 3.6 + i * 1.6, 0.7, 1.1);
            ears.ellipse(ex + 0.9, ey - 3.6 + i * 1.6, 0.7, 1.1);
        }
        cv.fill(ears, ink);
    }
    shadeCylinder(cv, bag, cx - w, cx + w, 0.2, 0.35);
    // Rolled, stapled top.
    Path roll;
    roll.roundRect(cx - w * 0.97, top, w * 1.94, 7, 2);
    cv.fill(roll, shade(paper, -0.08));
    shadeVertical(cv, roll, top, top + 7, 0.25, 0.3);
    Path staple;
    staple.rect(cx - 2, top + 3, 4, 0.7);
    cv.fill(staple, hex(0x9A9A9A));
    // A bowl of couscous in front.
    const double bx = cx + w + 13;
    Path mound;
    mound.moveTo(bx - 10, fy - 7)
        .cubicTo(bx - 7, fy - 15, bx + 7, fy - 15, bx + 10, fy - 7)
        .close();
    cv.fill(mound, grain);
    cv.pushClip(mound);
    Path g2;
    for (int i = 0; i < 90; ++i) {
        const double gx = bx + r.range(-10, 10);
        g2.circle(gx, fy - r.range(7, 15), 0.3);
    }
    cv.fill(g2, shade(grain, -0.25));
    cv.popClip();
    shadeSphere(cv, mound, bx, fy - 9, 10, 6, 0.3, 0.2);
    shallowBowl(s, bx, fy - 7, 11, 7, s.accent);
}

void drawHerbs(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba leaf = s.main.g > s.main.r && s.main.g > s.main.b ? s.main : hex(0x3F8F3A);
    // A bunch of fresh mint standing in a glass of water.
    const double gw = r.range(10, 12), gh = r.range(20, 24);
    const double gTop = fy - gh;
    floorShadow(s, 0, fy, gw * 1.8, 3);
    const int stems = 9 + r.below(4);
    struct Stem {
        Vec base, tip;
    };
    std::vector<Stem> st;
    for (int i = 0; i < stems; ++i) {
        const double t = stems > 1 ? static_cast<double>(i) / (stems - 1) - 0.5 : 0;
        const double len = r.range(34, 44);
        const double a = t * 1.5 + r.range(-0.1, 0.1);
        st.push_back({{t * gw * 0.8, fy - 2}, {len * dsin(a) * 0.75, gTop - len * dcos(a) * 0.8}});
    }
    // Stems in water, seen through the glass.
    Path glass;
    glass.moveTo(-gw, gTop).lineTo(gw, gTop).lineTo(gw * 0.85, fy).lineTo(-gw * 0.85, fy).close();
    for (const Stem& k : st) {
        Path p;
        p.moveTo(k.base.x, k.base.y).quadTo(k.base.x * 0.5, gTop - 6, k.tip.x, k.tip.y);
        cv.stroke(p, 0.7, shade(leaf, -0.25));
    }
    // Leaves in opposite pairs up each stem, smaller near the tip.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Stem& k : st) {
            for (int j = 0; j < 6; ++j) {
                const double t = 0.35 + 0.13 * j;
                const double u = 1 - t;
                const Vec c{k.base.x * 0.5, gTop - 6};
                const Vec p = k.base * (u * u) + c * (2 * u * t) + k.tip * (t * t);
                const Vec d = (c - k.base) * (2 * u) + (k.tip - c) * (2 * t);
                const double ang =
                    d.x == 0 && d.y == 0 ? 0 : (d.x / std::sqrt(d.x * d.x + d.y * d.y));
                const double size = 5.4 - 0.5 * j;
                for (double side : {-1.0, 1.0}) {
                    if ((pass == 0) == (side < 0)) {
                        continue;
                    }
                    Path l;
                    l.moveTo(0, 0)
                        .cubicTo(size * 0.5, -size * 0.5, size * 1.6, -size * 0.4, size * 2, 0)
                        .cubicTo(size * 1.6, size * 0.4, size * 0.5, size * 0.5, 0, 0)
                        .close();
                    const double rot = side > 0 ? -0.6 + ang * 0.5 : kPi + 0.6 + ang * 0.5;
                    const Affine m = Affine::translation(p.x, p.y).after(Affine::rotation(rot));
                    l.transform(m);
                    const Rgba c2 = shade(leaf, r.range(-0.15, 0.12));
                    cv.fill(l, c2);
                    Path vein;
                    vein.moveTo(0.3, 0).lineTo(size * 1.7, 0);
                    vein.transform(m);
                    cv.stroke(vein, 0.22, withAlpha(shade(c2, 0.35), 0.7));
                }
            }
        }
    }
    // Glass and water over the stems.
    cv.fill(glass, Rgba{0.85, 0.95, 1, 0.25});
    Path water;
    water.moveTo(-gw * 0.95, gTop + gh * 0.3)
        .lineTo(gw * 0.95, gTop + gh * 0.3)
        .lineTo(gw * 0.85, fy)
        .lineTo(-gw * 0.85, fy)
        .close();
    cv.fill(water, Rgba{0.7, 0.85, 0.9, 0.25});
    glint(cv, -gw * 0.7, gTop + 3, 1.2, gh * 0.7, 0.6);
    cv.stroke(glass, 0.4, Rgba{1, 1, 1, 0.6});
    Path twine;
    twine.moveTo(-gw * 0.5, gTop - 3).quadTo(0, gTop - 1.5, gw * 0.5, gTop - 3);
    cv.stroke(twine, 0.9, hex(0x9C7A4C));
}

void drawSoap(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const int bars = 2 + r.below(2);
    const double w = r.range(34, 40), h = r.range(9, 11), d = r.range(14, 18);
    const double dx = d * 0.45, dy = d * 0.4;
    floorShadow(s, 2, fy - dy / 2, w * 0.75, dy + 2, 0.45);
    // A lavender sprig behind.
    Path sprig;
    sprig.moveTo(w * 0.2, fy - 4).quadTo(w * 0.5, fy - 30, w * 0.62, fy - 44);
    cv.stroke(sprig, 0.6, hex(0x6A7F4A));
    Path buds;
    for (int i = 0; i < 12; ++i) {
        const double t = 0.55 + 0.035 * i;
        const double x = w * 0.2 + (w * 0.42) * t, y = fy - 4 - 40 * t;
        buds.ellipse(x + (i % 2 ? 0.9 : -0.9), y, 0.9, 1.5);
    }
    cv.fill(buds, hex(0x8C6BB1));
    double y = fy;
    for (int i = 0; i < bars; ++i) {
        const double off = r.range(-3, 3) - dx / 2;
        const Rgba c =
            i == bars - 1 ? s.main : shade(i % 2 ? s.accent : s.main, r.range(-0.1, 0.1));
        const double x0 = -w / 2 + off, x1 = x0 + w;
        Path front;
        front.roundRect(x0, y - h, w, h, 2.2);
        Path top;
        top.moveTo(x0 + 1.5, y - h)
            .lineTo(x0 + dx + 1.5, y - h - dy)
            .lineTo(x1 + dx - 1.5, y - h - dy)
            .lineTo(x1 - 1.5, y - h)
            .close();
        Path side;
        side.moveTo(x1 - 1, y - h + 0.5)
            .lineTo(x1 + dx - 1, y - h - dy + 0.5)
            .lineTo(x1 + dx - 1, y - dy - 1)
            .lineTo(x1 - 1, y - 1)
            .close();
        cv.fill(side, shade(c, -0.25));
        cv.fill(top, shade(c, 0.12));
        cv.fill(front, c);
        shadeVertical(cv, front, y - h, y, 0.15, 0.2);
        if (i == bars - 1) {
            // A stamp pressed into the top bar.
            cv.save();
            cv.concat(Affine{w - 3, 0, dx, -dy, x0 + 1.5, y - h});
            cv.save();
            cv.concat(Affine{1, 0, 0, 1, 0.5, 0.5}.after(Affine::scaling(1, (w - 3) / d * 0.8)));
            Path stamp;
            const double sr = 0.16 * d / w * 1.8;
            stamp.circle(0, 0, sr).circle(0, 0, sr * 0.82).hole();
            stamp.star(0, 0, 8, sr * 0.6, sr * 0.3, 0);
            cv.fill(stamp, withAlpha(shade(c, -0.3), 0.8));
            cv.restore();
            cv.restore();
        }
        y -= h;
    }
}

void drawCosmeticJar(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    // A dropper bottle of oil behind, a cream jar in front.
    const double bx = 13, bw = 7.5, bh = r.range(30, 36);
    floorShadow(s, 4, fy, 30, 3.3);
    const Path bottle = lathe(
        bx,
        {{2.6, fy - bh}, {2.6, fy - bh + 3}, {bw, fy - bh + 7}, {bw, fy - 1.5}, {bw * 0.94, fy}});
    glassVessel(cv, bottle, bx - bw, bx + bw, fy - bh + 3, fy, fy - bh + 9,
                Rgba{0.85, 0.62, 0.22, 0.9});
    Path amber;
    amber.rect(bx - bw, fy - bh, 2 * bw, bh);
    cv.pushClip(bottle);
    cv.fill(amber, hex(0x7A3E10, 0.45));
    cv.popClip();
    label(cv, bx, fy - bh * 0.38, bw * 1.5, bh * 0.32, kPaper, s.accent2);
    Path collar;
    collar.roundRect(bx - 3.4, fy - bh - 2, 6.8, 4, 1);
    cv.fill(collar, hex(0x2A2622));
    Path bulb;
    bulb.moveTo(bx - 2.4, fy - bh - 2)
        .cubicTo(bx - 2.8, fy - bh - 9, bx + 2.8, fy - bh - 9, bx + 2.4, fy - bh - 2)
        .close();
    cv.fill(bulb, hex(0x2A2622));
    shadeCylinder(cv, bulb, bx - 2.8, bx + 2.8, 0.35, 0.3);
    // Cream jar.
    const double jx = -9, jw = r.range(16, 19), jh = r.range(14, 17);
    const double jTop = fy - jh;
    Path jar;
    jar.moveTo(-jw + jx, jTop)
        .lineTo(jw + jx, jTop)
        .lineTo(jw + jx, fy - 2)
        .arcTo(jx, fy - 2, jw, 2, 0, kPi)
        .close();
    cv.fill(jar, s.main);
    cv.pushClip(jar);
    Path band;
    band.rect(jx - jw, jTop + jh * 0.45, 2 * jw, jh * 0.3);
    cv.fill(band, kPaper);
    Path mark;
    mark.star(jx, jTop + jh * 0.6, 8, jh * 0.11, jh * 0.05, 0);
    cv.fill(mark, s.accent);
    cv.popClip();
    shadeCylinder(cv, jar, jx - jw, jx + jw, 0.4, 0.4);
    const Rgba lidColour = r.chance(0.5) ? kGoldLid : hex(0xF4F1EA);
    const double lh = jh * 0.42;
    Path lid;
    lid.moveTo(jx - jw - 0.4, jTop - lh)
        .lineTo(jx + jw + 0.4, jTop - lh)
        .lineTo(jx + jw + 0.4, jTop)
        .arcTo(jx, jTop, jw + 0.4, 2.2, 0, kPi)
        .close();
    cv.fill(lid, lidColour);
    shadeCylinder(cv, lid, jx - jw, jx + jw, 0.5, 0.4);
    Path lidTop;
    lidTop.ellipse(jx, jTop - lh, jw + 0.4, 3);
    cv.fill(lidTop, shade(lidColour, 0.12));
    cv.fill(lidTop, Paint::linear({jx - jw, jTop - lh}, {jx + jw, jTop - lh},
                                  {{0, Rgba{1, 1, 1, 0.35}}, {1, Rgba{0, 0, 0, 0.15}}}));
}

void drawCookies(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double R = r.range(34, 38), ry = R * 0.32, py = fy - 4;
    floorShadow(s, 0, fy, R * 1.05, 4);
    // The plate.
    Path plate;
    plate.ellipse(0, py, R, ry);
    const Rgba china = hex(0xF6F2EA);
    cv.fill(plate, shade(china, -0.12));
    Path well;
    well.ellipse(0, py - 0.6, R * 0.8, ry * 0.78);
    cv.fill(well, china);
    Path rimDeco;
    rimDeco.ellipse(0, py, R * 0.93, ry * 0.92).ellipse(0, py, R * 0.9, ry * 0.88).hole();
    cv.fill(rimDeco, s.accent);
    // Cookies from back to front: ghriba (cracked domes), cornes de gazelle, chebakia.
    const Rgba dough = hex(0xE8C996), golden = hex(0xD69A4E), honey = hex(0x9A4E16);
    struct C {
        double x, y;
        int kind;
    };
    std::vector<C> cs;
    for (int i = 0; i < 18; ++i) {
        const double a = r.range(0, 2 * kPi), d = std::sqrt(r.unit()) * 0.7;
        // Nearer the middle, higher up the heap.
        cs.push_back({R * d * dcos(a), py + ry * d * dsin(a) - 3 - (0.7 - d) * 9, r.below(3)});
    }
    std::stable_sort(cs.begin(), cs.end(), [](const C& a, const C& b) { return a.y < b.y; });
    cv.save();
    for (const C& c0 : cs) {
        // Each cookie drawn at 1.5 times its sketch size about its own centre.
        cv.save();
        cv.concat(Affine::translation(c0.x, c0.y).after(Affine::scaling(1.5, 1.5)));
        const C c{0, 0, c0.kind};
        if (c.kind == 0) {
            Path g;
            g.ellipse(c.x, c.y, 5.5, 3.8);
            cv.fill(g, dough);
            Path cracks;
            for (int k = 0; k < 5; ++k) {
                const double a = r.range(0, 2 * kPi);
                cracks.moveTo(c.x + dcos(a) * 1.2, c.y - 0.8 + dsin(a) * 0.8)
                    .lineTo(c.x + dcos(a) * 4.5, c.y - 0.8 + dsin(a) * 2.8);
            }
            cv.pushClip(g);
            cv.stroke(cracks, 0.5, shade(golden, -0.1));
            cv.popClip();
            shadeSphere(cv, g, c.x, c.y, 5.5, 3.8, 0.45, 0.3);
        } else if (c.kind == 1) {
            const double flip = r.sign();
            Path horn;
            horn.moveTo(c.x - 6, c.y + flip * 1)
                .cubicTo(c.x - 3, c.y - flip * 5, c.x + 3, c.y - flip * 5, c.x + 6, c.y + flip * 1)
                .cubicTo(c.x + 3, c.y - flip * 1.6, c.x - 3, c.y - flip * 1.6, c.x - 6,
                         c.y + flip * 1)
                .close();
            cv.fill(horn, shade(dough, 0.05));
            shadeSphere(cv, horn, c.x, c.y - flip * 2, 6, 3, 0.4, 0.25);
            cv.strokeDashed(horn, 0.25, 0.4, 0.6, withAlpha(golden, 0.7));
        } else {
            Path ch;
            ch.star(c.x, c.y, 5, 5.2, 3.2, r.range(0, 1));
            ch.transform(Affine::scaling(1, 0.65));
            cv.fill(ch, honey);
            shadeSphere(cv, ch, c.x, c.y, 5, 3.4, 0.45, 0.3);
            Path sesame;
            for (int k = 0; k < 6; ++k) {
                const double sx = c.x + r.range(-3, 3);
                sesame.ellipse(sx, c.y + r.range(-1.8, 1.8), 0.4, 0.25);
            }
            cv.fill(sesame, hex(0xF2E4C4));
        }
        cv.restore();
    }
    cv.restore();
    // Powdered sugar dusted over everything on the plate.
    cv.pushClip(well);
    Path sugar;
    for (int i = 0; i < 120; ++i) {
        const double sx = r.range(-R, R);
        sugar.circle(sx, py + r.range(-ry - 8, ry), 0.22);
    }
    cv.fill(sugar, Rgba{1, 1, 1, 0.7});
    cv.popClip();
}

void drawSpices(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    // Pyramids of ground spices, as stacked in the souk, each on its bowl.
    std::vector<Rgba> spices = {s.main,        hex(0xC0392B), hex(0xE1A81B),
                                hex(0x8B5A2B), hex(0x6B8E23), hex(0xA0522D)};
    for (size_t i = 1; i < spices.size(); ++i) {
        std::swap(spices[i],
                  spices[1 + static_cast<size_t>(r.below(static_cast<int>(spices.size() - 1)))]);
    }
    struct Cone {
        double x, base, w, h;
    };
    const std::vector<Cone> cones = {
        {-24, fy - 9, 11, r.range(26, 32)},
        {0, fy - 12, 12, r.range(34, 42)},
        {24, fy - 9, 11, r.range(26, 32)},
    };
    floorShadow(s, 0, fy, 44, 3.6);
    for (size_t i = 0; i < cones.size(); ++i) {
        const Cone& c = cones[i];
        const Rgba col = spices[i];
        const double apex = c.base - c.h;
        Path cone;
        cone.moveTo(c.x - c.w, c.base)
            .cubicTo(c.x - c.w * 0.7, c.base - c.h * 0.35, c.x - c.w * 0.15, apex + c.h * 0.08,
                     c.x - c.w * 0.06, apex + 1)
            .quadTo(c.x, apex - 0.6, c.x + c.w * 0.06, apex + 1)
            .cubicTo(c.x + c.w * 0.15, apex + c.h * 0.08, c.x + c.w * 0.7, c.base - c.h * 0.35,
                     c.x + c.w, c.base)
            .arcTo(c.x, c.base, c.w, c.w * 0.25, 0, kPi)
            .close();
        cv.fill(cone, col);
        cv.pushClip(cone);
        Path grains;
        for (int k = 0; k < 160; ++k) {
            const double gx = c.x + r.range(-c.w, c.w);
            grains.circle(gx, r.range(apex, c.base + 2), 0.25);
        }
        cv.fill(grains, withAlpha(shade(col, -0.3), 0.6));
        // The ridges left by the trowel.
        Path ridges;
        for (int k = 1; k < 5; ++k) {
            const double y = apex + c.h * k / 5.0;
            const double hw = c.w * (0.12 + 0.88 * k / 5.0) * 0.98;
            ridges.moveTo(c.x - hw, y).quadTo(c.x, y + 1.4, c.x + hw, y);
        }
        cv.stroke(ridges, 0.45, withAlpha(shade(col, -0.25), 0.5));
        cv.popClip();
        shadeCylinder(cv, cone, c.x - c.w, c.x + c.w, 0.3, 0.4);
        // Bowl under the cone.
        const double bw = c.w * 1.12;
        Path bowl;
        bowl.moveTo(c.x - bw, c.base - 1)
            .lineTo(c.x + bw, c.base - 1)
            .cubicTo(c.x + bw, fy - 3, c.x + bw * 0.6, fy, c.x + bw * 0.45, fy)
            .lineTo(c.x - bw * 0.45, fy)
            .cubicTo(c.x - bw * 0.6, fy, c.x - bw, fy - 3, c.x - bw, c.base - 1)
            .close();
        const Rgba bowlColour = i == 1 ? s.accent : hex(0xB9824F);
        cv.fill(bowl, bowlColour);
        cv.pushClip(bowl);
        dotBand(cv, c.x - bw * 0.7, c.x + bw * 0.7, c.base + 2.5, 0.6, 6, s.accent2);
        cv.popClip();
        shadeCylinder(cv, bowl, c.x - bw, c.x + bw, 0.3, 0.4);
        Path rim;
        rim.ellipse(c.x, c.base - 1, bw, 1.6);
        cv.stroke(rim, 0.6, shade(bowlColour, 0.25));
    }
}

} // namespace fairgen
