// Finding one diagnostic among many, the way an organiser would read the list.
#pragma once

#include "vitrine/catalog/diagnostics.h"

#include <string>

namespace vitrine::test {

// True when some diagnostic of that severity is about `file` (and `line`, unless 0 is given as
// "any line") and its message contains `text`.
inline bool has_diag(const Diagnostics& diags, Severity severity, const std::string& file,
                     size_t line, const std::string& text) {
    for (const Diagnostic& d : diags.sorted())
        if (d.severity == severity && d.file == file && (line == 0 || d.line == line) &&
            d.message.find(text) != std::string::npos)
            return true;
    return false;
}

inline std::string dump(const Diagnostics& diags) {
    std::string out;
    for (const Diagnostic& d : diags.sorted())
        out += d.to_string() + "\n";
    return out;
}

} // namespace vitrine::test
