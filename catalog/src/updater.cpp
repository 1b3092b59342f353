#include "vitrine/catalog/updater.h"

#include "utc_time.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/stick.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/trust.h"

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono;

namespace vitrine {
namespace {

// A folder name for a kept report: the time, then a counter if two land in one second.
fs::path kept_report_folder(const fs::path& data_dir) {
    std::string stamp = now_utc();
    for (char& c : stamp)
        if (c == ':')
            c = '-';
    fs::path base = data_dir / "reports" / stamp;
    fs::path folder = base;
    std::error_code ec;
    for (int i = 2; fs::exists(folder, ec); ++i)
        folder = base.string() + "-" + std::to_string(i);
    return folder;
}

std::optional<std::string> installed_fair(const Store& store, const TrustStore& trust) {
    if (trust.current_fair())
        return trust.current_fair();
    if (auto current = store.info().current)
        return fair_id_from_name(current->fair.name.exact(Lang::fr));
    return std::nullopt;
}

std::optional<Catalog> load_if_any(const Store& store) {
    try {
        return store.load();
    } catch (const StoreError&) {
        return std::nullopt; // none, or damaged: the import replaces it either way
    }
}

void refuse(UpdateReport& report, const Diagnostics& diags) {
    report.outcome = UpdateOutcome::refused;
    report.problems = diags.sorted();
}

} // namespace

Updater::Updater(UpdaterOptions options)
    : options_(std::move(options)), watch_(options_.watch), thread_([this] { run(); }) {}

Updater::~Updater() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    watch_.interrupt();
    thread_.join();
}

UpdateStatus Updater::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

std::optional<UpdateReport> Updater::last_report() const {
    std::lock_guard lock(mutex_);
    return last_report_;
}

void Updater::insert(const fs::path& folder, bool force) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back({folder, force});
    }
    watch_.interrupt();
}

void Updater::wait_idle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return stop_ || (queue_.empty() && !busy_); });
}

bool Updater::wait_for_updates(uint64_t count, milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return idle_.wait_for(lock, timeout, [&] { return status_.updates >= count; });
}

void Updater::set_state(UpdateStatus::State state, int percent) {
    std::lock_guard lock(mutex_);
    status_.state = state;
    status_.percent = percent;
}

void Updater::run() {
    // Per thread on Linux, and inherited by the photo workers this thread starts.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 19);
    for (;;) {
        std::optional<Request> request;
        {
            std::lock_guard lock(mutex_);
            if (stop_)
                break;
            if (!queue_.empty()) {
                request = queue_.front();
                queue_.pop_front();
                busy_ = true;
            }
        }
        if (!request) {
            idle_.notify_all();
            if (auto event = watch_.wait(hours(1))) {
                bool in = event->kind == StickEvent::Kind::inserted;
                {
                    std::lock_guard lock(mutex_);
                    status_.stick_present = in;
                }
                if (in)
                    insert(event->path);
            }
            continue;
        }
        handle(*request);
        {
            std::lock_guard lock(mutex_);
            busy_ = false;
        }
        idle_.notify_all();
    }
    idle_.notify_all();
}

void Updater::handle(const Request& request) {
    {
        std::lock_guard lock(mutex_);
        status_.state = UpdateStatus::State::checking;
        status_.percent = 0;
        status_.stick = request.stick;
        status_.problem.clear();
    }
    UpdateReport report;
    try {
        report = update(request);
    } catch (const std::exception& e) {
        report.outcome = UpdateOutcome::failed;
        report.reason = e.what();
    } catch (...) {
        report.outcome = UpdateOutcome::failed;
        report.reason = "unexpected failure";
    }
    std::error_code ec;
    if (report.outcome != UpdateOutcome::installed && !fs::is_directory(request.stick, ec)) {
        report.outcome = UpdateOutcome::failed;
        report.reason = "the stick was taken out before the end: nothing was installed; plug it "
                        "in again / la clé a été retirée avant la fin : rien n'a été installé ; "
                        "remettez-la";
        report.problems.clear();
    }
    report.kiosk = options_.kiosk_name;
    report.finished_at = now_utc();

    WrittenReport written;
    std::string problem;
    try {
        fs::path kept = kept_report_folder(options_.data_dir);
        written = write_report(report, request.stick, kept);
        if (written.on_stick)
            write_report(report, kept, kept); // the admin screen lists past reports
    } catch (const std::exception& e) {
        problem = std::string("the report could not be written: ") + e.what();
    }
    if (written.on_stick && options_.extra_exports) {
        try {
            options_.extra_exports(request.stick);
        } catch (const std::exception& e) {
            problem = std::string("exporting to the stick failed: ") + e.what();
        }
    }
    for (const Diagnostic& d : report.problems)
        if (problem.empty() && d.severity == Severity::error)
            problem = d.to_string();
    if (problem.empty())
        problem = report.reason;

    std::lock_guard lock(mutex_);
    using State = UpdateStatus::State;
    switch (report.outcome) {
    case UpdateOutcome::installed:
    case UpdateOutcome::already_installed:
        status_.state = State::done;
        break;
    case UpdateOutcome::refused:
    case UpdateOutcome::no_pack:
        status_.state = State::refused;
        break;
    case UpdateOutcome::failed:
        status_.state = State::failed;
        break;
    }
    status_.percent = report.outcome == UpdateOutcome::installed ? 100 : 0;
    status_.report = written.folder;
    status_.report_on_stick = written.on_stick;
    status_.problem = problem;
    status_.outcome = report.outcome;
    ++status_.updates;
    if (report.outcome == UpdateOutcome::installed)
        ++status_.installs;
    last_report_ = std::move(report);
}

UpdateReport Updater::update(const Request& request) {
    UpdateReport report;
    Store store(options_.data_dir);
    TrustStore trust(options_.data_dir);
    std::optional<std::string> fair = installed_fair(store, trust);
    std::optional<Catalog> before = load_if_any(store);
    if (before) {
        report.fair = before->fair.name.exact(Lang::fr);
        report.before = before->stamp;
        report.after = before->stamp;
    }

    StickScan scan = find_packs(request.stick, fair);
    for (const PackCandidate& c : scan.others)
        report.other_packs.push_back(fs::relative(c.path, request.stick).string());
    if (!scan.chosen) {
        report.outcome = UpdateOutcome::no_pack;
        return report;
    }
    const PackCandidate& chosen = *scan.chosen;
    report.pack = fs::relative(chosen.path, request.stick).string();
    Diagnostics diags;
    if (!chosen.identity) {
        diags.error(kManifestFile, 0, chosen.problem,
                    "run 'vitrine-pack validate' on the pack, fix it, then seal it again");
        refuse(report, diags);
        return report;
    }
    const PackIdentity& identity = *chosen.identity;
    if (report.fair.empty())
        report.fair = identity.fair_name;
    {
        auto source = open_pack(chosen.path); // closed before the import opens it again
        if (!verify_pack(*source, options_.trusted_keys, diags)) {
            refuse(report, diags);
            return report;
        }
    }
    if (!admit_pack(identity, trust, fair, request.force, diags)) {
        refuse(report, diags);
        return report;
    }

    set_state(UpdateStatus::State::importing);
    ImportOptions import;
    import.force = request.force;
    import.threads = options_.threads;
    import.progress = [this](size_t done, size_t total) {
        set_state(UpdateStatus::State::importing, total ? static_cast<int>(done * 100 / total) : 0);
    if (options_.on_import_progress)
        options_.on_import_progress(done, total);
};
ImportOutcome outcome = store.import_pack(chosen.path, diags, import);
report.problems = diags.sorted();
switch (outcome) {
case ImportOutcome::refused:
    report.outcome = UpdateOutcome::refused;
    return report;
case ImportOutcome::already_installed:
    report.outcome = UpdateOutcome::already_installed;
    trust.record_installed(identity);
    return report;
case ImportOutcome::installed:
    break;
}
trust.record_installed(identity);
Catalog after = store.load();
report.outcome = UpdateOutcome::installed;
report.fair = after.fair.name.exact(Lang::fr);
report.after = after.stamp;
report.changes = diff_catalogs(before ? &*before : nullptr, after);
return report;
} // namespace vitrine

} // namespace vitrine
