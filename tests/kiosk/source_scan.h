// Reads the kiosk's C++ sources as the translation checks need them: every string literal with
// its line and the calls it sits in, so a test can tell a key looked up with tr() from a French
// word drawn as it is. Not a C++ parser: comments, preprocessor lines, character literals and
// raw strings are understood, and calls are found by their name and their parentheses.
#pragma once

#include "vitrine/catalog/text.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine::test {

struct Token {
    enum Kind { identifier, literal, punct, other };
    Kind kind = other;
    std::string text; // as written; for a string literal, its value with escapes decoded
    size_t line = 0;
};

// A call (or a bare parenthesis, brace or bracket) around a literal, and which of its
// arguments the literal is in.
struct Frame {
    std::string call;         // the name before "(", or "" for other brackets
    bool member = false;      // called as x.call( or x->call(
    bool imgui = false;       // called as ImGui::call(
    bool declaration = false; // looks like a definition: "void call(", "Ui::call("
    size_t arg = 0;           // the argument the walk is in
    size_t args = 0;          // how many arguments the call has
};

struct LiteralSite {
    std::string value;
    size_t line = 0;
    std::vector<Frame> frames; // outermost first
};

// A string drawn on screen without going through the translation layer.
struct Bypass {
    size_t line = 0;
    std::string call; // the drawing call, e.g. "text"
    std::string literal;
};

// A literal naming a translation key (or, ending with '.', the start of a family of keys).
struct KeyUse {
    size_t line = 0;
    std::string key;
    bool prefix = false;
};

namespace scan_detail {

inline bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_ident(char c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}
inline int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace scan_detail

inline std::vector<Token> tokenize(std::string_view s) {
    using namespace scan_detail;
    std::vector<Token> out;
    size_t i = 0, line = 1;
    bool line_start = true;
    auto at = [&](size_t k) { return i + k < s.size() ? s[i + k] : '\0'; };

    // At the opening quote of a string literal; `raw` for R"delim(...)delim".
    auto read_string = [&](bool raw) {
        Token t{Token::literal, {}, line};
        ++i; // the quote
        if (raw) {
            size_t open = s.find('(', i);
            if (open == std::string_view::npos) {
                i = s.size();
                return t;
            }
            std::string end = ")" + std::string(s.substr(i, open - i)) + "\"";
            size_t close = s.find(end, open + 1);
            if (close == std::string_view::npos)
                close = s.size();
            t.text = std::string(s.substr(open + 1, close - open - 1));
            for (char c : t.text)
                line += c == '\n';
            i = std::min(s.size(), close + end.size());
            return t;
        }
        while (i < s.size() && s[i] != '"' && s[i] != '\n') {
            if (s[i] != '\\') {
                t.text += s[i++];
                continue;
            }
            char e = at(1);
            i += 2;
            switch (e) {
            case 'n':
                t.text += '\n';
                break;
            case 't':
                t.text += '\t';
                break;
            case 'r':
                t.text += '\r';
                break;
            case 'x': {
                unsigned value = 0;
                while (i < s.size() && hex_value(s[i]) >= 0)
                    value = value * 16 + static_cast<unsigned>(hex_value(s[i++]));
                t.text += static_cast<char>(value & 0xFF);
                break;
            }
            case 'u':
            case 'U': {
                char32_t cp = 0;
                for (int k = 0; k < (e == 'u' ? 4 : 8) && i < s.size() && hex_value(s[i]) >= 0; ++k)
                    cp = cp * 16 + static_cast<char32_t>(hex_value(s[i++]));
                vitrine::append_utf8(t.text, cp);
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    unsigned value = static_cast<unsigned>(e - '0');
                    for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
                        value = value * 8 + static_cast<unsigned>(s[i++] - '0');
                    t.text += static_cast<char>(value & 0xFF);
                } else {
                    t.text += e; // \" \' \\ \? and the rest stand for themselves
                }
            }
        }
        ++i; // the closing quote
        return t;
    };
    auto skip_char_literal = [&]() {
        ++i;
        while (i < s.size() && s[i] != '\'' && s[i] != '\n')
            i += s[i] == '\\' ? 2 : 1;
        ++i;
    };

    while (i < s.size()) {
        char c = s[i];
        if (c == '\n') {
            ++line, ++i;
            line_start = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
            continue;
        }
        if (c == '#' && line_start) { // a preprocessor line, continuations included
            while (i < s.size() && s[i] != '\n') {
                if (s[i] == '\\' && at(1) == '\n')
                    ++line, ++i;
                ++i;
            }
            continue;
        }
        line_start = false;
        if (c == '/' && at(1) == '/') {
            while (i < s.size() && s[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && at(1) == '*') {
            i += 2;
            while (i < s.size() && !(s[i] == '*' && at(1) == '/'))
                line += s[i++] == '\n';
            i += 2;
            continue;
        }
        if (is_ident_start(c)) {
            size_t start = i;
            while (i < s.size() && is_ident(s[i]))
                ++i;
            std::string word(s.substr(start, i - start));
            static const std::set<std::string> prefixes{"u8",  "u",  "U",  "L", "R",
                                                        "u8R", "uR", "UR", "LR"};
            if (i < s.size() && (s[i] == '"' || s[i] == '\'') && prefixes.count(word)) {
                if (s[i] == '"')
                    out.push_back(read_string(word.back() == 'R'));
                else
                    skip_char_literal();
                continue;
            }
            out.push_back({Token::identifier, std::move(word), line});
            continue;
        }
        if (c >= '0' && c <= '9') {
            size_t start = i;
            while (i < s.size() && (is_ident(s[i]) || s[i] == '.' || s[i] == '\'' ||
                                    ((s[i] == '+' || s[i] == '-') &&
                                     (s[i - 1] == 'e' || s[i - 1] == 'E' || s[i - 1] == 'p'))))
                ++i;
            out.push_back({Token::other, std::string(s.substr(start, i - start)), line});
            continue;
        }
        if (c == '"') {
            out.push_back(read_string(false));
            continue;
        }
        if (c == '\'') {
            skip_char_literal();
            continue;
        }
        if ((c == '-' && at(1) == '>') || (c == ':' && at(1) == ':')) {
            out.push_back({Token::punct, std::string(s.substr(i, 2)), line});
            i += 2;
            continue;
        }
        out.push_back({Token::punct, std::string(1, c), line});
        ++i;
    }
    return out;
}

// Every string literal of `source`, with the calls around it.
inline std::vector<LiteralSite> literal_sites(std::string_view source) {
    std::vector<Token> tokens = tokenize(source);
    // First pass: how many arguments each opening bracket holds.
    std::map<size_t, size_t> arg_count; // index of "(" -> arguments
    {
        std::vector<std::pair<size_t, bool>> open; // index, anything seen in the current arg
        for (size_t k = 0; k < tokens.size(); ++k) {
            const Token& t = tokens[k];
            bool opener =
                t.kind == Token::punct && (t.text == "(" || t.text == "[" || t.text == "{");
            bool closer =
                t.kind == Token::punct && (t.text == ")" || t.text == "]" || t.text == "}");
            if (!open.empty() && !closer)
                open.back().second = true;
            if (opener) {
                open.push_back({k, false});
                arg_count[k] = 0;
            } else if (closer && !open.empty()) {
                if (open.back().second)
                    ++arg_count[open.back().first];
                open.pop_back();
            } else if (t.kind == Token::punct && t.text == "," && !open.empty()) {
                ++arg_count[open.back().first];
                open.back().second = false;
            }
        }
    }
    static const std::set<std::string> not_declarators{"return", "co_return", "else",    "do",
                                                       "case",   "throw",     "co_await"};
    std::vector<LiteralSite> out;
    std::vector<Frame> stack;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.kind == Token::literal) {
            out.push_back({t.text, t.line, stack});
            continue;
        }
        if (t.kind != Token::punct)
            continue;
        if (t.text == "(" || t.text == "[" || t.text == "{") {
            Frame f;
            f.args = arg_count[k];
            if (t.text == "(" && k > 0 && tokens[k - 1].kind == Token::identifier) {
                f.call = tokens[k - 1].text;
                const Token* before = k > 1 ? &tokens[k - 2] : nullptr;
                if (before && before->kind == Token::punct)
                    f.member = before->text == "." || before->text == "->";
                if (before && before->text == "::")
                    f.imgui = k > 2 && tokens[k - 3].text == "ImGui";
                f.declaration =
                    before &&
                    ((before->text == "::" && !f.imgui) ||
                     (before->kind == Token::identifier && !not_declarators.count(before->text)) ||
                     before->text == "*" || before->text == "&" || before->text == ">");
            } else if (t.text != "(") {
                f.call = t.text;
            }
            stack.push_back(std::move(f));
        } else if ((t.text == ")" || t.text == "]" || t.text == "}") && !stack.empty()) {
            stack.pop_back();
        } else if (t.text == "," && !stack.empty()) {
            ++stack.back().arg;
        }
    }
    return out;
}

// Whether a string has a letter of any script: a word a visitor would read. Punctuation,
// separators, digits, symbols and the icon font's private-use glyphs have none.
inline bool has_letter(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        char32_t cp = c;
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (n > 1) {
            cp = c & (0x7F >> n);
            for (size_t k = 1; k < n && i + k < utf8.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        }
        i += n;
        bool letter;
        if (cp < 0x80)
            letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        else if (cp < 0xC0)
            letter = cp == 0xAA || cp == 0xB5 || cp == 0xBA;
        else if (cp >= 0x0600 && cp <= 0x06FF) // Arabic: letters, not its digits and marks
            letter = (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
                     cp == 0x06D5 || (cp >= 0x06FA && cp <= 0x06FF);
        else
            letter = cp != 0xD7 && cp != 0xF7 && !(cp >= 0x0300 && cp <= 0x036F) &&
                     !(cp >= 0x2000 && cp <= 0x2BFF) && // punctuation, symbols, arrows, shapes
                     !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xE000 && cp <= 0xF8FF) &&
                     !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xFF00 && cp <= 0xFF20);
        if (letter)
            return true;
    }
    return false;
}

// The calls that put text on screen (ui/ui.h), and which of their arguments is the text: what
// Ui::text and Ui::paragraph draw, the label Ui::button draws and Ui::hit and Ui::record give
// the runner, ImDrawList::AddText's text, ImGui's own text widgets, and the screens' helpers
// that pass a text on to them.
struct TextCall {
    std::string name;
    enum Scope { member, imgui, free } scope;
    std::vector<size_t> text_args; // empty: AddText, whose text is 5th or 3rd by overload
};

inline const std::vector<TextCall>& text_calls() {
    static const std::vector<TextCall> calls{
        {"text", TextCall::member, {1}},       {"paragraph", TextCall::member, {1}},
        {"button", TextCall::member, {2}},     {"hit", TextCall::member, {2}},
        {"record", TextCall::member, {0}},     {"AddText", TextCall::member, {}},
        {"Text", TextCall::imgui, {0}},        {"TextUnformatted", TextCall::imgui, {0}},
        {"TextWrapped", TextCall::imgui, {0}}, {"Button", TextCall::imgui, {0}},
        {"way_in", TextCall::free, {4, 5}},    // screens/home.cpp: name, help
        {"lay_out_text", TextCall::free, {3}}, // screens/search.cpp
    };
    return calls;
}

inline bool is_placeholder_name(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (!scan_detail::is_ident(c))
            return false;
    return true;
}

// String literals drawn as they are: in the text argument of a drawing call and outside the
// key or placeholder name of a tr() or format() call. Strings with no letter (separators such
// as " · ", icon glyphs) pass.
inline std::vector<Bypass> find_bypasses(std::string_view source) {
    std::vector<Bypass> out;
    for (const LiteralSite& site : literal_sites(source)) {
        // The innermost drawing call around the literal, and the argument it is in.
        size_t drawing = site.frames.size();
        const TextCall* call = nullptr;
        for (size_t f = site.frames.size(); f-- > 0 && !call;) {
            const Frame& frame = site.frames[f];
            for (const TextCall& c : text_calls()) {
                bool scope_ok = c.scope == TextCall::member  ? frame.member
                                : c.scope == TextCall::imgui ? frame.imgui
                                                             : !frame.member && !frame.declaration;
                if (frame.call == c.name && scope_ok) {
                    call = &c;
                    drawing = f;
                    break;
                }
            }
        }
        if (!call)
            continue;
        const Frame& frame = site.frames[drawing];
        std::vector<size_t> text_args = call->text_args;
        if (text_args.empty())
            text_args = {frame.args >= 5 ? size_t{4} : size_t{2}};
        bool in_text = false;
        for (size_t a : text_args)
            in_text |= frame.arg == a;
        if (!in_text)
            continue;
        // Inside the drawn text: a key, a key's family or a placeholder name passes.
        bool translated = false;
        for (size_t f = site.frames.size(); f-- > drawing + 1;) {
            const Frame& inner = site.frames[f];
            if (inner.call == "tr") {
                translated = true;
                break;
            }
            if (inner.call == "format") {
                translated = inner.arg == 1 || (inner.arg == 2 && is_placeholder_name(site.value));
                break;
            }
        }
        if (!translated && has_letter(site.value))
            out.push_back({site.line, call->name, site.value});
    }
    return out;
}

// Whether a literal looks like a translation key ("home.search", "month."), not a file name.
inline bool looks_like_key(std::string_view s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z') || s.find('.') == std::string_view::npos)
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'))
            return false;
    if (s.find("..") != std::string_view::npos)
        return false;
    static const std::set<std::string, std::less<>> extensions{
        "json", "png", "jpg",    "jpeg", "webp", "txt", "log",  "ttf", "otf", "h",
        "cpp",  "db",  "sqlite", "zip",  "csv",  "xml", "html", "svg", "pack"};
    std::string_view last = s.substr(s.rfind('.') + 1);
    return last.empty() || !extensions.count(last);
}

// The keys a source names: the key of every tr() and format() call, and every literal shaped
// like a key (the tables of keys that screens look up later). A literal ending with '.' is the
// start of a family completed at run time ("month." + number).
inline std::vector<KeyUse> find_key_uses(std::string_view source) {
    std::vector<KeyUse> out;
    for (const LiteralSite& site : literal_sites(source)) {
        bool key_position = false;
        for (size_t f = site.frames.size(); f-- > 0;) {
            const Frame& frame = site.frames[f];
            if (frame.call == "tr") {
                key_position = true;
                break;
            }
            if (frame.call == "format") {
                key_position = frame.arg == 1;
                break;
            }
        }
        if (key_position || looks_like_key(site.value))
            out.push_back({site.line, site.value, !site.value.empty() && site.value.back() == '.'});
    }
    return out;
}

// [SECTION] Layers

// An #include "..." of a source: its line and the path written.
struct Include {
    size_t line = 0;
    std::string path;
};

inline std::vector<Include> quoted_includes(std::string_view source) {
    std::vector<Include> out;
    size_t line = 0;
    for (size_t start = 0; start < source.size();) {
        size_t end = source.find('\n', start);
        std::string_view text = source.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        ++line;
        size_t hash = text.find_first_not_of(" \t");
        if (hash != std::string_view::npos && text[hash] == '#') {
            std::string_view rest = text.substr(hash + 1);
            rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
            if (rest.starts_with("include")) {
                size_t open = rest.find('"');
                size_t close = open == std::string_view::npos ? open : rest.find('"', open + 1);
                if (close != std::string_view::npos)
                    out.push_back({line, std::string(rest.substr(open + 1, close - open - 1))});
            }
        }
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return out;
}

// The kiosk's layers, lowest first, and what each may include besides itself and the
// catalogue ("vitrine/..."): only layers below it. Files at kiosk/'s root (main.cpp) sit on top.
inline const std::map<std::string, std::set<std::string>>& kiosk_layers() {
    static const std::map<std::string, std::set<std::string>> layers{
        {"platform", {}},
        {"input", {"platform"}},
        {"nav", {}},
        {"ui", {"platform", "input", "nav"}},
        {"screens", {"platform", "input", "nav", "ui"}},
        {"app", {"platform", "input", "nav", "ui", "screens"}},
    };
    return layers;
}

// An include reaching up (or sideways into a layer it may not use): "ui/ui.h:9 includes
// app/navigator.h".
struct LayerBreach {
    size_t line = 0;
    std::string included;
};

// `layer` is the folder under kiosk/ the source is in.
inline std::vector<LayerBreach> find_layer_breaches(const std::string& layer,
                                                    std::string_view source) {
    std::vector<LayerBreach> out;
    auto it = kiosk_layers().find(layer);
    if (it == kiosk_layers().end())
        return out; // the top: may include anything
    for (const Include& inc : quoted_includes(source)) {
        std::string to = inc.path.substr(0, inc.path.find('/'));
        if (to == layer || to == "vitrine" || inc.path.find('/') == std::string::npos)
            continue;
        if (!it->second.count(to))
            out.push_back({inc.line, inc.path});
    }
    return out;
}

} // namespace vitrine::test
