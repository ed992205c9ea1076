// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collectiontreemodel.h"

#include <QDataStream>
#include <QDir>
#include <QMimeData>

#include <algorithm>

namespace ewb {

struct CollectionTreeModel::Node
{
    NodeKind kind = NodeKind::Collection;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    CollectionItem item; // folders and requests; item.children stays empty (they are nodes)
    // Collections only.
    Collection header; // items stay empty
    QString folder;
    bool dirty = false;
    QList<CollectionProblem> problems;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it = std::find_if(
            siblings.begin(), siblings.end(), [this](const auto &child) { return child.get() == this; });
        return int(it - siblings.begin());
    }
};

CollectionTreeModel::CollectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{ }

CollectionTreeModel::~CollectionTreeModel() = default;

std::unique_ptr<CollectionTreeModel::Node> CollectionTreeModel::buildNode(
    const CollectionItem &item, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = item.isFolder() ? NodeKind::Folder : NodeKind::Request;
    node->parent = parent;
    node->item = item;
    node->item.children.clear();
    for (const CollectionItem &child : item.children)
        node->children.push_back(buildNode(child, node.get()));
    return node;
}

CollectionItem CollectionTreeModel::toItem(const Node *node) const
{
    CollectionItem out = node->item;
    out.children.clear();
    for (const auto &child : node->children)
        out.children.push_back(toItem(child.get()));
    return out;
}

int CollectionTreeModel::addCollection(const QString &folder, const LoadedCollection &loaded)
{
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->folder = QDir::cleanPath(QDir(folder).absolutePath());
    node->header = loaded.collection;
    node->header.items.clear();
    node->problems = loaded.problems;
    for (const CollectionItem &item : loaded.collection.items)
        node->children.push_back(buildNode(item, node.get()));
    m_root->children.push_back(std::move(node));
    endInsertRows();
    return row;
}

void CollectionTreeModel::removeCollection(int row)
{
    if (row < 0 || row >= collectionCount())
        return;
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

int CollectionTreeModel::collectionCount() const
{
    return int(m_root->children.size());
}

int CollectionTreeModel::collectionRow(const QString &folder) const
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    for (int i = 0; i < collectionCount(); ++i) {
        if (m_root->children[size_t(i)]->folder == clean)
            return i;
    }
    return -1;
}

QString CollectionTreeModel::collectionFolder(int row) const
{
    return row >= 0 && row < collectionCount() ? m_root->children[size_t(row)]->folder : QString();
}

Collection CollectionTreeModel::collection(int row) const
{
    Collection out = collectionHeader(row);
    if (row >= 0 && row < collectionCount()) {
        for (const auto &child : m_root->children[size_t(row)]->children)
            out.items.push_back(toItem(child.get()));
    }
    return out;
}

Collection CollectionTreeModel::collectionHeader(int row) const
{
    return row >= 0 && row < collectionCount() ? m_root->children[size_t(row)]->header : Collection();
}

void CollectionTreeModel::setCollectionHeader(int row, const Collection &header)
{
    if (row < 0 || row >= collectionCount())
        return;
    Node *node = m_root->children[size_t(row)].get();
    node->header = header;
    node->header.items.clear();
    touch(node);
}

void CollectionTreeModel::replaceCollection(int row, const LoadedCollection &loaded)
{
    if (row < 0 || row >= collectionCount())
        return;
    Node *node = m_root->children[size_t(row)].get();
    const QModelIndex parent = index(row, 0);
    if (!node->children.empty()) {
        beginRemoveRows(parent, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->header = loaded.collection;
    node->header.items.clear();
    node->problems = loaded.problems;
    if (!loaded.collection.items.empty()) {
        beginInsertRows(parent, 0, int(loaded.collection.items.size()) - 1);
        for (const CollectionItem &item : loaded.collection.items)
            node->children.push_back(buildNode(item, node));
        endInsertRows();
    }
    setDirty(row, false);
    emit dataChanged(parent, parent);
}

void CollectionTreeModel::copyFileNames(Node *node, const std::vector<CollectionItem> &items)
{
    // saveCollection keeps the tree's shape: the i-th item is the i-th child.
    for (size_t i = 0; i < node->children.size() && i < items.size(); ++i) {
        Node *child = node->children[i].get();
        if (child->item.fileName != items[i].fileName) {
            child->item.fileName = items[i].fileName;
            const QModelIndex at = indexOf(child);
            emit dataChanged(at, at);
        }
        copyFileNames(child, items[i].children);
    }
}

void CollectionTreeModel::markSaved(int row, const Collection &saved)
{
    if (row < 0 || row >= collectionCount())
        return;
    Node *node = m_root->children[size_t(row)].get();
    copyFileNames(node, saved.items);
    setDirty(row, false);
}

bool CollectionTreeModel::isDirty(int row) const
{
    return row >= 0 && row < collectionCount() && m_root->children[size_t(row)]->dirty;
}

void CollectionTreeModel::setDirty(int row, bool dirty)
{
    if (row < 0 || row >= collectionCount())
        return;
    Node *node = m_root->children[size_t(row)].get();
    if (node->dirty == dirty)
        return;
    node->dirty = dirty;
    const QModelIndex at = index(row, 0);
    emit dataChanged(at, at);
    emit dirtyChanged(row, dirty);
}

QList<CollectionProblem> CollectionTreeModel::problems(int row) const
{
    return row >= 0 && row < collectionCount() ? m_root->children[size_t(row)]->problems
                                               : QList<CollectionProblem>();
}

CollectionTreeModel::Node *CollectionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CollectionTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

CollectionTreeModel::Node *CollectionTreeModel::collectionNodeOf(Node *node) const
{
    while (node && node->parent && node->parent != m_root.get())
        node = node->parent;
    return node == m_root.get() ? nullptr : node;
}

void CollectionTreeModel::touch(Node *node)
{
    if (Node *c = collectionNodeOf(node))
        setDirty(c->row(), true);
}

CollectionTreeModel::NodeKind CollectionTreeModel::kind(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

int CollectionTreeModel::collectionRowOf(const QModelIndex &index) const
{
    Node *c = index.isValid() ? collectionNodeOf(nodeOf(index)) : nullptr;
    return c ? c->row() : -1;
}

CollectionItem CollectionTreeModel::item(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node->kind == NodeKind::Collection ? CollectionItem() : toItem(node);
}

QModelIndex CollectionTreeModel::insertItem(const QModelIndex &parent, int row, CollectionItem item)
{
    Node *parentNode = nodeOf(parent);
    if (parentNode == m_root.get() || parentNode->kind == NodeKind::Request)
        return {};
    const int count = int(parentNode->children.size());
    if (row < 0 || row > count)
        row = count;
    if (!item.fileName.isEmpty()) {
        for (const auto &sibling : parentNode->children) {
            if (sibling->item.fileName.compare(item.fileName, Qt::CaseInsensitive) == 0) {
                item.fileName.clear();
                break;
            }
        }
    }
    beginInsertRows(parent, row, row);
    parentNode->children.insert(parentNode->children.begin() + row, buildNode(item, parentNode));
    endInsertRows();
    touch(parentNode);
    return index(row, 0, parent);
}

CollectionItem CollectionTreeModel::takeItem(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || node->kind == NodeKind::Collection)
        return {};
    CollectionItem out = toItem(node);
    Node *parentNode = node->parent;
    const int row = node->row();
    beginRemoveRows(index.parent(), row, row);
    parentNode->children.erase(parentNode->children.begin() + row);
    endRemoveRows();
    touch(parentNode);
    return out;
}

bool CollectionTreeModel::setItemName(const QModelIndex &index, const QString &name)
{
    Node *node = nodeOf(index);
    if (!index.isValid())
        return false;
    if (node->kind == NodeKind::Collection)
        node->header.name = name;
    else if (node->kind == NodeKind::Folder)
        node->item.folder.name = name;
    else
        node->item.request.name = name;
    emit dataChanged(index, index);
    touch(node);
    return true;
}

SavedRequest CollectionTreeModel::request(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node->kind == NodeKind::Request ? node->item.request : SavedRequest();
}

void CollectionTreeModel::setRequest(const QModelIndex &index, const SavedRequest &request)
{
    Node *node = nodeOf(index);
    if (node->kind != NodeKind::Request || node->item.request == request)
        return;
    node->item.request = request;
    emit dataChanged(index, index);
    touch(node);
}

std::vector<FolderInfo> CollectionTreeModel::folderChain(const QModelIndex &index) const
{
    std::vector<FolderInfo> out;
    for (Node *node = nodeOf(index)->parent; node && node->kind == NodeKind::Folder; node = node->parent)
        out.insert(out.begin(), node->item.folder);
    return out;
}

QString CollectionTreeModel::relativePath(const QModelIndex &index) const
{
    QStringList parts;
    for (Node *node = nodeOf(index); node && node->kind != NodeKind::Collection; node = node->parent) {
        if (node->item.fileName.isEmpty())
            return {};
        parts.prepend(node->item.fileName);
    }
    return parts.join(QLatin1Char('/'));
}

QModelIndex CollectionTreeModel::findRelativePath(int collectionRow, const QString &relativePath) const
{
    if (collectionRow < 0 || collectionRow >= collectionCount() || relativePath.isEmpty())
        return {};
    Node *node = m_root->children[size_t(collectionRow)].get();
    for (const QString &part : relativePath.split(QLatin1Char('/'))) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
            [&](const auto &child) { return child->item.fileName == part; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexOf(node);
}

bool CollectionTreeModel::isAncestor(const QModelIndex &ancestor, const QModelIndex &index) const
{
    const Node *target = nodeOf(ancestor);
    for (const Node *node = nodeOf(index); node; node = node->parent) {
        if (node == target)
            return true;
    }
    return false;
}

CollectionTreeModel::Path CollectionTreeModel::pathOf(const QModelIndex &index) const
{
    Path out;
    for (QModelIndex at = index; at.isValid(); at = at.parent())
        out.prepend(at.row());
    return out;
}

QModelIndex CollectionTreeModel::indexAt(const Path &path) const
{
    QModelIndex at;
    for (int row : path) {
        at = index(row, 0, at);
        if (!at.isValid())
            return {};
    }
    return at;
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *parentNode = nodeOf(parent);
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, 0, parentNode->children[size_t(row)].get());
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == NodeKind::Collection)
            return node->dirty ? node->header.name + QStringLiteral(" *") : node->header.name;
        return node->kind == NodeKind::Folder ? node->item.folder.name : node->item.request.name;
    case Qt::EditRole:
        return node->kind == NodeKind::Collection ? node->header.name
            : node->kind == NodeKind::Folder      ? node->item.folder.name
                                                  : node->item.request.name;
    case Qt::ToolTipRole: {
        if (node->kind == NodeKind::Collection) {
            QString tip = node->folder;
            for (const CollectionProblem &p : node->problems)
                tip += QLatin1Char('\n') + p.toString();
            return tip;
        }
        if (node->kind == NodeKind::Request) {
            const QString notes = node->item.request.notes;
            return notes.isEmpty() ? callTypeName(node->item.request.type) : notes;
        }
        return node->item.folder.description.isEmpty() ? QVariant() : QVariant(node->item.folder.description);
    }
    case KindRole: return int(node->kind);
    case CallTypeRole:
        return node->kind == NodeKind::Request ? QVariant(callTypeName(node->item.request.type)) : QVariant();
    case DirtyRole: return node->kind == NodeKind::Collection ? node->dirty : false;
    case ProblemsRole: {
        QStringList out;
        if (node->kind == NodeKind::Collection) {
            for (const CollectionProblem &p : node->problems)
                out.append(p.toString());
        }
        return out;
    }
    case RelativePathRole: return relativePath(index);
    default: return {};
    }
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    const NodeKind k = nodeOf(index)->kind;
    if (k != NodeKind::Collection)
        f |= Qt::ItemIsDragEnabled;
    if (k != NodeKind::Request)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool CollectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == data(index, Qt::EditRole).toString())
        return false;
    emit renameRequested(index, name);
    return true;
}

Qt::DropActions CollectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return {QLatin1String(mimeType)};
}

QMimeData *CollectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<Path> paths;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && kind(index) != NodeKind::Collection)
            paths.append(pathOf(index));
    }
    out << paths;
    auto *data = new QMimeData;
    data->setData(QLatin1String(mimeType), bytes);
    return data;
}

QList<CollectionTreeModel::Path> CollectionTreeModel::decodePaths(const QMimeData *data) const
{
    if (!data || !data->hasFormat(QLatin1String(mimeType)))
        return {};
    QByteArray bytes = data->data(QLatin1String(mimeType));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    QList<Path> paths;
    in >> paths;
    return in.status() == QDataStream::Ok ? paths : QList<Path>();
}

bool CollectionTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !parent.isValid() || kind(parent) == NodeKind::Request)
        return false;
    const QList<Path> paths = decodePaths(data);
    if (paths.isEmpty())
        return false;
    for (const Path &path : paths) {
        const QModelIndex source = indexAt(path);
        // A folder cannot go inside itself.
        if (!source.isValid() || isAncestor(source, parent))
            return false;
    }
    return true;
}

bool CollectionTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit moveRequested(decodePaths(data), parent, row);
    // false: the view must not remove the dragged rows itself; the move command does.
    return false;
}

} // namespace ewb
