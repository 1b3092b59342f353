// What the admin screen does, done by the app: the store, the updater and the settings file are
// the app's, so the screen only asks (screens/admin.h).

#include "app/app.h"
#include "app/kiosk_settings.h"
#include "screens/admin.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pin.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace vitrine::kiosk {
namespace {

constexpr size_t kUpdatesShown = 8;

std::string read_text(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The reports the kiosk kept, newest first: their folders are named by when they were written.
std::vector<PastUpdate> past_updates(const fs::path& data_dir) {
    std::vector<fs::path> folders;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(data_dir / "reports", ec))
        if (entry.is_directory())
            folders.push_back(entry.path());
    std::sort(folders.rbegin(), folders.rend());
    std::vector<PastUpdate> out;
    for (const fs::path& folder : folders) {
        if (out.size() == kUpdatesShown)
            break;
        nlohmann::json doc =
            nlohmann::json::parse(read_text(folder / "vitrine-report.json"), nullptr, false);
        if (!doc.is_object())
            continue; // a report cut short by a power cut: the next ones still show
        PastUpdate u;
        u.outcome = doc.value("outcome", std::string("failed"));
        u.pack = fs::path(doc.value("pack", std::string())).filename().string();
        if (u.outcome == "installed" && doc["after"].is_object() &&
            doc["after"]["version"].is_number())
            u.version = doc["after"]["version"].get<int64_t>();
        std::string when = doc.value("finished_at", std::string());
        u.when = when.size() >= 16 ? when.substr(0, 10) + " " + when.substr(11, 5) : when;
        u.report = read_text(folder / "vitrine-rapport.txt");
        out.push_back(std::move(u));
    }
    return out;
}

} // namespace

AdminHooks App::admin_hooks() {
    AdminHooks h;
    if (is_pin_hash(options_.admin_pin_sha256))
        h.pin_matches = [this](std::string_view pin) {
            return vitrine::pin_matches(pin, options_.admin_pin_sha256);
        };
    h.facts = [this] {
        AdminFacts f;
        try {
            if (store_) {
                StoreInfo info = store_->info();
                f.installed = info.current;
                f.can_rollback = info.previous && !info.previous->older_schema;
            }
        } catch (const Error& e) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "admin: %s", e.what());
        }
        f.updates = past_updates(options_.data_dir);
        f.kiosk_name = options_.updates.kiosk_name;
        f.kiosk_id = options_.kiosk_id;
        if (catalog_)
            for (const KioskSpot& k : catalog_->plan.kiosks)
                f.kiosks.push_back(k.id);
        f.default_lang = options_.default_lang;
        f.idle_timeout_s = options_.idle_timeout_s;
        const UpdateStatus& s = updates_.status();
        f.can_force = updates_.updater() && s.stick_present && s.outcome &&
                      *s.outcome == UpdateOutcome::refused;
        return f;
    };
    h.rollback = [this]() -> std::string {
        try {
            PackStamp now = store_->rollback();
            follower_.look_now();
            SDL_Log("admin: rolled back to version %lld", static_cast<long long>(now.version));
            return i18n_.format(lang_, "admin.rolled_back", "v", std::to_string(now.version));
        } catch (const Error& e) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "admin: rollback: %s", e.what());
            return i18n_.tr(lang_, "admin.rollback_failed");
        }
    };
    h.force_install = [this]() -> std::string {
        updates_.updater()->insert(updates_.status().stick, true);
        SDL_Log("admin: installing %s anyway", updates_.status().stick.c_str());
        return i18n_.tr(lang_, "admin.forcing");
    };
    auto save = [this](const char* what) -> std::string {
        try {
            save_kiosk_settings(options_);
            return i18n_.tr(lang_, "admin.saved");
        } catch (const std::exception& e) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "admin: %s: %s", what, e.what());
            return i18n_.tr(lang_, "admin.not_saved");
        }
    };
    h.set_kiosk = [this, save](const std::string& id) {
        options_.kiosk_id = id;
        return save("kiosk_id");
    };
    h.set_default_lang = [this, save](Lang lang) {
        options_.default_lang = lang;
        return save("default_language");
    };
    h.set_idle_timeout = [this, save](double seconds) {
        options_.idle_timeout_s = seconds;
        return save("idle_timeout_s");
    };
    // The statistics to take away: onto the stick when one is in, else kept on the kiosk.
    h.export_statistics = [this]() -> std::string {
        const UpdateStatus& st = updates_.status();
        std::filesystem::path dir =
            st.stick_present && !st.stick.empty() ? st.stick : options_.data_dir / "exports";
        try {
            std::filesystem::create_directories(dir);
            return export_statistics(dir).string();
        } catch (const std::exception& e) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "statistics not exported: %s", e.what());
            return e.what();
        }
    };
    h.quit = [this] {
        SDL_Log("admin: quitting to the system for maintenance");
        quit_ = true;
    };
    return h;
}

} // namespace vitrine::kiosk
