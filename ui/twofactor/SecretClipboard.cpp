#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace nova::ui {

void SecretClipboard::copy(const QString& text)
{
    auto* data = new QMimeData; // owned by the clipboard from here on
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace nova::ui
