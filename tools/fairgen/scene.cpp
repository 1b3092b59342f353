#include "scene.h"

#include "motifs.h"

#include <algorithm>
#include <array>

namespace fairgen {

namespace {

constexpr std::array<uint32_t, 16> kPalette = {
    0xC0643B, // terracotta
    0x2B50AA, // majorelle blue
    0xE8A317, // saffron
    0x3E9E7E, // mint
    0xA61E22, // Fès red
    0xF1E6CF, // cream
    0x2A2622, // charcoal
    0x1E8C9A, // turquoise
    0x7A7F2A, // olive
    0x7B4A2A, // henna
    0xD98A9B, // rose
    0xC9A227, // gold
    0x2E2F6E, // indigo
    0xFAF7F0, // white
    0xE06D2B, // orange
    0x1F7A4C, // emerald
};

struct Box {
    double x0, y0, x1, y1;
};

struct Entry {
    std::string_view name;
    MotifFn draw;
    // Flat things are photographed from above, on the floor, with no horizon behind them.
    bool fromAbove;
    // Where the drawing lies, in design units, to frame it: zoom and centre come from this.
    Box box;
    // Long flat things are laid along the picture's long side.
    bool turnsInPortrait = false;
};

constexpr std::array<Entry, 42> kMotifs = {{
    {"vase", drawVase, false, {-28, -32, 28, 35}},
    {"tagine", drawTagine, false, {-34, -24, 34, 35}},
    {"plate", drawPlate, true, {-38, -38, 40, 41}},
    {"bowl", drawBowl, false, {-34, -8, 34, 35}},
    {"zellige-tile", drawZelligeTile, true, {-36, -36, 37, 38}},
    {"zellige-table", drawZelligeTable, false, {-36, -25, 36, 36}},
    {"rug", drawRug, true, {-49, -29, 49, 30}, true},
    {"cushion", drawCushion, false, {-32, -32, 32, 35}},
    {"babouches", drawBabouches, false, {-28, -30, 28, 34}},
    {"leather-bag", drawLeatherBag, false, {-31, -27, 31, 35}},
    {"belt", drawBelt, true, {-44, -14, 46, 12}, true},
    {"pouf", drawPouf, false, {-38, -26, 38, 35}},
    {"necklace", drawNecklace, true, {-34, -34, 34, 36}},
    {"bracelet", drawBracelet, false, {-30, -10, 46, 35}},
    {"earrings", drawEarrings, true, {-30, -36, 30, 17}},
    {"basket", drawBasket, false, {-31, -28, 31, 35}},
    {"straw-hat", drawStrawHat, false, {-43, -12, 43, 35}},
    {"embroidered-cloth", drawEmbroideredCloth, true, {-36, -36, 37, 38}},
    {"caftan", drawCaftan, false, {-31, -48, 31, 36}},
    {"wooden-box", drawWoodenBox, false, {-35, -5, 36, 35}},
    {"lantern", drawLantern, false, {-22, -39, 22, 34}},
    {"teapot", drawTeapot, false, {-30, -12, 46, 35}},
    {"oil-bottle", drawOilBottle, false, {-18, -31, 34, 35}},
    {"honey-jar", drawHoneyJar, false, {-25, -14, 40, 35}},
    {"saffron-box", drawSaffronBox, false, {-25, 0, 38, 35}},
    {"amlou-jar", drawAmlouJar, false, {-32, -6, 34, 35}},
    {"dates", drawDates, false, {-34, 2, 44, 35}},
    {"couscous-bag", drawCouscousBag, false, {-31, -20, 42, 35}},
    {"herbs", drawHerbs, false, {-30, -30, 30, 35}},
    {"soap", drawSoap, false, {-26, -13, 31, 35}},
    {"cosmetic-jar", drawCosmeticJar, false, {-28, -14, 22, 35}},
    {"cookies", drawCookies, false, {-38, 10, 38, 40}},
    {"spices", drawSpices, false, {-37, -23, 37, 35}},
    {"scissors", drawScissors, true, {-40, -22, 40, 22}},
    {"sewing-machine", drawSewingMachine, false, {-38, -22, 38, 35}},
    {"hair-dryer", drawHairDryer, false, {-34, -26, 34, 35}},
    {"smartphone", drawSmartphone, false, {-30, -36, 30, 35}},
    {"toolbox", drawToolbox, false, {-36, -18, 36, 35}},
    {"catering-dish", drawCateringDish, false, {-38, -18, 38, 35}},
    {"blender", drawBlender, false, {-23, -39, 23, 35}},
    {"iron", drawIron, false, {-37, -14, 47, 35}},
    {"fan", drawFan, false, {-26, -33, 26, 35}},
}};

constexpr std::array<std::string_view, kMotifs.size()> kNames = [] {
    std::array<std::string_view, kMotifs.size()> names{};
    for (size_t i = 0; i < kMotifs.size(); ++i) {
        names[i] = kMotifs[i].name;
    }
    return names;
}();

double colourDistance(Rgba a, Rgba b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

Rgba pickAccent(Rng& rng, Rgba avoid1, Rgba avoid2) {
    Rgba best = hex(kPalette[0]);
    double bestScore = -1;
    // A few draws, keeping the one furthest from the colours already used.
    for (int i = 0; i < 4; ++i) {
        const Rgba c = hex(kPalette[rng.below(static_cast<int>(kPalette.size()))]);
        const double score = std::min(colourDistance(c, avoid1), colourDistance(c, avoid2));
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

uint32_t hash2(uint32_t x, uint32_t y) {
    uint32_t h = x * 0x8DA6B343u ^ y * 0xD8163841u;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h;
}

// The studio: a wall sweeping into the floor, warm light from the upper left, a soft vignette.
// `horizon` is where the wall meets the floor, in units below the picture's centre.
void drawBackdrop(Canvas& cv, Rng& rng, double unit, double tilt, double horizon, bool fromAbove,
                  Rgba main) {
    struct Sweep {
        uint32_t wall;
        uint32_t floor;
    };
    constexpr std::array<Sweep, 6> kSweeps = {{
        {0xF4EDE1, 0xE3D3B8},
        {0xF2E8DA, 0xDCC7A6},
        {0xF6F1E9, 0xE8DCCB},
        {0xEFE3D3, 0xD9C09E},
        {0xF3EBE3, 0xE6D0C2},
        {0xF1EBDD, 0xDDD2BC},
    }};
    const Sweep sw = kSweeps[rng.below(static_cast<int>(kSweeps.size()))];
    Rgba wallC = hex(sw.wall), floorC = hex(sw.floor);
    // A pale product would vanish on a pale wall: deepen the backdrop behind it.
    if (luminance(main) > 0.78) {
        wallC = shade(mix(wallC, floorC, 0.6), -0.06);
        floorC = shade(floorC, -0.12);
    }
    const double soft = 9 + rng.range(0, 6);
    const double lightX0 = rng.range(-30, -5), lightY0 = rng.range(-35, -15);

    const int w = cv.width(), h = cv.height();
    const double cs = dcos(-tilt), sn = dsin(-tilt);
    const double halfW = w / 2.0 / unit, halfH = h / 2.0 / unit;
    // Per pixel this is the hottest loop of a photo: what depends on the column or the row alone
    // is computed once, and the rest in float.
    std::vector<float> lightX(static_cast<size_t>(w)), vignX(static_cast<size_t>(w));
    for (int x = 0; x < w; ++x) {
        const double dx = (x + 0.5 - w / 2.0) / unit;
        const double lx = (dx - lightX0) / (2.2 * halfW), vx = dx / halfW;
        lightX[static_cast<size_t>(x)] = static_cast<float>(0.22 * lx * lx);
        vignX[static_cast<size_t>(x)] = static_cast<float>(0.07 * vx * vx);
    }
    const float wall[3] = {static_cast<float>(wallC.r), static_cast<float>(wallC.g),
                           static_cast<float>(wallC.b)};
    const float floor[3] = {static_cast<float>(floorC.r), static_cast<float>(floorC.g),
                            static_cast<float>(floorC.b)};
    const float vStep = static_cast<float>(sn / unit);
    std::vector<uint8_t>& px = cv.pixels();
    for (int y = 0; y < h; ++y) {
        const double dy = (y + 0.5 - h / 2.0) / unit;
        const double ly = (dy - lightY0) / (2.2 * halfH), vy = dy / halfH;
        const float lightRow = static_cast<float>(0.10 - 0.22 * ly * ly);
        const float vignRow = static_cast<float>(0.07 * vy * vy);
        // v, the height in the tilted scene, grows by a constant step along the row.
        const float v0 = static_cast<float>(sn * ((0.5 - w / 2.0) / unit) + cs * dy);
        uint8_t* row = &px[static_cast<size_t>(y) * w * 3];
        for (int x = 0; x < w; ++x) {
            const float v = v0 + vStep * static_cast<float>(x);
            float t;
            float lift = 0;
            if (fromAbove) {
                t = 0.55f + 0.25f * (v / static_cast<float>(halfH));
            } else {
                t = (v - static_cast<float>(horizon - soft)) / static_cast<float>(2 * soft);
                t = t < 0 ? 0 : (t > 1 ? 1 : t);
                t = t * t * (3 - 2 * t);
                lift = -(v + 10) / 50;
                lift = 0.12f * (lift < 0 ? 0 : (lift > 1 ? 1 : lift));
            }
            const float light = lightRow - lightX[static_cast<size_t>(x)];
            const float keep = 1 - vignRow - vignX[static_cast<size_t>(x)];
            const float noise =
                static_cast<float>(hash2(static_cast<uint32_t>(x), static_cast<uint32_t>(y)) >> 8) *
                    (1.0f / 16777216.0f) -
                0.5f;
            for (int k = 0; k < 3; ++k) {
                float c = wall[k] + (floor[k] - wall[k]) * t;
                c += (1 - c) * lift;
                c = light >= 0 ? c + (1 - c) * light : c * (1 + light);
                c *= keep;
                const float out = c * 255 + noise + 0.5f;
                row[x * 3 + k] = static_cast<uint8_t>(out < 0 ? 0 : (out > 255 ? 255 : out));
            }
        }
    }
}

void appendSmooth(Path& path, const std::vector<Vec>& pts, bool move) {
    const size_t n = pts.size();
    if (n == 0) {
        return;
    }
    if (move) {
        path.moveTo(pts[0].x, pts[0].y);
    } else {
        path.lineTo(pts[0].x, pts[0].y);
    }
    for (size_t i = 0; i + 1 < n; ++i) {
        const Vec p0 = pts[i == 0 ? 0 : i - 1], p1 = pts[i], p2 = pts[i + 1];
        const Vec p3 = pts[i + 2 < n ? i + 2 : n - 1];
        const Vec c1 = p1 + (p2 - p0) * (1.0 / 6), c2 = p2 - (p3 - p1) * (1.0 / 6);
        path.cubicTo(c1.x, c1.y, c2.x, c2.y, p2.x, p2.y);
    }
}

} // namespace

std::span<const std::string_view> motifNames() {
    return kNames;
}

bool isMotif(std::string_view name) {
    return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

Image renderProduct(std::string_view motif, uint64_t seed, int width, int height, Rgba main) {
    const auto* entry = std::find_if(kMotifs.begin(), kMotifs.end(),
                                     [&](const Entry& e) { return e.name == motif; });
    if (entry == kMotifs.end()) {
        return {};
    }
    // Mix the motif into the seed so that seed 1 of a vase and seed 1 of a rug vary apart.
    uint64_t mixed = seed * 0x9E3779B97F4A7C15ull;
    for (char ch : motif) {
        mixed = (mixed ^ static_cast<unsigned char>(ch)) * 0x100000001B3ull;
    }
    Rng rng(mixed);
    Canvas cv(width, height);
    const double unit = std::min(width, height) / 100.0;
    const bool portrait = height > width;
    Box box = entry->box;
    if (portrait && entry->turnsInPortrait) {
        // Turned a quarter clockwise: (x, y) becomes (-y, x).
        box = {-box.y1, box.x0, -box.y0, box.x1};
    }
    // Fill most of the frame, whatever the product's proportions.
    const double wu = width / unit, hu = height / unit;
    const double zoom =
        std::min({0.8 * wu / (box.x1 - box.x0), 0.78 * hu / (box.y1 - box.y0), 1.7}) *
        rng.range(0.95, 1.03);
    const double focusX = (box.x0 + box.x1) / 2, focusY = (box.y0 + box.y1) / 2;
    const double tilt = deg(rng.range(-2.5, 2.5));
    const double floorBelowCentre = (32 - focusY) * zoom;
    drawBackdrop(cv, rng, unit, tilt, floorBelowCentre - 10 * zoom + rng.range(-3, 3),
                 entry->fromAbove, main);

    const Rgba accent = pickAccent(rng, main, main);
    const Rgba accent2 = pickAccent(rng, main, accent);
    Scene scene{cv, rng, main, accent, accent2};
    scene.portrait = portrait;
    // Random draws are never two arguments of one call: the order in which a compiler evaluates
    // arguments is unspecified, and the pictures must not depend on it.
    const double jitterX = rng.range(-2, 2);
    const double jitterY = rng.range(-1.5, 1.5);
    cv.setTransform(Affine::translation(width / 2.0, height / 2.0)
                        .after(Affine::scaling(unit * zoom, unit * zoom))
                        .after(Affine::rotation(tilt))
                        .after(Affine::translation(jitterX - focusX, jitterY - focusY)));
    entry->draw(scene);
    return Image{width, height, std::move(cv.pixels())};
}

// ---- helpers ----

Path smoothOpen(const std::vector<Vec>& pts) {
    Path path;
    appendSmooth(path, pts, true);
    return path;
}

Path lathe(double cx, const std::vector<Vec>& profile) {
    std::vector<Vec> right, left;
    for (const Vec& p : profile) {
        right.push_back({cx + p.x, p.y});
    }
    for (auto it = profile.rbegin(); it != profile.rend(); ++it) {
        left.push_back({cx - it->x, it->y});
    }
    Path path;
    appendSmooth(path, right, true);
    appendSmooth(path, left, false);
    return path.close();
}

void floorShadow(Scene& s, double cx, double cy, double rx, double ry, double strength) {
    Path p;
    p.ellipse(cx, cy, rx, ry);
    const Rgba dark = hex(0x4A3525);
    s.cv.fill(p, Paint::radial({cx, cy}, rx, ry,
                               {{0, withAlpha(dark, strength)},
                                {0.45, withAlpha(dark, strength * 0.6)},
                                {1, withAlpha(dark, 0)}}));
}

namespace {

Path everything() {
    Path p;
    p.rect(-1000, -1000, 2000, 2000);
    return p;
}

} // namespace

void shadeCylinder(Canvas& cv, const Path& shape, double x0, double x1, double light, double dark) {
    cv.pushClip(shape);
    cv.fill(everything(), Paint::linear({x0, 0}, {x1, 0},
                                        {{0, Rgba{0, 0, 0, dark * 0.4}},
                                         {0.2, Rgba{1, 1, 1, light}},
                                         {0.42, Rgba{1, 1, 1, 0}},
                                         {0.62, Rgba{0, 0, 0, 0}},
                                         {1, Rgba{0, 0, 0, dark}}}));
    cv.popClip();
}

void shadeSphere(Canvas& cv, const Path& shape, double cx, double cy, double rx, double ry,
                 double light, double dark) {
    cv.pushClip(shape);
    cv.fill(everything(), Paint::radial({cx - rx * 0.35, cy - ry * 0.4}, rx * 1.45, ry * 1.45,
                                        {{0, Rgba{1, 1, 1, light}},
                                         {0.45, Rgba{1, 1, 1, 0}},
                                         {0.7, Rgba{0, 0, 0, 0}},
                                         {1, Rgba{0, 0, 0, dark}}}));
    cv.popClip();
}

void shadeVertical(Canvas& cv, const Path& shape, double y0, double y1, double light, double dark) {
    cv.pushClip(shape);
    cv.fill(everything(), Paint::linear({0, y0}, {0, y1},
                                        {{0, Rgba{1, 1, 1, light}},
                                         {0.5, Rgba{1, 1, 1, 0}},
                                         {0.5, Rgba{0, 0, 0, 0}},
                                         {1, Rgba{0, 0, 0, dark}}}));
    cv.popClip();
}

void glint(Canvas& cv, double x, double y, double w, double h, double alpha) {
    Path p;
    p.roundRect(x, y, w, h, std::min(w, h) / 2);
    cv.fill(p, Paint::linear({x, y}, {x, y + h},
                             {{0, Rgba{1, 1, 1, alpha}}, {1, Rgba{1, 1, 1, alpha * 0.1}}}));
}

void zigzagBand(Canvas& cv, double x0, double x1, double y0, double y1, int teeth,
                const Paint& paint, double width) {
    Path p;
    const double step = (x1 - x0) / (2 * teeth);
    for (int i = 0; i <= 2 * teeth; ++i) {
        p.lineTo(x0 + step * i, i % 2 == 0 ? y1 : y0);
    }
    cv.stroke(p, width, paint);
}

void triangleBand(Canvas& cv, double x0, double x1, double y0, double y1, int count,
                  const Paint& paint, bool down) {
    Path p;
    const double step = (x1 - x0) / count;
    for (int i = 0; i < count; ++i) {
        const double a = x0 + step * i;
        if (down) {
            p.polygon({{a, y0}, {a + step, y0}, {a + step / 2, y1}});
        } else {
            p.polygon({{a, y1}, {a + step / 2, y0}, {a + step, y1}});
        }
    }
    cv.fill(p, paint);
}

void diamondBand(Canvas& cv, double x0, double x1, double y0, double y1, int count,
                 const Paint& paint) {
    Path p;
    const double step = (x1 - x0) / count, ym = (y0 + y1) / 2;
    for (int i = 0; i < count; ++i) {
        const double a = x0 + step * i;
        p.polygon({{a, ym}, {a + step / 2, y0}, {a + step, ym}, {a + step / 2, y1}});
    }
    cv.fill(p, paint);
}

void dotBand(Canvas& cv, double x0, double x1, double y, double r, int count, const Paint& paint) {
    Path p;
    const double step = count > 1 ? (x1 - x0) / (count - 1) : 0;
    for (int i = 0; i < count; ++i) {
        p.circle(x0 + step * i, y, r);
    }
    cv.fill(p, paint);
}

} // namespace fairgen
