// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "environment.h"

#include "collections/filenames.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/atomicfile.h"
#include "util/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ewb {

namespace {

// The translation context of this file's messages.
class EnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Environment)
};

constexpr int formatVersion = 1;

QString activeFile(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("active"));
}

Result<Environment> readFile(const QString &path)
{
    // An environment is a few variables: a megabyte is far more than one holds.
    Result<QByteArray> bytes = readRegularFile(path, 1024 * 1024);
    if (!bytes)
        return Error {QStringLiteral("environment.read"), bytes.error().message};
    JsonSyntaxError where;
    Result<JsonValue> doc = parseJson(bytes.value(), {}, &where);
    if (!doc)
        return Error {doc.error().code, QStringLiteral("%1: %2").arg(path, where.message)};
    Result<Environment> env = Environment::fromJson(doc.value());
    if (!env)
        return Error {env.error().code, QStringLiteral("%1: %2").arg(path, env.error().message)};
    return env;
}
} // namespace

Environment Environment::create(const QString &name)
{
    return Environment {QUuid::createUuid(), name, {}};
}

JsonObject Environment::toJson() const
{
    JsonObject o;
    o.insert(QStringLiteral("formatVersion"), formatVersion);
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("variables"), variablesToJson(variables));
    return o;
}

Result<Environment> Environment::fromJson(const JsonValue &value)
{
    if (!value.isObject())
        return Error {QStringLiteral("environment.shape"),
            EnvironmentText::tr("an environment file must hold an object")};
    const JsonObject &o = value.object();
    const JsonValue &version = o.value(u"formatVersion");
    if (version.isNumber() && version.toDouble() > formatVersion)
        return Error {QStringLiteral("environment.version"),
            EnvironmentText::tr("written by a newer Event Workbench (format %1)")
                .arg(version.numberLiteral())};
    Environment env;
    env.id = QUuid::fromString(o.value(u"id").toString());
    env.name = o.value(u"name").toString().trimmed();
    if (env.name.isEmpty())
        return Error {
            QStringLiteral("environment.name"), EnvironmentText::tr("the environment has no \"name\"")};
    if (env.id.isNull())
        env.id = QUuid::createUuidV5(QUuid(), env.name);
    Result<Variables> vars = variablesFromJson(o.value(u"variables"));
    if (!vars)
        return vars.error();
    env.variables = std::move(vars).value();
    return env;
}

QByteArray Environment::toFileBytes() const
{
    QByteArray out = writeJson(JsonValue(toJson()), JsonStyle::Pretty, KeyOrder::Sorted);
    out += '\n';
    return out;
}

QString Environment::secretScope() const
{
    return QStringLiteral("environment:") + id.toString(QUuid::WithoutBraces);
}

QString environmentsFolder(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("environments"));
}

EnvironmentStore::EnvironmentStore(QString folder) : m_folder(std::move(folder)) { }

std::vector<Environment> EnvironmentStore::list(QStringList *problems) const
{
    std::vector<Environment> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<Environment> env = readFile(dir.filePath(name));
        if (env)
            out.push_back(std::move(env).value());
        else if (problems)
            problems->append(env.error().message);
    }
    std::sort(out.begin(), out.end(), [](const Environment &a, const Environment &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<Environment> EnvironmentStore::load(QStringView name) const
{
    QStringList problems;
    for (Environment &env : list(&problems)) {
        if (env.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::move(env);
    }
    const QString message = problems.isEmpty()
        ? EnvironmentText::tr("no environment named \"%1\" in %2").arg(name, m_folder)
        : EnvironmentText::tr("no environment named \"%1\" in %2 (unreadable: %3)")
              .arg(name, m_folder, problems.join(QStringLiteral("; ")));
    return Error {QStringLiteral("environment.unknown"), message};
}

QString EnvironmentStore::fileFor(const Environment &environment) const
{
    const QDir dir(m_folder);
    // The file that already holds this id keeps it, so a rename does not leave a stale copy.
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<Environment> env = readFile(dir.filePath(name));
        if (env && env->id == environment.id)
            return dir.filePath(name);
    }
    TakenFileNames taken(dir.entryList(QDir::Files));
    return dir.filePath(
        taken.unique(safeFileName(environment.name, QStringLiteral("environment")), QStringLiteral(".json")));
}

Status EnvironmentStore::save(const Environment &environment)
{
    if (environment.name.trimmed().isEmpty())
        return Error {QStringLiteral("environment.name"), EnvironmentText::tr("an environment needs a name")};
    for (const Environment &other : list()) {
        if (other.id != environment.id && other.name.compare(environment.name, Qt::CaseInsensitive) == 0)
            return Error {QStringLiteral("environment.duplicate"),
                EnvironmentText::tr("an environment named \"%1\" exists already").arg(environment.name)};
    }
    return writeFileAtomically(fileFor(environment), environment.toFileBytes());
}

Status EnvironmentStore::remove(QStringView name)
{
    Result<Environment> env = load(name);
    if (!env)
        return env.error();
    const QString path = fileFor(env.value());
    if (!QFile::remove(path))
        return Error {
            QStringLiteral("environment.remove"), EnvironmentText::tr("cannot remove %1").arg(path)};
    if (activeName().compare(name, Qt::CaseInsensitive) == 0)
        QFile::remove(activeFile(m_folder));
    return Done {};
}

QString EnvironmentStore::activeName() const
{
    QFile file(activeFile(m_folder));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

Status EnvironmentStore::setActiveName(const QString &name)
{
    if (name.isEmpty()) {
        QFile::remove(activeFile(m_folder));
        return Done {};
    }
    return writeFileAtomically(activeFile(m_folder), QByteArray(name.toUtf8() + '\n'));
}

} // namespace ewb
