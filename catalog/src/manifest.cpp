// manifest.json: the pack's format, version and date, the fair's own texts, and the sealed
// fingerprints of every file.
#include "pack_reading.h"
#include "vitrine/catalog/lang.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_values.h"

namespace vitrine {

std::optional<Manifest> parse_manifest(std::string_view text, Diagnostics& diags) {
    const std::string file = kManifestFile;
    auto parsed = parse_json(text, file, diags);
    if (!parsed)
        return std::nullopt;
    nlohmann::json doc = std::move(*parsed);
    if (!doc.is_object()) {
        diags.error(file, 1, "must be a JSON object { ... }");
        return std::nullopt;
    }
    Manifest m;
    bool ok = true;
    auto line_of = [&](const char* key) { return json_line(text, key); };
    if (!doc.contains("format") || !doc["format"].is_number_integer() ||
        doc["format"].get<int>() != kPackFormat) {
        diags.error(file, line_of("format"), "\"format\" must be 1",
                    "this Vitrine reads packs of format 1");
        ok = false;
    }
    if (doc.contains("version") && doc["version"].is_number_integer() &&
        doc["version"].get<int64_t>() >= 1) {
        m.stamp.version = doc["version"].get<int64_t>();
    } else {
        diags.error(file, line_of("version"), "\"version\" must be a whole number, 1 or more",
                    "raise it by one with each new pack");
        ok = false;
    }
    m.stamp.created = json_string(doc, "created");
    if (!is_iso_timestamp(m.stamp.created)) {
        diags.error(file, line_of("created"),
                    "\"created\" must be a date and time like 2025-03-18T09:00:00Z",
                    "'vitrine-pack seal' writes it for you");
        ok = false;
    }
    std::string lang = json_string(doc, "default_language", "fr");
    if (auto l = lang_from_code(lang))
        m.fair.default_lang = *l;
    else
        diags.error(file, line_of("default_language"), "unknown default_language \"" + lang + "\"",
                    "fr, ar, en or zgh");

    auto fair = doc.find("fair");
    if (fair == doc.end() || !fair->is_object()) {
        diags.error(file, 0, "missing \"fair\" object", "see docs/pack-format.md");
        return std::nullopt;
    }
    auto text_of = [&](const char* key, bool required) {
        Text t = fair->contains(key) ? json_text((*fair)[key]) : Text{};
        if (required && t.exact(Lang::fr).empty()) {
            diags.error(file, line_of(key),
                        std::string("fair.") + key + " needs at least French text (\"fr\")");
            ok = false;
        } else if (!t.exact(Lang::fr).empty()) {
            for (Lang l : {Lang::ar, Lang::en})
                if (t.exact(l).empty())
                    diags.warning(file, line_of(key),
                                  std::string("missing ") + kLangNames[static_cast<size_t>(l)] +
                                      " translation of fair." + key,
                                  std::string("add \"") + std::string(lang_code(l)) + "\"");
        }
        return t;
    };
    m.fair.name = text_of("name", true);
    m.fair.venue = text_of("venue", true);
    m.fair.city = text_of("city", false);
    m.fair.hours = text_of("hours", false);
    m.fair.organiser = text_of("organiser", false);
    m.fair.about = text_of("about", false);
    m.fair.start_date = json_string(*fair, "start");
    m.fair.end_date = json_string(*fair, "end");
    for (auto [key, value] : {std::pair{"start", &m.fair.start_date}, {"end", &m.fair.end_date}}) {
        if (!is_iso_date(*value)) {
            diags.error(file, line_of(key),
                        std::string("fair.") + key + " must be a date like 2025-03-18");
            ok = false;
        }
    }
    if (ok && m.fair.end_date < m.fair.start_date)
        diags.error(file, line_of("end"), "the fair ends before it starts");

    if (auto files = doc.find("files"); files != doc.end()) {
        if (!files->is_object()) {
            diags.error(file, line_of("files"), "\"files\" must be an object",
                        "let 'vitrine-pack seal' write it");
        } else {
            for (auto& [path, hash] : files->items()) {
                if (hash.is_string() && hash.get<std::string>().size() == 64)
                    m.files[path] = hash.get<std::string>();
                else
                    diags.error(file, json_line(text, path),
                                "the fingerprint of \"" + path + "\" is not a SHA-256",
                                "let 'vitrine-pack seal' write it");
            }
        }
    }
    if (!ok)
        return std::nullopt;
    return m;
}

} // namespace vitrine
