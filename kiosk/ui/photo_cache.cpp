#include "ui/photo_cache.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/image.h"

#include <cstdio>
#include <fstream>

namespace vitrine::kiosk {

namespace {

// A rendition is at most 1280 px: a file far larger is not one, and reading it whole could
// exhaust the kiosk's memory.
constexpr uintmax_t kMaxRenditionBytes = 32u << 20;

} // namespace

PhotoCache::PhotoCache(size_t budget_bytes, std::function<Pixels(std::string_view bytes)> decode)
    : decode_(decode ? std::move(decode)
                     : [](std::string_view bytes) { return decode_image(bytes); }),
      budget_(budget_bytes) {
    thread_ = std::thread([this] { worker(); });
}

PhotoCache::~PhotoCache() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
    clear();
}

SDL_Texture* PhotoCache::get(const std::filesystem::path& file) {
    std::string key = file.string();
    if (auto it = entries_.find(key); it != entries_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.lru);
        it->second.drawn = generation_;
        return it->second.texture;
    }
    request(key, true);
    return nullptr;
}

void PhotoCache::prefetch(const std::filesystem::path& file) {
    std::string key = file.string();
    if (!entries_.contains(key))
        request(key, false);
}

void PhotoCache::request(const std::string& key, bool wanted) {
    if (auto it = requested_.find(key); it != requested_.end()) {
        Request& r = it->second;
        r.wanted = r.wanted || wanted;
        if (!r.failed || Clock::now() < r.retry_after)
            return;
    }
    requested_[key] = Request{false, wanted, {}};
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(key);
        ++in_flight_;
    }
    wake_.notify_one();
}

void PhotoCache::worker() {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_)
            return;
        std::string key = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        Decoded d = decode(key);
        lock.lock();
        done_.push_back(std::move(d));
        --in_flight_;
        idle_.notify_all();
    }
}

// Worker thread. Nothing may leave it: an exception out of a thread ends the kiosk.
PhotoCache::Decoded PhotoCache::decode(const std::string& key) const {
    Decoded d{key, 0, 0, {}};
    try {
        // One read into a buffer of the file's size: the attract slideshow decodes a photo
        // every slide, and each copy of it is paid for in the idle kiosk's CPU.
        std::string bytes;
        std::error_code ec;
        const auto size = std::filesystem::file_size(key, ec);
        if (!ec && size > kMaxRenditionBytes)
            throw ImageError("the file has " + std::to_string(size) +
                             " bytes, too many for a rendition");
        std::ifstream in(key, std::ios::binary);
        if (!ec && in) {
            bytes.resize(size);
            in.read(bytes.data(), static_cast<std::streamsize>(size));
            bytes.resize(static_cast<size_t>(in.gcount()));
        }
        Pixels p = decode_(bytes);
        d.width = p.width;
        d.height = p.height;
        const size_t n = static_cast<size_t>(p.width) * static_cast<size_t>(p.height);
        if (p.channels == 4) {
            d.rgba = std::move(p.data);
        } else {
            d.rgba.resize(n * 4);
            const uint8_t* src = p.data.data();
            uint8_t* dst = d.rgba.data();
            for (size_t i = 0; i < n; ++i, src += 3, dst += 4) {
                dst[0] = src[0], dst[1] = src[1], dst[2] = src[2];
                dst[3] = 255;
            }
        }
    } catch (const std::exception& e) {
        d.rgba.clear(); // a placeholder; the import checked every rendition, so say it
        std::fprintf(stderr, "vitrine: photo %s cannot be shown: %s\n", key.c_str(), e.what());
    } catch (...) {
        d.rgba.clear();
        std::fprintf(stderr, "vitrine: photo %s cannot be shown\n", key.c_str());
    }
    return d;
}

bool PhotoCache::pump(SDL_Renderer* renderer) {
    std::vector<Decoded> arrived;
    {
        std::lock_guard lock(mutex_);
        arrived.swap(done_);
    }
    bool wanted = false;
    for (Decoded& d : arrived) {
        Request& r = requested_[d.key];
        wanted = wanted || r.wanted;
        if (d.rgba.empty()) {
            r.failed = true; // stays a placeholder: the file will not get better
            r.retry_after = Clock::time_point::max();
            continue;
        }
        SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888,
                                                 SDL_TEXTUREACCESS_STATIC, d.width, d.height);
        if (!texture) {
            std::fprintf(stderr, "vitrine: photo %s cannot be shown: no texture (%s)\n",
                         d.key.c_str(), SDL_GetError());
            r.failed = true; // a placeholder now, another try later rather than every frame
            r.retry_after = Clock::now() + kRetryTexture;
            continue;
        }
        SDL_UpdateTexture(texture, nullptr, d.rgba.data(), d.width * 4);
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
        size_t bytes = d.rgba.size();
        lru_.push_front(d.key);
        // One a screen is waiting for counts as drawn now: evicting it before the next frame
        // shows it would decode it again, and again, while the screen over budget stays.
        entries_[d.key] = Entry{texture, bytes, lru_.begin(), r.wanted ? generation_ : 0};
        bytes_ += bytes;
        ++uploads_;
        requested_.erase(d.key);
    }
    evict_to(budget_, false);
    ++generation_;
    return wanted;
}

void PhotoCache::evict_to(size_t budget, bool all) {
    while (bytes_ > budget && !lru_.empty()) {
        auto it = entries_.find(lru_.back());
        if (!all && it->second.drawn == generation_)
            break; // everything left was drawn by the last frame: over budget until it changes
        SDL_DestroyTexture(it->second.texture);
        bytes_ -= it->second.bytes;
        entries_.erase(it);
        lru_.pop_back();
    }
}

bool PhotoCache::failed(const std::filesystem::path& file) const {
    auto it = requested_.find(file.string());
    return it != requested_.end() && it->second.failed;
}

bool PhotoCache::loading() const {
    std::lock_guard lock(mutex_);
    return in_flight_ > 0 || !done_.empty();
}

void PhotoCache::wait_decoded() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return in_flight_ == 0; });
}

void PhotoCache::clear() {
    evict_to(0, true);
    requested_.clear();
}

} // namespace vitrine::kiosk
