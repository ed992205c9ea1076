// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/collectiontreemodel.h"

#include <QUndoCommand>

namespace ewb {

// The collection tree's edits as undo steps. Each holds paths of rows, not indexes: indexes do not
// survive the other steps of the stack. Each step leaves the stack's model as the step before it
// found it, so the paths it recorded are valid again when it is undone.

// Adds an item (a new request or folder, a duplicate) under a collection or folder.
class InsertItemCommand final : public QUndoCommand
{
public:
    InsertItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &parent, int row,
        CollectionItem item, const QString &text);
    void redo() override;
    void undo() override;
    const CollectionTreeModel::Path &insertedPath() const { return m_inserted; }

private:
    CollectionTreeModel *m_model;
    CollectionTreeModel::Path m_parent;
    int m_row;
    CollectionItem m_item;
    CollectionTreeModel::Path m_inserted;
};

class RemoveItemCommand final : public QUndoCommand
{
public:
    RemoveItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &path, const QString &text);
    void redo() override;
    void undo() override;

private:
    CollectionTreeModel *m_model;
    CollectionTreeModel::Path m_path;
    CollectionItem m_item;
};

// Renames a request, a folder or a collection (its display name; files keep theirs).
class RenameItemCommand final : public QUndoCommand
{
public:
    RenameItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &path, const QString &from,
        const QString &to);
    void redo() override;
    void undo() override;

private:
    CollectionTreeModel *m_model;
    CollectionTreeModel::Path m_path;
    QString m_from;
    QString m_to;
};

// Moves an item under another collection or folder (or elsewhere in its own).
class MoveItemCommand final : public QUndoCommand
{
public:
    MoveItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &path,
        const CollectionTreeModel::Path &newParent, int row, const QString &text);
    void redo() override;
    void undo() override;
    const CollectionTreeModel::Path &movedPath() const { return m_to; }

private:
    // Takes the item at from and inserts it under parent at row; returns its new path.
    CollectionTreeModel::Path move(
        const CollectionTreeModel::Path &from, const CollectionTreeModel::Path &parent, int row);

    CollectionTreeModel *m_model;
    CollectionTreeModel::Path m_from;
    CollectionTreeModel::Path m_newParent;
    int m_row;
    CollectionTreeModel::Path m_to;
};

// Replaces a saved request's run checks (its "expect"), nothing else of it.
class SetChecksCommand final : public QUndoCommand
{
public:
    SetChecksCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &path, Expectations to);
    void redo() override;
    void undo() override;

private:
    void apply(const Expectations &e);
    CollectionTreeModel *m_model;
    CollectionTreeModel::Path m_path;
    Expectations m_from;
    Expectations m_to;
};

} // namespace ewb
