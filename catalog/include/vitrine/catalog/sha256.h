// SHA-256, as lower-case hex (OpenSSL's libcrypto does the work).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace vitrine {

std::string sha256_hex(std::string_view bytes);

} // namespace vitrine
