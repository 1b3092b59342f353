#include "vitrine/catalog/pin.h"

#include "vitrine/catalog/sha256.h"

#include <sodium.h>
#include <stdexcept>

namespace vitrine {
namespace {

constexpr std::string_view kPrefix = "sha256:";

std::string to_hex(const unsigned char* bytes, size_t size) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < size; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

bool hex_of(std::string_view text, size_t size) {
    return text.size() == size &&
           text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::string digest(std::string_view salt_hex, std::string_view pin) {
    std::string bytes;
    for (size_t i = 0; i + 1 < salt_hex.size(); i += 2)
        bytes += static_cast<char>(std::stoi(std::string(salt_hex.substr(i, 2)), nullptr, 16));
    bytes += pin;
    return sha256_hex(bytes);
}

} // namespace

std::string hash_pin(std::string_view pin) {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start");
    unsigned char salt[16];
    randombytes_buf(salt, sizeof salt);
    std::string salt_hex = to_hex(salt, sizeof salt);
    return std::string(kPrefix) + salt_hex + ":" + digest(salt_hex, pin);
}

bool is_pin_hash(std::string_view stored) {
    if (!stored.starts_with(kPrefix))
        return false;
    stored.remove_prefix(kPrefix.size());
    size_t colon = stored.find(':');
    return colon != std::string_view::npos && hex_of(stored.substr(0, colon), 32) &&
           hex_of(stored.substr(colon + 1), 64);
}

bool pin_matches(std::string_view pin, std::string_view stored) {
    if (!is_pin_hash(stored))
        return false;
    stored.remove_prefix(kPrefix.size());
    size_t colon = stored.find(':');
    std::string expected(stored.substr(colon + 1));
    std::string actual = digest(stored.substr(0, colon), pin);
    // In constant time: how much of a guess is right must not show in how long it takes.
    return sodium_memcmp(actual.data(), expected.data(), expected.size()) == 0;
}

} // namespace vitrine
