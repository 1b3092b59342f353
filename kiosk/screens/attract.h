// When nobody is there: a slow slideshow of products and makers, the fair's name and dates,
// and the invitation to touch, in three languages. One touch starts.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class AttractScreen : public Screen {
public:
    void draw(Ui& ui, const Route& route, Rect area) override;
    void reset() override { started_ = -1; }
    bool chrome() const override { return false; }
    bool animating(const Ui& ui) const override;
    std::optional<double> wake_in(const Ui& ui) const override;

private:
    // A photo stays 12 s and fades in over 0.8 s at 10 frames a second: the kiosk's idle state,
    // so it must cost almost nothing.
    static constexpr double kSlide = 12.0;
    static constexpr double kFade = 0.8;
    static constexpr double kFadeFrame = 0.1;
    double started_ = -1;
};

} // namespace vitrine::kiosk
