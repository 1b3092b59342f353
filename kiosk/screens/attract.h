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
    static constexpr double kSlide = 7.0; // seconds a photo stays
    static constexpr double kFade = 1.2;  // seconds of cross-fade
    double started_ = -1;
};

} // namespace vitrine::kiosk
