// The admin screen's PIN, kept in the kiosk's configuration as a salted SHA-256 hash, never in
// clear: "sha256:SALT:HASH", SALT 16 random bytes and HASH = SHA-256(SALT || PIN), both in hex.
// `vitrine-pack pin-hash 1234` prints one. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace vitrine {

// A new hash of `pin` with a fresh random salt.
std::string hash_pin(std::string_view pin);

// Whether `pin` is the one `stored` was made from; false for a malformed `stored`.
bool pin_matches(std::string_view pin, std::string_view stored);

// Whether `stored` has the form hash_pin writes (a configuration check).
bool is_pin_hash(std::string_view stored);

} // namespace vitrine
