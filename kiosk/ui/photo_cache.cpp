#include "ui/photo_cache.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/image.h"

#include <fstream>
#include <sstream>

namespace vitrine::kiosk {

PhotoCache::PhotoCache(size_t budget_bytes) : budget_(budget_bytes) {
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
        return it->second.texture;
    }
    if (!requested_.contains(key)) {
        requested_[key] = false;
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(key);
            ++in_flight_;
        }
        wake_.notify_one();
    }
    return nullptr;
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
        // Renditions were made at import (at most 1280 px), so decoding is short.
        Decoded d{key, 0, 0, {}};
        try {
            std::ifstream in(key, std::ios::binary);
            std::stringstream bytes;
            bytes << in.rdbuf();
            Pixels p = decode_image(bytes.str());
            d.width = p.width;
            d.height = p.height;
            d.rgba.resize(static_cast<size_t>(p.width) * p.height * 4);
            for (size_t i = 0, n = static_cast<size_t>(p.width) * p.height; i < n; ++i) {
                const uint8_t* src = &p.data[i * static_cast<size_t>(p.channels)];
                uint8_t* dst = &d.rgba[i * 4];
                dst[0] = src[0], dst[1] = src[1], dst[2] = src[2];
                dst[3] = p.channels == 4 ? src[3] : 255;
            }
        } catch (const Error&) {
            d.rgba.clear(); // a damaged rendition stays a placeholder; import checked it
        }
        lock.lock();
        done_.push_back(std::move(d));
        --in_flight_;
        idle_.notify_all();
    }
}

bool PhotoCache::pump(SDL_Renderer* renderer) {
    std::vector<Decoded> arrived;
    {
        std::lock_guard lock(mutex_);
        arrived.swap(done_);
    }
    for (Decoded& d : arrived) {
        if (d.rgba.empty()) {
            requested_[d.key] = true; // failed: stays a placeholder, not retried every frame
            continue;
        }
        SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888,
                                                 SDL_TEXTUREACCESS_STATIC, d.width, d.height);
        if (!texture)
            continue;
        SDL_UpdateTexture(texture, nullptr, d.rgba.data(), d.width * 4);
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
        size_t bytes = d.rgba.size();
        lru_.push_front(d.key);
        entries_[d.key] = Entry{texture, bytes, lru_.begin()};
        bytes_ += bytes;
        requested_.erase(d.key);
    }
    evict_to(budget_);
    return !arrived.empty();
}

void PhotoCache::evict_to(size_t budget) {
    while (bytes_ > budget && !lru_.empty()) {
        auto it = entries_.find(lru_.back());
        SDL_DestroyTexture(it->second.texture);
        bytes_ -= it->second.bytes;
        entries_.erase(it);
        lru_.pop_back();
    }
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
    evict_to(0);
    requested_.clear();
}

} // namespace vitrine::kiosk
