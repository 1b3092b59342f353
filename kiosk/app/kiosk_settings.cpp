#include "app/kiosk_settings.h"

#include <SDL.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vitrine::kiosk {

fs::path kiosk_settings_file(const fs::path& data_dir) {
    return data_dir / "kiosk-settings.json";
}

void apply_kiosk_settings(AppOptions& options) {
    fs::path file = kiosk_settings_file(options.data_dir);
    std::ifstream in(file);
    if (!in)
        return;
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    try {
        if (!doc.is_object())
            throw std::runtime_error("not a JSON object");
        options.kiosk_id = doc.value("kiosk_id", options.kiosk_id);
        options.idle_timeout_s = doc.value("idle_timeout_s", options.idle_timeout_s);
        if (auto lang = lang_from_code(doc.value("default_language", std::string())))
            options.default_lang = *lang;
    } catch (const std::exception& e) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s ignored: %s", file.c_str(), e.what());
    }
}

void save_kiosk_settings(const AppOptions& options) {
    fs::path file = kiosk_settings_file(options.data_dir);
    nlohmann::json doc = {{"kiosk_id", options.kiosk_id},
                          {"default_language", std::string(lang_code(options.default_lang))},
                          {"idle_timeout_s", options.idle_timeout_s}};
    fs::path tmp = file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << doc.dump(2) << "\n";
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write " + tmp.string());
    }
    std::error_code ec;
    fs::rename(tmp, file, ec);
    if (ec)
        throw std::runtime_error("cannot write " + file.string() + ": " + ec.message());
}

} // namespace vitrine::kiosk
