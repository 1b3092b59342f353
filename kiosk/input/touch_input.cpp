#include "input/touch_input.h"

#include <cfloat>
#include <cmath>

namespace vitrine::kiosk {

namespace {

const ImVec2 off_screen(-FLT_MAX, -FLT_MAX);

// Named rather than operators: imgui_internal.h may define those, and they would clash.
float length(ImVec2 v) {
    return std::sqrt(v.x * v.x + v.y * v.y);
}
ImVec2 minus(ImVec2 a, ImVec2 b) {
    return {a.x - b.x, a.y - b.y};
}
void add_to(ImVec2& a, ImVec2 b) {
    a.x += b.x;
    a.y += b.y;
}

} // namespace

float Pinch::distance() const {
    return length(minus(second, first));
}

TouchInput::TouchInput(TouchTuning tuning)
    : tuning_(tuning), velocity_(tuning.velocity_window), imgui_pos_(off_screen) {}

void TouchInput::set_viewport(int width, int height) {
    viewport_ = ImVec2(static_cast<float>(width), static_cast<float>(height));
}

void TouchInput::set_scale(float scale) {
    IM_ASSERT(scale > 0 && "TouchInput::set_scale() wants the screen's size over 1080p's");
    scale_ = scale;
}

// [SECTION] Routing pushed events

void TouchInput::queue(Kind kind, ImVec2 pos, ImVec2 wheel) {
    queue_.push_back({kind, pos, wheel});
}

ImVec2 TouchInput::finger_pos(const SDL_TouchFingerEvent& finger) const {
    IM_ASSERT(viewport_.x > 0 && "Call TouchInput::set_viewport() before pushing finger events");
    return {finger.x * viewport_.x, finger.y * viewport_.y};
}

bool TouchInput::is_primary(const SDL_TouchFingerEvent& finger) const {
    return source_ == Source::finger && finger.touchId == touch_id_ &&
           finger.fingerId == finger_id_;
}

bool TouchInput::is_second(const SDL_TouchFingerEvent& finger) const {
    return has_second_ && finger.touchId == second_touch_id_ &&
           finger.fingerId == second_finger_id_;
}

bool TouchInput::push(const SDL_Event& event) {
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        const SDL_MouseButtonEvent& b = event.button;
        // SDL copies touches to the mouse; the finger events already carry them.
        if (b.which == SDL_TOUCH_MOUSEID || b.button != SDL_BUTTON_LEFT)
            return false;
        const ImVec2 pos(static_cast<float>(b.x), static_cast<float>(b.y));
        if (event.type == SDL_MOUSEBUTTONDOWN) {
            if (source_ != Source::none) // a finger already owns the pointer
                return false;
            source_ = Source::mouse;
            queue(Kind::down, pos);
            return true;
        }
        if (source_ != Source::mouse)
            return false;
        source_ = Source::none;
        queue(Kind::up, pos);
        return true;
    }
    case SDL_MOUSEMOTION: {
        const SDL_MouseMotionEvent& m = event.motion;
        if (m.which == SDL_TOUCH_MOUSEID || source_ != Source::mouse)
            return false; // hover is never shown, so a wandering mouse changes nothing
        queue(Kind::move, ImVec2(static_cast<float>(m.x), static_cast<float>(m.y)));
        return true;
    }
    case SDL_MOUSEWHEEL: {
        const SDL_MouseWheelEvent& w = event.wheel;
        if (w.which == SDL_TOUCH_MOUSEID)
            return false;
        // Precise amounts come from touchpads; synthetic events may fill only the whole ones.
        ImVec2 amount(w.preciseX != 0 ? w.preciseX : static_cast<float>(w.x),
                      w.preciseY != 0 ? w.preciseY : static_cast<float>(w.y));
        if (w.direction == SDL_MOUSEWHEEL_FLIPPED)
            amount = ImVec2(-amount.x, -amount.y);
        if (amount.x == 0 && amount.y == 0)
            return false;
        // SDL's x grows to the right, but a right turn should show what lies to the right, which
        // is the content moving left: the opposite sign of a finger.
        queue(Kind::wheel, ImVec2(static_cast<float>(w.mouseX), static_cast<float>(w.mouseY)),
              ImVec2(-amount.x, amount.y));
        return true;
    }
    case SDL_FINGERDOWN: {
        const SDL_TouchFingerEvent& f = event.tfinger;
        if (f.touchId == SDL_MOUSE_TOUCHID) // a mouse SDL copied to touch: seen as the mouse
            return false;
        if (source_ == Source::none) {
            source_ = Source::finger;
            touch_id_ = f.touchId;
            finger_id_ = f.fingerId;
            queue(Kind::down, finger_pos(f));
            return true;
        }
        if (source_ == Source::finger && !has_second_) {
            has_second_ = true;
            second_touch_id_ = f.touchId;
            second_finger_id_ = f.fingerId;
            queue(Kind::second_down, finger_pos(f));
            return true;
        }
        return false; // a third finger, or a finger while the mouse is pressed
    }
    case SDL_FINGERMOTION: {
        const SDL_TouchFingerEvent& f = event.tfinger;
        if (is_primary(f)) {
            queue(Kind::move, finger_pos(f));
            return true;
        }
        if (is_second(f)) {
            queue(Kind::second_move, finger_pos(f));
            return true;
        }
        return false;
    }
    case SDL_FINGERUP: {
        const SDL_TouchFingerEvent& f = event.tfinger;
        if (is_primary(f)) {
            // A finger left behind after a pinch is not promoted: it would jump the pointer.
            source_ = Source::none;
            has_second_ = false;
            queue(Kind::up, finger_pos(f));
            return true;
        }
        if (is_second(f)) {
            has_second_ = false;
            queue(Kind::second_up, finger_pos(f));
            return true;
        }
        return false;
    }
    case SDL_WINDOWEVENT:
        // Losing focus mid-gesture may swallow the release: end the gesture without a click.
        if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST && source_ != Source::none) {
            source_ = Source::none;
            has_second_ = false;
            queue(Kind::cancel, pos_);
            return true;
        }
        return false;
    default:
        return false;
    }
}

// [SECTION] Gestures

void TouchInput::hide_pointer() {
    imgui_pos_ = off_screen;
    imgui_down_ = false;
}

void TouchInput::move_to(ImVec2 pos) {
    const ImVec2 step = minus(pos, pos_);
    pos_ = pos;
    if (phase_ == Phase::drag) {
        add_to(scroll_delta_, step);
        return;
    }
    if (phase_ != Phase::press)
        return;
    const ImVec2 travel = minus(pos_, origin_);
    if (length(travel) <= scaled(tuning_.tap_slop))
        return;
    // A drag from here on. Scroll by the whole travel, slop included, so the content stays
    // under the finger.
    phase_ = Phase::drag;
    axis_ = std::fabs(travel.x) > std::fabs(travel.y) ? ScrollAxis::x : ScrollAxis::y;
    add_to(scroll_delta_, travel);
    if (tap_)
        hide_pointer();
    tap_ = false;
}

void TouchInput::end_drag() {
    velocity_.add(now_, pos_);
    ImVec2 v = velocity_.velocity();
    const float speed = length(v);
    const ImVec2 travel = minus(pos_, origin_);
    const bool horizontal = std::fabs(travel.x) > 2 * std::fabs(travel.y);
    const bool far = std::fabs(travel.x) >= scaled(tuning_.swipe_distance);
    const bool flick = std::fabs(v.x) >= scaled(tuning_.swipe_speed) &&
                       std::fabs(v.x) > 2 * std::fabs(v.y) && (v.x > 0) == (travel.x > 0);
    if (horizontal && travel.x != 0 && (far || flick))
        swipe_ = travel.x > 0 ? 1 : -1;
    if (speed >= scaled(tuning_.fling_min_speed)) {
        const float cap = scaled(tuning_.fling_max_speed);
        if (speed > cap)
            v = ImVec2(v.x * cap / speed, v.y * cap / speed);
        inertia_.start(v, tuning_.fling_time_constant, scaled(tuning_.fling_stop_speed));
        inertia_start_ = now_;
    }
}

bool TouchInput::apply(const Event& e) {
    switch (e.kind) {
    case Kind::down: {
        // On a quick fling the content under the finger is a blur: the touch only catches it.
        const bool catches = inertia_.speed() > scaled(tuning_.catch_speed);
        // ImGui must see this press on a frame of its own, after it has seen the last release.
        if (!catches && (fed_down_ || imgui_down_))
            return false;
        inertia_.stop();
        phase_ = Phase::press;
        tap_ = !catches;
        origin_ = pos_ = e.pos;
        axis_ = ScrollAxis::none;
        velocity_.reset();
        velocity_.add(now_, pos_);
        if (tap_) {
            imgui_pos_ = origin_;
            imgui_down_ = true;
        }
        return true;
    }
    case Kind::move:
        if (phase_ != Phase::none)
            move_to(e.pos);
        return true;
    case Kind::up: {
        const bool stays_tap = phase_ == Phase::press && tap_ &&
                               length(minus(e.pos, origin_)) <= scaled(tuning_.tap_slop);
        if (stays_tap && !fed_down_)
            return false; // ImGui has not seen the press yet: release on the next frame
        move_to(e.pos);
        if (phase_ == Phase::press && tap_) {
            // Released where it was pressed (the wobble is forgiven), for ImGui to see a click.
            imgui_pos_ = origin_;
            imgui_down_ = false;
        } else if (phase_ == Phase::drag) {
            end_drag();
        }
        phase_ = Phase::none;
        tap_ = false;
        return true;
    }
    case Kind::second_down:
        second_pos_ = e.pos;
        if (phase_ == Phase::press || phase_ == Phase::drag) {
            if (tap_)
                hide_pointer();
            tap_ = false;
            phase_ = Phase::pinch;
            pinch_start_distance_ = length(minus(second_pos_, pos_));
        }
        return true;
    case Kind::second_move:
        second_pos_ = e.pos;
        return true;
    case Kind::second_up:
        if (phase_ == Phase::pinch) {
            // The finger left down carries on as a drag (a pan), measured from where it is now.
            phase_ = Phase::drag;
            origin_ = pos_;
            velocity_.reset();
            velocity_.add(now_, pos_);
        }
        return true;
    case Kind::wheel:
        if (phase_ != Phase::none)
            return true; // a wheel turned while dragging would fight the drag
        inertia_.stop();
        origin_ = e.pos;
        axis_ = ScrollAxis::none;
        add_to(scroll_delta_, ImVec2(e.wheel.x * scaled(tuning_.wheel_step),
                                     e.wheel.y * scaled(tuning_.wheel_step)));
        return true;
    case Kind::cancel:
        if (tap_)
            hide_pointer();
        phase_ = Phase::none;
        tap_ = false;
        inertia_.stop();
        return true;
    }
    return true;
}

// [SECTION] Frames

void TouchInput::new_frame(ImGuiIO& io, double dt) {
    now_ += dt > 0 ? dt : 0;
    scroll_delta_ = ImVec2(0, 0);
    swipe_ = 0;
    // The frame after a tap's release, the pointer leaves so nothing stays hovered.
    if (phase_ == Phase::none)
        hide_pointer();

    while (!queue_.empty() && apply(queue_.front()))
        queue_.pop_front();

    if (phase_ == Phase::press || phase_ == Phase::drag)
        velocity_.add(now_, pos_);
    // A fling started this frame has not had any time to move yet.
    if (inertia_.running() && inertia_start_ < now_)
        add_to(scroll_delta_, inertia_.step(dt));

    io.MousePos = imgui_pos_;
    io.MouseDown[0] = imgui_down_;
    fed_down_ = imgui_down_;
    shown_pointer_ = imgui_pos_.x != off_screen.x;
}

void TouchInput::reset() {
    queue_.clear();
    source_ = Source::none;
    has_second_ = false;
    phase_ = Phase::none;
    tap_ = false;
    axis_ = ScrollAxis::none;
    velocity_.reset();
    inertia_.stop();
    hide_pointer();
    scroll_delta_ = ImVec2(0, 0);
    swipe_ = 0;
}

std::optional<Pinch> TouchInput::pinch() const {
    if (phase_ != Phase::pinch)
        return std::nullopt;
    return Pinch{pos_, second_pos_, pinch_start_distance_};
}

bool TouchInput::pending() const {
    return !queue_.empty() || (phase_ == Phase::none && shown_pointer_);
}

bool TouchInput::idle() const {
    return queue_.empty() && phase_ == Phase::none && !inertia_.running() && !shown_pointer_;
}

} // namespace vitrine::kiosk
