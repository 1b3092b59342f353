// Small household appliances a repairer brings back to life: blender, iron, electric fan.
// Each repair service of the sample fair shows the thing it repairs, not the same toolbox.
#include "scene.h"

namespace fairgen {

namespace {

const Rgba kChrome = hex(0xD9DDE2);
const Rgba kDarkPlastic = hex(0x2A2622);

} // namespace

void drawBlender(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    floorShadow(s, 0, fy, 26, 3.2);
    // Motor base: a rounded block with a dial.
    const double baseTop = fy - 20;
    Path base;
    base.moveTo(-17, fy).lineTo(-14, baseTop).lineTo(14, baseTop).lineTo(17, fy).close();
    cv.fill(base, s.main);
    shadeCylinder(cv, base, -17, 17, 0.3, 0.4);
    Path dial;
    dial.circle(0, fy - 10, 4.6);
    cv.fill(dial, kChrome);
    Path dialMark;
    dialMark.rect(-0.5, fy - 14.2, 1, 3.4);
    dialMark.transform(Affine::rotation(deg(r.range(-50, 50)), {0, fy - 10}));
    cv.fill(dialMark, kDarkPlastic);
    // The jug: clear glass, wider at the top, with the blades showing through.
    const double jugTop = baseTop - 42;
    Path collar;
    collar.roundRect(-11, baseTop - 5, 22, 5, 1.2);
    cv.fill(collar, kDarkPlastic);
    Path jug;
    jug.moveTo(-9.5, baseTop - 5)
        .lineTo(-14, jugTop)
        .lineTo(14, jugTop)
        .lineTo(9.5, baseTop - 5)
        .close();
    cv.fill(jug, Rgba{0.86, 0.92, 0.95, 0.45});
    cv.pushClip(jug);
    if (r.chance(0.6)) {
        // A smoothie half way up.
        Path drink;
        drink.rect(-15, baseTop - 5 - r.range(14, 22), 30, 30);
        cv.fill(drink, withAlpha(s.accent, 0.75));
    }
    Path blades;
    blades.polygon({{-7, baseTop - 8}, {0, baseTop - 10}, {7, baseTop - 8}, {0, baseTop - 7}});
    cv.fill(blades, kChrome);
    cv.popClip();
    cv.stroke(jug, 0.7, Rgba{0.35, 0.4, 0.45, 0.7});
    glint(cv, -11, jugTop + 4, 2.2, 30, 0.5);
    // Handle on the right, lid on top.
    Path handle;
    handle.moveTo(11, jugTop + 6)
        .quadTo(22, jugTop + 8, 19, baseTop - 14)
        .lineTo(10.5, baseTop - 12);
    cv.stroke(handle, 3, kDarkPlastic);
    Path lid;
    lid.roundRect(-15, jugTop - 4, 30, 4.5, 1.5).roundRect(-4, jugTop - 8, 8, 4.5, 1.2);
    cv.fill(lid, kDarkPlastic);
}

void drawIron(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    floorShadow(s, 0, fy, 36, 3.4);
    // Soleplate: pointed at the front (left), square at the back.
    const double plateTop = fy - 5;
    Path plate;
    plate.moveTo(-36, fy - 1)
        .quadTo(-24, plateTop - 1, 0, plateTop)
        .lineTo(30, plateTop)
        .lineTo(30, fy - 1)
        .close();
    cv.fill(plate, kChrome);
    shadeVertical(cv, plate, plateTop, fy, 0.4, 0.3);
    // Body: a water tank swelling over the plate.
    const double bodyTop = plateTop - 16;
    Path body;
    body.moveTo(-33, plateTop)
        .cubicTo(-22, bodyTop + 2, 6, bodyTop, 30, bodyTop + 3)
        .lineTo(30, plateTop)
        .close();
    cv.fill(body, s.main);
    shadeVertical(cv, body, bodyTop, plateTop, 0.35, 0.35);
    Path water;
    water.moveTo(-20, plateTop - 3)
        .cubicTo(-12, bodyTop + 6, 6, bodyTop + 5, 18, bodyTop + 7)
        .lineTo(18, plateTop - 3)
        .close();
    cv.fill(water, Rgba{0.75, 0.88, 0.96, 0.45});
    // Handle arching from the back over the body.
    Path handle;
    handle.moveTo(28, bodyTop + 3)
        .cubicTo(28, bodyTop - 14, -8, bodyTop - 16, -14, bodyTop - 8)
        .lineTo(-10, bodyTop + 2);
    cv.stroke(handle, 4.2, shade(s.main, -0.2));
    Path dial;
    dial.circle(4, bodyTop + 7, 3.2);
    cv.fill(dial, s.accent);
    glint(cv, -16, bodyTop + 4, 24, 1.4, 0.5);
    // The cord leaves from the back.
    Path cord = smoothOpen({{30, plateTop - 6}, {38, plateTop - 2}, {40, fy - 0.5}, {46, fy}});
    cv.stroke(cord, 1.3, kDarkPlastic);
    if (r.chance(0.5)) {
        // Steam rising from the plate.
        for (double x : {-18.0, -8.0, 2.0}) {
            Path puff = smoothOpen({{x, plateTop - 2}, {x - 2, bodyTop}, {x + 1, bodyTop - 8}});
            cv.stroke(puff, 1.2, Rgba{1, 1, 1, 0.5});
        }
    }
}

void drawFan(Scene& s) {
    Canvas& cv = s.cv;
    Rng& r = s.rng;
    const double fy = s.floorY;
    floorShadow(s, 0, fy, 22, 3);
    // Round base and a pole up to the head.
    Path base;
    base.ellipse(0, fy - 2.5, 18, 4.5);
    cv.fill(base, shade(s.main, -0.15));
    const double cy = fy - 42, R = r.range(22, 25);
    Path pole;
    pole.roundRect(-2.2, cy + 6, 4.4, fy - 4 - cy - 6, 1.5);
    cv.fill(pole, kChrome);
    shadeCylinder(cv, pole, -2.2, 2.2, 0.4, 0.4);
    // Blades behind the grille.
    const double spin = deg(r.range(0, 120));
    for (int k = 0; k < 3; ++k) {
        Path blade;
        blade.ellipse(0, cy - R * 0.48, R * 0.3, R * 0.46);
        blade.transform(Affine::rotation(spin + deg(120.0 * k), {0, cy}));
        cv.fill(blade, withAlpha(s.accent, 0.9));
    }
    Path hub;
    hub.circle(0, cy, 4.5);
    cv.fill(hub, s.main);
    // The grille: a ring and spokes.
    Path ring;
    ring.circle(0, cy, R);
    cv.stroke(ring, 1.6, kChrome);
    Path rings;
    for (double k : {0.45, 0.75})
        rings.circle(0, cy, R * k);
    for (int k = 0; k < 12; ++k) {
        const double a = deg(30.0 * k);
        rings.moveTo(dcos(a) * 4.5, cy + dsin(a) * 4.5).lineTo(dcos(a) * R, cy + dsin(a) * R);
    }
    cv.stroke(rings, 0.5, withAlpha(kChrome, 0.9));
    // Motor housing behind the head, and the speed buttons on the base.
    Path motor;
    motor.roundRect(-6, cy + R - 2, 12, 7, 3);
    cv.fill(motor, s.main);
    Path buttons;
    for (int k = 0; k < 3; ++k)
        buttons.roundRect(-8 + 6 * k, fy - 5.5, 4, 2.2, 0.8);
    cv.fill(buttons, kChrome);
}

} // namespace fairgen
