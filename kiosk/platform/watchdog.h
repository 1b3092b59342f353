// Tells systemd that the kiosk is up and still alive (sd_notify), when it runs as the service
// packaging/vitrine.service describes: READY=1 once the first frame is on screen, WATCHDOG=1
// from the frame loop at half the watchdog's period, so that a frozen kiosk is killed and
// restarted. Outside systemd it does nothing. One per process, used from the frame loop's
// thread.
#pragma once

#include <optional>

namespace vitrine::kiosk {

class ServiceWatchdog {
public:
    // The period systemd expects pings within (WATCHDOG_USEC), when it expects any.
    static ServiceWatchdog from_environment();
    explicit ServiceWatchdog(std::optional<double> period_s) : period_s_(period_s) {}

    // Seconds from `now` until the next ping is due: the frame loop sleeps no longer than that
    // (nullopt: no watchdog, sleep as long as the app likes).
    std::optional<double> seconds_to_ping(double now) const;
    // Pings when the next ping is due. `now` in seconds on the loop's clock.
    void tick(double now);
    // READY=1, the first time only.
    void ready();

    int pings_sent() const { return pings_; }

private:
    std::optional<double> period_s_;
    std::optional<double> last_ping_;
    bool ready_sent_ = false;
    int pings_ = 0;
};

} // namespace vitrine::kiosk
