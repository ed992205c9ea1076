// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collection.h"

#include <QAbstractItemModel>

#include <memory>

namespace ewb {

// The open collections as a tree for views (GUI-free: Qt Core only): top-level rows are
// collections, under them their folders and saved requests in order. The model holds the values
// being edited; saving and loading are the caller's (saveCollection, loadCollection).
//
// Every change goes through insertItem / takeItem / setItemName / setRequest, which undo commands
// call (the window's QUndoStack), and marks the collections it touches dirty until markSaved().
// Items are addressed by QModelIndex, or by a path of rows from the top (for undo commands, which
// must outlive the indexes they were made with).
//
// Drag and drop: mimeData() carries the dragged items' paths; dropMimeData() does not move
// anything itself but emits moveRequested(), so that the caller can make the move undoable.
class CollectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionTreeModel)

public:
    enum class NodeKind { Collection, Folder, Request };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(NodeKind)
        CallTypeRole, // QString: "track", ... (requests)
        DirtyRole, // bool: the collection has unsaved changes (collections)
        ProblemsRole, // QStringList: files that did not read, as "file:line:column: message"
        RelativePathRole, // QString: the file or folder inside its collection; empty until saved
    };
    using Path = QList<int>;

    explicit CollectionTreeModel(QObject *parent = nullptr);
    ~CollectionTreeModel() override;

    // Collections (top-level rows).
    int addCollection(const QString &folder, const LoadedCollection &loaded);
    void removeCollection(int row);
    int collectionCount() const;
    // The row of the collection kept in folder, or -1.
    int collectionRow(const QString &folder) const;
    QString collectionFolder(int row) const;
    // The collection with its whole tree, as saveCollection takes it.
    Collection collection(int row) const;
    // collection.json's part only (no items): for resolving variables.
    Collection collectionHeader(int row) const;
    void setCollectionHeader(int row, const Collection &header); // keeps the items
    // Replaces the whole tree (a reload from disk); the collection is clean afterwards.
    void replaceCollection(int row, const LoadedCollection &loaded);
    // After saveCollection: takes the file names it chose and marks the collection clean.
    void markSaved(int row, const Collection &saved);
    bool isDirty(int row) const;
    void setDirty(int row, bool dirty);
    QList<CollectionProblem> problems(int row) const;

    // Items.
    NodeKind kind(const QModelIndex &index) const;
    // The top-level row of the collection that holds index.
    int collectionRowOf(const QModelIndex &index) const;
    // The item at index with its children (not for a collection row).
    CollectionItem item(const QModelIndex &index) const;
    // Inserts item (with its children) under parent (a collection or a folder) at row (-1: last).
    // A file name that a sibling already has is cleared, so that saving picks a new one.
    QModelIndex insertItem(const QModelIndex &parent, int row, CollectionItem item);
    // Removes the item and returns it, children included.
    CollectionItem takeItem(const QModelIndex &index);
    bool setItemName(const QModelIndex &index, const QString &name);
    SavedRequest request(const QModelIndex &index) const;
    void setRequest(const QModelIndex &index, const SavedRequest &request);
    // The folders from the collection down to index's parent, outermost first (for RequestScope).
    std::vector<FolderInfo> folderChain(const QModelIndex &index) const;
    // "day-1/track-signed-up.json" for a saved item; empty for an item never saved.
    QString relativePath(const QModelIndex &index) const;
    QModelIndex findRelativePath(int collectionRow, const QString &relativePath) const;
    // True when ancestor is index or one of its parents.
    bool isAncestor(const QModelIndex &ancestor, const QModelIndex &index) const;

    Path pathOf(const QModelIndex &index) const;
    QModelIndex indexAt(const Path &path) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole edits are not applied but emitted as renameRequested (undo).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    static constexpr const char *mimeType = "application/x-ewb-collection-paths";

signals:
    void renameRequested(const QModelIndex &index, const QString &name);
    // Move the items at paths under parent at row (-1: last), in this order.
    void moveRequested(
        const QList<ewb::CollectionTreeModel::Path> &paths, const QModelIndex &parent, int row);
    void dirtyChanged(int collectionRow, bool dirty);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *collectionNodeOf(Node *node) const;
    void touch(Node *node); // marks its collection dirty
    std::unique_ptr<Node> buildNode(const CollectionItem &item, Node *parent) const;
    CollectionItem toItem(const Node *node) const;
    void copyFileNames(Node *node, const std::vector<CollectionItem> &items);
    QList<Path> decodePaths(const QMimeData *data) const;

    std::unique_ptr<Node> m_root;
};

} // namespace ewb
