#include "vitrine/catalog/sha256.h"

#include "vitrine/catalog/errors.h"

#include <openssl/evp.h>

namespace vitrine {

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &digest_size, EVP_sha256(), nullptr) != 1) {
        throw Error("could not compute a file's fingerprint (SHA-256): the computer may be short "
                    "of memory; close other programs and try again");
    }
    constexpr char kHex[] = "0123456789abcdef";
    std::string hex(static_cast<size_t>(digest_size) * 2, '\0');
    for (unsigned int i = 0; i < digest_size; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0x0F];
    }
    return hex;
}

} // namespace vitrine
