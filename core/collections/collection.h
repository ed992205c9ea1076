// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "savedrequest.h"
#include "variables/variable.h"

#include <QList>
#include <QUuid>

#include <vector>

namespace ewb {

// A folder's own settings (a sub-folder of a collection on disk, with a folder.json).
struct FolderInfo
{
    QString name;
    QString description;
    Auth auth;

    bool operator==(const FolderInfo &) const = default;
};

// One entry of a collection's tree: a saved request, or a folder of entries. fileName is the
// request's file ("track-an-event.json") or the folder's directory ("alias") inside its parent:
// empty for a new item (saveCollection picks one), kept once chosen so that renaming a request
// does not rename its file (git history follows it).
struct CollectionItem
{
    enum class Kind { Request, Folder };
    Kind kind = Kind::Request;
    QString fileName;
    SavedRequest request; // Kind::Request
    FolderInfo folder; // Kind::Folder
    std::vector<CollectionItem> children; // Kind::Folder

    static CollectionItem makeRequest(SavedRequest request)
    {
        CollectionItem item;
        item.request = std::move(request);
        return item;
    }
    static CollectionItem makeFolder(FolderInfo folder)
    {
        CollectionItem item;
        item.kind = Kind::Folder;
        item.folder = std::move(folder);
        return item;
    }
    bool isFolder() const { return kind == Kind::Folder; }
    const QString &name() const { return isFolder() ? folder.name : request.name; }

    bool operator==(const CollectionItem &) const = default;
};

// A collection: a folder on disk holding collection.json (this struct without its items) and one
// file per saved request, sub-folders as directories (docs/collections.md). A value.
//
// variables hold the collection's own variables; secret ones only by name (their values are in
// the keychain under secretScope()). auth and target apply to every request that does not set its own.
struct Collection
{
    QUuid id;
    QString name;
    QString description;
    Variables variables;
    Auth auth;
    RequestTarget target;
    std::vector<CollectionItem> items;

    static Collection create(const QString &name);
    // "collection:<uuid>".
    QString secretScope() const;
    // Number of saved requests in the whole tree.
    qsizetype requestCount() const;

    bool operator==(const Collection &) const = default;
};

inline constexpr int collectionFormatVersion = 1;
inline const char collectionFileName[] = "collection.json";
inline const char folderFileName[] = "folder.json";

// A file of a collection that could not be read. line and column are 0 when the file is valid
// JSON but not the expected shape.
struct CollectionProblem
{
    QString file; // relative to the collection folder
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const; // "alias/alias-a-person.json:3:14: expected ',' ..."
};

struct LoadedCollection
{
    Collection collection;
    QList<CollectionProblem> problems;
};

// Reads a collection folder. A file that cannot be read is reported in problems and left out;
// everything else still opens (a broken collection.json leaves the name as the folder's). Fails
// only when the folder does not exist or is not a collection (no collection.json and no request).
Result<LoadedCollection> loadCollection(const QString &folder);

// Writes a collection into folder: collection.json, folder.json per sub-folder, one file per
// request, each atomically and only when its bytes changed. Items without a fileName get one
// (safeFileName + uniqueFileName, in tree order), written back into collection.
//
// A collection deletes only what it wrote itself: a request file or sub-folder that an earlier
// save listed (the "order" of collection.json and folder.json) and that the collection no longer
// holds, so a delete or a move leaves nothing stale. A file it did not write is never touched; one
// it wrote that no longer reads as a request (a git conflict) is kept and reported in kept.
Status saveCollection(
    Collection &collection, const QString &folder, QList<CollectionProblem> *kept = nullptr);

// Whether folder can take a new collection (New Collection, import), for both front ends: it does
// not exist yet, or it is an empty folder. The error names what is in it.
Status checkNewCollectionFolder(const QString &folder);

// A saved request file alone (for "save" in the editor), atomically.
Status saveRequestFile(const QString &path, const SavedRequest &request);
Result<SavedRequest> loadRequestFile(const QString &path, CollectionProblem *problem = nullptr);

// collection.json alone (no requests): for the sender, which needs the variables, auth and
// target but not the other 5,000 requests. A missing file gives an empty collection named after
// the folder; a broken one an error with its line and column.
Result<Collection> loadCollectionHeader(const QString &folder, CollectionProblem *problem = nullptr);
// A sub-folder's folder.json; a missing file gives the folder's own name and no auth.
Result<FolderInfo> loadFolderInfo(const QString &folder, CollectionProblem *problem = nullptr);

// The collection folder that holds path (a request file or a folder inside a collection): the
// nearest enclosing folder with a collection.json. Empty when there is none.
QString findCollectionRoot(const QString &path);

} // namespace ewb
