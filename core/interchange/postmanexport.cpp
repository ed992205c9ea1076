// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "postmanexport.h"

#include "json/jsonwriter.h"
#include "sources/region.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of this file's messages.
class PostmanExportText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::PostmanExport)
};

const char schemaUrl[] = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

JsonObject keyValue(const QString &key, const QString &value)
{
    JsonObject o;
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("type"), QStringLiteral("string"));
    return o;
}

JsonValue authJson(const Auth &auth)
{
    JsonObject o;
    switch (auth.kind) {
    case Auth::Kind::Inherit: return JsonValue();
    case Auth::Kind::None: o.insert(QStringLiteral("type"), QStringLiteral("noauth")); break;
    case Auth::Kind::Basic:
        o.insert(QStringLiteral("type"), QStringLiteral("basic"));
        o.insert(QStringLiteral("basic"),
            JsonArray {JsonValue(keyValue(QStringLiteral("username"), auth.username)),
                JsonValue(keyValue(QStringLiteral("password"), auth.password))});
        break;
    }
    return JsonValue(std::move(o));
}

class Exporter
{
public:
    explicit Exporter(const Collection &collection) : m_collection(collection) { }

    PostmanExport run()
    {
        const Collection &c = m_collection;
        JsonObject info;
        info.insert(QStringLiteral("_postman_id"), c.id.toString(QUuid::WithoutBraces));
        info.insert(QStringLiteral("name"), c.name);
        if (!c.description.isEmpty())
            info.insert(QStringLiteral("description"), c.description);
        info.insert(QStringLiteral("schema"), QString::fromLatin1(schemaUrl));

        m_usesAuth = c.auth.kind == Auth::Kind::Basic;
        JsonArray items = exportItems(c.items);

        Variables variables = c.variables;
        if (m_needsBaseUrl && !findVariable(variables, u"baseUrl")) {
            variables.push_back(
                Variable {QStringLiteral("baseUrl"), regionBaseUrl(Region::US).toString(), false});
            m_out.notes.append(
                PostmanExportText::tr("added the variable {{baseUrl}} (%1) for requests aimed at a source")
                    .arg(regionBaseUrl(Region::US).toString()));
        }
        Auth collectionAuth = c.auth;
        if (m_needsKey && !m_usesAuth) {
            collectionAuth = Auth::basic(QStringLiteral("{{write_key}}"));
            if (!findVariable(variables, u"write_key"))
                variables.push_back(Variable {QStringLiteral("write_key"), QString(), true});
            m_out.notes.append(PostmanExportText::tr(
                "added collection Basic auth with the secret {{write_key}}: set it in a "
                "Postman environment"));
        }

        JsonObject root;
        root.insert(QStringLiteral("info"), std::move(info));
        root.insert(QStringLiteral("item"), std::move(items));
        if (JsonValue auth = authJson(collectionAuth); !auth.isNull())
            root.insert(QStringLiteral("auth"), std::move(auth));
        JsonArray vars;
        for (const Variable &v : variables) {
            JsonObject o = keyValue(v.name, v.secret ? QString() : v.value);
            if (v.secret)
                o.insert(QStringLiteral("type"), QStringLiteral("secret"));
            vars.emplace_back(std::move(o));
        }
        root.insert(QStringLiteral("variable"), std::move(vars));
        m_out.json = writeJson(JsonValue(std::move(root)), JsonStyle::Pretty);
        m_out.json += '\n';
        return std::move(m_out);
    }

private:
    JsonArray exportItems(const std::vector<CollectionItem> &items)
    {
        JsonArray out;
        for (const CollectionItem &item : items) {
            JsonObject o;
            o.insert(QStringLiteral("name"), item.name());
            if (item.isFolder()) {
                if (!item.folder.description.isEmpty())
                    o.insert(QStringLiteral("description"), item.folder.description);
                const bool outer = m_usesAuth;
                m_usesAuth = m_usesAuth || item.folder.auth.kind == Auth::Kind::Basic;
                o.insert(QStringLiteral("item"), exportItems(item.children));
                m_usesAuth = outer;
                if (JsonValue auth = authJson(item.folder.auth); !auth.isNull())
                    o.insert(QStringLiteral("auth"), std::move(auth));
            } else {
                o.insert(QStringLiteral("request"), exportRequest(item.request));
            }
            out.emplace_back(std::move(o));
        }
        return out;
    }

    JsonObject exportRequest(const SavedRequest &r)
    {
        RequestTarget target = r.target.isEmpty() ? m_collection.target : r.target;
        QString base = target.baseUrl;
        if (base.isEmpty()) {
            base = QStringLiteral("{{baseUrl}}");
            m_needsBaseUrl = true;
            if (!target.sourceName.isEmpty())
                m_out.notes.append(PostmanExportText::tr(
                    "\"%1\" goes to the source \"%2\" in the workbench; the export sends "
                    "it to {{baseUrl}}")
                                       .arg(r.name, target.sourceName));
        }
        if (r.auth.kind == Auth::Kind::Inherit && !m_usesAuth)
            m_needsKey = true;
        JsonObject request;
        request.insert(QStringLiteral("method"), QStringLiteral("POST"));
        request.insert(QStringLiteral("header"),
            JsonArray {
                JsonValue(keyValue(QStringLiteral("Content-Type"), QStringLiteral("application/json"))),
                JsonValue(keyValue(QStringLiteral("X-Strict-Mode"), QStringLiteral("1")))});
        JsonObject raw;
        raw.insert(QStringLiteral("language"), QStringLiteral("json"));
        JsonObject options;
        options.insert(QStringLiteral("raw"), std::move(raw));
        JsonObject body;
        body.insert(QStringLiteral("mode"), QStringLiteral("raw"));
        body.insert(QStringLiteral("raw"), r.bodyAsText());
        body.insert(QStringLiteral("options"), std::move(options));
        request.insert(QStringLiteral("body"), std::move(body));
        request.insert(QStringLiteral("url"), QString(base + callTypePath(r.type)));
        if (JsonValue auth = authJson(r.auth); !auth.isNull())
            request.insert(QStringLiteral("auth"), std::move(auth));
        if (!r.notes.isEmpty())
            request.insert(QStringLiteral("description"), r.notes);
        return request;
    }

    const Collection &m_collection;
    PostmanExport m_out;
    bool m_usesAuth = false;
    bool m_needsBaseUrl = false;
    bool m_needsKey = false;
};

} // namespace

PostmanExport exportPostmanCollection(const Collection &collection)
{
    return Exporter(collection).run();
}

} // namespace ewb
