// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sourcestore.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/atomicfile.h"
#include "util/damagedfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace ewb {

namespace {

// The translation context of this file's messages.
class SourceStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SourceStore)
};

constexpr int fileVersion = 1;

QString fileName()
{
    return QStringLiteral("sources.json");
}

bool sameName(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

SourceStore::SourceStore(QString folder) : m_folder(std::move(folder)) { }

QString SourceStore::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QByteArray SourceStore::serialize(const std::vector<Source> &sources)
{
    JsonArray list;
    list.reserve(sources.size());
    for (const Source &s : sources)
        list.emplace_back(s.toJson());
    JsonObject doc;
    doc.insert(QStringLiteral("version"), fileVersion);
    doc.insert(QStringLiteral("sources"), std::move(list));
    QByteArray out = writeJson(doc, JsonStyle::Pretty);
    out += '\n';
    return out;
}

Result<std::vector<Source>> SourceStore::parse(QByteArrayView bytes)
{
    auto doc = parseJson(bytes);
    if (!doc)
        return doc.error();
    if (!doc->isObject() || !doc->object().value(u"sources").isArray())
        return Error {QStringLiteral("sources.shape"),
            SourceStoreText::tr("the file is not an object with a \"sources\" list")};
    const JsonValue &version = doc->object().value(u"version");
    if (version.isNumber() && version.toDouble() > fileVersion)
        return Error {QStringLiteral("sources.version"),
            SourceStoreText::tr("the file was written by a newer Event Workbench (format %1)")
                .arg(version.numberLiteral())};
    std::vector<Source> sources;
    for (const JsonValue &item : doc->object().value(u"sources").array()) {
        auto source = Source::fromJson(item);
        if (!source)
            return source.error();
        for (const Source &other : sources) {
            if (other.id == source->id || sameName(other.name, source->name))
                return Error {QStringLiteral("sources.duplicate"),
                    SourceStoreText::tr("two sources have the name \"%1\" or the same id").arg(source->name)};
        }
        sources.push_back(std::move(source).value());
    }
    return sources;
}

Status SourceStore::load()
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists()) {
        m_sources.clear();
        return Done {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("sources.read"),
            SourceStoreText::tr("cannot read %1: %2").arg(path, file.errorString())};
    // A sources file holds a few hundred bytes per source; anything huge is not ours.
    constexpr qint64 maxBytes = 16 * 1024 * 1024;
    const QByteArray bytes = file.read(maxBytes + 1);
    file.close();
    auto parsed = bytes.size() > maxBytes ? Result<std::vector<Source>>(Error {QStringLiteral("sources.size"),
                                                SourceStoreText::tr("the file is larger than 16 MB")})
                                          : parse(bytes);
    if (parsed) {
        m_sources = std::move(parsed).value();
        return Done {};
    }
    m_sources.clear();
    const QString aside = damagedFilePath(path);
    if (!QFile::rename(path, aside))
        return Error {QStringLiteral("sources.damaged"),
            SourceStoreText::tr("The sources file %1 is damaged (%2) and could not be moved aside; "
                                "no sources are loaded. Fix or remove the file.")
                .arg(path, parsed.error().message)};
    return Error {QStringLiteral("sources.damaged"),
        SourceStoreText::tr("The sources file was damaged (%1). It was moved to %2 and the workbench "
                            "starts with no sources; keys in the keychain are untouched.")
            .arg(parsed.error().message, aside)};
}

Status SourceStore::save() const
{
    return writeFileAtomically(filePath(), serialize(m_sources));
}

const Source *SourceStore::find(const QUuid &id) const
{
    for (const Source &s : m_sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Source *SourceStore::findByName(QStringView name) const
{
    for (const Source &s : m_sources) {
        if (sameName(s.name, name))
            return &s;
    }
    return nullptr;
}

Status SourceStore::checkName(const Source &source) const
{
    if (source.name.trimmed().isEmpty())
        return Error {QStringLiteral("sources.no-name"), SourceStoreText::tr("a source needs a name")};
    // A name is shown in lists and printed by ewb: no line breaks, no terminal control codes.
    const bool control = std::any_of(source.name.cbegin(), source.name.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    if (control)
        return Error {QStringLiteral("sources.name-control"),
            SourceStoreText::tr("a source's name cannot hold control characters (line breaks, escapes)")};
    for (const Source &other : m_sources) {
        if (other.id != source.id && sameName(other.name, source.name))
            return Error {QStringLiteral("sources.name-taken"),
                SourceStoreText::tr("there is already a source named \"%1\": choose another name")
                    .arg(other.name)};
    }
    return Done {};
}

Status SourceStore::add(Source source)
{
    if (source.id.isNull())
        source.id = QUuid::createUuid();
    if (find(source.id))
        return Error {
            QStringLiteral("sources.id-taken"), SourceStoreText::tr("this source is already in the list")};
    if (auto ok = checkName(source); !ok)
        return ok;
    source.name = source.name.trimmed();
    m_sources.push_back(std::move(source));
    return Done {};
}

Status SourceStore::update(const Source &source)
{
    for (Source &s : m_sources) {
        if (s.id != source.id)
            continue;
        if (auto ok = checkName(source); !ok)
            return ok;
        s = source;
        s.name = s.name.trimmed();
        return Done {};
    }
    return Error {QStringLiteral("sources.not-found"), SourceStoreText::tr("there is no such source")};
}

bool SourceStore::remove(const QUuid &id)
{
    return std::erase_if(m_sources, [&id](const Source &s) { return s.id == id; }) > 0;
}

} // namespace ewb
