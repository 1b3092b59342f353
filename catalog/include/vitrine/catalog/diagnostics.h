// What validation found, as an organiser reads it: "file:line: error: message".
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace vitrine {

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file; // relative to the pack, e.g. "exhibitors.csv" or "photos/tapis.jpg"
    size_t line = 0;  // 1-based; 0 when the problem concerns the whole file
    std::string message;
    std::string hint;  // what to do about it; may be empty
    bool last = false; // a summary of the lines before it: listed after every other one

    // "exhibitors.csv:14: error: unknown sector "artisant" (hint: ...)"
    std::string to_string() const;
};

// Collects every problem of one pass. Thread safe: photo checks report from worker threads.
class Diagnostics {
public:
    Diagnostics() = default;
    Diagnostics(Diagnostics&& other) noexcept;
    Diagnostics& operator=(Diagnostics&& other) noexcept;

    void error(std::string file, size_t line, std::string message, std::string hint = {});
    void warning(std::string file, size_t line, std::string message, std::string hint = {});
    void add(Diagnostic d);

    size_t error_count() const;
    size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }

    // Sorted by file, line, then the order they were found in, so output is stable; those
    // marked `last` come after all the others.
    std::vector<Diagnostic> sorted() const;

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
};

} // namespace vitrine
