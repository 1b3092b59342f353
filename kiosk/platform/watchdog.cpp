#include "platform/watchdog.h"

#include <cstdlib>
#include <string>
#include <systemd/sd-daemon.h>

namespace vitrine::kiosk {

ServiceWatchdog ServiceWatchdog::from_environment() {
    // Not sd_watchdog_enabled(): under cage, WATCHDOG_PID names cage, the service's main
    // process, and the library would then say the watchdog is not ours. The unit sets
    // NotifyAccess=all so that systemd takes the kiosk's pings.
    const char* usec = std::getenv("WATCHDOG_USEC");
    if (!usec || !std::getenv("NOTIFY_SOCKET"))
        return ServiceWatchdog(std::nullopt);
    char* end = nullptr;
    const unsigned long long value = std::strtoull(usec, &end, 10);
    if (end == usec || *end != '\0' || value == 0)
        return ServiceWatchdog(std::nullopt);
    return ServiceWatchdog(double(value) / 1e6);
}

std::optional<double> ServiceWatchdog::seconds_to_ping(double now) const {
    if (!period_s_)
        return std::nullopt;
    if (!last_ping_)
        return 0.0;
    // Half the period, as systemd's documentation advises: one late frame is not a hang.
    const double due = *last_ping_ + *period_s_ / 2;
    return due > now ? due - now : 0.0;
}

void ServiceWatchdog::tick(double now) {
    auto wait = seconds_to_ping(now);
    if (!wait || *wait > 0)
        return;
    sd_notify(0, "WATCHDOG=1");
    last_ping_ = now;
    ++pings_;
}

void ServiceWatchdog::ready() {
    if (ready_sent_)
        return;
    ready_sent_ = true;
    sd_notify(0, "READY=1\nSTATUS=Showing the catalogue");
}

} // namespace vitrine::kiosk
