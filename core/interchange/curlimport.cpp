// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "curlimport.h"

#include "json/jsonparser.h"
#include "shellwords.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ewb {

namespace {

// The translation context of this file's messages.
class CurlImportText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::CurlImport)
};

enum class Arg { None, Value };

// Options that take a value, and what the importer does with them.
const char *const valueOptionsIgnored[] = {"-o", "--output", "-m", "--max-time", "--connect-timeout",
    "--retry", "-w", "--write-out", "--cacert", "--cert", "-e", "--referer", "-b", "--cookie", "-A",
    "--user-agent", "--retry-delay", "--resolve", "-x", "--proxy"};
const char shortValueLetters[] = "XHudoemwAbx";

bool takesIgnoredValue(const QString &option)
{
    for (const char *o : valueOptionsIgnored) {
        if (option == QLatin1String(o))
            return true;
    }
    return false;
}

Error fail(const QString &message)
{
    return Error {QStringLiteral("curl.unsupported"), message};
}

// "$NAME" or "${NAME}" as a whole: a shell variable the user meant to be expanded.
std::optional<QString> shellVariable(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (m.hasMatch())
        return m.captured(1);
    return std::nullopt;
}

} // namespace

Result<CurlImport> importCurlCommand(QStringView command)
{
    QString text = command.trimmed().toString();
    if (text.startsWith(QLatin1String("$ ")))
        text.remove(0, 2);
    Result<QStringList> split = splitShellWords(text);
    if (!split)
        return split.error();
    QStringList words = split.value();
    if (words.isEmpty() ||
        (words.first() != QLatin1String("curl") && !words.first().endsWith(QLatin1String("/curl"))))
        return fail(CurlImportText::tr("this is not a curl command (it should start with \"curl\")"));
    words.removeFirst();

    CurlImport out;
    QString method, url, user;
    QStringList headers, data;
    const auto note = [&](ImportNote::Kind kind, const QString &message) {
        out.notes.append(ImportNote {kind, QString(), message});
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString option = words[i];
        QString value;
        bool hasValue = false;
        // Attached values: --data=..., -XPOST, -H'...'.
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
            hasValue = true;
        } else if (option.size() > 2 && option[0] == u'-' && option[1] != u'-' &&
            QLatin1String(shortValueLetters).contains(option[1])) {
            value = option.mid(2);
            option = option.left(2);
            hasValue = true;
        }
        const auto next = [&]() -> std::optional<QString> {
            if (hasValue)
                return value;
            if (i + 1 < words.size())
                return words[++i];
            return std::nullopt;
        };
        if (!option.startsWith(QLatin1Char('-')) || option == QLatin1String("-")) {
            url = option;
            continue;
        }
        if (option == QLatin1String("-X") || option == QLatin1String("--request")) {
            const auto v = next();
            if (!v)
                return fail(CurlImportText::tr("%1 needs a method").arg(option));
            method = v->toUpper();
        } else if (option == QLatin1String("-H") || option == QLatin1String("--header")) {
            const auto v = next();
            if (!v)
                return fail(CurlImportText::tr("%1 needs a header").arg(option));
            headers.append(*v);
        } else if (option == QLatin1String("-u") || option == QLatin1String("--user")) {
            const auto v = next();
            if (!v)
                return fail(CurlImportText::tr("%1 needs a user").arg(option));
            user = *v;
        } else if (option == QLatin1String("--url")) {
            const auto v = next();
            if (!v)
                return fail(CurlImportText::tr("--url needs a URL"));
            url = *v;
        } else if (option == QLatin1String("-d") || option == QLatin1String("--data") ||
            option == QLatin1String("--data-raw") || option == QLatin1String("--data-binary") ||
            option == QLatin1String("--data-ascii") || option == QLatin1String("--json")) {
            const auto v = next();
            if (!v)
                return fail(CurlImportText::tr("%1 needs data").arg(option));
            if (v->startsWith(QLatin1Char('@')) && option != QLatin1String("--data-raw"))
                return fail(
                    CurlImportText::tr("the body is read from the file %1: paste the file's JSON instead")
                        .arg(v->mid(1)));
            data.append(*v);
        } else if (option == QLatin1String("--data-urlencode") || option == QLatin1String("-F") ||
            option == QLatin1String("--form")) {
            return fail(CurlImportText::tr("%1 sends a form, but the API takes a JSON body").arg(option));
        } else if (option == QLatin1String("-k") || option == QLatin1String("--insecure")) {
            note(ImportNote::Kind::NotCarried,
                CurlImportText::tr("%1 is ignored: the workbench always verifies TLS certificates")
                    .arg(option));
        } else if (takesIgnoredValue(option)) {
            const auto v = next();
            note(ImportNote::Kind::NotCarried,
                CurlImportText::tr("%1 %2 is ignored").arg(option, v.value_or(QString())));
        } else {
            note(ImportNote::Kind::NotCarried, CurlImportText::tr("%1 is ignored").arg(option));
        }
    }

    if (url.isEmpty())
        return fail(CurlImportText::tr("the command has no URL"));
    if (method.isEmpty())
        method = data.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    if (method != QLatin1String("POST"))
        return fail(
            CurlImportText::tr("this is a %1 request; every call of the API is a POST with a JSON body")
                .arg(method));
    if (data.isEmpty())
        return fail(CurlImportText::tr("the command sends no body; the API takes a JSON body (--data)"));

    SavedRequest &r = out.request;
    // Credentials in the URL (https://KEY:@host/...) are taken out too.
    static const QRegularExpression userInUrl(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@]*)@"));
    if (const QRegularExpressionMatch m = userInUrl.match(url); m.hasMatch()) {
        if (user.isEmpty())
            user = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        url = m.captured(1) + url.mid(m.capturedEnd(0));
    }
    if (const qsizetype q = url.indexOf(QLatin1Char('?')); q >= 0) {
        note(ImportNote::Kind::NotCarried,
            CurlImportText::tr("the query string \"%1\" is ignored").arg(url.mid(q)));
        url.truncate(q);
    }
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
    const std::optional<CallType> type = slash >= 0 ? callTypeFromPath(url.mid(slash)) : std::nullopt;
    if (!type)
        return fail(
            CurlImportText::tr("%1 is not one of the API's endpoints (/identify, /track, ..., /batch)")
                .arg(url));
    r.type = *type;
    r.name = callTypeTitle(*type);
    r.target.baseUrl = url.left(slash);

    const auto takeCredential = [&](const QString &username, const QString &password) {
        QString name = username;
        if (const auto variable = shellVariable(username)) {
            name = QStringLiteral("{{") + *variable + QStringLiteral("}}");
            note(ImportNote::Kind::Info,
                CurlImportText::tr("the shell variable $%1 became the variable {{%1}}").arg(*variable));
        } else if (!username.isEmpty()) {
            out.secrets.append(ImportedSecret {QStringLiteral("write_key"), username});
            name = QStringLiteral("{{write_key}}");
            note(ImportNote::Kind::Credential,
                CurlImportText::tr(
                    "the key in the command became the secret variable {{write_key}}, whose value goes to "
                    "the keychain, never into a file"));
        }
        QString pass;
        if (!password.isEmpty()) {
            out.secrets.append(ImportedSecret {QStringLiteral("write_key_password"), password});
            pass = QStringLiteral("{{write_key_password}}");
        }
        r.auth = Auth::basic(name, pass);
    };
    if (!user.isEmpty())
        takeCredential(user.section(QLatin1Char(':'), 0, 0), user.section(QLatin1Char(':'), 1));

    for (const QString &header : headers) {
        const QString name = header.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = header.section(QLatin1Char(':'), 1).trimmed();
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0 &&
            value.startsWith(QLatin1String("application/json"), Qt::CaseInsensitive))
            continue;
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
            value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
            const QString decoded =
                QString::fromUtf8(QByteArray::fromBase64(value.mid(6).trimmed().toLatin1()));
            takeCredential(decoded.section(QLatin1Char(':'), 0, 0), decoded.section(QLatin1Char(':'), 1));
            continue;
        }
        if (name.compare(QLatin1String("X-Strict-Mode"), Qt::CaseInsensitive) == 0) {
            note(ImportNote::Kind::Info,
                CurlImportText::tr("X-Strict-Mode is a setting of the source in the workbench"));
            continue;
        }
        note(name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
                ? ImportNote::Kind::Credential
                : ImportNote::Kind::NotCarried,
            CurlImportText::tr("the header %1 is not carried over").arg(name));
    }

    // curl joins several --data with '&'; for JSON only one makes sense.
    if (data.size() > 1)
        note(ImportNote::Kind::Info,
            CurlImportText::tr("%1 --data options were joined with '&', as curl does").arg(data.size()));
    const QString body = data.join(QLatin1Char('&'));
    JsonSyntaxError where;
    Result<JsonValue> parsed = parseJson(body.toUtf8(), {}, &where);
    if (parsed && parsed->isObject()) {
        r.body = std::move(parsed->object());
    } else if (body.contains(QLatin1String("{{"))) {
        r.bodyText = body;
    } else {
        return Error {QStringLiteral("curl.body"),
            parsed ? CurlImportText::tr("the body is not a JSON object")
                   : CurlImportText::tr("the body is not JSON: %1").arg(where.message)};
    }
    return out;
}

} // namespace ewb
