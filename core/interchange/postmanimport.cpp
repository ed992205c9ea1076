// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "postmanimport.h"

#include "collections/filenames.h"
#include "json/jsonparser.h"
#include "net/redaction.h"
#include "variables/variableresolver.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ewb {

namespace {

// The translation context of this file's messages.
class PostmanImportText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::PostmanImport)
};

QString describe(const JsonValue &description)
{
    if (description.isString())
        return description.toString();
    if (description.isObject())
        return description.object().value(u"content").toString();
    return {};
}

// True when text holds no literal credential: empty, or nothing but {{variables}} and spaces.
bool onlyVariables(const QString &text)
{
    QString rest = text;
    for (const QString &name : referencedVariables(text))
        rest.remove(QStringLiteral("{{") + name + QStringLiteral("}}"));
    return rest.trimmed().isEmpty();
}

bool soundsSecret(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("key|secret|token|password|passwd|credential|auth"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QString urlText(const JsonValue &url)
{
    if (url.isString())
        return url.toString();
    if (!url.isObject())
        return {};
    const JsonObject &o = url.object();
    if (o.value(u"raw").isString())
        return o.value(u"raw").toString();
    QStringList host, path;
    for (const JsonValue &h : o.value(u"host").array())
        host.append(h.toString());
    for (const JsonValue &p : o.value(u"path").array())
        path.append(p.toString());
    QString text;
    if (o.value(u"protocol").isString())
        text = o.value(u"protocol").toString() + QStringLiteral("://");
    text += host.join(QLatin1Char('.'));
    if (o.value(u"port").isString())
        text += QLatin1Char(':') + o.value(u"port").toString();
    if (!path.isEmpty())
        text += QLatin1Char('/') + path.join(QLatin1Char('/'));
    return text;
}

class Importer
{
public:
    PostmanImport result;

    void importCollection(const JsonObject &root)
    {
        const JsonObject &info = root.value(u"info").object();
        Collection &c = result.collection;
        c.name = info.value(u"name").toString().trimmed();
        if (c.name.isEmpty())
            c.name = PostmanImportText::tr("Imported collection");
        c.id = QUuid::fromString(info.value(u"_postman_id").toString());
        if (c.id.isNull())
            c.id = QUuid::createUuid();
        c.description = describe(info.value(u"description"));
        importVariables(root.value(u"variable"));
        c.auth = importAuth(root.value(u"auth"), QString(), QStringLiteral("basicAuth"));
        noteScripts(root.value(u"event"), QString());
        importItems(root.value(u"item"), QString(), c.items);
    }

private:
    void note(ImportNote::Kind kind, const QString &where, const QString &message)
    {
        result.notes.append(ImportNote {kind, where, message});
    }

    QString uniqueVariable(const QString &base)
    {
        QString name = base;
        for (int n = 2; findVariable(result.collection.variables, name); ++n)
            name = base + QString::number(n);
        return name;
    }

    // Moves a literal credential into a new secret variable and returns its {{reference}}.
    QString moveToSecret(const QString &value, const QString &base, const QString &where, const QString &what)
    {
        const QString name = uniqueVariable(base);
        result.collection.variables.push_back(Variable {name, QString(), true});
        result.secrets.append(ImportedSecret {name, value});
        note(ImportNote::Kind::Credential, where,
            PostmanImportText::tr(
                "%1 was a literal credential: it became the secret variable {{%2}}, whose value goes "
                "to the keychain, never into the collection's files")
                .arg(what, name));
        return QStringLiteral("{{") + name + QStringLiteral("}}");
    }

    void importVariables(const JsonValue &list)
    {
        for (const JsonValue &item : list.array()) {
            const JsonObject &v = item.object();
            const QString name = v.value(u"key").toString();
            if (!isValidVariableName(name)) {
                note(ImportNote::Kind::NotCarried, QString(),
                    PostmanImportText::tr("the collection variable \"%1\" has a name that cannot be used")
                        .arg(name));
                continue;
            }
            const JsonValue &raw = v.value(u"value");
            const QString value = raw.isString() ? raw.toString()
                : raw.isNumber()                 ? raw.numberLiteral()
                : raw.isBool() ? (raw.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : QString();
            const bool secret = v.value(u"type").toString() == QLatin1String("secret") || soundsSecret(name);
            if (secret && !value.isEmpty() && !onlyVariables(value)) {
                result.collection.variables.push_back(Variable {name, QString(), true});
                result.secrets.append(ImportedSecret {name, value});
                note(ImportNote::Kind::Credential, QString(),
                    PostmanImportText::tr(
                        "the collection variable {{%1}} holds a secret: it is kept as a secret variable "
                        "whose value goes to the keychain, never into the collection's files")
                        .arg(name));
                continue;
            }
            setVariable(result.collection.variables, Variable {name, value, secret});
        }
    }

    // base names the secret variables made from literal credentials here.
    Auth importAuth(const JsonValue &value, const QString &where, const QString &base)
    {
        if (value.isNull())
            return Auth {};
        const JsonObject &auth = value.object();
        const QString type = auth.value(u"type").toString();
        if (type == QLatin1String("noauth"))
            return Auth {Auth::Kind::None, {}, {}};
        if (type == QLatin1String("inherit"))
            return Auth {};
        if (type != QLatin1String("basic")) {
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr(
                    "\"%1\" auth is not carried over (the API takes Basic auth with the key as the user "
                    "name); its settings, credentials included, were dropped")
                    .arg(type));
            return Auth {};
        }
        QString username, password;
        const JsonValue &basic = auth.value(u"basic");
        if (basic.isArray()) { // v2.1: [{"key": "username", "value": ...}, ...]
            for (const JsonValue &field : basic.array()) {
                const QString key = field.object().value(u"key").toString();
                if (key == QLatin1String("username"))
                    username = field.object().value(u"value").toString();
                else if (key == QLatin1String("password"))
                    password = field.object().value(u"value").toString();
            }
        } else if (basic.isObject()) { // v2.0
            username = basic.object().value(u"username").toString();
            password = basic.object().value(u"password").toString();
        }
        if (!onlyVariables(username))
            username = moveToSecret(username, base + QStringLiteral("Username"), where,
                PostmanImportText::tr("the Basic auth user name (the API key)"));
        if (!onlyVariables(password))
            password = moveToSecret(password, base + QStringLiteral("Password"), where,
                PostmanImportText::tr("the Basic auth password"));
        return Auth::basic(username, password);
    }

    void noteScripts(const JsonValue &events, const QString &where)
    {
        for (const JsonValue &event : events.array()) {
            const JsonObject &e = event.object();
            const JsonValue &exec = e.value(u"script").object().value(u"exec");
            bool hasCode = false;
            if (exec.isString())
                hasCode = !exec.toString().trimmed().isEmpty();
            for (const JsonValue &line : exec.array())
                hasCode = hasCode || !line.toString().trimmed().isEmpty();
            if (!hasCode)
                continue;
            const QString listen = e.value(u"listen").toString();
            note(ImportNote::Kind::NotCarried, where,
                listen == QLatin1String("test")
                    ? PostmanImportText::tr(
                          "the test script is not carried over (the workbench runs no scripts)")
                    : PostmanImportText::tr(
                          "the pre-request script is not carried over (the workbench runs no scripts)"));
        }
    }

    void importItems(const JsonValue &items, const QString &where, std::vector<CollectionItem> &out)
    {
        for (const JsonValue &value : items.array()) {
            const JsonObject &item = value.object();
            const QString name = item.value(u"name").toString();
            const QString here = where.isEmpty() ? name : where + QStringLiteral(" / ") + name;
            if (item.contains(u"item")) {
                CollectionItem folder =
                    CollectionItem::makeFolder(FolderInfo {name, describe(item.value(u"description")), {}});
                folder.folder.auth = importAuth(item.value(u"auth"), here,
                    safeFileName(name, QStringLiteral("folder")) + QStringLiteral("BasicAuth"));
                noteScripts(item.value(u"event"), here);
                importItems(item.value(u"item"), here, folder.children);
                out.push_back(std::move(folder));
            } else if (std::optional<SavedRequest> request = importRequest(item, here)) {
                out.push_back(CollectionItem::makeRequest(std::move(*request)));
                ++result.requestsImported;
            } else {
                ++result.requestsSkipped;
            }
        }
    }

    std::optional<SavedRequest> importRequest(const JsonObject &item, const QString &where)
    {
        noteScripts(item.value(u"event"), where);
        const JsonValue &requestValue = item.value(u"request");
        // v2.1 allows a request to be just its URL: a GET.
        const JsonObject request = requestValue.isObject() ? requestValue.object() : JsonObject();
        const JsonValue &methodValue = request.value(u"method");
        const QString method =
            methodValue.isString() ? methodValue.toString().toUpper() : QStringLiteral("GET");
        if (method != QLatin1String("POST")) {
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr("a %1 request is not carried over: every call of the API is a POST")
                    .arg(method));
            return std::nullopt;
        }
        SavedRequest saved;
        saved.name = item.value(u"name").toString();
        saved.notes = describe(request.value(u"description"));

        QString url = urlText(request.value(u"url"));
        if (const qsizetype q = url.indexOf(QLatin1Char('?')); q >= 0) {
            // Named, not quoted: a query string may carry a key ("?writeKey=...").
            QStringList names;
            for (const QString &pair : url.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts))
                names.append(pair.section(QLatin1Char('='), 0, 0));
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr(
                    "the query string (parameters: %1) is not carried over; its values were dropped")
                    .arg(names.join(QStringLiteral(", "))));
            url.truncate(q);
        }
        moveUrlCredentials(url, saved, where);
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
        // A plain value and a flag rather than an optional: GCC 12 sees the optional as maybe
        // uninitialized through the branches below.
        const std::optional<CallType> fromUrl = slash >= 0 ? callTypeFromPath(url.mid(slash)) : std::nullopt;
        bool known = fromUrl.has_value();
        CallType type = fromUrl.value_or(CallType::Track);
        if (known)
            saved.target.baseUrl = url.left(slash);
        else
            saved.target.baseUrl = url;

        for (const JsonValue &h : request.value(u"header").array()) {
            const JsonObject &header = h.object();
            if (header.value(u"disabled").toBool())
                continue;
            const QString key = header.value(u"key").toString();
            const QString value = header.value(u"value").toString();
            if (key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0 &&
                value.startsWith(QLatin1String("application/json"), Qt::CaseInsensitive))
                continue; // what every request sends anyway
            if (key.compare(QLatin1String("X-Strict-Mode"), Qt::CaseInsensitive) == 0) {
                note(ImportNote::Kind::Info, where,
                    PostmanImportText::tr(
                        "the X-Strict-Mode header is a setting of the source in the workbench"));
                continue;
            }
            if (key.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
                importAuthorizationHeader(value, saved, where);
                continue;
            }
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr("the header \"%1\" is not carried over").arg(key));
        }
        const Auth auth = importAuth(request.value(u"auth"), where,
            safeFileName(saved.name, QStringLiteral("request")) + QStringLiteral("BasicAuth"));
        if (auth.kind != Auth::Kind::Inherit)
            saved.auth = auth;

        const JsonObject &body = request.value(u"body").object();
        const QString mode = body.value(u"mode").toString();
        if (body.isEmpty() || mode.isEmpty()) {
            note(ImportNote::Kind::Info, where,
                PostmanImportText::tr("the request has no body: it was imported with {}"));
            saved.body = JsonObject();
        } else if (mode != QLatin1String("raw")) {
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr("a \"%1\" body is not carried over: the API takes a raw JSON body")
                    .arg(mode));
            return std::nullopt;
        } else {
            const QString raw = body.value(u"raw").toString();
            JsonSyntaxError syntax;
            Result<JsonValue> parsed = parseJson(raw.toUtf8(), {}, &syntax);
            if (parsed && parsed->isObject()) {
                saved.body = std::move(parsed->object());
            } else if (raw.contains(QLatin1String("{{"))) {
                saved.bodyText = raw; // JSON once its variables are resolved
            } else {
                note(ImportNote::Kind::NotCarried, where,
                    parsed ? PostmanImportText::tr("the body is not a JSON object")
                           : PostmanImportText::tr("the body is not JSON (%1)").arg(syntax.message));
                return std::nullopt;
            }
        }
        if (saved.body)
            moveBodyKey(*saved.body, where);
        else if (!saved.bodyText.isEmpty())
            saved.bodyText =
                QString::fromUtf8(replaceWriteKeys(saved.bodyText.toUtf8(), [&](const QByteArray &key) {
                    const QString value = QString::fromUtf8(key);
                    return onlyVariables(value) ? key
                                                : moveToSecret(value, QStringLiteral("writeKey"), where,
                                                      PostmanImportText::tr("the body's \"writeKey\""))
                                                      .toUtf8();
                }));

        if (!known && saved.body) {
            const std::optional<CallType> fromBody = saved.body->contains(u"batch")
                ? std::optional<CallType>(CallType::Batch)
                : callTypeFromName(saved.body->value(u"type").toString());
            known = fromBody.has_value();
            type = fromBody.value_or(CallType::Track);
            if (known)
                note(ImportNote::Kind::Info, where,
                    PostmanImportText::tr(
                        "the URL does not end in a call's path; the call type (%1) was taken from the body")
                        .arg(callTypeName(type)));
        }
        if (!known) {
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr(
                    "the URL \"%1\" is not one of the API's endpoints (/identify, /track, ...)")
                    .arg(url));
            return std::nullopt;
        }
        saved.type = type;

        const qsizetype examples = qsizetype(item.value(u"response").array().size());
        if (examples > 0)
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr(
                    "%n saved example response(s) not carried over (the history keeps real ones)", nullptr,
                    int(examples)));
        return saved;
    }

    void importAuthorizationHeader(const QString &value, SavedRequest &saved, const QString &where)
    {
        const QString scheme = value.section(QLatin1Char(' '), 0, 0);
        const QString rest = value.section(QLatin1Char(' '), 1).trimmed();
        if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0 && !rest.isEmpty() &&
            onlyVariables(rest)) {
            note(ImportNote::Kind::NotCarried, where,
                PostmanImportText::tr(
                    "the Authorization header \"%1\" refers to a variable holding encoded credentials; "
                    "set the request's Basic auth instead")
                    .arg(value));
            return;
        }
        if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0 && !rest.isEmpty()) {
            const QString decoded = QString::fromUtf8(QByteArray::fromBase64(rest.toLatin1()));
            const QString user = decoded.section(QLatin1Char(':'), 0, 0);
            const QString password = decoded.section(QLatin1Char(':'), 1);
            const QString base =
                safeFileName(saved.name, QStringLiteral("request")) + QStringLiteral("BasicAuth");
            saved.auth = Auth::basic(moveToSecret(user, base + QStringLiteral("Username"), where,
                                         PostmanImportText::tr("the key in the Authorization header")),
                password.isEmpty() ? QString()
                                   : moveToSecret(password, base + QStringLiteral("Password"), where,
                                         PostmanImportText::tr("the password in the Authorization header")));
            return;
        }
        note(ImportNote::Kind::Credential, where,
            PostmanImportText::tr("the Authorization header (%1) is not carried over; its value was dropped")
                .arg(scheme));
    }

    // The API also takes the key as "writeKey" in the body, and in each call of a batch: a literal
    // one is a credential too.
    void moveBodyKey(JsonObject &body, const QString &where)
    {
        if (JsonValue *key = body.find(u"writeKey");
            key && key->isString() && !onlyVariables(key->toString()))
            *key = JsonValue(moveToSecret(key->toString(), QStringLiteral("writeKey"), where,
                PostmanImportText::tr("the body's \"writeKey\"")));
        if (JsonValue *calls = body.find(u"batch"); calls && calls->isArray()) {
            for (JsonValue &call : calls->array()) {
                if (call.isObject())
                    moveBodyKey(call.object(), where);
            }
        }
    }

    // "https://KEY:@host/v1": the API's key as the URL's user name. It becomes a secret variable
    // and the request's Basic auth (unless the request sets its own), and leaves the URL.
    void moveUrlCredentials(QString &url, SavedRequest &saved, const QString &where)
    {
        const qsizetype scheme = url.indexOf(QLatin1String("://"));
        const qsizetype hostStart = scheme < 0 ? 0 : scheme + 3;
        const qsizetype pathStart = url.indexOf(QLatin1Char('/'), hostStart);
        const qsizetype at = url.lastIndexOf(QLatin1Char('@'), pathStart < 0 ? -1 : pathStart);
        if (at < hostStart)
            return;
        const QString userInfo = url.mid(hostStart, at - hostStart);
        url.remove(hostStart, at - hostStart + 1);
        if (onlyVariables(userInfo.section(QLatin1Char(':'), 0, 0))) {
            note(ImportNote::Kind::Credential, where,
                PostmanImportText::tr(
                    "the URL named its credentials (%1): set them as the request's Basic auth instead")
                    .arg(userInfo));
            return;
        }
        const QString base = safeFileName(saved.name, QStringLiteral("request")) + QStringLiteral("UrlAuth");
        const QString user = QUrl::fromPercentEncoding(userInfo.section(QLatin1Char(':'), 0, 0).toUtf8());
        const QString password = QUrl::fromPercentEncoding(userInfo.section(QLatin1Char(':'), 1).toUtf8());
        const Auth fromUrl = Auth::basic(moveToSecret(user, base + QStringLiteral("Username"), where,
                                             PostmanImportText::tr("the user name in the URL")),
            password.isEmpty() ? QString()
                               : moveToSecret(password, base + QStringLiteral("Password"), where,
                                     PostmanImportText::tr("the password in the URL")));
        if (saved.auth.kind == Auth::Kind::Inherit)
            saved.auth = fromUrl;
    }
};

} // namespace

Result<PostmanImport> importPostmanCollection(QByteArrayView json)
{
    JsonSyntaxError where;
    Result<JsonValue> doc = parseJson(json, {}, &where);
    if (!doc)
        return Error {doc.error().code, PostmanImportText::tr("not a JSON file: %1").arg(where.message)};
    if (!doc->isObject() || !doc->object().value(u"info").isObject() ||
        !doc->object().value(u"item").isArray())
        return Error {QStringLiteral("postman.shape"),
            PostmanImportText::tr(
                "not a Postman collection (no \"info\" and \"item\"); export it from Postman as "
                "Collection v2.1")};
    const QString schema = doc->object().value(u"info").object().value(u"schema").toString();
    if (!schema.contains(QLatin1String("/v2.")))
        return Error {QStringLiteral("postman.version"),
            PostmanImportText::tr("this Postman collection uses the schema \"%1\"; export it from Postman as "
                                  "Collection v2.1")
                .arg(schema)};
    Importer importer;
    importer.importCollection(doc->object());
    return std::move(importer.result);
}

} // namespace ewb
