// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/collectiontreemodel.h"
#include "model/payload.h"

#include <QHash>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QUndoStack>
#include <QWidget>

#include <functional>

class QFileSystemWatcher;
class QLabel;
class QTimer;
class QTreeView;

namespace ewb {

class ComposerPanel;
class OpenRequestProxy;

// The collections dock: a tree of the open collections (several at once), their edits through an
// undo stack, the request open in the composer, Save and Save As, and changes made on disk by
// others (a git pull) picked up through a file watcher. Unsaved work is never dropped without
// asking: not on switching requests, not on closing, not when the files change underneath.
class CollectionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsPanel)

public:
    // The questions the panel asks the user; tests answer them instead of a dialog.
    struct Prompts
    {
        std::function<QMessageBox::StandardButton(
            const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>
            ask;
        std::function<QString(const QString &title, const QString &label, const QString &initial)> askText;
        std::function<QString(const QString &title)> askFolder; // empty: cancelled
        // One of choices (its index), current preselected; -1: cancelled.
        std::function<int(
            const QString &title, const QString &label, const QStringList &choices, int current)>
            askChoice;
        // The run checks of a request; nullopt: cancelled.
        std::function<std::optional<Expectations>(const QString &request, const Expectations &current)>
            askChecks;
    };

    CollectionsPanel(ComposerPanel *composer, QWidget *parent = nullptr);
    ~CollectionsPanel() override;

    CollectionTreeModel *model() { return &m_model; }
    QUndoStack *undoStack() { return &m_undo; }
    QTreeView *tree() const { return m_tree; }
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    // Opens the collection in folder (or shows it when it is open already). Problems in its files
    // are shown; the rest opens. False when it could not be opened at all.
    bool openCollection(const QString &folder);
    // Asks for a folder and creates a collection there.
    void newCollection();
    void chooseCollection(); // asks for a folder and opens it
    void focusTree(); // View > Go To > Collections: the tree, not the buttons above it
    QStringList openFolders() const;
    // The collection and folders the selected request lives in, for resolving its variables.
    std::optional<Collection> currentCollectionHeader() const;
    // The row of that collection in model(); -1 when none is.
    int currentCollectionRow() const;
    // The open request's target (a source by name, or a base URL), if one is open.
    std::optional<SavedRequest> openRequest() const;
    QString openRequestTitle() const;
    bool isComposerModified() const;

    void newFolder();
    void renameSelected();
    void duplicateSelected();
    // The selected request's run checks, edited and written to its file at once.
    void editChecksSelected();
    void deleteSelected();
    void openIndex(const QModelIndex &index);
    // Save: writes the composer into the open request and every collection with changes; with no
    // request open, Save As. False when something could not be written (the message says why).
    bool save();
    bool saveAs();
    // Adds requests made elsewhere (calls the sandbox recorded, history entries) to a collection or
    // folder the user picks (the one selected in the tree first; a new collection when none is
    // open), as one undo step, and writes it. False when cancelled or not written (message says why).
    bool saveRequests(const std::vector<SavedRequest> &requests);
    // The composer now holds something else (a history entry, a pasted curl): forget the open
    // request, asking first when it has unsaved edits. False when the user cancels.
    bool closeOpenRequest();
    // Asks about every unsaved change; false when the user cancels closing.
    bool mayClose();
    // Re-reads changed collections now instead of after the debounce (tests, "Reload").
    void reloadChangedNow();

signals:
    void message(const QString &text);
    // The title or the modified mark of the open request changed; and which collection is current.
    void openRequestChanged();
    void collectionsChanged();

private:
    QModelIndex selected() const; // in the model
    QModelIndex toSource(const QModelIndex &view) const;
    QModelIndex toView(const QModelIndex &source) const;
    bool saveCollectionRow(int row);
    void loadIntoComposer(const SavedRequest &request);
    void composerChanged();
    void watch(const QString &folder);
    void diskChanged(const QString &path);
    void reloadFromDisk(const QString &folder);
    void refreshDirtyFlags();
    void showProblems();
    void moveItems(const QList<CollectionTreeModel::Path> &paths, const QModelIndex &parent, int row);
    QMessageBox::StandardButton ask(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons);
    // Asks to save the composer's edits of the open request (question has the request's name as %1);
    // false on Cancel.
    bool settleComposer(const QString &question);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ComposerPanel *m_composer;
    CollectionTreeModel m_model;
    OpenRequestProxy *m_proxy;
    QUndoStack m_undo;
    QTreeView *m_tree;
    QLabel *m_problems;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    QStringList m_changedFolders;
    // What each collection's files held when last read or written (by folder): the disk state that
    // a change on disk is compared with, and what "unsaved" means.
    QHash<QString, Collection> m_onDisk;
    Prompts m_prompts;

    // The request open in the composer.
    QPersistentModelIndex m_open;
    QString m_openFolder; // its collection
    QString m_openPath; // its file in the collection (empty until saved)
    Payload m_baseline; // what the composer held when it was opened or saved
    bool m_loading = false;
};

} // namespace ewb
