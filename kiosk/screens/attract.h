// When nobody is there: a slow slideshow of products, each captioned with its maker and town, the
// fair's name and dates, and the invitation to touch, in three languages. One touch starts.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class AttractScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override { started_ = -1; }
    bool chrome() const override { return false; }
    bool resting() const override { return true; }
    bool animating(const Ui& ui) const override;
    std::optional<double> wake_in(const Ui& ui) const override;

private:
    void draw_caption(Ui& ui, const Product& product, Rect photo);

    // The kiosk's idle state, so it must cost almost nothing. Without a GPU every frame
    // rasterises the whole screen (a cross-fade was eight of them a slide), so a new photo cuts
    // in every kSlide seconds, one frame; it is decoded kPrefetch seconds ahead, in a wake that
    // changes nothing on screen, so that the cut never shows a placeholder.
    static constexpr double kSlide = 30.0;
    static constexpr double kPrefetch = 3.0;
    // The window loop may wake a moment early; a slide due that soon counts as due.
    static constexpr double kEarly = 0.01;
    double started_ = -1;
};

} // namespace vitrine::kiosk
