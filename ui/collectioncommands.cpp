// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collectioncommands.h"

#include <QCoreApplication>
#include <QPersistentModelIndex>

namespace ewb {

namespace {

// The undo texts the commands make themselves (the others come from the collections panel).
class CollectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ewb::CollectionCommands)
};

} // namespace

InsertItemCommand::InsertItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &parent,
    int row, CollectionItem item, const QString &text)
    : QUndoCommand(text), m_model(model), m_parent(parent), m_row(row), m_item(std::move(item))
{ }

void InsertItemCommand::redo()
{
    m_inserted = m_model->pathOf(m_model->insertItem(m_model->indexAt(m_parent), m_row, m_item));
}

void InsertItemCommand::undo()
{
    m_model->takeItem(m_model->indexAt(m_inserted));
}

RemoveItemCommand::RemoveItemCommand(
    CollectionTreeModel *model, const CollectionTreeModel::Path &path, const QString &text)
    : QUndoCommand(text), m_model(model), m_path(path)
{ }

void RemoveItemCommand::redo()
{
    m_item = m_model->takeItem(m_model->indexAt(m_path));
}

void RemoveItemCommand::undo()
{
    CollectionTreeModel::Path parent = m_path;
    const int row = parent.takeLast();
    m_model->insertItem(m_model->indexAt(parent), row, m_item);
}

RenameItemCommand::RenameItemCommand(
    CollectionTreeModel *model, const CollectionTreeModel::Path &path, const QString &from, const QString &to)
    : QUndoCommand(CollectionCommands::tr("Rename “%1” to “%2”").arg(from, to)), m_model(model), m_path(path),
      m_from(from), m_to(to)
{ }

void RenameItemCommand::redo()
{
    m_model->setItemName(m_model->indexAt(m_path), m_to);
}

void RenameItemCommand::undo()
{
    m_model->setItemName(m_model->indexAt(m_path), m_from);
}

MoveItemCommand::MoveItemCommand(CollectionTreeModel *model, const CollectionTreeModel::Path &path,
    const CollectionTreeModel::Path &newParent, int row, const QString &text)
    : QUndoCommand(text), m_model(model), m_from(path), m_newParent(newParent), m_row(row)
{ }

CollectionTreeModel::Path MoveItemCommand::move(
    const CollectionTreeModel::Path &from, const CollectionTreeModel::Path &parent, int row)
{
    const QModelIndex source = m_model->indexAt(from);
    // The parent's path may change when the item leaves a folder above it: hold it persistently.
    const QPersistentModelIndex target(m_model->indexAt(parent));
    if (target == source.parent() && row > source.row())
        --row; // the row counts the item itself, which goes first
    CollectionItem item = m_model->takeItem(source);
    return m_model->pathOf(m_model->insertItem(target, row, std::move(item)));
}

void MoveItemCommand::redo()
{
    m_to = move(m_from, m_newParent, m_row);
}

void MoveItemCommand::undo()
{
    CollectionTreeModel::Path oldParent = m_from;
    const int oldRow = oldParent.takeLast();
    // Undo puts it back where it was: row oldRow of the old parent as it is without the item.
    CollectionItem item = m_model->takeItem(m_model->indexAt(m_to));
    m_model->insertItem(m_model->indexAt(oldParent), oldRow, std::move(item));
}

SetChecksCommand::SetChecksCommand(
    CollectionTreeModel *model, const CollectionTreeModel::Path &path, Expectations to)
    : QUndoCommand(CollectionCommands::tr("Checks of “%1”").arg(model->request(model->indexAt(path)).name)),
      m_model(model), m_path(path), m_from(model->request(model->indexAt(path)).expect), m_to(std::move(to))
{ }

void SetChecksCommand::apply(const Expectations &e)
{
    const QModelIndex at = m_model->indexAt(m_path);
    SavedRequest request = m_model->request(at);
    request.expect = e;
    m_model->setRequest(at, request);
}

void SetChecksCommand::redo()
{
    apply(m_to);
}

void SetChecksCommand::undo()
{
    apply(m_from);
}

} // namespace ewb
