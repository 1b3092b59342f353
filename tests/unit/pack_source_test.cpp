#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_source.h"

#include <atomic>
#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>
#include <thread>
#include <zip.h>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

using test::TempDir;
using test::write_file;
using Files = std::vector<std::string>;

struct ZipEntry {
    std::string name;
    std::string data;
    bool symlink = false; // data is then the link's target
};

void make_zip(const fs::path& path, const std::vector<ZipEntry>& entries) {
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        throw std::runtime_error("zip_open failed");
    for (const ZipEntry& e : entries) {
        zip_int64_t index = -1;
        if (e.name.ends_with('/')) {
            index = zip_dir_add(z, e.name.c_str(), ZIP_FL_ENC_UTF_8);
        } else {
            zip_source_t* src = zip_source_buffer(z, e.data.data(), e.data.size(), 0);
            index = zip_file_add(z, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                zip_source_free(src);
        }
        if (index < 0)
            throw std::runtime_error("cannot add " + e.name + ": " + zip_strerror(z));
        if (e.symlink)
            zip_file_set_external_attributes(z, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                             (S_IFLNK | 0777u) << 16);
    }
    if (zip_close(z) != 0)
        throw std::runtime_error("zip_close failed");
}

uint32_t get_u32(const std::string& b, size_t at) {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<size_t>(i)]);
    return v;
}

void put_u32(std::string& b, size_t at, uint32_t v) {
    for (size_t i = 0; i < 4; ++i)
        b[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

void put_u16(std::string& b, size_t at, uint16_t v) {
    b[at] = static_cast<char>(v & 0xFF);
    b[at + 1] = static_cast<char>(v >> 8);
}

// Offsets of the first entry's local header (0) and central directory record, for zips of one
// entry and no comment, as the tests make them.
struct Headers {
    size_t local = 0;
    size_t central = 0;
};

Headers headers_of(const std::string& zip) {
    const size_t eocd = zip.size() - 22;
    EXPECT_EQ(get_u32(zip, eocd), 0x06054b50u);
    Headers h;
    h.central = get_u32(zip, eocd + 16);
    EXPECT_EQ(get_u32(zip, h.local), 0x04034b50u);
    EXPECT_EQ(get_u32(zip, h.central), 0x02014b50u);
    return h;
}

std::string big_text(size_t bytes) {
    std::string out;
    for (size_t i = 0; out.size() < bytes; ++i)
        out += "ligne " + std::to_string(i) + " du catalogue\n";
    out.resize(bytes);
    return out;
}

// Every path under a folder with its bytes, to check that reading a pack wrote nothing.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        std::string rel = fs::relative(e.path(), dir).generic_string();
        out[rel] = e.is_regular_file() && !e.is_symlink() ? test::read_file(e.path()) : "<dir>";
    }
    return out;
}

template <typename F> std::string pack_error_of(F&& f) {
    try {
        f();
    } catch (const PackError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected a PackError";
    return {};
}

PackLimits small_limits() {
    PackLimits limits;
    limits.max_entries = 20;
    limits.max_file_bytes = 4ull << 20;
    limits.max_total_bytes = 16ull << 20;
    limits.max_ratio = 100;
    return limits;
}

// [SECTION] open_pack

TEST(PackSource, RefusesWhatIsNeitherFolderNorZip) {
    TempDir dir;
    write_file(dir / "fair.zip", "this is a text file named like a zip");
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip"); });
    EXPECT_NE(message.find("neither a folder nor a .zip"), std::string::npos) << message;
    EXPECT_NE(message.find("fair.zip"), std::string::npos) << message;

    message = pack_error_of([&] { open_pack(dir / "nowhere"); });
    EXPECT_NE(message.find("nowhere"), std::string::npos) << message;
    EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
}

TEST(PackSource, RecognisesAZipByContentNotByName) {
    TempDir dir;
    make_zip(dir / "pack.bin", {{"manifest.json", "{}"}});
    auto pack = open_pack(dir / "pack.bin");
    EXPECT_EQ(pack->files(), Files{"manifest.json"});
    EXPECT_EQ(pack->origin(), dir / "pack.bin");
}

// [SECTION] Folders

TEST(PackSource, FolderListsFilesRecursivelySortedAndReadsThem) {
    TempDir dir;
    const fs::path pack = dir / "my-fair";
    write_file(pack / "manifest.json", "{\"format\": 1}");
    write_file(pack / "sectors.csv", "id\n");
    write_file(pack / "photos/tapis/azilal-01.jpg", "JPEG");
    write_file(pack / "photos/argan.png", "PNG");
    write_file(pack / "photos/.DS_Store", "junk");
    write_file(pack / "photos/._argan.png", "junk");
    fs::create_directories(pack / "empty");

    auto source = open_pack(pack);
    EXPECT_EQ(source->files(), (Files{"manifest.json", "photos/argan.png",
                                      "photos/tapis/azilal-01.jpg", "sectors.csv"}));
    EXPECT_TRUE(source->exists("photos/tapis/azilal-01.jpg"));
    EXPECT_FALSE(source->exists("photos/missing.jpg"));
    EXPECT_FALSE(source->exists("photos/.DS_Store"));
    EXPECT_EQ(source->size("manifest.json"), 13u);
    EXPECT_EQ(source->size("nope"), std::nullopt);
    EXPECT_EQ(source->read("manifest.json", 1000), "{\"format\": 1}");
    EXPECT_EQ(source->read("photos/tapis/azilal-01.jpg", 4), "JPEG"); // exactly at the cap

    auto message = pack_error_of([&] { source->read("photos/missing.jpg", 1000); });
    EXPECT_NE(message.find("photos/missing.jpg"), std::string::npos) << message;
    message = pack_error_of([&] { source->read("../my-fair/manifest.json", 1000); });
    EXPECT_NE(message.find("not in the pack"), std::string::npos) << message;
}

// What Windows, macOS and Linux desktops leave at the root of a USB stick, beside a pack.
const std::vector<std::string> kStickClutter = {
    "$RECYCLE.BIN/S-1-5-21/desktop.ini",
    ".Trash-1000/files/old.jpg",
    ".Trashes/501/x",
    "autorun.inf",
    "AUTORUN.INF",
    ".Spotlight-V100/Store-V2/index",
    ".fseventsd/fseventsd-uuid",
    "Thumbs.db",
    "photos/Thumbs.db",
    "System Volume Information/IndexerVolumeGuid",
    "._manifest.json",
    "photos/._tapis.jpg",
    ".DS_Store",
};

TEST(PackSource, WhatOperatingSystemsLeaveOnAStickIsIgnoredInFoldersAndZips) {
    TempDir dir;
    const fs::path stick = dir / "stick";
    write_file(stick / "manifest.json", "{}");
    write_file(stick / "photos/tapis.jpg", "JPEG");
    std::vector<ZipEntry> entries = {{"manifest.json", "{}"}, {"photos/tapis.jpg", "JPEG"}};
    for (const std::string& junk : kStickClutter) {
        write_file(stick / junk, "junk");
        entries.push_back({junk, "junk"});
    }
    const Files expected{"manifest.json", "photos/tapis.jpg"};
    EXPECT_EQ(open_pack(stick)->files(), expected);
    make_zip(dir / "stick.zip", entries);
    PackLimits limits = small_limits();
    limits.max_entries = 100;
    EXPECT_EQ(open_pack(dir / "stick.zip", limits)->files(), expected);
}

TEST(PackSource, FolderReadStopsAtTheCaps) {
    TempDir dir;
    write_file(dir / "pack/products.csv", std::string(5000, 'x'));
    PackLimits limits = small_limits();
    limits.max_file_bytes = 4000;
    auto source = open_pack(dir / "pack", limits);
    auto message = pack_error_of([&] { source->read("products.csv", 100); });
    EXPECT_NE(message.find("products.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("too large"), std::string::npos) << message;
    message = pack_error_of([&] { source->read("products.csv", ~0ull); });
    EXPECT_NE(message.find("too large"), std::string::npos) << message;
}

TEST(PackSource, FolderLinkLeavingThePackIsRefused) {
    TempDir outside;
    write_file(outside / "secret.txt", "not for the kiosk");
    TempDir dir;
    write_file(dir / "pack/manifest.json", "{}");
    fs::create_directories(dir / "pack/photos");
    fs::create_symlink(outside / "secret.txt", dir / "pack/photos/tapis.jpg");

    auto message = pack_error_of([&] { open_pack(dir / "pack"); });
    EXPECT_NE(message.find("photos/tapis.jpg"), std::string::npos) << message;
    EXPECT_NE(message.find("outside the pack"), std::string::npos) << message;

    fs::remove(dir / "pack/photos/tapis.jpg");
    fs::create_directory_symlink(outside.path(), dir / "pack/photos/shared");
    message = pack_error_of([&] { open_pack(dir / "pack"); });
    EXPECT_NE(message.find("photos/shared"), std::string::npos) << message;

    fs::remove(dir / "pack/photos/shared");
    fs::create_symlink("../../" + outside.path().filename().string() + "/secret.txt",
                       dir / "pack/relative.txt");
    EXPECT_THROW(open_pack(dir / "pack"), PackError);
}

TEST(PackSource, FolderLinksInsideThePackAreFollowedWithoutLooping) {
    TempDir dir;
    const fs::path pack = dir / "pack";
    write_file(pack / "photos/tapis.jpg", "JPEG");
    fs::create_symlink("tapis.jpg", pack / "photos/cover.jpg");
    fs::create_directory_symlink("photos", pack / "images");
    fs::create_directory_symlink("..", pack / "photos/loop");

    auto source = open_pack(pack);
    EXPECT_EQ(source->files(), (Files{"images/cover.jpg", "images/tapis.jpg", "photos/cover.jpg",
                                      "photos/tapis.jpg"}));
    EXPECT_EQ(source->read("photos/cover.jpg", 100), "JPEG");
    EXPECT_EQ(source->read("images/tapis.jpg", 100), "JPEG");
}

TEST(PackSource, FolderFileTurnedIntoAnOutsideLinkAfterListingIsRefusedAtRead) {
    TempDir outside;
    write_file(outside / "secret.txt", "not for the kiosk");
    TempDir dir;
    write_file(dir / "pack/products.csv", "id\n");
    auto source = open_pack(dir / "pack");

    fs::remove(dir / "pack/products.csv");
    fs::create_symlink(outside / "secret.txt", dir / "pack/products.csv");
    auto message = pack_error_of([&] { source->read("products.csv", 1000); });
    EXPECT_NE(message.find("products.csv"), std::string::npos) << message;
    EXPECT_EQ(message.find("not for the kiosk"), std::string::npos);
}

TEST(PackSource, FolderWithTooManyFilesIsRefused) {
    TempDir dir;
    for (int i = 0; i < 6; ++i)
        write_file(dir / ("pack/photos/p" + std::to_string(i) + ".jpg"), "x");
    PackLimits limits = small_limits();
    limits.max_entries = 5;
    EXPECT_THROW(open_pack(dir / "pack", limits), PackError);
    limits.max_entries = 6;
    EXPECT_EQ(open_pack(dir / "pack", limits)->files().size(), 6u);
}

// [SECTION] Zips

TEST(PackSource, ZipOfAFolderHasItsTopFolderStrippedAndJunkSkipped) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"my-fair/", ""},
                                {"my-fair/manifest.json", "{\"format\": 1}"},
                                {"my-fair/photos/", ""},
                                {"my-fair/photos/tapis.jpg", "JPEG"},
                                {"my-fair/.DS_Store", "junk"},
                                {"__MACOSX/my-fair/._manifest.json", "junk"},
                                {"my-fair/./stands.csv", "stand\n"}});
    auto source = open_pack(dir / "fair.zip", small_limits());
    EXPECT_EQ(source->files(), (Files{"manifest.json", "photos/tapis.jpg", "stands.csv"}));
    EXPECT_TRUE(source->exists("photos/tapis.jpg"));
    EXPECT_FALSE(source->exists("my-fair/manifest.json"));
    EXPECT_EQ(source->size("photos/tapis.jpg"), 4u);
    EXPECT_EQ(source->read("manifest.json", 1000), "{\"format\": 1}");
    EXPECT_EQ(source->read("stands.csv", 1000), "stand\n");
    EXPECT_THROW(source->read("my-fair/manifest.json", 1000), PackError);
}

TEST(PackSource, ZipOfAFoldersContentsKeepsItsPaths) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"manifest.json", "{}"}, {"photos/tapis.jpg", "JPEG"}});
    auto source = open_pack(dir / "fair.zip", small_limits());
    EXPECT_EQ(source->files(), (Files{"manifest.json", "photos/tapis.jpg"}));
}

TEST(PackSource, ZipEntriesThatEscapeThePackAreRefused) {
    for (const std::string name :
         {"../evil.sh", "fair/../../evil.sh", "..\\evil.sh", "photos\\..\\..\\evil.sh",
          "/etc/cron.d/evil", "C:/evil.bat", "c:evil.bat"}) {
        TempDir dir;
        make_zip(dir / "fair.zip", {{"manifest.json", "{}"}, {name, "boom"}});
        auto message = pack_error_of([&] { open_pack(dir / "fair.zip", small_limits()); });
        EXPECT_NE(message.find(name), std::string::npos) << message;
        EXPECT_NE(message.find("fair.zip"), std::string::npos) << message;
    }
}

TEST(PackSource, ZipSymlinkEntryIsRefused) {
    TempDir dir;
    make_zip(dir / "fair.zip",
             {{"manifest.json", "{}"}, {"photos/tapis.jpg", "/etc/shadow", /*symlink=*/true}});
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip", small_limits()); });
    EXPECT_NE(message.find("photos/tapis.jpg"), std::string::npos) << message;
    EXPECT_NE(message.find("link"), std::string::npos) << message;
}

TEST(PackSource, ZipWithTooManyEntriesIsRefused) {
    TempDir dir;
    std::vector<ZipEntry> entries;
    for (int i = 0; i < 6; ++i)
        entries.push_back({"p" + std::to_string(i) + ".jpg", "x"});
    make_zip(dir / "fair.zip", entries);
    PackLimits limits = small_limits();
    limits.max_entries = 5;
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip", limits); });
    EXPECT_NE(message.find("6 entries"), std::string::npos) << message;
    limits.max_entries = 6;
    EXPECT_EQ(open_pack(dir / "fair.zip", limits)->files().size(), 6u);
}

TEST(PackSource, ZipBombIsRefusedBeforeInflating) {
    TempDir dir;
    make_zip(dir / "fair.zip",
             {{"manifest.json", "{}"}, {"photos/zeros.jpg", std::string(10 << 20, '\0')}});
    PackLimits limits = small_limits();
    limits.max_file_bytes = 64ull << 20;
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip", limits); });
    EXPECT_NE(message.find("photos/zeros.jpg"), std::string::npos) << message;
    EXPECT_NE(message.find("bomb"), std::string::npos) << message;
}

TEST(PackSource, ZipDeclaringTooMuchIsRefused) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"a.txt", big_text(300'000)}, {"b.txt", big_text(300'000)}});
    PackLimits limits = small_limits();
    limits.max_file_bytes = 200'000;
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip", limits); });
    EXPECT_NE(message.find("a.txt"), std::string::npos) << message;

    limits = small_limits();
    limits.max_total_bytes = 500'000;
    message = pack_error_of([&] { open_pack(dir / "fair.zip", limits); });
    EXPECT_NE(message.find("more than a pack may hold"), std::string::npos) << message;
}

TEST(PackSource, ZipReadRespectsMaxBytes) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"products.csv", big_text(5000)}});
    auto source = open_pack(dir / "fair.zip", small_limits());
    auto message = pack_error_of([&] { source->read("products.csv", 4999); });
    EXPECT_NE(message.find("products.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("too large"), std::string::npos) << message;
    EXPECT_EQ(source->read("products.csv", 5000), big_text(5000));
}

TEST(PackSource, ZipLyingAboutItsSizeIsCaughtWhileReading) {
    TempDir dir;
    const std::string content = big_text(200'000);
    make_zip(dir / "made.zip", {{"products.csv", content}});
    std::string bytes = test::read_file(dir / "made.zip");
    const Headers h = headers_of(bytes);
    ASSERT_EQ(get_u32(bytes, h.local + 22), content.size()); // sizes in the local header
    put_u32(bytes, h.local + 22, 1000);
    put_u32(bytes, h.central + 24, 1000);
    write_file(dir / "fair.zip", bytes);

    auto source = open_pack(dir / "fair.zip", small_limits());
    EXPECT_EQ(source->size("products.csv"), 1000u);
    auto message = pack_error_of([&] { source->read("products.csv", ~0ull); });
    EXPECT_NE(message.find("products.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("fair.zip"), std::string::npos) << message;
    EXPECT_NE(message.find("more data than the zip says"), std::string::npos) << message;
}

TEST(PackSource, ZipPasswordProtectedEntryIsRefused) {
    TempDir dir;
    make_zip(dir / "made.zip", {{"manifest.json", "{\"format\": 1}"}});
    std::string bytes = test::read_file(dir / "made.zip");
    const Headers h = headers_of(bytes);
    put_u16(bytes, h.local + 6, 1); // general purpose flags: bit 0, encrypted
    put_u16(bytes, h.central + 8, 1);
    write_file(dir / "fair.zip", bytes);
    auto message = pack_error_of([&] { open_pack(dir / "fair.zip", small_limits()); });
    EXPECT_NE(message.find("manifest.json"), std::string::npos) << message;
    EXPECT_NE(message.find("password"), std::string::npos) << message;
}

// Validation fingerprints every file, then the import reads the photos again: a pack as big as
// the cap must survive being read more than once.
TEST(PackSource, ZipEntriesCanBeReadAgainWithinTheTotalCap) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"products.csv", big_text(100'000)}});
    PackLimits limits = small_limits();
    limits.max_total_bytes = 100'000;
    auto source = open_pack(dir / "fair.zip", limits);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(source->read("products.csv", ~0ull), big_text(100'000));
}

TEST(PackSource, ZipCanBeReadFromTwoThreadsAtOnce) {
    TempDir dir;
    std::vector<ZipEntry> entries{{"manifest.json", "{}"}};
    for (int i = 0; i < 4; ++i)
        entries.push_back({"photos/p" + std::to_string(i) + ".jpg",
                           big_text(150'000 + static_cast<size_t>(i) * 1000)});
    make_zip(dir / "fair.zip", entries);
    auto source = open_pack(dir / "fair.zip", PackLimits{});

    std::atomic<int> mismatches{0};
    auto worker = [&](int offset) {
        for (int round = 0; round < 20; ++round) {
            const ZipEntry& e = entries[static_cast<size_t>(1 + (round + offset) % 4)];
            try {
                if (source->read(e.name, ~0ull) != e.data)
                    ++mismatches;
            } catch (const std::exception& ex) {
                ADD_FAILURE() << ex.what();
                ++mismatches;
            }
        }
    };
    std::thread a(worker, 0), b(worker, 1);
    a.join();
    b.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(PackSource, ReadingAPackWritesNothing) {
    TempDir dir;
    make_zip(dir / "fair.zip", {{"fair/manifest.json", "{}"}, {"fair/photos/tapis.jpg", "JPEG"}});
    write_file(dir / "folder/manifest.json", "{}");
    write_file(dir / "folder/photos/tapis.jpg", "JPEG");
    const auto before = snapshot(dir.path());

    for (const char* origin : {"fair.zip", "folder"}) {
        auto source = open_pack(dir / origin, small_limits());
        for (const std::string& f : source->files())
            source->read(f, ~0ull);
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}

} // namespace
} // namespace vitrine
