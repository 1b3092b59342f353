#include "test_support.h"
#include "vitrine/catalog/signature.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

bool have_minisign() {
    return std::system("minisign -v >/dev/null 2>&1") == 0;
}

int run(const std::string& command) {
    int status = std::system((command + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST(Signature, SignedMessageVerifiesAndAnyChangeIsCaught) {
    KeyPair pair = generate_key_pair();
    std::string sig = sign_message("le manifeste", pair.secret_key, "fair=f version=2");
    SignatureInfo info = verify_message("le manifeste", sig, pair.public_key);
    EXPECT_EQ(info.trusted_comment, "fair=f version=2");
    EXPECT_EQ(info.key_id, pair.public_key.id);
    EXPECT_THROW(verify_message("le manifestE", sig, pair.public_key), SignatureError);

    std::string forged = sig;
    forged.replace(forged.find("version=2"), 9, "version=9");
    EXPECT_THROW(verify_message("le manifeste", forged, pair.public_key), SignatureError);
    EXPECT_THROW(verify_message("le manifeste", sig, generate_key_pair().public_key),
                 SignatureError);
}

TEST(Signature, KeysRoundTripThroughTheirFiles) {
    TempDir dir;
    KeyPair pair = write_key_pair(dir / "orga");
    EXPECT_EQ(fs::status(dir / "orga.key").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    PublicKey pub = read_public_key(dir / "orga.pub");
    SecretKey sec = read_secret_key(dir / "orga.key");
    EXPECT_EQ(pub.key, pair.public_key.key);
    EXPECT_EQ(sec.key, pair.secret_key.key);
    EXPECT_EQ(read_file(dir / "orga.pub").find(key_id_hex(pub.id)) != std::string::npos, true);
    // A config may hold the key's second line alone.
    std::string text = read_file(dir / "orga.pub");
    std::string line = text.substr(text.find('\n') + 1);
    EXPECT_EQ(parse_public_key(line, "config").key, pub.key);
    // An organiser's key is never overwritten.
    EXPECT_THROW(write_key_pair(dir / "orga"), SignatureError);
    EXPECT_THROW(parse_public_key("not a key", "config"), SignatureError);
    std::string damaged = read_file(dir / "orga.key");
    damaged[damaged.find('\n') + 120] ^= 1;
    EXPECT_THROW(parse_secret_key(damaged, "orga.key"), SignatureError);
}

TEST(Signature, OurSignaturesVerifyWithMinisignAndTheirsWithUs) {
    if (!have_minisign())
        GTEST_SKIP() << "minisign is not installed (apt-get install minisign): interoperability "
                        "not checked";
    TempDir dir;
    write_key_pair(dir / "ours");
    write_file(dir / "file.txt", "un fichier signé\n");
    std::string sig =
        sign_message(read_file(dir / "file.txt"), read_secret_key(dir / "ours.key"), "by us");
    write_file(dir / "file.txt.minisig", sig);
    std::string d = dir.path().string();
    EXPECT_EQ(run("minisign -V -p " + d + "/ours.pub -m " + d + "/file.txt"), 0);
    write_file(dir / "file.txt", "un fichier changé\n");
    EXPECT_NE(run("minisign -V -p " + d + "/ours.pub -m " + d + "/file.txt"), 0);

    // Their keys (unencrypted) and signatures, prehashed (default) and legacy.
    ASSERT_EQ(run("minisign -G -W -p " + d + "/theirs.pub -s " + d + "/theirs.key"), 0);
    ASSERT_EQ(run("minisign -S -s " + d + "/theirs.key -m " + d + "/file.txt -t 'by them'"), 0);
    PublicKey theirs = read_public_key(dir / "theirs.pub");
    SignatureInfo info =
        verify_message(read_file(dir / "file.txt"), read_file(dir / "file.txt.minisig"), theirs);
    EXPECT_EQ(info.trusted_comment, "by them");
    ASSERT_EQ(run("minisign -S -l -s " + d + "/theirs.key -m " + d + "/file.txt -t legacy"), 0);
    EXPECT_EQ(
        verify_message(read_file(dir / "file.txt"), read_file(dir / "file.txt.minisig"), theirs)
            .trusted_comment,
        "legacy");
    // And our tool reads their secret key: same format.
    std::string mine = sign_message("x", read_secret_key(dir / "theirs.key"), "c");
    EXPECT_NO_THROW(verify_message("x", mine, theirs));
}
