// The service watchdog: the kiosk tells systemd it is ready once, and pings it from the frame
// loop at half the period it was given, never more often, so that a frozen kiosk is restarted
// and an idle one still sleeps.
#include "platform/watchdog.h"
#include "test_support.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

using namespace vitrine::kiosk;
using vitrine::test::TempDir;

namespace {

// systemd's side of the notification socket, with the environment a Type=notify unit with
// WatchdogSec= gives its processes.
class FakeSystemd {
public:
    FakeSystemd(const TempDir& dir, const char* watchdog_usec) {
        const std::string path = (dir / "notify").string();
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        path.copy(addr.sun_path, sizeof addr.sun_path - 1);
        EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        setenv("NOTIFY_SOCKET", path.c_str(), 1);
        if (watchdog_usec)
            setenv("WATCHDOG_USEC", watchdog_usec, 1);
        // cage is the service's main process: the kiosk's pid is not the one named.
        setenv("WATCHDOG_PID", std::to_string(getppid()).c_str(), 1);
    }
    ~FakeSystemd() {
        unsetenv("NOTIFY_SOCKET");
        unsetenv("WATCHDOG_USEC");
        unsetenv("WATCHDOG_PID");
        close(fd_);
    }
    std::vector<std::string> received() {
        std::vector<std::string> out;
        char buffer[512];
        ssize_t n;
        while ((n = recv(fd_, buffer, sizeof buffer, 0)) > 0)
            out.emplace_back(buffer, size_t(n));
        return out;
    }

private:
    int fd_ = -1;
};

} // namespace

TEST(ServiceWatchdog, PingsAtHalfThePeriodFromTheFrameLoop) {
    TempDir dir;
    FakeSystemd systemd(dir, "4000000"); // WatchdogSec=4
    ServiceWatchdog watchdog = ServiceWatchdog::from_environment();
    ASSERT_TRUE(watchdog.seconds_to_ping(0).has_value());
    EXPECT_EQ(*watchdog.seconds_to_ping(0), 0.0); // the first ping at once
    watchdog.tick(10.0);
    EXPECT_EQ(systemd.received(), std::vector<std::string>{"WATCHDOG=1"});
    EXPECT_DOUBLE_EQ(*watchdog.seconds_to_ping(10.5), 1.5);
    watchdog.tick(10.5); // a frame drawn for a touch: no ping yet
    watchdog.tick(11.9);
    EXPECT_TRUE(systemd.received().empty());
    watchdog.tick(12.0);
    EXPECT_EQ(systemd.received(), std::vector<std::string>{"WATCHDOG=1"});
    EXPECT_EQ(watchdog.pings_sent(), 2);
}

TEST(ServiceWatchdog, SaysReadyOnce) {
    TempDir dir;
    FakeSystemd systemd(dir, "4000000");
    ServiceWatchdog watchdog = ServiceWatchdog::from_environment();
    watchdog.ready();
    watchdog.ready();
    auto messages = systemd.received();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rfind("READY=1", 0), 0u) << messages[0];
}

TEST(ServiceWatchdog, OutsideSystemdTheLoopSleepsAsLongAsItLikes) {
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    ServiceWatchdog watchdog = ServiceWatchdog::from_environment();
    EXPECT_FALSE(watchdog.seconds_to_ping(0).has_value());
    watchdog.tick(100);
    EXPECT_EQ(watchdog.pings_sent(), 0);

    TempDir dir;
    FakeSystemd systemd(dir, nullptr); // Type=notify without WatchdogSec=
    EXPECT_FALSE(ServiceWatchdog::from_environment().seconds_to_ping(0).has_value());
}
