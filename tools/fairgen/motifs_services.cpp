// Services: scissors, sewing machine, hair dryer, smartphone, toolbox, catering dish.
#include "scene.h"

namespace fairgen {

namespace {

const Rgba kSteel = hex(0xB9C0C8);
const Rgba kChrome = hex(0xD9DDE2);
const Rgba kShadowInk = Rgba{0.29, 0.2, 0.15, 0.22};

void polished(Canvas& cv, const Path& shape, Vec from, Vec to, double strength = 1) {
    cv.pushClip(shape);
    cv.fill(shape, Paint::linear(from, to,
                                 {{0, Rgba{1, 1, 1, 0.5 * strength}},
                                  {0.3, Rgba{1, 1, 1, 0}},
                                  {0.55, Rgba{0, 0, 0, 0.3 * strength}},
                                  {0.75, Rgba{1, 1, 1, 0.25 * strength}},
                                  {1, Rgba{0, 0, 0, 0.35 * strength}}}));
    cv.popClip();
}

void dropShadow(Canvas& cv, const Path& p, double dx = 0.9, double dy = 1.3) {
    cv.save();
    cv.translate(dx, dy);
    cv.fill(p, kShadowInk);
    cv.restore();
}

// A screwdriver lying along +x from (x, y), `len` long.
void screwdriver(Canvas& cv, double x, double y, double len, double angle, Rgba handle) {
    cv.save();
    cv.concat(Affine::rotation(angle, {x, y}));
    Path grip;
    grip.roundRect(x, y - 2.2, len * 0.42, 4.4, 1.8);
    Path shaft;
    shaft.rect(x + len * 0.42, y - 0.7, len * 0.5, 1.4);
    shaft.polygon({{x + len * 0.92, y - 0.7},
                   {x + len, y - 0.25},
                   {x + len, y + 0.25},
                   {x + len * 0.92, y + 0.7}});
    dropShadow(cv, grip);
    dropShadow(cv, shaft);
    cv.fill(shaft, kSteel);
    polished(cv, shaft, {0, y - 0.7}, {0, y + 0.7});
    cv.fill(grip, handle);
    Path ribs;
    for (int i = 1; i < 6; ++i) {
        ribs.moveTo(x + len * 0.07 * i, y - 1.6).lineTo(x + len * 0.07 * i, y + 1.6);
    }
    cv.stroke(ribs, 0.35, withAlpha(shade(handle, -0.35), 0.8));
    polished(cv, grip, {0, y - 2.2}, {0, y + 2.2}, 0.7);
    cv.restore();
}

} // namespace

void drawScissors(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    // A tape measure curling under the shears.
    const Rgba tape = hex(0xE8C21A);
    std::vector<Vec> pts;
    for (int i = 0; i <= 60; ++i) {
        const double t = i / 60.0;
        pts.push_back({-42 + 84 * t, 15 + 5 * dsin(t * 2 * kPi + 0.8)});
    }
    Path tp = smoothOpen(pts);
    cv.save();
    cv.translate(0.6, 1);
    cv.stroke(tp, 5.4, kShadowInk, Cap::Butt);
    cv.restore();
    cv.stroke(tp, 5, tape, Cap::Butt);
    Path ticks;
    for (size_t i = 1; i + 1 < pts.size(); ++i) {
        const Vec d = pts[i + 1] - pts[i - 1];
        const double len = std::sqrt(d.x * d.x + d.y * d.y);
        const Vec n{-d.y / len, d.x / len};
        const double l = i % 5 == 0 ? 2.2 : 1.2;
        ticks.moveTo(pts[i].x - n.x * 2.5, pts[i].y - n.y * 2.5)
            .lineTo(pts[i].x - n.x * (2.5 - l), pts[i].y - n.y * (2.5 - l));
    }
    cv.stroke(ticks, 0.25, hex(0x2A2622), Cap::Butt);
    // The shears, turned a little, their blades slightly open.
    cv.save();
    cv.concat(Affine::translation(2, -2).after(Affine::rotation(deg(r.range(-24, -12)))));
    const double open = deg(r.range(6, 12));
    const Rgba grip = s.main;
    for (int k = 0; k < 2; ++k) {
        const double side = k == 0 ? 1 : -1;
        cv.save();
        cv.rotate(side * open);
        cv.scale(1, side);
        Path blade;
        blade.moveTo(-4, -2.4)
            .lineTo(8, -2.8)
            .quadTo(30, -2.2, 42, 0.3)
            .lineTo(8, 1.3)
            .lineTo(-4, 1.3)
            .close();
        dropShadow(cv, blade);
        cv.fill(blade, kSteel);
        polished(cv, blade, {0, -2.8}, {0, 1.3});
        Path bevel;
        bevel.moveTo(6, 0.9).lineTo(40, 0.35);
        cv.stroke(bevel, 0.35, Rgba{1, 1, 1, 0.7});
        // Handle: a shank and a loop; the lower loop is the larger one, for the fingers.
        const double big = k == 0 ? 1.25 : 1;
        Path handle;
        handle.moveTo(-3, -2.2).lineTo(-14, -4.8 * big).lineTo(-15, -1.4).lineTo(-3, 1.2).close();
        handle.ellipse(-22 * big, -6.5 * big, 8.5 * big, 6.5 * big);
        handle.ellipse(-22 * big, -6.5 * big, 5.2 * big, 3.6 * big).hole();
        dropShadow(cv, handle);
        cv.fill(handle, grip);
        polished(cv, handle, {-30, -12}, {-10, 2}, 0.6);
        cv.restore();
    }
    Path screw;
    screw.circle(0, 0, 1.8);
    cv.fill(screw, kChrome);
    Path slot;
    slot.moveTo(-1.1, -0.4).lineTo(1.1, 0.4);
    cv.stroke(slot, 0.35, hex(0x555555));
    cv.restore();
}

void drawSewingMachine(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const bool vintage = luminance(s.main) < 0.25 || r.chance(0.3);
    const Rgba body = vintage ? hex(0x1E1C1B) : s.main;
    const Rgba trim = vintage ? hex(0xC9A227) : s.accent;
    floorShadow(s, 0, fy, 42, 3.6);
    // Bed.
    Path bed;
    bed.roundRect(-37, fy - 8, 74, 7, 1.5);
    cv.fill(bed, shade(body, -0.05));
    shadeVertical(cv, bed, fy - 8, fy - 1, 0.2, 0.3);
    Path plate;
    plate.rect(-35, fy - 1.5, 70, 1.5);
    cv.fill(plate, shade(body, -0.35));
    Path needlePlate;
    needlePlate.rect(-31, fy - 8.6, 12, 1.2);
    cv.fill(needlePlate, kChrome);
    // Head, arm and pillar in one silhouette.
    Path arm;
    arm.moveTo(-31, fy - 17)
        .lineTo(-31, fy - 39)
        .quadTo(-31, fy - 45, -24, fy - 45)
        .lineTo(22, fy - 45)
        .quadTo(29, fy - 45, 29, fy - 38)
        .lineTo(30, fy - 8)
        .lineTo(14, fy - 8)
        .quadTo(15, fy - 20, 14, fy - 27)
        .quadTo(12, fy - 30, 8, fy - 30)
        .lineTo(-17, fy - 30)
        .lineTo(-17, fy - 17)
        .close();
    cv.fill(arm, body);
    cv.pushClip(arm);
    if (vintage) {
        // Gilt decals.
        Path scroll;
        for (int i = 0; i < 5; ++i) {
            const double x = -10 + i * 6;
            scroll.moveTo(x, fy - 38).quadTo(x + 3, fy - 43, x + 6, fy - 38);
        }
        cv.stroke(scroll, 0.6, trim);
        Path fl;
        fl.star(20, fy - 22, 8, 3.2, 1.4, 0);
        cv.fill(fl, trim);
    } else {
        Path stripe;
        stripe.rect(-31, fy - 37, 62, 2.2);
        cv.fill(stripe, trim);
    }
    cv.popClip();
    shadeVertical(cv, arm, fy - 45, fy - 8, 0.28, 0.3);
    // Face plate, needle bar and presser foot.
    Path face;
    face.roundRect(-32, fy - 41, 4, 22, 1.2);
    cv.fill(face, kChrome);
    polished(cv, face, {-32, 0}, {-28, 0});
    Path needle;
    needle.moveTo(-25, fy - 17).lineTo(-25, fy - 9.5);
    cv.stroke(needle, 0.9, kSteel, Cap::Butt);
    needle = Path();
    needle.moveTo(-25, fy - 9.5).lineTo(-25, fy - 8.6);
    cv.stroke(needle, 0.3, hex(0x555555), Cap::Butt);
    Path foot;
    foot.moveTo(-22, fy - 17)
        .lineTo(-22, fy - 10)
        .lineTo(-28, fy - 9.2)
        .lineTo(-19, fy - 9.2)
        .lineTo(-21, fy - 10)
        .lineTo(-21, fy - 17)
        .close();
    cv.fill(foot, kSteel);
    // Handwheel on the right, seen edge-on.
    Path wheel;
    wheel.ellipse(31.5, fy - 31, 3.2, 8.5);
    cv.fill(wheel, vintage ? kChrome : shade(body, -0.25));
    polished(cv, wheel, {28, fy - 39}, {35, fy - 23});
    Path hub;
    hub.ellipse(33, fy - 31, 1.2, 3);
    cv.fill(hub, shade(body, -0.4));
    // Stitch dial and a spool of thread on top.
    Path dial;
    dial.circle(21.5, fy - 34, 3.2);
    cv.fill(dial, kChrome);
    polished(cv, dial, {18, fy - 37}, {25, fy - 31});
    Path pin;
    pin.moveTo(6, fy - 45).lineTo(6, fy - 55);
    cv.stroke(pin, 0.6, kSteel);
    Path spool;
    spool.roundRect(3, fy - 54, 6, 8, 1);
    cv.fill(spool, s.accent2);
    Path spoolLines;
    for (double y = fy - 53; y < fy - 46; y += 0.8) {
        spoolLines.moveTo(3, y).lineTo(9, y);
    }
    cv.stroke(spoolLines, 0.2, withAlpha(shade(s.accent2, -0.35), 0.6));
    shadeCylinder(cv, spool, 3, 9, 0.3, 0.3);
    Path thread;
    thread.moveTo(3, fy - 50).quadTo(-12, fy - 50, -23, fy - 44).lineTo(-25, fy - 17);
    cv.stroke(thread, 0.25, shade(s.accent2, -0.1));
    // Fabric under the needle.
    Path cloth;
    cloth.moveTo(-37, fy - 8.2)
        .lineTo(-12, fy - 8.2)
        .quadTo(-10, fy - 4, -12, fy + 1)
        .lineTo(-40, fy + 1)
        .close();
    cv.fill(cloth, s.accent);
    cv.strokeDashed(smoothOpen({{-36, fy - 6}, {-24, fy - 6.2}, {-13, fy - 5.8}}), 0.3, 0.8, 0.6,
                    shade(s.accent, 0.5));
}

void drawHairDryer(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const Rgba c = s.main;
    const double cy = -12;
    floorShadow(s, 0, fy, 30, 3.2);
    // Cord curling on the floor from the handle's end.
    Path cord = smoothOpen({{-14, 26},
                            {-16, 31},
                            {-6, fy + 0.5},
                            {10, fy - 1},
                            {18, fy + 1},
                            {28, fy - 0.5},
                            {34, fy}});
    cv.stroke(cord, 1.4, shade(c, -0.45));
    // Handle, angled back.
    Path handle;
    handle.moveTo(-6, cy + 6)
        .lineTo(5, cy + 6)
        .lineTo(-6, 27)
        .quadTo(-10, 31, -15, 28)
        .lineTo(-18, 26)
        .close();
    cv.fill(handle, shade(c, -0.08));
    shadeCylinder(cv, handle, -18, 5, 0.3, 0.4);
    Path buttons;
    buttons.roundRect(-5, cy + 10, 3, 5, 1).roundRect(-7, cy + 17, 3, 4, 1);
    buttons.transform(Affine::rotation(0.38, {-6, cy + 14}));
    cv.fill(buttons, s.accent);
    // Barrel with its nozzle.
    Path barrel;
    barrel.moveTo(-22, cy - 9)
        .lineTo(12, cy - 9)
        .lineTo(27, cy - 5.5)
        .lineTo(27, cy + 5.5)
        .lineTo(12, cy + 9)
        .lineTo(-22, cy + 9)
        .close();
    Path body;
    body.roundRect(-26, cy - 10, 40, 20, 9);
    cv.fill(barrel, shade(c, -0.05));
    cv.fill(body, c);
    shadeVertical(cv, body, cy - 10, cy + 10, 0.4, 0.35);
    shadeVertical(cv, barrel, cy - 9, cy + 9, 0.3, 0.35);
    Path nozzleEnd;
    nozzleEnd.ellipse(27, cy, 1.6, 5.5);
    cv.fill(nozzleEnd, shade(c, -0.5));
    glint(cv, -16, cy - 7.5, 22, 1.6, 0.55);
    // Air intake at the back: a grille of rings.
    Path back;
    back.ellipse(-25.5, cy, 3.4, 9);
    cv.fill(back, shade(c, -0.3));
    Path grille;
    for (double k = 0.3; k < 1; k += 0.22) {
        grille.ellipse(-25.5, cy, 3.4 * k, 9 * k);
    }
    cv.stroke(grille, 0.45, hex(0x2A2622));
    Path ringBand;
    ringBand.rect(-18, cy - 10, 1.6, 20);
    cv.pushClip(body);
    cv.fill(ringBand, withAlpha(s.accent, 0.9));
    cv.popClip();
    if (r.chance(0.5)) {
        // A diffuser clipped on the nozzle.
        Path diffuser;
        diffuser.moveTo(26, cy - 5.5)
            .lineTo(33, cy - 9)
            .lineTo(33, cy + 9)
            .lineTo(26, cy + 5.5)
            .close();
        cv.fill(diffuser, shade(s.accent, -0.1));
        shadeVertical(cv, diffuser, cy - 9, cy + 9, 0.3, 0.3);
    }
}

void drawSmartphone(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = 30, h = 60, x0 = -w / 2 - 3, y0 = fy - h - 5;
    floorShadow(s, -2, fy, 30, 3);
    // A small stand behind and under the phone.
    Path stand;
    stand.polygon({{x0 + 4, fy}, {x0 + w - 4, fy}, {x0 + w - 6, fy - 6}, {x0 + 6, fy - 6}});
    cv.fill(stand, hex(0x3A3633));
    cv.save();
    cv.concat(Affine::rotation(deg(r.range(-4, 4)), {x0 + w / 2, fy}));
    Path edge;
    edge.roundRect(x0 + 0.8, y0 + 0.8, w, h, 5);
    cv.fill(edge, shade(s.main, -0.4));
    Path phone;
    phone.roundRect(x0, y0, w, h, 5);
    cv.fill(phone, hex(0x141414));
    Path frame;
    frame.roundRect(x0, y0, w, h, 5).roundRect(x0 + 0.6, y0 + 0.6, w - 1.2, h - 1.2, 4.5).hole();
    cv.fill(frame, s.main);
    Path screen;
    screen.roundRect(x0 + 1.6, y0 + 1.6, w - 3.2, h - 3.2, 3.8);
    cv.fill(screen, Paint::linear({x0, y0}, {x0 + w, y0 + h},
                                  {{0, shade(s.accent, 0.1)}, {1, shade(s.accent2, -0.1)}}));
    cv.pushClip(screen);
    Path wave;
    wave.moveTo(x0, y0 + h * 0.55)
        .cubicTo(x0 + w * 0.4, y0 + h * 0.45, x0 + w * 0.6, y0 + h * 0.7, x0 + w, y0 + h * 0.58)
        .lineTo(x0 + w, y0 + h)
        .lineTo(x0, y0 + h)
        .close();
    cv.fill(wave, Rgba{1, 1, 1, 0.18});
    // Clock, icons and dock.
    Path clock;
    clock.roundRect(x0 + w * 0.3, y0 + 8, w * 0.4, 3.2, 1.2);
    cv.fill(clock, Rgba{1, 1, 1, 0.9});
    const std::vector<uint32_t> icons = {0x2ECC71, 0x3498DB, 0xE74C3C, 0xF1C40F,
                                         0x9B59B6, 0xE67E22, 0x1ABC9C, 0xECF0F1};
    const double iw = (w - 3.2) / 4;
    for (int row = 0; row < 4; ++row) {
        for (int col = 0; col < 4; ++col) {
            const double ix = x0 + 1.6 + iw * col + iw * 0.16, iy = y0 + 16 + row * iw * 1.15;
            Path icon;
            icon.roundRect(ix, iy, iw * 0.68, iw * 0.68, 1.3);
            cv.fill(icon, hex(icons[static_cast<size_t>(r.below(static_cast<int>(icons.size())))]));
        }
    }
    Path dock;
    dock.roundRect(x0 + 2.6, y0 + h - 10, w - 5.2, 7, 2.4);
    cv.fill(dock, Rgba{1, 1, 1, 0.3});
    for (int col = 0; col < 4; ++col) {
        Path icon;
        icon.roundRect(x0 + 1.6 + iw * col + iw * 0.16, y0 + h - 9, iw * 0.68, iw * 0.68, 1.3);
        cv.fill(icon, hex(icons[static_cast<size_t>(col * 2)]));
    }
    cv.popClip();
    Path notch;
    notch.roundRect(x0 + w / 2 - 4, y0 + 3, 8, 2.2, 1.1);
    cv.fill(notch, hex(0x0A0A0A));
    // Glass reflection.
    Path sheen;
    sheen.polygon({{x0, y0}, {x0 + w * 0.55, y0}, {x0, y0 + h * 0.5}});
    cv.pushClip(screen);
    cv.fill(sheen, Rgba{1, 1, 1, 0.1});
    cv.popClip();
    cv.restore();
    if (r.chance(0.7)) {
        screwdriver(cv, x0 + w + 3, fy - 1.5, 24, deg(r.range(-30, -15)), s.accent2);
    }
}

void drawToolbox(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    const double w = r.range(58, 66), h = r.range(24, 28);
    const double x0 = -w / 2, top = fy - h;
    floorShadow(s, 0, fy, w * 0.62, 3.6);
    // Handle.
    Path handle;
    handle.moveTo(-w * 0.22, top - 7)
        .lineTo(-w * 0.22, top - 13)
        .lineTo(w * 0.22, top - 13)
        .lineTo(w * 0.22, top - 7);
    cv.stroke(handle, 2.4, hex(0x2A2622));
    Path posts;
    posts.roundRect(-w * 0.25, top - 10, 3.4, 4, 1).roundRect(w * 0.25 - 3.4, top - 10, 3.4, 4, 1);
    cv.fill(posts, kSteel);
    // Lid and box.
    Path lid;
    lid.moveTo(x0 + 3, top - 7)
        .lineTo(x0 + w - 3, top - 7)
        .lineTo(x0 + w, top + 2)
        .lineTo(x0, top + 2)
        .close();
    cv.fill(lid, shade(s.main, 0.08));
    shadeVertical(cv, lid, top - 7, top + 2, 0.3, 0.2);
    Path box;
    box.roundRect(x0, top + 2, w, h - 2, 1.8);
    cv.fill(box, s.main);
    cv.pushClip(box);
    Path ribs;
    ribs.rect(x0, top + h * 0.45, w, 0.8).rect(x0, top + h * 0.7, w, 0.8);
    cv.fill(ribs, withAlpha(shade(s.main, -0.3), 0.8));
    cv.popClip();
    shadeCylinder(cv, box, x0, x0 + w, 0.25, 0.35);
    Path seam;
    seam.moveTo(x0, top + 2).lineTo(x0 + w, top + 2);
    cv.stroke(seam, 0.6, shade(s.main, -0.45));
    // Latches.
    for (double lx : {x0 + w * 0.18, x0 + w * 0.82 - 5}) {
        Path latch;
        latch.roundRect(lx, top - 0.5, 5, 7, 1);
        cv.fill(latch, kChrome);
        polished(cv, latch, {lx, top}, {lx + 5, top + 7});
    }
    // A label plate and a wrench in front.
    Path plate;
    plate.roundRect(-7, top + h * 0.5 - 1, 14, 5, 1);
    cv.fill(plate, kChrome);
    const double a = deg(r.range(-12, -4));
    cv.save();
    cv.concat(Affine::rotation(a, {w * 0.2, fy - 2}));
    Path wrench;
    wrench.roundRect(w * 0.05, fy - 3.2, w * 0.34, 2.6, 1.3);
    wrench.circle(w * 0.05, fy - 1.9, 3.6);
    wrench.circle(w * 0.05 - 2.2, fy - 1.9, 1.8).hole();
    wrench.circle(w * 0.39, fy - 1.9, 2.8);
    wrench.circle(w * 0.39, fy - 1.9, 1.3).hole();
    dropShadow(cv, wrench);
    cv.fill(wrench, kSteel);
    polished(cv, wrench, {0, fy - 5}, {0, fy + 1});
    cv.restore();
    if (r.chance(0.6)) {
        screwdriver(cv, x0 - 4, fy - 1, 26, deg(r.range(-6, 6)), s.accent);
    }
}

void drawCateringDish(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    // A silver cloche on its platter, and a plate of briouats in front of it.
    const double cx = 9, R = r.range(22, 26);
    floorShadow(s, 2, fy, 44, 3.8);
    Path platter;
    platter.ellipse(cx, fy - 5, R + 8, 6.5);
    cv.fill(platter, kChrome);
    polished(cv, platter, {cx - R, fy - 10}, {cx + R, fy});
    Path platterFront;
    platterFront.moveTo(cx - R - 8, fy - 5)
        .arcTo(cx, fy - 5, R + 8, 6.5, kPi, 0)
        .lineTo(cx + R + 8, fy - 3.8)
        .arcTo(cx, fy - 3.8, R + 8, 6.5, 0, kPi)
        .close();
    cv.fill(platterFront, shade(kChrome, -0.25));
    const double base = fy - 6;
    Path dome;
    dome.moveTo(cx - R, base)
        .cubicTo(cx - R, base - R * 1.05, cx + R, base - R * 1.05, cx + R, base)
        .arcTo(cx, base, R, 3.2, 0, kPi)
        .close();
    cv.fill(dome, kChrome);
    // Mirror-like reflections of the room.
    cv.pushClip(dome);
    cv.fill(dome, Paint::linear({cx - R, 0}, {cx + R, 0},
                                {{0, Rgba{0, 0, 0, 0.35}},
                                 {0.18, Rgba{1, 1, 1, 0.6}},
                                 {0.32, Rgba{0, 0, 0, 0.15}},
                                 {0.55, Rgba{1, 1, 1, 0.25}},
                                 {0.8, Rgba{0, 0, 0, 0.3}},
                                 {1, Rgba{0, 0, 0, 0.5}}}));
    Path horizon;
    horizon.rect(cx - R, base - R * 0.28, 2 * R, R * 0.3);
    cv.fill(horizon, withAlpha(hex(0x8A7050), 0.25));
    cv.popClip();
    Path rim;
    rim.moveTo(cx - R, base).arcTo(cx, base, R, 3.2, kPi, 0);
    cv.stroke(rim, 1.2, shade(kChrome, -0.3));
    Path knob;
    knob.ellipse(cx, base - R * 0.8 - 2.5, 3.6, 2.4);
    knob.roundRect(cx - 1, base - R * 0.8 - 1.5, 2, 2, 0.5);
    cv.fill(knob, kChrome);
    polished(cv, knob, {cx - 4, 0}, {cx + 4, 0});
    // In front, a plate of what the caterer serves: briouats, a pastilla or a couscous.
    const double px = cx - R - 8, py = fy - 2.5;
    Path plate;
    plate.ellipse(px, py, 17, 5.5);
    cv.fill(plate, hex(0xF6F2EA));
    cv.stroke(plate, 0.5, s.accent);
    Path well;
    well.ellipse(px, py - 0.3, 12.5, 3.8);
    cv.fill(well, shade(hex(0xF6F2EA), -0.06));
    const Rgba pastry = s.main.r > 0.6 && s.main.g > 0.4 ? s.main : hex(0xD9A24A);
    const int dish = r.below(3);
    if (dish == 0) {
        for (int i = 0; i < 5; ++i) {
            const double bx = px - 9 + i * 4.5, by = py - 2 - (i % 2) * 2.4;
            Path tri;
            tri.polygon({{bx - 3.6, by + 2}, {bx + 3.6, by + 2}, {bx, by - 3.6}});
            tri.transform(Affine::rotation(r.range(-0.5, 0.5), {bx, by}));
            cv.fill(tri, pastry);
            shadeSphere(cv, tri, bx, by, 3.6, 3.6, 0.45, 0.35);
            Path seeds;
            seeds.circle(bx - 0.8, by, 0.3)
                .circle(bx + 0.9, by + 0.8, 0.3)
                .circle(bx, by - 1.4, 0.3);
            cv.fill(seeds, hex(0xF8EED6));
        }
    } else if (dish == 1) {
        // Pastilla: a golden dome of pastry, sugar and a lattice of cinnamon.
        Path pie;
        pie.moveTo(px - 11, py)
            .cubicTo(px - 10, py - 7, px + 10, py - 7, px + 11, py)
            .arcTo(px, py, 11, 3.2, 0, kPi);
        pie.close();
        cv.fill(pie, pastry);
        cv.pushClip(pie);
        Path lattice;
        for (int i = -4; i <= 4; ++i) {
            lattice.moveTo(px + i * 3 - 6, py + 2).lineTo(px + i * 3 + 6, py - 8);
            lattice.moveTo(px + i * 3 + 6, py + 2).lineTo(px + i * 3 - 6, py - 8);
        }
        cv.stroke(lattice, 0.6, hex(0x7A4A22, 0.8));
        cv.popClip();
        shadeSphere(cv, pie, px, py - 3, 11, 5, 0.4, 0.3);
    } else {
        // Couscous: a mound of grain crowned with vegetables.
        Path mound;
        mound.moveTo(px - 12, py)
            .cubicTo(px - 8, py - 10, px + 8, py - 10, px + 12, py)
            .arcTo(px, py, 12, 3.4, 0, kPi);
        mound.close();
        cv.fill(mound, hex(0xE9C97A));
        shadeSphere(cv, mound, px, py - 4, 12, 6, 0.3, 0.25);
        for (int i = 0; i < 5; ++i) {
            const double a = -kPi / 2 + (i - 2) * 0.45;
            Path carrot;
            carrot.moveTo(px, py - 7).lineTo(px + 9 * dcos(a), py - 7 + 5 * dsin(a) + 4);
            cv.stroke(carrot, 1.3, i % 2 ? hex(0xE06D2B) : hex(0x4C7A3A));
        }
        Path peas;
        peas.circle(px - 4, py - 1.5, 0.9)
            .circle(px + 3.5, py - 1, 0.9)
            .circle(px + 6, py - 2.5, 0.9);
        cv.fill(peas, hex(0xE3C27A));
        shadeSphere(cv, peas, px, py - 2, 7, 2, 0.4, 0.3);
    }
}

} // namespace fairgen
