#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/trust.h"

#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

struct SignedPack {
    TempDir dir;
    KeyPair keys = generate_key_pair();
    fs::path pack = dir / "p";
    SignedPack() {
        build_pack(pack);
        Diagnostics diags;
        CheckOptions options;
        options.sign_with = keys.secret_key;
        EXPECT_TRUE(seal_pack(pack, diags, std::nullopt, options)) << dump(diags);
    }
    bool verify(Diagnostics& diags) const {
        return verify_pack(*open_pack(pack), {keys.public_key}, diags);
    }
};

} // namespace

TEST(Trust, ASignedPackIsTrustedAndStillValidates) {
    SignedPack p;
    Diagnostics diags;
    EXPECT_TRUE(p.verify(diags)) << dump(diags);
    Diagnostics check;
    check_pack(p.pack, check);
    EXPECT_EQ(check.error_count(), 0u) << dump(check);
    PackIdentity id = read_pack_identity(*open_pack(p.pack));
    EXPECT_TRUE(id.signed_pack);
    EXPECT_EQ(id.fair_id, "foire-test");
    EXPECT_EQ(id.stamp.version, 1);
}

TEST(Trust, UnsignedPacksAreRefusedOnlyWhenKeysAreConfigured) {
    TempDir dir;
    build_pack(dir / "p");
    Diagnostics seal;
    ASSERT_TRUE(seal_pack(dir / "p", seal)) << dump(seal);
    Diagnostics none;
    EXPECT_TRUE(verify_pack(*open_pack(dir / "p"), {}, none));
    Diagnostics diags;
    EXPECT_FALSE(verify_pack(*open_pack(dir / "p"), {generate_key_pair().public_key}, diags));
    EXPECT_TRUE(has_diag(diags, Severity::error, kSignatureFile, 0, "not signed")) << dump(diags);
}

TEST(Trust, AChangedPhotoIsAFingerprintMismatch) {
    SignedPack p;
    write_file(p.pack / "photos/p-1-1.jpg", solid_jpeg(64, 48, 0x00FF00));
    Diagnostics diags;
    EXPECT_FALSE(p.verify(diags));
    EXPECT_TRUE(
        has_diag(diags, Severity::error, "photos/p-1-1.jpg", 0, "not the one that was signed"))
        << dump(diags);
}

TEST(Trust, AChangedManifestIsABadSignature) {
    SignedPack p;
    replace_in_file(p.pack / "manifest.json", "\"version\": 1", "\"version\": 7");
    Diagnostics diags;
    EXPECT_FALSE(p.verify(diags));
    EXPECT_TRUE(has_diag(diags, Severity::error, "manifest.json", 0, "signature does not match"))
        << dump(diags);
}

TEST(Trust, AnAddedFileOrAnotherKeyIsRefused) {
    SignedPack p;
    write_file(p.pack / "photos/extra.jpg", solid_jpeg(8, 8, 0));
    Diagnostics diags;
    EXPECT_FALSE(p.verify(diags));
    EXPECT_TRUE(has_diag(diags, Severity::error, "photos/extra.jpg", 0, "added after"))
        << dump(diags);
    fs::remove(p.pack / "photos/extra.jpg");
    Diagnostics other;
    EXPECT_FALSE(verify_pack(*open_pack(p.pack), {generate_key_pair().public_key}, other));
    EXPECT_TRUE(has_diag(other, Severity::error, kSignatureFile, 0, "does not trust"))
        << dump(other);
}

TEST(Trust, TrustedKeysComeFromFilesOrLines) {
    TempDir dir;
    KeyPair pair = write_key_pair(dir / "orga");
    std::string text = read_file(dir / "orga.pub");
    std::string line = text.substr(text.find('\n') + 1);
    line.pop_back();
    auto keys = load_trusted_keys({"orga.pub", line}, dir.path());
    ASSERT_EQ(keys.size(), 2u);
    EXPECT_EQ(keys[0].key, pair.public_key.key);
    EXPECT_EQ(keys[1].key, pair.public_key.key);
    EXPECT_THROW(load_trusted_keys({"missing.pub"}, dir.path()), SignatureError);
}

TEST(Trust, OlderAndOtherFairPacksAreRefusedUnlessForced) {
    TempDir data;
    PackIdentity v3{"foire-test", "Foire test", {3, "2025-03-18T08:00:00Z"}, true};
    {
        TrustStore trust(data.path());
        trust.record_installed(v3);
    }
    TrustStore trust(data.path()); // remembered across restarts
    EXPECT_EQ(trust.highest("foire-test")->version, 3);
    EXPECT_EQ(*trust.current_fair(), "foire-test");

    PackIdentity v2 = v3;
    v2.stamp.version = 2;
    Diagnostics older;
    EXPECT_FALSE(admit_pack(v2, trust, trust.current_fair(), false, older));
    EXPECT_TRUE(has_diag(older, Severity::error, "manifest.json", 0, "older than version 3"))
        << dump(older);
    Diagnostics forced;
    EXPECT_TRUE(admit_pack(v2, trust, trust.current_fair(), true, forced));

    PackIdentity other{"autre-foire", "Autre foire", {9, "2025-04-01T08:00:00Z"}, true};
    Diagnostics wrong;
    EXPECT_FALSE(admit_pack(other, trust, trust.current_fair(), false, wrong));
    EXPECT_TRUE(has_diag(wrong, Severity::error, "manifest.json", 0, "another fair"))
        << dump(wrong);
    Diagnostics same;
    EXPECT_TRUE(admit_pack(v3, trust, trust.current_fair(), false, same));
}

TEST(Trust, FairIdsFromNamesAreStable) {
    EXPECT_EQ(fair_id_from_name("Foire d'été 2025"), "foire-d-ete-2025");
    EXPECT_EQ(fair_id_from_name("  Salon  "), "salon");
}
