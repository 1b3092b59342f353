// The wall clock as the store and the seal write it.
#pragma once

#include <string>

namespace vitrine {

// Now, as ISO 8601 UTC to the second: "2025-03-18T08:00:00Z".
std::string now_utc();

} // namespace vitrine
