#include "test_support.h"

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace vitrine::test {

TempDir::TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = fs::temp_directory_path() / ("vitrine-test-" + std::to_string(rd()));
        if (fs::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void write_file(const fs::path& path, std::string_view bytes) {
    if (path.has_parent_path())
        fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

fs::path source_dir() {
    return VITRINE_SOURCE_DIR;
}

fs::path sample_pack() {
    return VITRINE_SAMPLE_PACK;
}

ToolRun run_tool(const std::string& args) {
    std::string command = std::string(VITRINE_PACK_TOOL) + " " + args + " 2>&1";
    ToolRun r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return r;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        r.output.append(buf.data(), n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

Catalog sample_catalog() {
    Diagnostics diags;
    auto contents = read_pack(*open_pack(sample_pack()), diags);
    if (!contents)
        throw std::runtime_error("the sample pack cannot be read: " + sample_pack().string());
    return std::move(contents->catalog);
}

std::pair<bool, std::string> run_shell(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return {false, ""};
    char buf[512];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0)
        out.append(buf, n);
    return {pclose(pipe) == 0, out};
}

} // namespace vitrine::test
