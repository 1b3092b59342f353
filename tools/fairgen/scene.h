// What the motif drawings share: the scene they draw into and small drawing helpers.
// Drawings work in design units: 100 units across the picture's short side, origin at its
// centre, y downwards; a product stands on the floor at about y = 32 and spans about 70 units.
// The registry in scene.cpp then frames each drawing from its bounding box.
#pragma once

#include "det_math.h"
#include "raster.h"

#include <vector>

namespace fairgen {

struct Scene {
    Canvas& cv;
    Rng& rng;
    Rgba main;
    // Two companion colours from a Moroccan palette, chosen to stand apart from `main`.
    Rgba accent;
    Rgba accent2;
    double floorY = 32;
    bool portrait = false;
};

using MotifFn = void (*)(Scene&);

// An open smooth (Catmull-Rom) curve through `pts`.
Path smoothOpen(const std::vector<Vec>& pts);
// A body of revolution seen from the side: `profile` holds (half-width, y) from top to bottom;
// the outline is smooth along the sides and straight across the top and bottom.
Path lathe(double cx, const std::vector<Vec>& profile);

// A soft contact shadow on the floor.
void floorShadow(Scene& s, double cx, double cy, double rx, double ry, double strength = 0.45);
// Light from the upper left: a highlight band and a shadowed right side across x0..x1,
// clipped to `shape`.
void shadeCylinder(Canvas& cv, const Path& shape, double x0, double x1, double light = 0.35,
                   double dark = 0.35);
// Round light: brighter towards (cx - r/3, cy - r/3), darker at the rim.
void shadeSphere(Canvas& cv, const Path& shape, double cx, double cy, double rx, double ry,
                 double light = 0.35, double dark = 0.35);
// Light from above: `light` alpha of white at y0 fading out, `dark` alpha of black towards y1,
// clipped to `shape`.
void shadeVertical(Canvas& cv, const Path& shape, double y0, double y1, double light, double dark);
// A small glossy reflection streak.
void glint(Canvas& cv, double x, double y, double w, double h, double alpha = 0.55);

// Repeated ornaments across a band x0..x1, y0..y1.
void zigzagBand(Canvas& cv, double x0, double x1, double y0, double y1, int teeth,
                const Paint& paint, double width);
void triangleBand(Canvas& cv, double x0, double x1, double y0, double y1, int count,
                  const Paint& paint, bool down = false);
void diamondBand(Canvas& cv, double x0, double x1, double y0, double y1, int count,
                 const Paint& paint);
void dotBand(Canvas& cv, double x0, double x1, double y, double r, int count, const Paint& paint);

// The motif functions, one per file group.
void drawVase(Scene&);
void drawTagine(Scene&);
void drawPlate(Scene&);
void drawBowl(Scene&);
void drawZelligeTile(Scene&);
void drawZelligeTable(Scene&);
void drawRug(Scene&);
void drawCushion(Scene&);
void drawEmbroideredCloth(Scene&);
void drawCaftan(Scene&);
void drawBabouches(Scene&);
void drawLeatherBag(Scene&);
void drawBelt(Scene&);
void drawPouf(Scene&);
void drawNecklace(Scene&);
void drawBracelet(Scene&);
void drawEarrings(Scene&);
void drawBasket(Scene&);
void drawStrawHat(Scene&);
void drawWoodenBox(Scene&);
void drawLantern(Scene&);
void drawTeapot(Scene&);
void drawOilBottle(Scene&);
void drawHoneyJar(Scene&);
void drawSaffronBox(Scene&);
void drawAmlouJar(Scene&);
void drawDates(Scene&);
void drawCouscousBag(Scene&);
void drawHerbs(Scene&);
void drawSoap(Scene&);
void drawCosmeticJar(Scene&);
void drawCookies(Scene&);
void drawSpices(Scene&);
void drawScissors(Scene&);
void drawSewingMachine(Scene&);
void drawHairDryer(Scene&);
void drawSmartphone(Scene&);
void drawToolbox(Scene&);
void drawBlender(Scene&);
void drawIron(Scene&);
void drawFan(Scene&);
void drawCateringDish(Scene&);

} // namespace fairgen
