// Word lists and text pieces for synthetic packs, in French, Arabic and English.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace fairgen {

struct Tri {
    std::string_view fr;
    std::string_view ar;
    std::string_view en;
};

enum class Unit : uint8_t { Piece, Mass, Volume, Service };

struct ProductType {
    Tri name;
    std::string_view motif;
    Tri material;
    std::string_view labels; // candidates, `|`-separated
    int priceLow;
    int priceHigh;
    Unit unit;
    uint32_t colours[3]; // main colours for its photos
};

struct SubSector {
    std::string_view id;
    uint32_t colour;
    Tri name;
    Tri activity; // what its exhibitors do, as a noun phrase
    std::span<const ProductType> types;
};

struct Sector {
    std::string_view id;
    uint32_t colour;
    Tri name;
    Tri zone;      // the hall area where its stands are
    Tri madeBy;    // "Fait par" ... before an exhibitor's name in product descriptions
    Tri tradeWord; // in company names: "Déco", "Saveurs", "Services"
    double share;  // of the exhibitors
    std::span<const SubSector> subsectors;
    std::span<const Tri> productSentences;
};

struct Place {
    Tri city;
    Tri region;
};

std::span<const Sector> sectors();
std::span<const Place> places();
std::span<const Tri> firstNames();
std::span<const Tri> familyNames();
// Words that name cooperatives and companies: Amazigh and Arabic words, places.
std::span<const Tri> brandWords();
std::span<const Tri> craftQualifiers();
std::span<const Tri> serviceQualifiers();
std::span<const Tri> massQualifiers();
std::span<const Tri> volumeQualifiers();
std::span<const std::string_view> associations();

} // namespace fairgen
