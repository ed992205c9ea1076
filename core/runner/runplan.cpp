// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "runplan.h"

#include "interchange/postmanimport.h"
#include "json/jsonparser.h"
#include "util/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ewb {

namespace {

// The translation context of this file's messages.
class RunPlanText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::RunPlan)
};

constexpr qint64 maxPostmanBytes = 64 * 1024 * 1024;

Error planError(const QString &message)
{
    return Error {QStringLiteral("run.plan"), message};
}

// Walks the tree in order, keeping what lies under a selected item (or everything when all).
void collectSteps(const std::vector<CollectionItem> &items, const QString &namePrefix,
    const QString &filePrefix, std::vector<FolderInfo> &folders, const QStringList &wanted, bool selected,
    std::vector<RunStep> &out, QSet<QString> &matched)
{
    for (const CollectionItem &item : items) {
        const QString name =
            namePrefix.isEmpty() ? item.name() : namePrefix + QStringLiteral(" / ") + item.name();
        const QString file = filePrefix.isEmpty() || item.fileName.isEmpty()
            ? item.fileName
            : filePrefix + QLatin1Char('/') + item.fileName;
        bool here = selected;
        for (const QString &w : wanted) {
            if (w == item.name() || w == name ||
                (!file.isEmpty() && (w == file || w + QStringLiteral(".json") == file))) {
                here = true;
                matched.insert(w);
            }
        }
        if (item.isFolder()) {
            folders.push_back(item.folder);
            collectSteps(item.children, name, file, folders, wanted, here, out, matched);
            folders.pop_back();
        } else if (here) {
            out.push_back(RunStep {name, file, item.request, folders});
        }
    }
}

Result<RunPlan> planFromCollection(Collection collection, const QStringList &items)
{
    RunPlan plan;
    plan.label = collection.name;
    std::vector<FolderInfo> folders;
    QSet<QString> matched;
    collectSteps(
        collection.items, QString(), QString(), folders, items, items.isEmpty(), plan.steps, matched);
    for (const QString &w : items) {
        if (!matched.contains(w))
            return planError(
                RunPlanText::tr("\"%1\" is not a request or folder of \"%2\"").arg(w, collection.name));
    }
    collection.items.clear();
    plan.collection = std::move(collection);
    return plan;
}

bool isPostmanFile(const QByteArray &bytes)
{
    Result<JsonValue> doc = parseJson(bytes);
    return doc && doc->isObject() && doc->object().contains(u"info") && doc->object().contains(u"item");
}

} // namespace

Result<RunPlan> loadRunPlan(const QString &path, const QStringList &items)
{
    const QFileInfo info(path);
    if (!info.exists())
        return planError(RunPlanText::tr("%1: no such file or folder").arg(path));
    QString root = findCollectionRoot(path);
    if (root.isEmpty() && info.isFile()) {
        Result<QByteArray> bytes = readRegularFile(path, maxPostmanBytes);
        if (!bytes)
            return planError(bytes.error().message);
        if (!isPostmanFile(bytes.value()))
            return planError(
                RunPlanText::tr("%1 is neither in a collection folder (no collection.json above it) "
                                "nor a Postman collection file")
                    .arg(path));
        Result<PostmanImport> imported = importPostmanCollection(bytes.value());
        if (!imported)
            return planError(QStringLiteral("%1: %2").arg(info.fileName(), imported.error().message));
        // The literal keys the file held serve this run as secret variables: masked wherever
        // the run shows or reports a request, and never written anywhere.
        for (const ImportedSecret &secret : imported->secrets)
            setVariable(imported->collection.variables, Variable {secret.variable, secret.value, true});
        Result<RunPlan> plan = planFromCollection(std::move(imported->collection), items);
        if (plan) {
            plan->importNotes = imported->notes;
            plan->fromPostman = true;
        }
        return plan;
    }
    if (root.isEmpty() && info.isDir() &&
        QFileInfo::exists(QDir(path).filePath(QLatin1String(collectionFileName))))
        root = path;
    if (root.isEmpty())
        return planError(
            RunPlanText::tr("%1 is not a collection folder (it has no collection.json, nor has any "
                            "folder above it)")
                .arg(path));
    Result<LoadedCollection> loaded = loadCollection(root);
    if (!loaded)
        return loaded.error();
    // A folder or request inside the collection narrows the run to it, like naming it as an item.
    QStringList wanted = items;
    const QString relative = QDir(root).relativeFilePath(info.absoluteFilePath());
    if (relative != QLatin1String(".") && !relative.isEmpty()) {
        if (!wanted.isEmpty())
            return planError(
                RunPlanText::tr("name items only with a whole collection folder, not with %1").arg(path));
        wanted = {relative};
    }
    Result<RunPlan> plan = planFromCollection(std::move(loaded->collection), wanted);
    if (plan)
        plan->problems = loaded->problems;
    if (plan && plan->steps.empty())
        return planError(RunPlanText::tr("%1 holds no request to run").arg(path));
    return plan;
}

} // namespace ewb
