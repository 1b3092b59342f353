// Helpers shared by the tests: scratch folders and small files made on the fly.
#pragma once

#include "vitrine/catalog/model.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

namespace vitrine::test {

// A fresh empty folder under the system's temp dir, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view rel) const { return path_ / rel; }

private:
    std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, std::string_view bytes);
std::string read_file(const std::filesystem::path& path);

// The repository's root.
std::filesystem::path source_dir();

// The sample fair as the build assembled it (texts and drawn photos), outside the sources.
std::filesystem::path sample_pack();
// The sample fair read into a catalogue, as the kiosk shows it. Throws when it cannot be read.
Catalog sample_catalog();

// Runs vitrine-pack with these arguments (shell words), as an organiser would.
struct ToolRun {
    int status = -1;    // exit status; -1 when it did not exit normally
    std::string output; // standard output and error together
};
ToolRun run_tool(const std::string& args);

// Standard output of a shell command, and whether it exited with 0 (for the Debian tools the
// tests read results back with: ZBar, ImageMagick, Chromium).
std::pair<bool, std::string> run_shell(const std::string& command);

} // namespace vitrine::test
