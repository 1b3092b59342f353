// Photos for the screens: decoded off the UI thread, uploaded as textures on it, kept within a
// memory budget (least recently drawn go first). A frame never waits on disk: until a photo
// arrives, get() returns null and the screen draws a soft placeholder. A photo that cannot be
// shown stays a placeholder and is logged to stderr; the visitor never sees an error.
#pragma once

#include "vitrine/catalog/image.h"

#include <SDL.h>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace vitrine::kiosk {

class PhotoCache {
public:
    // The budget holds a screen's photos several times over (a 1280 px rendition is 4 to 6 MiB
    // as a texture): enough to go back and forth between screens without decoding again,
    // while the attract slideshow, which visits every product, cannot grow the kiosk.
    // `decode` turns a rendition's bytes into pixels on the worker thread (decode_image when
    // empty); whatever it throws, even bad_alloc, only makes that photo a placeholder.
    explicit PhotoCache(size_t budget_bytes = 48u << 20,
                        std::function<Pixels(std::string_view bytes)> decode = {});
    ~PhotoCache();
    PhotoCache(const PhotoCache&) = delete;
    PhotoCache& operator=(const PhotoCache&) = delete;

    // The texture (an SDL_Texture*) of a rendition, or null while it loads or if it cannot.
    SDL_Texture* get(const std::filesystem::path& file);
    // Starts loading a photo a screen will show soon (the next slide), so that it is there when
    // drawn. Its arrival alone asks for no frame: nothing shows a placeholder for it.
    void prefetch(const std::filesystem::path& file);
    // UI thread, once a frame: turns decoded photos into textures. True when one that a screen
    // asked for with get() arrived (it shows a placeholder until the next frame).
    bool pump(SDL_Renderer* renderer);
    // Photos requested and not yet on screen.
    bool loading() const;
    // The photo could not be shown: its file is damaged or missing (never tried again), or the
    // renderer could not make its texture (tried again after kRetryTexture, the renderer may
    // have freed memory by then). UI thread.
    bool failed(const std::filesystem::path& file) const;
    static constexpr std::chrono::seconds kRetryTexture{30};
    // Blocks until every requested photo is decoded (the headless runner, before a shot).
    void wait_decoded();
    // Drops every texture (the renderer is going away, or a new catalogue was installed).
    void clear();
    size_t bytes() const { return bytes_; }
    // Textures made so far: a new texture may reuse a destroyed one's address, so whoever
    // compares frames by texture pointers needs this too.
    size_t uploads() const { return uploads_; }

private:
    struct Decoded {
        std::string key;
        int width = 0, height = 0;
        std::vector<unsigned char> rgba; // empty: the file could not be read
    };
    struct Entry {
        SDL_Texture* texture = nullptr;
        size_t bytes = 0;
        std::list<std::string>::iterator lru;
        size_t drawn = 0; // the pump generation in which get() last returned it
    };
    using Clock = std::chrono::steady_clock;
    struct Request {
        bool failed = false;
        bool wanted = false;           // asked for by get(), not only prefetched
        Clock::time_point retry_after; // for a failed one: max() when retrying cannot help
    };
    Decoded decode(const std::string& key) const;
    void request(const std::string& key, bool wanted);
    void worker();
    // Evicts least recently drawn textures down to `budget`, sparing those drawn since the last
    // pump unless `all` (a frame's own photos are never taken from under it).
    void evict_to(size_t budget, bool all);

    std::function<Pixels(std::string_view bytes)> decode_;
    size_t budget_;
    size_t bytes_ = 0;
    size_t uploads_ = 0;
    size_t generation_ = 1;                              // pumps so far
    std::unordered_map<std::string, Entry> entries_;     // UI thread only
    std::list<std::string> lru_;                         // front: most recently drawn
    std::unordered_map<std::string, Request> requested_; // UI thread only
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::deque<std::string> queue_; // under mutex_
    std::vector<Decoded> done_;     // under mutex_
    size_t in_flight_ = 0;          // under mutex_
    bool stop_ = false;             // under mutex_
    std::thread thread_;
};

} // namespace vitrine::kiosk
