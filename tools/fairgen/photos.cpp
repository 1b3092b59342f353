#include "photos.h"

#include "jpeg_exif.h"
#include "motifs.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <thread>

namespace fairgen {

namespace fs = std::filesystem;

namespace {

constexpr int kJpegQuality = 90;
constexpr int kMaxSide = 16384; // the pack format's limit
constexpr std::array<std::string_view, 7> kColumns = {"file",   "motif",       "seed", "width",
                                                      "height", "orientation", "color"};

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

// One line of `;`-separated cells; a cell may be quoted with "" for a literal quote. The spec
// has no cell spanning lines.
std::vector<std::string> splitCells(std::string_view line) {
    std::vector<std::string> cells;
    std::string cur;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cur += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ';') {
            cells.push_back(trim(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    cells.push_back(trim(cur));
    return cells;
}

template <class T> bool parseNumber(const std::string& s, T& out) {
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end && !s.empty();
}

bool parseColour(const std::string& s, Rgba& out) {
    if (s.size() != 7 || s[0] != '#') {
        return false;
    }
    uint32_t v = 0;
    for (size_t i = 1; i < 7; ++i) {
        const char c = s[i];
        int d = 0;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            d = c - 'A' + 10;
        } else {
            return false;
        }
        v = v * 16 + static_cast<uint32_t>(d);
    }
    out = hex(v);
    return true;
}

bool safeRelativeJpeg(const std::string& file) {
    if (file.empty() || file.front() == '/' || file.find('\\') != std::string::npos) {
        return false;
    }
    const fs::path p(file);
    for (const auto& part : p) {
        if (part == ".." || part == ".") {
            return false;
        }
    }
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg";
}

std::string knownMotifs() {
    std::string s;
    for (std::string_view m : motifNames()) {
        if (!s.empty()) {
            s += ", ";
        }
        s += m;
    }
    return s;
}

} // namespace

bool readPhotoSpec(const fs::path& spec, std::vector<PhotoSpec>& rows,
                   std::vector<std::string>& errors) {
    std::ifstream in(spec, std::ios::binary);
    const std::string name = spec.string();
    if (!in) {
        errors.push_back(name + ": error: cannot read the file");
        return false;
    }
    const size_t before = errors.size();
    auto fail = [&](int line, const std::string& msg) {
        errors.push_back(name + ":" + std::to_string(line) + ": error: " + msg);
    };
    std::map<std::string, size_t, std::less<>> column;
    std::set<std::string, std::less<>> files;
    std::string line;
    int lineNo = 0;
    bool header = true;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) {
            line.erase(0, 3);
        }
        if (trim(line).empty()) {
            continue;
        }
        const std::vector<std::string> cells = splitCells(line);
        if (header) {
            header = false;
            for (size_t i = 0; i < cells.size(); ++i) {
                column.emplace(cells[i], i);
            }
            bool complete = true;
            for (std::string_view c : kColumns) {
                if (column.find(c) == column.end()) {
                    fail(lineNo, "missing column \"" + std::string(c) + "\"");
                    complete = false;
                }
            }
            if (!complete) {
                return false;
            }
            continue;
        }
        auto cell = [&](std::string_view col) -> std::string {
            const size_t i = column.find(col)->second;
            return i < cells.size() ? cells[i] : std::string();
        };
        PhotoSpec row;
        row.line = lineNo;
        row.file = cell("file");
        row.motif = cell("motif");
        int64_t seed = 0;
        const size_t rowErrors = errors.size();
        if (!safeRelativeJpeg(row.file)) {
            fail(lineNo, "bad file \"" + row.file +
                             "\" (hint: a relative path ending in .jpg, with no \"..\")");
        } else if (!files.insert(row.file).second) {
            fail(lineNo, "duplicate file \"" + row.file + "\"");
        }
        if (!isMotif(row.motif)) {
            fail(lineNo,
                 "unknown motif \"" + row.motif + "\" (hint: known motifs: " + knownMotifs() + ")");
        }
        if (!parseNumber(cell("seed"), seed)) {
            fail(lineNo, "bad seed \"" + cell("seed") + "\" (hint: a whole number)");
        }
        row.seed = static_cast<uint64_t>(seed);
        if (!parseNumber(cell("width"), row.width) || row.width < 16 || row.width > kMaxSide) {
            fail(lineNo, "bad width \"" + cell("width") + "\" (hint: 16 to 16384 pixels)");
        }
        if (!parseNumber(cell("height"), row.height) || row.height < 16 || row.height > kMaxSide) {
            fail(lineNo, "bad height \"" + cell("height") + "\" (hint: 16 to 16384 pixels)");
        }
        if (!parseNumber(cell("orientation"), row.orientation) ||
            (row.orientation != 1 && row.orientation != 3 && row.orientation != 6 &&
             row.orientation != 8)) {
            fail(lineNo, "bad orientation \"" + cell("orientation") + "\" (hint: 1, 3, 6 or 8)");
        }
        if (!parseColour(cell("color"), row.color)) {
            fail(lineNo, "bad colour \"" + cell("color") + "\" (hint: # and six hex digits)");
        }
        if (errors.size() == rowErrors) {
            rows.push_back(std::move(row));
        }
    }
    if (header) {
        fail(std::max(lineNo, 1), "no header line");
    }
    return errors.size() == before;
}

std::vector<uint8_t> photoBytes(const PhotoSpec& row) {
    const Image upright = renderProduct(row.motif, row.seed, row.width, row.height, row.color);
    if (row.orientation == 1) {
        return encodeJpeg(upright, kJpegQuality);
    }
    return withExifOrientation(
        encodeJpeg(storedForOrientation(upright, row.orientation), kJpegQuality), row.orientation);
}

bool writeFileAtomically(const fs::path& path, const std::vector<uint8_t>& bytes,
                         std::string& error) {
    fs::path tmp = path;
    tmp += ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            error = path.string() + ": error: cannot write the file";
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        error = path.string() + ": error: cannot write the file (" + ec.message() + ")";
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

PhotoRunStats drawPhotos(const std::vector<PhotoSpec>& rows, const fs::path& outDir,
                         bool onlyMissing, unsigned jobs, std::vector<std::string>& errors) {
    PhotoRunStats stats;
    // Folders are made up front, on one thread, so that workers never race to create them.
    std::set<fs::path> dirs;
    for (const PhotoSpec& row : rows) {
        dirs.insert((outDir / row.file).parent_path());
    }
    for (const fs::path& d : dirs) {
        std::error_code ec;
        fs::create_directories(d, ec);
        if (ec) {
            errors.push_back(d.string() + ": error: cannot create the folder (" + ec.message() +
                             ")");
            stats.failed = static_cast<int>(rows.size());
            return stats;
        }
    }
    enum class Outcome : uint8_t { Written, Skipped, Failed };
    std::vector<Outcome> outcome(rows.size(), Outcome::Written);
    std::vector<std::string> messages(rows.size());
    // Big photos first, so that no thread is left alone with a 12-megapixel one at the end.
    std::vector<size_t> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return static_cast<int64_t>(rows[a].width) * rows[a].height >
               static_cast<int64_t>(rows[b].width) * rows[b].height;
    });
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t k = next++; k < order.size(); k = next++) {
            const size_t i = order[k];
            const fs::path path = outDir / rows[i].file;
            if (onlyMissing && fs::is_regular_file(path)) {
                outcome[i] = Outcome::Skipped;
                continue;
            }
            const std::vector<uint8_t> bytes = photoBytes(rows[i]);
            if (bytes.empty()) {
                outcome[i] = Outcome::Failed;
                messages[i] = path.string() + ": error: JPEG encoding failed";
            } else if (!writeFileAtomically(path, bytes, messages[i])) {
                outcome[i] = Outcome::Failed;
            }
        }
    };
    jobs = std::max(1u, jobs);
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) {
        threads.emplace_back(worker);
    }
    worker();
    for (std::thread& t : threads) {
        t.join();
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        switch (outcome[i]) {
        case Outcome::Written:
            ++stats.written;
            break;
        case Outcome::Skipped:
            ++stats.skipped;
            break;
        case Outcome::Failed:
            ++stats.failed;
            errors.push_back(messages[i]);
            break;
        }
    }
    return stats;
}

int runPhotosCommand(const fs::path& spec, const fs::path& outDir, bool onlyMissing,
                     unsigned jobs) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<PhotoSpec> rows;
    std::vector<std::string> errors;
    if (!readPhotoSpec(spec, rows, errors)) {
        for (const std::string& e : errors) {
            std::cerr << e << '\n';
        }
        return 1;
    }
    const PhotoRunStats stats = drawPhotos(rows, outDir, onlyMissing, jobs, errors);
    for (const std::string& e : errors) {
        std::cerr << e << '\n';
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", seconds);
    std::cout << stats.written << " photos written, " << stats.skipped << " already there, "
              << stats.failed << " failed, in " << took << " s\n";
    return stats.failed == 0 ? 0 : 1;
}

} // namespace fairgen
