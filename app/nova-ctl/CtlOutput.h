#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace nova::ctl {

// Exit codes scripts can rely on.
enum ExitCode { Ok = 0, Denied = 1, Usage = 2, Failure = 3 };

// Where nova-ctl writes: results on stdout (text or stable JSON), errors on stderr.
class CtlOutput {
public:
    CtlOutput(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    void line(const QString& text) { m_out << text << Qt::endl; }
    void text(const QString& text)
    {
        m_out << text;
        m_out.flush();
    }
    void json(const QJsonObject& object);
    void json(const QJsonArray& array);
    // Fixed-width columns; the header is printed once.
    void table(const QStringList& header, const QList<QStringList>& rows);
    int error(const QString& message, int code = Failure);
    // Text for a person at a terminal (prompts), on stderr so stdout stays parseable.
    void prompt(const QString& text)
    {
        m_err << text;
        m_err.flush();
    }

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace nova::ctl
