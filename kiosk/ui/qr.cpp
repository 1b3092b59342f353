#include "ui/qr.h"

#include <cmath>
#include <qrencode.h>

namespace vitrine::kiosk {

QrCode QrCode::encode(const std::string& text, int min_version) {
    QrCode out;
    QRcode* code = QRcode_encodeString(text.c_str(), min_version, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return out;
    out.size = code->width;
    out.dark.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
    for (size_t i = 0; i < out.dark.size(); ++i)
        out.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return out;
}

void QrCode::draw(ImDrawList* dl, Rect r) const {
    dl->AddRectFilled(r.min(), r.max(), IM_COL32_WHITE);
    if (size == 0)
        return;
    const int quiet = 2;
    float cell = std::floor(r.w / static_cast<float>(size + 2 * quiet));
    float origin_x = std::floor(r.x + (r.w - cell * static_cast<float>(size)) / 2);
    float origin_y = std::floor(r.y + (r.h - cell * static_cast<float>(size)) / 2);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (dark[static_cast<size_t>(y * size + x)])
                dl->AddRectFilled(ImVec2(origin_x + static_cast<float>(x) * cell,
                                         origin_y + static_cast<float>(y) * cell),
                                  ImVec2(origin_x + static_cast<float>(x + 1) * cell,
                                         origin_y + static_cast<float>(y + 1) * cell),
                                  IM_COL32(20, 16, 12, 255));
}

std::string contact_card(const std::string& name, const std::string& phone,
                         const std::string& email, const std::string& website,
                         const std::string& note) {
    auto escape = [](const std::string& s) {
        std::string out;
        for (char c : s) {
            if (c == ',' || c == ';' || c == '\\')
                out += '\\';
            if (c == '\n') {
                out += "\\n";
                continue;
            }
            out += c;
        }
        return out;
    };
    std::string card = "BEGIN:VCARD\nVERSION:3.0\nFN:" + escape(name) + "\n";
    if (!phone.empty())
        card += "TEL;TYPE=CELL:" + phone + "\n";
    if (!email.empty())
        card += "EMAIL:" + email + "\n";
    if (!website.empty())
        card += "URL:" + website + "\n";
    if (!note.empty())
        card += "NOTE:" + escape(note) + "\n";
    return card + "END:VCARD\n";
}

} // namespace vitrine::kiosk
