#pragma once

#include <QString>

namespace nova::ui {

// Puts a secret (a TOTP key, backup codes) on the clipboard marked so that
// clipboard managers that honour the hint (KDE's Klipper and others) keep
// it out of their history.
class SecretClipboard {
public:
    static void copy(const QString& text);
};

} // namespace nova::ui
