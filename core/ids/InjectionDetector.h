#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace nova {

enum class InjectionKind { None, Sql, Xss };

struct InjectionFinding {
    InjectionKind kind = InjectionKind::None;
    QString pattern; // the rule that matched, e.g. "sql_tautology", "xss_script_tag"

    bool detected() const { return kind != InjectionKind::None; }
};

// Recognises SQL injection and XSS attempts in a field value. The rules look
// for attack structure (a closing quote followed by a tautology, UNION
// SELECT, a stacked statement, a script tag, an event handler inside a tag,
// a javascript: URL with code, …), not for single words, so a customer note
// with a semicolon, the word "select", "drop by the office", an apostrophe
// or "<3" is not an attack. Input is also checked after URL, HTML-entity and
// backslash-escape decoding, NFKC folding (full-width letters) and removal of
// SQL inline comments, so encoded variants are caught too.
class InjectionDetector {
public:
    InjectionDetector();

    InjectionFinding inspect(const QString& text) const;

    static QString kindName(InjectionKind kind); // "none", "sql", "xss"

private:
    struct Rule {
        QString name;
        InjectionKind kind;
        QRegularExpression pattern;
    };
    InjectionFinding match(const QString& text) const;

    QList<Rule> m_rules;
};

} // namespace nova
