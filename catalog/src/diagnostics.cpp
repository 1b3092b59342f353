#include "vitrine/catalog/diagnostics.h"

#include <algorithm>

namespace vitrine {

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    if (!hint.empty())
        out += " (hint: " + hint + ")";
    return out;
}

Diagnostics::Diagnostics(Diagnostics&& other) noexcept {
    std::lock_guard lock(other.mutex_);
    items_ = std::move(other.items_);
}

Diagnostics& Diagnostics::operator=(Diagnostics&& other) noexcept {
    if (this != &other) {
        std::scoped_lock lock(mutex_, other.mutex_);
        items_ = std::move(other.items_);
    }
    return *this;
}

void Diagnostics::error(std::string file, size_t line, std::string message, std::string hint) {
    add({Severity::error, std::move(file), line, std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string file, size_t line, std::string message, std::string hint) {
    add({Severity::warning, std::move(file), line, std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(d));
}

size_t Diagnostics::error_count() const {
    std::lock_guard lock(mutex_);
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
}

size_t Diagnostics::warning_count() const {
    std::lock_guard lock(mutex_);
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out;
    {
        std::lock_guard lock(mutex_);
        out = items_;
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.last != b.last)
            return b.last;
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return out;
}

} // namespace vitrine
