// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collection.h"

#include "filenames.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/atomicfile.h"
#include "util/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace ewb {

namespace {

// The translation context of this file's messages.
class CollectionText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Collection)
};

// A file's bytes are read whole: request files are small, and a huge one is refused rather than
// parsed for seconds.
constexpr qint64 maxFileBytes = 8 * 1024 * 1024;

QByteArray fileBytes(const JsonObject &object)
{
    QByteArray out = writeJson(JsonValue(object), JsonStyle::Pretty, KeyOrder::Sorted);
    out += '\n';
    return out;
}

Result<JsonValue> readJsonFile(const QString &path, const QString &relative, CollectionProblem *problem)
{
    const auto fail = [&](const QString &code, const QString &message, int line = 0, int column = 0) {
        if (problem)
            *problem = CollectionProblem {relative, line, column, message};
        return Error {code, QStringLiteral("%1: %2").arg(relative, message)};
    };
    Result<QByteArray> bytes = readRegularFile(path, maxFileBytes);
    if (!bytes) {
        const QString code = bytes.error().code;
        return fail(code == u"file.too-large" ? QStringLiteral("collection.too-large")
                                              : QStringLiteral("collection.read"),
            code == u"file.too-large"
                ? CollectionText::tr("too large for a saved request (at most %1 bytes)").arg(maxFileBytes)
                : code == u"file.not-regular"
                ? CollectionText::tr("not a regular file (a device, a pipe or a broken link): not read")
                : bytes.error().message);
    }
    JsonSyntaxError where;
    Result<JsonValue> doc = parseJson(bytes.value(), {}, &where);
    if (!doc)
        return fail(doc.error().code, where.message, where.line, where.column);
    return doc;
}

QStringList orderFrom(const JsonValue &value)
{
    QStringList order;
    if (value.isArray()) {
        for (const JsonValue &v : value.array())
            order.append(v.toString());
    }
    return order;
}

JsonArray orderOf(const std::vector<CollectionItem> &items)
{
    JsonArray order;
    for (const CollectionItem &item : items)
        order.emplace_back(item.fileName);
    return order;
}

QString join(const QString &relative, const QString &name)
{
    return relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
}

bool isReserved(const QString &name, bool root)
{
    return name == QLatin1String(folderFileName) || (root && name == QLatin1String(collectionFileName));
}

Result<FolderInfo> readFolderInfo(
    const QString &path, const QString &relative, QStringList *order, CollectionProblem *problem)
{
    FolderInfo folder {QFileInfo(path).fileName(), {}, {}};
    const QString meta = path + QLatin1Char('/') + QLatin1String(folderFileName);
    if (!QFileInfo::exists(meta))
        return folder;
    const QString rel = join(relative, QLatin1String(folderFileName));
    Result<JsonValue> doc = readJsonFile(meta, rel, problem);
    if (!doc)
        return doc.error();
    const auto fail = [&](const QString &message) {
        if (problem)
            *problem = CollectionProblem {rel, 0, 0, message};
        return Error {QStringLiteral("collection.folder"), QStringLiteral("%1: %2").arg(rel, message)};
    };
    if (!doc->isObject())
        return fail(CollectionText::tr("folder.json must hold an object"));
    const JsonObject &o = doc->object();
    if (const QString n = o.value(u"name").toString(); !n.isEmpty())
        folder.name = n;
    folder.description = o.value(u"description").toString();
    Result<Auth> auth = Auth::fromJson(o.value(u"auth"));
    if (!auth)
        return fail(auth.error().message);
    folder.auth = auth.value();
    if (order)
        *order = orderFrom(o.value(u"order"));
    return folder;
}

// collection.json into c (which keeps the folder's name when the file has none). Problems that
// leave the rest readable are appended to notes.
Status readHeader(const QString &folder, Collection &c, QStringList *order, QList<CollectionProblem> &notes)
{
    const QString header = QDir(folder).filePath(QLatin1String(collectionFileName));
    if (!QFileInfo::exists(header))
        return Done {};
    CollectionProblem problem;
    Result<JsonValue> doc = readJsonFile(header, QLatin1String(collectionFileName), &problem);
    if (!doc) {
        notes.append(problem);
        return doc.error();
    }
    const auto note = [&](const QString &message) {
        notes.append({QLatin1String(collectionFileName), 0, 0, message});
    };
    if (!doc->isObject()) {
        note(CollectionText::tr("collection.json must hold an object"));
        return Error {QStringLiteral("collection.shape"), notes.last().toString()};
    }
    const JsonObject &o = doc->object();
    const JsonValue &version = o.value(u"formatVersion");
    if (version.isNumber() && version.toDouble() > collectionFormatVersion)
        note(
            CollectionText::tr("written by a newer Event Workbench (format %1); some settings may be ignored")
                .arg(version.numberLiteral()));
    if (const QString n = o.value(u"name").toString(); !n.isEmpty())
        c.name = n;
    c.id = QUuid::fromString(o.value(u"id").toString());
    c.description = o.value(u"description").toString();
    if (Result<Variables> vars = variablesFromJson(o.value(u"variables")))
        c.variables = std::move(vars).value();
    else
        note(vars.error().message);
    if (Result<Auth> auth = Auth::fromJson(o.value(u"auth")))
        c.auth = auth.value();
    else
        note(auth.error().message);
    if (Result<RequestTarget> target = RequestTarget::fromJson(o.value(u"target")))
        c.target = target.value();
    else
        note(target.error().message);
    if (order)
        *order = orderFrom(o.value(u"order"));
    return Done {};
}

void ensureId(Collection &c, const QString &folder)
{
    // Without an id the collection's secrets would have no stable place: derive one from the folder.
    if (c.id.isNull())
        c.id = QUuid::createUuidV5(QUuid(), QFileInfo(folder).absoluteFilePath());
}

void loadFolder(const QString &path, const QString &relative, const QStringList &order,
    std::vector<CollectionItem> &items, QList<CollectionProblem> &problems)
{
    const QDir dir(path);
    const bool root = relative.isEmpty();
    std::vector<CollectionItem> found;
    for (const QFileInfo &info :
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')) || isReserved(name, root))
            continue;
        const QString rel = join(relative, name);
        // A collection is its own files: a link may lead out of it (a delete would then reach
        // files elsewhere) or back into it (a loop), so none is followed.
        if (info.isSymLink()) {
            problems.append(
                {rel, 0, 0, CollectionText::tr("a link: not followed (a collection holds its own files)")});
            continue;
        }
        if (info.isDir()) {
            CollectionItem folder = CollectionItem::makeFolder(FolderInfo {name, {}, {}});
            folder.fileName = name;
            QStringList childOrder;
            CollectionProblem problem;
            if (Result<FolderInfo> meta = readFolderInfo(info.filePath(), rel, &childOrder, &problem))
                folder.folder = std::move(meta).value();
            else
                problems.append(problem);
            loadFolder(info.filePath(), rel, childOrder, folder.children, problems);
            found.push_back(std::move(folder));
        } else if (name.endsWith(QLatin1String(".json"))) {
            CollectionProblem problem;
            Result<SavedRequest> request = loadRequestFile(info.filePath(), &problem);
            if (!request) {
                problem.file = rel;
                problems.append(problem);
                continue;
            }
            CollectionItem item = CollectionItem::makeRequest(std::move(request).value());
            item.fileName = name;
            found.push_back(std::move(item));
        }
    }
    // The saved order first, then anything new (a file from a git pull) by file name.
    for (const QString &name : order) {
        auto it = std::find_if(
            found.begin(), found.end(), [&](const CollectionItem &i) { return i.fileName == name; });
        if (it != found.end()) {
            items.push_back(std::move(*it));
            found.erase(it);
        }
    }
    for (CollectionItem &item : found)
        items.push_back(std::move(item));
}

Status writeIfChanged(const QString &path, const QByteArray &bytes)
{
    if (Result<QByteArray> existing = readRegularFile(path, bytes.size());
        existing && existing.value() == bytes)
        return Done {};
    return writeFileAtomically(path, bytes);
}

// The names a folder's own file (collection.json or folder.json) lists as its children: what an
// earlier save wrote there. Empty when the file is missing or unreadable.
QStringList writtenOrder(const QString &folder, bool root)
{
    const QString meta = QDir(folder).filePath(QLatin1String(root ? collectionFileName : folderFileName));
    if (!QFileInfo(meta).isFile())
        return {};
    Result<JsonValue> doc = readJsonFile(meta, QString(), nullptr);
    return doc ? orderFrom(doc->object().value(u"order")) : QStringList();
}

bool isRequestFileWeWrote(const QFileInfo &info)
{
    return info.isFile() && !info.isSymLink() && info.fileName().endsWith(QLatin1String(".json")) &&
        loadRequestFile(info.filePath()).ok();
}

// Removes a sub-folder the collection no longer holds, but only what an earlier save wrote into
// it: its folder.json and the requests and sub-folders that file lists, each still a request file.
// Anything else (a file the user added, one that no longer reads as a request, a link) is kept,
// and so is the folder then; each is reported in kept.
void removeWrittenFolder(const QString &path, const QString &relative, QList<CollectionProblem> *kept)
{
    const QDir dir(path);
    for (const QString &name : writtenOrder(path, false)) {
        const QFileInfo info(dir.filePath(name));
        if (info.isSymLink() || !info.exists())
            continue;
        if (info.isDir())
            removeWrittenFolder(info.filePath(), join(relative, name), kept);
        else if (isRequestFileWeWrote(info))
            QFile::remove(info.filePath());
    }
    QFile::remove(dir.filePath(QLatin1String(folderFileName)));
    const QStringList left =
        dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (left.isEmpty()) {
        QDir().rmdir(path);
    } else if (kept) {
        kept->append({relative, 0, 0,
            CollectionText::tr("kept: the folder was removed from the collection but holds files it did not "
                               "write (%1)")
                .arg(left.mid(0, 3).join(QStringLiteral(", ")))});
    }
}

// What a save removes, done only once every file of the save is written: a save that fails half way
// deletes nothing, so the files on disk still hold everything the last good collection.json lists.
using Removals = std::vector<std::function<void()>>;

Status saveFolder(std::vector<CollectionItem> &items, const QString &path, const QString &relative,
    QList<CollectionProblem> *kept, Removals &removals)
{
    const bool root = relative.isEmpty();
    // Read before anything is written: what this folder held after the last save.
    const QStringList written = writtenOrder(path, root);
    TakenFileNames taken({QLatin1String(collectionFileName), QLatin1String(folderFileName)});
    for (const CollectionItem &item : items) {
        if (!item.fileName.isEmpty())
            taken.add(item.fileName);
    }
    for (CollectionItem &item : items) {
        if (!item.fileName.isEmpty())
            continue;
        if (item.isFolder())
            item.fileName = taken.unique(safeFileName(item.folder.name, QStringLiteral("folder")), QString());
        else
            item.fileName = taken.unique(
                safeFileName(item.request.name, QStringLiteral("request")), QStringLiteral(".json"));
    }
    if (!QDir().mkpath(path))
        return Error {
            QStringLiteral("file.mkdir"), CollectionText::tr("cannot create the folder %1").arg(path)};
    const QDir dir(path);
    for (CollectionItem &item : items) {
        const QString target = dir.filePath(item.fileName);
        if (item.isFolder()) {
            JsonObject meta;
            meta.insert(QStringLiteral("name"), item.folder.name);
            if (!item.folder.description.isEmpty())
                meta.insert(QStringLiteral("description"), item.folder.description);
            if (JsonValue auth = item.folder.auth.toJson(); !auth.isNull())
                meta.insert(QStringLiteral("auth"), std::move(auth));
            if (Status s = saveFolder(item.children, target, join(relative, item.fileName), kept, removals);
                !s)
                return s;
            meta.insert(QStringLiteral("order"), orderOf(item.children)); // names are chosen by now
            if (Status s = writeIfChanged(
                    target + QLatin1Char('/') + QLatin1String(folderFileName), fileBytes(meta));
                !s)
                return s;
        } else if (Status s = writeIfChanged(target, item.request.toFileBytes()); !s) {
            return s;
        }
    }
    // What the collection no longer holds, and an earlier save wrote: a request file that still
    // reads as one, a sub-folder (see removeWrittenFolder). A file the collection did not write is
    // the user's and stays; so does one it wrote that no longer reads (a git conflict, an edit by
    // hand): reported, never removed.
    for (const QFileInfo &info :
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')) || isReserved(name, root) || !written.contains(name))
            continue;
        const bool held = std::any_of(
            items.begin(), items.end(), [&](const CollectionItem &i) { return i.fileName == name; });
        if (held || info.isSymLink())
            continue;
        removals.push_back([info, entry = join(relative, name), kept] {
            if (info.isDir())
                removeWrittenFolder(info.filePath(), entry, kept);
            else if (isRequestFileWeWrote(info))
                QFile::remove(info.filePath());
            else if (kept)
                kept->append({entry, 0, 0,
                    CollectionText::tr("kept: it is no longer in the collection, but it does not read as a "
                                       "request file, so it may hold work (a merge conflict?)")});
        });
    }
    return Done {};
}

qsizetype countRequests(const std::vector<CollectionItem> &items)
{
    qsizetype n = 0;
    for (const CollectionItem &item : items)
        n += item.isFolder() ? countRequests(item.children) : 1;
    return n;
}

} // namespace

Collection Collection::create(const QString &name)
{
    Collection c;
    c.id = QUuid::createUuid();
    c.name = name;
    return c;
}

QString Collection::secretScope() const
{
    return QStringLiteral("collection:") + id.toString(QUuid::WithoutBraces);
}

qsizetype Collection::requestCount() const
{
    return countRequests(items);
}

QString CollectionProblem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

Result<SavedRequest> loadRequestFile(const QString &path, CollectionProblem *problem)
{
    Result<JsonValue> doc = readJsonFile(path, QFileInfo(path).fileName(), problem);
    if (!doc)
        return doc.error();
    Result<SavedRequest> request = SavedRequest::fromJson(doc.value());
    if (!request && problem)
        *problem = CollectionProblem {QFileInfo(path).fileName(), 0, 0, request.error().message};
    return request;
}

Status saveRequestFile(const QString &path, const SavedRequest &request)
{
    return writeFileAtomically(path, request.toFileBytes());
}

Result<LoadedCollection> loadCollection(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error {
            QStringLiteral("collection.missing"), CollectionText::tr("%1 is not a folder").arg(folder)};
    LoadedCollection loaded;
    Collection &c = loaded.collection;
    c.name = info.fileName();
    QStringList order;
    const bool hasHeader = QFileInfo::exists(QDir(folder).filePath(QLatin1String(collectionFileName)));
    (void)readHeader(folder, c, &order, loaded.problems); // its problems are in loaded.problems
    ensureId(c, folder);
    loadFolder(folder, QString(), order, c.items, loaded.problems);
    if (!hasHeader && c.items.empty())
        return Error {QStringLiteral("collection.not-a-collection"),
            CollectionText::tr("%1 holds no collection.json and no saved request").arg(folder)};
    return loaded;
}

Status saveCollection(Collection &collection, const QString &folder, QList<CollectionProblem> *kept)
{
    if (collection.id.isNull())
        collection.id = QUuid::createUuid();
    Removals removals;
    if (Status s = saveFolder(collection.items, folder, QString(), kept, removals); !s)
        return s;
    JsonObject header;
    header.insert(QStringLiteral("formatVersion"), collectionFormatVersion);
    header.insert(QStringLiteral("id"), collection.id.toString(QUuid::WithoutBraces));
    header.insert(QStringLiteral("name"), collection.name);
    if (!collection.description.isEmpty())
        header.insert(QStringLiteral("description"), collection.description);
    header.insert(QStringLiteral("variables"), variablesToJson(collection.variables));
    if (JsonValue auth = collection.auth.toJson(); !auth.isNull())
        header.insert(QStringLiteral("auth"), std::move(auth));
    if (JsonValue target = collection.target.toJson(); !target.isNull())
        header.insert(QStringLiteral("target"), std::move(target));
    header.insert(QStringLiteral("order"), orderOf(collection.items));
    if (Status s =
            writeIfChanged(QDir(folder).filePath(QLatin1String(collectionFileName)), fileBytes(header));
        !s)
        return s;
    for (const auto &remove : removals)
        remove();
    return Done {};
}

Result<Collection> loadCollectionHeader(const QString &folder, CollectionProblem *problem)
{
    Collection c;
    c.name = QFileInfo(folder).fileName();
    QList<CollectionProblem> notes;
    if (Status s = readHeader(folder, c, nullptr, notes); !s) {
        if (problem && !notes.isEmpty())
            *problem = notes.first();
        return s.error();
    }
    ensureId(c, folder);
    return c;
}

Result<FolderInfo> loadFolderInfo(const QString &folder, CollectionProblem *problem)
{
    return readFolderInfo(folder, QFileInfo(folder).fileName(), nullptr, problem);
}

Status checkNewCollectionFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Done {};
    if (!info.isDir())
        return Error {
            QStringLiteral("collection.not-a-folder"), CollectionText::tr("%1 is not a folder").arg(folder)};
    const QStringList entries = QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    if (entries.isEmpty())
        return Done {};
    const QString some = entries.mid(0, 3).join(QStringLiteral(", ")) +
        (entries.size() > 3 ? QStringLiteral(", …") : QString());
    return Error {QStringLiteral("collection.folder-not-empty"),
        CollectionText::tr("%1 is not empty (it holds %2): a new collection needs a new or empty folder")
            .arg(QDir::toNativeSeparators(folder), some)};
}

QString findCollectionRoot(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    for (int depth = 0; depth < 64; ++depth) {
        if (QFileInfo::exists(dir.filePath(QLatin1String(collectionFileName))))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace ewb
