#include "InjectionDetector.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace nova {

namespace {

constexpr int kMaxDecodeRounds = 4;
// Nobody types a 64 KiB attack into a form field that is then rendered;
// longer input is inspected in its first part only, so inspection stays cheap.
constexpr qsizetype kMaxInspected = 64 * 1024;

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?"));
    static const QHash<QString, QString> named{
        {QStringLiteral("lt"), QStringLiteral("<")},     {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},  {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("tab"), QStringLiteral("\t")},   {QStringLiteral("newline"), QStringLiteral("\n")},
        {QStringLiteral("lpar"), QStringLiteral("(")},   {QStringLiteral("rpar"), QStringLiteral(")")},
        {QStringLiteral("sol"), QStringLiteral("/")},    {QStringLiteral("semi"), QStringLiteral(";")},
        {QStringLiteral("equals"), QStringLiteral("=")}, {QStringLiteral("grave"), QStringLiteral("`")},
    };
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString body = m.captured(1);
        QString replacement;
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = body.at(1).toLower() == QLatin1Char('x') ? body.mid(2).toUInt(&ok, 16)
                                                                       : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t character = code;
                replacement = QString::fromUcs4(&character, 1);
            }
        } else {
            replacement = named.value(body.toLower());
        }
        if (replacement.isEmpty())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// \u003c and \x3c, as JavaScript and JSON write them.
QString decodeBackslashEscapes(const QString& text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    static const QRegularExpression escape(QStringLiteral("\\\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString hex = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(static_cast<char16_t>(hex.toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString decodeOnce(const QString& text)
{
    static const QRegularExpression percent(QStringLiteral("%[0-9a-fA-F]{2}"));
    QString out = text;
    if (percent.match(out).hasMatch())
        out = QString::fromUtf8(QByteArray::fromPercentEncoding(out.toUtf8()));
    return decodeBackslashEscapes(decodeEntities(out));
}

// The forms a browser or a database would see: decoded, with SQL inline
// comments read as spaces, as nothing, or (MySQL's /*!…*/) as their content,
// and with the tabs and line breaks that browsers ignore inside a URL scheme removed.
QStringList variants(const QString& input)
{
    QStringList forms;
    const auto add = [&forms](const QString& form) {
        if (!forms.contains(form))
            forms.append(form);
    };
    const QString folded = input.left(kMaxInspected).normalized(QString::NormalizationForm_KC);
    add(folded);
    QString decoded = folded;
    for (int round = 0; round < kMaxDecodeRounds; ++round) {
        const QString next = decodeOnce(decoded);
        if (next == decoded)
            break;
        decoded = next.normalized(QString::NormalizationForm_KC);
    }
    add(decoded);
    if (decoded != folded && folded.contains(QLatin1Char('%')))
        add(QString(decoded).replace(QLatin1Char('+'), QLatin1Char(' ')));
    if (decoded.contains(QLatin1String("/*"))) {
        static const QRegularExpression comment(QStringLiteral("/\\*(?!!).*?\\*/"),
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression versioned(QStringLiteral("/\\*!\\d*|\\*/"));
        add(QString(decoded).replace(comment, QStringLiteral(" ")).replace(versioned, QStringLiteral(" ")));
        add(QString(decoded).replace(comment, QString()).replace(versioned, QString()));
    }
    static const QRegularExpression controls(QStringLiteral("[\\t\\r\\n\\x00]"));
    if (decoded.contains(controls))
        add(QString(decoded).remove(controls));
    return forms;
}

} // namespace

InjectionDetector::InjectionDetector()
{
    const auto rule = [this](const char* name, InjectionKind kind, const char* pattern) {
        m_rules.append(Rule{
            QString::fromLatin1(name), kind,
            QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption)});
    };
    const InjectionKind sql = InjectionKind::Sql;
    const InjectionKind xss = InjectionKind::Xss;

    // A closing quote, then OR/AND with an always-true comparison: ' OR 1=1, ' or 'a'='a, ') OR ('x'='x.
    rule("sql_tautology", sql,
         R"re(['"`]\s*\)*\s*(?:or|and|\|\||&&)\s+\(*\s*(['"]?)(\w+)\1\s*(?:=|like)\s*\(*\s*['"]?\2(?!\w))re");
    rule("sql_tautology", sql,
         R"re(['"`]\s*\)*\s*(?:or|and|\|\|)\s+\(*\s*\d+\s*(?:=|<>|!=|<=|>=|<|>)\s*\d+)re");
    rule("sql_tautology", sql, R"re(['"]\s*(?:or|and)\s+['"]{2}\s*=\s*['"])re");
    rule("sql_tautology", sql,
         R"re(['"]\s*\)*\s*(?:or|and)\s+(?:true|false|not\s+false|\d+)\s*(?:--|#|/\*|;|$))re");
    rule("sql_tautology", sql, R"re(\b(?:or|and)\s+(\d+)\s*=\s*\1\b)re");
    // A closing quote and a comment that cuts the rest of the statement off: admin'--, admin'#, x'/*.
    rule("sql_comment_cut", sql, R"re(\w['"`]\s*\)*\s*(?:--[\s\-+]*|#\s*)$)re");
    rule("sql_comment_cut", sql, R"re(\w['"`]\s*\)*\s*/\*)re");
    rule("sql_union_select", sql, R"re(\bunion\b(?:\s+(?:all|distinct))?[\s(]*select\b)re");
    // A second statement after a semicolon, with the shape of SQL rather than of a sentence.
    rule(
        "sql_stacked_query", sql,
        R"re(;\s*(?:drop\s+(?:table|database|schema|view|user|index|function)\b|delete\s+from\b|insert\s+into\b|)re"
        R"re(update\s+\w+\s+set\b|truncate\s+(?:table\s+)?\w|alter\s+(?:table|user|database|role)\b|)re"
        R"re(create\s+(?:table|user|database|function|role)\b|exec(?:ute)?\s*(?:xp_|sp_|master\.|\()|)re"
        R"re(shutdown\b\s*(?:--|;|$)|declare\s+@|grant\s+all\b|)re"
        R"re(select\s+(?:\*\s+from|@@\w|null\s*(?:,|--|from)|\d+\s*(?:--|;|$|from)|pg_sleep|sleep\(|version\(|user\(|current_user|database\(|load_file)))re");
    rule("sql_stacked_query", sql,
         R"re(['"`]\s*\)*\s*;\s*(?:drop|delete|insert|update|truncate|alter|exec|shutdown|select)\b)re");
    rule("sql_time_based", sql,
         R"re(\b(?:pg_)?sleep\(\s*\d+(?:\.\d+)?\s*\)|\bbenchmark\(\s*\d+\s*,|\bwaitfor\s+delay\s+['"]\d|)re"
         R"re(\bdbms_pipe\.receive_message\s*\(|\brandomblob\(\s*\d{6,})re");
    rule("sql_schema_probe", sql,
         R"re(\binformation_schema\.|\bpg_catalog\.|\bsqlite_master\b|\bsysobjects\b|\bsyscolumns\b|)re"
         R"re(\bmysql\.user\b|\bxp_cmdshell\b|\bload_file\s*\(|\binto\s+(?:out|dump)file\b|@@version\b|)re"
         R"re(\bpg_read_file\s*\(|\butl_http\.)re");
    rule("sql_subquery", sql, R"re(['"`]\s*\)*\s*(?:and|or|\|\||\+)[^'"]{0,40}?\(\s*select\b)re");
    rule("sql_order_probe", sql, R"re(['"`]\s*\)*\s*(?:order|group)\s+by\s+\d+\s*(?:--|#|$))re");
    rule(
        "sql_error_based", sql,
        R"re(\b(?:extractvalue|updatexml)\s*\(|\bconvert\s*\(\s*int\s*,\s*\(?\s*select\b|\bcast\s*\(\s*\(\s*select\b)re");
    rule("sql_char_encoding", sql,
         R"re(\bchar\(\s*\d+\s*(?:,\s*\d+\s*){2,}\)|\bconcat(?:_ws)?\(\s*0x[0-9a-f])re");

    rule("xss_script_tag", xss, R"re(</?script\b)re");
    rule("xss_event_handler", xss, R"re(<[a-z][a-z0-9]*\b[^>]*?[\s/"'`]on[a-z]{3,}\s*=)re");
    rule("xss_javascript_url", xss, R"re(\b(?:java|vb|live)script:\s*\S*[(=`])re");
    rule("xss_javascript_url", xss,
         R"re(\b(?:href|src|action|formaction|data|xlink:href)\s*=\s*['"]?\s*(?:java|vb)script:)re");
    rule(
        "xss_dangerous_tag", xss,
        R"re(<(?:iframe|frame|frameset|object|embed|applet|base|style|template|xss)\b|<meta\b[^>]*http-equiv)re");
    rule(
        "xss_js_api", xss,
        R"re(\bdocument\s*\.\s*(?:cookie|write|domain)\b|\bwindow\s*\.\s*location\b|)re"
        R"re(\b(?:alert|prompt|confirm)(?:\(\s*(?:['"`\d/]|document|window)|`)|\beval\(|\bstring\.fromcharcode\()re");
    rule("xss_data_uri", xss, R"re(\bdata:\s*(?:text/html|image/svg\+xml|application/x-javascript))re");
    rule("xss_css_expression", xss, R"re(\bstyle\s*=[^>]*\bexpression\s*\(|-moz-binding\s*:)re");
}

InjectionFinding InjectionDetector::inspect(const QString& text) const
{
    if (text.isEmpty())
        return {};
    const QStringList forms = variants(text);
    for (const QString& form : forms) {
        const InjectionFinding finding = match(form);
        if (finding.detected())
            return finding;
    }
    return {};
}

InjectionFinding InjectionDetector::match(const QString& text) const
{
    for (const Rule& rule : m_rules) {
        if (rule.pattern.match(text).hasMatch())
            return InjectionFinding{rule.kind, rule.name};
    }
    return {};
}

QString InjectionDetector::kindName(InjectionKind kind)
{
    switch (kind) {
    case InjectionKind::Sql:
        return QStringLiteral("sql");
    case InjectionKind::Xss:
        return QStringLiteral("xss");
    case InjectionKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace nova
