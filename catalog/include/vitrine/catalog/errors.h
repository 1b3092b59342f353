// Typed errors of the catalogue library. Each is caught at one boundary (the command-line
// tool, the kiosk's loader) and turned into a message; none of them escapes to a visitor.
#pragma once

#include <stdexcept>
#include <string>

namespace vitrine {

// Base of every error the library throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The pack cannot be read at all (not a folder or zip, unreadable, hostile archive).
class PackError : public Error {
public:
    using Error::Error;
};

// A photo cannot be used; what() says why and what to do.
class ImageError : public Error {
public:
    using Error::Error;
};

// The data directory or the catalogue database is unusable.
class StoreError : public Error {
public:
    using Error::Error;
};

// No catalogue is installed yet in the data directory.
class NoCatalogError : public StoreError {
public:
    using StoreError::StoreError;
};

} // namespace vitrine
