// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collectionspanel.h"

#include "checksdialog.h"
#include "collectioncommands.h"
#include "composerpanel.h"

#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace ewb {

namespace {
// Past this many files a collection's folders are watched but not each file (inotify watches are
// a limited resource); git and the workbench replace files, which the folder watch sees.
constexpr int maxWatchedFiles = 500;

QStringList problemTexts(const QList<CollectionProblem> &problems)
{
    QStringList out;
    for (const CollectionProblem &p : problems)
        out.append(p.toString());
    return out;
}

void clearFileNames(CollectionItem &item)
{
    item.fileName.clear();
    for (CollectionItem &child : item.children)
        clearFileNames(child);
}
} // namespace

// The tree as shown: icons, and the request open in the composer in bold, with a * while it has
// unsaved edits.
class OpenRequestProxy final : public QIdentityProxyModel
{
public:
    OpenRequestProxy(CollectionsPanel *panel, const QPersistentModelIndex *open)
        : QIdentityProxyModel(panel), m_panel(panel), m_open(open)
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const bool isOpen = source.isValid() && QPersistentModelIndex(source) == *m_open;
        if (role == Qt::DisplayRole && isOpen && m_panel->isComposerModified())
            return QString(QIdentityProxyModel::data(index, role).toString() + QStringLiteral(" *"));
        if (role == Qt::FontRole && isOpen) {
            QFont bold = m_panel->font();
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::DecorationRole && index.column() == 0) {
            const auto kind =
                CollectionTreeModel::NodeKind(source.data(CollectionTreeModel::KindRole).toInt());
            const QStyle *style = m_panel->style();
            switch (kind) {
            case CollectionTreeModel::NodeKind::Collection:
                return style->standardIcon(
                    source.data(CollectionTreeModel::ProblemsRole).toStringList().isEmpty()
                        ? QStyle::SP_DirHomeIcon
                        : QStyle::SP_MessageBoxWarning);
            case CollectionTreeModel::NodeKind::Folder: return style->standardIcon(QStyle::SP_DirIcon);
            case CollectionTreeModel::NodeKind::Request: return style->standardIcon(QStyle::SP_FileIcon);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

    void refresh(const QModelIndex &source)
    {
        const QModelIndex at = mapFromSource(source);
        if (at.isValid())
            emit dataChanged(at, at);
    }

private:
    CollectionsPanel *m_panel;
    const QPersistentModelIndex *m_open;
};

CollectionsPanel::CollectionsPanel(ComposerPanel *composer, QWidget *parent)
    : QWidget(parent), m_composer(composer)
{
    setObjectName(QStringLiteral("collectionsPanel"));
    m_proxy = new OpenRequestProxy(this, &m_open);
    m_proxy->setSourceModel(&m_model);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    // Compact: the dock shares the left column with the sources and the sandbox.
    const auto button = [&](const QString &name, const QString &text, const QString &tip, auto slot,
                            std::optional<QStyle::StandardPixmap> icon = std::nullopt) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        if (icon) {
            b->setIcon(style()->standardIcon(*icon));
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(QStringLiteral("openCollection"), tr("Open…"), tr("Open a collection folder (Ctrl+O)"),
        &CollectionsPanel::chooseCollection);
    button(QStringLiteral("newCollection"), tr("New"), tr("Create a collection in an empty folder"),
        &CollectionsPanel::newCollection);
    buttons->addStretch();
    button(QStringLiteral("newFolder"), tr("New folder"),
        tr("Add a folder to the selected collection or folder"), &CollectionsPanel::newFolder,
        QStyle::SP_FileDialogNewFolder);
    button(QStringLiteral("duplicateItem"), tr("Duplicate"), tr("Duplicate the selected request or folder"),
        &CollectionsPanel::duplicateSelected, QStyle::SP_FileDialogDetailedView);
    // An icon like its neighbours: with text the dock no longer fits a 1024-pixel screen.
    button(QStringLiteral("editChecks"), tr("Checks…"),
        tr("Checks: what a run expects of the selected request (status, validation, size, what the sandbox "
           "records)"),
        &CollectionsPanel::editChecksSelected, QStyle::SP_DialogApplyButton);
    button(QStringLiteral("deleteItem"), tr("Delete"),
        tr("Delete the selected request or folder (Delete; undo with Ctrl+Z in the tree); close a "
           "collection"),
        &CollectionsPanel::deleteSelected, QStyle::SP_TrashIcon);
    QToolButton *undo = button(
        QStringLiteral("undoCollections"), tr("Undo"), tr("Undo"), [this] { m_undo.undo(); },
        QStyle::SP_ArrowBack);
    QToolButton *redo = button(
        QStringLiteral("redoCollections"), tr("Redo"), tr("Redo"), [this] { m_undo.redo(); },
        QStyle::SP_ArrowForward);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(&m_undo, &QUndoStack::undoTextChanged, undo,
        [undo](const QString &text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z in the tree)").arg(text)); });
    connect(&m_undo, &QUndoStack::redoTextChanged, redo,
        [redo](const QString &text) { redo->setToolTip(tr("Redo %1").arg(text)); });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("collectionsTree"));
    m_tree->setAccessibleName(tr("Collections"));
    m_tree->setAccessibleDescription(
        tr("Enter opens a request; F2 renames; Delete deletes; Ctrl+Z undoes what was done in the tree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &at) { openIndex(toSource(at)); });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("collectionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); padding: 4px; }"));
    m_problems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    layout->addWidget(m_tree, 1);

    connect(&m_model, &CollectionTreeModel::renameRequested, this,
        [this](const QModelIndex &at, const QString &name) {
            m_undo.push(
                new RenameItemCommand(&m_model, m_model.pathOf(at), at.data(Qt::EditRole).toString(), name));
        });
    connect(&m_model, &CollectionTreeModel::moveRequested, this, &CollectionsPanel::moveItems);
    connect(&m_undo, &QUndoStack::indexChanged, this, &CollectionsPanel::refreshDirtyFlags);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &CollectionsPanel::diskChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CollectionsPanel::diskChanged);
    // A git pull touches many files in a burst: read the collection once, after it settles.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &CollectionsPanel::reloadChangedNow);

    connect(m_composer->document(), &RequestDocument::changed, this, &CollectionsPanel::composerChanged);
}

CollectionsPanel::~CollectionsPanel()
{
    // The stack clears itself when destroyed, after members it would tell about are gone.
    disconnect(&m_undo, nullptr, this, nullptr);
}

QModelIndex CollectionsPanel::toSource(const QModelIndex &view) const
{
    return m_proxy->mapToSource(view);
}

QModelIndex CollectionsPanel::toView(const QModelIndex &source) const
{
    return m_proxy->mapFromSource(source);
}

QModelIndex CollectionsPanel::selected() const
{
    return toSource(m_tree->currentIndex());
}

QMessageBox::StandardButton CollectionsPanel::ask(
    const QString &title, const QString &text, QMessageBox::StandardButtons buttons)
{
    if (m_prompts.ask)
        return m_prompts.ask(title, text, buttons);
    QMessageBox box(QMessageBox::Question, title, text, buttons, this);
    if (QAbstractButton *b = box.button(QMessageBox::Reset))
        b->setText(tr("Reload from disk"));
    if (QAbstractButton *b = box.button(QMessageBox::Ignore))
        b->setText(tr("Keep mine"));
    return QMessageBox::StandardButton(box.exec());
}

bool CollectionsPanel::openCollection(const QString &folder)
{
    if (const int row = m_model.collectionRow(folder); row >= 0) {
        m_tree->setCurrentIndex(toView(m_model.index(row, 0)));
        return true;
    }
    Result<LoadedCollection> loaded = loadCollection(folder);
    if (!loaded) {
        emit message(loaded.error().message);
        return false;
    }
    const int row = m_model.addCollection(folder, loaded.value());
    m_onDisk.insert(m_model.collectionFolder(row), loaded->collection);
    watch(m_model.collectionFolder(row));
    showProblems();
    m_tree->expand(toView(m_model.index(row, 0)));
    if (!loaded->problems.isEmpty())
        emit message(
            tr("“%1” opened, but %n file(s) could not be read.", nullptr, int(loaded->problems.size()))
                .arg(loaded->collection.name));
    emit collectionsChanged();
    return true;
}

void CollectionsPanel::newCollection()
{
    const QString folder = m_prompts.askFolder
        ? m_prompts.askFolder(tr("New collection"))
        : QFileDialog::getExistingDirectory(this, tr("New collection: choose or create an empty folder"));
    if (folder.isEmpty())
        return;
    if (QFileInfo::exists(QDir(folder).filePath(QLatin1String(collectionFileName)))) {
        openCollection(folder);
        return;
    }
    if (Status free = checkNewCollectionFolder(folder); !free) {
        emit message(tr("No collection made: %1").arg(free.error().message));
        return;
    }
    Collection collection = Collection::create(QFileInfo(folder).fileName());
    if (Status saved = saveCollection(collection, folder); !saved) {
        emit message(saved.error().message);
        return;
    }
    openCollection(folder);
}

void CollectionsPanel::focusTree()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void CollectionsPanel::chooseCollection()
{
    const QString folder = m_prompts.askFolder
        ? m_prompts.askFolder(tr("Open collection"))
        : QFileDialog::getExistingDirectory(this, tr("Open a collection folder"));
    if (!folder.isEmpty())
        openCollection(folder);
}

QStringList CollectionsPanel::openFolders() const
{
    QStringList out;
    for (int row = 0; row < m_model.collectionCount(); ++row)
        out.append(m_model.collectionFolder(row));
    return out;
}

int CollectionsPanel::currentCollectionRow() const
{
    int row = m_open.isValid() ? m_model.collectionRowOf(m_open) : m_model.collectionRow(m_openFolder);
    if (row < 0)
        row = m_model.collectionRowOf(selected());
    return row;
}

std::optional<Collection> CollectionsPanel::currentCollectionHeader() const
{
    const int row = currentCollectionRow();
    if (row < 0)
        return std::nullopt;
    return m_model.collectionHeader(row);
}

std::optional<SavedRequest> CollectionsPanel::openRequest() const
{
    if (!m_open.isValid())
        return std::nullopt;
    return m_model.request(m_open);
}

QString CollectionsPanel::openRequestTitle() const
{
    if (!m_open.isValid())
        return {};
    return QStringLiteral("%1 — %2").arg(
        m_model.request(m_open).name, m_model.collectionHeader(m_model.collectionRowOf(m_open)).name);
}

bool CollectionsPanel::isComposerModified() const
{
    return m_open.isValid() &&
        (m_composer->document()->hasPendingText() || !(m_composer->document()->payload() == m_baseline));
}

void CollectionsPanel::composerChanged()
{
    if (m_loading || !m_open.isValid())
        return;
    m_proxy->refresh(m_open);
    emit openRequestChanged();
}

void CollectionsPanel::loadIntoComposer(const SavedRequest &request)
{
    m_loading = true;
    if (request.body)
        m_composer->document()->load(Payload(request.type, *request.body));
    else
        m_composer->restoreDraft(request.bodyText.toUtf8(), request.type);
    m_composer->document()->clearUndo();
    m_baseline = m_composer->document()->payload();
    m_loading = false;
}

void CollectionsPanel::openIndex(const QModelIndex &index)
{
    if (!index.isValid() || m_model.kind(index) != CollectionTreeModel::NodeKind::Request)
        return;
    if (QPersistentModelIndex(index) == m_open)
        return;
    if (!settleComposer(tr("“%1” has changes that are not saved. Save them before opening another request?")))
        return;
    const QModelIndex previous = m_open;
    m_open = index;
    m_openFolder = m_model.collectionFolder(m_model.collectionRowOf(index));
    m_openPath = m_model.relativePath(index);
    loadIntoComposer(m_model.request(index));
    if (previous.isValid())
        m_proxy->refresh(previous);
    m_proxy->refresh(index);
    m_tree->setCurrentIndex(toView(index));
    emit openRequestChanged();
}

bool CollectionsPanel::settleComposer(const QString &question)
{
    (void)m_composer->flush(); // a text that does not parse stays pending, and counts as modified
    if (!isComposerModified())
        return true;
    const auto answer = ask(tr("Unsaved request"), question.arg(m_model.request(m_open).name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool CollectionsPanel::closeOpenRequest()
{
    if (!m_open.isValid())
        return true;
    if (!settleComposer(
            tr("“%1” has changes that are not saved. Save them before the composer shows something else?")))
        return false;
    const QModelIndex previous = m_open;
    m_open = QPersistentModelIndex();
    m_openFolder.clear();
    m_openPath.clear();
    m_proxy->refresh(previous);
    emit openRequestChanged();
    return true;
}

bool CollectionsPanel::saveCollectionRow(int row)
{
    const QString folder = m_model.collectionFolder(row);
    Collection collection = m_model.collection(row);
    QList<CollectionProblem> kept;
    if (Status saved = saveCollection(collection, folder, &kept); !saved) {
        emit message(tr("“%1” was not saved: %2").arg(collection.name, saved.error().message));
        return false;
    }
    if (!kept.isEmpty()) {
        QStringList lines;
        for (const CollectionProblem &problem : kept)
            lines.append(problem.toString());
        emit message(
            tr("Saved “%1”; kept %n file(s) it did not write or cannot read: %2", nullptr, int(kept.size()))
                .arg(collection.name, lines.join(QStringLiteral("; "))));
    }
    m_model.markSaved(row, collection);
    // What is on disk now, as the watcher will read it: our own write is then no change.
    Result<LoadedCollection> reread = loadCollection(folder);
    m_onDisk.insert(folder, reread ? reread->collection : m_model.collection(row));
    refreshDirtyFlags();
    watch(folder);
    return true;
}

void CollectionsPanel::editChecksSelected()
{
    const QModelIndex at = selected();
    if (!at.isValid() ||
        CollectionTreeModel::NodeKind(at.data(CollectionTreeModel::KindRole).toInt()) !=
            CollectionTreeModel::NodeKind::Request) {
        emit message(tr("Select a request to edit the checks a run makes of it."));
        return;
    }
    const SavedRequest request = m_model.request(at);
    std::optional<Expectations> checks;
    if (m_prompts.askChecks) {
        checks = m_prompts.askChecks(request.name, request.expect);
    } else {
        ChecksDialog dialog(request.name, request.expect, this);
        if (dialog.exec() == QDialog::Accepted) {
            Result<Expectations> e = dialog.expectations();
            if (e)
                checks = e.value();
        }
    }
    if (!checks || *checks == request.expect)
        return;
    const int row = m_model.collectionRowOf(at);
    m_undo.push(new SetChecksCommand(&m_model, m_model.pathOf(at), *checks));
    // Written at once: a run reads the files, and a person who pressed OK expects it to count.
    if (saveCollectionRow(row))
        emit message(tr("Saved the checks of “%1”.").arg(request.name));
}

bool CollectionsPanel::save()
{
    (void)m_composer->flush(); // saved as typed: as a payload when it parses, as text otherwise
    if (!m_open.isValid()) {
        bool any = false;
        bool ok = true;
        for (int row = 0; row < m_model.collectionCount(); ++row) {
            if (m_model.isDirty(row)) {
                any = true;
                ok = saveCollectionRow(row) && ok;
            }
        }
        if (!any)
            return saveAs();
        if (ok)
            emit message(tr("Collections saved. The composer's request is not in one: Save As keeps it."));
        return ok;
    }
    SavedRequest request = m_model.request(m_open);
    request.type = m_composer->document()->payload().type();
    request.setBodyText(m_composer->draftText());
    m_model.setRequest(m_open, request);
    bool ok = true;
    for (int row = 0; row < m_model.collectionCount(); ++row) {
        if (m_model.isDirty(row))
            ok = saveCollectionRow(row) && ok;
    }
    if (ok) {
        m_baseline = m_composer->document()->payload();
        m_openPath = m_model.relativePath(m_open);
        m_proxy->refresh(m_open);
        emit message(tr("Saved “%1”.").arg(request.name));
    }
    emit openRequestChanged();
    return ok;
}

bool CollectionsPanel::saveAs()
{
    (void)m_composer->flush();
    const Payload &payload = m_composer->document()->payload();
    const QString initial =
        m_open.isValid() ? tr("%1 copy").arg(m_model.request(m_open).name) : suggestedRequestName(payload);
    const QString name = (m_prompts.askText
            ? m_prompts.askText(tr("Save As"), tr("Name:"), initial)
            : QInputDialog::getText(this, tr("Save As"),
                  tr("Save the request in the selected collection as:"), QLineEdit::Normal, initial))
                             .trimmed();
    if (name.isEmpty())
        return false;
    QModelIndex parent = selected();
    if (parent.isValid() && m_model.kind(parent) == CollectionTreeModel::NodeKind::Request)
        parent = parent.parent();
    if (!parent.isValid() && m_open.isValid())
        parent = m_open.parent();
    if (!parent.isValid()) {
        if (m_model.collectionCount() == 0)
            newCollection();
        if (m_model.collectionCount() == 0)
            return false;
        parent = m_model.index(m_model.collectionCount() - 1, 0);
    }
    SavedRequest request = m_open.isValid() ? m_model.request(m_open) : SavedRequest();
    request.name = name;
    request.type = payload.type();
    request.setBodyText(m_composer->draftText());
    auto *command = new InsertItemCommand(&m_model, m_model.pathOf(parent), -1,
        CollectionItem::makeRequest(request), tr("Save As “%1”").arg(name));
    m_undo.push(command);
    const QModelIndex added = m_model.indexAt(command->insertedPath());
    const QModelIndex previous = m_open;
    m_open = added;
    m_baseline = payload;
    if (previous.isValid())
        m_proxy->refresh(previous);
    const bool ok = saveCollectionRow(m_model.collectionRowOf(added));
    m_openFolder = m_model.collectionFolder(m_model.collectionRowOf(added));
    m_openPath = m_model.relativePath(added);
    m_tree->setCurrentIndex(toView(added));
    emit openRequestChanged();
    return ok;
}

bool CollectionsPanel::saveRequests(const std::vector<SavedRequest> &requests)
{
    if (requests.empty())
        return false;
    if (m_model.collectionCount() == 0)
        newCollection();
    if (m_model.collectionCount() == 0)
        return false;
    // Every collection and folder, "Onboarding / day 1" for a folder, in tree order.
    QList<QModelIndex> places;
    QStringList names;
    const std::function<void(const QModelIndex &, const QString &)> walk = [&](const QModelIndex &at,
                                                                               const QString &name) {
        places.append(at);
        names.append(name);
        for (int row = 0; row < m_model.rowCount(at); ++row) {
            const QModelIndex child = m_model.index(row, 0, at);
            if (m_model.kind(child) == CollectionTreeModel::NodeKind::Folder)
                walk(child, name + QStringLiteral(" / ") + m_model.item(child).name());
        }
    };
    for (int row = 0; row < m_model.collectionCount(); ++row)
        walk(m_model.index(row, 0), m_model.collectionHeader(row).name);
    QModelIndex preferred = selected();
    if (preferred.isValid() && m_model.kind(preferred) == CollectionTreeModel::NodeKind::Request)
        preferred = preferred.parent();
    const int current = std::max(0, int(places.indexOf(preferred)));
    const QString title = tr("Save as Requests");
    const QString label = requests.size() == 1 ? tr("Save “%1” in:").arg(requests.front().name)
                                               : tr("Save %Ln request(s) in:", nullptr, int(requests.size()));
    int chosen = -1;
    if (m_prompts.askChoice) {
        chosen = m_prompts.askChoice(title, label, names, current);
    } else {
        QInputDialog dialog(this);
        dialog.setWindowTitle(title);
        dialog.setLabelText(label);
        dialog.setComboBoxItems(names);
        dialog.setComboBoxEditable(false);
        dialog.setTextValue(names.at(current));
        // Wide enough for its title and a folder's path ("Onboarding / day 1 / retries").
        dialog.resize(std::max(dialog.sizeHint().width(), dialog.fontMetrics().horizontalAdvance(u'x') * 48),
            dialog.sizeHint().height());
        chosen = dialog.exec() == QDialog::Accepted ? int(names.indexOf(dialog.textValue())) : -1;
    }
    if (chosen < 0 || chosen >= places.size())
        return false;
    const QModelIndex parent = places.at(chosen);
    const CollectionTreeModel::Path parentPath = m_model.pathOf(parent);
    const int row = m_model.collectionRowOf(parent);
    m_undo.beginMacro(requests.size() == 1 ? tr("Save “%1”").arg(requests.front().name)
                                           : tr("Save %n request(s)", nullptr, int(requests.size())));
    CollectionTreeModel::Path first;
    for (const SavedRequest &request : requests) {
        auto *command = new InsertItemCommand(&m_model, parentPath, -1, CollectionItem::makeRequest(request),
            tr("Save “%1”").arg(request.name));
        m_undo.push(command);
        if (first.isEmpty())
            first = command->insertedPath();
    }
    m_undo.endMacro();
    const bool ok = saveCollectionRow(row);
    const QModelIndex view = toView(m_model.indexAt(first));
    m_tree->expand(view.parent());
    m_tree->setCurrentIndex(view);
    if (ok)
        emit message(requests.size() == 1
                ? tr("Saved “%1” in “%2”.").arg(requests.front().name, names.at(chosen))
                : tr("Saved %Ln request(s) in “%1”.", nullptr, int(requests.size())).arg(names.at(chosen)));
    return ok;
}

bool CollectionsPanel::mayClose()
{
    if (!settleComposer(tr("“%1” has changes that are not saved. Save them before closing?")))
        return false;
    for (int row = 0; row < m_model.collectionCount(); ++row) {
        if (!m_model.isDirty(row))
            continue;
        const auto answer = ask(tr("Unsaved collection"),
            tr("The collection “%1” has changes that are not saved. Save them?")
                .arg(m_model.collectionHeader(row).name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !saveCollectionRow(row))
            return false;
    }
    return true;
}

void CollectionsPanel::newFolder()
{
    QModelIndex parent = selected();
    if (parent.isValid() && m_model.kind(parent) == CollectionTreeModel::NodeKind::Request)
        parent = parent.parent();
    if (!parent.isValid() && m_model.collectionCount() > 0)
        parent = m_model.index(0, 0);
    if (!parent.isValid()) {
        emit message(tr("Open or create a collection first."));
        return;
    }
    FolderInfo folder;
    folder.name = tr("New folder");
    auto *command = new InsertItemCommand(
        &m_model, m_model.pathOf(parent), -1, CollectionItem::makeFolder(folder), tr("New folder"));
    m_undo.push(command);
    const QModelIndex view = toView(m_model.indexAt(command->insertedPath()));
    m_tree->expand(view.parent());
    m_tree->setCurrentIndex(view);
    m_tree->edit(view);
}

void CollectionsPanel::renameSelected()
{
    const QModelIndex at = m_tree->currentIndex();
    if (at.isValid())
        m_tree->edit(at);
}

void CollectionsPanel::duplicateSelected()
{
    const QModelIndex at = selected();
    if (!at.isValid() || m_model.kind(at) == CollectionTreeModel::NodeKind::Collection)
        return;
    CollectionItem copy = m_model.item(at);
    clearFileNames(copy);
    const QString name = tr("%1 copy").arg(copy.name());
    if (copy.isFolder())
        copy.folder.name = name;
    else
        copy.request.name = name;
    auto *command = new InsertItemCommand(&m_model, m_model.pathOf(at.parent()), at.row() + 1,
        std::move(copy), tr("Duplicate “%1”").arg(at.data(Qt::EditRole).toString()));
    m_undo.push(command);
    m_tree->setCurrentIndex(toView(m_model.indexAt(command->insertedPath())));
}

void CollectionsPanel::deleteSelected()
{
    const QModelIndex at = selected();
    if (!at.isValid())
        return;
    if (m_model.kind(at) == CollectionTreeModel::NodeKind::Collection) {
        // Closing a collection leaves its folder alone; it asks about unsaved changes first.
        const int row = at.row();
        if (m_open.isValid() && m_model.collectionRowOf(m_open) == row && !closeOpenRequest())
            return;
        if (m_model.isDirty(row)) {
            const auto answer = ask(tr("Unsaved collection"),
                tr("The collection “%1” has changes that are not saved. Save them before closing it?")
                    .arg(m_model.collectionHeader(row).name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveCollectionRow(row)))
                return;
        }
        const QString folder = m_model.collectionFolder(row);
        m_undo.clear(); // its steps refer to rows that are going away
        m_model.removeCollection(row);
        m_onDisk.remove(folder);
        const QStringList watched = m_watcher->directories() + m_watcher->files();
        for (const QString &path : watched) {
            if (path == folder || path.startsWith(folder + QLatin1Char('/')))
                m_watcher->removePath(path);
        }
        showProblems();
        emit collectionsChanged();
        return;
    }
    m_undo.push(new RemoveItemCommand(
        &m_model, m_model.pathOf(at), tr("Delete “%1”").arg(at.data(Qt::EditRole).toString())));
}

void CollectionsPanel::moveItems(
    const QList<CollectionTreeModel::Path> &paths, const QModelIndex &parent, int row)
{
    // The tree selects one item at a time; a drag carries that one.
    if (paths.isEmpty())
        return;
    const QModelIndex source = m_model.indexAt(paths.first());
    if (!source.isValid())
        return;
    auto *command = new MoveItemCommand(&m_model, paths.first(), m_model.pathOf(parent), row,
        tr("Move “%1”").arg(source.data(Qt::EditRole).toString()));
    m_undo.push(command);
    const QModelIndex moved = m_model.indexAt(command->movedPath());
    m_tree->expand(toView(moved.parent()));
    m_tree->setCurrentIndex(toView(moved));
}

void CollectionsPanel::refreshDirtyFlags()
{
    for (int row = 0; row < m_model.collectionCount(); ++row) {
        const auto disk = m_onDisk.constFind(m_model.collectionFolder(row));
        m_model.setDirty(row, disk == m_onDisk.constEnd() || !(*disk == m_model.collection(row)));
    }
    // An undo can bring back the open request that a delete took away.
    if (!m_open.isValid() && !m_openPath.isEmpty()) {
        const QModelIndex again = m_model.findRelativePath(m_model.collectionRow(m_openFolder), m_openPath);
        if (again.isValid()) {
            m_open = again;
            m_proxy->refresh(again);
        }
    }
    if (m_open.isValid())
        m_openFolder = m_model.collectionFolder(m_model.collectionRowOf(m_open));
    emit openRequestChanged();
}

void CollectionsPanel::watch(const QString &folder)
{
    QStringList directories {folder};
    QStringList files;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isDir()) {
            if (!it.fileName().startsWith(QLatin1Char('.')) && !path.contains(QStringLiteral("/.")))
                directories.append(path);
        } else if (path.endsWith(QLatin1String(".json")) && !path.contains(QStringLiteral("/."))) {
            files.append(path);
        }
    }
    const QStringList watchedDirs = m_watcher->directories();
    for (const QString &d : directories) {
        if (!watchedDirs.contains(d))
            m_watcher->addPath(d);
    }
    if (files.size() <= maxWatchedFiles) {
        const QStringList watchedFiles = m_watcher->files();
        for (const QString &f : files) {
            if (!watchedFiles.contains(f))
                m_watcher->addPath(f);
        }
    }
}

void CollectionsPanel::diskChanged(const QString &path)
{
    for (const QString &folder : openFolders()) {
        if (path == folder || path.startsWith(folder + QLatin1Char('/'))) {
            if (!m_changedFolders.contains(folder))
                m_changedFolders.append(folder);
            m_reloadTimer->start();
            return;
        }
    }
}

void CollectionsPanel::reloadChangedNow()
{
    m_reloadTimer->stop();
    const QStringList folders = std::exchange(m_changedFolders, {});
    for (const QString &folder : folders)
        reloadFromDisk(folder);
}

void CollectionsPanel::reloadFromDisk(const QString &folder)
{
    const int row = m_model.collectionRow(folder);
    if (row < 0)
        return;
    Result<LoadedCollection> loaded = loadCollection(folder);
    if (!loaded) {
        emit message(
            tr("The collection in %1 can no longer be read: %2").arg(folder, loaded.error().message));
        return;
    }
    watch(folder); // new sub-folders
    const auto known = m_onDisk.constFind(folder);
    if (known != m_onDisk.constEnd() && *known == loaded->collection &&
        problemTexts(m_model.problems(row)) == problemTexts(loaded->problems))
        return; // our own write, or nothing that matters
    const bool openHere = m_open.isValid() && m_model.collectionRowOf(m_open) == row;
    const bool composerModified = openHere && isComposerModified();
    if (m_model.isDirty(row) || composerModified) {
        const auto answer = ask(tr("Changed on disk"),
            tr("The collection “%1” was changed on disk (a git pull, another program) while you have unsaved "
               "changes in it.\n\nReload it from disk and drop your changes, or keep yours? If you keep "
               "yours, saving them replaces what is on disk.")
                .arg(m_model.collectionHeader(row).name),
            QMessageBox::Reset | QMessageBox::Ignore);
        if (answer != QMessageBox::Reset) {
            m_onDisk.insert(folder, loaded->collection);
            emit message(
                tr("Kept your changes to “%1”; it changed on disk.").arg(m_model.collectionHeader(row).name));
            return;
        }
    }
    const QString openPath = openHere ? m_model.relativePath(m_open) : QString();
    m_undo.clear(); // its steps refer to the tree as it was
    m_model.replaceCollection(row, loaded.value());
    m_onDisk.insert(folder, loaded->collection);
    if (openHere) {
        const QModelIndex again = m_model.findRelativePath(row, openPath);
        if (again.isValid()) {
            m_open = again;
            const SavedRequest request = m_model.request(again);
            const Payload current = m_composer->document()->payload();
            loadIntoComposer(request);
            if (!(m_composer->document()->payload() == current))
                emit message(tr("“%1” changed on disk and was reloaded.").arg(request.name));
            m_proxy->refresh(again);
        } else {
            m_open = QPersistentModelIndex();
            m_openPath.clear();
            emit message(
                tr("The open request was removed on disk; the composer keeps it (Save As to keep it)."));
        }
    } else {
        emit message(tr("“%1” changed on disk and was reloaded.").arg(loaded->collection.name));
    }
    m_tree->expand(toView(m_model.index(row, 0)));
    showProblems();
    emit openRequestChanged();
}

void CollectionsPanel::showProblems()
{
    QStringList lines;
    for (int row = 0; row < m_model.collectionCount(); ++row) {
        for (const CollectionProblem &p : m_model.problems(row))
            lines.append(QStringLiteral("%1: %2").arg(m_model.collectionHeader(row).name, p.toString()));
    }
    m_problems->setText(lines.isEmpty() ? QString()
                                        : tr("Not opened (fix the file, it is re-read when it changes):\n%1")
                                              .arg(lines.join(QLatin1Char('\n'))));
    m_problems->setVisible(!lines.isEmpty());
}

bool CollectionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // In the tree, Ctrl+Z and Delete act on the collections, not on the composer's text.
    // (While a name is edited the editor has the keys, not the tree.)
    if (watched == m_tree &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        const bool remove = key->matches(QKeySequence::Delete);
        if (undo || redo || remove) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_undo.undo();
                else if (redo)
                    m_undo.redo();
                else
                    deleteSelected();
            }
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ewb
